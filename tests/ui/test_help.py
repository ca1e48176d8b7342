"""Help → the user guide read offline with its screenshots, About with versions and
licences, and Tools → backup and check."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QTextDocument
from pytestqt.qtbot import QtBot

from lazos_desktop import __version__, paths
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs.about_dialog import AboutDialog
from lazos_desktop.ui.dialogs.guide_window import GUIDES, IMAGE_WIDTH, GuideWindow, _images

pytestmark = pytest.mark.gui


def test_f1_opens_the_guide_with_every_screenshot(qtbot: QtBot, window: Any) -> None:
    assert window.action_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.action_keys.shortcut() != window.action_guide.shortcut()
    assert window.action_guide in window.help_menu.actions()
    window.action_guide.trigger()
    guide = window.commands.show_guide()
    assert guide.isVisible()
    assert guide.browser.source() == QUrl.fromLocalFile(
        str(paths.docs_folder() / "guia-usuario.md")
    )
    assert "Buscar y filtrar" in guide.browser.toPlainText()
    names = guide.image_names()
    assert "screenshots/welcome-es.png" in names and len(names) >= 8
    assert guide.missing_images() == []


def test_in_portuguese_f1_opens_the_portuguese_guide(qtbot: QtBot, window: Any) -> None:
    window.commands.show_guide()  # opened in Spanish first
    window.set_language("pt")
    guide = window.commands.show_guide()
    assert guide.isVisible() and guide.current_language() == "pt"
    assert guide.browser.source() == QUrl.fromLocalFile(
        str(paths.docs_folder() / "guia-do-usuario.md")
    )
    text = guide.browser.toPlainText()
    assert "Guia de uso do LAZOS Desktop" in text and "Buscar e filtrar" in text
    assert "Ajuda → Guia de uso" in text
    assert guide.windowTitle() == "Guia de uso — LAZOS Desktop"
    names = guide.image_names()
    assert "screenshots/welcome-pt.png" in names and len(names) >= 8
    assert guide.missing_images() == []
    image = QTextDocument.ResourceType.ImageResource.value
    for name in names:  # the browser resolves each beside the Portuguese guide and decodes it
        assert not QImage.fromData(guide.browser.loadResource(image, QUrl(name))).isNull(), name


def test_every_guide_links_only_screenshots_on_disk() -> None:
    pattern = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
    for lang, file_name in GUIDES.items():
        text = (paths.docs_folder() / file_name).read_text(encoding="utf-8")
        links = pattern.findall(text)
        assert len(links) >= 8, lang
        for link in links:
            assert (paths.docs_folder() / link).is_file(), f"{file_name}: {link}"


def test_the_three_guides_show_the_same_sections_and_shrink_big_images(qtbot: QtBot) -> None:
    guide = GuideWindow("en")
    qtbot.addWidget(guide)
    assert "Search and filter" in guide.browser.toPlainText()
    english = len(guide.image_names())
    headings = _headings(guide)
    assert len(headings) >= 10
    guide.language.setCurrentIndex(guide.language.findData("pt"))
    assert "Buscar e filtrar" in guide.browser.toPlainText()
    assert len(guide.image_names()) == english
    assert len(_headings(guide)) == len(headings)
    guide.language.setCurrentIndex(guide.language.findData("es"))
    assert "Buscar y filtrar" in guide.browser.toPlainText()
    assert len(guide.image_names()) == english
    assert len(_headings(guide)) == len(headings)
    document = guide.browser.document()
    shrunk = 0
    for name, position in _images(document):
        shown = _image_formats(document.findBlock(position), position)[0]
        natural = QImageReader(str(paths.docs_folder() / name)).size().width()
        if natural > IMAGE_WIDTH:
            assert shown.width() == IMAGE_WIDTH, name
            shrunk += 1
        else:
            assert shown.width() == 0, name  # shown at its own size
    assert shrunk >= 5


def _headings(guide: GuideWindow) -> list[str]:
    block = guide.browser.document().begin()
    found = []
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(block.text())
        block = block.next()
    return found


def _image_formats(block: Any, position: int) -> list[Any]:
    found = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.position() == position and fragment.charFormat().isImageFormat():
            found.append(fragment.charFormat().toImageFormat())
        iterator += 1
    return found


def test_web_links_are_never_followed(qtbot: QtBot) -> None:
    guide = GuideWindow("es")
    qtbot.addWidget(guide)
    before = guide.browser.source()
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert guide.browser.source() == before
    guide.browser.anchorClicked.emit(QUrl("user-guide.md"))
    assert guide.current_language() == "en"


def test_a_missing_guide_says_where_it_was_looked_for(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(paths, "docs_folder", lambda: tmp_path)
    guide = GuideWindow("es")
    qtbot.addWidget(guide)
    assert str(tmp_path / "guia-usuario.md") in guide.browser.toPlainText()


def test_about_names_version_fonts_and_licences(qtbot: QtBot, catalogue_path: Path) -> None:
    about = AboutDialog(catalogue_path)
    qtbot.addWidget(about)
    text = about.browser.toPlainText()
    source = about.about_html(catalogue_path)
    assert f"LAZOS Desktop {__version__}" in text
    assert str(catalogue_path) in text
    for expected in ("DejaVu Sans", "Bitstream Vera", "Qt", "PySide6", "LGPL-3.0-only"):
        assert expected in text
    for library, licence in (
        ("reportlab", "BSD-3-Clause"),
        ("sqlite-utils", "Apache-2.0"),
        ("pydantic", "MIT"),
        ("babel", "BSD-3-Clause"),
        ("openpyxl", "MIT"),
    ):
        pattern = rf"<td>{library}</td><td>[\d.]+</td><td>{licence}</td>"
        assert re.search(pattern, source, re.IGNORECASE), library


def test_about_opens_from_help(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[Path] = []
    monkeypatch.setattr(dialogs, "show_about_dialog", lambda parent, path: shown.append(path))
    window.action_about.trigger()
    assert shown == [window.catalogue.path]


def test_keys_list_names_the_guide(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    texts: list[str] = []
    monkeypatch.setattr(dialogs, "show_about", lambda parent, text: texts.append(text))
    window.action_keys.trigger()
    assert "Guía de uso" in texts[0] and "F1" in texts[0] and "Ctrl+F1" in texts[0]
    assert window.action_keys.shortcut() == QKeySequence("Ctrl+F1")
