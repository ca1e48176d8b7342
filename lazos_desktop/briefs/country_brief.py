"""Country brief: everything the catalogue holds about one country, for a bilateral meeting.

Key figures, practices by ERISE axis, the practices table, the exchanges with their status
and next steps, and the toolbox entries used there.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, Spacer

from lazos_desktop.briefs import markup, overview_parts, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput
from lazos_desktop.briefs.document import write_document
from lazos_desktop.briefs.labels import label
from lazos_desktop.briefs.record_sections import RenderContext
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Kind


def build(data: BriefInput, target: Path | IO[bytes]) -> int:
    settings = data.settings
    lang = settings.lang
    code = (data.country or "").upper()
    name = country_name(code, lang)
    width = house.frame_width(settings.paper)
    context = RenderContext(lang, data.vocabularies, width, settings.generated)
    practices = overview_parts.of_kind(data.records, Kind.PRACTICE)
    exchanges = overview_parts.of_kind(data.records, Kind.EXCHANGE)
    toolbox = overview_parts.of_kind(data.records, Kind.TOOLBOX)
    partners = {
        other for item in data.records for other in item.record.countries_of() if other != code
    }
    axes = {axis for item in data.records for axis in item.record.axes_of()}
    title = settings.title or f"{label('country_brief', lang)}: {name}"

    story: list[Flowable] = [
        parts.title_block(
            label("country_brief", lang),
            markup.text(settings.title or name),
            markup.text(label("programme_long", lang)),
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
                (len(partners), label("partner_countries", lang)),
                (
                    f"{len(axes & set(data.vocabularies.codes('axis')))}/{len(data.vocabularies.codes('axis'))}",
                    label("axes_covered", lang),
                ),
            ],
            width,
        )
    )
    story.append(Spacer(0, 6))
    story += overview_parts.axis_chart(data, context, data.counts_by_axis)
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
        subject=f"{label('country_brief', lang)}: {name}",
        keywords=["LAZOS", name, code, label("country_brief", lang)],
    )
