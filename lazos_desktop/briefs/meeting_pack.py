"""Meeting pack: a chosen selection of records behind a cover and a clickable contents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, HRFlowable, PageBreak, Paragraph

from lazos_desktop.briefs import case_sections, markup, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput
from lazos_desktop.briefs.document import contents, heading, write_document
from lazos_desktop.briefs.labels import label, long_date
from lazos_desktop.briefs.record_sections import RenderContext, full_section


def build(data: BriefInput, target: Path | IO[bytes]) -> int:
    settings = data.settings
    lang = settings.lang
    context = RenderContext.for_brief(data)
    width = context.width
    sheet = house.styles()
    title = settings.title or label("pack_brief", lang)
    notes: list[Flowable] = []
    if data.synthetic_count:
        notes.append(
            parts.notice(
                markup.text(label("synthetic_notice", lang, count=data.synthetic_count)),
                width * 0.75,
            )
        )
    if data.unclassified_count:
        notes.append(
            parts.notice(
                markup.text(label("unclassified_notice", lang, count=data.unclassified_count)),
                width * 0.75,
            )
        )
    notes.append(Paragraph(markup.text(label("programme_long", lang)), sheet.body_small))
    story: list[Flowable] = parts.cover(
        label("pack_brief", lang) if settings.title else long_date(settings.generated, lang),
        title,
        data.meeting,
        [
            (label("meeting", lang), markup.text(data.meeting)),
            (label("date", lang), markup.text(long_date(settings.generated, lang))),
            *(
                [(label("meeting_date", lang), markup.text(long_date(data.meeting_date, lang)))]
                if data.meeting_date
                else []
            ),
            (label("prepared_by", lang), markup.text(settings.officer)),
            (label("records", lang), str(len(data.records))),
        ],
        notes,
        width,
    )
    story += case_sections.case_status_page(
        data.records, context, data.meeting_date or settings.generated + dt.timedelta(days=30)
    )
    story.append(PageBreak())
    story.append(heading(label("contents", lang), sheet.h1, "contents", 0))
    story.append(contents(depth=2))
    story.append(PageBreak())
    for index, item in enumerate(data.records):
        if index:
            story.append(
                HRFlowable(
                    width="100%", thickness=0.6, color=house.RULE, spaceBefore=8, spaceAfter=4
                )
            )
        story += full_section(item, context, level=0, toc_level=1)
    return write_document(
        target,
        story,
        settings,
        title=title,
        subject=" · ".join(filter(None, [label("pack_brief", lang), markup.plain(data.meeting)])),
        keywords=[
            "LAZOS",
            label("pack_brief", lang),
            *(item.record.code for item in data.records[:50]),
        ],
        cover=True,
    )
