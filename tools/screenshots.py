"""Write PNGs of each view of the window to a folder (used by `make screenshots`).

The window is built offscreen on a temporary catalogue: the sourced seeds plus a few
thousand synthetic records (each flagged and titled "(sintético)"), in a private data and
settings folder so that nothing of the officer's is read or changed.

    python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SYNTHETIC = 3000


def main(target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lazos-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAZOS_DATA_DIR"] = str(work / "data")

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    from lazos_desktop.domain.records import Kind
    from lazos_desktop.services import Catalogue
    from lazos_desktop.ui.app import build_main_window
    from lazos_desktop.ui.dialogs.about_dialog import AboutDialog
    from lazos_desktop.ui.dialogs.brief_dialog import BriefDialog
    from lazos_desktop.ui.dialogs.record_editor import RecordEditor
    from lazos_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from lazos_desktop.ui.settings import OFFICER_NAME, Settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "ini"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = work / "catalogo-demo.sqlite3"
    catalogue = Catalogue.open(path, officer="demo")
    catalogue.add_synthetic(SYNTHETIC, seed=11)
    catalogue.close()
    Settings().set(OFFICER_NAME, "Ana Pérez")

    def settle() -> None:
        window.wait_for_queries()
        for _ in range(5):
            QCoreApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(target / f"{name}.png"))
        print(target / f"{name}.png")

    save_welcome(target)
    window = build_main_window(path, "es")
    window.resize(1360, 820)
    window.show()
    settle()
    window.records_page().filters.search.setText("empleo")
    window.records_page().filters.apply_now()
    settle()
    window.records_page().table.selectRow(0)
    save(window, "list")

    window.go_to_record(window.catalogue.get("EX-001").id)
    save(window, "detail")

    brief = BriefDialog(
        window.catalogue, selected_ids=[window.catalogue.get("EX-001").id], parent=window
    )
    brief.set_template("record")
    brief.show()
    brief.preview_button.click()
    timer = QElapsedTimer()
    timer.start()
    while brief.preview_path is None and timer.elapsed() < 60_000:
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    # QPdfView renders its pages in a thread of its own: give it time to paint them.
    timer.restart()
    while timer.elapsed() < 2000:
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    save(brief, "brief-dialog")
    brief.close()

    editor = RecordEditor(
        window.catalogue, Kind.EXCHANGE, window.catalogue.get("EX-001"), "es", window
    )
    editor.resize(760, 900)
    editor.show()
    editor.inputs["milestones"].table.scrollToTop()
    save(editor, "editor")
    editor.set_value("title", "")
    editor.set_value("start_date", "10/03/2025")
    editor.save()
    save(editor, "editor-problems")
    editor.close()

    window.records_page().filters.search.setText("palabra que no aparece")
    window.records_page().filters.apply_now()
    save(window, "empty-state")
    window.records_page().filters.clear()

    window.show_overview()
    save(window, "overview")

    dialog = SettingsDialog(
        window.settings, window.catalogue.path, lambda parent: None, lambda parent: None, window
    )
    dialog.show()
    save(dialog, "settings")
    dialog.close()

    window.set_language("en")
    window.show_kind("toolbox")
    settle()
    window.records_page().table.selectRow(0)
    save(window, "list-en")
    window.set_language("pt")
    window.show_overview()
    save(window, "overview-pt")
    window.set_language("es")
    guide = window.commands.show_guide()
    guide.browser.verticalScrollBar().setValue(0)
    save(guide, "guide")
    guide.close()
    about = AboutDialog(window.catalogue.path, window)
    about.show()
    save(about, "about")
    about.close()
    small_screen(window, save)
    window.close()
    app.processEvents()
    return 0


def small_screen(window: Any, save: Callable[[Any, str], None]) -> None:
    """Each view, the editor and the brief dialog on a 1366×768 laptop screen (the window's
    area less the system's frame and task bar), in the three languages."""
    from PySide6.QtCore import QSize

    from lazos_desktop.domain.records import Kind
    from lazos_desktop.ui.dialogs.brief_dialog import BriefDialog
    from lazos_desktop.ui.dialogs.record_editor import RecordEditor

    area = QSize(1366, 768 - 40)  # less a task bar
    inner = area - QSize(16, 40)  # less the window's frame and title bar
    exchange = window.catalogue.get("EX-001")
    for lang in ("es", "en", "pt"):
        window.set_language(lang)
        window.resize(inner)
        window.go_to_record(exchange.id)
        save(window, f"1366-{lang}-intercambio")
        window.show_agenda()
        save(window, f"1366-{lang}-seguimiento")
        window.show_overview()
        save(window, f"1366-{lang}-resumen")
        editor = RecordEditor(window.catalogue, Kind.EXCHANGE, exchange, lang, window)
        editor.resize(QSize(720, 680).boundedTo(inner))
        editor.show()
        save(editor, f"1366-{lang}-editor")
        editor.close()
        brief = BriefDialog(window.catalogue, selected_ids=[exchange.id], parent=window)
        brief.set_template("pack")
        brief.resize(QSize(1100, 760).boundedTo(inner))
        brief.show()
        save(brief, f"1366-{lang}-informe")
        brief.close()
    window.set_language("es")


def save_welcome(target: Path) -> None:
    """The first-run screen as an officer sees it: Spanish, then switched to English and
    Portuguese, and the reminder when she starts without a name. The catalogue path is the
    real default for a user whose home is /home/ana."""
    from platformdirs import user_data_path

    from lazos_desktop import paths
    from lazos_desktop.services.seeds import seed_counts
    from lazos_desktop.ui.dialogs.welcome_dialog import WelcomeDialog
    from lazos_desktop.ui.i18n import install_language

    saved_home = os.environ.get("HOME", "")
    os.environ["HOME"] = "/home/ana"
    default = user_data_path(paths.APP_NAME, paths.APP_AUTHOR) / paths.DEFAULT_FILE_NAME
    os.environ["HOME"] = saved_home
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            QCoreApplication.processEvents()
        widget.grab().save(str(target / f"{name}.png"))
        print(target / f"{name}.png")

    install_language("es")
    welcome = WelcomeDialog(default, False, seed_counts(), "es")
    welcome.show()
    welcome.accept()
    save(welcome, "welcome-sin-nombre")
    welcome.officer.setText("Ana Pérez")
    save(welcome, "welcome-es")
    for lang in ("en", "pt"):
        welcome.language.setCurrentIndex(welcome.language.findData(lang))
        save(welcome, f"welcome-{lang}")
    welcome.close()
    install_language("es")


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
