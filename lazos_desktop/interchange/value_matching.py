"""A typed value to a vocabulary code: matched, mapped with confidence, or asked.

Colleagues write "Vocational training", "Rep. Dominicana", "Brasil", "Publicado" where the
catalogue holds `formacion`, `DO`, `BR`, `published`. Every value gets one of three answers:

* **exact** — the value is a code, a label in es/en/pt or an alias, once accents, case,
  punctuation, small words ("de", "and", "da") and word order are set aside;
* **auto** — not written as any name, but only one term can be meant (the rule below); the
  import maps it and reports the mapping;
* **question** — ambiguous or far: the officer chooses. `candidates` holds suggestions
  only when they are likely right (at most three, all close to the best).

The rule for **auto**, applied to the content words of the value:

1. *Typing slip*: the whole value is within a few edits of one term's name (rapidfuzz
   `ratio` >= 88 on the sorted words, both at least 5 letters) and of no other term's; or
2. *Partial wording* of two words or more: one word at least (4 letters or more, exact or
   a slip) names this term only; no word names only other terms; at most one word in three
   names nothing (the "skills" of "Vocational training and skills certification"). A single
   word maps only when it is a name of the term once generic words are set aside
   ("Dominicana" for "República Dominicana"): "Estudio" is not "Estudio de caso".

Anything else with some likeness is a question; single words shared by several terms
("social"), abbreviations alone ("Rep.") and lookalikes ("Narnia" / "Armenia") never map.
`tests/interchange/value_variants.csv` holds the labelled variants the rule is measured on
(`python tools/match_evaluation.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from lazos_desktop.domain.countries import LANGUAGES, country_codes, country_name
from lazos_desktop.domain.text import fold
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.interchange.value_aliases import (
    COUNTRY_ALIASES,
    GENERIC_COUNTRY_WORDS,
    GENERIC_TERM_WORDS,
    TERM_ALIASES,
)

MAX_SUGGESTIONS = 3
WEAK_SCORE = 50.0

STOPWORDS = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "el",
        "los",
        "y",
        "e",
        "en",
        "para",
        "por",
        "a",
        "al",
        "con",
        "of",
        "the",
        "and",
        "for",
        "in",
        "to",
        "on",
        "with",
        "da",
        "do",
        "das",
        "dos",
        "em",
        "com",
        "o",
        "os",
        "as",
        "no",
        "na",
        "nos",
        "nas",
    ]
)


def allowed_edits(length: int) -> int:
    """Edits (insert, delete, change, swap two letters) a slip may hold in a word this long."""
    if length < 4:
        return 0
    return 1 if length < 12 else 2


Status = Literal["exact", "auto", "question"]


@dataclass(frozen=True)
class ValueMatch:
    """What a value is: `code` for exact and auto, suggestions for a question."""

    status: Status
    code: str = ""
    candidates: tuple[str, ...] = ()
    score: float = 0.0

    @property
    def resolved(self) -> bool:
        return self.status != "question"


def content_words(text: str) -> list[str]:
    """Folded words without punctuation or small words ("EE.UU." -> ["eeuu"])."""
    folded = fold(text).replace("&", " ")
    folded = re.sub(r"[.'’`´]", "", folded)
    words = re.sub(r"[^0-9a-z]+", " ", folded).split()
    kept = [word for word in words if word not in STOPWORDS]
    return kept or words


@lru_cache(maxsize=16384)
def value_key(text: str) -> str:
    """The form values are compared in: content words, sorted, once each.

    Remembered: a sheet repeats the same few values (countries, axes) on every row, and
    folding them again took a fifth of an import's time."""
    return " ".join(sorted(set(content_words(text))))


