"""Adding one follow-up task from the card: what is owed, by whom, by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.ui.dialogs.exchange_tables import date_picker, picked


class TaskDialog(QDialog):
    """Title, responsible person and institution, due date, what it came from, a note."""

    def __init__(
        self,
        lang: str,
        institutions: list[tuple[str, str]],
        origins: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("Añadir tarea de seguimiento"))
        self.title = QLineEdit()
        self.title.setObjectName("taskTitle")
        self.responsible = QLineEdit()
        self.responsible.setObjectName("taskResponsible")
        self.responsible.setPlaceholderText(self.tr("Nombre de la persona"))
        self.institution = QComboBox()
        self.institution.setObjectName("taskInstitution")
        self.institution.addItem("—", "")
        for name, record_id in institutions:
            self.institution.addItem(name, record_id)
        self.due = date_picker(None, lang)
        self.due.setObjectName("taskDue")
        self.origin = QComboBox()
        self.origin.setObjectName("taskOrigin")
        self.origin.addItem("—", "")
        for text, item_id in origins:
            self.origin.addItem(text, item_id)
        self.note = QPlainTextEdit()
        self.note.setObjectName("taskNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Tarea"), self.title)
        form.addRow(self.tr("&Responsable"), self.responsible)
        form.addRow(self.tr("&Institución"), self.institution)
        form.addRow(self.tr("&Vence"), self.due)
        form.addRow(self.tr("&Origen"), self.origin)
        form.addRow(self.tr("&Nota"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.title.setFocus()

    def task(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "responsible": self.responsible.text().strip(),
            "institution": self.institution.currentData() or "",
            "due": picked(self.due),
            "origin": self.origin.currentData() or "",
            "note": self.note.toPlainText().strip(),
            "status": "open",
        }

    def _save(self) -> None:
        if not self.title.text().strip():
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("Escriba qué hay que hacer"))
            return
        self.accept()


def ask_task(
    parent: QWidget,
    lang: str,
    institutions: list[tuple[str, str]],
    origins: list[tuple[str, str]],
) -> dict[str, Any] | None:
    """The task the officer saved, or None; tests replace this function."""
    dialog = TaskDialog(lang, institutions, origins, parent)
    return dialog.task() if dialog.exec() == QDialog.DialogCode.Accepted else None
