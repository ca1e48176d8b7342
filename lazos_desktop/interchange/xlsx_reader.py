"""Reading XLSX workbooks: a sheet per kind named in es/en/pt, or the first sheet for one kind.

openpyxl reads in read-only mode (rows streamed) and parses XML through defusedxml when it
is installed, as its documentation recommends; the zip container is checked like a bundle
before openpyxl opens it. A damaged workbook makes openpyxl fail in many ways (bad XML,
a cut deflate stream, a missing part, a value of the wrong type), while opening it and
while streaming rows: `DAMAGED` lists them, and each becomes a refusal naming the file.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.headers import kind_from_name
from lazos_desktop.interchange.limits import MAX_TABLE_FILE, MAX_XLSX_MEMBERS, check_file_size
from lazos_desktop.interchange.safe_zip import check_members
from lazos_desktop.interchange.tables import Table

# What openpyxl raises on a damaged workbook (found by tests/safety/test_fuzz_import.py).
DAMAGED: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,  # defusedxml's refusals and UnicodeDecodeError are ValueErrors
    TypeError,
    AttributeError,
    ParseError,
)


def read_xlsx(path: Path, name: str | None = None) -> list[Table]:
    """One table per sheet named after a kind; else the first sheet alone, kind unknown."""
    import openpyxl  # imported here: a CSV-only import should not pay for it

    display = name or path.name
    check_file_size(path, MAX_TABLE_FILE, display)
    try:
        with zipfile.ZipFile(path) as archive:
            check_members(archive, display, MAX_XLSX_MEMBERS)
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheets = [ws for ws in workbook.worksheets if kind_from_name(ws.title)]
            chosen = sheets or workbook.worksheets[:1]
            tables = [_table(ws, display, kind_from_name(ws.title)) for ws in chosen]
        finally:
            workbook.close()
    except FileRefused:
        raise
    except DAMAGED as error:
        raise FileRefused(FileProblem(display, "unreadable", {"detail": _detail(error)})) from error
    tables = [table for table in tables if table.headers]
    if not tables:
        raise FileRefused(FileProblem(display, "empty_file"))
    return tables


def _table(sheet: Any, display: str, kind: Any) -> Table:
    table = Table(display, [], kind=kind, sheet=sheet.title)
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [cell_value(value) for value in values]
        if not any(cell not in (None, "") for cell in cells):
            continue
        if not table.headers:
            table.headers = [str(cell).strip() if cell is not None else "" for cell in cells]
            continue
        table.rows.append(cells)
        table.numbers.append(number)
    return table


def cell_value(value: Any) -> Any:
    """Whole floats as ints (2023.0 -> 2023), midnight datetimes as dates, text unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) else value
    if isinstance(value, str):
        return value.replace("\r\n", "\n")
    return value


def _detail(error: Exception) -> str:
    """What went wrong, short: openpyxl's messages can quote whole XML parts."""
    text = str(error) or type(error).__name__
    return text if len(text) <= 200 else text[:200] + "…"
