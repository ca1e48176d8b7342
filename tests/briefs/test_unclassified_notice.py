"""Briefs say how many of their records are still to classify."""

from __future__ import annotations

from pathlib import Path

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue
from lazos_desktop.services.briefs import render_brief
from tests.briefs.conftest import pdf_text


def test_catalogue_and_country_briefs_count_the_unclassified(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    catalogue.create(Practice(title="Ejemplo ficticio: sin ejes", countries=["PE"], synthetic=True))
    for template, options in (("catalogue", {}), ("country", {"country": "PE"})):
        out = tmp_path / f"{template}.pdf"
        render_brief(catalogue, template, out, **options)
        text = " ".join(pdf_text(out).split())
        assert "Registros por clasificar en este documento: 1" in text, template
    clean = tmp_path / "limpio.pdf"
    render_brief(catalogue, "country", clean, country="CL")
    assert "por clasificar" not in " ".join(pdf_text(clean).split())
