"""The window refuses a catalogue with objects of someone else's and offers its records in a
clean catalogue (at start and from "Abrir catálogo"); the refused file is never changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui import app, dialogs
from lazos_desktop.ui.settings import OFFICER_NAME, Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "recibido.sqlite3"
    Catalogue.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON history "
        "BEGIN DELETE FROM records WHERE kind = 'toolbox'; END"
    )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.commit()
    connection.close()
    return path


def answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[tuple[str, Path]]:
    asked: list[tuple[str, Path]] = []

    def offer(parent: object, message: str, clean: Path) -> bool:
        asked.append((message, clean))
        return yes

    monkeypatch.setattr(dialogs, "offer_clean_import", offer)
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, message: asked.append((message, Path()))
    )
    return asked


def test_at_start_the_offer_accepted_opens_a_clean_catalogue_with_the_records(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, hostile: Path
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    held = Catalogue.open(hostile.with_name("referencia.sqlite3"))
    expected = held.count(RecordQuery())
    held.close()
    before = hostile.read_bytes()
    asked = answer(monkeypatch, True)
    window = app.prepare_window(hostile)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert "wipe" in asked[0][0]
    assert window.catalogue.path == asked[0][1] != hostile
    assert window.catalogue.count(RecordQuery()) == expected
    assert window.catalogue.check().ok
    assert hostile.read_bytes() == before
    window.close()


def test_at_start_the_offer_declined_exits_3_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, hostile: Path
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    before = hostile.read_bytes()
    asked = answer(monkeypatch, False)
    assert app.prepare_window(hostile) == 3
    assert hostile.read_bytes() == before
    assert not asked[0][1].exists()


def test_opening_it_from_the_window_offers_the_same(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, hostile: Path, catalogue_path: Path
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    Catalogue.open(catalogue_path).close()
    window = app.prepare_window(catalogue_path)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    asked = answer(monkeypatch, True)
    assert window.open_catalogue(hostile)
    assert window.catalogue.path == asked[0][1]
    assert window.catalogue.count(RecordQuery()) > 0
    window.close()


def test_records_that_do_not_import_leave_no_clean_catalogue_and_say_why(
    monkeypatch: pytest.MonkeyPatch, hostile: Path
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    connection = sqlite3.connect(hostile)
    connection.execute("UPDATE records SET data = '{roto' WHERE code = 'BP-001'")
    connection.commit()
    connection.close()
    asked = answer(monkeypatch, True)
    assert app.prepare_window(hostile) == 3
    clean = asked[0][1]
    assert not clean.exists()
    assert "No se creó el catálogo limpio" in asked[1][0]
