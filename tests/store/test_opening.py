from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.store import migrations
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.errors import (
    CatalogueDamaged,
    CatalogueMissing,
    CatalogueTooNew,
    NotACatalogue,
)


def test_new_file_gets_the_whole_schema_wal_and_foreign_keys(catalogue_path: Path) -> None:
    store = Store(catalogue_path)
    assert store.is_new
    assert store.schema_version() == migrations.SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    tables = set(store.db.table_names())
    assert {"records", "links", "history", "vocab", "search", "attachments"} <= tables
    store.close()


def test_reopening_keeps_data_and_does_not_reseed(catalogue_path: Path) -> None:
    first = Catalogue.open(catalogue_path)
    count = first.stats()["total"]
    first.close()
    again = Catalogue.open(catalogue_path)
    assert not again.store.is_new
    assert again.stats()["total"] == count > 0
    again.close()


def test_newer_schema_is_refused_and_left_unchanged(catalogue_path: Path) -> None:
    Catalogue.open(catalogue_path).close()
    raw = sqlite3.connect(catalogue_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    raw.close()
    before = catalogue_path.read_bytes()
    with pytest.raises(CatalogueTooNew) as caught:
        Store(catalogue_path)
    assert caught.value.exit_code == 3
    assert "más reciente" in caught.value.message("es")
    assert catalogue_path.read_bytes() == before


def test_text_file_is_named_as_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "notas.txt"
    path.write_text("no soy una base de datos", encoding="utf-8")
    with pytest.raises(NotACatalogue) as caught:
        Store(path)
    assert str(path) in caught.value.message("es")


def test_foreign_sqlite_file_is_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "otra.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(NotACatalogue):
        Store(path)


def test_damaged_file_gives_a_clear_error(catalogue_path: Path) -> None:
    Catalogue.open(catalogue_path).close()
    data = bytearray(catalogue_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    catalogue_path.write_bytes(bytes(data))
    with pytest.raises(CatalogueDamaged) as caught:
        Store(catalogue_path)
    assert caught.value.exit_code == 3


def test_missing_folder_is_named_and_nothing_is_created(tmp_path: Path) -> None:
    target = tmp_path / "no-existe" / "catalogo.sqlite3"
    with pytest.raises(CatalogueMissing) as caught:
        Store(target)
    assert "no-existe" in caught.value.message("es")
    assert not target.parent.exists()


def test_migration_from_an_older_version_takes_a_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "viejo.sqlite3"
    Catalogue.open(path).close()
    calls: list[int] = []

    def extra_step(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE extra (x TEXT)")

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    store = Store(path, before_migration=lambda p, version: calls.append(version))
    assert calls == [current]
    assert store.schema_version() == current + 1
    assert "extra" in store.db.table_names()
    store.close()
