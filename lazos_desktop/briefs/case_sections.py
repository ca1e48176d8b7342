"""A case in a brief: its follow-up tasks, its activity log, and what is late or due.

Late means one thing here as everywhere (`domain.agenda`): a planned milestone or an open
task past its date; it is written out in the house's "late" colour, never shown by colour
alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from reportlab.platypus import Flowable, KeepTogether, Spacer

from lazos_desktop.briefs import markup, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefRecord
from lazos_desktop.briefs.document import heading
from lazos_desktop.briefs.labels import label, short_date
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.domain import vocabularies as vocab_names
from lazos_desktop.domain.agenda import AgendaItem, build_agenda
from lazos_desktop.domain.case_items import Activity
from lazos_desktop.domain.records import Exchange, Practice, Record

if TYPE_CHECKING:
    from lazos_desktop.briefs.record_sections import RenderContext

STATUS_ROWS = 40  # a pack's first page lists this many of each; the rest are in the sections

LATE_HEX = house.LATE.hexval().replace("0x", "#")


class CaseCounts(NamedTuple):
    late: int
    pending_milestones: int
    open_tasks: int


def late_mark(lang: str) -> str:
    return f'<font color="{LATE_HEX}"><b>{markup.text(label("milestone_late", lang).upper())}</b></font>'


def who(responsible: str, institution: str, names: dict[str, str]) -> str:
    return ", ".join(part for part in (responsible, names.get(institution, "")) if part)


def tasks_section(
    item: BriefRecord, context: RenderContext, level: int, bookmark: str
) -> list[Flowable]:
    """The record's follow-up tasks as a table: title, responsible, due date, status."""
    record = item.record
    if not isinstance(record, Exchange) or not record.tasks:
        return []
    lang, today, width = context.lang, context.today, context.width
    sheet = house.styles()
    rows = []
    for task in record.tasks:
        if task.is_late(today):
            state = late_mark(lang)
        else:
            state = markup.text(context.term(vocab_names.TASK_STATUS, task.status))
        title = markup.text(task.title)
        if task.note and task.note != task.title:
            title += f'<br/><font color="{house.MUTED_HEX}">{markup.text(task.note)}</font>'
        rows.append(
            [
                title,
                markup.text(who(task.responsible, task.institution, item.institution_names)),
                markup.text(short_date(task.due, lang)) if task.due else "—",
                state,
            ]
        )
    return [
        heading(label("tasks", lang), sheet.h3, f"{bookmark}-tasks", level),
        parts.data_table(
            [
                label("task", lang),
                label("responsible", lang),
                label("due", lang),
                label("status", lang),
            ],
            rows,
            [width * 0.46, width * 0.24, width * 0.15, width * 0.15],
        ),
        Spacer(0, 8),
    ]


def activities_section(
    item: BriefRecord, context: RenderContext, level: int, bookmark: str
) -> list[Flowable]:
    """The activity log, newest first: date and type, place, who took part, what was decided."""
    record = item.record
    if not isinstance(record, Exchange | Practice) or not record.activities:
        return []
    lang = context.lang
    sheet = house.styles()
    title = heading(label("activities", lang), sheet.h3, f"{bookmark}-log", level)
    story: list[Flowable] = []
    ordered = sorted(record.activities, key=lambda a: a.date, reverse=True)
    for position, activity in enumerate(ordered):
        # The heading travels with the first entry, never alone at the foot of a page.
        lead: list[Flowable] = [title] if position == 0 else []
        story.append(KeepTogether(lead + _entry(activity, item, context, lang)))
    story.append(Spacer(0, 6))
    return story


