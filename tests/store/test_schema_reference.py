"""The stored reference schema (`store/schema_reference.py`) is what the migrations make:
a catalogue's opening reads it instead of running the 8 migrations in memory, so it must
never differ from them, and it is set aside whenever it may (other migrations, another
SQLite, another number of versions)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.store import migrations, schema_objects, schema_reference
from lazos_desktop.store.errors import ForeignCatalogue


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    def clear() -> None:
        schema_objects._stored_snapshots.cache_clear()
        schema_objects.reference.cache_clear()

    clear()
    yield
    clear()


def test_the_stored_module_was_written_from_these_migrations() -> None:
    """Fails when a migration changed and `python tools/write_schema_reference.py` was not run."""
    assert schema_objects.migrations_digest() == schema_reference.MIGRATIONS_SHA256
    assert len(schema_reference.SNAPSHOTS) == migrations.SCHEMA_VERSION + 1


def test_the_stored_snapshots_are_what_the_migrations_make() -> None:
    if sqlite3.sqlite_version != schema_reference.SQLITE_VERSION:
        assert schema_objects._stored_snapshots() is None  # another SQLite: built here
    else:
        assert schema_objects._stored_snapshots() == schema_objects._snapshots()
    for version in range(migrations.SCHEMA_VERSION + 1):
        assert schema_objects.reference(version) == schema_objects._snapshots()[version]


def test_the_module_is_the_one_the_tool_writes() -> None:
    """Same objects in the same order: the file was not edited by hand after writing."""
    namespace: dict[str, object] = {}
    exec(schema_objects.reference_module(), namespace)  # noqa: S102 - our own generated text
    if sqlite3.sqlite_version == schema_reference.SQLITE_VERSION:
        assert namespace["OBJECTS"] == schema_reference.OBJECTS
        assert namespace["SNAPSHOTS"] == schema_reference.SNAPSHOTS


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MIGRATIONS_SHA256", "0" * 64),
        ("SQLITE_VERSION", "3.0.0"),
        ("SNAPSHOTS", schema_reference.SNAPSHOTS[:-1]),
    ],
)
def test_a_stale_module_is_set_aside(
    name: str, value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_reference, name, value)
    assert schema_objects._stored_snapshots() is None
    top = migrations.SCHEMA_VERSION
    assert schema_objects.reference(top) == schema_objects._snapshots()[top]


def test_opening_an_existing_catalogue_runs_no_migration_in_memory(
    catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sqlite3.sqlite_version != schema_reference.SQLITE_VERSION:
        pytest.skip("the stored reference was written over another SQLite")
    Catalogue.open(catalogue_path, officer="Ana").close()

    def refuse() -> None:
        raise AssertionError("the reference schema was built from the migrations")

    monkeypatch.setattr(schema_objects, "_snapshots", refuse)
    Catalogue.open(catalogue_path, officer="Ana").close()


def test_a_foreign_trigger_is_refused_against_the_stored_reference(
    catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Catalogue.open(catalogue_path, officer="Ana").close()
    with sqlite3.connect(catalogue_path) as connection:
        connection.execute(
            "CREATE TRIGGER empty_toolbox AFTER INSERT ON history BEGIN DELETE FROM records; END"
        )
    connection.close()
    monkeypatch.setattr(schema_objects, "_snapshots", lambda: pytest.fail("built"))
    if sqlite3.sqlite_version != schema_reference.SQLITE_VERSION:
        monkeypatch.undo()
    with pytest.raises(ForeignCatalogue):
        Catalogue.open(catalogue_path, officer="Ana")
