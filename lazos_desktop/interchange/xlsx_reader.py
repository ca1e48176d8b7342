"""Reading XLSX workbooks: a sheet per kind named in es/en/pt, or the first sheet for one kind.

openpyxl reads in read-only mode (rows streamed) and parses XML through defusedxml when it
is installed, as its documentation recommends; the zip container is checked like a bundle
and every member expanded once (CRC, sizes, deflate) before openpyxl opens it. A damaged
workbook makes openpyxl fail in many ways (bad XML, a missing part, a value of the wrong
type), while opening it and while streaming rows: `DAMAGED` lists them, and each becomes a
refusal naming the file. Hidden and "very hidden" sheets are not read: the officer cannot
see them in Excel, so they are named in a note instead of imported.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.headers import kind_from_name, lift_headers, names_title
from lazos_desktop.interchange.limits import (
    MAX_ROWS,
    MAX_TABLE_FILE,
    MAX_XLSX_MEMBERS,
    open_regular,
)
from lazos_desktop.interchange.safe_zip import check_members, open_zip, verify_members
from lazos_desktop.interchange.tables import Table, bounded_cells, check_row_count

SHEET_ROWS = 1_048_576  # the last row of an Excel sheet

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
    SyntaxError,  # lxml's XMLSyntaxError, when openpyxl parses through lxml
)


def read_xlsx(path: Path, name: str | None = None) -> list[Table]:
    """One table per sheet named after a kind; else the first sheet alone, kind unknown."""
    import openpyxl  # imported here: a CSV-only import should not pay for it

    display = name or path.name
    with open_regular(path, MAX_TABLE_FILE, display) as handle:
        with open_zip(handle, display, "xlsx_not_zip") as archive:
            check_members(archive, display, MAX_XLSX_MEMBERS)
            verify_members(archive, display, max_rows=MAX_ROWS)
        handle.seek(0)
        try:
            # openpyxl warns in English on stderr about what it reads leniently (a date
            # serial past its calendar becomes an error cell): the checks say it instead.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
                try:
                    tables, hidden = _tables(workbook, display)
                finally:
                    workbook.close()
        except FileRefused:
            raise
        except DAMAGED as error:
            raise FileRefused(FileProblem(display, "xlsx_damaged")) from error
    tables = [table for table in tables if table.headers]
    if not tables:
        key = "xlsx_only_hidden" if hidden else "empty_file"
        raise FileRefused(FileProblem(display, key, {"value": ", ".join(hidden)[:200]}))
    tables[0].notes += [FileProblem(display, "xlsx_hidden_sheet", {"value": s}) for s in hidden]
    return tables


def _tables(workbook: Any, display: str) -> tuple[list[Table], list[str]]:
    """Tables of the visible sheets named after a kind (else the first visible sheet with a
    title column, so that a notes sheet before the list is passed over), and the titles of
    the hidden sheets left out."""
    if not workbook.worksheets:  # not "no header row": there is no sheet openpyxl can find
        raise FileRefused(FileProblem(display, "xlsx_no_sheets"))
    visible = [
        ws for ws in workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"
    ]
    hidden = [str(ws.title) for ws in workbook.worksheets if ws not in visible]
    sheets = [ws for ws in visible if kind_from_name(ws.title)]
    if sheets:
        return [_table(ws, display, kind_from_name(ws.title)) for ws in sheets], hidden
    first: Table | None = None
    for sheet in visible:
        table = lift_headers(_table(sheet, display, None))
        if names_title(table.headers):
            return [table], hidden
        first = first or table
    return ([first] if first is not None else []), hidden


def _table(sheet: Any, display: str, kind: Any) -> Table:
    # The size the sheet declares is not trusted: openpyxl pads every row to a declared
    # width (16,384 columns for "A1:XFD1048576", a million rows of them) and drops the rows
    # past a declared height that understates (Excel shows them).
    sheet.reset_dimensions()
    table = Table(display, [], kind=kind, sheet=sheet.title)
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > SHEET_ROWS:  # a row numbered past Excel's last one: not a sheet of Excel's
            raise FileRefused(FileProblem(display, "xlsx_damaged"))
        if not values:
            continue
        cells = [cell_value(value) for value in bounded_cells(list(values), display, number)]
        if not any(cell not in (None, "") for cell in cells):
            continue
        check_row_count(len(table.rows), display)
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
        return value.replace("\r\n", "\n").replace("\x0b", "\n")
    return value
