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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from xml.etree.ElementTree import ParseError

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.headers import kind_from_name, lift_headers, names_title
from lazos_desktop.interchange.limits import (
    MAX_MEMBER_EXPANDED,
    MAX_ROWS,
    MAX_SHARED_STRINGS,
    MAX_SHEET_EXPANDED,
    MAX_STREAMED_FILE,
    MAX_XLSX_EXPANDED,
    MAX_XLSX_MEMBERS,
    WHOLE_TABLE,
    open_regular,
)
from lazos_desktop.interchange.safe_zip import check_members, open_zip, verify_members
from lazos_desktop.interchange.tables import Table, bounded_cells, check_row_count

SHEET_ROWS = 1_048_576  # the last row of an Excel sheet
T = TypeVar("T")

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
    """One table per sheet named after a kind; else the first sheet alone, kind unknown.

    A sheet longer than `WHOLE_TABLE` rows keeps its first rows; the rest are read from the
    file, a chunk at a time, when the table is imported (their count is the one taken while
    the sheet's XML was expanded: parsing a million rows once more to count them took
    minutes), and a row found damaged or too wide then refuses the file as it would here.
    """
    display = name or path.name
    with open_regular(path, MAX_STREAMED_FILE, display) as handle:
        with open_zip(handle, display, "xlsx_not_zip") as archive:
            check_members(archive, display, MAX_XLSX_MEMBERS, MAX_XLSX_EXPANDED, _member_limit)
            counted = verify_members(archive, display, MAX_ROWS, MAX_XLSX_EXPANDED, _member_limit)
        handle.seek(0)
        tables, hidden = _opened(handle, display, lambda book: _tables(book, display, counted))
    tables = [table for table in tables if table.headers]
    if not tables:
        key = "xlsx_only_hidden" if hidden else "empty_file"
        raise FileRefused(FileProblem(display, key, {"value": ", ".join(hidden)[:200]}))
    tables[0].notes += [FileProblem(display, "xlsx_hidden_sheet", {"value": s}) for s in hidden]
    for table in tables:
        if table.count > WHOLE_TABLE:
            table.stream = _stream(path, display, table.sheet)
    return tables


def _member_limit(name: str) -> int:
    if name.startswith("xl/worksheets/"):
        return MAX_SHEET_EXPANDED
    if name.endswith("sharedStrings.xml"):  # openpyxl holds every shared string at once
        return MAX_SHARED_STRINGS
    return MAX_MEMBER_EXPANDED


def _opened(handle: Any, display: str, use: Callable[[Any], T]) -> T:
    """`use(workbook)` on the workbook in `handle`, its damage refused naming the file."""
    import openpyxl  # imported here: a CSV-only import should not pay for it

    try:
        # openpyxl warns in English on stderr about what it reads leniently (a date
        # serial past its calendar becomes an error cell): the checks say it instead.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                return use(workbook)
            finally:
                workbook.close()
    except FileRefused:
        raise
    except DAMAGED as error:
        raise FileRefused(FileProblem(display, "xlsx_damaged")) from error


def _stream(path: Path, display: str, title: str) -> Callable[[], Iterator[tuple[list[Any], int]]]:
    """A function reading the rows of sheet `title` again from the file, after its header."""

    def rows() -> Iterator[tuple[list[Any], int]]:
        with open_regular(path, MAX_STREAMED_FILE, display) as handle:
            import openpyxl

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
                except DAMAGED as error:
                    raise FileRefused(FileProblem(display, "xlsx_damaged")) from error
                try:
                    found = _rows(workbook[title], display)
                    next(found, None)  # the header
                    yield from found
                except DAMAGED as error:
                    raise FileRefused(FileProblem(display, "xlsx_damaged")) from error
                finally:
                    workbook.close()

    return rows


def _tables(workbook: Any, display: str, counted: dict[str, int]) -> tuple[list[Table], list[str]]:
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
        found = [_table(ws, display, kind_from_name(ws.title), counted) for ws in sheets]
        return found, hidden
    first: Table | None = None
    for sheet in visible:
        table = lift_headers(_table(sheet, display, None, counted))
        if names_title(table.headers):
            return [table], hidden
        first = first or table
    return ([first] if first is not None else []), hidden


def _table(sheet: Any, display: str, kind: Any, counted: dict[str, int]) -> Table:
    """The sheet's header and first `WHOLE_TABLE` rows; past them, the count of its rows."""
    table = Table(display, [], kind=kind, sheet=sheet.title)
    count = 0
    for cells, number in _rows(sheet, display):
        if not table.headers:
            table.headers = [str(cell).strip() if cell is not None else "" for cell in cells]
            continue
        count += 1
        if count > WHOLE_TABLE:
            member = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
            count = max(count, counted.get(member, 0) - 1)  # the header is a row too
            break
        table.rows.append(cells)
        table.numbers.append(number)
    table.count = count
    return table


def _rows(sheet: Any, display: str) -> Iterator[tuple[list[Any], int]]:
    """Every row with a cell, header first, with its number in the sheet."""
    # The size the sheet declares is not trusted: openpyxl pads every row to a declared
    # width (16,384 columns for "A1:XFD1048576", a million rows of them) and drops the rows
    # past a declared height that understates (Excel shows them).
    sheet.reset_dimensions()
    filled = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > SHEET_ROWS:  # a row numbered past Excel's last one: not a sheet of Excel's
            raise FileRefused(FileProblem(display, "xlsx_damaged"))
        if not values:
            continue
        cells = [cell_value(value) for value in bounded_cells(list(values), display, number)]
        if not any(cell not in (None, "") for cell in cells):
            continue
        check_row_count(filled, display, MAX_ROWS)
        filled += 1
        yield cells, number


def cell_value(value: Any) -> Any:
    """Whole floats as ints (2023.0 -> 2023), midnight datetimes as dates, text unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) else value
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\x0b", "\n")
    return value
