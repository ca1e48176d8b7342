"""Record brief: one practice, exchange or toolbox entry in one or two pages.

With several records each starts on a new page, so a handful of briefs prints as one file.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, HRFlowable, PageBreak

from lazos_desktop.briefs import markup
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput
from lazos_desktop.briefs.document import write_document
from lazos_desktop.briefs.labels import label
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.briefs.record_sections import RenderContext, full_section
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.vocabularies import AXIS


def build(data: BriefInput, target: Path | IO[bytes]) -> int:
    settings = data.settings
    lang = settings.lang
    context = RenderContext.for_brief(data)
    sheet = house.styles()
    story: list[Flowable] = []
    for index, item in enumerate(data.records):
        if index:
            story.append(PageBreak())
        section = full_section(item, context, level=0, title_style="title")
        record = item.record
        facets = [country_name(code, lang) for code in record.countries_of()]
        facets += [data.vocabularies.label(AXIS, code, lang) for code in record.axes_of()]
        opening = section[:3]
        story.extend(opening)
        if facets:
            story.append(Paragraph(markup.text(" · ".join(facets)), sheet.subtitle))
        story.append(HRFlowable(width="100%", thickness=0.8, color=house.RULE, spaceAfter=10))
        story.extend(section[3:])
    first = data.records[0].record if data.records else None
    title = settings.title or (
        f"{first.code} — {first.title}"
        if first and len(data.records) == 1
        else label("record_brief", lang)
    )
    return write_document(
        target,
        story,
        settings,
        title=title,
        subject=label("record_brief", lang),
        keywords=_keywords(data),
    )


def _keywords(data: BriefInput) -> list[str]:
    words: list[str] = ["LAZOS", label("record_brief", data.settings.lang)]
    for item in data.records:
        words.append(item.record.code)
        words += [country_name(code, data.settings.lang) for code in item.record.countries_of()]
    return list(dict.fromkeys(words))
