"""An editable Word copy of a brief (python-docx), so officers can adapt it before a meeting.

The copy follows the PDF's sections and headings — the title, the meeting's facts,
what is late and due, the agenda and the summary for a pack, then per record its heading "CODE Title", its facts and the
same sub-headings (parties, texts, milestones, follow-up tasks, activity log, contacts when
chosen, attachments, related, source) — using Word's own heading styles, so the navigation pane and a table of contents
inserted in Word find them. Charts stay in the PDF; tables carry their figures.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from docx import Document
from docx.document import Document as WordDocument
from docx.shared import Pt, RGBColor

from lazos_desktop.briefs import case_sections, markup
from lazos_desktop.briefs.brief_data import BriefInput, BriefRecord
from lazos_desktop.briefs.labels import label, long_date, short_date
from lazos_desktop.briefs.record_sections import (
    RenderContext,
    facts_of,
    milestone_state,
    texts_of,
)
from lazos_desktop.domain import vocabularies as vocab_names
from lazos_desktop.domain.records import Exchange, Institution, Kind, Practice
from lazos_desktop.domain.text import shorten

TITLE_KEYS = {
    "record": "record_brief",
    "country": "country_brief",
    "theme": "theme_brief",
    "pack": "pack_brief",
    "catalogue": "catalogue_brief",
}
_PROPERTY = 255  # characters of a Word core property (title, author, keywords)
_PRIMARY = RGBColor(0x1F, 0x4E, 0x79)
_WARNING = RGBColor(0x9C, 0x4A, 0x00)


def render(data: BriefInput, target: Path | IO[bytes]) -> int:
    """Write the Word copy; returns 0 pages (Word lays out pages itself)."""
    context = RenderContext.for_brief(data)
    lang = context.lang
    document = Document()
    _house_styles(document)
    name = label(TITLE_KEYS.get(data.template, "pack_brief"), lang)
    title = data.settings.title or name
    properties = document.core_properties
    properties.title = shorten(markup.plain(title), _PROPERTY)
    properties.author = shorten(data.settings.officer or "LAZOS Desktop", _PROPERTY)
    properties.subject = shorten(name, _PROPERTY)
    properties.language = lang
    # Word's core properties hold at most 255 characters (python-docx refuses more): fifty
    # record codes after the brief's name passed it and the Word copy failed.
    keywords = ", ".join(["LAZOS", name, *(i.record.code for i in data.records[:50])])
    properties.keywords = shorten(keywords, _PROPERTY)
    document.add_paragraph(label("programme", lang), style="Subtitle")
    document.add_heading(markup.plain(title), level=0)
    _opening(document, data, context, name)
    if data.template == "pack":
        _case_status(document, data, context)
        _agenda_and_summary(document, data, context)
    grouped = data.template in {"country", "theme", "catalogue"}
    shown_kind: Kind | None = None
    for item in data.records:
        if grouped and item.record.kind is not shown_kind:
            shown_kind = item.record.kind
            document.add_heading(label(f"kinds_{shown_kind.value}", lang), level=1)
        _record(document, item, context, level=2 if grouped else 1)
    document.add_paragraph(
        label("generated_on", lang, date=long_date(data.settings.generated, lang)),
        style="Caption",
    )
    document.save(str(target) if isinstance(target, Path) else target)
    return 0


def _house_styles(document: WordDocument) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    for level in (1, 2, 3):
        document.styles[f"Heading {level}"].font.color.rgb = _PRIMARY


def _opening(document: WordDocument, data: BriefInput, context: RenderContext, name: str) -> None:
    lang = context.lang
    rows: list[tuple[str, str]] = []
    if data.template == "pack":
        rows += [
            (label("meeting", lang), data.meeting),
            (
                label("meeting_date", lang),
                long_date(data.meeting_date, lang) if data.meeting_date else "",
            ),
            (label("place", lang), data.place),
            (label("participants", lang), "; ".join(_lines(data.participants))),
        ]
    rows += [
        (label("scope", lang), data.scope),
        (label("prepared_by", lang), data.settings.officer),
        (label("records", lang), str(len(data.records))),
    ]
    _fact_table(document, [(key, markup.plain(value)) for key, value in rows if value])
    if data.synthetic_count:
        note = document.add_paragraph()
        run = note.add_run(label("synthetic_notice", lang, count=data.synthetic_count))
        run.font.color.rgb = _WARNING
        run.italic = True


def _agenda_and_summary(document: WordDocument, data: BriefInput, context: RenderContext) -> None:
    lang = context.lang
    agenda = _lines(data.agenda)
    if agenda:
        document.add_heading(label("agenda", lang), level=1)
        for point in agenda:
            document.add_paragraph(markup.plain(point), style="List Number")
    document.add_heading(label("pack_summary", lang), level=1)
    header = [
        label("code", lang),
        label("record_column", lang),
        label("kind_status", lang),
        label("late_items", lang),
        label("pending_milestones", lang),
        label("open_tasks", lang),
    ]
    rows = []
    for item in data.records:
        record = item.record
        status = context.status(record)
        counts = case_sections.case_counts(record, context.today)
        title = markup.plain(record.title)
        if record.synthetic:
            title += f" [{label('synthetic', lang)}]"
        kind = context.kind(record.kind.value) + (f" · {status}" if status else "")
        rows.append([record.code, title, kind, *(map(str, counts) if counts else ["", "", ""])])
    _table(document, header, rows)


def _case_status(document: WordDocument, data: BriefInput, context: RenderContext) -> None:
    """The PDF's page after the cover: what is late, and what falls due before the meeting."""
    lang, today = context.lang, context.today
    deadline = data.meeting_date or data.settings.generated + dt.timedelta(days=30)
    late, due = case_sections.late_and_due([i.record for i in data.records], today, deadline)
    names: dict[str, str] = {}
    for item in data.records:
        names.update(item.institution_names)
    document.add_heading(label("case_status", lang), level=1)
    document.add_paragraph(label("case_status_note", lang, date=short_date(today, lang)))
    for key, entries, empty in (
        ("late_items", late, "nothing_late"),
        ("due_before", due, "nothing_due"),
    ):
        document.add_heading(label(key, lang, date=short_date(deadline, lang)), level=2)
        if not entries:
            document.add_paragraph(label(empty, lang))
            continue
        _table(
            document,
            [label(k, lang) for k in ("date", "code", "title", "responsible")],
            [
                [
                    short_date(entry.when, lang) if entry.when else "—",
                    entry.record_code
                    + (f" [{label('synthetic', lang)}]" if entry.synthetic else ""),
                    f"{label('item_' + entry.item, lang)}. {entry.title}",
                    case_sections.who(entry.responsible, entry.institution, names),
                ]
                for entry in entries
            ],
        )


