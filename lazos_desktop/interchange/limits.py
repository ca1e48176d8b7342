"""Sizes past which a file from outside is refused, and how such a file is opened.

A name ending in `.csv` may be a FIFO that never ends, a link to `/dev/zero` or a folder:
the file is opened without blocking, its type and size are taken from the open descriptor
(so the checked file is the one read), and reading stops one byte past the limit whatever
the size said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused

MB = 1024 * 1024
MAX_TABLE_FILE = 64 * MB  # JSON files, read whole
MAX_STREAMED_FILE = 4096 * MB  # CSV and XLSX files: read a chunk of rows at a time
MAX_BUNDLE_FILE = 2048 * MB  # a .lazos bundle on disk (attachments make it large)
MAX_MEMBER_EXPANDED = 256 * MB  # one member of a zip (bundle or XLSX) once expanded
MAX_TOTAL_EXPANDED = 512 * MB  # all members together
# A worksheet's XML is streamed row by row, so it may be larger than other members; the
# shared strings are not (openpyxl holds them all), so they are kept small.
MAX_SHEET_EXPANDED = 8192 * MB
MAX_SHARED_STRINGS = 64 * MB
MAX_XLSX_EXPANDED = 8704 * MB  # an XLSX's members together
MAX_BUNDLE_TOTAL_EXPANDED = 4096 * MB  # a bundle's: its attachments are streamed, not held
MAX_BUNDLE_ATTACHMENTS = 5000  # distinct documents one bundle may carry
MAX_MEMBERS = 64  # a bundle holds a handful of files besides its documents
MAX_XLSX_MEMBERS = 2000  # an XLSX holds one XML per sheet plus styles and relations
READ_CHUNK = 1 * MB
MAX_JSON_DEPTH = 64  # a record nests four levels; anything deeper is not ours
MAX_JSON_DIGITS = 40  # digits of a JSON number (a year, a count, an id never need more)
MAX_COLUMNS = 1000  # columns of a sheet (ours have about fifty; Excel allows 16,384)
# Rows of one CSV or XLSX file: Excel's last row. They are read, planned and written a chunk
# at a time (`TABLE_CHUNK` rows) past `WHOLE_TABLE`, so memory stays bounded whatever the count; the limit
# bounds the time (about six minutes for a million rows).
MAX_ROWS = 1_048_576
MAX_RECORDS = 100_000  # records of a JSON file or bundle, read whole: the largest measured
WHOLE_TABLE = 20_000  # a table of no more rows is read and planned whole (as before)
TABLE_CHUNK = 5000  # rows of a longer table read, planned and written at once


def check_file_size(path: Path, limit: int, name: str | None = None) -> int:
    """The size of `path`, or `FileRefused` when it passes `limit` or is not a plain file."""
    with open_regular(path, limit, name) as handle:
        return os.fstat(handle.fileno()).st_size


def open_regular(path: Path, limit: int, name: str | None = None) -> BinaryIO:
    """`path` opened for reading, refused unless it is a regular file within `limit`."""
    display = name or path.name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError as error:
        raise FileRefused(FileProblem(display, "not_a_file_folder")) from error
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(FileProblem(display, f"not_a_file_{_kind_of(info)}"))
        if info.st_size > limit:
            raise FileRefused(
                FileProblem(
                    display,
                    "file_too_big",
                    {"size": round(info.st_size / MB, 1), "limit": limit // MB},
                )
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return open(descriptor, "rb", closefd=True)
    except BaseException:
        os.close(descriptor)
        raise


def read_bounded(path: Path, limit: int, name: str | None = None) -> bytes:
    """The bytes of a regular file, refused past `limit` even if it grew since it was checked."""
    with open_regular(path, limit, name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileRefused(
            FileProblem(
                name or path.name,
                "file_too_big",
                {"size": round(len(data) / MB, 1), "limit": limit // MB},
            )
        )
    return data


def _kind_of(info: os.stat_result) -> str:
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"
