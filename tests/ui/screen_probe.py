"""Run by `test_small_screens` in a process of its own, on an offscreen screen of the size
the test chose (`QT_QPA_PLATFORM=offscreen:configfile=…`): opens the window in each
language, shows every page and every dialog, and writes what does not fit as JSON.

    python -m tests.ui.screen_probe CATALOGUE SETTINGS_FOLDER OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QToolBar, QWidget, QWizard

# What the system draws around a window (frame and title bar), in device-independent pixels:
# a window and that chrome together must fit in the screen's available area.
FRAME = QSize(16, 40)


def _size(size: QSize) -> str:
    return f"{size.width()}×{size.height()}"


def too_big(size: QSize, room: QSize) -> bool:
    return size.width() > room.width() or size.height() > room.height()


def window_problems(window: QWidget) -> list[str]:
    from tests.ui.surfaces import every_page

    app = QApplication.instance()
    area = window.screen().availableGeometry()
    room = area.size() - FRAME
    found = []
    if too_big(window.size(), room):
        found.append(f"window of {_size(window.size())} on a screen of {_size(area.size())}")
    if not area.contains(window.frameGeometry().topLeft()):
        found.append(f"window placed at {window.frameGeometry().topLeft()}, off {area}")
    first = QSize(window.size())
    for key in every_page(window):
        app.processEvents()
        needed = window.minimumSizeHint()
        if too_big(needed, window.size()):
            found.append(f"{key} page needs {_size(needed)} in a window of {_size(window.size())}")
        if window.size() != first:
            found.append(f"{key} page made the window grow to {_size(window.size())}")
        bar = window.statusBar()
        if not bar.isVisible() or not window.rect().contains(bar.geometry()):
            found.append(f"{key} page: status bar at {bar.geometry()} outside {window.rect()}")
        for toolbar in window.findChildren(QToolBar):
            if toolbar.sizeHint().width() > toolbar.width():
                found.append(f"{key} page: toolbar hides buttons ({toolbar.width()} px)")
    return found


def dialog_problems(name: str, dialog: QWidget) -> list[str]:
    area = dialog.screen().availableGeometry()
    found = []
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if too_big(dialog.size(), area.size() - FRAME):
        found.append(f"{name}: {_size(dialog.size())} on a screen of {_size(area.size())}")
    if too_big(needed, dialog.size()):
        found.append(f"{name}: needs {_size(needed)}, has {_size(dialog.size())}")
    if isinstance(dialog, QWizard):
        room = dialog.currentPage().size()
        for page_id in dialog.pageIds():
            page = dialog.page(page_id)
            if too_big(page.minimumSizeHint(), room):
                found.append(
                    f"{name}: page {page_id} needs {_size(page.minimumSizeHint())} in {_size(room)}"
                )
    return found


def main(catalogue: Path, settings_folder: Path, out: Path) -> None:
    from lazos_desktop.ui.app import build_main_window
    from tests.ui.surfaces import dialog_builders

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder))
    screen = app.primaryScreen()
    found: list[str] = []
    for lang in ("es", "en", "pt"):
        window = build_main_window(catalogue, lang)
        window.show()
        window.wait_for_queries()
        found += [f"{lang}: {problem}" for problem in window_problems(window)]
        for name, build in dialog_builders(window).items():
            dialog = build()
            dialog.show()
            app.processEvents()
            found += [f"{lang}: {problem}" for problem in dialog_problems(name, dialog)]
            dialog.close()
            dialog.deleteLater()
        window.close()
        window.deleteLater()
        app.processEvents()
    geometry = screen.availableGeometry()
    report = {"screen": [geometry.width(), geometry.height()], "problems": found}
    out.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
