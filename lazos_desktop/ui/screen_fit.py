"""Windows that fit the screen they open on: a 1366×768 laptop, or 1280×720 at 125 %.

A window asks for the size it would like; it gets that size or, on a smaller screen, the
screen's available area (without the task bar) less the frame and title bar the system draws
around it. The layouts' minimum sizes are kept below those screens, so what does not fit
scrolls instead of being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

CHROME = QSize(16, 40)  # frame and title bar around a window, in device-independent pixels
MAIN_WINDOW = QSize(1280, 800)


def room(widget: QWidget | None = None) -> QSize:
    """The largest inner size a window can have on `widget`'s screen (else the primary)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(MAIN_WINDOW)
    return screen.availableGeometry().size() - CHROME


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """`widget.resize(width, height)`, or smaller where the screen is smaller."""
    widget.resize(QSize(width, height).boundedTo(room(widget)))


def place_main_window(window: QWidget) -> None:
    """The main window's first size and place: 1280×800 or the screen's available area,
    centred on it, so that its status bar is on screen from the start."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = MAIN_WINDOW.boundedTo(room(window))
    window.resize(size)
    if screen is None:
        return
    area = screen.availableGeometry()
    left = max(0, (area.width() - window.width() - CHROME.width()) // 2)
    top = max(0, (area.height() - window.height() - CHROME.height()) // 2)
    window.move(area.topLeft() + QPoint(left, top))
