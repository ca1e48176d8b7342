"""The officer's languages and paper sizes, declared once, and the one message lookup.

Every es/en/pt table of the program (validation and store errors, file problems, brief
labels, the command line's texts, the services' refusals) is a mapping of keys to the three
texts; `pick` chooses the language with Spanish as the fallback, and `render` fills the
parameters, so a table never carries its own lookup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("es", "en", "pt")
DEFAULT_LANGUAGE = "es"
PAPER_SIZES = ("a4", "letter")
DEFAULT_PAPER_SIZE = "a4"

Texts = Mapping[str, str]


def known_language(lang: str | None) -> str:
    """`lang` when the program speaks it, else Spanish."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def pick(texts: Texts, lang: str) -> str:
    """The text in `lang`, or in Spanish when that language is missing or empty."""
    return texts.get(lang) or texts[DEFAULT_LANGUAGE]


def render(table: Mapping[str, Texts], key: str, lang: str, **params: Any) -> str:
    """The message `key` of `table` in `lang`, with its parameters filled."""
    return pick(table[key], lang).format(**params)
