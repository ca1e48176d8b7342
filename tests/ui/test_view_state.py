"""Each view keeps its own search, filters and card; a new record shows; back and forward."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.ui import dialogs

pytestmark = pytest.mark.gui


def codes_shown(window: Any) -> list[str]:
    model = window.records_page().model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def select_code(window: Any, code: str) -> None:
    page = window.records_page()
    page.table.setFocus()
    page.table.selectRow(codes_shown(window).index(code))


def search(window: Any, text: str) -> None:
    window.records_page().filters.search.setText(text)
    window.wait_for_queries()


def card_code(window: Any) -> str | None:
    record = window.records_page().shown_record()
    return record.code if record is not None else None


def test_search_and_filters_stay_with_their_view(window: Any) -> None:
    all_practices = codes_shown(window)
    search(window, "xenofobiaquenoexiste")
    assert codes_shown(window) == []

    window.show_kind("exchange")
    window.wait_for_queries()
    page = window.records_page()
    assert page.kind == "exchange"
    assert page.filters.search.text() == ""
    assert not page.filters.is_filtered()
    assert len(codes_shown(window)) > 0

    window.show_kind("practice")
    window.wait_for_queries()
    assert window.records_page().filters.search.text() == "xenofobiaquenoexiste"
    assert codes_shown(window) == []
    window.action_clear.trigger()
    window.wait_for_queries()
    assert codes_shown(window) == all_practices


def test_the_card_follows_the_view(window: Any) -> None:
    select_code(window, "BP-002")
    assert card_code(window) == "BP-002"

    window.show_kind("toolbox")
    window.wait_for_queries()
    assert card_code(window) is None  # not the practice of another view
    assert "BP-002" not in window.records_page().detail.toPlainText()
    assert not window.action_edit.isEnabled()
    select_code(window, "TB-003")
    assert card_code(window) == "TB-003"

    window.show_kind("practice")
    window.wait_for_queries()
    assert card_code(window) == "BP-002"
    assert window.selected_ids() == [window.records_page().shown_id]
    window.show_kind("toolbox")
    window.wait_for_queries()
    assert card_code(window) == "TB-003"


def test_a_new_record_is_selected_even_under_a_filter_that_hides_it(
    window: Any, monkeypatch: pytest.MonkeyPatch, errors_shown: list[str]
) -> None:
    search(window, "xenofobiaquenoexiste")
    assert codes_shown(window) == []

    def new_practice(parent: Any, catalogue: Any, kind: Kind, record: Any, lang: str) -> Record:
        made, problems = catalogue.parse(
            kind,
            {
                "title": "Ventanilla única de empleo de prueba",
                "countries": ["PE"],
                "axes": ["empleo"],
            },
        )
        assert made is not None, problems
        return made

    monkeypatch.setattr(dialogs, "edit_record", new_practice)
    window.action_new.trigger()
    window.wait_for_queries()
    assert errors_shown == []

    page = window.records_page()
    created = window.catalogue.find(page.shown_id or "")
    assert created is not None and created.title == "Ventanilla única de empleo de prueba"
    assert window.selected_ids() == [created.id]
    assert created.code in codes_shown(window)
    assert page.filters.search.text() == ""  # the filter that hid it gave way, and said why
    assert "no coincidía" in window.statusBar().currentMessage()


def test_a_new_record_matching_the_filter_keeps_the_filter(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(window, "ventanilla")

    def new_practice(parent: Any, catalogue: Any, kind: Kind, record: Any, lang: str) -> Record:
        made, _ = catalogue.parse(
            kind,
            {"title": "Ventanilla de orientación laboral", "countries": ["CO"], "axes": ["empleo"]},
        )
        assert made is not None
        return made

    monkeypatch.setattr(dialogs, "edit_record", new_practice)
    window.action_new.trigger()
    window.wait_for_queries()
    assert window.records_page().filters.search.text() == "ventanilla"
    assert card_code(window) in codes_shown(window)
    assert window.selected_ids() == [window.records_page().shown_id]


def test_alt_left_and_alt_right_walk_the_records_visited(window: Any) -> None:
    catalogue = window.catalogue
    practice = catalogue.find("BP-001")
    toolbox = catalogue.find("TB-004")
    assert practice is not None and toolbox is not None
    window.operations.change(lambda c: c.link(practice.id, toolbox.id), lambda _: "relación")
    window.wait_for_queries()
    select_code(window, "BP-001")
    window.records_page()._anchor_clicked(QUrl(f"record:{toolbox.id}"))
    window.wait_for_queries()
    assert window.nav_buttons["toolbox"].isChecked() and card_code(window) == "TB-004"
    assert window.action_back.isEnabled() and not window.action_forward.isEnabled()

    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    window.wait_for_queries()
    assert window.nav_buttons["practice"].isChecked()
    assert card_code(window) == "BP-001"
    assert window.selected_ids() == [practice.id]
    assert window.action_forward.isEnabled()

    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    window.wait_for_queries()
    assert window.nav_buttons["toolbox"].isChecked() and card_code(window) == "TB-004"
    assert not window.action_forward.isEnabled()


def test_back_skips_a_deleted_record(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    select_code(window, "BP-001")
    select_code(window, "BP-002")
    select_code(window, "BP-003")
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, what: True)
    select_code(window, "BP-002")
    window.action_delete.trigger()
    window.wait_for_queries()
    visited = [visit.record_id for visit in window.visits.visits]
    assert window.catalogue.find("BP-002") is None
    assert all(window.catalogue.find(record_id) is not None for record_id in visited)
