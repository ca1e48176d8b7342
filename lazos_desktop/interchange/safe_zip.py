"""Reading zip containers (bundles, XLSX) without trusting what they say about themselves.

Nothing is extracted to disk. Names are checked before anything is read; sizes are checked
twice, as declared in the directory and as actually expanded while reading in bounded
chunks, so a zip bomb is stopped after at most the limit plus one chunk.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import (
    MAX_MEMBER_EXPANDED,
    MAX_TOTAL_EXPANDED,
    MB,
    READ_CHUNK,
)


def check_members(
    archive: zipfile.ZipFile,
    display: str,
    max_members: int,
    max_total: int | None = None,
) -> None:
    """Refuse unsafe names, too many members, or declared sizes past the limits.

    `max_total` defaults to `MAX_TOTAL_EXPANDED`; bundles pass their own, larger one.
    """
    limit = MAX_TOTAL_EXPANDED if max_total is None else max_total
    members = archive.infolist()
    if len(members) > max_members:
        raise FileRefused(
            FileProblem(display, "bundle_too_many", {"count": len(members), "limit": max_members})
        )
    total = 0
    for info in members:
        if not is_safe_name(info.filename):
            raise FileRefused(FileProblem(display, "bundle_unsafe_name", {"value": info.filename}))
        if info.file_size > MAX_MEMBER_EXPANDED:
            raise _too_large(display, info.filename, MAX_MEMBER_EXPANDED)
        total += info.file_size
        if total > limit:
            raise _too_large(display, info.filename, limit)


def read_member(
    archive: zipfile.ZipFile, name: str, display: str, limit: int = MAX_MEMBER_EXPANDED
) -> bytes:
    """The expanded bytes of one member, read a chunk at a time and stopped past `limit`."""
    parts: list[bytes] = []
    size = 0
    with archive.open(name) as stream:
        while True:
            chunk = stream.read(READ_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _too_large(display, name, limit)
            parts.append(chunk)
    return b"".join(parts)


def is_safe_name(name: str) -> bool:
    """Relative, forward-slash names with no `..`, drive letter or leading slash."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return False
    return ".." not in PurePosixPath(name).parts


def _too_large(display: str, name: str, limit: int) -> FileRefused:
    return FileRefused(
        FileProblem(display, "bundle_too_large", {"value": name, "limit": limit // MB})
    )
