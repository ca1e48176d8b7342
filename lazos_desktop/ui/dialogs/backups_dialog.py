"""File → Copias de seguridad: the catalogue's backups, a backup now, and restore.

A standalone dialog the main window opens; it talks to `services.safety` only. Questions
and warnings go through `confirm` and `warn`, plain attributes the tests replace so that
no test waits on a modal box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop import paths
from lazos_desktop.domain.dates import show_moment
from lazos_desktop.domain.records import Kind
from lazos_desktop.services import BackupInfo, Catalogue, CatalogueError, safety
from lazos_desktop.ui.failures import failure_text
from lazos_desktop.ui.i18n import current_language

Ask = Callable[[QWidget, str, str], bool]
Tell = Callable[[QWidget, str, str], None]


def ask_with_message_box(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_with_message_box(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


class BackupsDialog(QDialog):
    """Lists backups (date, reason, record counts), makes one now, restores one."""

    restored = Signal(object)  # RestoreResult: the window reloads everything it shows
    backed_up = Signal(object)  # Path of the new backup

    KINDS = (Kind.PRACTICE, Kind.EXCHANGE, Kind.TOOLBOX, Kind.INSTITUTION)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.confirm: Ask = ask_with_message_box
        self.warn: Tell = tell_with_message_box
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Copias de seguridad"))
        self.resize(860, 420)

        folder = paths.backups_folder(catalogue.path)
        self.policy = QLabel(
            self.tr(
                "Se guardan automáticamente las copias de los últimos {days} días y una antes "
                "de cada actualización, importación y restauración. Cada copia se verifica "
                "al escribirla. Carpeta: {folder}"
            ).format(days=safety.DAILY_KEPT, folder=folder)
        )
        self.policy.setWordWrap(True)
        self.policy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Copias de seguridad"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fecha"),
                self.tr("Motivo"),
                self.tr("Prácticas"),
                self.tr("Intercambios"),
                self.tr("Herramientas"),
                self.tr("Instituciones"),
                self.tr("Tamaño"),
                self.tr("Estado"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self.tr("Todavía no hay copias de seguridad de este catálogo."))
        self.backup_button = QPushButton(self.tr("Hacer una copia ahora"))
        self.restore_button = QPushButton(self.tr("Restaurar la copia seleccionada…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.refresh()

    # Actions -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.backups = safety.list_backups(self.catalogue.path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [
                show_moment(info.taken_at, current_language()),
                self.reason_label(info.reason),
                *(
                    str(info.counts.get(kind.value, 0)) if info.readable else "—"
                    for kind in self.KINDS
                ),
                _size(info.size),
                self.tr("Verificable")
                if info.readable
                else self.tr("Ilegible: {problem}").format(problem=info.problem),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def backup_now(self) -> Path | None:
        try:
            written = safety.backup_now(self.catalogue)
        except CatalogueError as error:
            self.warn(self, self.tr("No se hizo la copia"), failure_text(error, current_language()))
            return None
        self.refresh()
        self.backed_up.emit(written)
        return written

    def restore_selected(self) -> safety.RestoreResult | None:
        info = self.selected()
        if info is None:
            return None
        question = self.tr(
            "¿Restaurar la copia del {date} ({reason})? El catálogo actual se reemplazará por "
            "esta copia ({total} registros). Antes se guardará una copia del estado actual, "
            "para poder volver atrás."
        ).format(
            date=show_moment(info.taken_at, current_language()),
            reason=self.reason_label(info.reason),
            total=info.total,
        )
        if not self.confirm(self, self.tr("Restaurar copia de seguridad"), question):
            return None
        try:
            result = safety.restore_into(self.catalogue, info.path)
        except CatalogueError as error:
            self.warn(self.tr("No se restauró la copia"), failure_text(error, current_language()))
            return None
        self.refresh()
        self.restored.emit(result)
        return result

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def reason_label(self, reason: str) -> str:
        labels = {
            safety.DAILY: self.tr("Diaria"),
            safety.MANUAL: self.tr("Manual"),
            "pre-migration": self.tr("Antes de actualizar"),
            "pre-import": self.tr("Antes de importar"),
            "pre-restore": self.tr("Antes de restaurar"),
        }
        return labels.get(reason, reason)

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.readable)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
