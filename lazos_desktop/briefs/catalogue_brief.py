"""Catalogue: the whole catalogue or the current filter, one entry per record, with contents
and an index by country and by ERISE axis whose codes link to the entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from lazos_desktop.briefs import markup, overview_parts, parts
from lazos_desktop.briefs import styles as house
from lazos_desktop.briefs.brief_data import BriefInput, BriefRecord
from lazos_desktop.briefs.document import contents, heading, write_document
from lazos_desktop.briefs.labels import label, long_date
from lazos_desktop.briefs.paragraphs import Paragraph
from lazos_desktop.briefs.record_sections import RenderContext, compact_entry
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Kind
from lazos_desktop.domain.text import sort_key
from lazos_desktop.domain.vocabularies import AXIS


def build(data: BriefInput, target: Path | IO[bytes]) -> int:
    settings = data.settings
    lang = settings.lang
    context = RenderContext.for_brief(data)
    width = context.width
    sheet = house.styles()
    title = settings.title or label("catalogue_brief", lang)
    scope = data.scope or label("whole_catalogue", lang)
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
    if data.mapped:
        notes.append(
            Paragraph(
                markup.text(
                    label(
                        "mapped_note",
                        lang,
                        mapped=data.mapped.mapped,
                        countries=data.mapped.countries,
                        held=data.mapped.held,
                    )
                ),
                sheet.body_small,
            )
        )
    if data.scope:  # without a filter the programme's name is the cover's subtitle instead
        notes.append(Paragraph(markup.text(label("programme_long", lang)), sheet.body_small))
    story: list[Flowable] = parts.cover(
        label("catalogue_brief", lang) if settings.title else long_date(settings.generated, lang),
        title,
        label("programme_long", lang) if not data.scope else scope,
        [
            (label("scope", lang), markup.text(scope)),
            (label("date", lang), markup.text(long_date(settings.generated, lang))),
            (label("prepared_by", lang), markup.text(settings.officer)),
            (label("records", lang), str(len(data.records))),
        ],
        notes,
        width,
    )
    story.append(heading(label("contents", lang), sheet.h1, "contents", 0))
    story.append(contents())
    story.append(Spacer(0, 12))

    by_kind = {kind: overview_parts.of_kind(data.records, kind) for kind in Kind}
    story.append(heading(label("key_figures", lang), sheet.h1, "section-figures", 0, toc_level=0))
    story.append(
        parts.key_figures(
            [(len(by_kind[kind]), label(f"kinds_{kind.value}", lang)) for kind in Kind], width
        )
    )
    story.append(Spacer(0, 6))
    story += overview_parts.axis_chart(data, context, data.counts_by_axis)
    for kind in Kind:
        items = by_kind[kind]
        if not items:
            continue
        story.append(CondPageBreak(8 * cm))
        story.append(
            heading(
                label(f"kinds_{kind.value}", lang),
                sheet.h1,
                f"section-{kind.value}",
                0,
                toc_level=0,
            )
        )
        for item in items:
            story += compact_entry(item, context, level=1)
    story.append(CondPageBreak(8 * cm))
    story += _index(
        "index_by_country",
        "index-country",
        _group(data.records, lambda item: item.record.countries_of()),
        lambda code: country_name(code, lang) if code else label("without_country", lang),
        context,
        sort_names=True,
    )
    story += _index(
        "index_by_axis",
        "index-axis",
        _group(data.records, lambda item: item.record.axes_of()),
        lambda code: (
            data.vocabularies.label(AXIS, code, lang) if code else label("without_axis", lang)
        ),
        context,
        order=data.vocabularies.codes(AXIS),
    )
    return write_document(
        target,
        story,
        settings,
        title=title,
        subject=f"{label('catalogue_brief', lang)} · {scope}",
        keywords=["LAZOS", "ERISE", label("catalogue_brief", lang)],
        cover=True,
    )


def _group(
    records: tuple[BriefRecord, ...], keys_of: Callable[[BriefRecord], list[str]]
) -> dict[str, list[BriefRecord]]:
    groups: dict[str, list[BriefRecord]] = defaultdict(list)
    for item in records:
        if item.record.kind is Kind.INSTITUTION:
            continue
        for key in keys_of(item) or [""]:
            groups[key].append(item)
    return groups


def _index(
    title_key: str,
    bookmark: str,
    groups: dict[str, list[BriefRecord]],
    name_of: Callable[[str], str],
    context: RenderContext,
    *,
    sort_names: bool = False,
    order: list[str] | None = None,
) -> list[Flowable]:
    sheet = house.styles()
    story: list[Flowable] = [
        heading(label(title_key, context.lang), sheet.h1, bookmark, 0, toc_level=0)
    ]
    keys = list(groups)
    if order is not None:
        rank = {code: position for position, code in enumerate(order)}
        keys.sort(key=lambda code: (code == "", rank.get(code, len(rank)), code))
    elif sort_names:
        keys.sort(key=lambda code: (code == "", sort_key(name_of(code))))
    for key in keys:
        items = groups[key]
        references = ", ".join(
            context.reference(item.record.id, item.record.code) for item in items
        )
        story.append(
            Paragraph(
                f"<b>{markup.text(name_of(key))}</b> "
                f'<font color="{house.MUTED_HEX}">({len(items)})</font><br/>{references}',
                sheet.index_entry,
            )
        )
    return story
