"""Reading CSV files as people send them: Excel in Spanish, LibreOffice, scripts.

Spanish-locale Excel writes `;`-separated Windows-1252 with CRLF; others write UTF-8 with
or without a BOM and `,` or tabs. Cells may hold line breaks inside quotes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lazos_desktop.interchange.cells import unneutralise
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import MAX_TABLE_FILE, check_file_size
from lazos_desktop.interchange.tables import Table

DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50


def read_csv(path: Path, name: str | None = None) -> Table:
    """The table in `path`; row numbers count records as a spreadsheet does (header = 1)."""
    display = name or path.name
    check_file_size(path, MAX_TABLE_FILE, display)
    try:
        text = decode(path.read_bytes())
    except UnicodeDecodeError as error:  # a UTF-16 file cut short or with broken pairs
        detail = f"{error.encoding}: {error.reason} (byte {error.start})"
        raise FileRefused(FileProblem(display, "unreadable", {"detail": detail})) from error
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [[_cell(cell) for cell in record] for record in reader]
    except csv.Error as error:
        raise FileRefused(FileProblem(display, "unreadable", {"detail": str(error)})) from error
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    if not records:
        raise FileRefused(FileProblem(display, "empty_file"))
    table = Table(display, [cell.strip() for cell in records[0]])
    for number, record in enumerate(records[1:], start=2):
        if any(cell.strip() for cell in record):
            table.rows.append(record)
            table.numbers.append(number)
    return table


def _cell(text: str) -> str:
    """Line breaks as `\\n`, and the apostrophe this program puts before formulas removed."""
    return unneutralise(text.replace("\r\n", "\n"))


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
