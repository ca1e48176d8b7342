from __future__ import annotations

import pytest

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery, fts_match


@pytest.fixture
def filled(empty_catalogue: Catalogue) -> Catalogue:
    rows = [
        ("Migración laboral y empleo en Perú", ["PE"], ["empleo"], 2019, "published"),
        (
            "Inclusión financiera con cooperativas",
            ["AR", "PE"],
            ["inclusion_financiera"],
            2021,
            "validated",
        ),
        (
            "Certificación de competencias en República Dominicana",
            ["DO"],
            ["formacion"],
            2023,
            "draft",
        ),
        ("Cohesión social en barrios de acogida", ["CO"], ["cohesion_social"], 2024, "published"),
    ]
    for title, countries, axes, year, status in rows:
        empty_catalogue.create(
            Practice(title=title, countries=countries, axes=axes, year=year, status=status)
        )
    return empty_catalogue


def _titles(catalogue: Catalogue, **filters: object) -> list[str]:
    page = catalogue.query(RecordQuery(sort="title", **filters))  # type: ignore[arg-type]
    return [row.title for row in page.rows]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("migracion", "Migración laboral y empleo en Perú"),
        ("MIGRACIÓN", "Migración laboral y empleo en Perú"),
        ("peru", "Migración laboral y empleo en Perú"),
        ("republica dominicana", "Certificación de competencias en República Dominicana"),
        ("dominican republic", "Certificación de competencias en República Dominicana"),
        ("cohesion", "Cohesión social en barrios de acogida"),
        ("certif", "Certificación de competencias en República Dominicana"),
    ],
)
def test_search_ignores_accents_and_case_and_knows_names(
    filled: Catalogue, typed: str, expected: str
) -> None:
    assert expected in _titles(filled, text=typed)


def test_search_finds_axis_labels_in_every_language(filled: Catalogue) -> None:
    assert _titles(filled, text="inclusion financiera") == ["Inclusión financiera con cooperativas"]
    assert _titles(filled, text="financial inclusion") == ["Inclusión financiera con cooperativas"]
    assert _titles(filled, text="inclusão financeira") == ["Inclusión financiera con cooperativas"]


def test_search_text_with_only_symbols_finds_nothing_without_error(filled: Catalogue) -> None:
    assert _titles(filled, text='"*(') == []
    assert fts_match('a"b') == '"a"* AND "b"*'


def test_every_filter(filled: Catalogue) -> None:
    assert len(_titles(filled, country="PE")) == 2
    assert _titles(filled, axis="formacion") == [
        "Certificación de competencias en República Dominicana"
    ]
    assert len(_titles(filled, status="published")) == 2
    assert len(_titles(filled, year_from=2021, year_to=2023)) == 2
    assert _titles(filled, country="PE", axis="empleo") == ["Migración laboral y empleo en Perú"]
    assert _titles(filled, kind="exchange") == []
    assert len(_titles(filled, synthetic=False)) == 4


def test_sort_and_paging_with_total(filled: Catalogue) -> None:
    page = filled.query(RecordQuery(sort="year", descending=True, offset=1, limit=2))
    assert page.total == 4
    assert [row.year for row in page.rows] == [2023, 2021]


def test_search_index_follows_updates(filled: Catalogue) -> None:
    record = filled.get("BP-001")
    filled.update(record.model_copy(update={"title": "Ventanilla de orientación"}))
    assert _titles(filled, text="migracion") == []
    assert _titles(filled, text="ventanilla") == ["Ventanilla de orientación"]
