"""The import wizard driven page by page with pytest-qt, no modal waits."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.ui.dialogs import import_wizard
from lazos_desktop.ui.dialogs.import_wizard import (
    PAGE_CONFIRM,
    PAGE_PREVIEW,
    PAGE_REPORT,
    PAGE_SUMMARY,
    ImportWizard,
)

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent.parent / "data"


def _practices(catalogue: Catalogue) -> int:
    return catalogue.store.counts_by_kind()["practice"]


def test_good_file_goes_through_every_page_and_can_be_undone(qtbot, catalogue: Catalogue) -> None:
    before = _practices(catalogue)
    wizard = ImportWizard(catalogue, path=DATA / "excel_es_practicas.csv")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choose_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    preview = wizard.preview_page
    assert preview.preview.rowCount() == 3
    assert preview.preview.horizontalHeaderItem(0).text() == "Título"
    assert preview.mapping.cellWidget(1, 1).currentData() == "countries"
    wizard.next()
    assert wizard.currentId() == PAGE_REPORT
    assert "Nuevos: 3" in wizard.report_page.counts.text()
    assert wizard.report_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    assert "Registros nuevos: 3" in wizard.confirm_page.text.text()
    with qtbot.waitSignal(wizard.imported, timeout=5000) as signal:
        wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    assert signal.args[0].created == 3 and len(signal.args[0].change.ids) == 3
    assert _practices(catalogue) == before + 3
    with qtbot.waitSignal(wizard.undone, timeout=5000):
        wizard.summary_page.undo_button.click()
    assert _practices(catalogue) == before
    assert not wizard.summary_page.undo_button.isEnabled()


def test_bad_rows_are_listed_and_a_click_shows_the_row(qtbot, catalogue: Catalogue) -> None:
    wizard = ImportWizard(catalogue, path=DATA / "filas_malas.csv")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    report = wizard.report_page
    assert report.items.rowCount() >= 3
    assert report.items.item(0, 1).text() == "5" and report.items.item(0, 2).text() == "Año"
    assert not report.isComplete()
    report.show_item(0)
    assert "Fila 5" in report.detail_title.text()
    marked = report.detail.currentRow()
    assert report.detail.item(marked, 0).text() == "Año"
    assert report.detail.item(marked, 1).text() == "dos mil"
    report.skip_invalid.setChecked(True)
    assert report.isComplete()


def test_the_mapping_can_be_corrected_before_checking(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:
    path = tmp_path / "raro.csv"
    path.write_text(
        "Qué se hizo;Dónde;Eje\nEjemplo ficticio;Perú;empleo\n", encoding="utf-8"
    )
    wizard = ImportWizard(catalogue, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    preview = wizard.preview_page
    assert preview.mapping.cellWidget(0, 1).currentData() == ""  # not recognised
    preview.set_field(0, "title")
    preview.set_field(1, "countries")
    preview.set_field(2, "axes")
    wizard.next()
    assert wizard.plan is not None and wizard.plan.counts()["created"] == 1
    created = wizard.plan.rows[0].record
    assert created is not None and created.title == "Ejemplo ficticio"


def test_dropped_or_browsed_file_fills_the_path(qtbot, catalogue: Catalogue, monkeypatch) -> None:
    wizard = ImportWizard(catalogue)
    qtbot.addWidget(wizard)
    assert not wizard.choose_page.isComplete()
    monkeypatch.setattr(import_wizard, "choose_file", lambda parent: str(DATA / "formulas.csv"))
    wizard.choose_page._browse()
    assert wizard.choose_page.path() == DATA / "formulas.csv"
    assert wizard.choose_page.isComplete()


def test_unreadable_file_stays_on_the_first_page_with_a_message(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:
    shutil.copy(DATA / "paquete_punto_punto.lazos", tmp_path / "p.lazos")
    wizard = ImportWizard(catalogue, path=tmp_path / "p.lazos")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == 0
    assert "../fuera.json" in wizard.choose_page.error.text()


def test_conflicts_are_settled_in_the_window(qtbot, catalogue: Catalogue, tmp_path: Path) -> None:
    import json

    from lazos_desktop.services import exchange_files as ex

    ex.export(catalogue, tmp_path / "c.json")
    document = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    # Later than the export, not in the future (the import refuses a stamp from the future).
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for item in document["records"]:
        if item["code"] == "BP-001":
            item.update(summary="Del archivo", updated_at=later)
    (tmp_path / "c.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    catalogue.update(catalogue.get("BP-001").model_copy(update={"summary": "Del catálogo"}))
    wizard = ImportWizard(catalogue, path=tmp_path / "c.json")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    report = wizard.report_page
    conflict = next(
        r for r in range(report.entry_count()) if "Conflicto" in report.items.item(r, 2).text()
    )
    report.show_item(conflict)
    assert report.detail.item(0, 1).text() == "Del catálogo"
    assert report.detail.item(0, 2).text() == "Del archivo"
    report.decide(conflict, "theirs")
    wizard.next()
    wizard.next()
    assert catalogue.get("BP-001").summary == "Del archivo"  # type: ignore[attr-defined]
