"""A paragraph is broken into lines once per width it is given, and the briefs written so are
byte for byte the briefs written when every measurement breaks the lines again."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as reportlab_paragraph

from lazos_desktop import briefs
from lazos_desktop.briefs import fonts, paragraphs
from lazos_desktop.services import Catalogue
from lazos_desktop.services.briefs import BriefRequest, prepare_brief

TEXT = "Intercambio <b>Perú–Argentina</b> sobre inclusión financiera de personas refugiadas " * 6


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.register_fonts()
    style = ParagraphStyle("probe", fontName=fonts.REGULAR, fontSize=9, leading=12)
    broken: list[float] = []
    original = reportlab_paragraph.Paragraph.breakLines

    def counted(self: reportlab_paragraph.Paragraph, widths: list[float]) -> object:
        broken.append(widths[0])
        return original(self, widths)

    monkeypatch.setattr(reportlab_paragraph.Paragraph, "breakLines", counted)
    kept = paragraphs.Paragraph(TEXT, style)
    plain = reportlab_paragraph.Paragraph(TEXT, style)
    sizes = [kept.wrap(width, 500) for width in (300, 300, 120, 120, 300)]
    assert len(broken) == 3  # 300, 120, and 300 again after 120
    assert sizes == [plain.wrap(width, 500) for width in (300, 300, 120, 120, 300)]
    assert sizes[0][1] < sizes[2][1]
    assert _lines(kept) == _lines(plain) and len(_lines(kept)) > 1


def _lines(measured: reportlab_paragraph.Paragraph) -> list[str]:
    return ["".join(word.text for word in line.words) for line in measured.blPara.lines]


def _written(catalogue: Catalogue, template: str, country: str | None) -> bytes:
    data = prepare_brief(
        catalogue, BriefRequest(template, country=country, generated=dt.date(2026, 1, 5))
    )
    out = io.BytesIO()
    briefs.render(data, out)
    return out.getvalue()


@pytest.mark.parametrize(("template", "country"), [("catalogue", None), ("country", "PE")])
def test_a_brief_is_the_same_whether_paragraphs_are_measured_once_or_each_time(
    seeded: Catalogue, monkeypatch: pytest.MonkeyPatch, template: str, country: str | None
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or ids: same input, same bytes
    once = _written(seeded, template, country)
    monkeypatch.setattr(paragraphs.Paragraph, "wrap", reportlab_paragraph.Paragraph.wrap)
    each_time = _written(seeded, template, country)
    assert once.startswith(b"%PDF") and once == each_time
