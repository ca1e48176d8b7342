"""A record laid out as a section of a brief: the full form for record briefs and meeting
packs, the compact form for catalogue entries.

Everything a record holds is escaped here on its way into paragraph markup; vocabulary codes
become labels in the brief's language and country codes become CLDR names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from lazos_desktop.briefs import case_sections, charts, markup, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput, BriefRecord, RelatedRecord
from lazos_desktop.briefs.document import Heading, heading
from lazos_desktop.briefs.labels import label, short_date
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.domain import vocabularies as vocab_names
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import (
    Exchange,
    Institution,
    Milestone,
    Practice,
    Record,
    ToolboxEntry,
)
from lazos_desktop.domain.vocabularies import Vocabularies

COMPACT_TEXT_LIMIT = 700
TAIL_BLOCKS = 8  # a last sub-section this short moves whole with the closing sections


@dataclass(frozen=True)
class RenderContext:
    """What every part of a brief needs to turn codes into words in one language."""

    lang: str
    vocabularies: Vocabularies
    width: float
    today: dt.date
    present: frozenset[str] = field(default_factory=frozenset)
    with_contacts: bool = False

    @classmethod
    def for_brief(cls, data: BriefInput) -> RenderContext:
        """The context every template starts from: its language, paper and records."""
        settings = data.settings
        return cls(
            settings.lang,
            data.vocabularies,
            house.frame_width(settings.paper),
            settings.generated,
            frozenset(item.record.id for item in data.records),
            data.with_contacts,
        )

    def term(self, vocabulary: str, code: str) -> str:
        return self.vocabularies.label(vocabulary, code, self.lang)

    def terms(self, vocabulary: str, codes: Iterable[str]) -> str:
        return ", ".join(markup.text(self.term(vocabulary, code)) for code in codes)

    def countries(self, codes: Iterable[str]) -> str:
        return ", ".join(markup.text(country_name(code, self.lang)) for code in codes)

    def kind(self, kind: str) -> str:
        return label(f"kind_{kind}", self.lang)

    def status(self, record: Record) -> str:
        vocabulary = {
            "practice": vocab_names.PRACTICE_STATUS,
            "toolbox": vocab_names.PRACTICE_STATUS,
            "exchange": vocab_names.EXCHANGE_STATUS,
        }.get(record.kind.value)
        status = record.status_of()
        return self.term(vocabulary, status) if vocabulary and status else ""

    def reference(self, record_id: str, code: str) -> str:
        """A record's code as a link to its section when the document holds it."""
        escaped = markup.text(code)
        if record_id in self.present:
            return markup.link(bookmark(record_id), escaped, house.LINK_HEX)
        return escaped


def bookmark(record_id: str) -> str:
    return f"rec-{record_id}"


def full_section(
    item: BriefRecord,
    context: RenderContext,
    *,
    level: int = 0,
    toc_level: int | None = None,
    title_style: str = "h1",
) -> list[Flowable]:
    """Every field of a record worth printing, under a heading that is also a bookmark."""
    sheet = house.styles()
    record = item.record
    lang = context.lang
    story: list[Flowable] = [CondPageBreak(5 * cm)]
    eyebrow = f"{context.kind(record.kind.value)} · {record.code}".upper()
    head: list[Flowable] = [Paragraph(markup.text(eyebrow), sheet.eyebrow)]
    title = heading(
        record.title, getattr(sheet, title_style), bookmark(record.id), level, toc_level=toc_level
    )
    title.outline_text = markup.plain(f"{record.code} {record.title}")[:200]
    title.toc_markup = (
        f'<font color="{house.MUTED_HEX}">{markup.text(record.code)}</font>  ' + title.toc_markup
    )
    if record.synthetic:
        title.toc_markup += parts.synthetic_tag(lang)
    head.append(title)
    if record.synthetic:
        head.append(parts.notice(markup.text(label("synthetic_record", lang)), context.width))
        head.append(Spacer(0, 6))
    head.append(parts.fact_sheet(facts_of(item, context), context.width))
    # The record's title never stays alone at the foot of a page: it goes with its facts.
    story.append(KeepTogether(head))
    story.append(Spacer(0, 8))
    if isinstance(record, Exchange):
        story.extend(_parties(item, context, level + 1))
    for name, value in texts_of(record):
        story.extend(_text_section(record, name, value, context, level + 1))
    if isinstance(record, Exchange):
        story.extend(_milestones(item, context, level + 1))
        story.extend(case_sections.tasks_section(item, context, level + 1, bookmark(record.id)))
    story.extend(case_sections.activities_section(item, context, level + 1, bookmark(record.id)))
    tail: list[Flowable] = []
    if context.with_contacts and isinstance(record, Exchange | Institution):
        tail.extend(_contacts(record, context, level + 1))
    if item.attachments:
        tail.extend(_attachments(item, context, level + 1))
    if item.related:
        tail.extend(_related(record, item.related, context, level + 1))
    if record.source:
        tail.append(
            heading(label("source", lang), sheet.h3, f"{bookmark(record.id)}-source", level + 1)
        )
        tail.append(Paragraph(markup.linkify(record.source, house.LINK_HEX), sheet.body_small))
    return _keep_tail(story, tail)


