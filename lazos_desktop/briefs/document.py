"""The document every template fills: pages, header and footer, cover, outline and contents.

Templates hand a story (a list of flowables) to `write_document`; this module gives it the
house page furniture — brief title and programme in the header, generation date and
"página X de Y" in the footer — the PDF metadata, the bookmarks of every `Heading`, and the
clickable contents when the story has one.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)
from reportlab.platypus.tableofcontents import TableOfContents

from lazos_desktop.briefs import fonts, markup
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefSettings
from lazos_desktop.briefs.labels import label, long_date
from lazos_desktop.briefs.paragraphs import Paragraph

COVER = "cover"
BODY = "body"
COVER_BAND = 0.46  # share of the cover page height painted in the house colour
LOGO_WIDTH = 4 * cm
LOGO_HEIGHT = 2 * cm


class Heading(Paragraph):
    """A paragraph that is also a bookmark, an outline entry and, optionally, a contents line.

    Headings never split: a heading broken across two pages would lose its bookmark, and
    the document keeps it with what follows anyway.
    """

    bookmark: str | None = None
    outline_text: str = ""
    outline_level: int = 0
    toc_level: int | None = None
    toc_markup: str = ""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []


def heading(
    title: str,
    style: Any,
    bookmark: str,
    outline_level: int,
    *,
    toc_level: int | None = None,
    prefix_markup: str = "",
) -> Heading:
    """A heading for record text `title` (escaped here) with its bookmark `bookmark`."""
    escaped = markup.text(title)
    made = Heading(prefix_markup + escaped, style)
    made.bookmark = bookmark
    made.outline_text = markup.plain(title)[:200] or bookmark
    made.outline_level = outline_level
    made.toc_level = toc_level
    made.toc_markup = prefix_markup + escaped
    return made


def contents(depth: int = 1) -> TableOfContents:
    """The clickable contents; its entries come from headings with a `toc_level`."""
    sheet = house.styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [sheet.toc0, sheet.toc1][: max(1, depth)]
    return toc


def write_document(
    target: Path | IO[bytes],
    story: Sequence[Flowable],
    settings: BriefSettings,
    *,
    title: str,
    subject: str,
    keywords: Sequence[str],
    cover: bool = False,
) -> int:
    """Lay out `story` into `target`; returns the number of pages written."""
    fonts.register_fonts()
    document = BriefDocument(
        str(target) if isinstance(target, Path) else target,
        settings,
        title=title,
        subject=subject,
        keywords=keywords,
        cover=cover,
    )
    maker = functools.partial(NumberedCanvas, page_label=document.page_label)
    flowables = list(story)
    tables = [item for item in flowables if isinstance(item, TableOfContents)]
    if tables:
        _prefill(tables, flowables)
        document.multiBuild(flowables, canvasmaker=maker)
    else:
        document.build(flowables, canvasmaker=maker)
    return document.page


class BriefDocument(BaseDocTemplate):
    """A4 or Letter pages with the house margins, an optional cover and the body pages."""

    def __init__(
        self,
        target: str | IO[bytes],
        settings: BriefSettings,
        *,
        title: str,
        subject: str,
        keywords: Sequence[str],
        cover: bool,
    ) -> None:
        self.settings = settings
        self.brief_title = markup.plain(title)
        super().__init__(
            target,
            pagesize=house.page_size(settings.paper),
            leftMargin=house.MARGIN_SIDE,
            rightMargin=house.MARGIN_SIDE,
            topMargin=house.MARGIN_TOP,
            bottomMargin=house.MARGIN_BOTTOM,
            title=self.brief_title,
            author=settings.officer or "LAZOS Desktop",
            subject=subject,
            keywords=", ".join(keywords),
            creator="LAZOS Desktop",
            producer="LAZOS Desktop (ReportLab)",
            lang=settings.lang,
            initialFontName=fonts.REGULAR,
        )
        body = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id=BODY,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [PageTemplate(BODY, [body], onPage=self._decorate_body)]
        if cover:
            templates.insert(
                0, PageTemplate(COVER, self._cover_frames(), onPage=self._decorate_cover)
            )
        self.addPageTemplates(templates)

    def page_label(self, page: int, pages: int) -> str:
        return label("page_of", self.settings.lang, page=page, pages=pages)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook name
        if not isinstance(flowable, Heading) or not flowable.bookmark:
            return
        key = flowable.bookmark
        top = self.frame._y + flowable.height + 14
        self.canv.bookmarkHorizontal(key, 0, min(top, self.pagesize[1]))
        self.canv.addOutlineEntry(
            flowable.outline_text, key, flowable.outline_level, closed=flowable.outline_level > 0
        )
        if flowable.toc_level is not None:
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, key))

    def _cover_frames(self) -> list[Frame]:
        width, height = self.pagesize
        band_bottom = height * (1 - COVER_BAND)
        band = Frame(
            self.leftMargin,
            band_bottom + 1.4 * cm,
            self.width,
            height - band_bottom - 1.4 * cm - 2.2 * cm,
            id="cover-band",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        lower = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            band_bottom - self.bottomMargin - 1.6 * cm,
            id="cover-lower",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return [band, lower]

    def _decorate_cover(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = self.pagesize
        band_bottom = height * (1 - COVER_BAND)
        canvas.saveState()
        canvas.lazos_cover = True  # type: ignore[attr-defined]
        canvas.setFillColor(house.PRIMARY)
        canvas.rect(0, band_bottom, width, height - band_bottom, stroke=0, fill=1)
        canvas.setFillColor(house.ACCENT)
        canvas.rect(0, band_bottom - 0.18 * cm, width, 0.18 * cm, stroke=0, fill=1)
        canvas.setFillColor(house.ACCENT)
        canvas.setFont(fonts.CONDENSED_BOLD, 9)
        canvas.drawString(
            self.leftMargin, height - 1.5 * cm, label("programme", self.settings.lang)
        )
        if self.settings.logo_png:
            self._draw_logo(canvas, self.settings.logo_png)
        canvas.setFillColor(house.MUTED)
        canvas.setFont(fonts.CONDENSED_REGULAR, 8)
        canvas.drawString(
            self.leftMargin,
            self.bottomMargin - 0.9 * cm,
            label(
                "generated_on",
                self.settings.lang,
                date=long_date(self.settings.generated, self.settings.lang),
            ),
        )
        canvas.restoreState()

    def _draw_logo(self, canvas: Canvas, png: bytes) -> None:
        """The catalogue's logo at the top right of the cover, on a white plate so that any
        colours read against the band; at most 4 × 2 cm, its proportions kept."""
        try:
            image = ImageReader(io.BytesIO(png))
            pixels_wide, pixels_high = image.getSize()
        except Exception:  # noqa: BLE001 - a damaged logo must never stop a brief
            return
        if not pixels_wide or not pixels_high:
            return
        scale = min(LOGO_WIDTH / pixels_wide, LOGO_HEIGHT / pixels_high)
        wide, high = pixels_wide * scale, pixels_high * scale
        width, height = self.pagesize
        right = width - self.rightMargin
        top = height - 0.9 * cm
        pad = 0.18 * cm
        canvas.setFillColor(colors.white)
        canvas.roundRect(
            right - wide - 2 * pad, top - high - 2 * pad, wide + 2 * pad, high + 2 * pad, 3, 0, 1
        )
        canvas.drawImage(image, right - wide - pad, top - high - pad, wide, high, mask="auto")

    def _decorate_body(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = self.pagesize
        lang = self.settings.lang
        canvas.saveState()
        canvas.lazos_cover = False  # type: ignore[attr-defined]
        top = height - self.topMargin + 0.75 * cm
        canvas.setFont(fonts.CONDENSED_BOLD, 7.8)
        canvas.setFillColor(house.SECONDARY)
        programme = label("programme", lang)
        canvas.drawString(self.leftMargin, top, programme)
        canvas.setFont(fonts.CONDENSED_REGULAR, 7.8)
        canvas.setFillColor(house.MUTED)
        room = self.width - stringWidth(programme, fonts.CONDENSED_BOLD, 7.8) - 1 * cm
        canvas.drawRightString(
            self.leftMargin + self.width,
            top,
            _fit(self.brief_title, fonts.CONDENSED_REGULAR, 7.8, room),
        )
        canvas.setStrokeColor(house.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, top - 0.25 * cm, self.leftMargin + self.width, top - 0.25 * cm)
        bottom = self.bottomMargin - 1.0 * cm
        canvas.line(
            self.leftMargin, bottom + 0.42 * cm, self.leftMargin + self.width, bottom + 0.42 * cm
        )
        canvas.drawString(
            self.leftMargin,
            bottom,
            label("generated_on", lang, date=long_date(self.settings.generated, lang)),
        )
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until the end so each footer can say "X de Y"."""

    def __init__(self, *args: Any, page_label: Callable[[int, int], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []
        self.lazos_cover = False

    def showPage(self) -> None:  # noqa: N802 - ReportLab's method name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if not state.get("lazos_cover"):
                self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(fonts.CONDENSED_BOLD, 7.8)
        self.setFillColor(house.PRIMARY)
        self.drawRightString(
            width - house.MARGIN_SIDE,
            house.MARGIN_BOTTOM - 1.0 * cm,
            self._page_label(number, total),
        )
        self.restoreState()


def _prefill(tables: list[TableOfContents], story: list[Flowable]) -> None:
    """Give the contents its entries before the first pass, so it has its final height from
    the start and two layout passes suffice (an empty first contents costs a third)."""
    entries = [
        (item.toc_level, item.toc_markup, 0, item.bookmark)
        for item in story
        if isinstance(item, Heading) and item.toc_level is not None
    ]
    for table in tables:
        table._entries = list(entries)


def _fit(text: str, font: str, size: float, room: float) -> str:
    """`text` shortened with an ellipsis so it fits `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