class TermMatcher:
    """Names of each code of one vocabulary, indexed for the three answers.

    `codes_upper` are names that count only when written in capitals (ISO alpha-3 codes:
    "SUR" is Suriname, "sur" is a word). `generic` words ("república", "islas", "social")
    name too many things to point at one term: a value's generic words neither match nor
    count against a term in a partial wording.
    """

    def __init__(
        self,
        names: Mapping[str, Iterable[str]],
        *,
        codes_upper: Mapping[str, str] | None = None,
        generic: Iterable[str] = (),
    ) -> None:
        self._exact: dict[str, set[str]] = {}
        self._words: dict[str, set[str]] = {}
        self._cores: dict[str, set[str]] = {}
        self._keys: list[str] = []
        self._key_codes: list[str] = []
        self._upper = dict(codes_upper or {})
        self._generic = frozenset(generic)
        for code, texts in names.items():
            for text in texts:
                key = value_key(text)
                if not key:
                    continue
                self._exact.setdefault(key, set()).add(code)
                self._keys.append(key)
                self._key_codes.append(code)
                core = [word for word in key.split() if word not in self._generic]
                for word in core:
                    self._words.setdefault(word, set()).add(code)
                if core:
                    self._cores.setdefault(" ".join(core), set()).add(code)
        self._word_list = list(self._words)
        self._cache: dict[str, ValueMatch] = {}

    def match(self, text: str) -> ValueMatch:
        stripped = text.strip()
        if stripped in self._upper:
            return ValueMatch("exact", self._upper[stripped], score=100.0)
        key = value_key(text)
        if key not in self._cache:
            self._cache[key] = self._match(text, key)
        return self._cache[key]

    def _match(self, text: str, key: str) -> ValueMatch:
        if not key:
            return ValueMatch("question")
        exact = self._exact.get(key, set())
        if len(exact) == 1:
            return ValueMatch("exact", next(iter(exact)), score=100.0)
        if exact:
            return ValueMatch("question", candidates=tuple(sorted(exact))[:MAX_SUGGESTIONS])
        outer = _outside_brackets(text)
        if outer and outer != text.strip():
            found = self._exact.get(value_key(outer), set())
            if len(found) == 1:
                return ValueMatch("auto", next(iter(found)), score=95.0)
        slips = self._slips(key)
        partial, weak = self._partial(key.split())
        strong = set(slips) | partial
        # A slip of one name is no slip when a word is written exactly as in another term's
        # name ("Guayana": one edit from Guyana, a word of Guayana Francesa).
        named = {code for word in key.split() for code in self._words.get(word, ())}
        if strong and not partial and named - strong:
            strong |= named
        if len(strong) == 1:
            return ValueMatch("auto", next(iter(strong)), score=90.0)
        if strong:
            ranked = sorted(strong, key=lambda c: (slips.get(c, 9), c))
            return ValueMatch("question", candidates=tuple(ranked[:MAX_SUGGESTIONS]))
        return ValueMatch("question", candidates=_close_to_best(weak))

    def _slips(self, key: str) -> dict[str, int]:
        """Codes a name of which is a slip away from the whole value, with the edits.

        One edit further is not worth a suggestion: on the labelled variants such names
        were lookalikes ("Sudamérica" / "Sudáfrica", "Todos" / "Togo"), not what was meant.
        """
        slips: dict[str, int] = {}
        if len(key) < 4 or not self._keys:
            return slips
        for name, edits, index in process.extract(
            key, self._keys, scorer=OSA.distance, score_cutoff=2, limit=30
        ):
            allowed = allowed_edits(min(len(name), len(key)))
            code = self._key_codes[index]
            if allowed and edits <= allowed:
                slips[code] = min(slips.get(code, 9), int(edits))
        return slips

    def _partial(self, words: list[str]) -> tuple[set[str], dict[str, float]]:
        """Codes the words name on their own (strong) and codes they point at (weak, scored)."""
        hits = [self._word_hits(word) for word in words]
        counted = [(codes, how, word) for (codes, how), word in zip(hits, words, strict=True)]
        counted = [item for item in counted if item[1] != "generic"]
        if not counted:
            return set(), {}
        touched: set[str] = set().union(*(codes for codes, _, _ in counted))
        strong: set[str] = set()
        weak: dict[str, float] = {}
        allowed_unmatched = len(counted) // 3
        single = self._cores.get(counted[0][2], set()) if len(counted) == 1 else set()
        for code in touched:
            distinctive = sum(
                1
                for codes, how, word in counted
                if codes == {code} and how != "prefix" and len(word) >= 4
            )
            conflicting = sum(
                1 for codes, how, _ in counted if how == "exact" and code not in codes
            )
            unmatched = sum(1 for codes, how, _ in counted if code not in codes and how != "exact")
            if len(counted) == 1:
                if single == {code}:
                    strong.add(code)
            elif distinctive and not conflicting and unmatched <= allowed_unmatched:
                strong.add(code)
            share = sum(1 / len(codes) for codes, _, _ in counted if code in codes)
            weak[code] = 100.0 * share / len(counted)
        return strong, weak

    def _word_hits(self, word: str) -> tuple[set[str], str]:
        """Codes whose names hold the word: exactly, with a slip, or as its abbreviation;
        "generic" for a word (or the start of one) too common to point anywhere."""
        if word in self._generic:
            return set(), "generic"
        if word in self._words:
            return set(self._words[word]), "exact"
        allowed = allowed_edits(len(word)) if len(word) >= 5 else 0
        if allowed:
            slips = process.extract(
                word, self._word_list, scorer=OSA.distance, score_cutoff=allowed, limit=10
            )
            codes = {
                code
                for name, edits, _ in slips
                if edits <= allowed_edits(min(len(name), len(word)))
                for code in self._words[name]
            }
            if codes:
                return codes, "slip"
        if len(word) >= 3:
            if any(name.startswith(word) for name in self._generic):
                return set(), "generic"
            codes = {
                code
                for name, found in self._words.items()
                if name.startswith(word) and len(name) > len(word)
                for code in found
            }
            if codes:
                return codes, "prefix"
        return set(), "none"


