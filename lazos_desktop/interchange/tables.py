"""A sheet of cells as read from a CSV or XLSX file, before any meaning is given to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.records import Kind
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import MAX_COLUMNS, MAX_ROWS


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


def check_row_count(count: int, display: str) -> None:
    """`FileRefused` past `MAX_ROWS` rows or records in one file: each is checked, matched
    and compared before anything is written, and two million of them (64 MB of short rows)
    would keep the officer waiting a quarter of an hour."""
    if count > MAX_ROWS:
        raise FileRefused(FileProblem(display, "too_many_rows", {"limit": MAX_ROWS}))
