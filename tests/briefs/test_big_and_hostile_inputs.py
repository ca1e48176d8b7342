"""Inputs that break naive briefs: markup in record text, a 10,000-character summary, a
300-record meeting pack, tables longer than a page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue
from lazos_desktop.services.briefs import render_brief
from lazos_desktop.store.queries import RecordQuery
from tests.briefs.conftest import outline_titles, pdf_text

HOSTILE = "Red <b>municipal</b> & <font size=40>grande</font> <para>x</para>"


def font_sizes(path: Path) -> list[float]:
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[3]) if tm[3] else size)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_markup_in_a_title_prints_literally_and_changes_nothing_else(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    plain_title = "Red Xbx municipal Ybx Z grande fontsize40 para x para extra"[: len(HOSTILE)]
    summary = "Resumen ordinario de la práctica, que debe seguir en su sitio."
    hostile = catalogue.create(
        Practice(title=HOSTILE, countries=["PE"], axes=["empleo"], summary=summary)
    ).after[0]
    plain = catalogue.create(
        Practice(
            title=plain_title.ljust(len(HOSTILE), "x"),
            countries=["PE"],
            axes=["empleo"],
            summary=summary,
        )
    ).after[0]
    out_hostile, out_plain = tmp_path / "hostil.pdf", tmp_path / "normal.pdf"
    render_brief(catalogue, "record", out_hostile, ids=[hostile.code])
    render_brief(catalogue, "record", out_plain, ids=[plain.code])
    text = pdf_text(out_hostile)
    assert HOSTILE in text
    assert summary in text
    assert len(PdfReader(out_hostile).pages) == len(PdfReader(out_plain).pages)
    assert max(font_sizes(out_hostile)) == pytest.approx(max(font_sizes(out_plain)))
    assert max(font_sizes(out_hostile)) < 30
    pack = tmp_path / "pack.pdf"
    render_brief(catalogue, "pack", pack, ids=[hostile.code], title=HOSTILE, meeting=HOSTILE)
    assert HOSTILE in pdf_text(pack, range(1))
    assert PdfReader(pack).metadata.title == HOSTILE  # type: ignore[union-attr]


def test_a_ten_thousand_character_summary_wraps_over_pages(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sentence = "La coordinación interinstitucional permitió reducir los tiempos de atención. "
    long_word = "https://www.ilo.org/" + "segmento-" * 30
    summary = (sentence * 130)[:9_800] + " " + long_word + " Última frase del resumen."
    assert len(summary) >= 10_000
    record = catalogue.create(
        Practice(
            title="Práctica de prueba con resumen largo",
            countries=["AR"],
            axes=["empleo"],
            summary=summary,
        )
    ).after[0]
    out = tmp_path / "largo.pdf"
    result = render_brief(catalogue, "record", out, ids=[record.code])
    assert result.pages >= 3
    reader = PdfReader(out)
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
    assert "Última frase del resumen." in " ".join(lines)
    assert max(len(line) for line in lines) < 130  # the long address was broken, not clipped
    width = float(reader.pages[0].mediabox.width)
    starts: list[float] = []
    for page in reader.pages:
        page.extract_text(
            visitor_text=lambda t, cm, tm, f, s: (
                starts.append(tm[4] * cm[0] + cm[4]) if t.strip() else None
            )
        )
    assert all(0 <= x < width - 50 for x in starts)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalogue]:
    folder = tmp_path_factory.mktemp("many")
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    opened = Catalogue.open(folder / "muchos.sqlite3", officer="Ana Pérez")
    opened.add_synthetic(300, seed=11)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def big_pack(many: Catalogue, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    codes = [row.code for row in many.query(RecordQuery(synthetic=True)).rows]
    out = tmp_path_factory.mktemp("pack") / "pack-300.pdf"
    render_brief(many, "pack", out, ids=codes, meeting="Reunión regional", lang="es")
    return out, codes


def test_a_300_record_meeting_pack(big_pack: tuple[Path, list[str]]) -> None:
    out, codes = big_pack
    assert len(codes) == 300
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert pages > 100
    cover = pdf_text(out, range(1))
    assert "300" in cover and "sintéticos" in cover
    titles = outline_titles(out)
    for code in (codes[0], codes[150], codes[-1]):
        assert any(title.startswith(code + " ") for title in titles)
    last = pdf_text(out, range(pages - 1, pages))
    assert f"Página {pages} de {pages}" in last
    # The summary (the pack's contents) follows the pages on what is late and due; synthetic
    # entries say so in both, and a 300-line summary runs over several pages, not for ever.
    status = pdf_text(out, range(1, 3))
    assert "Situación de los casos" in status and "[sintético]" in status
    summary = next(
        n for n in range(1, pages) if "Resumen del dossier" in pdf_text(out, range(n, n + 1))
    )
    assert "[sintético]" in pdf_text(out, range(summary, summary + 1))
    first_section = next(
        n for n in range(summary, pages) if f"· {codes[0]}" in pdf_text(out, range(n, n + 1))
    )
    assert 0 < first_section - summary <= 20


def test_a_table_longer_than_a_page_repeats_its_header(many: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "eje.pdf"
    render_brief(many, "theme", out, axis="empleo")
    reader = PdfReader(out)
    header = "Código Título Países Ejes ERISE Año Estado"
    with_header = [n for n in range(len(reader.pages)) if header in pdf_text(out, range(n, n + 1))]
    assert len(with_header) >= 2
    assert with_header == list(range(with_header[0], with_header[-1] + 1))