HEAD = 1  # where `full_section` puts the record's title and facts, kept together


def _keep_tail(story: list[Flowable], tail: list[Flowable]) -> list[Flowable]:
    """The short closing sections (contacts, documents, related, source) kept on one page
    with the last sub-section before them, heading included, so that a page never holds
    only "Fuente" and a line, and no heading is left alone at the foot of a page."""
    if not tail:
        return story
    body = list(story)
    last_heading = max(
        (index for index, flowable in enumerate(body) if isinstance(flowable, Heading)),
        default=len(body),
    )
    start = last_heading if len(body) - last_heading <= TAIL_BLOCKS else len(body)
    if start == len(body):  # no short sub-section to join: keep with the last block
        start -= 1
        while start > HEAD and isinstance(body[start], Spacer):
            start -= 1
    return [*body[:start], KeepTogether([*_unwrapped(body[start:]), *tail])]


def _unwrapped(flowables: list[Flowable]) -> list[Flowable]:
    """The contents of any `KeepTogether` among `flowables`: one nested in another always
    measures as taller than a page (it forces its own split), which pushes the outer one to
    a fresh page however much room is left."""
    found: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            found.extend(_unwrapped(list(flowable._content)))
        else:
            found.append(flowable)
    return found


def compact_entry(item: BriefRecord, context: RenderContext, *, level: int = 1) -> list[Flowable]:
    """A catalogue entry: code and title, one line of facts, the summary."""
    sheet = house.styles()
    record = item.record
    prefix = f'<font color="{house.MUTED_HEX}">{markup.text(record.code)}</font>  '
    entry = heading(record.title, sheet.h2, bookmark(record.id), level, prefix_markup=prefix)
    entry.outline_text = markup.plain(f"{record.code} {record.title}")[:200]
    story: list[Flowable] = [entry]
    facts = [markup.text(context.kind(record.kind.value))]
    if record.countries_of():
        facts.append(context.countries(record.countries_of()))
    if record.axes_of():
        facts.append(context.terms(vocab_names.AXIS, record.axes_of()))
    if context.status(record):
        facts.append(markup.text(context.status(record)))
    if record.year_of():
        facts.append(str(record.year_of()))
    line = f'<font color="{house.MUTED_HEX}">{" · ".join(facts)}</font>'
    if record.synthetic:
        line += parts.synthetic_tag(context.lang)
    story.append(Paragraph(line, sheet.body_small))
    summary = _lead_text(record)
    if summary:
        story.append(Paragraph(markup.text(_shorten(summary, COMPACT_TEXT_LIMIT)), sheet.body))
    story.append(Spacer(0, 4))
    return story


