"""The store's database object reads through the connection and writes through sqlite-utils,
with sqlite-utils' own results: the same reference schema, writes committed the same way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from lazos_desktop.store import catalogue_database, migrations, schema_objects
from lazos_desktop.store.catalogue_database import CatalogueDatabase, statements


def test_the_reference_schema_is_the_one_sqlite_utils_builds() -> None:
    full = Database(memory=True, execute_plugins=False)
    expected = [schema_objects.read_objects(full.conn)]
    for number, step in migrations.pending(0):
        with full.atomic():
            step(full)
            full.execute(f"PRAGMA user_version = {number}")
        expected.append(schema_objects.read_objects(full.conn))
    assert schema_objects._snapshots() == tuple(expected)


def test_a_script_is_cut_where_sqlite_says_a_statement_ends() -> None:
    script = """
        CREATE TABLE t (a TEXT DEFAULT 'x;y');  -- a comment; with a semicolon
        CREATE TRIGGER t_copy AFTER INSERT ON t BEGIN
            INSERT INTO u VALUES (new.a);
            INSERT INTO u VALUES ('two;parts');
        END;
        /* ; */ CREATE TABLE u (a TEXT)
    """
    found = statements(script)
    assert len(found) == 3
    assert found[1].strip().startswith("-- a comment; with a semicolon\n")
    assert "END;" in found[1] and "'two;parts'" in found[1]
    connection = sqlite3.connect(":memory:")
    db = CatalogueDatabase(connection)
    connection.execute("BEGIN")
    db.executescript(script)  # inside a transaction: one statement at a time
    assert connection.in_transaction
    connection.execute("COMMIT")
    connection.execute("INSERT INTO t VALUES ('v')")
    assert connection.execute("SELECT a FROM u ORDER BY a").fetchall() == [("two;parts",), ("v",)]


def test_a_write_outside_a_transaction_is_committed_as_sqlite_utils_commits_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "probe.sqlite3"
    db = catalogue_database.over(sqlite3.connect(path))
    db.execute("CREATE TABLE t (a INTEGER PRIMARY KEY)")
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction
    other = sqlite3.connect(path)
    assert other.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction  # the failed statement left no transaction open
    with db.atomic():
        db.execute("INSERT INTO t VALUES (2)")
    db["t"].insert({"a": 3})
    assert other.execute("SELECT a FROM t ORDER BY a").fetchall() == [(1,), (2,), (3,)]
    other.close()
    db.close()
