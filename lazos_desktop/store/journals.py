"""A journal beside a catalogue that no program is using is set aside before SQLite sees it.

SQLite replays a `-wal` (or rolls back a hot `-journal`) it finds beside a database without
asking whether that journal was written for this file. A catalogue copied over another while
the old one's WAL stayed beside it was left malformed by a mere `stats`. So before the first
connection, when a journal lies beside a file that no program holds open, the file and its
journal are copied byte for byte into a sibling folder; the open then goes ahead only if
the file, journal applied, passes SQLite's `quick_check` and keeps its application id. If it
does not, the pair is put back exactly as it was, the copy is kept, and `ForeignJournal` says
what happened. A copy left by a run killed half-way is dealt with on the next open.

"No program is using it" is asked of the operating system's locks without taking any: on
POSIX `F_GETLK` on the bytes SQLite locks (the shared-memory file's DMS byte, the main
file's lock bytes); on Windows a lock of those bytes taken and released at once. Opening
these files with plain calls is safe only because this runs before this process holds a
connection to the file (`held_files`): closing a descriptor would drop SQLite's locks.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import struct
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lazos_desktop.store import held_files, migrations
from lazos_desktop.store.defensive import harden
from lazos_desktop.store.errors import ForeignJournal

KEPT_SUFFIX = ".diario-apartado"
FOREIGN_SUFFIX = ".diario-ajeno"
COMPLETE = "completo.json"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
# SQLite's lock bytes (os_unix.c / os_win.c): the main file's PENDING, RESERVED and SHARED
# range from 0x40000000; in the -shm file the eight WAL locks from 120 and the DMS byte 128.
_PENDING_BYTE = 0x40000000
_MAIN_LOCKS = (_PENDING_BYTE, 2 + 510)
_SHM_LOCKS = (120, 9)


@dataclass(frozen=True)
class SetAside:
    """A copy of a catalogue file and its journals, and where each came from."""

    folder: Path
    names: tuple[str, ...]


def guard(path: Path) -> None:
    """Set aside and test the journals beside `path` before the first connection to it.

    Does nothing when there is no journal, when this process already holds the file (the
    journal is then its own) or when another program has it open. Raises `ForeignJournal`
    after putting back a file and journal that did not belong together.
    """
    path = Path(path)
    if held_files.is_held(path) or not path.is_file():
        return
    journals = _journals(path)
    leftover = _leftover(path)
    if not journals and leftover is None:
        return
    if in_use(path):
        return
    recorded = _matching_foreign_record(path, journals)
    if recorded is not None:
        raise _foreign(path, journals, recorded, "quick_check")
    if leftover is not None and not journals:
        if _passes(path, _application_id(leftover.folder / path.name)):
            shutil.rmtree(leftover.folder, ignore_errors=True)
            return
        _put_back(path, leftover)
        journals = _journals(path)
    if not journals:
        return
    kept = _set_aside(path, journals)
    if _passes(path, _application_id(kept.folder / path.name)):
        shutil.rmtree(kept.folder, ignore_errors=True)
        return
    _put_back(path, kept)
    final = _keep_as_foreign(path, kept)
    raise _foreign(path, journals, final, "quick_check")


def in_use(path: Path) -> bool:
    """Whether another program holds SQLite locks on `path` (True when it cannot be told)."""
    shm = path.with_name(path.name + "-shm")
    try:
        if shm.exists() and _locked(shm, *_SHM_LOCKS):
            return True
        return _locked(path, *_MAIN_LOCKS)
    except OSError:
        return True


def kept_folders(path: Path) -> list[Path]:
    """Folders beside `path` holding copies set aside for it (for the officer and tests)."""
    prefix = f".{path.name}"
    return sorted(
        p
        for p in path.parent.glob(f"{prefix}*")
        if p.is_dir() and (p.name.endswith(KEPT_SUFFIX) or FOREIGN_SUFFIX in p.name)
    )


# Journals and copies ----------------------------------------------------------------------


def _journals(path: Path) -> list[Path]:
    found = []
    wal = path.with_name(path.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.is_file() and wal.stat().st_size > 0:
            found.append(wal)
    journal = path.with_name(path.name + "-journal")
    with contextlib.suppress(OSError):
        if journal.is_file() and journal.stat().st_size > 0:
            with journal.open("rb") as handle:
                if handle.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC:
                    found.append(journal)
    return found


def _kept_folder(path: Path) -> Path:
    return path.with_name(f".{path.name}{KEPT_SUFFIX}")


def _leftover(path: Path) -> SetAside | None:
    """The copy of a run killed before its check ended; an incomplete copy is removed."""
    folder = _kept_folder(path)
    if not folder.is_dir():
        return None
    try:
        names = tuple(json.loads((folder / COMPLETE).read_text(encoding="utf-8"))["names"])
    except (OSError, ValueError, KeyError, TypeError):
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return SetAside(folder, names)


def _set_aside(path: Path, journals: list[Path]) -> SetAside:
    folder = _kept_folder(path)
    shutil.rmtree(folder, ignore_errors=True)
    sources = [path, *journals]
    try:
        folder.mkdir()
        for source in sources:
            _copy_synced(source, folder / source.name)
        (folder / COMPLETE).write_text(
            json.dumps({"names": [source.name for source in sources]}), encoding="utf-8"
        )
        _fsync_folder(folder)
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise ForeignJournal(
            "journal_unsafe",
            path,
            journal=", ".join(str(j) for j in journals),
            detail=error.strerror or str(error),
        ) from error
    return SetAside(folder, tuple(source.name for source in sources))


def _put_back(path: Path, kept: SetAside) -> None:
    """The file and its journals exactly as they were copied; no other journal left beside."""
    for suffix in ("-wal", "-journal", "-shm"):
        name = path.name + suffix
        if name not in kept.names:
            path.with_name(name).unlink(missing_ok=True)
    for name in kept.names:
        target = path.with_name(name)
        partial = target.with_name(f".{name}.restoring")
        _copy_synced(kept.folder / name, partial)
        os.replace(partial, target)
    _fsync_folder(path.parent)


def _keep_as_foreign(path: Path, kept: SetAside) -> Path:
    """Rename the copy so the next open does not take it for a killed run's, and note the
    pair put back so the next open answers at once instead of checking again."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = path.with_name(f".{path.name}{FOREIGN_SUFFIX}-{stamp}")
    os.replace(kept.folder, final)
    (final / "huella.json").write_text(json.dumps(_fingerprint(path)), encoding="utf-8")
    return final


