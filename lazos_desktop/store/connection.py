"""Opening a catalogue file: the one place that owns the SQLite connection settings."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lazos_desktop.store import (
    catalogue_database,
    held_files,
    journals,
    migrations,
    output_files,
    schema_objects,
)
from lazos_desktop.store.defensive import harden, trust_verified_schema
from lazos_desktop.store.errors import (
    CatalogueDamaged,
    CatalogueMissing,
    CatalogueReadOnly,
    CatalogueTooNew,
    ForeignCatalogue,
    NotACatalogue,
    as_catalogue_error,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def open_database(
    path: Path,
    *,
    create: bool = True,
    before_migration: Callable[[Path, int], None] | None = None,
) -> tuple[Database, bool]:
    """Open (and create or migrate) the catalogue at `path`; returns the db and whether it is new.

    `before_migration(path, version)` runs before an existing file is changed by a migration,
    so that a backup exists of the file as it was.
    """
    path = Path(path)
    refuse_non_file(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise CatalogueMissing("catalogue_missing", path)
    if is_new and not path.parent.is_dir():
        raise CatalogueMissing("folder_missing", path, folder=str(path.parent))
    if not is_new:
        journals.guard(path)
        output_files.remove_stale_temporaries(path)  # a restore killed half-way
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.OperationalError as error:
        raise CatalogueReadOnly("cannot_write", path, detail=str(error)) from error
    # Reading goes to the connection itself; sqlite-utils loads with the first write (and no
    # plugin of it runs on a catalogue): `catalogue_database`.
    db = catalogue_database.over(conn)
    try:
        harden(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = _identify(db, path, is_new)
        if not is_new:
            refuse_foreign_objects(conn, path, version)
        trust_verified_schema(conn)
        _configure(db)
        if version < migrations.SCHEMA_VERSION:
            if version > 0 and before_migration is not None:
                before_migration(path, version)
            migrations.apply(db, version)
        if migrations.needs_compacting(db, version):
            migrations.compact(db)
    except sqlite3.OperationalError as error:
        conn.close()
        raise as_catalogue_error(error, path) from error
    except sqlite3.DatabaseError as error:
        conn.close()
        if error.sqlite_errorcode == sqlite3.SQLITE_NOTADB and not looks_like_sqlite(path):
            raise NotACatalogue("not_a_catalogue", path) from error
        raise CatalogueDamaged("catalogue_damaged", path, detail=str(error)) from error
    except Exception:
        conn.close()
        raise
    return db, is_new


def refuse_non_file(path: Path) -> None:
    """`NotACatalogue` when `path` names something other than a plain file (or nothing):
    a folder, a FIFO (which SQLite would wait on), a device. SQLite reads `/dev/zero` as an
    empty database and writes into it without a word, and a restore replaced `/dev/null`
    itself by a catalogue."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return  # no file there: the caller says which folder is missing
    except OSError as error:
        raise CatalogueReadOnly("cannot_read", path, detail=error.strerror or str(error)) from error
    if not stat.S_ISREG(mode):
        raise NotACatalogue(f"catalogue_is_{output_files.kind_of(mode)}", path)


def looks_like_sqlite(path: Path) -> bool:
    """Whether a file SQLite refused ("not a database") at least starts as an SQLite file.

    Asked only after SQLite failed to read it, so a healthy catalogue is never read here;
    while another connection of this process holds the file its bytes are not read (that
    would drop its locks) and the file, which that connection opened as a catalogue,
    counts as a damaged one.
    """
    prefix = held_files.read_prefix(path, len(SQLITE_HEADER))
    return prefix is None or prefix == SQLITE_HEADER


def refuse_foreign_objects(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise `ForeignCatalogue` unless every schema object is one the migrations create.

    Runs before anything writes to the file (journal mode, migrations), so a refused file
    is left byte for byte as it was.
    """
    comparison = schema_objects.compare(conn, version)
    if not comparison.conforms:
        raise ForeignCatalogue("foreign_schema", path, objects=comparison.foreign_names())


def _configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    # FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on a power cut,
    # and an officer's edit that the window showed as saved must survive a flat battery.
    db.execute("PRAGMA synchronous = FULL")


def _identify(db: Database, path: Path, is_new: bool) -> int:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    if is_new:
        return version
    if application_id != migrations.APPLICATION_ID:
        has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if has_tables or version:
            raise NotACatalogue("not_a_catalogue", path)
    if version > migrations.SCHEMA_VERSION:
        raise CatalogueTooNew(
            "catalogue_too_new", path, version=version, known=migrations.SCHEMA_VERSION
        )
    return version
