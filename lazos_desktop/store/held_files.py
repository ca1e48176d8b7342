"""Which catalogue files this process holds through SQLite, and the one safe way to peek at bytes.

On POSIX, closing *any* descriptor of a file drops every lock this process holds on it,
SQLite's included. A plain `open()`/`close()` of a catalogue while one of our connections
has it open therefore leaves that connection without its shared lock; the next program to
close the file believes it is the last user, checkpoints and deletes the write-ahead log,
and our connection goes on committing into a deleted file that a crash then loses. So the
store reads a catalogue only through SQLite, and reads raw bytes (to tell a foreign file
from a damaged one, or to keep a byte copy of a file SQLite cannot read) only through
`read_prefix` and `unheld`, which refuse while any connection of this process holds it.
Files are told apart by device and inode, so another name for the same file counts too.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

_Key = tuple[int, int]
_held: Counter[_Key] = Counter()
_lock = threading.Lock()


class FileHeld(Exception):
    """Raw access was asked for a file this process holds open through SQLite."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is open through SQLite in this process")
        self.path = path


def hold(path: Path) -> _Key | None:
    """Note that a connection of this process now has `path` open; the key to `release`."""
    key = _key(path)
    if key is not None:
        with _lock:
            _held[key] += 1
    return key


def release(key: _Key | None) -> None:
    if key is None:
        return
    with _lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def is_held(path: Path) -> bool:
    """Whether a connection of this process has `path` (under any name) open."""
    key = _key(path)
    with _lock:
        return key is not None and key in _held


def read_prefix(path: Path, size: int) -> bytes | None:
    """The first `size` bytes of `path`, or None when reading them could drop SQLite's locks."""
    if is_held(path):
        return None
    try:
        with Path(path).open("rb") as handle:
            return handle.read(size)
    except OSError:
        return None


def unheld(path: Path) -> Path:
    """`path`, after making sure no connection of this process holds it (else `FileHeld`)."""
    if is_held(path):
        raise FileHeld(Path(path))
    return Path(path)


def _key(path: Path) -> _Key | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino
