"""The first run: the welcome screen from the keyboard, its live language, and what
`prepare_window` does with the answer (no test ever waits on the modal screen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lazos_desktop.services import Catalogue
from lazos_desktop.services.seeds import seed_counts
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui import app, first_run
from lazos_desktop.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
from lazos_desktop.ui.i18n import install_language
from lazos_desktop.ui.settings import (
    LANGUAGE,
    LAST_CATALOGUE,
    OFFICER_NAME,
    RECENT_FILES,
    Settings,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def welcome(qtbot: QtBot, tmp_path: Path):  # noqa: ANN201
    dialog = WelcomeDialog(tmp_path / "catalogo.sqlite3", False, seed_counts(), "es")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    yield dialog
    install_language("es")


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_the_keyboard_walks_name_language_starts_and_buttons(
    qtbot: QtBot, welcome: WelcomeDialog
) -> None:
    assert focused() is welcome.officer
    order = [welcome.officer]
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [
        welcome.officer,
        welcome.language,
        welcome.seeded,
        # Radio buttons of one group are a single tab stop; the arrows move between them.
        welcome.start_button,
        welcome.leave_button,
        welcome.officer,
    ]
    qtbot.keyClick(welcome.officer, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert welcome.empty.isChecked() and not welcome.seeded.isChecked()


def test_enter_without_a_name_asks_for_it_and_enter_with_one_starts(
    qtbot: QtBot, welcome: WelcomeDialog
) -> None:
    qtbot.keyClick(welcome.officer, Qt.Key.Key_Return)
    assert welcome.isVisible() and welcome.result() == 0
    assert welcome.problem.isVisible()
    assert welcome.problem.text() == "Escriba su nombre para empezar."
    qtbot.keyClicks(welcome.officer, "  Ana Paz ")
    assert not welcome.problem.isVisible()
    qtbot.keyClick(welcome.officer, Qt.Key.Key_Return)
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted
    assert welcome.choice() == WelcomeChoice("Ana Paz", "es", True)


def test_escape_leaves(qtbot: QtBot, welcome: WelcomeDialog) -> None:
    qtbot.keyClicks(welcome.officer, "Ana")
    qtbot.keyClick(welcome.officer, Qt.Key.Key_Escape)
    assert not welcome.isVisible()
    assert welcome.result() == WelcomeDialog.DialogCode.Rejected


def test_the_language_changes_at_once(qtbot: QtBot, welcome: WelcomeDialog) -> None:
    assert welcome.windowTitle() == "Bienvenida — LAZOS Desktop"
    welcome.language.setCurrentIndex(welcome.language.findData("en"))
    assert welcome.windowTitle() == "Welcome — LAZOS Desktop"
    assert welcome.start_button.text() == "&Start"
    assert "good practices" in welcome.seeded_note.text()
    welcome.language.setCurrentIndex(welcome.language.findData("pt"))
    assert welcome.heading.text() == "Boas-vindas ao LAZOS Desktop"
    welcome.officer.setText("Ana")
    assert welcome.choice().language == "pt"


def test_it_says_where_the_catalogue_lives_and_names_every_control(
    welcome: WelcomeDialog, tmp_path: Path
) -> None:
    assert welcome.path_label.text() == str(tmp_path / "catalogo.sqlite3")
    counts = seed_counts()
    assert f"{counts['practice']} buenas prácticas" in welcome.seeded_note.text()
    for control in (welcome.officer, welcome.language, welcome.start_button):
        assert control.accessibleName()
    assert welcome.officer_caption.buddy() is welcome.officer
    assert welcome.language_caption.buddy() is welcome.language


def test_an_existing_file_is_opened_as_it_is(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = WelcomeDialog(catalogue.path, True, seed_counts(), "es")
    qtbot.addWidget(dialog)
    assert not dialog.seeded.isEnabled() and not dialog.empty.isEnabled()
    assert "ya existe" in dialog.later.text()


def answering(monkeypatch: pytest.MonkeyPatch, choice: WelcomeChoice | None) -> list[Path]:
    asked: list[Path] = []

    def ask(path: Path, language: str) -> WelcomeChoice | None:
        asked.append(path)
        return choice

    monkeypatch.setattr(first_run, "ask_welcome", ask)
    return asked


def test_first_run_creates_an_empty_catalogue_when_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue_path: Path
) -> None:
    asked = answering(monkeypatch, WelcomeChoice("Ana Pérez", "en", seeded=False))
    window = app.prepare_window(catalogue_path)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert asked == [catalogue_path]
    assert window.catalogue.count(RecordQuery()) == 0
    assert window.catalogue.vocabularies().codes("axis")
    assert window.lang == "en" and window.catalogue.officer == "Ana Pérez"
    settings = Settings()
    assert settings.get(OFFICER_NAME) == "Ana Pérez" and settings.get(LANGUAGE) == "en"
    # Named for this start (``--db``): among the recent files, not the next start's catalogue.
    assert settings.get(RECENT_FILES)[0] == str(catalogue_path)
    assert settings.get(LAST_CATALOGUE) == ""
    window.close()
    install_language("es")


def test_first_run_seeds_the_default_catalogue(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, _private_data_folder: Path
) -> None:
    asked = answering(monkeypatch, WelcomeChoice("Ana", "es", seeded=True))
    window = app.prepare_window(None)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert asked == [_private_data_folder / "catalogo.sqlite3"]
    assert window.catalogue.path == _private_data_folder / "catalogo.sqlite3"
    assert window.catalogue.count(RecordQuery()) == sum(seed_counts().values())
    window.close()


def test_leaving_the_welcome_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, catalogue_path: Path
) -> None:
    answering(monkeypatch, None)
    assert app.prepare_window(catalogue_path) == 0
    assert not catalogue_path.exists()
    assert Settings().get(OFFICER_NAME) == ""


def test_no_welcome_once_the_officer_is_known(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue_path: Path
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    Catalogue.open(catalogue_path).close()
    asked = answering(monkeypatch, None)
    window = app.prepare_window(catalogue_path)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    assert asked == []
    window.close()
