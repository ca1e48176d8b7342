"""The wizard's check page settles values: per-value choices, cells corrected in place,
choices remembered for the next file with the same headers, new institutions listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.ui.dialogs.import_wizard import PAGE_CONFIRM, PAGE_REPORT, ImportWizard

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent.parent / "data"


def _to_report(qtbot, catalogue: Catalogue, name: str) -> ImportWizard:  # noqa: ANN001
    wizard = ImportWizard(catalogue, path=DATA / name)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_REPORT
    return wizard


def _lines(wizard: ImportWizard) -> dict[str, tuple[str, str]]:
    table = wizard.report_page.values
    return {line.value: (line.state, line.column) for line in table.lines}


def test_new_institutions_are_listed_then_created_and_undone_with_the_import(
    qtbot, catalogue: Catalogue
) -> None:
    held = catalogue.store.counts_by_kind()["institution"]
    wizard = _to_report(qtbot, catalogue, "colegas_excel_es.csv")
    lines = _lines(wizard)
    new = [value for value, (state, _) in lines.items() if state == "new"]
    assert new == ["BCRA", "SBS", "INDEC", "INEI", "Servicio Nacional de la Mujer", "Municipalidad"]
    assert "instituciones nuevas: 6" in wizard.report_page.values_title.text()
    assert wizard.report_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    assert "Registros nuevos: 5" in wizard.confirm_page.text.text()
    details = wizard.confirm_page.details.text()
    assert "6 instituciones nuevas: BCRA, SBS, INDEC, INEI" in details
    assert "Registros por clasificar (sin ejes o sin países): 1." in details
    assert catalogue.store.counts_by_kind()["institution"] == held
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        wizard.next()
    assert catalogue.store.counts_by_kind()["institution"] == held + 6
    with qtbot.waitSignal(wizard.undone, timeout=5000):
        wizard.summary_page.undo_button.click()
    assert catalogue.store.counts_by_kind()["institution"] == held


def test_questions_are_answered_per_value_and_remembered_for_the_same_headers(
    qtbot, catalogue: Catalogue
) -> None:
    wizard = _to_report(qtbot, catalogue, "valores_dudosos.csv")
    report = wizard.report_page
    states = _lines(wizard)
    assert states["Narnia"] == ("question", "Países")
    assert states["Social"] == ("question", "Ejes")
    assert states["SENA — Servicio Nacional de la Mujer"] == ("question", "Instituciones")
    assert not report.isComplete()
    rows = {line.value: r for r, line in enumerate(report.values.lines)}
    report.values.choose(rows["Narnia"], "later")
    report.values.choose(rows["Social"], "map", "cohesion_social")
    report.values.choose(rows["SENA — Servicio Nacional de la Mujer"], "create")
    assert report.apply_button.isEnabled()
    report.apply_button.click()
    assert report.isComplete()
    assert wizard.plan is not None and wizard.plan.questions() == []
    assert [n.record.title for n in wizard.plan.institutions_to_create()] == [
        "Servicio Nacional de la Mujer"
    ]
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        wizard.next()
    ambiguous = next(r for r in catalogue.iter_records("practice") if "ambiguo" in r.title)
    assert ambiguous.axes_of() == ["cohesion_social"]

    ex_undo = wizard.summary_page.undo_button
    with qtbot.waitSignal(wizard.undone, timeout=5000):
        ex_undo.click()
    again = _to_report(qtbot, catalogue, "valores_dudosos.csv")
    assert again.plan is not None and again.plan.questions() == []
    assert again.report_page.isComplete()


def test_a_cell_corrected_in_place_is_checked_again(qtbot, catalogue: Catalogue) -> None:
    wizard = _to_report(qtbot, catalogue, "filas_malas.csv")
    report = wizard.report_page
    assert wizard.plan is not None and wizard.plan.counts()["refused"] == 3
    report.show_item(0)
    assert "Fila 5" in report.detail_title.text()
    year = next(
        r for r in range(report.detail.rowCount()) if report.detail.item(r, 0).text() == "Año"
    )
    report.correct_cell(0, year, "2020")
    assert report.apply_button.isEnabled()
    report.apply_button.click()
    assert wizard.plan.counts()["refused"] == 2
    assert all(p.row != 5 for p in wizard.plan.problems)