def related_line(related: RelatedRecord, context: RenderContext) -> str:
    line = (
        f"{context.reference(related.id, related.code)} · "
        f'<font color="{house.MUTED_HEX}">{markup.text(context.kind(related.kind))}</font> · '
        f"{markup.text(related.title)}"
    )
    if related.synthetic:
        line += parts.synthetic_tag(context.lang)
    return line


def milestone_state(milestone: Milestone, today: dt.date) -> str:
    if milestone.status == "done":
        return "done"
    if milestone.status == "cancelled":
        return "cancelled"
    return "late" if milestone.is_late(today) else "pending"


def facts_of(item: BriefRecord, context: RenderContext) -> list[tuple[str, str]]:
    record = item.record
    lang = context.lang
    rows: list[tuple[str, str]] = []
    names = item.institution_names
    if isinstance(record, Practice):
        rows += [
            (label("countries", lang), context.countries(record.countries)),
            (label("axes", lang), context.terms(vocab_names.AXIS, record.axes)),
            (
                label("institutions", lang),
                ", ".join(markup.text(names.get(ref, ref)) for ref in record.institutions),
            ),
            (
                label("population_groups", lang),
                context.terms(vocab_names.POPULATION_GROUP, record.population_groups),
            ),
            (label("year", lang), str(record.year or "")),
            (label("status", lang), markup.text(context.status(record))),
            (label("gender_focus", lang), label("yes" if record.gender_focus else "no", lang)),
            (label("tags", lang), ", ".join(markup.text(tag) for tag in record.tags)),
        ]
    elif isinstance(record, Exchange):
        period = " – ".join(
            short_date(day, lang) for day in (record.start_date, record.end_date) if day
        )
        rows += [
            (
                label("modality", lang),
                markup.text(context.term(vocab_names.MODALITY, record.modality)),
            ),
            (label("countries", lang), context.countries(record.countries)),
            (label("axes", lang), context.terms(vocab_names.AXIS, record.axes)),
            (label("platforms", lang), context.terms(vocab_names.PLATFORM, record.platforms)),
            (label("status", lang), markup.text(context.status(record))),
            (label("period", lang), markup.text(period)),
        ]
    elif isinstance(record, ToolboxEntry):
        rows += [
            (
                label("tool_type", lang),
                markup.text(context.term(vocab_names.TOOL_TYPE, record.tool_type)),
            ),
            (
                label("territorial_level", lang),
                markup.text(context.term(vocab_names.TERRITORIAL_LEVEL, record.territorial_level)),
            ),
            (
                label("countries", lang),
                context.countries(record.countries) or label("regional", lang),
            ),
            (label("axes", lang), context.terms(vocab_names.AXIS, record.axes)),
            (label("audience", lang), markup.text(record.audience)),
            (label("year", lang), str(record.year or "")),
            (
                label("link", lang),
                markup.linkify(record.link, house.LINK_HEX) if record.link else "",
            ),
        ]
    elif isinstance(record, Institution):
        rows += [
            (label("acronym", lang), markup.text(record.acronym)),
            (label("country", lang), context.countries(record.countries)),
            (
                label("institution_type", lang),
                markup.text(context.term(vocab_names.INSTITUTION_TYPE, record.institution_type))
                if record.institution_type
                else "",
            ),
            (
                label("website", lang),
                markup.linkify(record.website, house.LINK_HEX) if record.website else "",
            ),
        ]
    return rows


def texts_of(record: Record) -> list[tuple[str, str]]:
    if isinstance(record, Practice):
        names = ["summary", "description", "results", "lessons_learned", "replicability"]
    elif isinstance(record, Exchange):
        names = ["objectives", "agreements"]
    elif isinstance(record, ToolboxEntry):
        names = ["summary", "how_to_use"]
    elif isinstance(record, Institution):
        names = ["summary"]
    else:
        names = []
    return [(name, getattr(record, name)) for name in names if getattr(record, name, "")]


def _text_section(
    record: Record, name: str, value: str, context: RenderContext, level: int
) -> list[Flowable]:
    sheet = house.styles()
    title = label(name, context.lang)
    story: list[Flowable] = [heading(title, sheet.h3, f"{bookmark(record.id)}-{name}", level)]
    story.extend(Paragraph(paragraph, sheet.body) for paragraph in markup.block(value))
    return story


