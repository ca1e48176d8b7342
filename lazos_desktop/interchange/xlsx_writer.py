"""XLSX workbooks with one sheet per kind, a frozen header row and widths that fit the text.

Cells whose text starts like a formula are written as text (type "s", with Excel's quote
prefix), never as formulas, and keep their text exactly. XML cannot hold most control
characters (openpyxl refuses the whole workbook for one): a vertical tab or form feed
becomes a line break, a lone carriage return too, and the others are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lazos_desktop.interchange.cells import FORMULA_STARTS

MIN_WIDTH, MAX_WIDTH = 8, 60
_WIDTH_SAMPLE = 200
_BREAKS = re.compile("\r\n?|[\x0b\x0c]")
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` as a cell can hold it: breaks as `\\n`, characters XML forbids removed."""
    return _NOT_XML.sub("", _BREAKS.sub("\n", text))


def write_xlsx(path: Path, sheets: list[tuple[str, list[str], Iterable[list[Any]]]]) -> int:
    """Write each (sheet title, headers, rows); returns how many rows were written in all."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    written = 0
    bold = Font(bold=True)
    for title, header, body in sheets:
        sheet = workbook.create_sheet(xml_text(title)[:31])
        rows = list(body)
        for index, width in enumerate(_widths(header, rows), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        head_cells = []
        for text in header:
            cell = WriteOnlyCell(sheet, value=xml_text(text))
            cell.font = bold
            head_cells.append(cell)
        sheet.append(head_cells)
        wrap = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            out = []
            for value in row:
                if isinstance(value, str):
                    value = xml_text(value)
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    if value.startswith(FORMULA_STARTS):
                        cell.data_type = "s"
                        cell.quotePrefix = True
                    if "\n" in value:
                        cell.alignment = wrap
                out.append(cell)
            sheet.append(out)
            written += 1
    workbook.save(path)
    return written


def _widths(header: list[str], rows: list[list[Any]]) -> list[float]:
    """Width of each column from the header and a sample of rows, within sensible bounds."""
    widths = [len(text) + 2 for text in header]
    for row in rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            longest = max((len(line) for line in str(value).split("\n")), default=0)
            widths[index] = max(widths[index], longest + 2)
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, width))) for width in widths]
