"""Meeting pack: the records for one meeting behind a cover and a one-page summary.

The cover names the meeting, its date, place and participants (the generation date stays in
the footer); the page after it says what is late and what falls due before the meeting
(default: within 30 days), then gives the agenda, when there is one, and a summary line
per record with its status, what is late, its pending milestones and open tasks, each code a link to the
record's section. That summary is the pack's contents: a few records never get a contents
page of their own. Records follow one after another, their short closing sections kept with
what precedes them (see `record_sections`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, HRFlowable, Spacer

from lazos_desktop.briefs import case_sections, markup, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput, BriefRecord
from lazos_desktop.briefs.document import heading, write_document
from lazos_desktop.briefs.labels import label, long_date
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.briefs.record_sections import RenderContext, full_section


def build(data: BriefInput, target: Path | IO[bytes]) -> int:
    settings = data.settings
    lang = settings.lang
    context = RenderContext.for_brief(data)
    title = settings.title or label("pack_brief", lang)
    story: list[Flowable] = _cover(data, context, title)
    # The page after the cover: what is late, and what falls due before the meeting.
    deadline = data.meeting_date or settings.generated + dt.timedelta(days=30)
    story += case_sections.case_status_page(data.records, context, deadline)
    story.append(Spacer(0, 14))
    story += _summary(data, context)
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


def _cover(data: BriefInput, context: RenderContext, title: str) -> list[Flowable]:
    settings = data.settings
    lang = settings.lang
    sheet = house.styles()
    notes: list[Flowable] = []
    if data.synthetic_count:
        notes.append(
            parts.notice(
                markup.text(label("synthetic_notice", lang, count=data.synthetic_count)),
                context.width * 0.75,
            )
        )
    if data.unclassified_count:
        notes.append(
            parts.notice(
                markup.text(label("unclassified_notice", lang, count=data.unclassified_count)),
                context.width * 0.75,
            )
        )
    notes.append(Paragraph(markup.text(label("programme_long", lang)), sheet.body_small))
    when = long_date(data.meeting_date, lang) if data.meeting_date else ""
    eyebrow = label("pack_brief", lang) + (f" · {when}" if when else "")
    subtitle = data.meeting if data.meeting and data.meeting != title else ""
    return parts.cover(
        eyebrow,
        title,
        subtitle,
        [
            (label("meeting", lang), markup.text(data.meeting)),
            (label("meeting_date", lang), markup.text(when)),
            (label("place", lang), markup.text(data.place)),
            (label("participants", lang), _lines(data.participants)),
            (label("scope", lang), markup.text(data.scope)),
            (label("prepared_by", lang), markup.text(settings.officer)),
            (label("records", lang), str(len(data.records))),
        ],
        notes,
        context.width,
    )


def _summary(data: BriefInput, context: RenderContext) -> list[Flowable]:
    lang = context.lang
    sheet = house.styles()
    story: list[Flowable] = []
    agenda = [line.strip() for line in data.agenda.splitlines() if line.strip()]
    if agenda:
        story.append(heading(label("agenda", lang), sheet.h1, "agenda", 0))
        story.extend(
            Paragraph(f"{number}. {markup.text(item)}", sheet.body)
            for number, item in enumerate(agenda, start=1)
        )
        story.append(Spacer(0, 10))
    story.append(heading(label("pack_summary", lang), sheet.h1, "summary", 0))
    width = context.width
    rows = [_summary_row(item, context) for item in data.records]
    story.append(
        parts.data_table(
            [
                label("code", lang),
                label("record_column", lang),
                label("kind_status", lang),
                label("late_items", lang),
                label("pending_milestones", lang),
                label("open_tasks", lang),
            ],
            rows,
            [width * 0.09, width * 0.33, width * 0.19, width * 0.12, width * 0.14, width * 0.13],
        )
    )
    story.append(Spacer(0, 4))
    story.append(parts.caption(label("pack_summary_note", lang)))
    story.append(Spacer(0, 14))
    return story


def _summary_row(item: BriefRecord, context: RenderContext) -> list[str]:
    record = item.record
    title = markup.text(record.title)
    if record.synthetic:
        title += parts.synthetic_tag(context.lang)
    kind = markup.text(context.kind(record.kind.value))
    status = context.status(record)
    counts = case_sections.case_counts(record, context.today)
    return [
        context.reference(record.id, record.code),
        title,
        kind + (f" · {markup.text(status)}" if status else ""),
        *(
            [
                _count(counts.late, warn=True),
                _count(counts.pending_milestones),
                _count(counts.open_tasks),
            ]
            if counts
            else ["", "", ""]
        ),
    ]


def _count(value: int, *, warn: bool = False) -> str:
    if warn and value:
        return f'<font color="{case_sections.LATE_HEX}"><b>{value}</b></font>'
    return str(value)


_COVER_LINES = 12  # participants one per line up to this many; more go on one paragraph
_COVER_CHARACTERS = 1200  # ... cut here: the cover's facts sit in a frame of fixed height


def _lines(text: str) -> str:
    """Participants for the cover. A table row cannot break across pages, so a list longer
    than the cover's frame (forty names one per line, or one name of 4,000 characters)
    failed the whole pack: a long list goes on one paragraph, cut to `_COVER_CHARACTERS`
    with how many names were left out."""
    names = [line.strip() for line in text.splitlines() if line.strip()]
    shown: list[str] = []
    used = 0
    for name in names:
        room = _COVER_CHARACTERS - used
        if room <= 0:
            break
        shown.append(name if len(name) <= room else name[: max(1, room - 1)] + "…")
        used += len(shown[-1]) + 2
    left = len(names) - len(shown)
    if not left and len(shown) <= _COVER_LINES and used <= _COVER_CHARACTERS // 2:
        return "<br/>".join(markup.text(name) for name in shown)
    return markup.text("; ".join(shown) + (f" … (+{left})" if left else ""))
