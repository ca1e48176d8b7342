"""Colleagues' real-looking files: values reconciled, institutions created, drafts kept."""

from __future__ import annotations

from pathlib import Path

from lazos_desktop.domain.records import Institution, Practice, is_unclassified
from lazos_desktop.interchange.value_choices import Choice, ValueChoices
from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.store.queries import RecordQuery

DATA = Path(__file__).parent.parent / "data"
SPANISH = DATA / "colegas_excel_es.csv"
ENGLISH = DATA / "colleagues_en_bom.csv"
DOUBTFUL = DATA / "valores_dudosos.csv"


def _by_title(catalogue: Catalogue, kind: str = "practice") -> dict[str, object]:
    return {record.title: record for record in catalogue.iter_records(kind)}


def test_new_institutions_are_listed_before_writing_and_created_with_country_and_source(
    catalogue: Catalogue,
) -> None:
    held = catalogue.store.counts_by_kind()["institution"]
    plan = ex.plan_import(catalogue, [SPANISH], create_institutions=True)
    new = {n.record.acronym or n.record.title: n.record for n in plan.institutions_to_create()}
    assert sorted(new) == sorted(
        ["BCRA", "SBS", "INDEC", "INEI", "Servicio Nacional de la Mujer", "Municipalidad"]
    )
    assert catalogue.store.counts_by_kind()["institution"] == held
    assert new["Servicio Nacional de la Mujer"].country == "CL"
    assert new["Municipalidad"].country == "PE"
    assert new["BCRA"].country == ""  # its row names two countries
    assert new["INEI"].source == "Creada al importar colegas_excel_es.csv, fila 3."
    assert all(record.synthetic for record in new.values())  # every row naming them is

    result = ex.apply_import(catalogue, plan)
    assert result.created == 5 + 6
    assert catalogue.store.counts_by_kind()["institution"] == held + 6
    practices = _by_title(catalogue)
    accounts = practices["Ejemplo ficticio: cuentas básicas para personas migrantes"]
    assert isinstance(accounts, Practice)
    names = catalogue.store.institution_names(accounts.institutions)
    assert sorted(names.values()) == ["BCRA", "SBS"]
    sena = practices["Ejemplo ficticio: certificación con el SENA"]
    assert isinstance(sena, Practice) and sena.institutions == [catalogue.get("IN-001").id]


def test_the_row_without_axes_is_a_draft_to_classify_and_a_filter_finds_it(
    catalogue: Catalogue,
) -> None:
    ex.import_files(catalogue, [SPANISH], create_institutions=True)
    women = _by_title(catalogue)["Ejemplo ficticio: acogida de mujeres"]
    assert isinstance(women, Practice)
    assert women.axes == [] and women.status == "draft" and is_unclassified(women)
    found = catalogue.query(RecordQuery(unclassified=True))
    assert [row.title for row in found.rows] == ["Ejemplo ficticio: acogida de mujeres"]
    assert catalogue.stats()["unclassified"] == {"practice": 1, "toolbox": 0}


def test_undo_removes_the_institutions_the_import_created(catalogue: Catalogue) -> None:
    before = catalogue.store.counts_by_kind()
    ex.import_files(catalogue, [SPANISH], create_institutions=True)
    ex.undo_last_import(catalogue)
    assert catalogue.store.counts_by_kind() == before
    assert "BCRA" not in {
        r.acronym for r in catalogue.iter_records("institution") if isinstance(r, Institution)
    }


def test_without_creating_institutions_the_unknown_ones_are_questions_without_guesses(
    catalogue: Catalogue,
) -> None:
    plan = ex.plan_import(catalogue, [SPANISH])
    questions = {g.value: g for g in plan.questions()}
    assert set(questions) == {
        "BCRA",
        "SBS",
        "INDEC",
        "INEI",
        "Servicio Nacional de la Mujer",
        "Municipalidad",
    }
    assert all(g.candidates == () for g in questions.values())
    assert plan.refused


def test_english_axis_wording_is_mapped_and_reported(catalogue: Catalogue) -> None:
    plan = ex.plan_import(catalogue, [ENGLISH], create_institutions=True)
    mapped = {(g.column, g.value): g.code for g in plan.mappings()}
    assert mapped == {("ERISE axis", "Vocational training and skills certification"): "formacion"}
    result = ex.apply_import(catalogue, plan)
    assert result.created == 4 + 2  # SBS and the Municipality of Quito are new
    practices = _by_title(catalogue)
    passport = practices["Invented example: skills passport pilot"]
    assert isinstance(passport, Practice)
    assert passport.axes == ["formacion"] and passport.countries == ["DO"]
    assert passport.status == "published"
    assert passport.institutions == [catalogue.get("IN-003").id]  # INFOTEP, held
    report = result.as_json("en", catalogue)
    assert report["mappings"][0]["mapped_to"] == {
        "code": "formacion",
        "label": "Vocational training and certification of competencies",
    }


def test_doubtful_values_are_asked_and_answers_apply_to_every_row(catalogue: Catalogue) -> None:
    plan = ex.plan_import(catalogue, [DOUBTFUL], create_institutions=True)
    questions = {g.value: g for g in plan.questions()}
    assert questions["Narnia"].candidates == ()
    assert set(questions["Social"].candidates) == {"proteccion_social", "cohesion_social"}
    sena = questions["SENA — Servicio Nacional de la Mujer"]
    assert sena.candidates == (catalogue.get("IN-001").id,)  # asked, never linked to SENA
    assert plan.institutions_to_create() == []
    choices = ValueChoices()
    choices.set("Países", "Narnia", Choice("later"))
    choices.set("axes", "social", Choice("map", "cohesion_social"))
    choices.set("Instituciones", "SENA — Servicio Nacional de la Mujer", Choice("create"))
    answered = ex.plan_import(catalogue, [DOUBTFUL], choices=choices)
    assert not answered.refused and answered.questions() == []
    assert [g.value for g in answered.left_for_later()] == ["Narnia"]
    result = ex.apply_import(catalogue, answered)
    practices = _by_title(catalogue)
    invented = practices["Ejemplo ficticio: país inventado"]
    assert isinstance(invented, Practice) and invented.countries == [] and is_unclassified(invented)
    ambiguous = practices["Ejemplo ficticio: eje ambiguo"]
    assert isinstance(ambiguous, Practice) and ambiguous.axes == ["cohesion_social"]
    assert result.created == 3 + 1


def test_skip_leaves_the_rows_out_and_a_wrong_answer_is_a_problem(catalogue: Catalogue) -> None:
    choices = ValueChoices.from_arguments(
        [
            "Países:Narnia=skip",
            "Ejes:Social=nada",
            "Instituciones:SENA — Servicio Nacional de la Mujer=IN-007",
        ]
    )
    plan = ex.plan_import(catalogue, [DOUBTFUL], choices=choices)
    assert plan.counts()["skipped"] == 1
    problems = [p for p in plan.problems if p.key == "bad_choice"]
    assert len(problems) == 1 and problems[0].column == "Ejes"
    assert "«nada»" in problems[0].message("es")
