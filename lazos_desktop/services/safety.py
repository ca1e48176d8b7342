"""Keeping the officer's catalogue safe: backups and their rotation, restore, history revert.

Policy: the last `DAILY_KEPT` daily backups (one taken when a catalogue is opened and none
was taken today, UTC), plus the last `EVENT_KEPT` taken before each kind of risky event
(migration, import, restore). Manual backups are never removed. All of them live in the
officer's data folder (`paths.backups_folder`), are verified with `integrity_check` after
writing, and are listed with the record counts read from the copies themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from lazos_desktop import paths
from lazos_desktop.store import backups, output_files
from lazos_desktop.store.backups import BackupInfo
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.connection import refuse_non_file
from lazos_desktop.store.errors import (
    BackupFailed,
    CatalogueDamaged,
    CatalogueError,
    CatalogueMissing,
    NotACatalogue,
)


class Catalogue(Protocol):
    """What safety needs of an open catalogue: its store, and so its file. Declared here so
    that this module does not import `services.catalogue` (which imports this one)."""

    @property
    def store(self) -> Store: ...

    @property
    def path(self) -> Path: ...


DAILY = "daily"
MANUAL = "manual"
DAILY_KEPT = 7
EVENT_KEPT = 5
EVENTS = ("migration", "import", "restore")


@dataclass(frozen=True)
class RestoreResult:
    """What `restore_backup` did: which file, from which backup, and where the old one went."""

    catalogue: Path
    restored_from: Path
    previous: Path | None
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "catalogue": str(self.catalogue),
            "restored_from": str(self.restored_from),
            "previous": str(self.previous) if self.previous else "",
            "records": self.counts,
        }


# Backups ---------------------------------------------------------------------------------


def ensure_daily_backup(
    store: Store, today: datetime | None = None, keep: int = DAILY_KEPT
) -> Path | None:
    """Take today's daily backup of an existing catalogue unless one exists; keep `keep`."""
    if store.is_new:
        return None
    now = today or datetime.now(UTC)
    folder = paths.backups_folder(store.path)
    taken_today = any(
        info.reason == DAILY and info.taken_at.date() == now.date()
        for info in _named_backups(folder, store.path)
    )
    if taken_today:
        return None
    written = store.backup_to(folder / backups.backup_name(store.path, DAILY, now))
    backups.rotate(folder, store.path, DAILY, max(1, keep))
    return written


def backup_before(catalogue: Catalogue, reason: str) -> Path:
    """A verified backup taken before a risky operation (`migration`, `import`, `restore`)."""
    if reason not in EVENTS:
        raise ValueError(f"unknown backup reason {reason!r}; expected one of {EVENTS}")
    return _event_backup(catalogue.store, f"pre-{reason}")


def backup_now(catalogue: Catalogue, target: Path | None = None) -> Path:
    """A manual backup (to `target`, or to the backups folder where it is never rotated)."""
    if target is not None:
        output_files.check_target(Path(target))  # an existing folder, a plain file or none
        return catalogue.store.backup_to(Path(target))
    folder = paths.backups_folder(catalogue.path)
    return catalogue.store.backup_to(folder / backups.backup_name(catalogue.path, MANUAL))


def backup_before_migration(path: Path, version: int) -> None:
    """Called by the store before it migrates a file from `version` (file not yet open)."""
    folder = paths.backups_folder(path)
    reason = "pre-migration"
    backups.backup_file(path, folder / backups.backup_name(path, reason))
    backups.rotate(folder, path, reason, EVENT_KEPT)


def list_backups(catalogue_path: Path | str) -> list[BackupInfo]:
    """The backups of a catalogue, newest first, with reason and record counts."""
    path = Path(catalogue_path)
    return backups.list_backups(paths.backups_folder(path), path)


def newest_good_backup(catalogue_path: Path | str) -> BackupInfo | None:
    """The newest backup that passes `integrity_check` and this program can read, if any."""
    for info in list_backups(catalogue_path):
        if not info.readable:
            continue
        try:
            return backups.check_restorable(info.path)
        except CatalogueError:
            continue
    return None


# Restore ---------------------------------------------------------------------------------


def restore_backup(
    catalogue_path: Path | str | None, backup_path: Path | str, *, timeout: float = 5.0
) -> RestoreResult:
    """Replace a catalogue file by a verified backup, keeping a backup of the current file.

    Safe while another program has the file open: the copy is one write transaction through
    SQLite's backup API (others see either the old or the restored catalogue), and when that
    program is writing, this waits `timeout` seconds and then raises `CatalogueBusy` with
    the file unchanged. A damaged or foreign file is first copied byte for byte, then
    replaced whole.
    """
    target = Path(catalogue_path) if catalogue_path else paths.default_catalogue()
    source = Path(backup_path)
    if not source.is_file():
        raise CatalogueMissing("catalogue_missing", source)
    refuse_non_file(target)  # a device or a folder named as the catalogue is not replaced
    info = backups.check_restorable(source)
    previous = _keep_current(target) if target.exists() and target.stat().st_size else None
    if previous is None or not _readable_catalogue(target):
        backups.replace_file(source, target)
    else:
        backups.restore_file(source, target, timeout=timeout)
    return RestoreResult(target, source, previous, info.counts)


def restore_into(catalogue: Catalogue, backup_path: Path | str) -> RestoreResult:
    """Restore a backup into the catalogue the window has open, through its own connection."""
    source = Path(backup_path)
    if not source.is_file():
        raise CatalogueMissing("catalogue_missing", source)
    info = backups.check_restorable(source)
    previous = backup_before(catalogue, "restore")
    catalogue.store.restore_from(source)
    return RestoreResult(catalogue.path, source, previous, info.counts)


def rebuild_indexes(catalogue: Catalogue) -> int:
    """Rewrite the search index and the axis/country filter tables from the records.

    The repair for a failed `search_rows`, `search_index` or `derived_tables` check: the
    records are the truth and everything rebuilt comes from them, in one transaction.
    """
    return catalogue.store.rebuild_search()


INDEX_CHECKS = frozenset({"search_index", "search_rows", "derived_tables", "vocabulary_references"})


# Private ---------------------------------------------------------------------------------


def _event_backup(store: Store, reason: str) -> Path:
    folder = paths.backups_folder(store.path)
    written = store.backup_to(folder / backups.backup_name(store.path, reason))
    backups.rotate(folder, store.path, reason, EVENT_KEPT)
    return written


def _keep_current(target: Path) -> Path:
    """Back up the file about to be replaced; byte-copy it when SQLite cannot read it."""
    folder = paths.backups_folder(target)
    name = folder / backups.backup_name(target, "pre-restore")
    try:
        written = backups.backup_file(target, name)
    except (BackupFailed, CatalogueDamaged, NotACatalogue):
        written = backups.copy_raw(target, name)
    backups.rotate(folder, target, "pre-restore", EVENT_KEPT)
    return written


def _readable_catalogue(path: Path) -> bool:
    try:
        backups.check_restorable(path)
    except CatalogueError:
        return False
    return True


def _named_backups(folder: Path, catalogue: Path) -> list[BackupInfo]:
    """Backups by name only (no file opened): enough to know whether today's exists."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{catalogue.stem}-*{backups.BACKUP_SUFFIX}"):
        taken_at, reason = backups.parse_name(path)
        found.append(BackupInfo(path, taken_at, reason, 0))
    return found
