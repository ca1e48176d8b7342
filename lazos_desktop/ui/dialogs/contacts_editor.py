"""The focal points of an exchange or an institution, with how consent was given.

Contacts are personal data: the editor says so above the table, and what it holds leaves
the laptop only when the officer ticks "incluir datos de contacto" in an export or a brief.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.ui.dialogs.exchange_tables import _RowsEditor

CONTACT_FIELDS = (
    "name",
    "organisation",
    "role",
    "email",
    "phone",
    "language",
    "consent_date",
    "consent_note",
)


class ContactsEditor(_RowsEditor):
    """One row per focal point: who, where, how to reach them, and their consent."""

    headers = CONTACT_FIELDS
    widths = (150, 120, 120, 160, 110, 70, 100)

    def __init__(self, vocab: Vocabularies, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(vocab, lang, parent)
        self.setObjectName("contactsEditor")
        self.table.setAccessibleName(self.tr("Puntos focales"))
        note = QLabel(
            self.tr(
                "Datos personales: anote la fecha y la forma en que la persona aceptó que se "
                "guarden. No salen en exportaciones, paquetes ni informes salvo que marque "
                "«incluir datos de contacto»."
            )
        )
        note.setObjectName("contactsConsentNote")
        note.setWordWrap(True)
        layout = self.layout()
        layout.insertWidget(0, note)  # type: ignore[attr-defined]

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Nombre"),
            self.tr("Organización"),
            self.tr("Cargo"),
            self.tr("Correo"),
            self.tr("Teléfono"),
            self.tr("Idioma"),
            self.tr("Consentimiento (fecha)"),
            self.tr("Consentimiento (cómo)"),
        )

    def read_row(self, row: int) -> dict[str, Any]:
        data: dict[str, Any] = {
            name: self._text(row, column) for column, name in enumerate(CONTACT_FIELDS)
        }
        data["consent_date"] = data["consent_date"] or None
        return data

    def write_row(self, row: int, data: dict[str, Any]) -> None:
        for column, name in enumerate(CONTACT_FIELDS):
            self._set_text(row, column, str(data.get(name) or ""))
