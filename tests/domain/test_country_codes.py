"""The stored country codes (`domain/countries.py`) are the ones Babel's CLDR gives: a brief
reads them instead of loading Babel's whole English locale data, so they must not differ."""

from __future__ import annotations

import babel
import pytest

from lazos_desktop.domain import countries


def test_the_stored_codes_are_those_of_this_babel() -> None:
    """Fails after a Babel upgrade until STORED_FOR_BABEL and the list are written anew
    (`sorted(countries.codes_from_cldr())`)."""
    assert babel.__version__ == countries.STORED_FOR_BABEL
    assert countries.codes_from_cldr() == countries._STORED_CODES


def test_another_babel_reads_the_codes_from_cldr(monkeypatch: pytest.MonkeyPatch) -> None:
    countries.country_codes.cache_clear()
    monkeypatch.setattr(countries, "_STORED_CODES", frozenset({"PE"}))
    monkeypatch.setattr(countries, "STORED_FOR_BABEL", "0.0")
    try:
        assert countries.country_codes() == countries.codes_from_cldr()
        assert len(countries.country_codes()) > 200
    finally:
        countries.country_codes.cache_clear()


def test_this_babel_knows_a_code_without_reading_cldr(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> frozenset[str]:
        raise AssertionError("the codes were read from Babel's locale data")

    countries.country_codes.cache_clear()
    monkeypatch.setattr(countries, "codes_from_cldr", refuse)
    try:
        assert countries.is_country("PE") and not countries.is_country("EU")
    finally:
        countries.country_codes.cache_clear()
