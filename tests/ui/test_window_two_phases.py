"""The window is shown before its catalogue is opened, then fills (`ui/app.run`): the frame
first (title, menus, navigation, "Abriendo el catálogo…"), the catalogue on a later turn of
the event loop. Errors opening it are said as before, and nothing chosen meanwhile is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazos_desktop.services import Catalogue
from lazos_desktop.ui import app
from lazos_desktop.ui.main_window import MainWindow
from lazos_desktop.ui.settings import OFFICER_NAME, Settings

pytestmark = pytest.mark.gui


def run_until_filled(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, path: Path, lang: str = "es"
) -> tuple[int, list[MainWindow]]:
    """`app.run` as `lazos-desktop --db PATH` calls it, closing the window once filled."""
    made: list[MainWindow] = []
    frame = app.frame_window

    def recording(*args: Any, **kwargs: Any) -> MainWindow:
        window = frame(*args, **kwargs)
        qtbot.addWidget(window)
        window.filled.connect(lambda: QTimer.singleShot(0, lambda: close_when_shown(window)))
        made.append(window)
        return window

    monkeypatch.setattr(app, "frame_window", recording)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(30_000)  # a test that went wrong fails instead of waiting for ever
    status = app.run(path, lang)
    guard.stop()
    return status, made


def close_when_shown(window: MainWindow) -> None:
    window.wait_for_queries()
    window.close()


def watch_opening(monkeypatch: pytest.MonkeyPatch, look: Callable[[], None]) -> None:
    """Call `look` whenever the window opens a catalogue, before it is opened."""
    opened = Catalogue.open.__func__  # type: ignore[attr-defined]

    def watching(cls: type[Catalogue], *args: Any, **kwargs: Any) -> Catalogue:
        look()
        return opened(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Catalogue, "open", classmethod(watching))


def test_the_window_is_on_screen_before_the_catalogue_opens_and_then_fills(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue_path: Path
) -> None:
    Catalogue.open(catalogue_path, officer="Ana").close()
    Settings().set(OFFICER_NAME, "Ana")
    seen: list[dict[str, object]] = []

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(
            {
                "visible": window.isVisible(),
                "filled": window.is_filled(),
                "page": window.pages.currentWidget().objectName(),
                "title": window.windowTitle(),
                "menus": [action.text() for action in window.menuBar().actions()],
            }
        )

    watch_opening(monkeypatch, look)
    status, made = run_until_filled(monkeypatch, qtbot, catalogue_path)
    assert status == 0
    assert seen == [
        {
            "visible": True,
            "filled": False,
            "page": "openingPage",
            "title": "LAZOS Desktop — catalogo.sqlite3",
            "menus": ["&Archivo", "&Editar", "&Ver", "&Herramientas", "Ay&uda"],
        }
    ]
    window = made[0]
    assert window.is_filled()
    assert window.pages.currentWidget() is window.records_page()
    assert window.records_page().model.rowCount() > 0


def test_the_opening_page_speaks_the_officers_language(qtbot: QtBot, catalogue_path: Path) -> None:
    window = app.frame_window(catalogue_path, "pt")
    qtbot.addWidget(window)
    assert window.opening.text().startswith("Abrindo o catálogo")
    assert window.nav_buttons["practice"].text() == "Práticas"
    window.close()
    app.frame_window(catalogue_path, "es").deleteLater()


def test_a_damaged_catalogue_is_said_and_is_the_exit_status_as_before(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    catalogue_path: Path,
    errors_shown: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    Settings().set(OFFICER_NAME, "Ana")
    catalogue_path.write_bytes(b"no es un catalogo " * 400)
    status, made = run_until_filled(monkeypatch, qtbot, catalogue_path)
    assert status == 3
    assert len(errors_shown) == 1 and str(catalogue_path) in errors_shown[0]
    assert capsys.readouterr().err.strip() == f"lazos-desktop: {errors_shown[0]}"
    assert not made[0].isVisible() and not made[0].is_filled()


def test_a_missing_file_declined_shows_no_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lazos_desktop.ui import dialogs

    Settings().set(OFFICER_NAME, "Ana")
    monkeypatch.setattr(dialogs, "confirm_create_catalogue", lambda parent, path: False)
    monkeypatch.setattr(app, "frame_window", lambda *args: pytest.fail("no window to show"))
    assert app.run(tmp_path / "falta.sqlite3", "es") == 0
    assert not (tmp_path / "falta.sqlite3").exists()


def test_commands_chosen_while_it_opens_run_once_it_is_open(
    qtbot: QtBot, catalogue_path: Path
) -> None:
    Catalogue.open(catalogue_path, officer="Ana").close()
    window = app.frame_window(catalogue_path, "es")
    qtbot.addWidget(window)
    window.show()
    window.action_overview.trigger()  # Ctrl+5, then a click on "Seguimiento"
    window.nav_buttons["agenda"].click()
    window.action_find.trigger()
    window.action_edit.trigger()  # off: nothing is shown yet
    assert not window.is_filled()
    app.fill_window(window, catalogue_path)
    window.wait_for_queries()
    assert window.is_filled()
    assert window.pages.currentWidget() is window.records_page()  # Buscar came last
    assert window.nav_buttons["practice"].isChecked()
    assert window.records_page().filters.search.hasFocus() or not window.isActiveWindow()


def test_a_page_chosen_while_it_opens_is_the_page_it_fills_on(
    qtbot: QtBot, catalogue_path: Path
) -> None:
    Catalogue.open(catalogue_path, officer="Ana").close()
    window = app.frame_window(catalogue_path, "es")
    qtbot.addWidget(window)
    window.show()
    window.nav_buttons["overview"].click()
    app.fill_window(window, catalogue_path)
    assert window.pages.currentWidget() is window.overview
    assert window.nav_buttons["overview"].isChecked()


def test_closing_it_while_it_opens_runs_nothing_chosen_and_needs_no_catalogue(
    qtbot: QtBot, catalogue_path: Path
) -> None:
    window = app.frame_window(catalogue_path, "es")
    qtbot.addWidget(window)
    window.show()
    window.action_new.trigger()
    window.close()
    assert not window.isVisible()
    assert not window.is_filled()
    assert not catalogue_path.exists()


# `lazos-desktop --db PATH` in a fresh interpreter: the modules loaded when the main window
# is first painted, and whether it is filled by then and later.
PAINTED = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

report = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window().objectName() == "mainWindow" and not report):
            window = watched.window()
            report["modules"] = sorted(sys.modules)
            report["filled_at_paint"] = window.is_filled()
            QTimer.singleShot(0, lambda: done(window))
        return False

def done(window):
    window.wait_for_queries(30_000)
    report["filled_later"] = window.is_filled()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(report, out)
    QApplication.quit()

watcher = FirstPaint()
init = QApplication.__init__
def watching(self, *args):
    init(self, *args)
    self.installEventFilter(watcher)
QApplication.__init__ = watching
from lazos_desktop.cli import main
sys.exit(main(["--db", sys.argv[2]]))
"""