def _foreign_records(path: Path) -> list[Path]:
    return [p for p in kept_folders(path) if FOREIGN_SUFFIX in p.name]


def _matching_foreign_record(path: Path, journals: list[Path]) -> Path | None:
    if not journals:
        return None
    current = _fingerprint(path)
    for folder in _foreign_records(path):
        with contextlib.suppress(OSError, ValueError):
            if json.loads((folder / "huella.json").read_text(encoding="utf-8")) == current:
                return folder
    return None


def _fingerprint(path: Path) -> dict[str, list[int]]:
    found = {}
    for suffix in ("", "-wal", "-journal"):
        candidate = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            status = candidate.stat()
            found[suffix or "file"] = [status.st_size, status.st_mtime_ns]
    return found


def _foreign(path: Path, journals: list[Path], kept: Path, detail: str) -> ForeignJournal:
    return ForeignJournal(
        "journal_foreign",
        path,
        journal=", ".join(str(j) for j in journals),
        detail=detail,
        kept=str(kept),
    )


def _copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# The test ------------------------------------------------------------------------------


def _application_id(copy: Path) -> int:
    """The application id in the header of the copy (bytes 68–71, big-endian)."""
    with copy.open("rb") as handle:
        header = handle.read(100)
    return int.from_bytes(header[68:72], "big") if len(header) == 100 else 0


def _passes(path: Path, application_id: int) -> bool:
    """Whether the file, its journal applied, reads whole and is still the same catalogue."""
    try:
        connection = sqlite3.connect(str(path), timeout=5)
    except sqlite3.Error:
        return False
    try:
        harden(connection)
        result = connection.execute("PRAGMA quick_check").fetchall()
        after = int(connection.execute("PRAGMA application_id").fetchone()[0])
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    same = after == application_id or application_id != migrations.APPLICATION_ID
    return result == [("ok",)] and same


# Locks ---------------------------------------------------------------------------------


def _locked(path: Path, start: int, length: int) -> bool:
    if os.name == "nt":
        return _locked_windows(path, start, length)
    import fcntl

    layout = _flock_layout()
    if layout is None:
        return True
    descriptor = os.open(path, os.O_RDONLY)
    try:
        request = _pack_flock(layout, fcntl.F_WRLCK, start, length)
        answer = fcntl.fcntl(descriptor, fcntl.F_GETLK, request)
        return _unpack_type(layout, answer) != fcntl.F_UNLCK
    finally:
        os.close(descriptor)


def _flock_layout() -> str | None:
    if sys.platform.startswith("linux"):
        return "hhqqi4x"
    if sys.platform == "darwin" or "bsd" in sys.platform:
        return "qqihh"
    return None


def _pack_flock(layout: str, kind: int, start: int, length: int) -> bytes:
    if layout.startswith("hh"):
        return struct.pack(layout, kind, os.SEEK_SET, start, length, 0)
    return struct.pack(layout, start, length, 0, kind, os.SEEK_SET)


def _unpack_type(layout: str, answer: bytes) -> int:
    values = struct.unpack(layout, answer)
    return int(values[0] if layout.startswith("hh") else values[3])


def _locked_windows(path: Path, start: int, length: int) -> bool:
    import msvcrt

    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.lseek(descriptor, start, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, length)  # type: ignore[attr-defined]
        except OSError:
            return True
        os.lseek(descriptor, start, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, length)  # type: ignore[attr-defined]
        return False
    finally:
        os.close(descriptor)
