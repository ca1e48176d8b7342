"""The user guide, read inside the program from the Markdown files in `docs/` with their
screenshots from disk: it opens without network, and a link to the web is never followed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop import paths
from lazos_desktop.ui.screen_fit import fit_size

GUIDES = {"es": "guia-usuario.md", "en": "user-guide.md", "pt": "guia-do-usuario.md"}
GUIDE_NAMES = {"es": "Español", "en": "English", "pt": "Português"}
# Screenshots are taken at 1360 px; in the guide they are shown at most this wide.
IMAGE_WIDTH = 640


def guide_path(lang: str) -> Path:
    """The guide in `lang`; a language without a guide of its own gets the Spanish one."""
    return paths.docs_folder() / GUIDES.get(lang, GUIDES["es"])


class GuideWindow(QDialog):
    """The guide in a text browser; the language of the guide can be changed at the top."""

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Guía de uso — LAZOS Desktop"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guía de uso"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.language = QComboBox()
        self.language.setObjectName("guideLanguage")
        self.language.setAccessibleName(self.tr("Idioma de la guía"))
        for code, name in GUIDE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(lambda _: self.load(self.current_language()))
        caption = QLabel(self.tr("&Idioma de la guía:"))
        caption.setBuddy(self.language)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.language)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.browser.setFocus)
        fit_size(self, 820, 760)
        self.load(self.current_language())
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_language(self) -> str:
        return str(self.language.currentData())

    def load(self, lang: str) -> bool:
        """Show the guide of `lang`; False (and a line saying so) when its file is missing."""
        path = guide_path(lang)
        if not path.is_file():
            self.browser.setPlainText(
                self.tr("No se encuentra la guía de uso en {path}.").format(path=path)
            )
            return False
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        fit_images(self.browser.document(), path.parent, IMAGE_WIDTH)
        return True

    def image_names(self) -> list[str]:
        """The images the guide shows, as written in it."""
        return [name for name, _ in _images(self.browser.document())]

    def missing_images(self) -> list[str]:
        """Images the guide names that are not on disk (a build that forgot them)."""
        folder = paths.docs_folder()
        return [name for name in self.image_names() if not (folder / name).is_file()]

    def _follow(self, url: QUrl) -> None:
        """Anchors and the other guide open here; anything else (the web) is not followed."""
        if url.scheme() in ("", "file") and url.fileName() in GUIDES.values():
            lang = next(code for code, name in GUIDES.items() if name == url.fileName())
            self.language.setCurrentIndex(self.language.findData(lang))
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def fit_images(document: QTextDocument, folder: Path, width: int) -> None:
    """Shrink every image wider than `width` (read from `folder`), keeping its proportions."""
    for name, position in _images(document):
        natural = QImageReader(str(folder / name)).size()
        if natural.width() <= width:
            continue
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        shape = cursor.charFormat().toImageFormat()
        shape.setWidth(width)
        shape.setHeight(natural.height() * width / natural.width())
        cursor.setCharFormat(shape)


def _images(document: QTextDocument) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            shape = fragment.charFormat()
            if shape.isImageFormat():
                found.append((shape.toImageFormat().name(), fragment.position()))
            iterator += 1
        block = block.next()
    return found
