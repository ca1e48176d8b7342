"""The window driven as an officer would: search, filter, edit, undo, delete, relate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QTextBrowser, QToolButton

from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs.record_editor import RecordEditor

pytestmark = pytest.mark.gui


def fresh(path: Path, ref: str) -> Record | None:
    """The record as the file holds it, read through a connection of its own."""
    other = Catalogue.open(path)
    try:
        return other.find(ref)
    finally:
        other.close()


def codes_shown(window) -> list[str]:  # noqa: ANN001
    model = window.records_page().model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def select_code(window, code: str) -> None:  # noqa: ANN001
    row = codes_shown(window).index(code)
    window.records_page().table.setFocus()
    window.records_page().table.selectRow(row)


def editing_with(monkeypatch: pytest.MonkeyPatch, fill) -> list[RecordEditor]:  # noqa: ANN001
    """Replace the modal editor by the real form, filled by `fill` and saved at once."""
    opened: list[RecordEditor] = []

    def edit(parent, catalogue, kind, record, lang):  # noqa: ANN001, ANN202
        editor = RecordEditor(catalogue, kind, record, lang, parent)
        opened.append(editor)
        fill(editor)
        editor.save()
        return editor.record()

    monkeypatch.setattr(dialogs, "edit_record", edit)
    return opened


def test_stable_names_are_in_place(window) -> None:  # noqa: ANN001
    for name in ("navPractices", "navExchanges", "navToolbox", "navOverview"):
        assert window.findChild(QToolButton, name) is not None
    assert window.findChild(QLineEdit, "searchField") is not None
    assert window.findChild(QTableView, "recordTable") is not None
    assert window.findChild(QTextBrowser, "detailPane") is not None
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Archivo",
        "&Editar",
        "&Ver",
        "&Herramientas",
        "Ay&uda",
    ]
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.tools_menu):
        assert all(
            action.isEnabled()
            or action.isSeparator()
            or action
            in (
                window.action_undo,
                window.action_redo,
                window.action_edit,
                window.action_duplicate,
                window.action_link,
                window.action_delete,
                window.action_back,
                window.action_forward,
            )
            for action in menu.actions()
        )


def test_typing_migracion_shows_only_matching_rows(window, qtbot, catalogue_path) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.findChild(QToolButton, "navToolbox"), Qt.MouseButton.LeftButton)
    window.wait_for_queries()
    everything = codes_shown(window)
    search = window.records_page().findChild(QLineEdit, "searchField")
    qtbot.keyClicks(search, "migracion")
    window.wait_for_queries()
    shown = codes_shown(window)
    expected = Catalogue.open(catalogue_path)
    matching = [s.code for s in expected.query(RecordQuery(kind="toolbox", text="migración")).rows]
    expected.close()
    assert shown == matching
    assert 0 < len(shown) < len(everything)
    assert (
        window.records_page().filters.count.text()
        == f"{len(shown)} de {len(everything)} herramientas"
    )


def test_filter_by_country_and_empty_state(window, qtbot) -> None:  # noqa: ANN001
    country = window.findChild(QComboBox, "countryFilter")
    country.setCurrentIndex(country.findData("CL"))
    window.wait_for_queries()
    assert codes_shown(window) == ["BP-001"]
    assert window.records_page().filters.count.text() == "1 de 3 prácticas"
    qtbot.keyClicks(window.records_page().filters.search, "xenofobiaquenoexiste")
    window.wait_for_queries()
    assert window.records_page().table_stack.currentWidget() is window.records_page().empty_state
    assert window.records_page().empty_action.text() == "Limpiar filtros"
    qtbot.mouseClick(window.records_page().empty_action, Qt.MouseButton.LeftButton)
    window.wait_for_queries()
    assert codes_shown(window) == ["BP-001", "BP-002", "BP-003"]
    assert country.currentIndex() == 0


def test_sorting_asks_the_store(window) -> None:  # noqa: ANN001
    window.records_page().table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    window.wait_for_queries()
    titles = [
        window.records_page().model.data(window.records_page().model.index(r, 1))
        for r in range(window.records_page().model.rowCount())
    ]
    assert titles == sorted(titles, reverse=True)
    assert window.current_query().sort == "title"


def test_edit_title_undo_redo_reach_the_file(window, qtbot, monkeypatch, catalogue_path) -> None:  # noqa: ANN001
    original = fresh(catalogue_path, "BP-002")
    assert original is not None
    editing_with(
        monkeypatch, lambda editor: editor.set_value("title", "Inclusión financiera (revisada)")
    )
    select_code(window, "BP-002")
    assert "BP-002" in window.records_page().detail.toPlainText()
    qtbot.keyClick(window.records_page().table, Qt.Key.Key_Return)
    window.wait_for_queries()
    assert fresh(catalogue_path, "BP-002").title == "Inclusión financiera (revisada)"
    assert "Inclusión financiera (revisada)" in window.records_page().detail.toPlainText()
    assert window.action_undo.text() == "Deshacer edición de BP-002"

    window.action_undo.trigger()
    window.wait_for_queries()
    assert fresh(catalogue_path, "BP-002").title == original.title
    assert window.action_redo.text() == "Rehacer edición de BP-002"

    window.action_redo.trigger()
    window.wait_for_queries()
    assert fresh(catalogue_path, "BP-002").title == "Inclusión financiera (revisada)"


def test_editor_shows_problems_beside_fields(window) -> None:  # noqa: ANN001
    record = window.catalogue.get("BP-001")
    editor = RecordEditor(window.catalogue, Kind.PRACTICE, record, "es", window)
    editor.set_value("title", "")
    editor.save()
    assert editor.result() == 0
    assert editor.problem_labels["title"].isVisibleTo(editor)
    assert "obligatorio" in editor.problem_labels["title"].text.text()
    editor.set_value("title", "Casa de Acogida")
    editor.set_value("countries", ["Narnia"])
    editor.save()
    assert editor.result() == 0
    assert not editor.problem_labels["title"].isVisibleTo(editor)
    assert "NARNIA" in editor.problem_labels["countries"].text.text()
    assert not editor.problem_labels["axes"].isVisibleTo(editor)
    editor.set_value("countries", ["Chile"])
    editor.save()
    assert editor.result() == 1
    assert editor.record() is not None and editor.record().countries == ["CL"]


def test_delete_with_confirmation_and_undo(window, qtbot, monkeypatch, catalogue_path) -> None:  # noqa: ANN001
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, what: asked.append(what) or True)
    select_code(window, "BP-003")
    linked_before = fresh(catalogue_path, "BP-003").links
    window.action_delete.trigger()
    window.wait_for_queries()
    assert asked and asked[0].startswith("BP-003")
    assert fresh(catalogue_path, "BP-003") is None
    assert "BP-003" not in codes_shown(window)
    window.action_undo.trigger()
    window.wait_for_queries()
    restored = fresh(catalogue_path, "BP-003")
    assert restored is not None and restored.links == linked_before
    assert "BP-003" in codes_shown(window)


def test_refused_delete_changes_nothing(window, monkeypatch, catalogue_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, what: False)
    select_code(window, "BP-001")
    window.action_delete.trigger()
    assert fresh(catalogue_path, "BP-001") is not None
    assert not window.undo_stack.canUndo()


def test_create_exchange_with_two_milestones(window, qtbot, monkeypatch, catalogue_path) -> None:  # noqa: ANN001
    def fill(editor: RecordEditor) -> None:
        editor.set_value("title", "Intercambio de prueba sobre certificación")
        parties = editor.inputs["parties"]
        for country, name in (("Colombia", "SENA"), ("EC", "SECAP")):
            qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
            row = parties.table.rowCount() - 1
            parties.table.item(row, 0).setText(country)
            parties.table.item(row, 1).setText(name)
        milestones = editor.inputs["milestones"]
        for date, title in (("2025-06-01", "Segunda reunión"), ("2025-03-10", "Primera reunión")):
            qtbot.mouseClick(milestones.add_button, Qt.MouseButton.LeftButton)
            row = milestones.table.rowCount() - 1
            milestones.date_picker_at(row).setDate(QDate.fromString(date, "yyyy-MM-dd"))
            milestones.table.item(row, 1).setText(title)
        milestones.table.setCurrentCell(1, 0)
        qtbot.mouseClick(milestones.up_button, Qt.MouseButton.LeftButton)

    editing_with(monkeypatch, fill)
    qtbot.mouseClick(window.findChild(QToolButton, "navExchanges"), Qt.MouseButton.LeftButton)
    window.wait_for_queries()
    window.action_new.trigger()
    window.wait_for_queries()
    created = fresh(catalogue_path, "EX-006")
    assert created is not None
    assert created.title == "Intercambio de prueba sobre certificación"
    assert [p.country for p in created.parties] == ["CO", "EC"]
    assert [m.title for m in created.milestones] == ["Primera reunión", "Segunda reunión"]
    assert str(created.milestones[0].date) == "2025-03-10"
    assert created.updated_by == window.catalogue.officer
    assert "EX-006" in codes_shown(window)
    window.action_undo.trigger()
    assert fresh(catalogue_path, "EX-006") is None


def test_milestone_dates_are_picked_on_a_calendar_and_may_be_empty(window, qtbot) -> None:  # noqa: ANN001
    editor = RecordEditor(window.catalogue, Kind.EXCHANGE, window.catalogue.get("EX-001"), "es")
    qtbot.addWidget(editor)
    milestones = editor.inputs["milestones"]
    qtbot.mouseClick(milestones.add_button, Qt.MouseButton.LeftButton)
    row = milestones.table.rowCount() - 1
    picker = milestones.date_picker_at(row)
    assert picker.calendarPopup() and picker.text() == "—"
    milestones.table.item(row, 1).setText("Hito sin fecha")
    assert milestones.rows()[row]["date"] is None
    picker.setDate(QDate(2025, 3, 10))
    assert milestones.rows()[row]["date"] == "2025-03-10"
    assert "mar" in picker.text()  # shown in the officer's language, not as ISO text
    kept = milestones.rows()[0]
    assert kept["id"] == window.catalogue.get("EX-001").milestones[0].id


def test_link_from_either_side_and_follow_it(window, monkeypatch, catalogue_path) -> None:  # noqa: ANN001
    toolbox = fresh(catalogue_path, "TB-004")
    monkeypatch.setattr(dialogs, "pick_link", lambda parent, catalogue, record: toolbox.id)
    select_code(window, "BP-001")
    window.action_link.trigger()
    window.wait_for_queries()
    assert toolbox.id in fresh(catalogue_path, "BP-001").links
    assert "TB-004" in window.records_page().detail.toPlainText()
    assert window.action_undo.text().startswith("Deshacer relación BP-001")

    window.records_page()._anchor_clicked(QUrl(f"record:{toolbox.id}"))
    window.wait_for_queries()
    assert window.nav_buttons["toolbox"].isChecked()
    assert window.selected_ids() == [toolbox.id]
    assert "BP-001" in window.records_page().detail.toPlainText()

    practice = fresh(catalogue_path, "BP-001")
    window.records_page()._anchor_clicked(QUrl(f"unlink:{practice.id}"))
    window.wait_for_queries()
    assert practice.id not in fresh(catalogue_path, "TB-004").links
    window.action_undo.trigger()
    assert practice.id in fresh(catalogue_path, "TB-004").links


def test_duplicate_then_undo(window, catalogue_path) -> None:  # noqa: ANN001
    select_code(window, "BP-001")
    window.action_duplicate.trigger()
    window.wait_for_queries()
    copy = fresh(catalogue_path, "BP-004")
    assert copy is not None and copy.title.endswith("(copia)")
    assert window.selected_ids() == [copy.id]
    window.action_undo.trigger()
    assert fresh(catalogue_path, "BP-004") is None


def test_overview_counts_by_axis_and_country(window, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.findChild(QToolButton, "navOverview"), Qt.MouseButton.LeftButton)
    window.wait_for_queries()
    axes = dict(window.overview.axis_chart.rows())
    countries = dict(window.overview.country_chart.rows())
    assert axes["Protección social"] >= 1
    assert countries["Perú"] == 2
    assert "Prácticas: 3" in window.overview.totals.text().replace("<b>", "").replace("</b>", "")


def test_keyboard_ctrl_f_focuses_search(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitActive(window)
    window.records_page().table.setFocus()
    qtbot.keyClick(window.records_page().table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.records_page().filters.search
    for name in ("searchField", "countryFilter", "axisFilter", "statusFilter"):
        widget = window.findChild(QLineEdit, name) or window.findChild(QComboBox, name)
        assert widget.accessibleName()


def test_settings_switch_to_english_and_stamp_the_officer(
    window, monkeypatch, catalogue_path
) -> None:  # noqa: ANN001
    from lazos_desktop.ui.dialogs.settings_dialog import SettingsChoice
    from lazos_desktop.ui.settings import LANGUAGE, OFFICER_NAME, PAPER_SIZE, Settings

    choice = SettingsChoice("Marta Quispe", "en", "letter", None, False)
    monkeypatch.setattr(dialogs, "edit_settings", lambda *args, **kwargs: choice)
    window.commands.open_settings()
    window.wait_for_queries()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&View",
        "&Tools",
        "&Help",
    ]
    assert window.nav_buttons["practice"].text() == "Practices"
    assert window.records_page().filters.count.text() == "3 of 3 practices"
    assert (
        window.records_page().model.data(window.records_page().model.index(1, 3))
        == "Financial inclusion"
    )
    remembered = Settings()
    assert remembered.get(LANGUAGE) == "en"
    assert remembered.get(OFFICER_NAME) == "Marta Quispe"
    assert remembered.get(PAPER_SIZE) == "letter"

    editing_with(monkeypatch, lambda editor: editor.set_value("summary", "Resumen revisado."))
    select_code(window, "BP-001")
    window.action_edit.trigger()
    assert fresh(catalogue_path, "BP-001").updated_by == "Marta Quispe"
    assert window.action_undo.text() == "Undo edit of BP-001"


def test_language_comes_back_on_next_start(qtbot, catalogue_path) -> None:  # noqa: ANN001
    from lazos_desktop.ui.app import build_main_window
    from lazos_desktop.ui.i18n import install_language
    from lazos_desktop.ui.settings import LANGUAGE, Settings

    Settings().set(LANGUAGE, "pt")
    window = build_main_window(catalogue_path)
    qtbot.addWidget(window)
    try:
        assert window.lang == "pt"
        assert window.menuBar().actions()[0].text() == "&Arquivo"
        assert window.nav_buttons["exchange"].text() == "Intercâmbios"
    finally:
        install_language("es")


def test_delete_key_asks_and_enter_opens(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, what: asked.append(what) or False)
    monkeypatch.setattr(
        dialogs,
        "edit_record",
        lambda parent, cat, kind, record, lang: opened.append(
            record.code if record else kind.value
        ),
    )
    window.activateWindow()
    qtbot.waitActive(window)
    select_code(window, "BP-002")
    qtbot.keyClick(window.records_page().table, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("BP-002")
    qtbot.keyClick(window.records_page().table, Qt.Key.Key_Return)
    assert opened == ["BP-002"]
    qtbot.keyClick(window.records_page().table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["BP-002", "practice"]


def test_synthetic_rows_are_marked(window, qtbot) -> None:  # noqa: ANN001
    window.catalogue.add_synthetic(5, seed=1)
    window.records_page().refresh_list()
    window.wait_for_queries()
    model = window.records_page().model
    fonts = [
        model.data(model.index(row, 1), Qt.ItemDataRole.FontRole) for row in range(model.rowCount())
    ]
    real = [
        row
        for row in range(model.rowCount())
        if "(sintético)" not in model.data(model.index(row, 1))
    ]
    assert real and all(fonts[row] is None for row in real)
    assert any(font is not None and font.italic() for font in fonts)
