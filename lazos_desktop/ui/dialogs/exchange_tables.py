"""Editors for the lists inside an exchange: its parties, milestones and follow-up tasks.

Each holds plain rows the form reads back as data; reordering rewrites the table from those
rows so that the combo boxes and date pickers in cells move with their row. Dates are picked
on a calendar (or typed), shown in the officer's language; "—" means no date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.countries import country_from_text, country_name
from lazos_desktop.domain.vocabularies import (
    MILESTONE_STATUS,
    PARTY_ROLE,
    TASK_STATUS,
    Vocabularies,
)

NO_DATE = QDate(1900, 1, 1)
LOCALES = {"es": "es", "en": "en", "pt": "pt_BR"}


class DatePicker(QDateEdit):
    """A date field that works from the keyboard as a person expects: Tab leaves it (Qt's
    would walk its day, month and year first, so Tab seemed stuck); from "—" an arrow key
    or a digit starts at today, not at the lowest date; Delete empties it; F4 or Alt+↓ open
    the calendar."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
            return
        if key == Qt.Key.Key_Delete:
            self.setDate(self.minimumDate())
            return
        if self.date() == self.minimumDate():
            if key in _STEP_KEYS:
                self.setDate(QDate.currentDate())
                return
            if event.text().isdigit():
                self.setDate(QDate.currentDate())
                self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """Open the calendar as a click on the field's arrow does (Qt has no call for it)."""
        if self.date() == self.minimumDate():
            self.setDate(QDate.currentDate())
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        where = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            click = QMouseEvent(
                kind,
                where,
                self.mapToGlobal(where),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self, click)


_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def date_picker(value: Any, lang: str, parent: QWidget | None = None) -> QDateEdit:
    """A calendar date field whose lowest value, shown "—", stands for no date."""
    picker = DatePicker(parent)
    picker.setLocale(QLocale(LOCALES.get(lang, "es")))
    picker.setDisplayFormat("d MMM yyyy")
    picker.setCalendarPopup(True)
    picker.setMinimumDate(NO_DATE)
    picker.setSpecialValueText("—")
    set_picked(picker, value)
    return picker


def set_picked(picker: QDateEdit, value: Any) -> None:
    day = _as_date(value)
    picker.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


def picked(picker: QDateEdit) -> str | None:
    """The picked day as ISO text, or None for "—"."""
    day = picker.date()
    if day == NO_DATE:
        return None
    return dt.date(day.year(), day.month(), day.day()).isoformat()


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class _RowsEditor(QWidget):
    """A table with add / remove / move buttons; subclasses say what a row holds."""

    headers: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()
    choice_column = -1
    choice_vocabulary = ""
    edited = Signal()

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
        self.table.itemChanged.connect(lambda _: self.edited.emit())
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
        combo.currentIndexChanged.connect(lambda _: self.edited.emit())
        self.table.setCellWidget(row, self.choice_column, combo)
        return combo

    def _choice_value(self, row: int, column: int | None = None) -> str:
        combo = self.table.cellWidget(row, self.choice_column if column is None else column)
        return str(combo.currentData() or "") if isinstance(combo, QComboBox) else ""

    def _options(
        self, row: int, column: int, options: list[tuple[str, str]], value: str
    ) -> QComboBox:
        combo = QComboBox()
        for text, data in options:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.setAccessibleName(self.column_titles()[column])
        combo.currentIndexChanged.connect(lambda _: self.edited.emit())
        self.table.setCellWidget(row, column, combo)
        return combo

    def _date(self, row: int, column: int, value: Any) -> QDateEdit:
        picker = date_picker(value, self._lang)
        picker.setAccessibleName(self.column_titles()[column])
        picker.dateChanged.connect(lambda _: self.edited.emit())
        self.table.setCellWidget(row, column, picker)
        return picker

    def _date_value(self, row: int, column: int) -> str | None:
        picker = self.table.cellWidget(row, column)
        return picked(picker) if isinstance(picker, QDateEdit) else None

    def date_picker_at(self, row: int, column: int = 0) -> QDateEdit | None:
        picker = self.table.cellWidget(row, column)
        return picker if isinstance(picker, QDateEdit) else None


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
    """Date, title, status, responsible and note of each milestone, in roadmap order."""

    headers = ("date", "title", "status", "responsible", "note")
    widths = (125, 220, 110, 140)
    choice_column = 2

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Fecha"),
            self.tr("Hito"),
            self.tr("Estado"),
            self.tr("Responsable"),
            self.tr("Nota"),
        )

    def read_row(self, row: int) -> dict[str, Any]:
        item = self.table.item(row, 1)
        hidden = item.data(Qt.ItemDataRole.UserRole) if item else None
        kept = dict(hidden) if isinstance(hidden, dict) else {}
        return {
            **kept,
            "date": self._date_value(row, 0),
            "title": self._text(row, 1),
            "status": self._choice_value(row),
            "responsible": self._text(row, 3),
            "note": self._text(row, 4),
        }

    def write_row(self, row: int, data: dict[str, Any]) -> None:
        # The id and the institution ride along unseen, so editing keeps them.
        kept = {k: data[k] for k in ("id", "institution") if data.get(k)}
        self._date(row, 0, data.get("date"))
        self._set_text(row, 1, data.get("title", ""), hidden=kept)
        self._choice(row, MILESTONE_STATUS, data.get("status", "planned"))
        self._set_text(row, 3, data.get("responsible", ""))
        self._set_text(row, 4, data.get("note", ""))


class TasksEditor(_RowsEditor):
    """Follow-up tasks: due date, title, responsible person and institution, status."""

    headers = ("due", "title", "responsible", "institution", "status")
    widths = (125, 230, 140, 150)
    choice_column = 4

    def __init__(
        self,
        vocab: Vocabularies,
        lang: str,
        institutions: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        self._institutions = [("—", ""), *institutions]
        super().__init__(vocab, lang, parent)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Vence"),
            self.tr("Tarea"),
            self.tr("Responsable"),
            self.tr("Institución"),
            self.tr("Estado"),
        )

    def read_row(self, row: int) -> dict[str, Any]:
        item = self.table.item(row, 1)
        hidden = item.data(Qt.ItemDataRole.UserRole) if item else None
        kept = dict(hidden) if isinstance(hidden, dict) else {}
        return {
            **kept,
            "due": self._date_value(row, 0),
            "title": self._text(row, 1),
            "responsible": self._text(row, 2),
            "institution": self._choice_value(row, 3),
            "status": self._choice_value(row),
        }

    def write_row(self, row: int, data: dict[str, Any]) -> None:
        kept = {k: data[k] for k in ("id", "origin", "note") if data.get(k)}
        self._date(row, 0, data.get("due"))
        self._set_text(row, 1, data.get("title", ""), hidden=kept)
        self._set_text(row, 2, data.get("responsible", ""))
        self._options(row, 3, self._institutions, data.get("institution", ""))
        self._choice(row, TASK_STATUS, data.get("status", "open"))
