"""Whether every object in a catalogue file is one this program's migrations create.

A catalogue received from outside is input: a trigger of its own (one that empties the
toolbox on every history insert), a view standing in for a table, an extra table or index,
or a table whose SQL differs from ours would run inside the officer's catalogue with every
import and edit. The reference is what the migrations create in an empty database, one
snapshot per schema version, built once per process; a file at version N must hold only
objects of the snapshot N, compared by type, name, table and SQL (whitespace outside quotes
normalised, nothing else).
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

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
    """What the migrations up to `version` create, from an in-memory database."""
    return _snapshots()[max(0, min(version, migrations.SCHEMA_VERSION))]


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


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN])
    return shown + (f" (+{len(items) - SHOWN})" if len(items) > SHOWN else "")
