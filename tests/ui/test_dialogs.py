"""The dialogs the window opens, built non-modally: link picker, settings, catalogue files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lazos_desktop.services import Catalogue
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs.link_picker import LinkPicker
from lazos_desktop.ui.dialogs.settings_dialog import SettingsDialog
from lazos_desktop.ui.settings import LANGUAGE, RECENT_FILES, Settings

pytestmark = pytest.mark.gui


def test_link_picker_searches_other_kinds(qtbot, catalogue: Catalogue) -> None:  # noqa: ANN001
    practice = catalogue.get("BP-002")
    picker = LinkPicker(catalogue, practice)
    qtbot.addWidget(picker)
    assert picker.kind.currentData() == "exchange"
    qtbot.keyClicks(picker.search, "medicion")
    picker.refresh()
    shown = [picker.results.item(row).text() for row in range(picker.results.count())]
    assert shown and all("medición estadística" in text for text in shown)
    picker.results.setCurrentRow(0)
    assert picker.chosen_id() == catalogue.get(shown[0].split(" — ")[0]).id
    picker.kind.setCurrentIndex(picker.kind.findData("toolbox"))
    picker.search.clear()
    picker.refresh()
    assert picker.results.count() == 9


def test_link_picker_greys_out_what_is_already_related(qtbot, catalogue: Catalogue) -> None:  # noqa: ANN001
    practice = catalogue.get("BP-001")
    exchange = catalogue.get("EX-004")
    catalogue.link(practice.id, exchange.id)
    picker = LinkPicker(catalogue, catalogue.get("BP-001"))
    qtbot.addWidget(picker)
    rows = {
        picker.results.item(r).text().split(" — ")[0]: picker.results.item(r)
        for r in range(picker.results.count())
    }
    assert not rows["EX-004"].flags() & Qt.ItemFlag.ItemIsEnabled
    picker.results.setCurrentItem(rows["EX-004"])
    assert picker.chosen_id() is None


def test_settings_dialog_reports_choices(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    settings = Settings()
    settings.remember_catalogue(str(tmp_path / "otro.sqlite3"))
    settings.set(LANGUAGE, "pt")
    dialog = SettingsDialog(
        settings,
        tmp_path / "actual.sqlite3",
        lambda parent: None,
        lambda parent: tmp_path / "nuevo.sqlite3",
    )
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "pt"
    assert dialog.recent.count() == 1
    dialog.officer.setText("  Marta Quispe ")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog._choose_create()
    choice = dialog.choice()
    assert choice.officer == "Marta Quispe"
    assert choice.paper_size == "letter"
    assert choice.catalogue == tmp_path / "nuevo.sqlite3" and choice.create_catalogue
    assert "nuevo.sqlite3" in dialog.next_file.text()


def test_create_and_reopen_catalogues_from_the_file_menu(
    window, monkeypatch, tmp_path: Path
) -> None:  # noqa: ANN001
    first = window.catalogue.path
    second = tmp_path / "segundo.sqlite3"
    monkeypatch.setattr(dialogs, "ask_catalogue_to_create", lambda parent: second)
    window.action_create.trigger()
    window.wait_for_queries()
    assert window.catalogue.path == second
    assert window.records_page().filters.count.text() == "3 de 3 prácticas"
    assert not window.undo_stack.canUndo()
    recent = Settings().get(RECENT_FILES)
    assert recent[:2] == [str(second), str(first)]
    assert window.recent_menu.actions()[0].text() == str(first)

    monkeypatch.setattr(dialogs, "ask_catalogue_to_open", lambda parent: first)
    window.action_open.trigger()
    assert window.catalogue.path == first


def test_a_file_that_is_not_a_catalogue_is_refused_with_a_message(
    window, monkeypatch, tmp_path: Path
) -> None:  # noqa: ANN001
    bogus = tmp_path / "notas.sqlite3"
    bogus.write_text("no soy un catálogo", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    before = window.catalogue.path
    assert not window.open_catalogue(bogus)
    assert window.catalogue.path == before
    assert shown and "notas.sqlite3" in shown[0] and "no es un catálogo" in shown[0]