def _parties(item: BriefRecord, context: RenderContext, level: int) -> list[Flowable]:
    record = item.record
    assert isinstance(record, Exchange)
    if not record.parties:
        return []
    lang = context.lang
    sheet = house.styles()
    rows = [
        [
            context.countries([party.country]),
            markup.text(
                party.institution_name or item.institution_names.get(party.institution, "")
            ),
            markup.text(context.term(vocab_names.PARTY_ROLE, party.role)),
        ]
        for party in record.parties
    ]
    width = context.width
    return [
        heading(label("parties", lang), sheet.h3, f"{bookmark(record.id)}-parties", level),
        parts.data_table(
            [label("country", lang), label("institution", lang), label("role", lang)],
            rows,
            [width * 0.25, width * 0.47, width * 0.28],
        ),
        Spacer(0, 8),
    ]


def _milestones(item: BriefRecord, context: RenderContext, level: int) -> list[Flowable]:
    record = item.record
    assert isinstance(record, Exchange)
    sheet = house.styles()
    lang = context.lang
    story: list[Flowable] = [
        heading(label("milestones", lang), sheet.h3, f"{bookmark(record.id)}-milestones", level)
    ]
    if not record.milestones:
        story.append(Paragraph(markup.text(label("no_milestones", lang)), sheet.body_small))
        return story
    items = []
    dated = any(milestone.date for milestone in record.milestones)
    for milestone in record.milestones:
        state = milestone_state(milestone, context.today)
        title = markup.plain(milestone.title)
        responsible = case_sections.who(
            milestone.responsible, milestone.institution, item.institution_names
        )
        if responsible:
            title += f" ({label('responsible', lang).lower()}: {markup.plain(responsible)})"
        if milestone.note:
            title += " — " + markup.plain(milestone.note)
        items.append(
            charts.TimelineItem(
                when=short_date(milestone.date, lang)
                if milestone.date
                else (label("undated", lang) if dated else ""),
                title=title,
                state=state,
                state_label=label(f"milestone_{state}", lang),
            )
        )
    story.extend(charts.timeline(items, context.width))
    story.append(Spacer(0, 6))
    return story


def _contacts(record: Exchange | Institution, context: RenderContext, level: int) -> list[Flowable]:
    if not record.contacts:
        return []
    sheet = house.styles()
    lines = [
        " · ".join(
            markup.text(part)
            for part in (
                contact.name,
                contact.role,
                contact.organisation,
                contact.email,
                contact.phone,
                contact.language,
            )
            if part
        )
        for contact in record.contacts
    ]
    return [
        heading(
            label("contacts", context.lang), sheet.h3, f"{bookmark(record.id)}-contacts", level
        ),
        Paragraph("<br/>".join(lines), sheet.body_small),
    ]


def _attachments(item: BriefRecord, context: RenderContext, level: int) -> list[Flowable]:
    sheet = house.styles()
    record = item.record
    return [
        heading(
            label("attachments", context.lang),
            sheet.h3,
            f"{bookmark(record.id)}-attachments",
            level,
        ),
        Paragraph("<br/>".join(markup.text(name) for name in item.attachments), sheet.body_small),
    ]


def _related(
    record: Record, related: Sequence[RelatedRecord], context: RenderContext, level: int
) -> list[Flowable]:
    sheet = house.styles()
    story: list[Flowable] = [
        heading(label("related", context.lang), sheet.h3, f"{bookmark(record.id)}-related", level)
    ]
    story.extend(Paragraph(related_line(item, context), sheet.body_small) for item in related)
    return story


def _lead_text(record: Record) -> str:
    if isinstance(record, Exchange):
        return record.objectives or record.agreements
    return str(getattr(record, "summary", "") or "")


def _shorten(value: str, limit: int) -> str:
    flat = " ".join(value.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + " …"