def _record(document: WordDocument, item: BriefRecord, context: RenderContext, level: int) -> None:
    record = item.record
    lang = context.lang
    document.add_heading(f"{record.code} {markup.plain(record.title)}", level=level)
    if record.synthetic:
        run = document.add_paragraph().add_run(label("synthetic_record", lang))
        run.font.color.rgb = _WARNING
        run.italic = True
    _fact_table(
        document, [(key, _from_markup(value)) for key, value in facts_of(item, context) if value]
    )
    sub = min(level + 1, 9)
    if isinstance(record, Exchange) and record.parties:
        document.add_heading(label("parties", lang), level=sub)
        _table(
            document,
            [label("country", lang), label("institution", lang), label("role", lang)],
            [
                [
                    _from_markup(context.countries([party.country])),
                    markup.plain(
                        party.institution_name or item.institution_names.get(party.institution, "")
                    ),
                    context.term(vocab_names.PARTY_ROLE, party.role),
                ]
                for party in record.parties
            ],
        )
    for name, value in texts_of(record):
        document.add_heading(label(name, lang), level=sub)
        for paragraph in _paragraphs(value):
            document.add_paragraph(paragraph)
    if isinstance(record, Exchange):
        document.add_heading(label("milestones", lang), level=sub)
        if not record.milestones:
            document.add_paragraph(label("no_milestones", lang))
        for milestone in record.milestones:
            state = label(f"milestone_{milestone_state(milestone, context.today)}", lang)
            when = short_date(milestone.date, lang) if milestone.date else label("undated", lang)
            text = f"{when} — {milestone.title} ({state})"
            if milestone.note:
                text += f": {milestone.note}"
            document.add_paragraph(markup.plain(text), style="List Bullet")
    if isinstance(record, Exchange) and record.tasks:
        _tasks(document, item, context, sub)
    if isinstance(record, Exchange | Practice) and record.activities:
        _activities(document, item, context, sub)
    if context.with_contacts and isinstance(record, Exchange | Institution) and record.contacts:
        document.add_heading(label("contacts", lang), level=sub)
        for contact in record.contacts:
            parts = (
                contact.name,
                contact.role,
                contact.organisation,
                contact.email,
                contact.phone,
                contact.language,
            )
            line = " · ".join(p for p in parts if p)
            document.add_paragraph(markup.plain(line), style="List Bullet")
    if item.attachments:
        document.add_heading(label("attachments", lang), level=sub)
        for name in item.attachments:
            document.add_paragraph(markup.plain(name), style="List Bullet")
    if item.related:
        document.add_heading(label("related", lang), level=sub)
        for related in item.related:
            line = f"{related.code} · {context.kind(related.kind)} · {related.title}"
            document.add_paragraph(markup.plain(line), style="List Bullet")
    if record.source:
        document.add_heading(label("source", lang), level=sub)
        document.add_paragraph(markup.plain(record.source))


