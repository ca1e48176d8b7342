"""Editors for the lists inside an exchange: its parties and its milestones.

Both hold plain rows the form reads back as data; reordering rewrites the table from those
rows so that the combo boxes in cells move with their row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.countries import country_from_text, country_name
from lazos_desktop.domain.vocabularies import MILESTONE_STATUS, PARTY_ROLE, Vocabularies


class _RowsEditor(QWidget):
    """A table with add / remove / move buttons; subclasses say what a row holds."""

    headers: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()
    choice_column = -1
    choice_vocabulary = ""

    def __init__(self, vocab: Vocabularies, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self._lang = lang
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(list(self.column_titles()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        for column, width in enumerate(self.widths):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.add_button = QPushButton(QCoreApplication.translate("RowsEditor", "Añadir"))
        self.remove_button = QPushButton(QCoreApplication.translate("RowsEditor", "Quitar"))
        self.up_button = QPushButton(QCoreApplication.translate("RowsEditor", "Subir"))
        self.down_button = QPushButton(QCoreApplication.translate("RowsEditor", "Bajar"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def column_titles(self) -> tuple[str, ...]:
        return self.headers

    # Rows as data ----------------------------------------------------------------------

    def rows(self) -> list[dict[str, Any]]:
        return [self.read_row(row) for row in range(self.table.rowCount())]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, data: dict[str, Any] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.write_row(row, data or {})
        self.table.setCurrentCell(row, 0)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.setCurrentCell(target, 0)

    # For subclasses --------------------------------------------------------------------

    def read_row(self, row: int) -> dict[str, Any]:
        raise NotImplementedError

    def write_row(self, row: int, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _set_text(self, row: int, column: int, text: str, hidden: Any = None) -> None:
        item = QTableWidgetItem(text)
        if hidden is not None:
            item.setData(Qt.ItemDataRole.UserRole, hidden)
        self.table.setItem(row, column, item)

    def _choice(self, row: int, vocabulary: str, code: str) -> QComboBox:
        combo = QComboBox()
        for term in self._vocab.codes(vocabulary):
            combo.addItem(self._vocab.label(vocabulary, term, self._lang), term)
        combo.setCurrentIndex(max(combo.findData(code), 0))
        combo.setAccessibleName(self.column_titles()[self.choice_column])
        self.table.setCellWidget(row, self.choice_column, combo)
        return combo

    def _choice_value(self, row: int) -> str:
        combo = self.table.cellWidget(row, self.choice_column)
        return str(combo.currentData()) if isinstance(combo, QComboBox) else ""


class PartiesEditor(_RowsEditor):
    """Country, institution and role of each party to an exchange."""

    headers = ("country", "institution", "role")
    widths = (150, 240)
    choice_column = 2

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("País"), self.tr("Institución"), self.tr("Papel"))

    def read_row(self, row: int) -> dict[str, Any]:
        country_text = self._text(row, 0)
        item = self.table.item(row, 1)
        return {
            "country": country_from_text(country_text) or country_text.upper(),
            "institution": (item.data(Qt.ItemDataRole.UserRole) or "") if item else "",
            "institution_name": self._text(row, 1),
            "role": self._choice_value(row),
        }

    def write_row(self, row: int, data: dict[str, Any]) -> None:
        code = data.get("country", "")
        self._set_text(row, 0, country_name(code, self._lang) if code else "")
        self._set_text(row, 1, data.get("institution_name", ""), hidden=data.get("institution", ""))
        self._choice(row, PARTY_ROLE, data.get("role", "offering"))


class MilestonesEditor(_RowsEditor):
    """Date, title, status and note of each milestone, in the order the roadmap follows."""

    headers = ("date", "title", "status", "note")
    widths = (100, 230, 115)
    choice_column = 2

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Fecha"), self.tr("Hito"), self.tr("Estado"), self.tr("Nota"))

    def read_row(self, row: int) -> dict[str, Any]:
        return {
            "date": self._text(row, 0) or None,
            "title": self._text(row, 1),
            "status": self._choice_value(row),
            "note": self._text(row, 3),
        }

    def write_row(self, row: int, data: dict[str, Any]) -> None:
        self._set_text(row, 0, str(data.get("date") or ""))
        self._set_text(row, 1, data.get("title", ""))
        self._choice(row, MILESTONE_STATUS, data.get("status", "planned"))
        self._set_text(row, 3, data.get("note", ""))
