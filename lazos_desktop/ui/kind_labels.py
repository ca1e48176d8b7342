"""The names of the record kinds as the window shows them (navigation, menus, cards).

Apart from `pages.record_html` so that the window's first frame can name its pages
without importing the records and the services behind the cards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str, plural: bool = False) -> str:
    """A kind's name in the window's language, singular or plural; the key when unknown."""
    singular = {
        "practice": QCoreApplication.translate("RecordHtml", "Práctica"),
        "exchange": QCoreApplication.translate("RecordHtml", "Intercambio"),
        "toolbox": QCoreApplication.translate("RecordHtml", "Herramienta"),
        "institution": QCoreApplication.translate("RecordHtml", "Institución"),
    }
    several = {
        "practice": QCoreApplication.translate("RecordHtml", "Prácticas"),
        "exchange": QCoreApplication.translate("RecordHtml", "Intercambios"),
        "toolbox": QCoreApplication.translate("RecordHtml", "Caja de herramientas"),
        "institution": QCoreApplication.translate("RecordHtml", "Instituciones"),
    }
    return (several if plural else singular).get(kind, kind)
