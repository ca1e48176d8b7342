"""The meeting pack made for a meeting, and the Word copy of every brief."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from lazos_desktop.domain.case_items import Activity
from lazos_desktop.domain.records import Contact, Exchange
from lazos_desktop.services import Catalogue, brief_logo
from lazos_desktop.services import attachments as attachment_service
from lazos_desktop.services.brief_logo import LogoRefused
from lazos_desktop.services.briefs import render_brief
from tests.briefs.conftest import outline_titles, pdf_text

ROOT = Path(__file__).resolve().parents[2]
LOGO = ROOT / "resources" / "icons" / "lazos-desktop-128.png"
MEETING = {
    "meeting": "Comisión Técnica Binacional SENA–SECAP",
    "meeting_date": dt.date(2026, 12, 10),
    "place": "Quito",
    "participants": "SENA (Colombia)\nSECAP (Ecuador)",
    "agenda": "Avance de la hoja de ruta\nPróximos pasos",
}


@pytest.fixture
def prepared(catalogue: Catalogue, tmp_path: Path) -> Catalogue:
    document = tmp_path / "Hoja de ruta (prueba).pdf"
    document.write_bytes(b"%PDF-1.4 " + os.urandom(200))
    attachment_service.attach_files(catalogue, "EX-001", [document])
    record = catalogue.get("EX-001")
    assert isinstance(record, Exchange)
    focal = Contact(name="Persona focal (sintética)", email="focal@example.org")
    meeting = Activity(
        date=dt.date(2026, 3, 4),
        type="meeting",
        place="Bogotá",
        participants=["Persona de prueba (sintética)"],
        summary="Reunión de prueba de la suite (sintética).",
        decisions="Decisión de prueba: revisar la hoja de ruta.",
    )
    catalogue.update(record.model_copy(update={"contacts": [focal], "activities": [meeting]}))
    brief_logo.set_logo_file(catalogue, LOGO)
    return catalogue


def test_the_pack_of_a_record_and_everything_related(prepared: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    result = render_brief(prepared, "pack", out, ids=["EX-001"], with_related=True, **MEETING)
    linked = {row.code for row in prepared.linked(prepared.get("EX-001").id)}
    assert result.records == 1 + len(linked) and linked
    cover = pdf_text(out, range(1))
    assert "10 de diciembre de 2026" in cover and "Quito" in cover and "SECAP (Ecuador)" in cover
    assert "EX-001 y todo lo relacionado" in cover
    summary = pdf_text(out, range(1, 2))
    assert "Orden del día" in summary and "1. Avance de la hoja de ruta" in summary
    assert "Resumen del dossier" in summary and all(code in summary for code in linked)
    assert "Contenido" not in pdf_text(out)  # the summary is the contents
    assert "Hoja de ruta (prueba).pdf" in pdf_text(out)
    assert "focal@example.org" not in pdf_text(out)
    images = PdfReader(out).pages[0]["/Resources"].get("/XObject", {})
    assert len(images) == 1  # the catalogue's logo on the cover


def test_contacts_are_printed_only_when_chosen(prepared: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "con-contactos.pdf"
    render_brief(prepared, "pack", out, ids=["EX-001"], with_contacts=True, **MEETING)
    assert "focal@example.org" in pdf_text(out)
    assert "Contactos" in outline_titles(out)


def test_no_body_page_is_left_nearly_empty(prepared: Catalogue, tmp_path: Path) -> None:
    for ids in (["EX-001"], ["EX-001", "EX-002", "EX-003", "EX-004", "EX-005"]):
        out = tmp_path / "dossier.pdf"
        render_brief(prepared, "pack", out, ids=ids, **MEETING)
        reader = PdfReader(out)
        for number in range(1, len(reader.pages)):
            text = " ".join(reader.pages[number].extract_text().split())
            body = text.replace("LAZOS · Cooperación Sur-Sur y triangular", "")
            assert len(body) > 350, (ids, number + 1, body)
            assert not body.lstrip().startswith("Fuente"), (ids, number + 1)


def test_a_logo_that_is_not_png_is_refused(catalogue: Catalogue, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg/>", encoding="utf-8")
    with pytest.raises(LogoRefused) as refused:
        brief_logo.set_logo_file(catalogue, fake)
    assert "PNG" in refused.value.message("es")
    assert brief_logo.logo(catalogue) is None


@pytest.mark.parametrize(
    ("template", "options"),
    [
        ("record", {"ids": ["EX-001"]}),
        ("pack", {"ids": ["EX-001", "BP-002"], **MEETING}),
        ("country", {"country": "CO"}),
    ],
)
def test_the_word_copy_holds_the_same_headings_and_texts(
    prepared: Catalogue, tmp_path: Path, template: str, options: dict[str, object]
) -> None:
    pdf, word = tmp_path / "informe.pdf", tmp_path / "informe.docx"
    render_brief(prepared, template, pdf, **options)  # type: ignore[arg-type]
    result = render_brief(prepared, template, word, **options)  # type: ignore[arg-type]
    assert result.path == word
    document = Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    record = prepared.get("EX-001")
    assert isinstance(record, Exchange)
    assert f"EX-001 {record.title}" in headings
    assert record.objectives in text
    assert record.tasks and all(task.title in cells for task in record.tasks if task.is_open)
    assert "focal@example.org" not in text
    if template in {"record", "pack"}:
        pdf_sections = set(outline_titles(pdf))
        word_sections = {"Partes", "Objetivos", "Hitos", "Tareas de seguimiento", "Fuente"}
        assert word_sections <= pdf_sections and word_sections <= set(headings)
        assert "Documentos adjuntos" in headings
        assert "Registro de actividades" in headings and "Decisión de prueba" in text
    if template == "pack":
        assert {"Situación de los casos", "Orden del día", "Resumen del dossier"} <= set(headings)
        assert "Tareas abiertas" in cells
        assert document.tables and document.core_properties.title == "Dossier de reunión"
        assert MEETING["meeting"] in "\n".join(
            c.text for t in document.tables for r in t.rows for c in r.cells
        )
