"""Choosing a record to relate to the one shown: pick the kind, search, choose."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.records import Record
from lazos_desktop.services import Catalogue, RecordQuery
from lazos_desktop.ui.kind_labels import kind_label

SHOWN = 200


class LinkPicker(QDialog):
    """Lists records of another kind matching the search; `chosen_id()` after accept."""

    def __init__(self, catalogue: Catalogue, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkPicker")
        self.setWindowTitle(self.tr("Relacionar {code} con…").format(code=record.code))
        self.catalogue = catalogue
        self.record = record
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Tipo de registro"))
        for kind in ("practice", "exchange", "toolbox", "institution"):
            if kind != record.kind.value:
                self.kind.addItem(kind_label(kind, plural=True), kind)
        self.search = QLineEdit()
        self.search.setObjectName("linkSearch")
        self.search.setAccessibleName(self.tr("Buscar el registro que relacionar"))
        self.search.setPlaceholderText(self.tr("Buscar…"))
        self.results = QListWidget()
        self.results.setObjectName("linkResults")
        self.results.setAccessibleName(self.tr("Registros encontrados"))
        self.results.itemActivated.connect(lambda _: self.accept())
        self.status = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.finished.connect(lambda _: self._timer.stop())
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Relacionar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()  # the search first: it has the focus, and Tab goes on to the kind
        kind_caption = QLabel(self.tr("Tipo:"))
        kind_caption.setBuddy(self.kind)
        top.addWidget(self.search, 1)
        top.addWidget(kind_caption)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.search.setFocus()
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        query = RecordQuery(kind=self.kind.currentData(), text=self.search.text(), limit=SHOWN)
        page = self.catalogue.query(query)
        already = set(self.record.links)
        self.results.clear()
        for row in page.rows:
            if row.id == self.record.id:
                continue
            item = QListWidgetItem(f"{row.code} — {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id in already:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Ya está relacionado"))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        shown = min(page.total, SHOWN)
        self.status.setText(
            self.tr("{shown} de {total} registros").format(shown=shown, total=page.total)
        )

    def chosen_id(self) -> str | None:
        item = self.results.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))