def _entry(
    activity: Activity, item: BriefRecord, context: RenderContext, lang: str
) -> list[Flowable]:
    sheet = house.styles()
    kind = context.term(vocab_names.ACTIVITY_TYPE, activity.type)
    head = f"<b>{markup.text(short_date(activity.date, lang))}</b> · {markup.text(kind)}"
    if activity.place:
        head += f" · {markup.text(activity.place)}"
    lines = [Paragraph(head, sheet.body_small)]
    if activity.summary:
        lines += [Paragraph(text, sheet.body) for text in markup.block(activity.summary)]
    names = [item.institution_names.get(ref, ref) for ref in activity.institutions]
    names += activity.participants
    if names:
        lines.append(
            Paragraph(
                f"<b>{markup.text(label('participants', lang))}:</b> {markup.text(', '.join(names))}",
                sheet.body_small,
            )
        )
    if activity.decisions:
        lines.append(
            Paragraph(
                f"<b>{markup.text(label('decisions', lang))}:</b> "
                + "<br/>".join(markup.block(activity.decisions)),
                sheet.body_small,
            )
        )
    lines.append(Spacer(0, 5))
    return lines


def case_counts(record: Record, today: dt.date) -> CaseCounts | None:
    """What a pack's summary line says of a case: late items, pending milestones, open tasks."""
    if not isinstance(record, Exchange):
        return None
    late = sum(m.is_late(today) for m in record.milestones)
    late += sum(t.is_late(today) for t in record.tasks)
    pending = sum(m.is_open and not m.is_late(today) for m in record.milestones)
    return CaseCounts(late, pending, sum(t.is_open for t in record.tasks))


def late_and_due(
    records: Sequence[Record], today: dt.date, deadline: dt.date
) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """The late items, and the milestones and tasks that fall due before `deadline`."""
    horizon = max(0, (deadline - today).days)
    built = build_agenda(list(records), today, horizon, undated=False)
    due = [
        i
        for i in built.buckets["soon"] + built.buckets["later"]
        if i.when is not None and i.when < deadline and i.item != "activity"
    ]
    return built.buckets["late"], due


def case_status_page(
    items: Sequence[BriefRecord], context: RenderContext, deadline: dt.date
) -> list[Flowable]:
    """What is late, and what falls due before `deadline`, across the records given."""
    lang, today, width = context.lang, context.today, context.width
    sheet = house.styles()
    names: dict[str, str] = {}
    for entry in items:
        names.update(entry.institution_names)
    late, due = late_and_due([entry.record for entry in items], today, deadline)
    story: list[Flowable] = [
        heading(label("case_status", lang), sheet.h1, "case-status", 0),
        Paragraph(
            markup.text(label("case_status_note", lang, date=short_date(today, lang))),
            sheet.body_small,
        ),
        Spacer(0, 6),
        heading(label("late_items", lang), sheet.h3, "case-status-late", 1),
    ]
    story += _agenda_table(late, names, lang, width, late=True) or [
        Paragraph(markup.text(label("nothing_late", lang)), sheet.body_small)
    ]
    story.append(Spacer(0, 8))
    story.append(
        heading(
            label("due_before", lang, date=short_date(deadline, lang)),
            sheet.h3,
            "case-status-due",
            1,
        )
    )
    story += _agenda_table(due, names, lang, width, late=False) or [
        Paragraph(markup.text(label("nothing_due", lang)), sheet.body_small)
    ]
    return story


def _agenda_table(
    entries: list[AgendaItem], names: dict[str, str], lang: str, width: float, *, late: bool
) -> list[Flowable]:
    if not entries:
        return []
    rows = []
    for entry in entries[:STATUS_ROWS]:
        when = markup.text(short_date(entry.when, lang)) if entry.when else "—"
        if late:
            when += "<br/>" + late_mark(lang)
        rows.append(
            [
                when,
                markup.text(entry.record_code)
                + (parts.synthetic_tag(lang) if entry.synthetic else ""),
                f"<b>{markup.text(label('item_' + entry.item, lang))}.</b> {markup.text(entry.title)}",
                markup.text(who(entry.responsible, entry.institution, names)),
            ]
        )
    return [
        parts.data_table(
            [
                label("date", lang),
                label("code", lang),
                label("title", lang),
                label("responsible", lang),
            ],
            rows,
            [width * 0.17, width * 0.11, width * 0.50, width * 0.22],
        ),
        *(
            [
                Paragraph(
                    markup.text(label("more_items", lang, count=len(entries) - STATUS_ROWS)),
                    house.styles().body_small,
                )
            ]
            if len(entries) > STATUS_ROWS
            else []
        ),
    ]
