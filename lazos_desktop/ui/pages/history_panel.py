"""The record's history: who changed what and when (field, before, after), and revert.

The panel does not change the catalogue itself: "Revertir este cambio" emits
`revert_requested` with the history entry, and the window runs `history.revert_change`
as an undoable command, so a revert can be undone like any edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.dates import show_moment
from lazos_desktop.domain.messages import author_name, field_label
from lazos_desktop.services import Catalogue, HistoryEntry, history

REVERTIBLE = {"update", "create", "delete", "restore", "link", "unlink"}
SHOWN_CHARACTERS = 140


class HistoryPanel(QWidget):
    """History of one record, newest first; emits the entry the officer wants reverted."""

    revert_requested = Signal(object)  # HistoryEntry

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang = "es"
        self.record_id: str | None = None
        self.entries: list[HistoryEntry] = []

        self.heading = QLabel(self.tr("Seleccione un registro para ver su historial."))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fecha"),
                self.tr("Quién"),
                self.tr("Cambio"),
                self.tr("Campo"),
                self.tr("Antes"),
                self.tr("Después"),
                self.tr("Llegó por importación"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_button)

        self.revert_button = QPushButton(self.tr("Revertir este cambio"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._request_revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_record(self, record_id: str) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        if self.record_id is None:
            return
        record = self.catalogue.find(self.record_id)
        self.entries = history.record_history(self.catalogue, self.record_id)
        if record is not None:
            self.heading.setText(
                self.tr("Historial de {code} — {title}").format(
                    code=record.code, title=record.title
                )
            )
        elif self.entries:
            self.heading.setText(
                self.tr("Historial de {code} (registro eliminado)").format(
                    code=self.entries[0].code
                )
            )
        else:
            self.heading.setText(self.tr("No hay historial para este registro."))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [
                show_moment(entry.at, self.lang),
                author_name(entry.who, self.lang) or self.tr("(sin nombre)"),
                self.operation_label(entry.operation),
                field_label(entry.field, self.lang) if entry.field else "",
                self.value_text(entry, entry.before),
                self.value_text(entry, entry.after),
                self.import_text(entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(_shortened(text))
                if column in (4, 5, 6) and text:
                    item.setToolTip(text[:4000])
                self.table.setItem(row, column, item)
        self._update_button()

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def operation_label(self, operation: str) -> str:
        labels = {
            "create": self.tr("Creación"),
            "update": self.tr("Modificación"),
            "delete": self.tr("Eliminación"),
            "restore": self.tr("Recuperación"),
            "link": self.tr("Relación añadida"),
            "unlink": self.tr("Relación quitada"),
            "attach": self.tr("Adjunto añadido"),
            "detach": self.tr("Adjunto quitado"),
            "rename_attachment": self.tr("Adjunto renombrado"),
        }
        return labels.get(operation, operation)

    def import_text(self, entry: HistoryEntry) -> str:
        """Who brought a change by import, when and from which file; empty for a local one
        (the row's own date and name are then the file's author and time)."""
        if not entry.imported_at:
            return ""
        return self.tr("importado por {who} el {when} desde {files}").format(
            who=entry.imported_by or self.tr("(sin nombre)"),
            when=show_moment(entry.imported_at, self.lang),
            files=", ".join(Path(name).name for name in entry.imported_from),
        )

    def value_text(self, entry: HistoryEntry, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—" if entry.operation == "update" else ""
        if entry.field == "links" and isinstance(value, str):
            other = self.catalogue.find(value)
            return f"{other.code} {other.title}" if other else value
        if entry.field == "attachments" and isinstance(value, dict):
            return str(value.get("name", ""))
        if entry.operation == "delete" and isinstance(value, dict):
            return self.tr("Registro completo ({code})").format(code=value.get("code", ""))
        if isinstance(value, bool):
            return self.tr("Sí") if value else self.tr("No")
        if isinstance(value, list):
            return "; ".join(_plain(item) for item in value)
        return _plain(value)

    def _update_button(self) -> None:
        entry = self.selected_entry()
        self.revert_button.setEnabled(entry is not None and entry.operation in REVERTIBLE)

    def _request_revert(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.revert_requested.emit(entry)


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in ("", None, []))
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _shortened(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARACTERS else line[: SHOWN_CHARACTERS - 1] + "…"
