"""Restoring a backup: the current file is kept first, bad backups are refused, and another
connection that has the file open is never harmed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue, safety
from lazos_desktop.store import backups, connection, migrations
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.errors import (
    CatalogueBusy,
    CatalogueDamaged,
    CatalogueMissing,
    CatalogueTooNew,
    NotACatalogue,
)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


def total(path: Path) -> int:
    store = Store(path, create=False)
    try:
        return sum(store.counts_by_kind().values())
    finally:
        store.close()


@pytest.fixture
def saved(catalogue: Catalogue) -> Path:
    """A backup of the seeded catalogue, then 30 more records in the catalogue itself."""
    written = catalogue.backup()
    catalogue.add_synthetic(30, seed=2)
    return written


def test_restore_keeps_the_current_file_first(catalogue: Catalogue, saved: Path) -> None:
    seeded, grown = total(saved), catalogue.stats()["total"]
    catalogue.close()
    result = safety.restore_backup(catalogue.path, saved)
    assert total(catalogue.path) == seeded
    assert result.previous is not None and total(result.previous) == grown
    assert safety.list_backups(catalogue.path)[0].reason == "pre-restore"
    assert result.as_json()["records"] == backups.inspect(saved).counts


def test_restore_while_another_connection_reads_the_file(catalogue: Catalogue, saved: Path) -> None:
    seeded = total(saved)
    assert catalogue.stats()["total"] == seeded + 30
    safety.restore_backup(catalogue.path, saved)
    # The open connection (the window) now reads the restored catalogue, undamaged.
    assert catalogue.stats()["total"] == seeded
    assert catalogue.check().ok
    catalogue.create(catalogue.get("BP-001").model_copy(update={"id": _uuid(), "code": ""}))
    assert catalogue.stats()["total"] == seeded + 1


def test_restore_while_another_connection_writes_says_busy(
    catalogue: Catalogue, saved: Path
) -> None:
    before = catalogue.stats()["total"]
    with catalogue.store.transaction():
        catalogue.store.set_meta("held", "yes")
        with pytest.raises(CatalogueBusy) as caught:
            safety.restore_backup(catalogue.path, saved, timeout=0.2)
    assert "en uso" in caught.value.message("es")
    assert catalogue.stats()["total"] == before
    assert catalogue.check().ok


def test_restore_into_the_open_window_catalogue(catalogue: Catalogue, saved: Path) -> None:
    seeded = total(saved)
    result = safety.restore_into(catalogue, saved)
    assert catalogue.stats()["total"] == seeded
    assert result.previous is not None and total(result.previous) == seeded + 30
    assert catalogue.vocabularies().codes("axis")


def test_restore_over_a_damaged_file_keeps_a_raw_copy(catalogue: Catalogue, saved: Path) -> None:
    catalogue.close()
    damage(catalogue.path)
    damaged_bytes = catalogue.path.read_bytes()
    with pytest.raises(CatalogueDamaged):
        Catalogue.open(catalogue.path)
    result = safety.restore_backup(catalogue.path, saved)
    assert total(catalogue.path) == total(saved)
    assert result.previous is not None and result.previous.read_bytes() == damaged_bytes
    reopened = Catalogue.open(catalogue.path)
    assert reopened.check().ok
    reopened.close()


def test_restore_into_a_missing_file(tmp_path: Path, catalogue: Catalogue, saved: Path) -> None:
    target = tmp_path / "nuevo.sqlite3"
    result = safety.restore_backup(target, saved)
    assert result.previous is None
    assert total(target) == total(saved)


@pytest.mark.parametrize("kind", ["text", "foreign", "damaged", "newer", "missing"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    catalogue: Catalogue, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / f"{kind}.backup.sqlite3"
    expected: type[Exception]
    if kind == "text":
        bad.write_text("hola", encoding="utf-8")
        expected = NotACatalogue
    elif kind == "foreign":
        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE t (x)")
        other.commit()
        other.close()
        expected = NotACatalogue
    elif kind == "damaged":
        catalogue.backup(bad)
        damage(bad)
        expected = CatalogueDamaged
    elif kind == "newer":
        catalogue.backup(bad)
        other = sqlite3.connect(bad)
        other.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
        other.close()
        expected = CatalogueTooNew
    else:
        expected = CatalogueMissing
    before = catalogue.stats()
    with pytest.raises(expected) as caught:
        safety.restore_backup(catalogue.path, bad)
    assert caught.value.exit_code == (1 if kind == "missing" else 3)  # type: ignore[attr-defined]
    assert catalogue.stats() == before
    assert [i.reason for i in safety.list_backups(catalogue.path)] == []


def test_newest_good_backup_for_a_damaged_catalogue(catalogue: Catalogue) -> None:
    older = catalogue.backup()
    newer = safety.backup_before(catalogue, "import")
    catalogue.close()
    damage(newer)
    damage(catalogue.path)
    good = safety.newest_good_backup(catalogue.path)
    assert good is not None and good.path == older


def test_busy_opening_is_named(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    with catalogue.store.transaction():
        catalogue.store.set_meta("held", "yes")
        other = Catalogue.open(catalogue.path)
        with pytest.raises(CatalogueBusy):
            other.store.set_meta("other", "yes")
        other.close()


def _uuid() -> str:
    import uuid

    return str(uuid.uuid4())
