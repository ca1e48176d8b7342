"""Building blocks the templates share: title block, fact sheets, tables, figures, notices.

Each returns flowables sized to the frame width, so no template has to think about table
widths, repeated header rows or page splits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from lazos_desktop.briefs import markup
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.labels import label
from lazos_desktop.briefs.paragraphs import Paragraph

Cell: TypeAlias = "str | Flowable"


def title_block(eyebrow: str, title_markup: str, subtitle_markup: str, width: float) -> Table:
    """The opening block of a brief without cover: a pale panel with a strong left rule.

    `title_markup` and `subtitle_markup` must already be escaped.
    """
    sheet = house.styles()
    inner: list[Flowable] = [Paragraph(markup.text(eyebrow.upper()), sheet.eyebrow)]
    inner.append(Paragraph(title_markup, sheet.title))
    if subtitle_markup:
        inner.append(Paragraph(subtitle_markup, sheet.subtitle))
    block = Table([[inner]], colWidths=[width])
    block.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), house.PALE),
                ("LINEBEFORE", (0, 0), (0, -1), 4, house.PRIMARY),
                ("LEFTPADDING", (0, 0), (-1, -1), 16),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return block


def fact_sheet(rows: Sequence[tuple[str, str]], width: float) -> Table | Spacer:
    """Label / value pairs in two columns; values are markup already escaped."""
    sheet = house.styles()
    shown = [(name, value) for name, value in rows if value]
    if not shown:
        return Spacer(0, 0)
    data = [
        [Paragraph(markup.text(name), sheet.label), Paragraph(value, sheet.cell)]
        for name, value in shown
    ]
    label_width = 3.8 * cm
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, house.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> Table:
    """A table whose header row repeats on every page; string cells are markup, escaped.

    A `LongTable`: measuring where a page ends, it stops at the first row past the page
    rather than measuring every row again for each page the table runs over (a country's
    500 records over 15 pages); the pages it writes are byte for byte the same."""
    sheet = house.styles()
    head = [Paragraph(markup.text(name), sheet.cell_head) for name in header]
    body = [
        [cell if isinstance(cell, Flowable) else Paragraph(cell, sheet.cell) for cell in row]
        for row in rows
    ]
    table = LongTable([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), house.PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, house.RULE),
    ]
    commands.extend(
        ("BACKGROUND", (0, row), (-1, row), house.PALE) for row in range(2, len(body) + 1, 2)
    )
    table.setStyle(TableStyle(commands))
    return table


def key_figures(figures: Sequence[tuple[int | str, str]], width: float) -> Table:
    """Big numbers with a short label under each, side by side."""
    sheet = house.styles()
    cells = [
        [
            Paragraph(markup.text(value), sheet.figure_value),
            Paragraph(markup.text(name), sheet.figure_label),
        ]
        for value, name in figures
    ]
    gap = 0.25 * cm
    count = max(1, len(cells))
    cell_width = (width - gap * (count - 1)) / count
    widths: list[float] = []
    row: list[object] = []
    for index, cell in enumerate(cells):
        if index:
            widths.append(gap)
            row.append("")
        widths.append(cell_width)
        row.append(cell)
    table = Table([row], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for column in range(0, len(row), 2):
        commands.append(("BACKGROUND", (column, 0), (column, 0), house.PALE))
        commands.append(("LINEABOVE", (column, 0), (column, 0), 2, house.SECONDARY))
    table.setStyle(TableStyle(commands))
    return table


def notice(text_markup: str, width: float) -> Table:
    """A warm-coloured box for what a reader must not miss (synthetic data)."""
    sheet = house.styles()
    box = Table([[Paragraph(text_markup, sheet.notice)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), house.WARNING_PALE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, house.WARNING),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def synthetic_tag(lang: str) -> str:
    """Markup marking a synthetic record in a line or a table cell."""
    return f' <font color="{house.WARNING_HEX}"><i>[{markup.text(label("synthetic", lang))}]</i></font>'


def caption(text: str) -> Paragraph:
    return Paragraph(markup.text(text), house.styles().caption)


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def cover(
    eyebrow: str,
    title: str,
    subtitle: str,
    facts: Sequence[tuple[str, str]],
    notes: Sequence[Flowable],
    width: float,
) -> list[Flowable]:
    """The cover page: title on the coloured band, facts and notes below, then body pages.

    `title` and `subtitle` are record or officer text and are escaped here. A very long
    title is shortened on the cover only; the header and the metadata keep it whole.
    """
    sheet = house.styles()
    shown = _shorten(markup.plain(title), 220)
    size = 28 if len(shown) <= 60 else 22 if len(shown) <= 120 else 17
    title_style = ParagraphStyle(
        "cover_title_fit", parent=sheet.cover_title, fontSize=size, leading=size * 1.2
    )
    eyebrow_style = ParagraphStyle("cover_eyebrow", parent=sheet.eyebrow, textColor=house.ACCENT)
    band: list[Flowable] = [
        Paragraph(markup.text(eyebrow.upper()), eyebrow_style),
        Spacer(0, 6),
        Paragraph(markup.text(shown), title_style),
    ]
    if subtitle:
        band.append(Spacer(0, 10))
        band.append(
            Paragraph(markup.text(_shorten(markup.plain(subtitle), 300)), sheet.cover_subtitle)
        )
    story: list[Flowable] = [BottomAligned(band), FrameBreak()]
    story.append(Spacer(0, 0.4 * cm))
    rows = [(name, value) for name, value in facts if value]
    if rows:
        story.append(fact_sheet(rows, width * 0.75))
    story.append(Spacer(0, 0.6 * cm))
    for note in notes:
        story.append(note)
        story.append(Spacer(0, 0.3 * cm))
    story.append(NextPageTemplate("body"))
    story.append(PageBreak())
    return story


def _shorten(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + " …"


class BottomAligned(Flowable):
    """Flowables set at the bottom of the whole space left in the frame (the cover band)."""

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self.flowables = list(flowables)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._sizes = [flowable.wrap(availWidth, availHeight) for flowable in self.flowables]
        self.width = availWidth
        self.height = max(availHeight, sum(height for _, height in self._sizes))
        return self.width, self.height

    def draw(self) -> None:
        y = sum(height for _, height in self._sizes)
        for flowable, (_, height) in zip(self.flowables, self._sizes, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y)
