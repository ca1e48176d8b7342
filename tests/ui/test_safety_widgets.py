"""The backups dialog, the check report and the history panel, offscreen.

Modal questions go through replaceable functions, so no test waits on a box. With
`LAZOS_SCREENSHOTS=1` the tests also save PNGs into docs/screenshots/.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue, history, safety
from lazos_desktop.store.catalogue_store import HistoryEntry
from lazos_desktop.ui.dialogs.backups_dialog import BackupsDialog
from lazos_desktop.ui.dialogs.check_dialog import CheckDialog
from lazos_desktop.ui.pages.history_panel import HistoryPanel

pytestmark = pytest.mark.gui
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def snapshot(widget, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    image = widget.grab()
    assert not image.isNull() and image.width() > 200
    assert image.save(str(tmp_path / f"{name}.png"))
    if os.environ.get("LAZOS_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def with_backups(catalogue: Catalogue) -> Catalogue:
    catalogue.backup()
    safety.backup_before(catalogue, "import")
    catalogue.add_synthetic(12, seed=3)
    return catalogue


def test_backups_dialog_lists_and_makes_backups(
    qtbot, with_backups: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(with_backups)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Antes de importar"
    assert dialog.table.item(1, 1).text() == "Manual"
    assert dialog.table.item(0, 2).text() == "3"  # practices in the copy, not in the file now
    with qtbot.waitSignal(dialog.backed_up):
        dialog.backup_button.click()
    assert dialog.table.rowCount() == 3
    snapshot(dialog, "copias-de-seguridad", tmp_path)


def test_restore_asks_first_and_does_nothing_when_declined(qtbot, with_backups: Catalogue) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(with_backups)
    qtbot.addWidget(dialog)
    questions: list[str] = []
    dialog.confirm = lambda parent, title, text: questions.append(text) or False
    before = with_backups.stats()["total"]
    dialog.table.selectRow(1)
    assert dialog.restore_selected() is None
    assert "(Manual)" in questions[0] and "24 registros" in questions[0]
    assert with_backups.stats()["total"] == before


def test_restore_when_confirmed_replaces_and_keeps_the_previous_state(
    qtbot, with_backups: Catalogue
) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(with_backups)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda parent, title, text: True
    before = with_backups.stats()["total"]
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.restored) as signal:
        dialog.restore_button.click()
    assert with_backups.stats()["total"] == before - 12
    assert signal.args[0].previous is not None
    assert dialog.table.item(0, 1).text() == "Antes de restaurar"
    assert dialog.backups[0].total == before  # the state before restoring, kept


def test_an_unreadable_backup_cannot_be_restored(qtbot, with_backups: Catalogue) -> None:  # type: ignore[no-untyped-def]
    newest = safety.list_backups(with_backups.path)[0].path
    newest.write_bytes(b"basura" * 100)
    dialog = BackupsDialog(with_backups)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.table.item(0, 7).text().startswith("Ilegible")
    assert not dialog.restore_button.isEnabled()


def test_backup_failure_is_told_not_raised(
    qtbot, catalogue: Catalogue, _private_data_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    _private_data_folder.mkdir(parents=True, exist_ok=True)
    (_private_data_folder / "copias").write_text("", encoding="utf-8")
    dialog = BackupsDialog(catalogue)
    qtbot.addWidget(dialog)
    told: list[str] = []
    dialog.warn = lambda parent, title, text: told.append(text)
    assert dialog.backup_now() is None
    assert told and "No se pudo escribir la copia" in told[0]


def test_check_dialog_reports_a_healthy_catalogue(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckDialog(catalogue)
    qtbot.addWidget(dialog)
    assert "buen estado" in dialog.summary.text()
    assert not dialog.repair.isVisibleTo(dialog)
    assert dialog.tree.topLevelItemCount() == len(dialog.report.findings)  # type: ignore[union-attr]
    names = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert "Integridad del archivo" in names and "Documentos adjuntos" in names
    assert all(dialog.tree.topLevelItem(i).text(1) == "Correcto" for i in range(len(names)))
    snapshot(dialog, "verificar-catalogo", tmp_path)


def test_check_dialog_names_what_is_wrong(qtbot, catalogue: Catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = sqlite3.connect(catalogue.path)
    raw.execute("INSERT INTO search (rowid, title, body, facets) VALUES (424242, 'x', '', '')")
    raw.execute(
        "DELETE FROM record_axes WHERE n = (SELECT min(n) FROM records WHERE kind = 'practice')"
    )
    raw.commit()
    raw.close()
    dialog = CheckDialog(catalogue)
    qtbot.addWidget(dialog)
    # The orphan index row fails both the row list and FTS5's test against the records.
    assert "Se encontraron problemas en 3 de" in dialog.summary.text()
    failed = {
        dialog.tree.topLevelItem(i).data(0, 0x0100): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(1) == "Con problemas"
    }
    assert set(failed) == {"search_rows", "search_index", "derived_tables"}
    # What the check found is said in the window's language, not in English.
    assert "huérfanas" in failed["search_rows"].child(0).text(0)
    assert "índices" in dialog.advice.text()
    assert dialog.repair.isVisibleTo(dialog)
    snapshot(dialog, "verificar-catalogo-con-problemas", tmp_path)
    dialog.repair.click()
    assert "buen estado" in dialog.summary.text()
    assert not dialog.repair.isVisibleTo(dialog)


def test_history_panel_shows_field_before_after_and_asks_for_revert(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = catalogue.get("BP-001")
    catalogue.update(
        record.model_copy(
            update={"year": 2023, "summary": "Resumen revisado por la oficina regional."}
        )
    )
    catalogue.link(record.id, catalogue.get("TB-001").id)
    panel = HistoryPanel(catalogue)
    qtbot.addWidget(panel)
    panel.resize(900, 320)
    assert not panel.revert_button.isEnabled()
    panel.show_record(record.id)
    assert "BP-001" in panel.heading.text()
    rows = {
        (panel.table.item(r, 2).text(), panel.table.item(r, 3).text()): r
        for r in range(panel.table.rowCount())
    }
    year_row = rows[("Modificación", "Año")]
    assert panel.table.item(year_row, 1).text() == "Ana Pérez"
    assert panel.table.item(year_row, 5).text() == "2023"
    assert ("Relación añadida", "Registros relacionados") in rows
    panel.table.selectRow(year_row)
    with qtbot.waitSignal(panel.revert_requested) as signal:
        panel.revert_button.click()
    entry = signal.args[0]
    assert isinstance(entry, HistoryEntry) and entry.field == "year"
    snapshot(panel, "historial-de-registro", tmp_path)
    # The window performs the revert; the panel then shows it as one more change.
    history.revert_change(catalogue, entry)
    panel.refresh()
    assert record.year is None
    assert panel.table.item(0, 3).text() == "Año" and panel.table.item(0, 5).text() == "—"


def test_history_of_a_deleted_record(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    record = catalogue.get("TB-002")
    catalogue.delete(record.id)
    panel = HistoryPanel(catalogue)
    qtbot.addWidget(panel)
    panel.show_record(record.id)
    assert "eliminado" in panel.heading.text()
    assert panel.table.item(0, 2).text() == "Eliminación"
    panel.table.selectRow(0)
    assert panel.revert_button.isEnabled()
