"""Copies of the catalogue file made with SQLite's online backup API, verified after writing.

The backup API copies a consistent snapshot even while the window has the file open, which a
plain file copy of a WAL database does not guarantee.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

BACKUP_SUFFIX = ".backup.sqlite3"


class BackupFailed(Exception):
    pass


def backup_to(db: Database, target: Path) -> Path:
    """Write a verified snapshot of `db` to `target` (written beside it, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    destination = sqlite3.connect(str(partial))
    try:
        db.conn.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    verify(partial)
    partial.replace(target)
    return target


def backup_file(source: Path, target: Path) -> Path:
    """Snapshot a catalogue file that is not open here (before a migration, for example)."""
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        return backup_to(Database(connection), target)
    finally:
        connection.close()


def verify(path: Path) -> None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"{path}: {error}") from error
    finally:
        connection.close()
    if result != [("ok",)]:
        raise BackupFailed(f"{path}: {result[:3]}")


def backup_name(catalogue: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{catalogue.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def rotate(folder: Path, catalogue: Path, reason: str, keep: int) -> list[Path]:
    """Remove the oldest backups of `reason` beyond `keep`; returns what was removed."""
    pattern = f"{catalogue.stem}-*-{reason}{BACKUP_SUFFIX}"
    found = sorted(folder.glob(pattern))
    removed = found[:-keep] if keep > 0 else found
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore_file(source: Path, target: Path) -> None:
    """Copy `source` over `target` through the backup API, so open readers see one switch."""
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    destination = sqlite3.connect(str(target), timeout=5)
    try:
        connection.backup(destination)
    finally:
        destination.close()
        connection.close()
