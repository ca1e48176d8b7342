"""Automatic and manual backups: when they are taken, how they rotate, how they are listed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lazos_desktop import paths
from lazos_desktop.services import Catalogue, safety
from lazos_desktop.store import backups, migrations
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.errors import BackupFailed, OutputRefused


def reasons(path: Path) -> list[str]:
    return [info.reason for info in safety.list_backups(path)]


def test_first_open_takes_no_backup_and_the_second_takes_todays(catalogue_path: Path) -> None:
    Catalogue.open(catalogue_path).close()
    assert reasons(catalogue_path) == []
    Catalogue.open(catalogue_path).close()
    Catalogue.open(catalogue_path).close()
    assert reasons(catalogue_path) == ["daily"]


@pytest.fixture
def reopened(catalogue: Catalogue) -> Iterator[Catalogue]:
    """The seeded catalogue opened a second time, as an existing file (not new)."""
    catalogue.close()
    again = Catalogue.open(catalogue.path)
    for info in safety.list_backups(again.path):
        info.path.unlink()
    yield again
    again.close()


def test_daily_backups_rotate_to_the_last_seven(reopened: Catalogue) -> None:
    catalogue = reopened
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    for day in range(10):
        written = safety.ensure_daily_backup(catalogue.store, start + timedelta(days=day))
        assert written is not None
        again = safety.ensure_daily_backup(catalogue.store, start + timedelta(days=day, hours=3))
        assert again is None
    found = safety.list_backups(catalogue.path)
    assert [info.reason for info in found] == ["daily"] * 7
    assert [info.taken_at.day for info in found] == [10, 9, 8, 7, 6, 5, 4]


def test_event_backups_rotate_per_reason_and_manual_ones_stay(catalogue: Catalogue) -> None:
    for _ in range(safety.EVENT_KEPT + 2):
        safety.backup_before(catalogue, "import")
    safety.backup_before(catalogue, "restore")
    for _ in range(8):
        catalogue.backup()
    counted = reasons(catalogue.path)
    assert counted.count("pre-import") == safety.EVENT_KEPT
    assert counted.count("pre-restore") == 1
    assert counted.count("manual") == 8
    with pytest.raises(ValueError):
        safety.backup_before(catalogue, "whim")


def test_listing_reads_counts_from_the_backup_itself(catalogue: Catalogue) -> None:
    before = catalogue.stats()["records"]
    written = safety.backup_before(catalogue, "import")
    catalogue.add_synthetic(20, seed=4)
    info = safety.list_backups(catalogue.path)[0]
    assert info.path == written
    assert info.reason == "pre-import"
    assert info.counts == before
    assert info.schema_version == migrations.SCHEMA_VERSION
    assert info.readable and info.size > 0
    payload = info.as_json()
    assert payload["records"] == before and payload["taken_at"].endswith("Z")


def test_backup_is_verified_and_read_only_listing_leaves_it_unchanged(catalogue: Catalogue) -> None:
    written = catalogue.backup()
    backups.verify(written)
    before = written.read_bytes()
    safety.list_backups(catalogue.path)
    safety.newest_good_backup(catalogue.path)
    assert written.read_bytes() == before
    assert not list(written.parent.glob("*.partial"))


def test_a_damaged_backup_is_listed_as_unreadable_and_skipped(catalogue: Catalogue) -> None:
    good = catalogue.backup()
    bad = safety.backup_before(catalogue, "import")
    data = bytearray(bad.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    bad.write_bytes(bytes(data))
    (bad.parent / "nota.backup.sqlite3").write_text("no soy una copia", encoding="utf-8")
    found = {info.path: info for info in safety.list_backups(catalogue.path)}
    assert not found[bad].readable and found[bad].problem
    assert found[good].readable
    newest = safety.newest_good_backup(catalogue.path)
    assert newest is not None and newest.path == good


def test_backups_of_two_catalogues_with_the_same_name_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = Catalogue.open(tmp_path / "a" / "catalogo.sqlite3")
    two = Catalogue.open(tmp_path / "b" / "catalogo.sqlite3", seed=False)
    one.backup()
    assert len(safety.list_backups(one.path)) == 1
    assert safety.list_backups(two.path) == []
    assert paths.backups_folder(one.path) != paths.backups_folder(two.path)
    one.close()
    two.close()


def test_a_migration_takes_a_backup_named_for_it(
    catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Catalogue.open(catalogue_path).close()
    current = migrations.SCHEMA_VERSION

    def extra_step(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE extra (x TEXT)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    migrated = Catalogue.open(catalogue_path)
    found = safety.list_backups(catalogue_path)
    pre = [info for info in found if info.reason == "pre-migration"]
    assert len(pre) == 1 and pre[0].schema_version == current
    assert migrated.store.schema_version() == current + 1
    migrated.close()


def test_unwritable_backup_folder_does_not_stop_the_catalogue_opening(
    catalogue_path: Path, _private_data_folder: Path
) -> None:
    Catalogue.open(catalogue_path).close()
    # A file where the backups folder should be: writing fails even for root.
    _private_data_folder.mkdir(parents=True, exist_ok=True)
    (_private_data_folder / "copias").write_text("", encoding="utf-8")
    opened = Catalogue.open(catalogue_path)
    assert isinstance(opened.backup_problem, BackupFailed)
    assert "copia de seguridad" in opened.backup_problem.message("es")
    assert opened.stats()["total"] > 0
    with pytest.raises(BackupFailed):
        opened.backup()
    opened.close()


def test_a_full_disk_during_a_backup_leaves_no_partial_file(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    def tiny_disk(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(target, *args, **kwargs)  # type: ignore[arg-type]
        if str(target).endswith(".part"):
            connection.execute("PRAGMA max_page_count = 3")
        return connection

    monkeypatch.setattr(backups.sqlite3, "connect", tiny_disk)
    with pytest.raises(BackupFailed) as caught:
        catalogue.backup()
    assert "full" in caught.value.message("en")
    folder = paths.backups_folder(catalogue.path)
    assert list(folder.glob("*")) == []


def test_backup_to_a_chosen_path(catalogue: Catalogue, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "mi-copia.sqlite3"
    with pytest.raises(OutputRefused):
        catalogue.backup(target)  # a mistyped or unplugged folder is not created
    assert not target.parent.exists()
    target.parent.mkdir()
    assert catalogue.backup(target) == target
    store = Store(target, create=False)
    assert store.counts_by_kind() == catalogue.store.counts_by_kind()
    store.close()
