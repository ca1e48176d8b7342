"""Whether every object in a catalogue file is one this program's migrations create.

A catalogue received from outside is input: a trigger of its own (one that empties the
toolbox on every history insert), a view standing in for a table, an extra table or index,
or a table whose SQL differs from ours would run inside the officer's catalogue with every
import and edit. The reference is what the migrations create in an empty database, one
snapshot per schema version; a file at version N must hold only objects of the snapshot N,
compared by type, name, table and SQL (whitespace outside quotes normalised, nothing else).

Running the 8 migrations in memory to learn that reference cost every opening (the window's
start, each command, a brief as a process) about 25 ms, though it is a pure function of the
migrations' code and of the SQLite library (`ALTER TABLE ... ADD COLUMN` edits a table's
stored SQL, in SQLite's own way). So the snapshots are stored in `schema_reference`, written
by `python tools/write_schema_reference.py`, with the digest of `migrations.py` and the
SQLite version they were made from. They are used only while both still hold (and the
module has a snapshot for every version); otherwise, as in a tree whose migrations were
edited or a build over another SQLite, the migrations run in memory as before. A test runs
the migrations and fails when the stored module differs from what they make, so the two
cannot drift apart unseen.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lazos_desktop.store import catalogue_database, migrations

# What SQLite itself may add to a catalogue of ours: statistics of `ANALYZE` or `PRAGMA
# optimize` (they steer the query planner only, and their SQL is SQLite's own).
_SQLITE_OWN = {
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    (
        "table",
        "sqlite_stat4",
        "sqlite_stat4",
        "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
}
SHOWN = 5


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One row of `sqlite_master`, with its SQL normalised for comparison."""

    type: str
    name: str
    table: str
    sql: str

    def describe(self) -> str:
        return f"{self.type} {self.name}"


@dataclass(frozen=True)
class SchemaComparison:
    """Objects of the file that the reference lacks (`foreign`) and the reverse (`missing`)."""

    foreign: tuple[SchemaObject, ...]
    missing: tuple[SchemaObject, ...]

    @property
    def conforms(self) -> bool:
        return not self.foreign

    @property
    def whole(self) -> bool:
        return not self.foreign and not self.missing

    def foreign_names(self) -> str:
        return _listed([item.describe() for item in self.foreign])

    def missing_names(self) -> str:
        return _listed([item.describe() for item in self.missing])


def compare(connection: sqlite3.Connection, version: int) -> SchemaComparison:
    """The file's objects against the reference of `version` (read from `sqlite_master`)."""
    found = read_objects(connection)
    wanted = reference(version)
    allowed = wanted | {SchemaObject(*row) for row in _SQLITE_OWN}
    foreign = tuple(sorted(found - allowed))
    missing = tuple(sorted(wanted - found))
    return SchemaComparison(foreign, missing)


def read_objects(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        SchemaObject(str(kind), str(name), str(table), normalise(sql))
        for kind, name, table, sql in rows
    )


@functools.cache
def reference(version: int) -> frozenset[SchemaObject]:
    """What the migrations up to `version` create: stored, or from an in-memory database."""
    snapshots = _stored_snapshots() or _snapshots()
    return snapshots[max(0, min(version, migrations.SCHEMA_VERSION))]


def normalise(sql: object) -> str:
    """SQL with every run of whitespace outside quotes made one space; NULL as ''."""
    if sql is None:
        return ""
    text = str(sql)
    out: list[str] = []
    quote = ""
    closing = {"'": "'", '"': '"', "`": "`", "[": "]"}
    pending_space = False
    for char in text:
        if quote:
            out.append(char)
            if char == closing[quote]:
                quote = ""
            continue
        if char.isspace():
            pending_space = True
            continue
        if pending_space and out:
            out.append(" ")
        pending_space = False
        out.append(char)
        if char in closing:
            quote = char
    return "".join(out)


@functools.cache
def _snapshots() -> tuple[frozenset[SchemaObject], ...]:
    """Each version's objects, made by running the migrations in an empty database."""
    connection = sqlite3.connect(":memory:")
    db = catalogue_database.over(connection)  # no sqlite-utils: every opening builds these
    try:
        snapshots = [read_objects(connection)]
        for number, step in migrations.pending(0):
            connection.execute("BEGIN")
            step(db)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
            snapshots.append(read_objects(connection))
    finally:
        connection.close()
    return tuple(snapshots)


def migrations_digest() -> str | None:
    """SHA-256 of `migrations.py` as it is on disk; None when its source is not there (a
    frozen build holds bytecode only, made from the source the tests checked)."""
    source = getattr(migrations, "__file__", None)
    if not source:
        return None
    try:
        return hashlib.sha256(Path(source).read_bytes()).hexdigest()
    except OSError:
        return None


@functools.cache
def _stored_snapshots() -> tuple[frozenset[SchemaObject], ...] | None:
    """The snapshots of `schema_reference`, or None when they may not be what the migrations
    make here: another SQLite, other migrations, another number of versions."""
    from lazos_desktop.store import schema_reference as stored

    digest = migrations_digest()
    if (
        sqlite3.sqlite_version != stored.SQLITE_VERSION
        or (digest is not None and digest != stored.MIGRATIONS_SHA256)
        or len(stored.SNAPSHOTS) != migrations.SCHEMA_VERSION + 1
    ):
        return None
    objects = [SchemaObject(*row) for row in stored.OBJECTS]
    return tuple(frozenset(objects[index] for index in indexes) for indexes in stored.SNAPSHOTS)


def reference_module() -> str:
    """The text of `schema_reference.py` for the migrations and SQLite of this process."""
    snapshots = _snapshots()
    objects = sorted(set().union(*snapshots))
    number = {item: index for index, item in enumerate(objects)}
    rows = [(o.type, o.name, o.table, o.sql) for o in objects]
    indexes = [tuple(sorted(number[item] for item in snapshot)) for snapshot in snapshots]
    return (
        '"""What the migrations create, one snapshot per schema version (`schema_objects`).\n\n'
        "Written by `python tools/write_schema_reference.py`; do not edit. OBJECTS are rows of\n"
        "`sqlite_master` (type, name, table, normalised SQL); SNAPSHOTS[n] the indexes of those\n"
        'a file at version n holds.\n"""\n\n'
        f"SQLITE_VERSION = {sqlite3.sqlite_version!r}\n"
        f"MIGRATIONS_SHA256 = {migrations_digest()!r}\n"
        f"OBJECTS: tuple[tuple[str, str, str, str], ...] = {tuple(rows)!r}\n"
        f"SNAPSHOTS: tuple[tuple[int, ...], ...] = {tuple(indexes)!r}\n"
    )


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN])
    return shown + (f" (+{len(items) - SHOWN})" if len(items) > SHOWN else "")
