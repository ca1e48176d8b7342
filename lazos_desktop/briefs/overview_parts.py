"""Parts the country and thematic briefs share: record tables, exchange blocks, counts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from lazos_desktop.briefs import case_sections, charts, markup, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput, BriefRecord
from lazos_desktop.briefs.document import heading
from lazos_desktop.briefs.labels import label, short_date
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.briefs.record_sections import RenderContext, bookmark, milestone_state
from lazos_desktop.domain.records import Exchange, Kind, Record
from lazos_desktop.domain.vocabularies import AXIS, TOOL_TYPE

NEXT_STEPS_LIMIT = 900


def of_kind(records: Sequence[BriefRecord], kind: Kind) -> list[BriefRecord]:
    return [item for item in records if item.record.kind is kind]


def section_heading(key: str, context: RenderContext, name: str) -> Flowable:
    return heading(label(key, context.lang), house.styles().h1, f"section-{name}", 0)


def synthetic_notice(data: BriefInput, width: float) -> list[Flowable]:
    if not data.synthetic_count:
        return []
    text = label("synthetic_notice", data.settings.lang, count=data.synthetic_count)
    return [parts.notice(markup.text(text), width), Spacer(0, 8)]


def unclassified_notice(data: BriefInput, width: float) -> list[Flowable]:
    if not data.unclassified_count:
        return []
    text = label("unclassified_notice", data.settings.lang, count=data.unclassified_count)
    return [parts.notice(markup.text(text), width), Spacer(0, 8)]


def axis_chart(data: BriefInput, context: RenderContext, counts: dict[str, int]) -> list[Flowable]:
    bars = [
        (data.vocabularies.label(AXIS, code, context.lang), counts.get(code, 0))
        for code in data.vocabularies.codes(AXIS)
    ]
    if not any(count for _, count in bars):
        return []
    return [
        heading(label("practices_by_axis", context.lang), house.styles().h2, "chart-axes", 1),
        charts.bar_chart(bars, context.width),
        Spacer(0, 6),
    ]


def practice_table(items: Sequence[BriefRecord], context: RenderContext) -> list[Flowable]:
    lang = context.lang
    if not items:
        return [Paragraph(markup.text(label("no_records", lang)), house.styles().body_small)]
    width = context.width
    rows = [
        [
            context.reference(item.record.id, item.record.code),
            _title(item.record, context),
            context.countries(item.record.countries_of()),
            context.terms(AXIS, item.record.axes_of()),
            str(item.record.year_of() or ""),
            markup.text(context.status(item.record)),
        ]
        for item in items
    ]
    return [
        parts.data_table(
            [
                label("code", lang),
                label("title", lang),
                label("countries", lang),
                label("axes", lang),
                label("year", lang),
                label("status", lang),
            ],
            rows,
            [
                1.55 * cm,
                width * 0.36,
                width * 0.16,
                width * 0.2,
                1.1 * cm,
                width - 2.65 * cm - width * 0.72,
            ],
        )
    ]


def toolbox_table(items: Sequence[BriefRecord], context: RenderContext) -> list[Flowable]:
    lang = context.lang
    if not items:
        return [Paragraph(markup.text(label("no_records", lang)), house.styles().body_small)]
    width = context.width
    rows = [
        [
            context.reference(item.record.id, item.record.code),
            _title(item.record, context),
            markup.text(context.term(TOOL_TYPE, getattr(item.record, "tool_type", ""))),
            context.terms(AXIS, item.record.axes_of()),
        ]
        for item in items
    ]
    return [
        parts.data_table(
            [
                label("code", lang),
                label("title", lang),
                label("tool_type", lang),
                label("axes", lang),
            ],
            rows,
            [1.55 * cm, width * 0.5, width * 0.18, width - 1.55 * cm - width * 0.68],
        )
    ]


def exchange_blocks(items: Sequence[BriefRecord], context: RenderContext) -> list[Flowable]:
    """Each exchange with its status, partners, milestones done and its open tasks."""
    sheet = house.styles()
    lang = context.lang
    if not items:
        return [Paragraph(markup.text(label("no_records", lang)), sheet.body_small)]
    story: list[Flowable] = []
    for item in items:
        record = item.record
        assert isinstance(record, Exchange)
        prefix = f'<font color="{house.MUTED_HEX}">{markup.text(record.code)}</font>  '
        story.append(heading(record.title, sheet.h2, bookmark(record.id), 1, prefix_markup=prefix))
        facts = [f"<b>{markup.text(context.status(record))}</b>"]
        facts.append(context.countries(record.countries))
        if record.axes:
            facts.append(context.terms(AXIS, record.axes))
        if record.milestones:
            states = [milestone_state(m, context.today) for m in record.milestones]
            facts.append(
                f"{label('milestones', lang)}: "
                + ", ".join(
                    f"{label('milestone_' + state, lang).lower()} {states.count(state)}"
                    for state in ("done", "pending", "late", "cancelled")
                    if states.count(state)
                )
            )
        line = f'<font color="{house.MUTED_HEX}">{" · ".join(facts)}</font>'
        if record.synthetic:
            line += parts.synthetic_tag(lang)
        story.append(Paragraph(line, sheet.body_small))
        open_tasks = [task for task in record.tasks if task.is_open]
        if open_tasks:
            lines = []
            for task in open_tasks:
                line = markup.text(_shorten(task.title, NEXT_STEPS_LIMIT))
                if task.due:
                    line += f" ({markup.text(short_date(task.due, lang))})"
                if task.is_late(context.today):
                    line += " " + case_sections.late_mark(lang)
                lines.append(line)
            story.append(
                Paragraph(
                    f"<b>{markup.text(label('open_tasks', lang))}.</b> " + "; ".join(lines),
                    sheet.body,
                )
            )
        story.append(Spacer(0, 4))
    return story


def _title(record: Record, context: RenderContext) -> str:
    title = markup.text(record.title)
    return title + parts.synthetic_tag(context.lang) if record.synthetic else title


def _shorten(value: str, limit: int) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + " …"
