"""The look of every brief: paper, margins, a calm palette and the typographic hierarchy.

One place decides sizes and colours so that the five templates read as one publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from lazos_desktop.briefs import fonts
from lazos_desktop.domain.agenda import LATE_HEX

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

MARGIN_SIDE = 2.3 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.4 * cm

# A deep teal for structure, a muted blue-green for links and bars, warm amber only for
# warnings (synthetic data, late milestones): few colours, each with one meaning.
INK = colors.HexColor("#222B30")
MUTED = colors.HexColor("#5E6B73")
PRIMARY = colors.HexColor("#1D4E5F")
SECONDARY = colors.HexColor("#3E7F8F")
ACCENT = colors.HexColor("#8FB8C2")
PALE = colors.HexColor("#EDF3F5")
RULE = colors.HexColor("#C9D6DB")
WARNING = colors.HexColor("#B26A1E")
WARNING_PALE = colors.HexColor("#FBF1E4")
DONE = colors.HexColor("#3C8D5A")
LATE = colors.HexColor(LATE_HEX)  # the one colour of "late", as the window shows it
PENDING = colors.HexColor("#C99A2E")
CANCELLED = colors.HexColor("#9AA4AA")
WHITE = colors.white

LINK_HEX = "#2C6E80"
WARNING_HEX = "#B26A1E"
MUTED_HEX = "#5E6B73"


def page_size(paper: str) -> tuple[float, float]:
    return PAPERS.get(paper.lower(), A4)


def frame_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * MARGIN_SIDE


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the house, built once the fonts are registered."""

    body: ParagraphStyle
    body_small: ParagraphStyle
    eyebrow: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    caption: ParagraphStyle
    notice: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    footer: ParagraphStyle
    index_entry: ParagraphStyle


@cache
def styles() -> Styles:
    fonts.register_fonts()
    regular, bold = fonts.REGULAR, fonts.BOLD
    narrow, narrow_bold = fonts.CONDENSED_REGULAR, fonts.CONDENSED_BOLD
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=9.6,
        leading=14.2,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
    )
    return Styles(
        body=body,
        body_small=ParagraphStyle("body_small", parent=body, fontSize=8.6, leading=12.4),
        eyebrow=ParagraphStyle(
            "eyebrow",
            fontName=narrow_bold,
            fontSize=8.5,
            leading=11,
            textColor=SECONDARY,
            spaceAfter=4,
            keepWithNext=1,
        ),
        title=ParagraphStyle(
            "title",
            fontName=bold,
            fontSize=19,
            leading=24,
            textColor=PRIMARY,
            spaceAfter=6,
            keepWithNext=1,
        ),
        subtitle=ParagraphStyle(
            "subtitle", fontName=regular, fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=12
        ),
        h1=ParagraphStyle(
            "h1",
            fontName=bold,
            fontSize=14,
            leading=19,
            textColor=PRIMARY,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=11.5,
            leading=15.5,
            textColor=PRIMARY,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            fontName=narrow_bold,
            fontSize=9.2,
            leading=12,
            textColor=SECONDARY,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        label=ParagraphStyle(
            "label", fontName=narrow_bold, fontSize=8, leading=10.5, textColor=MUTED
        ),
        cell=ParagraphStyle("cell", fontName=narrow, fontSize=8.4, leading=10.8, textColor=INK),
        cell_bold=ParagraphStyle(
            "cell_bold", fontName=narrow_bold, fontSize=8.4, leading=10.8, textColor=INK
        ),
        cell_head=ParagraphStyle(
            "cell_head", fontName=narrow_bold, fontSize=8, leading=10, textColor=WHITE
        ),
        figure_value=ParagraphStyle(
            "figure_value", fontName=bold, fontSize=20, leading=23, textColor=PRIMARY
        ),
        figure_label=ParagraphStyle(
            "figure_label", fontName=narrow, fontSize=8, leading=10, textColor=MUTED
        ),
        caption=ParagraphStyle(
            "caption",
            fontName=fonts.ITALIC,
            fontSize=7.8,
            leading=10.5,
            textColor=MUTED,
            spaceBefore=2,
            spaceAfter=10,
        ),
        notice=ParagraphStyle(
            "notice", fontName=narrow, fontSize=8.4, leading=11, textColor=WARNING
        ),
        toc0=ParagraphStyle(
            "toc0",
            fontName=bold,
            fontSize=9.6,
            leading=13,
            textColor=PRIMARY,
            spaceBefore=5,
            leftIndent=0,
            rightIndent=1.2 * cm,
        ),
        toc1=ParagraphStyle(
            "toc1",
            fontName=regular,
            fontSize=8.8,
            leading=12,
            textColor=INK,
            leftIndent=0,
            firstLineIndent=0,
            spaceBefore=2,
            rightIndent=1.2 * cm,
        ),
        cover_title=ParagraphStyle(
            "cover_title", fontName=bold, fontSize=28, leading=34, textColor=WHITE
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", fontName=regular, fontSize=12.5, leading=18, textColor=PALE
        ),
        cover_meta=ParagraphStyle(
            "cover_meta", fontName=regular, fontSize=10, leading=15, textColor=INK
        ),
        footer=ParagraphStyle(
            "footer", fontName=narrow, fontSize=7.5, leading=9, textColor=MUTED, alignment=TA_RIGHT
        ),
        index_entry=ParagraphStyle(
            "index_entry", fontName=regular, fontSize=8.6, leading=12, textColor=INK, spaceAfter=4
        ),
    )
