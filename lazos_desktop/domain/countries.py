"""Countries as ISO 3166-1 alpha-2 codes, named in es/en/pt from CLDR through Babel."""

from __future__ import annotations

from functools import cache

import babel
from babel import Locale

from lazos_desktop.domain import languages
from lazos_desktop.domain.text import fold

LANGUAGES = languages.LANGUAGES

# CLDR territories that are groupings or private-use codes, not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO"}


# The codes `codes_from_cldr` gives with the Babel named, stored: learning them from Babel
# loads its whole English locale data, about 10 ms of a 0.25 s country brief process
# (`benchmarks.brief_process`), which needs only the names in its own language. Another
# Babel reads them again; `tests/domain/test_country_codes.py` fails until both are updated.
STORED_FOR_BABEL = "2.19.0"
_CODES_TEXT = """
    AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
    BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CU CV CW
    CX CY CZ DE DG DJ DK DM DO DZ EA EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
    GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU IC ID IE IL IM IN IO
    IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU
    LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE
    NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
    RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
    YT ZA ZM ZW
"""
_STORED_CODES = frozenset(_CODES_TEXT.split())


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the countries CLDR names."""
    if babel.__version__ == STORED_FOR_BABEL:
        return _STORED_CODES
    return codes_from_cldr()


def codes_from_cldr() -> frozenset[str]:
    """The country codes of Babel's CLDR data (its territories less groupings and private use)."""
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
