"""A full disk and a file or folder that cannot be written: a clear error, nothing lost.

Tests run as root here, where chmod does not stop writes, so the conditions are made
another way: `PRAGMA max_page_count` makes the file "full", a read-only SQLite connection
(URI `mode=ro`) stands for a read-only file, and a regular file where a folder should be
stands for a folder that cannot be written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue
from lazos_desktop.store import connection
from lazos_desktop.store.errors import CatalogueFull, CatalogueMissing, CatalogueReadOnly


def practice(title: str) -> Practice:
    return Practice(
        title=title, countries=["UY"], axes=["empleo"], synthetic=True, source="prueba (sintético)"
    )


def fill_up(catalogue: Catalogue) -> None:
    pages = catalogue.store.db.execute("PRAGMA page_count").fetchone()[0]
    catalogue.store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_refuses_a_bulk_write_whole(catalogue: Catalogue) -> None:
    before = catalogue.stats()
    fill_up(catalogue)
    with pytest.raises(CatalogueFull) as caught:
        catalogue.add_synthetic(2000, seed=5)
    for lang, words in (("es", "espacio"), ("en", "room"), ("pt", "espaço")):
        assert words in caught.value.message(lang)
    assert "Nothing was changed" in caught.value.message("en")
    assert caught.value.exit_code == 1
    assert catalogue.stats() == before
    assert catalogue.check().ok
    catalogue.store.db.execute("PRAGMA max_page_count = 1073741823")
    assert catalogue.add_synthetic(50, seed=5) == 50


def test_a_full_disk_refuses_one_edit_and_keeps_the_old_text(catalogue: Catalogue) -> None:
    record = catalogue.get("BP-001")
    fill_up(catalogue)
    with pytest.raises(CatalogueFull):
        catalogue.update(record.model_copy(update={"description": "texto largo " * 50_000}))
    assert catalogue.get("BP-001") == record
    assert [e for e in catalogue.history(record.id) if e.field == "description"] == []
    catalogue.close()
    reopened = Catalogue.open(catalogue.path)
    assert reopened.get("BP-001") == record
    assert reopened.check().ok
    reopened.close()


def test_full_disk_through_the_command_line(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from lazos_desktop import cli

    catalogue.close()
    real_open = connection.open_database

    def open_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        db, is_new = real_open(*args, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        return db, is_new

    monkeypatch.setattr("lazos_desktop.store.catalogue_store.open_database", open_full)
    code = cli.main(
        ["--db", str(catalogue.path), "--lang", "en", "demo-data", "--synthetic", "500"]
    )
    assert code == 1
    assert "There is no room left" in capsys.readouterr().err
    reopened = Catalogue.open(catalogue.path)
    assert reopened.stats()["synthetic"]["practice"] == 0
    reopened.close()


def read_only_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect

    def connect_read_only(target: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real_connect(f"file:{target}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", connect_read_only)


def test_a_read_only_file_opens_for_reading_and_refuses_writes(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue.close()
    before = catalogue.path.read_bytes()
    read_only_connections(monkeypatch)
    opened = Catalogue.open(catalogue.path)
    assert opened.stats()["total"] > 0
    with pytest.raises(CatalogueReadOnly) as caught:
        opened.create(practice("no se guarda"))
    assert "No se modificó nada" in caught.value.message("es")
    with pytest.raises(CatalogueReadOnly):
        opened.delete("BP-001")
    assert opened.get("BP-001").code == "BP-001"
    opened.close()
    assert catalogue.path.read_bytes() == before


def test_a_new_catalogue_in_a_read_only_place_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_connections(monkeypatch)
    with pytest.raises((CatalogueReadOnly, CatalogueMissing)) as caught:
        Catalogue.open(tmp_path / "nuevo.sqlite3")
    assert "nuevo.sqlite3" in caught.value.message("es")


def test_a_folder_that_cannot_hold_the_catalogue(tmp_path: Path) -> None:
    blocker = tmp_path / "no-es-carpeta"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(CatalogueMissing) as caught:
        Catalogue.open(blocker / "catalogo.sqlite3")
    assert "no-es-carpeta" in caught.value.message("es")
