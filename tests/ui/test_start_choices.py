"""What a start of the window takes from its command line: the officer, a one-off file, and
a question before a file that does not exist is created."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lazos_desktop import cli
from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui import app, dialogs
from lazos_desktop.ui.main_window import MainWindow
from lazos_desktop.ui.settings import LAST_CATALOGUE, OFFICER_NAME, RECENT_FILES, Settings


def edit_title(window: MainWindow, code: str, title: str) -> None:
    record = window.catalogue.get(code)
    window.operations.change(
        lambda catalogue: catalogue.update(record.model_copy(update={"title": title})),
        lambda change: f"edición de {code}",
    )


def test_the_window_stamps_changes_with_the_officer_given_on_the_command_line(
    qtbot: QtBot, catalogue_path: Path
) -> None:
    Settings().set(OFFICER_NAME, "Ana Pérez")
    Catalogue.open(catalogue_path).close()
    window = app.prepare_window(catalogue_path, "es", officer="Bruno Díaz")
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    edit_title(window, "BP-001", "Título cambiado por Bruno")
    newest = window.catalogue.history(window.catalogue.get("BP-001").id)[0]
    assert newest.who == "Bruno Díaz"
    assert window.catalogue.get("BP-001").updated_by == "Bruno Díaz"
    assert Settings().get(OFFICER_NAME) == "Ana Pérez"  # a one-off name is not remembered
    window.close()


def test_the_command_line_hands_its_officer_to_the_window(
    monkeypatch: pytest.MonkeyPatch, catalogue_path: Path
) -> None:
    started: list[tuple[object, ...]] = []
    monkeypatch.setattr(app, "run", lambda *given: started.append(given) or 0)
    assert cli.main(["--db", str(catalogue_path), "--officer", "Bruno Díaz"]) == 0
    assert started == [(catalogue_path, None, "Bruno Díaz")]


def test_a_one_off_db_is_remembered_as_recent_not_as_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    usual, visiting = tmp_path / "mio.sqlite3", tmp_path / "colega.sqlite3"
    Catalogue.open(usual).close()
    Catalogue.open(visiting).close()
    settings = Settings()
    settings.set(OFFICER_NAME, "Ana")
    settings.remember_catalogue(str(usual))
    window = app.prepare_window(visiting, "es")
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert window.catalogue.path == visiting
    window.close()
    assert Settings().get(LAST_CATALOGUE) == str(usual)
    assert Settings().get(RECENT_FILES)[:2] == [str(visiting), str(usual)]
    plain = app.prepare_window(None, "es")  # the next plain start
    assert not isinstance(plain, int)
    qtbot.addWidget(plain)
    assert plain.catalogue.path == usual
    plain.close()


@pytest.mark.parametrize("answer", [False, True])
def test_the_window_asks_before_creating_a_missing_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answer: bool
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    missing = tmp_path / "mal-escrito.sqlite3"
    asked: list[Path] = []

    def confirm(parent: object, path: Path) -> bool:
        asked.append(path)
        return answer

    monkeypatch.setattr(dialogs, "confirm_create_catalogue", confirm)
    window = app.prepare_window(missing, "es")
    assert asked == [missing]
    if not answer:
        assert window == 0
        assert not missing.exists()
        return
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert missing.is_file() and window.catalogue.count(RecordQuery()) > 0
    window.close()
