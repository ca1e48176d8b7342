"""Reading zip containers (bundles, XLSX) without trusting what they say about themselves.

Nothing is extracted to disk. Names are checked before anything is read; sizes are checked
twice, as declared in the directory and as actually expanded while reading in bounded
chunks, so a zip bomb is stopped after at most the limit plus one chunk. Two entries of the
same name are refused (readers disagree on which one they show), and so are entries that
are encrypted or compressed by a method other than stored or deflated. Whatever zipfile or
zlib raises while expanding (a bad CRC, a size that understates the data, a broken deflate
stream) becomes a refusal naming the entry, in the officer's words.
"""

from __future__ import annotations

import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import BinaryIO

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import (
    MAX_MEMBER_EXPANDED,
    MAX_TOTAL_EXPANDED,
    MB,
    READ_CHUNK,
)

COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # what Excel and this program write
_ENCRYPTED = 0x1


def open_zip(handle: BinaryIO, display: str, not_zip: str) -> zipfile.ZipFile:
    """The zip in `handle`; `FileRefused` with `not_zip` when it is none, or one that needs
    a zip version this program does not read (zipfile raises NotImplementedError for it)."""
    try:
        return zipfile.ZipFile(handle)
    except NotImplementedError as error:
        raise FileRefused(FileProblem(display, "zip_unsupported")) from error
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        raise FileRefused(FileProblem(display, not_zip)) from error


def check_members(
    archive: zipfile.ZipFile,
    display: str,
    max_members: int,
    max_total: int | None = None,
    member_limit: Callable[[str], int] | None = None,
) -> None:
    """Refuse unsafe or repeated names, too many members, encryption, unknown compression,
    or declared sizes past the limits.

    `max_total` defaults to `MAX_TOTAL_EXPANDED`; bundles pass their own, larger one.
    `member_limit` gives a member's own limit by name (default `MAX_MEMBER_EXPANDED`): a
    workbook's sheets are streamed, so they may be larger than the rest.
    """
    limit = MAX_TOTAL_EXPANDED if max_total is None else max_total
    of_member = member_limit or _member_limit
    members = archive.infolist()
    if len(members) > max_members:
        raise FileRefused(
            FileProblem(display, "bundle_too_many", {"count": len(members), "limit": max_members})
        )
    total = 0
    seen: set[str] = set()
    for info in members:
        if not is_safe_name(info.filename):
            raise FileRefused(FileProblem(display, "bundle_unsafe_name", {"value": info.filename}))
        key = unicodedata.normalize("NFC", info.filename).casefold()
        if key in seen:
            raise FileRefused(FileProblem(display, "zip_duplicate_name", {"value": info.filename}))
        seen.add(key)
        if info.flag_bits & _ENCRYPTED:
            raise FileRefused(FileProblem(display, "zip_encrypted", {"value": info.filename}))
        if info.compress_type not in COMPRESSIONS:
            raise FileRefused(FileProblem(display, "zip_compression", {"value": info.filename}))
        if info.file_size > of_member(info.filename) or _bomb(info, info.file_size):
            raise _too_large(display, info.filename, min(of_member(info.filename), _BIG))
        total += info.file_size
        if total > limit:
            raise _too_large(display, info.filename, limit)


def read_member(
    archive: zipfile.ZipFile, name: str, display: str, limit: int = MAX_MEMBER_EXPANDED
) -> bytes:
    """The expanded bytes of one member, read a chunk at a time and stopped past `limit`."""
    parts: list[bytes] = []
    _expand(archive, name, display, limit, parts.append)
    return b"".join(parts)


def verify_members(
    archive: zipfile.ZipFile,
    display: str,
    max_rows: int | None = None,
    max_total: int | None = None,
    member_limit: Callable[[str], int] | None = None,
) -> dict[str, int]:
    """Expand every member once, keeping nothing, so that its CRC and sizes are checked
    before another library (openpyxl) reads the same zip and fails in its own words.
    Returns, with `max_rows`, the rows counted in each worksheet (by member name).

    With `max_rows`, a worksheet holding more rows than that (and a header) is refused here,
    counted at C speed while expanding: openpyxl took a minute to parse the rows of a 200 MB
    sheet before its reader reached the limit and stopped."""
    total = 0
    counted: dict[str, int] = {}
    limit = MAX_TOTAL_EXPANDED if max_total is None else max_total
    of_member = member_limit or _member_limit
    for info in archive.infolist():
        if info.is_dir():
            continue
        rows = _RowCount()
        sheet = max_rows is not None and info.filename.startswith(_WORKSHEETS)
        keep: Callable[[bytes], object] = rows.add if sheet else (lambda _: None)
        total += _expand(archive, info.filename, display, of_member(info.filename), keep)
        if total > limit:
            raise _too_large(display, info.filename, limit)
        if max_rows is not None and rows.count > max_rows + 1:
            raise FileRefused(FileProblem(display, "too_many_rows", {"limit": max_rows}))
        if sheet:
            counted[info.filename] = rows.count
    return counted


_WORKSHEETS = "xl/worksheets/"


def _member_limit(name: str) -> int:
    return MAX_MEMBER_EXPANDED


# A member may pass `MAX_MEMBER_EXPANDED` (a streamed worksheet) only as text compresses:
# a sheet's XML deflates about 20 to 1, zeros 1,000 to 1.
_BIG = MAX_MEMBER_EXPANDED
_BOMB_RATIO = 100


def _bomb(info: zipfile.ZipInfo, size: int) -> bool:
    """Whether `size` expanded bytes of `info` are past `_BIG` at a ratio no sheet has."""
    return size > _BIG and size > _BOMB_RATIO * max(info.compress_size, 1)


class _RowCount:
    """Row elements seen in a worksheet's XML as it streams by (a tag cut between two chunks
    may be missed: the count is for refusing sheets far past the limit)."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, chunk: bytes) -> None:
        self.count += chunk.count(b"<row") + chunk.count(b":row ")


def is_safe_name(name: str) -> bool:
    """Relative, forward-slash names with no `..`, drive letter or leading slash."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return False
    if "\x00" in name:
        return False
    return ".." not in PurePosixPath(name).parts


def _expand(
    archive: zipfile.ZipFile, name: str, display: str, limit: int, keep: Callable[[bytes], object]
) -> int:
    size = 0
    try:
        with archive.open(name) as stream:
            while True:
                chunk = stream.read(READ_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit or _bomb(archive.getinfo(name), size):
                    raise _too_large(display, name, min(limit, _BIG))
                keep(chunk)
    except FileRefused:
        raise
    except KeyError as error:
        raise FileRefused(FileProblem(display, "bundle_missing", {"value": name})) from error
    except NotImplementedError as error:
        raise FileRefused(FileProblem(display, "zip_compression", {"value": name})) from error
    except RuntimeError as error:  # zipfile's way of saying a password is needed
        raise FileRefused(FileProblem(display, "zip_encrypted", {"value": name})) from error
    except zipfile.BadZipFile as error:
        key = "zip_bad_crc" if "CRC" in str(error) else "zip_damaged"
        raise FileRefused(FileProblem(display, key, {"value": name})) from error
    except (zlib.error, EOFError, OSError, ValueError, OverflowError) as error:
        raise FileRefused(FileProblem(display, "zip_damaged", {"value": name})) from error
    if size != archive.getinfo(name).file_size:  # a size overstated: the headers lie
        raise FileRefused(FileProblem(display, "zip_damaged", {"value": name}))
    return size


def _too_large(display: str, name: str, limit: int) -> FileRefused:
    return FileRefused(
        FileProblem(display, "bundle_too_large", {"value": name, "limit": limit // MB})
    )
