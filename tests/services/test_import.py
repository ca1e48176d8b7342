"""Importing: every row checked before anything is written, merge outcomes, undo."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lazos_desktop import paths
from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue, safety
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.store.import_batches import NothingToUndo, UndoRefused

# A copy edited after the export: later than every stamp written so far, yet not in the
# future, which the import refuses (a stamp from the future decided merges for ever).
LATER = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")

DATA = Path(__file__).parent.parent / "data"


def _counts(catalogue: Catalogue) -> dict[str, int]:
    return catalogue.store.counts_by_kind()


def test_spanish_excel_csv_imports_with_countries_axes_and_institutions(
    catalogue: Catalogue,
) -> None:
    before = _counts(catalogue)["practice"]
    result = ex.import_files(catalogue, [DATA / "excel_es_practicas.csv"])
    assert result.written and result.created == 3
    assert _counts(catalogue)["practice"] == before + 3
    binational = next(r for r in catalogue.iter_records("practice") if "binacional" in r.title)
    assert isinstance(binational, Practice)
    assert binational.countries == ["CO", "EC"]
    assert binational.institutions == [catalogue.get("IN-001").id]
    assert binational.status == "validated" and binational.synthetic
    assert binational.updated_by == "Ana Pérez"
    santo = next(r for r in catalogue.iter_records("practice") if "semilla" in r.title)
    assert isinstance(santo, Practice)
    assert santo.countries == ["DO"]
    assert santo.axes == ["inclusion_financiera", "emprendimiento"]


def test_bad_rows_refuse_the_whole_file_and_typing_slips_are_mapped_and_reported(
    catalogue: Catalogue,
) -> None:
    before = _counts(catalogue)
    plan = ex.plan_import(catalogue, [DATA / "filas_malas.csv"])
    with pytest.raises(ex.ImportRefused):
        ex.apply_import(catalogue, plan)
    assert _counts(catalogue) == before
    problems = {(p.row, p.column): p for p in plan.problems}
    assert set(problems) == {(5, "Año"), (6, "Título"), (7, "ID")}
    assert "dos mil" in problems[(5, "Año")].message("es")
    assert all(p.file == "filas_malas.csv" for p in plan.problems)
    mapped = {(g.column, g.value): g.code for g in plan.mappings()}
    assert mapped == {("Países", "Peruu"): "PE", ("Ejes", "Empleos"): "empleo"}
    # What stays refused says how to fix it.
    assert "escriba uno en «Título» o borre la fila" in problems[(6, "Título")].message("es")
    assert "Escríbalo en cifras" in problems[(5, "Año")].message("es")
    assert "Leave the cell empty to create a new record" in problems[(7, "ID")].message("en")


def test_skip_invalid_imports_the_valid_rows_and_reports_the_others(
    catalogue: Catalogue,
) -> None:
    plan = ex.plan_import(catalogue, [DATA / "filas_malas.csv"])
    result = ex.apply_import(catalogue, plan, skip_invalid=True)
    assert result.created == 3
    assert result.counts()["refused"] == 3
    assert len(result.as_json()["errors"]) == 3


def test_xlsx_typed_cells_import(catalogue: Catalogue) -> None:
    result = ex.import_files(catalogue, [DATA / "libro_tipado.xlsx"])
    assert result.created == 3
    typed = next(r for r in catalogue.iter_records("practice") if "tipada" in r.title)
    assert isinstance(typed, Practice)
    assert typed.year == 2023 and typed.gender_focus and typed.countries == ["PE", "CL"]
    exchange = next(r for r in catalogue.iter_records("exchange") if "tipado" in r.title)
    data = exchange.model_dump(mode="json")
    assert data["start_date"] == "2024-03-01"
    assert [p["role"] for p in data["parties"]] == ["offering", "receiving"]
    assert [m["status"] for m in data["milestones"]] == ["done", "planned"]


def test_formula_payloads_are_stored_exactly_as_written(catalogue: Catalogue) -> None:
    ex.import_files(catalogue, [DATA / "formulas.csv"])
    titles = {r.title: r for r in catalogue.iter_records("practice")}
    formula = titles['=HYPERLINK("http://example.invalid","clic")']
    assert isinstance(formula, Practice)
    assert formula.summary == "+1+1" and formula.source == "-2"
    arroba = titles["Ejemplo ficticio: arroba"]
    assert isinstance(arroba, Practice) and arroba.summary == "@SUM(A1:A2)"


def test_backup_is_taken_before_the_import_and_the_import_can_be_undone(
    catalogue: Catalogue,
) -> None:
    before = _counts(catalogue)
    result = ex.import_files(catalogue, [DATA / "excel_es_practicas.csv"])
    assert Path(result.backup).is_file()
    assert Path(result.backup).parent == paths.backups_folder(catalogue.path)
    listed = {info.path: info for info in safety.list_backups(catalogue.path)}
    assert listed[Path(result.backup)].reason == "pre-import"
    assert listed[Path(result.backup)].counts == before
    change = ex.undo_last_import(catalogue)
    assert change.action == "import_undone" and len(change.before) == 3
    assert _counts(catalogue) == before
    assert catalogue.check().ok
    with pytest.raises(NothingToUndo):
        ex.undo_last_import(catalogue)


def _exported_copy(catalogue: Catalogue, tmp_path: Path, code: str = "BP-001") -> Path:
    path = tmp_path / "copia.json"
    ex.export(catalogue, path, fmt="json")
    return path


def _edit_json(path: Path, code: str, **changes: object) -> None:
    import json

    document = json.loads(path.read_text(encoding="utf-8"))
    for item in document["records"]:
        if item["code"] == code:
            item.update(changes)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_import_backups_follow_the_one_backup_policy(catalogue: Catalogue) -> None:
    """Backups before imports rotate with the other event backups (`safety.EVENT_KEPT`)."""
    for _ in range(safety.EVENT_KEPT + 2):
        result = ex.import_files(catalogue, [DATA / "excel_es_practicas.csv"], duplicates="keep")
        assert result.written and Path(result.backup).is_file()
    kept = [i for i in safety.list_backups(catalogue.path) if i.reason == "pre-import"]
    assert len(kept) == safety.EVENT_KEPT
    assert Path(result.backup) in {info.path for info in kept}


def test_same_file_again_is_unchanged(catalogue: Catalogue, tmp_path: Path) -> None:
    path = _exported_copy(catalogue, tmp_path)
    plan = ex.plan_import(catalogue, [path])
    assert plan.counts()["unchanged"] == len(plan.rows) and plan.counts()["created"] == 0


def test_changed_only_in_the_file_is_an_update_keeping_its_stamps(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _exported_copy(catalogue, tmp_path)
    _edit_json(path, "BP-001", summary="Resumen nuevo", updated_at=LATER, updated_by="Bea")
    result = ex.import_files(catalogue, [path])
    assert result.updated == 1
    record = catalogue.get("BP-001")
    assert isinstance(record, Practice) and record.summary == "Resumen nuevo"
    assert record.updated_at == LATER and record.updated_by == "Bea"
    assert any(h.field == "summary" for h in catalogue.history(record.id))
    ex.undo_last_import(catalogue)
    restored = catalogue.get("BP-001")
    assert isinstance(restored, Practice) and restored.summary != "Resumen nuevo"


def test_changed_on_both_sides_is_a_conflict_settled_by_the_rule(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _exported_copy(catalogue, tmp_path)
    _edit_json(path, "BP-001", summary="Del archivo", updated_at=LATER)
    ours = catalogue.get("BP-001").model_copy(update={"summary": "Del catálogo"})
    catalogue.update(ours)
    plan = ex.plan_import(catalogue, [path])
    assert plan.counts()["conflicts"] == 1
    with pytest.raises(ex.ConflictsUnsettled):
        ex.apply_import(catalogue, plan)
    assert catalogue.get("BP-001").summary == "Del catálogo"  # type: ignore[attr-defined]
    ex.apply_import(catalogue, plan, on_conflict="ours")
    assert catalogue.get("BP-001").summary == "Del catálogo"  # type: ignore[attr-defined]
    ex.apply_import(catalogue, ex.plan_import(catalogue, [path]), on_conflict="skip")
    assert catalogue.get("BP-001").summary == "Del catálogo"  # type: ignore[attr-defined]
    ex.apply_import(catalogue, ex.plan_import(catalogue, [path]), on_conflict="theirs")
    assert catalogue.get("BP-001").summary == "Del archivo"  # type: ignore[attr-defined]


def test_a_stale_file_does_not_undo_later_work(catalogue: Catalogue, tmp_path: Path) -> None:
    path = _exported_copy(catalogue, tmp_path)
    _edit_json(path, "BP-001", summary="Viejo", updated_at="2000-01-01T00:00:00Z")
    catalogue.update(catalogue.get("BP-001").model_copy(update={"summary": "Nuevo"}))
    plan = ex.plan_import(catalogue, [path])
    assert plan.counts()["conflicts"] == 0
    ex.apply_import(catalogue, plan)
    assert catalogue.get("BP-001").summary == "Nuevo"  # type: ignore[attr-defined]


def test_round_trip_between_two_laptops_merges_without_false_conflicts(
    catalogue_path: Path, tmp_path: Path
) -> None:
    """A exports to B; B edits and sends back; A, unchanged meanwhile, takes the update."""
    laptop_a = Catalogue.open(catalogue_path, officer="Ana")
    laptop_b = Catalogue.open(tmp_path / "b.sqlite3", officer="Bea", seed=False)
    try:
        ex.export(laptop_a, tmp_path / "a.lazos")
        ex.import_files(laptop_b, [tmp_path / "a.lazos"])
        edited = laptop_b.get("BP-002").model_copy(update={"summary": "Editado por Bea"})
        laptop_b.update(edited)
        ex.export(laptop_b, tmp_path / "b.lazos")
        result = ex.import_files(laptop_a, [tmp_path / "b.lazos"])
        assert result.counts()["conflicts"] == 0 and result.updated == 1
        assert laptop_a.get("BP-002").summary == "Editado por Bea"  # type: ignore[attr-defined]
    finally:
        laptop_a.close()
        laptop_b.close()


def test_rows_without_id_close_to_a_held_record_are_reported_as_duplicates(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    held = catalogue.get("BP-001")
    path = tmp_path / "dup.csv"
    title = held.title.upper().replace("TRATA", "trata ")
    path.write_text(f"Título;Países;Ejes\n{title};Chile;proteccion_social\n", encoding="utf-8")
    before = _counts(catalogue)
    plan = ex.plan_import(catalogue, [path])
    assert plan.counts()["duplicates"] == 1
    duplicate = plan.rows[0]
    assert duplicate.match is not None and duplicate.match.code == "BP-001"
    ex.apply_import(catalogue, plan)
    assert _counts(catalogue) == before
    ex.apply_import(catalogue, ex.plan_import(catalogue, [path]), duplicates="keep")
    assert _counts(catalogue)["practice"] == before["practice"] + 1


def test_a_duplicate_can_be_merged_into_the_held_record(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    held = catalogue.get("BP-001")
    path = tmp_path / "dup.csv"
    path.write_text(
        f"Título;Países;Ejes;Año\n{held.title};Chile;proteccion_social;2019\n", encoding="utf-8"
    )
    plan = ex.plan_import(catalogue, [path])
    ex.apply_import(catalogue, plan, decisions={0: "merge"})
    merged = catalogue.get("BP-001")
    assert isinstance(merged, Practice) and merged.year == 2019


def test_undo_is_refused_when_an_imported_record_changed_since(catalogue: Catalogue) -> None:
    ex.import_files(catalogue, [DATA / "excel_es_practicas.csv"])
    record = next(r for r in catalogue.iter_records("practice") if "Lima" in r.title)
    catalogue.update(record.model_copy(update={"summary": "Cambio posterior"}))
    with pytest.raises(UndoRefused):
        ex.undo_last_import(catalogue)
    assert catalogue.get(record.id).summary == "Cambio posterior"  # type: ignore[attr-defined]


def test_a_missing_or_unknown_file_is_refused_and_nothing_written(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    odd = tmp_path / "notas.docx"
    odd.write_text("x")
    shutil.copy(DATA / "excel_es_practicas.csv", tmp_path / "ok.csv")
    plan = ex.plan_import(catalogue, [tmp_path / "ok.csv", odd, tmp_path / "no-existe.csv"])
    assert len(plan.file_problems) == 2
    before = _counts(catalogue)
    with pytest.raises(ex.ImportRefused):
        ex.apply_import(catalogue, plan)
    assert _counts(catalogue) == before
