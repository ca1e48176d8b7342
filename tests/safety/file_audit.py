"""Record every plain file open of a catalogue (or its -wal/-shm/-journal) made by Python code.

SQLite opens its files in C, below Python's audit events, so anything `FileAudit` sees is a
descriptor that Python opened and will close; on POSIX that close drops every lock this
process holds on the file, SQLite's included (see `lazos_desktop.store.held_files`).
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

SIDE_FILES = ("", "-wal", "-shm", "-journal")
_active: list[FileAudit] = []
_installed = False
_inside = threading.local()


@dataclass
class FileAudit:
    """`with FileAudit(db) as audit:` ... `audit.opened` lists (path, where) of each open."""

    catalogue: Path
    opened: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        base = os.path.realpath(self.catalogue)
        self._names = {base + suffix for suffix in SIDE_FILES}
        self._basenames = {os.path.basename(name) for name in self._names}

    def __enter__(self) -> FileAudit:
        _install()
        _active.append(self)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        _active.remove(self)

    def report(self) -> str:
        return "\n\n".join(f"{path} opened at:\n{where}" for path, where in self.opened)

    def _saw(self, path: str) -> None:
        if os.path.basename(path) not in self._basenames:
            return
        if os.path.realpath(path) in self._names:
            where = "".join(traceback.format_stack(limit=12)[:-3])
            self.opened.append((path, where))


def _install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event != "open" or not _active or getattr(_inside, "busy", False):
        return
    target = args[0]
    if not isinstance(target, str | bytes | os.PathLike):
        return  # an already open descriptor (os.fdopen) names no file
    _inside.busy = True
    try:
        path = os.fsdecode(target)
        for audit in list(_active):
            audit._saw(path)
    finally:
        _inside.busy = False
