"""The «Generar informe» dialog: choices become requests, the preview renders off the UI
thread and pages can be turned, saving and opening go where they should. No modal waits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui.dialogs.brief_dialog import SCOPE_COUNTRY, SCOPE_FILTER, BriefDialog
from tests.briefs.conftest import pdf_text

pytestmark = pytest.mark.gui


def make_dialog(qtbot: QtBot, catalogue: Catalogue, **kwargs: object) -> BriefDialog:
    dialog = BriefDialog(catalogue, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_record_brief_preview_pages_save_and_open(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path
) -> None:
    exchange = catalogue.get("EX-001")
    dialog = make_dialog(qtbot, catalogue, selected_ids=[exchange.id, "BP-002", "EX-005"])
    dialog.set_template("record")
    assert dialog.save_button.isEnabled()  # saving needs no preview first
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.preview_button.click()
    assert dialog.document.pageCount() >= 3
    assert dialog.current_page() == 0 and not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    assert dialog.current_page() == 1
    assert dialog.page_label.text() == f"Página 2 de {dialog.document.pageCount()}"

    target = tmp_path / "informe"
    dialog.ask_save_path = lambda suggested: str(target)
    dialog.save_button.click()
    saved = tmp_path / "informe.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in dialog.status_label.text()

    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(dialog.preview_path))]


def test_choices_become_the_request(qtbot: QtBot, catalogue: Catalogue) -> None:
    query = RecordQuery(text="financiera")
    dialog = make_dialog(qtbot, catalogue, selected_ids=["BP-001"], query=query)
    dialog.set_template("country")
    assert not dialog.scope_box.isEnabled() and dialog.country_box.isEnabled()
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("PE"))
    dialog.set_language("pt")
    request = dialog.request()
    assert (request.template, request.country, request.lang) == ("country", "PE", "pt")
    dialog.set_template("catalogue")
    dialog.set_scope(SCOPE_FILTER)
    assert dialog.request().query == query and not dialog.country_box.isEnabled()
    dialog.set_template("pack")
    dialog.set_scope(SCOPE_COUNTRY)
    dialog.meeting_edit.setText("Mesa técnica")
    request = dialog.request()
    assert request.ids == () and request.country == dialog.country_box.currentData()
    assert request.meeting == "Mesa técnica"


def test_a_record_brief_without_selection_explains_itself(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    dialog = make_dialog(qtbot, catalogue)
    dialog.set_template("record")
    with qtbot.waitSignal(dialog.preview_failed, timeout=5_000):
        dialog.preview_button.click()
    assert "Seleccione" in dialog.status_label.text()
    assert dialog.preview_path is None and not dialog.open_button.isEnabled()


def test_theme_brief_in_english_renders(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = make_dialog(qtbot, catalogue)
    dialog.set_template("theme")
    dialog.axis_box.setCurrentIndex(dialog.axis_box.findData("cohesion_social"))
    dialog.set_language("en")
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000) as blocker:
        dialog.preview_button.click()
    assert Path(blocker.args[0]).is_file()
    assert dialog.document.pageCount() >= 1


def test_saving_without_a_preview_writes_the_brief_chosen(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, catalogue, selected_ids=["EX-001"])
    dialog.set_template("record")
    dialog.ask_save_path = lambda suggested: str(tmp_path / "sin-vista-previa.pdf")
    dialog.save_button.click()
    saved = tmp_path / "sin-vista-previa.pdf"
    assert saved.read_bytes().startswith(b"%PDF") and dialog.preview_path is None
    # A preview, then other choices: the saved brief is the one chosen now.
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.preview_button.click()
    dialog.title_edit.setText("Otro título")
    dialog.ask_save_path = lambda suggested: str(tmp_path / "cambiado.pdf")
    dialog.save_button.click()
    assert "Otro título" in pdf_text(tmp_path / "cambiado.pdf")


def test_keys_reach_preview_and_save_and_the_language_follows_the_window(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    dialog = make_dialog(qtbot, catalogue, selected_ids=["EX-001"])
    assert dialog.preview_button.shortcut().toString() == "Ctrl+Return"
    assert dialog.save_button.shortcut().toString() == "Ctrl+S"
    assert all(
        "&" in button.text()
        for button in (dialog.preview_button, dialog.save_button, dialog.word_button)
    )
    assert dialog.language_box.currentData() == "es"
