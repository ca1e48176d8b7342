"""The reconciliation rule on the labelled variants and on the cases the issue quotes."""

from __future__ import annotations

import pytest

from lazos_desktop.interchange.value_matching import content_words, country_matcher
from tests.interchange.value_evaluation import evaluate, matchers, variants


def test_the_labelled_set_is_large_and_every_automatic_mapping_on_it_is_right() -> None:
    figures = evaluate()
    assert figures.total >= 300
    assert figures.outcomes["wrong"] == 0
    assert figures.auto_precision == 1.0
    assert figures.auto_recall >= 0.93
    assert figures.suggestion_precision >= 0.9
    assert figures.suggestion_recall >= 0.97


def test_values_that_name_nothing_get_no_suggestion() -> None:
    found = matchers()
    silent = [v for v in variants() if v.expected == ""]
    assert len(silent) >= 60
    suggested = [v.value for v in silent if found[v.vocabulary].match(v.value).candidates]
    assert suggested == []


@pytest.mark.parametrize(
    ("vocabulary", "value", "status", "code"),
    [
        ("axis", "Vocational training and skills certification", "auto", "formacion"),
        ("axis", "Vocational training", "exact", "formacion"),
        ("country", "Rep. Dominicana", "exact", "DO"),
        ("country", "RD", "exact", "DO"),
        ("country", "Brasil/Brazil", "auto", "BR"),
        ("country", "Peruu", "auto", "PE"),
        ("country", "PER", "exact", "PE"),
    ],
)
def test_quoted_cases_map(vocabulary: str, value: str, status: str, code: str) -> None:
    result = matchers()[vocabulary].match(value)
    assert (result.status, result.code) == (status, code)


@pytest.mark.parametrize("value", ["Narnia", "Sur", "sur", "Caribe", "Africa", "Latinoamérica"])
def test_lookalikes_and_regions_are_asked_without_a_guess(value: str) -> None:
    result = country_matcher().match(value)
    assert result.status == "question" and result.candidates == ()


def test_ambiguous_values_are_questions_listing_the_candidates() -> None:
    assert set(country_matcher().match("Korea").candidates) == {"KR", "KP"}
    social = matchers()["axis"].match("Social")
    assert social.status == "question"
    assert set(social.candidates) == {"proteccion_social", "cohesion_social"}


def test_alpha_3_codes_count_only_in_capitals() -> None:
    assert country_matcher().match("SUR").code == "SR"
    assert country_matcher().match("sur").status == "question"


def test_content_words_drop_accents_punctuation_and_small_words() -> None:
    assert content_words("EE.UU.") == ["eeuu"]
    assert content_words("Formación  profesional y certificación") == [
        "formacion",
        "profesional",
        "certificacion",
    ]
