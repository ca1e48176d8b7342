"""The main window's first phase: its frame, built from Qt and our settings alone.

The title, the menus, the toolbar, the navigation and a calm "Abriendo el catálogo…" page
are shown before the services are imported and the catalogue is opened (phase 2,
`window_filling`), as mature desktop programs show their real window first and fill it.
Nothing here imports the records, the services or a page, so the frame costs little more
than a bare Qt window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QToolBar, QWidget

from lazos_desktop.ui.actions import build_actions, build_menus, build_toolbar
from lazos_desktop.ui.navigation_bar import NavigationBar
from lazos_desktop.ui.settings import RECENT_FILES

if TYPE_CHECKING:
    from lazos_desktop.ui.main_window import MainWindow

# Where the frame is never painted (a platform without a screen), phase 2 starts anyway.
PAINT_FALLBACK_MS = 300

# Actions that need a record shown or a visit to go back to: off until the pages say so.
RECORD_ACTIONS = ("edit", "duplicate", "link", "delete", "back", "forward")


class OpeningPage(QLabel):
    """What the window shows while its catalogue opens: which file, and that it is coming."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setObjectName("openingPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(self.tr("Abriendo el catálogo…") + f"\n\n{path.name}")
        self.setEnabled(False)  # drawn in the calm, greyed colour of a page not yet there


def build_frame(window: MainWindow) -> None:
    """Title, actions, menus, toolbar, navigation and the opening page of `window`.

    Actions run their commands through `window.when_ready`, so one chosen before the
    catalogue is open waits for it instead of failing."""
    path = window.catalogue_path
    window.setWindowTitle(window_title(path))
    window._actions = build_actions(window)
    here = str(path)
    recent = [item for item in window.settings.get(RECENT_FILES) if item != here]
    build_menus(window, window._actions, recent)
    build_toolbar(window, window._actions)
    for key in RECORD_ACTIONS:
        window._actions[key].setEnabled(False)
    window.pages = QStackedWidget()
    window.opening = OpeningPage(path)
    window.pages.addWidget(window.opening)
    central = QWidget()
    layout = QHBoxLayout(central)
    window.navigation = NavigationBar()
    window.navigation.pageChosen.connect(window.choose_page)
    window.navigation.set_current(window.current_page_key())
    window.nav_buttons = window.navigation.buttons
    layout.addWidget(window.navigation)
    layout.addWidget(window.pages, 1)
    window.setCentralWidget(central)
    window.statusBar().showMessage(here)


def window_title(path: Path) -> str:
    """The main window's title: the program and the catalogue file it shows."""
    return QCoreApplication.translate("MainWindow", "LAZOS Desktop — {name}").format(name=path.name)


def clear_frame(window: MainWindow) -> None:
    """Take down what `build_frame` put up, before it builds the frame again (a new
    language, another catalogue)."""
    for old in window._actions.values():
        window.removeAction(old)
        old.deleteLater()
    window.menuBar().clear()
    for toolbar in window.findChildren(QToolBar):
        window.removeToolBar(toolbar)
        toolbar.deleteLater()
    old_central = window.takeCentralWidget()
    if old_central is not None:
        old_central.deleteLater()


def once_painted(widget: QWidget, then: Callable[[], None]) -> None:
    """Run `then` on the event loop's next turn after `widget` is first painted (or after
    PAINT_FALLBACK_MS if it never is): phase 2 must not block the loop before the frame is
    on screen, and under X11 the frame is exposed some turns after `show`."""
    _FirstPaint(widget, then)


class _FirstPaint(QObject):
    """Watches one widget's paint events until the first; then hands over once."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._hand_over)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._hand_over)
        return False

    def _hand_over(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()
