"""A sheet of cells as read from a CSV or XLSX file, before any meaning is given to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.records import Kind
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import MAX_COLUMNS, MAX_RECORDS


@dataclass
class Table:
    """Headers as written and rows of cell values, each with its spreadsheet row number.

    `kind` is set when the sheet's name says it ("Prácticas"); otherwise the headers or the
    officer decide. `notes` tell the officer what was read differently from what the file
    shows at first sight (a hidden sheet skipped, a `sep=` line taken as the delimiter).
    """

    file: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    kind: Kind | None = None
    sheet: str = ""
    notes: list[FileProblem] = field(default_factory=list)  # what the reader left out, and why
    # A table longer than `limits.WHOLE_TABLE` rows holds only its first rows in `rows`;
    # `stream` reads every row again from the file, as (cells, row number), and `count`
    # says how many there are: the import plans and writes it a chunk at a time.
    stream: Callable[[], Iterator[tuple[list[Any], int]]] | None = None
    count: int = 0

    @property
    def row_count(self) -> int:
        return self.count if self.stream is not None else len(self.rows)

    def all_rows(self) -> Iterator[tuple[list[Any], int]]:
        """Every row with its number, from the file when the table holds only the first."""
        if self.stream is None:
            yield from zip(self.rows, self.numbers, strict=True)
            return
        first = self.numbers[0] if self.numbers else 0
        for cells, number in self.stream():
            if number >= first:  # rows above a header found lower down stay out
                yield cells, number

    @property
    def label(self) -> str:
        return f"{self.file} › {self.sheet}" if self.sheet else self.file

    def cell(self, row: list[Any], index: int) -> Any:
        return row[index] if index < len(row) else None


def bounded_cells(cells: list[Any], display: str, number: int) -> list[Any]:
    """`cells` of one row without the empty cells trailing on its right; `FileRefused` when
    more than `MAX_COLUMNS` remain. A header of 100,000 columns (or a line of 60 million
    commas) took minutes of header matching and gigabytes before this."""
    if len(cells) <= MAX_COLUMNS:
        return cells
    if not any(cells[MAX_COLUMNS:]):
        return cells[:MAX_COLUMNS]
    count = len(cells)
    while count and cells[count - 1] in (None, ""):
        count -= 1
    raise FileRefused(
        FileProblem(display, "table_too_wide", {"count": count, "limit": MAX_COLUMNS}, number)
    )


def check_row_count(count: int, display: str, limit: int = MAX_RECORDS) -> None:
    """`FileRefused` past `limit` rows or records in one file: records of a JSON file or a
    bundle are held whole (`MAX_RECORDS`); rows of a sheet are streamed (`MAX_ROWS`), and
    the limit bounds the officer's wait rather than the memory."""
    if count > limit:
        raise FileRefused(FileProblem(display, "too_many_rows", {"limit": limit}))
