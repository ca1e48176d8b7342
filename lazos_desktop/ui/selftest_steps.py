"""The window's part of `lazos-desktop --selftest`: Qt starts offscreen, the translations and
the PDF preview load, the main window opens on the self-test's catalogue and closes, and
the user guide finds its screenshots. A build that forgot a Qt plugin, a `.qm` file or the
guide fails here, by name, instead of in front of an officer.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, qVersion
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from lazos_desktop.domain import languages
from lazos_desktop.services.selftest import SelfTestContext, Step, StepFailed
from lazos_desktop.ui.i18n import install_language, translations_folder
from lazos_desktop.ui.settings import OFFICER_NAME, Settings

# A text of the window whose translation proves the `.qm` file was loaded.
PROBE_CONTEXT, PROBE_TEXT = "MainWindow", "&Archivo"

LABELS: dict[str, dict[str, str]] = {
    "qt": {
        "es": "iniciar Qt sin pantalla",
        "en": "start Qt offscreen",
        "pt": "iniciar o Qt sem tela",
    },
    "translations": {
        "es": "cargar las traducciones (en, pt)",
        "en": "load the translations (en, pt)",
        "pt": "carregar as traduções (en, pt)",
    },
    "pdf_preview": {
        "es": "abrir la ficha en la vista previa PDF",
        "en": "open the brief in the PDF preview",
        "pt": "abrir a ficha na pré-visualização PDF",
    },
    "window": {
        "es": "abrir y cerrar la ventana principal",
        "en": "open and close the main window",
        "pt": "abrir e fechar a janela principal",
    },
    "guide": {
        "es": "abrir la guía de uso con sus imágenes",
        "en": "open the user guide with its images",
        "pt": "abrir o guia de uso com suas imagens",
    },
}

_TEXTS = {
    "rows": {"es": "{count} filas", "en": "{count} rows", "pt": "{count} linhas"},
    "images": {
        "es": "{langs}, {count} imágenes",
        "en": "{langs}, {count} images",
        "pt": "{langs}, {count} imagens",
    },
    "no_translation": {
        "es": "falta {file} en {folder} (o no traduce «{text}»)",
        "en": "{file} is missing from {folder} (or does not translate “{text}”)",
        "pt": "falta {file} em {folder} (ou não traduz «{text}»)",
    },
    "pdf": {
        "es": "la vista previa no pudo abrir {path}: {status}",
        "en": "the preview could not open {path}: {status}",
        "pt": "a pré-visualização não pôde abrir {path}: {status}",
    },
    "no_rows": {
        "es": "la ventana no mostró ningún registro",
        "en": "the window showed no record",
        "pt": "a janela não mostrou nenhum registro",
    },
    "guide": {
        "es": "falta la guía o alguna de sus imágenes: {missing}",
        "en": "the guide or some of its images are missing: {missing}",
        "pt": "falta o guia ou alguma de suas imagens: {missing}",
    },
}


def window_steps() -> list[Step]:
    return [
        Step("qt", _start_qt),
        Step("translations", _translations),
        Step("pdf_preview", _pdf_preview),
        Step("window", _main_window),
        Step("guide", _guide),
    ]


def _start_qt(context: SelfTestContext) -> str:
    if QApplication.instance() is None:
        # The self-test never shows anything, with or without a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QApplication(["lazos-desktop"])
    return f"Qt {qVersion()}, {QApplication.platformName()}"


def _translations(context: SelfTestContext) -> str:
    try:
        for lang in ("en", "pt"):
            loaded = install_language(lang)
            translated = QCoreApplication.translate(PROBE_CONTEXT, PROBE_TEXT)
            if not loaded or translated == PROBE_TEXT:
                raise StepFailed(
                    _say(
                        "no_translation",
                        context.lang,
                        file=f"lazos_{lang}.qm",
                        folder=translations_folder(),
                        text=PROBE_TEXT,
                    )
                )
    finally:
        install_language("es")
    return "en, pt"


def _pdf_preview(context: SelfTestContext) -> str:
    path = context.folder / "ficha.pdf"
    document = QPdfDocument()
    status = document.load(str(path))
    pages = document.pageCount()
    document.close()
    if status != QPdfDocument.Error.None_ or pages < 1:
        raise StepFailed(_say("pdf", context.lang, path=path, status=status.name))
    return f"{pages} p."


def _main_window(context: SelfTestContext) -> str:
    from lazos_desktop.ui.app import build_main_window

    qsettings = QSettings(str(context.folder / "ajustes.ini"), QSettings.Format.IniFormat)
    settings = Settings(qsettings)
    settings.set(OFFICER_NAME, "autoprueba")
    window = build_main_window(context.catalogue_path, "es", settings=settings)
    try:
        window.show()
        window.wait_for_queries()
        rows = window.records_page().model.rowCount()
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    if rows < 1:
        raise StepFailed(_say("no_rows", context.lang))
    return _say("rows", context.lang, count=rows)


def _guide(context: SelfTestContext) -> str:
    from lazos_desktop.ui.dialogs.guide_window import GUIDES, GuideWindow, guide_path

    guide = GuideWindow("es")
    missing: list[str] = []
    images = 0
    try:
        for lang in GUIDES:
            if not guide.load(lang):
                missing.append(guide_path(lang).name)
            missing += guide.missing_images()
            images += len(guide.image_names())
    finally:
        guide.deleteLater()
    if missing or not images:
        shown = ", ".join(dict.fromkeys(missing)) or "docs/*.md"
        raise StepFailed(_say("guide", context.lang, missing=shown))
    return _say("images", context.lang, langs=", ".join(GUIDES), count=images)


def _say(key: str, lang: str, **params: object) -> str:
    return languages.render(_TEXTS, key, lang, **params)
