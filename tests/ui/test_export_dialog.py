"""The export dialog: scope, kind and format, driven without modal waits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui.dialogs import export_dialog
from lazos_desktop.ui.dialogs.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def test_selection_is_the_default_scope_and_exports_only_it(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:
    chosen = catalogue.get("EX-001").id
    dialog = ExportDialog(catalogue, query=RecordQuery(country="PE"), selected_ids=[chosen])
    qtbot.addWidget(dialog)
    assert dialog.scope() == "selection"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    dialog.path_edit.setText(str(tmp_path / "sel.json"))
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        dialog.buttons.accepted.emit()
    data = json.loads((tmp_path / "sel.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in data["records"]] == [chosen]


def test_current_filter_by_kind_to_csv(
    qtbot, catalogue: Catalogue, tmp_path: Path, monkeypatch
) -> None:
    dialog = ExportDialog(catalogue, query=RecordQuery(country="PE"))
    qtbot.addWidget(dialog)
    assert dialog.scope() == "filter" and not dialog.scope_selection.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("practices"))
    assert dialog.delimiter_combo.isEnabled()
    target = tmp_path / "pe.csv"
    monkeypatch.setattr(export_dialog, "choose_target", lambda *a: str(target))
    dialog._browse()
    dialog.buttons.accepted.emit()
    assert dialog.result is not None and dialog.result.paths == (target,)
    text = target.read_bytes().decode("utf-8-sig")
    assert text.startswith("Código;Título;")  # semicolons by default: Spanish Excel
    assert text.count("\r\n") - 1 == dialog.result.counts["practice"] > 0


def test_everything_to_xlsx_and_a_missing_folder_is_explained(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:
    dialog = ExportDialog(catalogue)
    qtbot.addWidget(dialog)
    assert dialog.scope() == "all" and not dialog.scope_filter.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "no" / "c.xlsx"))
    dialog.buttons.accepted.emit()
    assert "no existe" in dialog.message.text() and dialog.result is None
    dialog.path_edit.setText(str(tmp_path / "c.xlsx"))
    dialog.buttons.accepted.emit()
    assert dialog.result is not None and (tmp_path / "c.xlsx").is_file()


def test_hxl_and_iati_from_the_dialog(qtbot, catalogue: Catalogue, tmp_path: Path) -> None:
    dialog = ExportDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "catalogo.json"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("hxl"))
    assert dialog.path_edit.text().endswith("catalogo.csv") and dialog.delimiter_combo.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("exchanges"))
    dialog.buttons.accepted.emit()
    lines = (tmp_path / "catalogo.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].split(lines[1][len("#activity+code")])[0] == "#activity+code"

    again = ExportDialog(catalogue)
    qtbot.addWidget(again)
    again.path_edit.setText(str(tmp_path / "actividades.json"))
    again.format_combo.setCurrentIndex(again.format_combo.findData("iati"))
    assert again.path_edit.text().endswith("actividades.xml")
    again.buttons.accepted.emit()
    # No reporting organisation in the settings yet: said in the dialog, nothing written.
    assert "--iati-org-ref" in again.message.text() and again.result is None
    assert not (tmp_path / "actividades.xml").exists()
