"""Thematic brief: one ERISE axis across the region, with the country × axis coverage map
that shows where experience exists and where the gaps are.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, Spacer

from lazos_desktop.briefs import charts, markup, overview_parts, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput
from lazos_desktop.briefs.document import heading, write_document
from lazos_desktop.briefs.labels import label
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.briefs.record_sections import RenderContext
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Kind
from lazos_desktop.domain.text import sort_key
from lazos_desktop.domain.vocabularies import AXIS


def build(data: BriefInput, target: Path | IO[bytes]) -> int:
    settings = data.settings
    lang = settings.lang
    axis = (data.axis or "").lower()
    vocab = data.vocabularies
    axis_name = vocab.label(AXIS, axis, lang)
    term = vocab.term(AXIS, axis)
    official = (term.descriptions.get(lang) or term.descriptions.get("es", "")) if term else ""
    width = house.frame_width(settings.paper)
    context = RenderContext(lang, vocab, width, settings.generated)
    sheet = house.styles()
    practices = overview_parts.of_kind(data.records, Kind.PRACTICE)
    exchanges = overview_parts.of_kind(data.records, Kind.EXCHANGE)
    toolbox = overview_parts.of_kind(data.records, Kind.TOOLBOX)
    countries = {code for item in data.records for code in item.record.countries_of()}
    title = settings.title or f"{label('theme_brief', lang)}: {axis_name}"

    story: list[Flowable] = [
        parts.title_block(
            label("theme_brief", lang),
            markup.text(settings.title or axis_name),
            markup.text(official),
            width,
        ),
        Spacer(0, 12),
    ]
    story += overview_parts.synthetic_notice(data, width)
    story += overview_parts.unclassified_notice(data, width)
    story.append(overview_parts.section_heading("key_figures", context, "figures"))
    story.append(
        parts.key_figures(
            [
                (len(practices), label("kinds_practice", lang)),
                (len(exchanges), label("kinds_exchange", lang)),
                (len(toolbox), label("kinds_toolbox", lang)),
                (len(countries), label("countries_covered", lang)),
            ],
            width,
        )
    )
    story.append(Spacer(0, 6))
    story.append(heading(label("coverage", lang), sheet.h2, "chart-coverage", 1))
    story += _coverage(data, context, axis)
    story.append(overview_parts.section_heading("kinds_practice", context, "practices"))
    story += overview_parts.practice_table(practices, context)
    story.append(overview_parts.section_heading("exchanges_next_steps", context, "exchanges"))
    story += overview_parts.exchange_blocks(exchanges, context)
    story.append(overview_parts.section_heading("kinds_toolbox", context, "toolbox"))
    story += overview_parts.toolbox_table(toolbox, context)
    return write_document(
        target,
        story,
        settings,
        title=title,
        subject=f"{label('theme_brief', lang)}: {axis_name}",
        keywords=["LAZOS", "ERISE", axis_name, label("theme_brief", lang)],
    )


def _coverage(data: BriefInput, context: RenderContext, axis: str) -> list[Flowable]:
    lang = context.lang
    axes = data.vocabularies.codes(AXIS)
    countries = sorted(
        {country for country, _ in data.coverage},
        key=lambda code: sort_key(country_name(code, lang)),
    )
    values = [[data.coverage.get((country, code), 0) for code in axes] for country in countries]
    highlight = axes.index(axis) if axis in axes else None
    story: list[Flowable] = list(
        charts.heat_map(
            [country_name(code, lang) for code in countries],
            [data.vocabularies.label(AXIS, code, lang) for code in axes],
            values,
            context.width,
            highlight=highlight,
        )
    )
    story.append(parts.caption(label("coverage_note", lang)))
    gaps = [
        country_name(country, lang)
        for country, row in zip(countries, values, strict=True)
        if highlight is not None and row[highlight] == 0
    ]
    text = label("gaps", lang, countries=", ".join(gaps)) if gaps else label("no_gaps", lang)
    story.append(Paragraph(markup.text(text), house.styles().body))
    return story
