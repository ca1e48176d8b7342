"""Reading CSV files as people send them: Excel in Spanish, LibreOffice, scripts.

Spanish-locale Excel writes `;`-separated Windows-1252 with CRLF; others write UTF-8 with
or without a BOM and `,` or tabs. Cells may hold line breaks inside quotes. A first line
`sep=;` names the delimiter, as Excel reads it. Files that are not text at all (a workbook
or a PDF renamed `.csv`, UTF-16 saved without its byte-order mark) are refused saying so,
rather than read as one garbled column.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from lazos_desktop.interchange.cells import unneutralise
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import (
    MAX_ROWS,
    MAX_STREAMED_FILE,
    READ_CHUNK,
    WHOLE_TABLE,
    open_regular,
)
from lazos_desktop.interchange.tables import Table, bounded_cells, check_row_count

DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50
# What other files start with, when one is sent under a `.csv` name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "csv_is_zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "csv_is_xls"),
    (b"%PDF", "csv_is_binary"),
    (b"\x89PNG", "csv_is_binary"),
    (b"\xff\xd8\xff", "csv_is_binary"),
    (b"\x1f\x8b", "csv_is_binary"),
    (b"SQLite format 3\x00", "csv_is_binary"),
)
_PROBE = 4096
_HEAD_BYTES = 65536
_SNIFF_CHARACTERS = 65536 + 4096  # the sniffed sample, after a `sep=` line
_NOT_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")  # bytes Windows-1252 leaves out
_BINARY_BYTES = bytes([*range(0, 9), *range(14, 32)])  # no text file holds many of these


def read_csv(path: Path, name: str | None = None) -> Table:
    """The table in `path`; row numbers count records as a spreadsheet does (header = 1).

    The file is read as a stream, never whole: one pass over its bytes finds the encoding
    (and counts quotes), one pass reads its records, checking each and keeping the first
    `WHOLE_TABLE` rows; a longer table is read again from the file when it is imported.
    """
    display = name or path.name
    with open_regular(path, MAX_STREAMED_FILE, display) as handle:
        layout = _layout(handle, display)
        table: Table | None = None
        count = 0
        for cells, number in _records(handle, layout, display):
            if table is None:
                table = Table(display, [cell.strip() for cell in cells])
                continue
            count += 1
            if count <= WHOLE_TABLE:
                table.rows.append(cells)
                table.numbers.append(number)
    if table is None:
        raise FileRefused(FileProblem(display, "empty_file"))
    if count > WHOLE_TABLE:
        table.count = count
        table.stream = lambda: _data_rows(path, layout, display)
    return table


@dataclass(frozen=True)
class _Layout:
    """How a CSV file is written: its encoding, delimiter and `sep=` line."""

    encoding: str
    delimiter: str
    skip_first_line: bool


def _layout(handle: BinaryIO, display: str) -> _Layout:
    """The file's encoding and delimiter, found by one pass over its bytes; refuses a file
    that is not text or whose quote opens a cell that the file never closes."""
    head = handle.read(_HEAD_BYTES)
    refuse_non_text(head, display)
    handle.seek(0)
    encoding, quotes = _encoding(handle, head)
    text = _text_head(handle, encoding, display)
    rest, delimiter = delimiter_line(text)
    skip = delimiter is not None
    delimiter = delimiter or sniff_delimiter(rest)
    layout = _Layout(encoding, delimiter, skip)
    if quotes % 2:
        _refuse_unclosed_quote(handle, layout, display)
    return layout


def _encoding(handle: BinaryIO, head: bytes) -> tuple[str, int]:
    """UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252, else Latin-1 (as `decode`
    says), and how many quote characters the file holds (-1: odd, for UTF-16, unknown)."""
    if head.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", -1
    else:
        encoding = "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8, cp1252, quotes = encoding == "utf-8", True, 0
    while chunk := handle.read(READ_CHUNK):
        quotes += chunk.count(b'"')
        if utf8:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8 = False
        if cp1252 and any(byte in chunk for byte in _NOT_CP1252):
            cp1252 = False
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    handle.seek(0)
    if encoding == "utf-8-sig" or utf8:
        return encoding, quotes
    return ("cp1252" if cp1252 else "latin-1"), quotes


def _text(handle: BinaryIO, encoding: str) -> io.TextIOWrapper:
    handle.seek(0)
    errors = "replace" if encoding == "utf-8-sig" else "strict"
    return io.TextIOWrapper(handle, encoding=encoding, errors=errors, newline="")


def _text_head(handle: BinaryIO, encoding: str, display: str) -> str:
    wrapper = _text(handle, encoding)
    try:
        return wrapper.read(_SNIFF_CHARACTERS)
    except UnicodeDecodeError as error:  # a UTF-16 file cut short or with broken pairs
        raise FileRefused(FileProblem(display, "csv_bad_utf16")) from error
    finally:
        wrapper.detach()


def _lines(handle: BinaryIO, layout: _Layout, display: str) -> Generator[str, None, None]:
    """The file's lines as text, without Excel's `sep=` line."""
    wrapper = _text(handle, layout.encoding)
    try:
        if layout.skip_first_line:
            wrapper.readline()
        # Not `yield from wrapper`: closing this generator would close the wrapper, and
        # with it the file the caller goes on reading.
        for line in wrapper:  # noqa: UP028 (see above)
            yield line
    except UnicodeDecodeError as error:
        raise FileRefused(FileProblem(display, "csv_bad_utf16")) from error
    finally:
        if not handle.closed:
            wrapper.detach()


def _records(handle: BinaryIO, layout: _Layout, display: str) -> Iterator[tuple[list[str], int]]:
    """The header (numbered 1), then every row with a cell (numbered as records after the
    header), each checked for width; refuses past `MAX_ROWS` rows."""
    lines = _lines(handle, layout, display)
    reader = csv.reader(lines, delimiter=layout.delimiter)
    header_at: int | None = None
    filled = 0
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            cells = [_cell(cell) for cell in bounded_cells(record, display, number)]
            if any(cells):
                filled += 1
                check_row_count(filled - 1, display, MAX_ROWS)
            # The first row with a cell is the header.
            if header_at is None:
                if any(cell.strip() for cell in cells):
                    header_at = number
                    yield cells, 1
                continue
            if any(cell.strip() for cell in cells):
                yield cells, number - header_at + 1
    except csv.Error as error:
        key = "csv_cell_too_long" if "limit" in str(error) else "csv_damaged"
        # The record that could not be split starts after the last one read, numbered as
        # the other rows are, so the officer can find where the stray quote begins.
        failed = number + 1 - (header_at - 1 if header_at else 0)
        problem = FileProblem(display, key, {"limit": csv.field_size_limit()}, row=failed)
        raise FileRefused(problem) from error
    finally:
        lines.close()  # now, while the file is open (not when collected, after it closed)


def _data_rows(path: Path, layout: _Layout, display: str) -> Iterator[tuple[list[Any], int]]:
    """The rows after the header, read again from the file (for a table read in chunks)."""
    with open_regular(path, MAX_STREAMED_FILE, display) as handle:
        records = _records(handle, layout, display)
        next(records, None)
        yield from records


def _refuse_unclosed_quote(handle: BinaryIO, layout: _Layout, display: str) -> None:
    """`refuse_unclosed_quote` on a stream: checked only when the file holds an odd number
    of quotes (or, for UTF-16, any)."""
    lines = _lines(handle, layout, display)
    reader = csv.reader(lines, delimiter=layout.delimiter, strict=True)
    row = 1
    try:
        for _ in reader:
            row += 1
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise FileRefused(FileProblem(display, "csv_unclosed_quote", {"row": row})) from error
    finally:
        lines.close()


def refuse_unclosed_quote(text: str, delimiter: str, display: str) -> None:
    """`FileRefused` when a quote opens a cell and the file ends before it closes: the rest
    of the file became that one cell, and a sheet of many rows imported as one record with
    the other rows in its title. Checked only when the file holds an odd number of quotes."""
    if text.count('"') % 2 == 0:
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row = 1
    try:
        for _ in reader:
            row += 1
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise FileRefused(FileProblem(display, "csv_unclosed_quote", {"row": row})) from error


def refuse_non_text(data: bytes, display: str) -> None:
    """`FileRefused` for a workbook, a PDF or an image under a CSV name, and for UTF-16
    without a byte-order mark (every other byte zero), which would read as garbage."""
    for magic, key in _MAGIC:
        if data.startswith(magic):
            raise FileRefused(FileProblem(display, key))
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise FileRefused(FileProblem(display, "csv_encoding", {"value": "UTF-32"}))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    head = data[:_PROBE]
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 4 and min(even, odd) < max(even, odd) // 8:
            raise FileRefused(FileProblem(display, "csv_utf16_no_bom"))
    controls = sum(head.count(byte) for byte in _BINARY_BYTES)
    if controls > max(16, len(head) // 20):
        raise FileRefused(FileProblem(display, "csv_is_binary"))


def delimiter_line(text: str) -> tuple[str, str | None]:
    """The text without Excel's `sep=X` first line, and X (None when there is no such line)."""
    first, newline, rest = text.partition("\n")
    line = first.rstrip("\r")
    if line[:4].lower() == "sep=" and len(line) in (5, 6):
        delimiter = line[4:].replace("\\t", "\t") if len(line) == 6 else line[4]
        if len(delimiter) == 1 and delimiter not in '"\r\n':
            return (rest if newline else ""), delimiter
    return text, None


def _cell(text: str) -> str:
    """Line breaks as `\\n` (Word's vertical tab too), and the apostrophe this program puts
    before formulas removed."""
    return unneutralise(text.replace("\r\n", "\n").replace("\x0b", "\n"))


def decode(data: bytes) -> str:
    """Text from UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252, else Latin-1.

    Raises `UnicodeDecodeError` only for a UTF-16 file that is not whole UTF-16.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the first records into the most, consistent, columns."""
    sample = text[:65536]
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        widths: list[int] = []
        try:
            for record in reader:
                if record:
                    widths.append(len(record))
                if len(widths) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        body = widths[1:-1] or widths[:1]  # the last sampled record may be cut short
        consistent = sum(1 for width in body if width == widths[0]) / len(body)
        score = widths[0] * consistent
        if score > best_score:
            best, best_score = delimiter, score
    return best