def _close_to_best(scores: dict[str, float]) -> tuple[str, ...]:
    """Suggestions within 10 points of the best, only when there are few of them."""
    if not scores:
        return ()
    best = max(scores.values())
    if best < WEAK_SCORE:
        return ()
    close = sorted((c for c, s in scores.items() if s >= best - 10), key=lambda c: (-scores[c], c))
    return tuple(close) if len(close) <= MAX_SUGGESTIONS else ()


def _outside_brackets(text: str) -> str:
    """ "Bolivia (Estado Plurinacional de)" -> "Bolivia"."""
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text).strip()


@cache
def country_matcher() -> TermMatcher:
    """Countries by ISO code (alpha-2; alpha-3 in capitals, from CLDR's aliases), by CLDR
    name in es/en/pt and by the informal names of the region."""
    from babel.core import get_global

    names: dict[str, list[str]] = {code: [code] for code in country_codes()}
    for code in names:
        names[code] += [country_name(code, lang) for lang in LANGUAGES]
    upper: dict[str, str] = {}
    for alias, replacement in get_global("territory_aliases").items():
        single = len(replacement) == 1 and replacement[0] in names
        if len(alias) == 3 and alias.isalpha() and single:
            upper[alias] = replacement[0]
    for code, aliases in COUNTRY_ALIASES.items():
        names.setdefault(code, [code]).extend(aliases)
    return TermMatcher(names, codes_upper=upper, generic=GENERIC_COUNTRY_WORDS)


def vocabulary_matcher(vocab: Vocabularies, vocabulary: str) -> TermMatcher:
    """A vocabulary's codes by code, label in each language and known alias."""
    names: dict[str, list[str]] = {}
    for code in vocab.codes(vocabulary):
        texts = [code, code.replace("_", " "), *vocab.all_labels(vocabulary, code)]
        texts += TERM_ALIASES.get(vocabulary, {}).get(code, ())
        names[code] = texts
    return TermMatcher(names, generic=GENERIC_TERM_WORDS)
