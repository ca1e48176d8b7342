from __future__ import annotations

import pytest

from lazos_desktop.domain.countries import country_from_text, country_name, is_country
from lazos_desktop.domain.records import (
    Exchange,
    Kind,
    Practice,
    ToolboxEntry,
    format_code,
    is_unclassified,
    parse_code,
    record_from_dict,
    record_to_dict,
)
from lazos_desktop.domain.text import fold, sort_key
from lazos_desktop.domain.validation import parse_record, validate
from lazos_desktop.domain.vocabularies import AXIS, Term, Vocabularies


@pytest.fixture
def vocab() -> Vocabularies:
    return Vocabularies.from_terms(
        [
            Term(AXIS, "empleo", {"es": "Promoción del empleo", "en": "Employment promotion"}),
            Term(AXIS, "inclusion_financiera", {"es": "Inclusión financiera"}),
        ]
    )


def test_codes_round_trip_and_grow_past_three_digits() -> None:
    assert format_code(Kind.PRACTICE, 7) == "BP-007"
    assert format_code(Kind.TOOLBOX, 12345) == "TB-12345"
    assert parse_code("ex-003") == (Kind.EXCHANGE, 3)
    assert parse_code("XX-1") is None
    assert parse_code("BP-abc") is None


def test_country_codes_come_from_cldr_in_three_languages() -> None:
    assert country_name("DO", "es") == "República Dominicana"
    assert country_name("DO", "en") == "Dominican Republic"
    assert country_name("BR", "pt") == "Brasil"
    assert is_country("AW") and is_country("CW")
    assert not is_country("EU") and not is_country("ZZ")
    assert country_from_text("  perú ") == "PE"
    assert country_from_text("Dominican Republic") == "DO"
    assert country_from_text("Atlantis") is None


def test_fold_and_sort_key_ignore_accents_and_case() -> None:
    assert fold("  Migración  LABORAL ") == "migracion laboral"
    assert sort_key("«Ética»") < sort_key("Formación")


def test_lists_are_normalised_and_deduplicated() -> None:
    practice = Practice(title="T", countries=["pe", "PE ", "co"], axes=["Empleo", "empleo"])
    assert practice.countries == ["PE", "CO"]
    assert practice.axes == ["empleo"]


def test_practice_needs_countries_and_known_axes(vocab: Vocabularies) -> None:
    practice = Practice(title="T", countries=["XQ"], axes=["unknown_axis"])
    problems = validate(practice, vocab)
    keys = {(p.field, p.key) for p in problems}
    assert ("countries", "unknown_country") in keys
    assert ("axes", "unknown_term") in keys
    assert validate(Practice(title="T"), vocab) == []  # a draft may wait to be classified
    finished = {(p.field, p.key) for p in validate(Practice(title="T", status="published"), vocab)}
    assert finished == {("countries", "need_one_to_finish"), ("axes", "need_one_to_finish")}


def test_a_draft_without_axes_or_countries_is_unclassified_until_classified() -> None:
    assert is_unclassified(Practice(title="T", countries=["PE"]))
    assert is_unclassified(ToolboxEntry(title="T", status="draft"))
    assert not is_unclassified(ToolboxEntry(title="T"))  # published regional tool
    assert not is_unclassified(Practice(title="T", countries=["PE"], axes=["empleo"]))
    assert not is_unclassified(Exchange(title="T"))


def test_messages_name_the_field_in_spanish_and_english(vocab: Vocabularies) -> None:
    problem = validate(Practice(title="T", countries=["PE"], axes=["nada"]), vocab)[0]
    assert problem.message("es") == "«nada» no figura en el vocabulario «axis»."
    missing = validate(
        Practice(title="T", countries=[], axes=["empleo"], status="validated"), vocab
    )[0]
    assert "Países" in missing.message("es")
    assert "Countries" in missing.message("en")


def test_pydantic_errors_become_problems_with_field_names() -> None:
    record, problems = parse_record("practice", {"title": "", "year": "dos mil"})
    assert record is None
    fields = {p.field for p in problems}
    assert {"title", "year"} <= fields
    assert any("Título" in p.message("es") for p in problems)


def test_exchange_rules(vocab: Vocabularies) -> None:
    lonely = Exchange(title="E", parties=[{"country": "CO"}], axes=["empleo"])
    assert [p.key for p in validate(lonely, vocab)] == ["parties_too_few"]
    backwards = Exchange(
        title="E",
        parties=[{"country": "CO"}, {"country": "EC", "role": "receiving"}],
        start_date="2024-05-01",
        end_date="2024-01-01",
    )
    assert [p.key for p in validate(backwards, vocab)] == ["end_before_start"]
    assert backwards.countries == ["CO", "EC"]


def test_record_dict_round_trip_keeps_every_field() -> None:
    exchange = Exchange(
        title="E",
        parties=[{"country": "co"}, {"country": "ec", "role": "receiving"}],
        milestones=[{"title": "Hito", "date": "2025-03-01", "status": "done"}],
        contacts=[{"name": "Nombre"}],
    )
    data = record_to_dict(exchange)
    assert data["kind"] == "exchange"
    assert record_from_dict("exchange", data) == exchange


def test_unknown_fields_are_refused() -> None:
    _, problems = parse_record("toolbox", {"title": "T", "colour": "red"})
    assert [p.field for p in problems] == ["colour"]
