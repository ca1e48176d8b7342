"""Rendering PDF briefs: gather plain data from the catalogue, hand it to a brief template,
write the file atomically.

`prepare_brief` reads the catalogue (it must run on the thread that opened it);
`write_brief` only lays out pages, so the window can run it in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazos_desktop import briefs
from lazos_desktop.briefs import (
    BriefInput,
    BriefRecord,
    BriefSettings,
    MappedPractices,
    RelatedRecord,
)
from lazos_desktop.briefs.labels import label as brief_label
from lazos_desktop.domain import languages, messages
from lazos_desktop.domain.attachments import Attachment
from lazos_desktop.domain.countries import country_name, is_country
from lazos_desktop.domain.records import Exchange, Kind, Practice, Record, parse_code
from lazos_desktop.domain.text import shorten, sort_key
from lazos_desktop.domain.vocabularies import AXIS
from lazos_desktop.services import brief_logo
from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.store import attachments as stored_attachments
from lazos_desktop.store import output_files
from lazos_desktop.store.queries import RecordQuery

TEMPLATES = tuple(briefs.TEMPLATES)
PAPERS = briefs.PAPERS
LANGUAGES = languages.LANGUAGES
_KIND_ORDER = list(Kind)
MAX_RECORDS = 5000  # a longer brief is no longer something an officer prints

_MESSAGES: dict[str, dict[str, str]] = {
    "unknown_template": {
        "es": "Plantilla desconocida «{value}». Plantillas: {choices}.",
        "en": "Unknown template “{value}”. Templates: {choices}.",
        "pt": "Modelo desconhecido «{value}». Modelos: {choices}.",
    },
    "needs_id": {
        "es": "La ficha de registro necesita al menos un código (--id BP-001).",
        "en": "A record brief needs at least one code (--id BP-001).",
        "pt": "A ficha de registro precisa de ao menos um código (--id BP-001).",
    },
    "needs_country": {
        "es": "La ficha de país necesita un país (--country PE).",
        "en": "A country brief needs a country (--country PE).",
        "pt": "A ficha de país precisa de um país (--country PE).",
    },
    "needs_axis": {
        "es": "La ficha temática necesita un eje (--axis formacion).",
        "en": "A thematic brief needs an axis (--axis formacion).",
        "pt": "A ficha temática precisa de um eixo (--axis formacion).",
    },
    "unknown_choice": {
        "es": "«{value}» no es válido. Opciones: {choices}.",
        "en": "“{value}” is not valid. Choices: {choices}.",
        "pt": "«{value}» não é válido. Opções: {choices}.",
    },
    "nothing_selected": {
        "es": "No hay registros que incluir en el informe.",
        "en": "There are no records to include in the brief.",
        "pt": "Não há registros para incluir no relatório.",
    },
    "too_many": {
        "es": "El informe tendría {count} registros (máximo {limit}). Filtre por país, eje o búsqueda.",
        "en": "The brief would hold {count} records (at most {limit}). Filter by country, axis or search.",
        "pt": "O relatório teria {count} registros (no máximo {limit}). Filtre por país, eixo ou busca.",
    },
}


# Characters of a title, meeting or officer name given for a brief; longer ones are cut
# with an ellipsis (a 100,000-character title was laid out for more than 15 minutes, and a
# 1,000-character meeting name did not fit the cover's frame).
MAX_HEADING = 160
MAX_NOTES = 4000  # participants and agenda: a page of text at most


class BriefRequestInvalid(ValueError):
    """A brief that cannot be made as asked (a usage error: exit status 2)."""

    exit_code = 2

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "es") -> str:
        if self.key not in _MESSAGES:  # shared wording (unknown country or axis)
            return messages.render(self.key, lang, **self.params)
        return languages.render(_MESSAGES, self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("es")


@dataclass(frozen=True)
class BriefRequest:
    """What the officer asked for, from the command line or the window."""

    template: str
    ids: tuple[str, ...] = ()
    country: str | None = None
    axis: str | None = None
    query: RecordQuery | None = None
    lang: str = "es"
    paper: str = "a4"
    officer: str = ""
    title: str = ""
    meeting: str = ""
    generated: dt.date = field(default_factory=dt.date.today)
    meeting_date: dt.date | None = None
    place: str = ""
    participants: str = ""
    agenda: str = ""
    with_related: bool = False  # the records given and every record linked to them
    with_contacts: bool = False  # focal points are personal data: printed only when chosen


@dataclass(frozen=True)
class BriefResult:
    path: Path
    pages: int
    records: int
    synthetic: int


def render_brief(
    catalogue: Catalogue,
    template: str,
    out_path: Path | str,
    ids: tuple[str, ...] | list[str] = (),
    country: str | None = None,
    axis: str | None = None,
    query: RecordQuery | None = None,
    lang: str = "es",
    paper: str = "a4",
    officer: str = "",
    meeting: str = "",
    title: str = "",
    **options: Any,
) -> BriefResult:
    """Gather the records of `template`'s scope and write the brief to `out_path` atomically.

    `options` are the other fields of `BriefRequest` (meeting date, place, participants,
    agenda, with_related, with_contacts). A path ending in `.docx` writes a Word copy.
    """
    request = BriefRequest(
        template=template,
        ids=tuple(ids),
        country=country,
        axis=axis,
        query=query,
        lang=lang,
        paper=paper,
        officer=officer or catalogue.officer,
        title=title,
        meeting=meeting,
        **options,
    )
    return write_brief(prepare_brief(catalogue, request), Path(out_path))


def prepare_brief(catalogue: Catalogue, request: BriefRequest) -> BriefInput:
    """Everything the brief shows, read from the catalogue as plain data."""
    _check(catalogue, request)
    template = request.template
    settings = BriefSettings(
        lang=request.lang,
        paper=request.paper,
        officer=shorten(request.officer, MAX_HEADING),
        title=shorten(request.title, MAX_HEADING),
        generated=request.generated,
        logo_png=brief_logo.logo(catalogue),
    )
    vocabularies = catalogue.vocabularies()
    if template == "record":
        records = [catalogue.get(ref) for ref in dict.fromkeys(request.ids)]
    else:
        records = _records_in_scope(catalogue, request)
    if not records and template in {"record", "pack"}:
        raise BriefRequestInvalid("nothing_selected")
    with_related = template in {"record", "pack"}
    documents = stored_attachments.list_for_many(catalogue.store, [r.id for r in records])
    items = tuple(
        _brief_record(catalogue, record, with_related, documents.get(record.id, []))
        for record in records
    )
    practices = [item.record for item in items if item.record.kind is Kind.PRACTICE]
    counts = Counter(axis for record in practices for axis in record.axes_of())
    return BriefInput(
        template=template,
        records=items,
        vocabularies=vocabularies,
        settings=settings,
        country=request.country.upper() if request.country else None,
        axis=request.axis.lower() if request.axis else None,
        meeting=shorten(request.meeting, MAX_HEADING),
        meeting_date=request.meeting_date,
        place=shorten(request.place, MAX_HEADING),
        participants=request.participants[:MAX_NOTES],
        agenda=request.agenda[:MAX_NOTES],
        with_contacts=request.with_contacts,
        scope=_scope_text(catalogue, request),
        counts_by_axis=dict(counts),
        coverage=catalogue.store.coverage() if template == "theme" else {},
        mapped=_mapped(catalogue) if template == "catalogue" and not _filtered(request) else None,
    )


def write_brief(data: BriefInput, out_path: Path) -> BriefResult:
    """Lay out the brief into a temporary file beside `out_path`, then rename it into place,
    so an error never leaves a half-written PDF behind. A `.docx` path gets the editable
    Word copy (its page count is 0: Word lays the pages out)."""
    out_path = Path(out_path)
    pages = output_files.write_atomically(
        out_path, lambda temporary: _render(data, temporary, out_path)
    )
    return BriefResult(out_path, pages, len(data.records), data.synthetic_count)


def _render(data: BriefInput, temporary: Path, out_path: Path) -> int:
    if out_path.suffix.lower() == ".docx":
        from lazos_desktop.briefs import word_copy  # python-docx loads only for Word copies

        return word_copy.render(data, temporary)
    return briefs.render(data, temporary)


def _check(catalogue: Catalogue, request: BriefRequest) -> None:
    if request.template not in TEMPLATES:
        raise BriefRequestInvalid(
            "unknown_template", value=request.template, choices=", ".join(TEMPLATES)
        )
    if request.lang not in LANGUAGES:
        raise BriefRequestInvalid(
            "unknown_choice", value=request.lang, choices=", ".join(LANGUAGES)
        )
    if request.paper not in PAPERS:
        raise BriefRequestInvalid("unknown_choice", value=request.paper, choices=", ".join(PAPERS))
    if request.template == "record" and not request.ids:
        raise BriefRequestInvalid("needs_id")
    if request.template == "country" and not request.country:
        raise BriefRequestInvalid("needs_country")
    if request.template == "theme" and not request.axis:
        raise BriefRequestInvalid("needs_axis")
    if request.country and not is_country(request.country):
        raise BriefRequestInvalid("unknown_country", value=request.country)
    vocabularies = catalogue.vocabularies()
    if request.axis and not vocabularies.has(AXIS, request.axis.lower()):
        raise BriefRequestInvalid(
            "unknown_axis", value=request.axis, choices=", ".join(vocabularies.codes(AXIS))
        )


def _records_in_scope(catalogue: Catalogue, request: BriefRequest) -> list[Record]:
    if request.template == "pack" and request.ids:
        chosen = [catalogue.get(ref) for ref in dict.fromkeys(request.ids)]
        if not request.with_related:
            return chosen
        wanted = list(dict.fromkeys([r.id for r in chosen] + [i for r in chosen for i in r.links]))
        if len(wanted) > MAX_RECORDS:
            raise BriefRequestInvalid("too_many", count=len(wanted), limit=MAX_RECORDS)
        found = {record_id: catalogue.get(record_id) for record_id in wanted}
        related = sorted((found[i] for i in wanted[len(chosen) :]), key=_reading_order)
        return chosen + related
    query = request.query or RecordQuery()
    query = RecordQuery(
        kind=query.kind,
        text=query.text,
        country=request.country or query.country,
        axis=(request.axis.lower() if request.axis else None) or query.axis,
        status=query.status,
        year_from=query.year_from,
        year_to=query.year_to,
        synthetic=query.synthetic,
        ids=query.ids,
        sort=query.sort,
        descending=query.descending,
    )
    if request.template in {"country", "theme"}:
        query = RecordQuery(country=query.country, axis=query.axis, sort="code")
    total = catalogue.count(query)
    if total > MAX_RECORDS:
        raise BriefRequestInvalid("too_many", count=total, limit=MAX_RECORDS)
    rows = catalogue.query(query).rows
    records = [catalogue.get(row.id) for row in rows]
    if request.query is None or request.query.sort == "code":
        records.sort(key=_reading_order)
    return records


def _reading_order(record: Record) -> tuple[int, int, str]:
    """Practices, exchanges, toolbox entries, institutions; each in code order."""
    parsed = parse_code(record.code)
    return (_KIND_ORDER.index(record.kind), parsed[1] if parsed else 0, record.code)


def _brief_record(
    catalogue: Catalogue, record: Record, with_related: bool, documents: list[Attachment]
) -> BriefRecord:
    related: tuple[RelatedRecord, ...] = ()
    if with_related and record.links:
        related = tuple(
            RelatedRecord(row.id, row.code, row.kind, row.title, row.synthetic)
            for row in catalogue.linked(record.id)
        )
    wanted: list[str] = []
    if isinstance(record, Practice):
        wanted = list(record.institutions)
    elif isinstance(record, Exchange):
        wanted = [party.institution for party in record.parties if party.institution]
        wanted += [m.institution for m in record.milestones]
        wanted += [t.institution for t in record.tasks]
    if isinstance(record, Practice | Exchange):
        wanted += [ref for activity in record.activities for ref in activity.institutions]
    wanted = [ref for ref in dict.fromkeys(wanted) if ref]
    names = catalogue.store.institution_names(wanted) if wanted else {}
    return BriefRecord(record, related, names, tuple(item.name for item in documents))


def _filtered(request: BriefRequest) -> bool:
    query = request.query
    has_query = query is not None and query != RecordQuery(
        sort=query.sort, descending=query.descending
    )
    return bool(request.country or request.axis or request.ids or has_query)


def _scope_text(catalogue: Catalogue, request: BriefRequest) -> str:
    """The filter in words ("Perú · Inclusión financiera · búsqueda «crédito»")."""
    if request.template == "pack" and request.ids and request.with_related:
        codes = ", ".join(catalogue.get(ref).code for ref in dict.fromkeys(request.ids))
        return brief_label("with_related_scope", request.lang, code=codes)
    if request.template not in {"catalogue", "pack"} or request.ids:
        return ""
    parts: list[str] = []
    query = request.query or RecordQuery()
    country = request.country or query.country
    axis = request.axis or query.axis
    if country:
        parts.append(country_name(country.upper(), request.lang))
    if axis:
        parts.append(catalogue.vocabularies().label(AXIS, axis.lower(), request.lang))
    if query.kind:
        parts.append(brief_label(f"kinds_{query.kind}", request.lang))
    if query.text.strip():
        parts.append(brief_label("filter_text", request.lang, text=query.text.strip()))
    return " · ".join(parts)


def _mapped(catalogue: Catalogue) -> MappedPractices | None:
    mapped = catalogue.store.meta("mapped_practices_total")
    countries = catalogue.store.meta("mapped_practices_countries")
    if not (mapped.isdigit() and countries.isdigit()):
        return None
    held = catalogue.count(RecordQuery(kind=Kind.PRACTICE.value, synthetic=False))
    return MappedPractices(int(mapped), int(countries), held)


@dataclass(frozen=True)
class BriefChoices:
    """What the window offers: countries that have records and the axes, labelled."""

    countries: list[tuple[str, str]]
    axes: list[tuple[str, str]]


def brief_choices(catalogue: Catalogue, lang: str = "es") -> BriefChoices:
    vocabularies = catalogue.vocabularies()
    countries = sorted(
        ((code, country_name(code, lang)) for code in catalogue.store.counts_by_country()),
        key=lambda pair: sort_key(pair[1]),
    )
    axes = [(code, vocabularies.label(AXIS, code, lang)) for code in vocabularies.codes(AXIS)]
    return BriefChoices(countries, axes)


def save_copy(source: Path, target: Path) -> Path:
    """Copy a rendered brief to where the officer chose, atomically like `write_brief`."""
    target = Path(target)
    output_files.write_atomically(target, lambda temporary: shutil.copyfile(source, temporary))
    return target