def _tasks(document: WordDocument, item: BriefRecord, context: RenderContext, level: int) -> None:
    record = item.record
    assert isinstance(record, Exchange)
    lang, today = context.lang, context.today
    document.add_heading(label("tasks", lang), level=level)
    rows = []
    for task in record.tasks:
        if task.is_late(today):
            state = label("milestone_late", lang).upper()
        else:
            state = context.term(vocab_names.TASK_STATUS, task.status)
        title = task.title + (f" — {task.note}" if task.note and task.note != task.title else "")
        rows.append(
            [
                title,
                case_sections.who(task.responsible, task.institution, item.institution_names),
                short_date(task.due, lang) if task.due else "—",
                state,
            ]
        )
    _table(
        document,
        [label(k, lang) for k in ("task", "responsible", "due", "status")],
        rows,
    )


def _activities(
    document: WordDocument, item: BriefRecord, context: RenderContext, level: int
) -> None:
    """The activity log, newest first, as in the PDF."""
    record = item.record
    assert isinstance(record, Exchange | Practice)
    lang = context.lang
    document.add_heading(label("activities", lang), level=level)
    for activity in sorted(record.activities, key=lambda a: a.date, reverse=True):
        kind = context.term(vocab_names.ACTIVITY_TYPE, activity.type)
        head = " · ".join(p for p in (short_date(activity.date, lang), kind, activity.place) if p)
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(markup.plain(head)).bold = True
        for text in _paragraphs(activity.summary):
            document.add_paragraph(text)
        names = [item.institution_names.get(ref, ref) for ref in activity.institutions]
        names += activity.participants
        if names:
            document.add_paragraph(
                markup.plain(f"{label('participants', lang)}: {', '.join(names)}")
            )
        if activity.decisions:
            document.add_paragraph(
                markup.plain(f"{label('decisions', lang)}: {activity.decisions}")
            )


def _fact_table(document: WordDocument, rows: Sequence[tuple[str, str]]) -> None:
    if not rows:
        return
    table = document.add_table(rows=0, cols=2)
    table.style = "Light List Accent 1"
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text = key
        cells[1].text = markup.plain(value)
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    document.add_paragraph()


def _table(document: WordDocument, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = markup.plain(text)
    document.add_paragraph()


def _from_markup(value: str) -> str:
    """Plain text of a brief's paragraph markup (facts are built as markup for the PDF)."""
    lines = re.sub(r"<br\s*/?>", "; ", value)
    return markup.plain(html.unescape(re.sub(r"<[^>]+>", "", lines)))


def _paragraphs(value: str) -> list[str]:
    return [
        markup.plain(part) for part in value.replace("\r\n", "\n").split("\n\n") if part.strip()
    ]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