NOT_BEFORE_PAINT = (
    "sqlite_utils",
    "pydantic",
    "babel",
    "lazos_desktop.store.catalogue_store",
    "lazos_desktop.store.migrations",
    "lazos_desktop.services.catalogue",
    "lazos_desktop.domain.records",
    "lazos_desktop.ui.operations",
    "lazos_desktop.ui.pages.records_page",
    "lazos_desktop.ui.window_filling",
    "lazos_desktop.ui.dialogs",
)


def test_the_window_is_painted_before_the_services_and_the_store_are_imported(
    catalogue_path: Path, tmp_path: Path
) -> None:
    Catalogue.open(catalogue_path, officer="Ana").close()
    config = tmp_path / "config"  # XDG_CONFIG_HOME: settings with a name, so no welcome
    (config / "LAZOS").mkdir(parents=True)
    (config / "LAZOS" / "LAZOS Desktop.conf").write_text(
        "[officer]\nname=Ana\n\n[settings]\nversion=2\n", encoding="utf-8"
    )
    report = tmp_path / "painted.json"
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", PAINTED, str(report), str(catalogue_path)],
        check=True,
        capture_output=True,
        env=environment,
        timeout=120,
    )
    found = json.loads(report.read_text(encoding="utf-8"))
    early = [
        m
        for m in found["modules"]
        if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_PAINT)
    ]
    assert early == []
    assert "lazos_desktop.ui.main_window" in found["modules"]
    assert found["filled_at_paint"] is False
    assert found["filled_later"] is True


def test_the_frame_opens_with_the_size_the_window_had_when_closed(
    qtbot: QtBot, catalogue_path: Path
) -> None:
    first = app.frame_window(catalogue_path, "es")
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 480)
    first.close()
    again = app.frame_window(catalogue_path, "es")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)


def test_a_foreign_catalogue_still_offers_a_clean_copy_which_then_fills_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lazos_desktop.ui import dialogs

    Settings().set(OFFICER_NAME, "Ana")
    foreign = tmp_path / "recibido.sqlite3"
    Catalogue.open(foreign).close()
    connection = sqlite3.connect(foreign)
    connection.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON history "
        "BEGIN DELETE FROM records WHERE kind = 'toolbox'; END"
    )
    connection.commit()
    connection.close()
    offered: list[Path] = []

    def offer(parent: object, message: str, clean: Path) -> bool:
        offered.append(clean)
        return True

    monkeypatch.setattr(dialogs, "offer_clean_import", offer)
    status, made = run_until_filled(monkeypatch, qtbot, foreign)
    assert status == 0
    assert made[0].catalogue.path == offered[0] != foreign
    assert made[0].windowTitle() == f"LAZOS Desktop — {offered[0].name}"


def test_the_rows_are_asked_before_the_due_notice_and_the_drafts_to_classify(
    qtbot: QtBot, catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One reader thread answers in turn: the list of the page in front is asked first, so
    the first rows do not wait for the due notice's counts (which parse the exchanges'
    bodies) nor for the drafts to classify, at the start as after a new language."""
    from lazos_desktop.ui.operations import Operations

    Catalogue.open(catalogue_path, officer="Ana").close()
    asked: list[str] = []
    query = Operations.query

    def recording(self: Operations, key: str, *args: Any) -> None:
        asked.append(key)
        query(self, key, *args)

    monkeypatch.setattr(Operations, "query", recording)
    window = app.frame_window(catalogue_path, "es")
    qtbot.addWidget(window)
    window.show()
    app.fill_window(window, catalogue_path)
    assert asked[0] == "list-practice"
    assert asked.index("due-summary") > asked.index("waiting-practice") > 0
    window.wait_for_queries()
    assert window.records_page().model.rowCount() > 0
    asked.clear()
    window.set_language("en")
    assert asked[0] == "list-practice"
    assert "due-summary" in asked
    window.wait_for_queries()
    window.close()
