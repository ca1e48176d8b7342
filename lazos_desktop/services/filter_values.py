"""A filter's value as an officer types it: a code, or a name in Spanish, English or Portuguese.

The command line's `--country`, `--axis` and `--status` take what the window takes: a code
("PE", "inclusion_financiera", "draft") or a name in any of the three languages, with
accents, capitals, punctuation and small words set aside ("Perú", "peru", "Republica
Dominicana", "Financial inclusion", "Borrador"). The names are those the import reconciles
values with (`interchange.value_matching`: CLDR names, the vocabularies' labels and the
known aliases), and only its *exact* answers count here: a filter that guessed would show
another country's records without saying so. A value that names nothing is refused; the
terms it most likely meant come with the refusal only when the matcher finds them likely
(a typing slip of one name, or a few close ones), never a list of lookalikes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lazos_desktop.domain.countries import country_from_text, is_country
from lazos_desktop.domain.vocabularies import (
    AXIS,
    EXCHANGE_STATUS,
    PRACTICE_STATUS,
    Vocabularies,
)

if TYPE_CHECKING:
    from lazos_desktop.interchange.value_matching import ValueMatch

# A name longer than this is no country or term: refused without searching for likenesses.
LONGEST_NAME = 120
STATUS_VOCABULARIES = {
    "practice": (PRACTICE_STATUS,),
    "toolbox": (PRACTICE_STATUS,),
    "exchange": (EXCHANGE_STATUS,),
}
ALL_STATUSES = (PRACTICE_STATUS, EXCHANGE_STATUS)


@dataclass(frozen=True)
class FilterValue:
    """The code a typed value names, or None with the likely codes meant (perhaps none)."""

    code: str | None
    suggestions: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.code is not None


def country(text: str) -> FilterValue:
    """A country by ISO code (alpha-2, alpha-3 in capitals) or by name in es/en/pt."""
    typed = text.strip()
    if is_country(typed):
        return FilterValue(typed.upper())
    found = country_from_text(typed)
    if found:
        return FilterValue(found)
    if not typed or len(typed) > LONGEST_NAME:
        return FilterValue(None)
    from lazos_desktop.interchange.value_matching import country_matcher

    return _answer(country_matcher().match(typed))


def axis(vocabularies: Vocabularies, text: str) -> FilterValue:
    """An ERISE axis by code or by label (or known alias) in es/en/pt."""
    return term(vocabularies, (AXIS,), text)


def status(vocabularies: Vocabularies, kind: str | None, text: str) -> FilterValue:
    """A status by code or label: of the kind's status vocabulary, or of any when the kind
    has none or is not given."""
    return term(vocabularies, STATUS_VOCABULARIES.get(kind or "", ALL_STATUSES), text)


def status_codes(vocabularies: Vocabularies, kind: str | None) -> list[str]:
    """The statuses `status` accepts for `kind`, in the vocabularies' order."""
    names = STATUS_VOCABULARIES.get(kind or "", ALL_STATUSES)
    return list(dict.fromkeys(code for name in names for code in vocabularies.codes(name)))


def status_label(vocabularies: Vocabularies, code: str, lang: str) -> str:
    """A status code's label in `lang`, whichever status vocabulary holds it."""
    for name in ALL_STATUSES:
        if vocabularies.has(name, code):
            return vocabularies.label(name, code, lang)
    return code


def term(vocabularies: Vocabularies, names: Iterable[str], text: str) -> FilterValue:
    """A term of one of the vocabularies `names`, by code, label or alias."""
    typed = text.strip()
    chosen = tuple(names)
    found = {
        code
        for name in chosen
        for code in [vocabularies.code_from_text(name, typed)]
        if code is not None
    }
    if len(found) == 1:
        return FilterValue(found.pop())
    if found or not typed or len(typed) > LONGEST_NAME:
        return FilterValue(None, tuple(sorted(found)))
    from lazos_desktop.interchange.value_matching import vocabulary_matcher

    answers = [vocabulary_matcher(vocabularies, name).match(typed) for name in chosen]
    exact = {answer.code for answer in answers if answer.status == "exact"}
    if len(exact) == 1:
        return FilterValue(exact.pop())
    suggestions: list[str] = sorted(exact)
    for answer in answers:
        if answer.status != "exact":
            suggestions += _answer(answer).suggestions
    return FilterValue(None, tuple(dict.fromkeys(suggestions)))


def _answer(match: ValueMatch) -> FilterValue:
    """The matcher's answer for a filter: its exact code, else what it finds likely."""
    if match.status == "exact":
        return FilterValue(match.code)
    if match.status == "auto":
        # A slip of one name, or a partial wording only one term fits: likely meant, but
        # a filter does not guess; the refusal names it.
        return FilterValue(None, (match.code,))
    return FilterValue(None, match.candidates)
