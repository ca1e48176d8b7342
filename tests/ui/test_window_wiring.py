"""The dialogs built on their own branches are reachable from the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence, QUndoCommand

from lazos_desktop.ui import dialogs


def test_ctrl_p_opens_the_brief_dialog_with_selection_and_filter(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(dialogs, "show_brief_dialog", lambda *args: calls.append(args))
    window.show_kind("exchange")
    window.wait_for_queries()
    window.records_page().table.selectRow(0)
    assert window.action_brief.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.action_brief.trigger()
    assert len(calls) == 1
    _parent, catalogue, selected, query, paper = calls[0]
    assert paper == "a4"
    assert catalogue is window.catalogue
    assert list(selected) == window.selected_ids() and len(selected) == 1
    assert query.kind == "exchange"
    assert window.action_brief in window.file_menu.actions()


def test_file_menu_opens_import_and_export_with_the_current_scope(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, tuple[Any, ...]]] = []
    monkeypatch.setattr(
        dialogs, "show_import_wizard", lambda *args: opened.append(("import", args))
    )
    monkeypatch.setattr(
        dialogs, "show_export_dialog", lambda *args: opened.append(("export", args))
    )
    assert window.action_import in window.file_menu.actions()
    assert window.action_export in window.file_menu.actions()
    window.action_import.trigger()
    window.action_export.trigger()
    assert [name for name, _ in opened] == ["import", "export"]
    _parent, operations, path, lang = opened[0][1]
    assert operations is window.operations and path is None and lang == "es"
    assert opened[1][1][2].kind == "practice"


def test_a_dropped_spreadsheet_opens_the_import_wizard_on_it(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paths: list[Any] = []
    monkeypatch.setattr(dialogs, "show_import_wizard", lambda *args: paths.append(args[2]))
    sheet = tmp_path / "prácticas.csv"
    sheet.write_text("título;países;ejes\nEjemplo;PE;empleo\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sheet)), QUrl.fromLocalFile(str(tmp_path / "x.png"))])
    point = QPointF(window.width() / 2, window.height() / 2)
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert paths == [sheet]


def test_undo_last_import_from_the_edit_menu(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lazos_desktop.services import exchange_files
    from lazos_desktop.store.queries import RecordQuery

    sheet = tmp_path / "nuevas.csv"
    sheet.write_text(
        "título;países;ejes;resumen\nEjemplo ficticio de ventanilla;PE;empleo;Texto\n",
        encoding="utf-8",
    )
    before = window.catalogue.count(RecordQuery(kind="practice"))
    exchange_files.import_files(window.catalogue, [sheet])
    assert window.catalogue.count(RecordQuery(kind="practice")) == before + 1
    monkeypatch.setattr(dialogs, "confirm_undo_import", lambda parent, text: "nuevas.csv" in text)
    assert window.action_undo_import in window.edit_menu.actions()
    window.action_undo_import.trigger()
    window.wait_for_queries()
    assert window.catalogue.count(RecordQuery(kind="practice")) == before


def test_history_tab_shows_changes_and_a_revert_is_undoable(window: Any) -> None:
    from lazos_desktop.store.catalogue_store import Store

    window.show_kind("practice")
    window.wait_for_queries()
    window.records_page().table.selectRow(0)
    record = window.records_page().shown_record()
    assert record is not None and window.records_page().history.record_id == record.id
    edited = record.model_copy(update={"title": "Título cambiado para probar el historial"})
    window.operations.change(lambda c: c.update(edited), lambda change: "edición")
    entry = next(e for e in window.records_page().history.entries if e.field == "title")
    assert entry.after == "Título cambiado para probar el historial"
    window.records_page().history.revert_requested.emit(entry)
    assert window.catalogue.get(record.id).title == record.title
    assert "Revertir" in window.undo_stack.undoText()
    window.undo_stack.undo()
    fresh = Store(window.catalogue.path)
    assert fresh.get(record.id).title == "Título cambiado para probar el historial"
    fresh.close()
    tabs = window.records_page().side_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Ficha", "Historial"]


def test_backups_and_check_are_in_the_menus(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_backups_dialog", lambda *a: shown.append("b") or True)
    monkeypatch.setattr(dialogs, "show_check_dialog", lambda *a: shown.append("c"))
    assert window.action_backups in window.file_menu.actions()
    assert window.action_check in window.tools_menu.actions()
    window.undo_stack.push(QUndoCommand("una edición anterior"))
    window.action_backups.trigger()
    assert window.undo_stack.count() == 0
    window.action_check.trigger()
    assert shown == ["b", "c"]


def test_enter_or_down_in_the_search_field_moves_to_the_results(window: Any, qtbot: Any) -> None:
    window.show_kind("exchange")
    window.wait_for_queries()
    window.records_page().filters.search.setFocus()
    qtbot.keyClicks(window.records_page().filters.search, "sena")
    qtbot.keyClick(window.records_page().filters.search, Qt.Key.Key_Return)
    assert (
        window.records_page().table.hasFocus()
        or window.focusWidget() is window.records_page().table
    )
    assert window.selected_ids() == [window.catalogue.get("EX-001").id]
    window.records_page().filters.search.setFocus()
    window.records_page().table.clearSelection()
    qtbot.keyClick(window.records_page().filters.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.records_page().table
    assert len(window.selected_ids()) == 1


def test_the_daily_backup_is_taken_after_the_window_opens(qtbot: Any, catalogue_path: Path) -> None:
    from lazos_desktop.services import Catalogue, safety
    from lazos_desktop.ui.app import build_main_window

    def dailies() -> int:
        return sum(1 for b in safety.list_backups(catalogue_path) if b.reason == "daily")

    Catalogue.open(catalogue_path).close()  # created today: nothing to back up yet
    assert dailies() == 0
    for _ in range(2):
        built = build_main_window(catalogue_path, "es")
        qtbot.addWidget(built)
        qtbot.waitUntil(lambda built=built: not built.operations.busy(), timeout=10_000)
        built.close()
        assert dailies() == 1  # one a day, taken off the window's thread, not one per opening
