"""The window's language: Qt translators for our texts and Qt's own, and the locale.

Our source texts are Spanish; `lazos_en.qm` and `lazos_pt.qm` are built from the `.ts`
files in `resources/translations` by `make translations`. Data labels (axes, statuses,
countries) do not come from here but from the catalogue's vocabularies and CLDR.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lazos_desktop import paths

_installed: list[QTranslator] = []
_current = ["es"]

LOCALE_NAMES = {"es": "es_419", "en": "en_GB", "pt": "pt_BR"}


def translations_folder() -> Path:
    """`LAZOS_TRANSLATIONS` when set (tests build the `.qm` files there), else the resources."""
    override = os.environ.get("LAZOS_TRANSLATIONS")
    return Path(override) if override else paths.resources_folder() / "translations"


def current_language() -> str:
    """The language the window speaks now (dialogs say errors in it)."""
    return _current[0]


def locale_for(lang: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(lang, "es_419"))


def install_language(lang: str) -> bool:
    """Replace the application's translators with those of `lang`; False if ours is missing.

    Spanish needs no translator of ours (it is the source language) but still loads Qt's own
    texts so that standard buttons read "Cancelar".
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    _current[0] = lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    found = lang == "es"
    ours = QTranslator(app)
    if lang != "es" and ours.load(f"lazos_{lang}", str(translations_folder())):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale_for(lang), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
