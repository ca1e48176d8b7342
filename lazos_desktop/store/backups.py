"""Copies of the catalogue file made with SQLite's online backup API, verified after writing.

The backup API copies a consistent snapshot even while the window has the file open, which a
plain file copy of a WAL database does not guarantee. Backups are named
``<catalogue stem>-<UTC stamp>-<reason>.backup.sqlite3`` so that the folder alone says when
and why each was taken; their record counts are read from the copies themselves, read-only.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lazos_desktop.domain.records import Kind
from lazos_desktop.store import held_files, migrations, output_files
from lazos_desktop.store.connection import looks_like_sqlite
from lazos_desktop.store.defensive import connect_read_only
from lazos_desktop.store.errors import (
    BackupFailed,
    CatalogueDamaged,
    CatalogueTooNew,
    NotACatalogue,
    as_catalogue_error,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

BACKUP_SUFFIX = ".backup.sqlite3"
# Temporaries of backups killed half-way: the exclusive ones, and the fixed name used before.
_STALE_PATTERNS = (f".*{BACKUP_SUFFIX}.*.part", f"*{BACKUP_SUFFIX}.partial")
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the listing shows it; `problem` is set when it cannot be read."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problem: str = ""

    @property
    def readable(self) -> bool:
        return not self.problem

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "taken_at": self.taken_at.isoformat().replace("+00:00", "Z"),
            "reason": self.reason,
            "size": self.size,
            "schema_version": self.schema_version,
            "records": self.counts,
            "total": self.total,
            "readable": self.readable,
            "problem": self.problem,
        }


def backup_to(db: Database, target: Path) -> Path:
    """Write a verified snapshot of `db` to `target` (written beside it, then renamed).

    Nothing is left at `target` unless the copy passed `integrity_check`; a failure (a full
    disk, a folder that cannot be written) raises `BackupFailed` and removes the partial copy.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        output_files.remove_stale(target.parent, _STALE_PATTERNS)
        partial = output_files.exclusive_temporary(target)
        destination = sqlite3.connect(str(partial))
        try:
            copy_database(db.conn, destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        verify(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise BackupFailed("backup_failed", target, detail=detail) from error
    except BackupFailed:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return target


def copy_database(
    source: sqlite3.Connection, destination: sqlite3.Connection, timeout: float = 5.0
) -> None:
    """SQLite's online backup from `source` into `destination`, giving up after `timeout`.

    Python's `Connection.backup` retries for ever while the destination (or a rollback-mode
    source) is locked by another program; a progress callback that raises after the
    deadline turns that wait into a "database is locked" error the caller can name.
    """
    deadline = time.monotonic() + timeout

    def give_up_when_late(status: int, remaining: int, total: int) -> None:
        locked = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if locked and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    source.backup(destination, progress=give_up_when_late, sleep=0.05)


def backup_file(source: Path, target: Path) -> Path:
    """Snapshot a catalogue file that is not open here (before a migration, for example)."""
    from sqlite_utils import Database

    connection = connect_read_only(source, timeout=5)
    try:
        return backup_to(Database(connection, execute_plugins=False), target)
    finally:
        connection.close()


def copy_raw(source: Path, target: Path) -> Path:
    """Byte copy of a file (and its write-ahead log) that SQLite cannot read any more.

    Used before a damaged catalogue is replaced, so that even a damaged file is never lost.
    Refused (`BackupFailed`) while a connection of this process has `source` open: closing the
    copy's descriptor would drop that connection's locks.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(held_files.unheld(source), target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except held_files.FileHeld as error:
        raise BackupFailed("backup_failed", target, detail=str(error)) from error
    except OSError as error:
        raise BackupFailed("backup_failed", target, detail=str(error.strerror)) from error
    return target


def verify(path: Path) -> None:
    """Raise `BackupFailed` unless `path` passes SQLite's `integrity_check`."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise BackupFailed("backup_failed", path, detail=str(error)) from error
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as error:
        raise BackupFailed("backup_failed", path, detail=str(error)) from error
    finally:
        connection.close()
    if result != [("ok",)]:
        raise BackupFailed("backup_failed", path, detail="; ".join(r[0] for r in result[:3]))


def inspect(path: Path, *, check_integrity: bool = False) -> BackupInfo:
    """What a backup holds, read without changing it; never raises for a bad file."""
    taken_at, reason = parse_name(path)
    size = path.stat().st_size if path.exists() else 0
    try:
        version, counts = _read_counts(path, check_integrity)
    except _Unreadable as problem:
        return BackupInfo(path, taken_at, reason, size, problem=str(problem))
    return BackupInfo(path, taken_at, reason, size, schema_version=version, counts=counts)


def list_backups(folder: Path, catalogue: Path) -> list[BackupInfo]:
    """Backups of `catalogue` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.glob(f"*{BACKUP_SUFFIX}")
        if _stem_of(path) == catalogue.stem and path.is_file()
    ]
    infos = [inspect(path) for path in found]
    return sorted(infos, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def backup_name(catalogue: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime(STAMP_FORMAT)
    return f"{catalogue.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def parse_name(path: Path) -> tuple[datetime, str]:
    """When and why a backup was taken, from its name (its file time if renamed)."""
    match = _NAME.match(path.name.removesuffix(BACKUP_SUFFIX))
    if match:
        taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        return taken, match["reason"]
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0
    return datetime.fromtimestamp(mtime, UTC), "manual"


def rotate(folder: Path, catalogue: Path, reason: str, keep: int) -> list[Path]:
    """Remove the oldest backups of `reason` beyond `keep`; returns what was removed."""
    found = sorted(
        path
        for path in folder.glob(f"*-{reason}{BACKUP_SUFFIX}")
        if _stem_of(path) == catalogue.stem and parse_name(path)[1] == reason
    )
    removed = found[:-keep] if keep > 0 else found
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore_file(source: Path, target: Path, timeout: float = 5.0) -> None:
    """Copy `source` over a readable `target` through the backup API.

    The copy runs as one write transaction on `target`: another connection (the window, a
    command) keeps reading its snapshot and sees the restored catalogue once it commits;
    a connection that holds the file for writing makes this wait `timeout` seconds and then
    fail with `CatalogueBusy`, leaving `target` as it was.
    """
    connection = connect_read_only(source)
    try:
        destination = sqlite3.connect(str(target), timeout=timeout)
        try:
            copy_database(connection, destination, timeout)
        finally:
            destination.close()
    except sqlite3.Error as error:
        raise as_catalogue_error(error, target) from error
    finally:
        connection.close()


def restore_into(source: Path, db: Database) -> None:
    """Copy `source` into a catalogue this process has open (the window's own connection)."""
    connection = connect_read_only(source)
    try:
        copy_database(connection, db.conn)
    except sqlite3.Error as error:
        raise as_catalogue_error(error, None) from error
    finally:
        connection.close()


def replace_file(source: Path, target: Path) -> None:
    """Put a copy of `source` in place of a `target` SQLite cannot open (damaged, foreign).

    The copy is made by SQLite's backup API (no descriptor of a catalogue is opened outside
    SQLite), verified, written beside `target` and renamed over it, so a crash leaves either
    file whole; the old write-ahead log is removed so it is not replayed onto the restored copy.
    """
    partial = target.with_name(target.name + ".restoring")
    try:
        backup_file(source, partial)
        _write_ahead(partial)
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        partial.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupFailed("backup_failed", target, detail=str(error.strerror)) from error
    except BackupFailed:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _write_ahead(path: Path) -> None:
    """Put a restored copy in write-ahead mode, as every catalogue is opened: a copy left
    in the backups' rollback mode changed its header at its next opening, so that even a
    refused import altered the bytes of the file."""
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        raise BackupFailed("backup_failed", path, detail=str(error)) from error
    finally:
        connection.close()


def check_restorable(path: Path) -> BackupInfo:
    """The backup's description if it is a whole catalogue this program can read.

    Raises `NotACatalogue`, `CatalogueTooNew` or `CatalogueDamaged` (all exit 3) otherwise.
    """
    taken_at, reason = parse_name(path)
    try:
        version, counts = _read_counts(path, check_integrity=True)
    except _Unreadable as problem:
        if problem.key == "not_a_catalogue":
            raise NotACatalogue("not_a_catalogue", path) from problem
        if problem.key == "too_new":
            raise CatalogueTooNew(
                "catalogue_too_new", path, version=problem.version, known=migrations.SCHEMA_VERSION
            ) from problem
        raise CatalogueDamaged("backup_unreadable", path, detail=str(problem)) from problem
    from lazos_desktop.store import checks  # only a restore checks: not loaded to open a file

    checks.refuse_unless_whole(path, version)
    return BackupInfo(path, taken_at, reason, path.stat().st_size, version, counts)


class _Unreadable(Exception):
    def __init__(self, detail: str, key: str = "damaged", version: int = 0) -> None:
        super().__init__(detail)
        self.key = key
        self.version = version


def _read_counts(path: Path, check_integrity: bool) -> tuple[int, dict[str, int]]:
    """Schema version and record counts, read through SQLite only (see `held_files`)."""
    if not path.is_file():
        raise _Unreadable("not a file")
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise _Unreadable(str(error)) from error
    try:
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if error.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
                connection.close()
                if not looks_like_sqlite(path):
                    raise _Unreadable("not an SQLite file", "not_a_catalogue") from error
            raise
        if application_id != migrations.APPLICATION_ID:
            raise _Unreadable("not a LAZOS Desktop catalogue", "not_a_catalogue")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > migrations.SCHEMA_VERSION:
            raise _Unreadable(
                f"schema {version} is newer than this program ({migrations.SCHEMA_VERSION})",
                "too_new",
                version,
            )
        if check_integrity:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise _Unreadable("; ".join(row[0] for row in result[:3]))
        found = dict(connection.execute("SELECT kind, count(*) FROM records GROUP BY kind"))
    except sqlite3.Error as error:
        raise _Unreadable(str(error)) from error
    finally:
        connection.close()
    return version, {kind.value: int(found.get(kind.value, 0)) for kind in Kind}


def _stem_of(path: Path) -> str:
    match = _NAME.match(path.name.removesuffix(BACKUP_SUFFIX))
    return match["stem"] if match else path.name.removesuffix(BACKUP_SUFFIX)
