"""Precision and recall of the value reconciliation rule on the labelled variants.

    python -m tests.interchange.value_evaluation

prints the figures; `test_value_matching` holds the rule to them.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.interchange.seed_files import read_vocabularies
from lazos_desktop.interchange.value_matching import (
    TermMatcher,
    ValueMatch,
    country_matcher,
    vocabulary_matcher,
)

HERE = Path(__file__).parent
VARIANTS = HERE / "value_variants.tsv"
SEEDS = HERE.parent.parent / "seeds" / "vocabularies.json"


@dataclass(frozen=True)
class Variant:
    vocabulary: str
    value: str
    expected: str  # a code, "" for nothing meant, "?" for ambiguous


@dataclass
class Figures:
    """Counts of each outcome; `positives` are the variants that name a term."""

    total: int
    positives: int
    outcomes: Counter[str]
    wrong: list[tuple[Variant, ValueMatch]]

    def _count(self, *keys: str) -> int:
        return sum(self.outcomes[key] for key in keys)

    @staticmethod
    def _ratio(good: int, all_: int) -> float:
        return good / all_ if all_ else 1.0

    @property
    def auto_precision(self) -> float:
        """Right codes among every value mapped without asking (exact or close)."""
        return self._ratio(self._count("exact", "auto"), self._count("exact", "auto", "wrong"))

    @property
    def close_precision(self) -> float:
        """Right codes among the close matches mapped without asking."""
        return self._ratio(self._count("auto"), self._count("auto", "wrong"))

    @property
    def auto_recall(self) -> float:
        return self._ratio(self._count("exact", "auto"), self.positives)

    @property
    def suggestion_precision(self) -> float:
        """Questions whose suggestions hold the right term, among questions with any."""
        return self._ratio(self._count("suggested"), self._count("suggested", "bad_suggestion"))

    @property
    def suggestion_recall(self) -> float:
        """Variants naming a term that are mapped or get it among their suggestions."""
        return self._ratio(self._count("exact", "auto", "suggested"), self.positives)


def variants() -> list[Variant]:
    lines = [line for line in VARIANTS.read_text(encoding="utf-8").splitlines() if line]
    rows = csv.reader((line for line in lines if not line.startswith("#")), delimiter="\t")
    next(rows)
    return [Variant(row[0], row[1], row[2] if len(row) > 2 else "") for row in rows]


def matchers() -> dict[str, TermMatcher]:
    vocab = Vocabularies.from_terms(read_vocabularies(SEEDS))
    found = {name: vocabulary_matcher(vocab, name) for name in vocab.terms}
    found["country"] = country_matcher()
    return found


def evaluate() -> Figures:
    found = matchers()
    outcomes: Counter[str] = Counter()
    wrong: list[tuple[Variant, ValueMatch]] = []
    items = variants()
    for variant in items:
        result = found[variant.vocabulary].match(variant.value)
        outcome = outcome_of(variant, result)
        outcomes[outcome] += 1
        if outcome in {"wrong", "bad_suggestion", "missed"}:
            wrong.append((variant, result))
    positives = sum(1 for v in items if v.expected not in ("", "?"))
    return Figures(len(items), positives, outcomes, wrong)


def outcome_of(variant: Variant, result: ValueMatch) -> str:
    """exact, auto or wrong (mapped); suggested, bad_suggestion, missed, silent or asked."""
    expected = variant.expected
    if result.resolved:
        if result.code != expected:
            return "wrong"
        return result.status
    if expected == "?":
        return "asked"
    if expected == "":
        return "bad_suggestion" if result.candidates else "silent"
    if expected in result.candidates:
        return "suggested"
    return "bad_suggestion" if result.candidates else "missed"


def main() -> None:
    figures = evaluate()
    print(f"variants: {figures.total} ({figures.positives} name a term)")
    for key in sorted(figures.outcomes):
        print(f"  {key:<16} {figures.outcomes[key]:>4}")
    print(f"mapped without asking (exact + close): precision {figures.auto_precision:.3f}")
    print(f"close matches mapped without asking:   precision {figures.close_precision:.3f}")
    print(f"recall of mappings without asking:     {figures.auto_recall:.3f}")
    print(f"suggestions shown:                     precision {figures.suggestion_precision:.3f}")
    print(f"recall of mapping or right suggestion: {figures.suggestion_recall:.3f}")
    for variant, result in figures.wrong:
        print(f"  {variant.vocabulary:<17} {variant.value!r:<40} {variant.expected!r:<24} {result}")


if __name__ == "__main__":
    main()
