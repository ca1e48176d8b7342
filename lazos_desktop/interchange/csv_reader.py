"""Reading CSV files as people send them: Excel in Spanish, LibreOffice, scripts.

Spanish-locale Excel writes `;`-separated Windows-1252 with CRLF; others write UTF-8 with
or without a BOM and `,` or tabs. Cells may hold line breaks inside quotes. A first line
`sep=;` names the delimiter, as Excel reads it. Files that are not text at all (a workbook
or a PDF renamed `.csv`, UTF-16 saved without its byte-order mark) are refused saying so,
rather than read as one garbled column.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lazos_desktop.interchange.cells import unneutralise
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import MAX_TABLE_FILE, read_bounded
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
_BINARY_BYTES = bytes([*range(0, 9), *range(14, 32)])  # no text file holds many of these


def read_csv(path: Path, name: str | None = None) -> Table:
    """The table in `path`; row numbers count records as a spreadsheet does (header = 1)."""
    display = name or path.name
    data = read_bounded(path, MAX_TABLE_FILE, display)
    refuse_non_text(data, display)
    try:
        text = decode(data)
    except UnicodeDecodeError as error:  # a UTF-16 file cut short or with broken pairs
        raise FileRefused(FileProblem(display, "csv_bad_utf16")) from error
    text, delimiter = delimiter_line(text)
    delimiter = delimiter or sniff_delimiter(text)
    refuse_unclosed_quote(text, delimiter, display)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    filled = 0
    try:
        for number, record in enumerate(reader, start=1):
            records.append([_cell(cell) for cell in bounded_cells(record, display, number)])
            filled += any(records[-1])
            check_row_count(filled - 1, display)
    except csv.Error as error:
        key = "csv_cell_too_long" if "limit" in str(error) else "csv_damaged"
        raise FileRefused(FileProblem(display, key, {"limit": csv.field_size_limit()})) from error
    # The first row with a cell is the header (found, not popped: a million blank lines
    # before it once took pop(0) a million times).
    start = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if start is None:
        raise FileRefused(FileProblem(display, "empty_file"))
    table = Table(display, [cell.strip() for cell in records[start]])
    for number, record in enumerate(records[start + 1 :], start=2):
        if any(cell.strip() for cell in record):
            table.rows.append(record)
            table.numbers.append(number)
    return table


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
