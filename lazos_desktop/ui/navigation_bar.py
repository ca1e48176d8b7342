"""The column of page buttons at the window's left: one per kind, then the overview.

Later pages (the agenda) add a row to `PAGES` and a name to `NAV_NAMES`; the shell only
listens to `pageChosen` and tells the bar which page is in front.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from lazos_desktop.ui.actions import KINDS
from lazos_desktop.ui.kind_labels import kind_label

NAV_NAMES = {
    "practice": "navPractices",
    "exchange": "navExchanges",
    "toolbox": "navToolbox",
    "institution": "navInstitutions",
    "overview": "navOverview",
    "agenda": "navAgenda",
}


class NavigationBar(QWidget):
    """Checkable buttons, Ctrl+1 … in order; exactly one is checked."""

    pageChosen = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        entries = [(kind, kind_label(kind, plural=True)) for kind in KINDS]
        entries.append(("overview", self.tr("Resumen")))
        entries.append(("agenda", self.tr("Seguimiento")))
        for position, (key, text) in enumerate(entries, start=1):
            button = QToolButton()
            button.setObjectName(NAV_NAMES[key])
            button.setText(text)
            button.setToolTip(f"{text} (Ctrl+{position})")
            button.setAccessibleName(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
            button.clicked.connect(lambda _=False, k=key: self.pageChosen.emit(k))
            self.group.addButton(button)
            self.buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        self.setFixedWidth(max(b.sizeHint().width() for b in self.buttons.values()) + 16)

    def set_current(self, key: str) -> None:
        self.buttons[key].setChecked(True)
