"""A sheet of cells as read from a CSV or XLSX file, before any meaning is given to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.records import Kind
from lazos_desktop.interchange.file_messages import FileProblem


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
