"""Whether the file at a catalogue's path is still the one this process opened.

SQLite writes through the descriptors it opened, so when a sync client moves the folder,
or another program replaces or deletes the file, commits keep landing in a file that is no
longer at the catalogue's path (and, once deleted, vanish when the program closes). An
import once reported success that way. The identity is the file's device and inode, read
with `os.stat` on the path, which opens no descriptor (so SQLite's POSIX locks are safe);
each write transaction compares it just before committing (and rolls back when it moved)
and just after (and then says where the data went).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from lazos_desktop.store.errors import CatalogueMoved

_FD_FOLDER = Path("/proc/self/fd")


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int


def identity_of(path: Path) -> FileIdentity | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return FileIdentity(status.st_dev, status.st_ino)


def refuse_if_moved(path: Path, opened: FileIdentity | None) -> None:
    """Before a commit: `CatalogueMoved` (nothing saved) unless `path` is still `opened`."""
    if opened is not None and identity_of(path) != opened:
        raise CatalogueMoved("catalogue_moved", path)


def report_if_moved(path: Path, opened: FileIdentity | None) -> None:
    """After a commit: `CatalogueMoved` saying where the data went unless `path` is `opened`."""
    if opened is None or identity_of(path) == opened:
        return
    where, linked = _where_now(opened)
    if where and linked:
        raise CatalogueMoved("catalogue_moved_written", path, where=where)
    raise CatalogueMoved("catalogue_moved_lost", path, where=where or "?")


def _where_now(opened: FileIdentity) -> tuple[str, bool]:
    """The current name of the file this process has open as `opened`, and whether it is
    still linked; known where the system lists a process's descriptors (Linux `/proc`)."""
    if not _FD_FOLDER.is_dir():
        return "", False
    with contextlib.suppress(OSError):
        for entry in os.listdir(_FD_FOLDER):
            link = _FD_FOLDER / entry
            with contextlib.suppress(OSError):
                status = os.stat(link)
                if (status.st_dev, status.st_ino) == (opened.device, opened.inode):
                    name = os.readlink(link).removesuffix(" (deleted)")
                    return name, status.st_nlink > 0
    return "", False
