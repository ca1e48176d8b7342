"""Countries as ISO 3166-1 alpha-2 codes, named in es/en/pt from CLDR through Babel."""

from __future__ import annotations

from functools import cache

from babel import Locale

from lazos_desktop.domain import languages
from lazos_desktop.domain.text import fold

LANGUAGES = languages.LANGUAGES

# CLDR territories that are groupings or private-use codes, not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO"}


@cache
def country_codes() -> frozenset[str]:
    territories = [str(code) for code in Locale.parse("en").territories]
    return frozenset(
        code
        for code in territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and code[0] != "X"
    )


def is_country(code: str) -> bool:
    return code.upper() in country_codes()


@cache
def country_name(code: str, lang: str = "es") -> str:
    """The CLDR name, or the code itself when unknown so nothing disappears from view."""
    return Locale.parse(lang).territories.get(code.upper(), code)


def country_names(code: str) -> list[str]:
    return [country_name(code, lang) for lang in LANGUAGES]


@cache
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code in country_codes():
        index[fold(code)] = code
        for lang in LANGUAGES:
            index.setdefault(fold(country_name(code, lang)), code)
    return index


def country_from_text(text: str) -> str | None:
    """A code from a code or a name in any of the three languages ("Perú", "Dominican Republic")."""
    key = fold(text)
    if not key:
        return None
    return _name_index().get(key)


def all_country_labels() -> dict[str, str]:
    """Every known name (folded) to its code; for suggestions on unknown values."""
    return dict(_name_index())
