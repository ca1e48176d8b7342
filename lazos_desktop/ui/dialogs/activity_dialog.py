"""Logging what happened in a case: one entry's form, and the list of entries in the editor.

An entry has a date (picked on a calendar), a type, a place, the participants (institutions of
the catalogue, ticked, and free names), a summary and the decisions taken. The form writes
nothing; it hands back plain data the record validates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.dates import show_date
from lazos_desktop.domain.vocabularies import ACTIVITY_TYPE, Vocabularies
from lazos_desktop.ui.dialogs.exchange_tables import date_picker, picked
from lazos_desktop.ui.screen_fit import fit_size


class ActivityDialog(QDialog):
    """One entry of the activity log; `entry()` gives its data after `accept`."""

    def __init__(
        self,
        vocab: Vocabularies,
        lang: str,
        institutions: list[tuple[str, str]],
        entry: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(
            self.tr("Registrar actividad") if entry is None else self.tr("Editar actividad")
        )
        self._kept = {k: v for k, v in (entry or {}).items() if k == "id" and v}
        data = entry or {}
        self.date = date_picker(data.get("date") or dt.date.today(), lang)
        self.date.setObjectName("activityDate")
        self.type = QComboBox()
        self.type.setObjectName("activityType")
        for code in vocab.codes(ACTIVITY_TYPE):
            self.type.addItem(vocab.label(ACTIVITY_TYPE, code, lang), code)
        self.type.setCurrentIndex(max(self.type.findData(data.get("type", "meeting")), 0))
        self.place = QLineEdit(data.get("place", ""))
        self.place.setObjectName("activityPlace")
        self.institutions = QListWidget()
        self.institutions.setObjectName("activityInstitutions")
        chosen = set(data.get("institutions", []))
        for name, record_id in institutions:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in chosen else Qt.CheckState.Unchecked
            )
            self.institutions.addItem(item)
        self.institutions.setFixedHeight(self.fontMetrics().height() * 6)
        self.participants = QLineEdit("; ".join(data.get("participants", [])))
        self.participants.setObjectName("activityParticipants")
        self.participants.setPlaceholderText(self.tr("Nombres separados por punto y coma"))
        self.summary = QPlainTextEdit(data.get("summary", ""))
        self.summary.setObjectName("activitySummary")
        self.summary.setTabChangesFocus(True)
        self.decisions = QPlainTextEdit(data.get("decisions", ""))
        self.decisions.setObjectName("activityDecisions")
        self.decisions.setTabChangesFocus(True)
        for text in (self.summary, self.decisions):
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Fecha"), self.date)
        form.addRow(self.tr("&Tipo"), self.type)
        form.addRow(self.tr("&Lugar"), self.place)
        form.addRow(self.tr("&Instituciones"), self.institutions)
        form.addRow(self.tr("&Participantes"), self.participants)
        form.addRow(self.tr("&Resumen"), self.summary)
        form.addRow(self.tr("&Decisiones"), self.decisions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 560, 560)
        self.date.setFocus()

    def entry(self) -> dict[str, Any]:
        return {
            **self._kept,
            "date": picked(self.date) or dt.date.today().isoformat(),
            "type": self.type.currentData(),
            "place": self.place.text().strip(),
            "institutions": [
                self.institutions.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.institutions.count())
                if self.institutions.item(row).checkState() == Qt.CheckState.Checked
            ],
            "participants": [
                name.strip() for name in self.participants.text().split(";") if name.strip()
            ],
            "summary": self.summary.toPlainText().strip(),
            "decisions": self.decisions.toPlainText().strip(),
        }


def ask_activity(
    parent: QWidget,
    vocab: Vocabularies,
    lang: str,
    institutions: list[tuple[str, str]],
    entry: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """The entry the officer saved, or None; tests replace this function."""
    dialog = ActivityDialog(vocab, lang, institutions, entry, parent)
    return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ActivitiesEditor(QWidget):
    """The activity log inside the record form: newest first, add, edit, remove."""

    edited = Signal()

    def __init__(
        self,
        vocab: Vocabularies,
        lang: str,
        institutions: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self._lang = lang
        self._institutions = institutions
        self._entries: list[dict[str, Any]] = []
        self.listing = QListWidget()
        self.listing.setFixedHeight(self.fontMetrics().height() * 6)
        self.listing.itemActivated.connect(lambda _: self.edit_current())
        self.add_button = QPushButton(self.tr("Registrar…"))
        self.edit_button = QPushButton(self.tr("Editar…"))
        self.remove_button = QPushButton(self.tr("Quitar"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.listing)
        layout.addLayout(buttons)

    def rows(self) -> list[dict[str, Any]]:
        return [dict(entry) for entry in self._entries]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._entries = [dict(row) for row in rows]
        self._show()

    def add_entry(self) -> None:
        entry = ask_activity(self, self._vocab, self._lang, self._institutions)
        if entry is not None:
            self._entries.append(entry)
            self._changed()

    def edit_current(self) -> None:
        position = self._current()
        if position is None:
            return
        entry = ask_activity(
            self, self._vocab, self._lang, self._institutions, self._entries[position]
        )
        if entry is not None:
            self._entries[position] = entry
            self._changed()

    def remove_current(self) -> None:
        position = self._current()
        if position is not None:
            del self._entries[position]
            self._changed()

    def _current(self) -> int | None:
        item = self.listing.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _changed(self) -> None:
        self._show()
        self.edited.emit()

    def _show(self) -> None:
        self.listing.clear()
        order = sorted(
            range(len(self._entries)),
            key=lambda i: str(self._entries[i].get("date") or ""),
            reverse=True,
        )
        for position in order:
            entry = self._entries[position]
            day = entry.get("date")
            when = show_date(dt.date.fromisoformat(str(day)[:10]), self._lang) if day else "—"
            kind = self._vocab.label(ACTIVITY_TYPE, entry.get("type", ""), self._lang)
            summary = str(entry.get("summary") or "").split("\n")[0]
            item = QListWidgetItem(" · ".join(part for part in (when, kind, summary) if part))
            item.setData(Qt.ItemDataRole.UserRole, position)
            self.listing.addItem(item)
