"""Controlled vocabularies (axes, institution types, ...) as data with es/en/pt labels.

The rows live in the catalogue file and are seeded from `seeds/vocabularies.json`; this
module only gives them a shape and a lookup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lazos_desktop.domain.text import fold

AXIS = "axis"
POPULATION_GROUP = "population_group"
INSTITUTION_TYPE = "institution_type"
PLATFORM = "platform"
PRACTICE_STATUS = "practice_status"
EXCHANGE_STATUS = "exchange_status"
MODALITY = "modality"
PARTY_ROLE = "party_role"
MILESTONE_STATUS = "milestone_status"
ACTIVITY_TYPE = "activity_type"
TASK_STATUS = "task_status"
TOOL_TYPE = "tool_type"
TERRITORIAL_LEVEL = "territorial_level"

ERISE_AXES = (
    "regularizacion",
    "formacion",
    "empleo",
    "emprendimiento",
    "inclusion_financiera",
    "proteccion_social",
    "cohesion_social",
)


@dataclass(frozen=True)
class Term:
    vocabulary: str
    code: str
    labels: dict[str, str]
    descriptions: dict[str, str] = field(default_factory=dict)
    position: int = 0
    source: str = ""

    def label(self, lang: str = "es") -> str:
        return self.labels.get(lang) or self.labels.get("es") or self.code


@dataclass
class Vocabularies:
    """Every term of a catalogue, by vocabulary and code."""

    terms: dict[str, dict[str, Term]] = field(default_factory=dict)

    @classmethod
    def from_terms(cls, terms: list[Term]) -> Vocabularies:
        vocab = cls()
        for term in sorted(terms, key=lambda t: (t.vocabulary, t.position, t.code)):
            vocab.terms.setdefault(term.vocabulary, {})[term.code] = term
        return vocab

    def codes(self, vocabulary: str) -> list[str]:
        return list(self.terms.get(vocabulary, {}))

    def has(self, vocabulary: str, code: str) -> bool:
        return code in self.terms.get(vocabulary, {})

    def term(self, vocabulary: str, code: str) -> Term | None:
        return self.terms.get(vocabulary, {}).get(code)

    def label(self, vocabulary: str, code: str, lang: str = "es") -> str:
        term = self.term(vocabulary, code)
        return term.label(lang) if term else code

    def all_labels(self, vocabulary: str, code: str) -> list[str]:
        term = self.term(vocabulary, code)
        return list(term.labels.values()) if term else [code]

    def code_from_text(self, vocabulary: str, text: str) -> str | None:
        """A code from a code or a label in any language, ignoring case and accents."""
        key = fold(text)
        for term in self.terms.get(vocabulary, {}).values():
            if key == fold(term.code) or key in {fold(label) for label in term.labels.values()}:
                return term.code
        return None

    def choices(self, vocabulary: str) -> dict[str, str]:
        """Every label and code (folded) to its code; for suggestions on unknown values."""
        found: dict[str, str] = {}
        for term in self.terms.get(vocabulary, {}).values():
            found[fold(term.code)] = term.code
            for label in term.labels.values():
                found[fold(label)] = term.code
        return found
