"""Every template renders from the seeded catalogue, in each language, as a reader sees it:
text (with accents), page furniture, metadata, outline and contents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from lazos_desktop.services import Catalogue
from lazos_desktop.services.briefs import render_brief
from tests.briefs.conftest import outline_titles, pdf_text

TEMPLATE_ARGS = {
    "record": {"ids": ["EX-001"]},
    "country": {"country": "PE"},
    "theme": {"axis": "formacion"},
    "pack": {"ids": ["BP-002", "EX-001", "TB-001"], "meeting": "Mesa técnica"},
    "catalogue": {},
}

FIXED_TEXT = {
    # (template label, page furniture, a section word) as each language prints them
    "es": {
        "record": "INTERCAMBIO · EX-001",
        "country": "FICHA DE PAÍS",
        "theme": "FICHA TEMÁTICA",
        "pack": "Dossier de reunión",
        "catalogue": "Catálogo de cooperación Sur-Sur",
        "page": "Página 1 de",
        "generated": "Generado el",
    },
    "en": {
        "record": "EXCHANGE · EX-001",
        "country": "COUNTRY BRIEF",
        "theme": "THEMATIC BRIEF",
        "pack": "Meeting pack",
        "catalogue": "South-South cooperation catalogue",
        "page": "Page 1 of",
        "generated": "Generated on",
    },
    "pt": {
        "record": "INTERCÂMBIO · EX-001",
        "country": "FICHA DE PAÍS",
        "theme": "FICHA TEMÁTICA",
        "pack": "Dossiê de reunião",
        "catalogue": "Catálogo de cooperação Sul-Sul",
        "page": "Página 1 de",
        "generated": "Gerado em",
    },
}


@pytest.mark.parametrize("lang", ["es", "en", "pt"])
@pytest.mark.parametrize("template", list(TEMPLATE_ARGS))
def test_every_template_in_every_language(
    seeded: Catalogue, tmp_path: Path, template: str, lang: str
) -> None:
    out = tmp_path / f"{template}-{lang}.pdf"
    result = render_brief(seeded, template, out, lang=lang, **TEMPLATE_ARGS[template])
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) >= 1
    text = pdf_text(out)
    expected = FIXED_TEXT[lang]
    assert expected[template] in text
    assert expected["generated"] in text
    page_first = 1 if template not in {"pack", "catalogue"} else 2  # covers carry no number
    assert f"{expected['page'].replace('1', str(page_first))} {len(reader.pages)}" in text
    assert reader.trailer["/Root"]["/Lang"] == lang


def test_accents_print_as_written(seeded: Catalogue, tmp_path: Path) -> None:
    country = tmp_path / "peru.pdf"
    render_brief(seeded, "country", country, country="PE")
    assert "Perú" in pdf_text(country)
    theme = tmp_path / "formacion.pdf"
    render_brief(seeded, "theme", theme, axis="formacion")
    assert "Formación profesional y certificación de competencias" in pdf_text(theme)
    catalogue = tmp_path / "catalogo.pdf"
    render_brief(seeded, "catalogue", catalogue)
    text = pdf_text(catalogue)
    assert "Cohesión social" in text and "formación" in text


def test_metadata_names_title_officer_subject_keywords_and_language(
    seeded: Catalogue, tmp_path: Path
) -> None:
    out = tmp_path / "pais.pdf"
    render_brief(seeded, "country", out, country="PE", officer="Lucía Gómez", lang="es")
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Ficha de país: Perú"
    assert meta.author == "Lucía Gómez"
    assert meta.subject == "Ficha de país: Perú"
    assert "Perú" in meta["/Keywords"] and "PE" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "es"


def test_outline_has_every_section(seeded: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "registro.pdf"
    render_brief(seeded, "record", out, ids=["EX-001"])
    titles = outline_titles(out)
    assert titles[0] == "EX-001 Comisión Técnica Binacional SENA–SECAP (Colombia–Ecuador)"
    sections = {"Partes", "Objetivos", "Acuerdos y logros", "Hitos", "Tareas de seguimiento"}
    assert sections | {"Fuente"} <= set(titles)
    country = tmp_path / "pais.pdf"
    render_brief(seeded, "country", country, country="PE", lang="en")
    assert {"Key figures", "Good practices", "Exchanges and next steps", "Toolbox"} <= set(
        outline_titles(country)
    )


def test_pack_has_cover_and_a_clickable_summary(seeded: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    render_brief(
        seeded,
        "pack",
        out,
        ids=["BP-002", "EX-001"],
        meeting="Reunión binacional",
        officer="Ana Pérez",
        title="Preparación de la reunión",
    )
    reader = PdfReader(out)
    cover = pdf_text(out, range(1))
    assert "Preparación de la reunión" in cover and "Reunión binacional" in cover
    assert "Ana Pérez" in cover
    # The page after the cover says what is late and due, then the summary of the records.
    summary = pdf_text(out, range(1, 2))
    assert "Situación de los casos" in summary
    assert "Resumen del dossier" in summary and "BP-002" in summary and "EX-001" in summary
    links = [
        annotation.get_object()
        for annotation in reader.pages[1].get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    assert len(links) >= 2  # each summary code jumps to its record


def test_record_brief_fits_one_page_and_lists_related_records(
    seeded: Catalogue, tmp_path: Path
) -> None:
    out = tmp_path / "bp.pdf"
    result = render_brief(seeded, "record", out, ids=["BP-002"])
    assert result.pages == 1
    assert "Inclusión financiera de personas refugiadas y migrantes" in pdf_text(out)
    exchange = tmp_path / "ex.pdf"
    render_brief(seeded, "record", exchange, ids=["EX-001"])
    text = pdf_text(exchange)
    assert "Registros relacionados" in text and "IN-001" in text and "IN-002" in text


def test_milestones_are_drawn_done_pending_and_late(seeded: Catalogue, tmp_path: Path) -> None:
    exchange = seeded.get("EX-001")
    milestones = [m.model_copy() for m in exchange.milestones]
    milestones[-1] = milestones[-1].model_copy(update={"date": dt.date(2020, 1, 1)})
    seeded.update(exchange.model_copy(update={"milestones": milestones}))
    try:
        out = tmp_path / "ex.pdf"
        render_brief(seeded, "record", out, ids=["EX-001"])
        text = pdf_text(out)
        assert "CUMPLIDO" in text and "ATRASADO" in text
    finally:
        seeded.update(exchange)


def test_letter_paper(seeded: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    render_brief(seeded, "theme", out, axis="empleo", paper="letter")
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
