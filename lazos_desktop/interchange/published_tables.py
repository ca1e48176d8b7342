"""The tables of a published catalogue: readable columns in Spanish, for Datasette.

A reader of the published copy is a partner browsing the web, not an officer merging
files: columns carry the Spanish field labels, countries and axes appear by name, related
records by code, and lists are JSON arrays so that Datasette can facet on each element.
No UUIDs, stamps of who edited, history or import bookkeeping; contacts (personal data)
only when asked, in a table of their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Exchange, Institution, Kind, Practice, Record, ToolboxEntry
from lazos_desktop.domain.vocabularies import (
    AXIS,
    INSTITUTION_TYPE,
    MILESTONE_STATUS,
    MODALITY,
    PARTY_ROLE,
    PLATFORM,
    POPULATION_GROUP,
    TERRITORIAL_LEVEL,
    TOOL_TYPE,
    Vocabularies,
)
from lazos_desktop.interchange.headers import field_header
from lazos_desktop.interchange.row_records import STATUS_VOCABULARY

TABLE_NAME = {
    Kind.PRACTICE: "practicas",
    Kind.EXCHANGE: "intercambios",
    Kind.TOOLBOX: "herramientas",
    Kind.INSTITUTION: "instituciones",
}
TABLE_TITLE = {
    Kind.PRACTICE: "Buenas prácticas",
    Kind.EXCHANGE: "Intercambios de cooperación Sur-Sur y triangular",
    Kind.TOOLBOX: "Caja de herramientas para territorios integradores",
    Kind.INSTITUTION: "Instituciones",
}
CONTACTS_TABLE = "contactos"
CODE = field_header("code")
COUNTRIES = field_header("countries")
AXES = field_header("axes")
RELATED = field_header("links")
YES_NO = ("sí", "no")


@dataclass
class PublishedTable:
    """One table: its columns (name, description) in order, rows, search and facets."""

    name: str
    title: str
    description: str
    columns: list[tuple[str, str]]
    rows: list[dict[str, Any]] = field(default_factory=list)
    primary_key: str = CODE
    searchable: list[str] = field(default_factory=list)
    facet_arrays: list[str] = field(default_factory=list)
    facets: list[str] = field(default_factory=list)
    integers: list[str] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]


def tables(
    records: Iterable[Record],
    vocab: Vocabularies,
    codes: Mapping[str, str],
    names: Mapping[str, str],
    *,
    with_contacts: bool = False,
) -> list[PublishedTable]:
    """Every kind's table (empty ones too, so the published file always has the same shape)."""
    built = {kind: _empty(kind) for kind in TABLE_NAME}
    contacts = _contacts_table() if with_contacts else None
    for record in records:
        built[record.kind].rows.append(_row(record, vocab, codes, names))
        if contacts is not None and isinstance(record, Exchange):
            contacts.rows += [
                {
                    "intercambio": record.code,
                    "nombre": contact.name,
                    "organizacion": contact.organisation,
                    "correo": contact.email,
                    "telefono": contact.phone,
                }
                for contact in record.contacts
            ]
    found = list(built.values())
    return found + ([contacts] if contacts is not None else [])


# Columns ---------------------------------------------------------------------------------

_DESCRIPTIONS = {
    "code": "Código del registro en el catálogo (BP-, EX-, TB-, IN-)",
    "title": "Título del registro",
    "countries": "Países (nombres CLDR en español; códigos ISO 3166-1 en la columna ISO)",
    "countries_iso": "Países, códigos ISO 3166-1 alfa-2",
    "axes": "Ejes de la Estrategia Regional de Integración Socioeconómica (ERISE)",
    "links": "Códigos de los registros relacionados",
    "source": "Fuente publicada del registro",
    "updated_at": "Fecha y hora (UTC) de la última modificación",
}


def _columns(kind: Kind) -> list[tuple[str, str]]:
    names: dict[Kind, list[str]] = {
        Kind.PRACTICE: [
            "code", "title", "countries", "countries_iso", "axes", "institutions",
            "population_groups", "year", "status", "summary", "description", "results",
            "lessons_learned", "replicability", "tags", "gender_focus",
        ],
        Kind.EXCHANGE: [
            "code", "title", "modality", "countries", "countries_iso", "parties", "axes",
            "platforms", "status", "start_date", "end_date", "objectives", "agreements",
            "next_steps", "milestones",
        ],
        Kind.TOOLBOX: [
            "code", "title", "tool_type", "territorial_level", "countries", "countries_iso",
            "axes", "audience", "summary", "how_to_use", "link", "year", "status",
        ],
        Kind.INSTITUTION: [
            "code", "title", "acronym", "countries", "countries_iso", "institution_type",
            "website", "summary",
        ],
    }  # fmt: skip
    fields = [*names[kind], "links", "source", "updated_at"]
    return [(_column_name(name), _DESCRIPTIONS.get(name, field_header(name))) for name in fields]


def _column_name(name: str) -> str:
    if name == "countries_iso":
        return f"{COUNTRIES} (ISO)"
    if name == "institutions":
        return field_header("institutions")
    return field_header(name)


def _empty(kind: Kind) -> PublishedTable:
    columns = _columns(kind)
    searchable = [
        name
        for name, _ in columns
        if name not in {CODE, f"{COUNTRIES} (ISO)", RELATED, field_header("updated_at")}
    ]
    return PublishedTable(
        name=TABLE_NAME[kind],
        title=TABLE_TITLE[kind],
        description=_TABLE_DESCRIPTION[kind],
        columns=columns,
        searchable=searchable,
        facet_arrays=[COUNTRIES] + ([AXES] if kind != Kind.INSTITUTION else []),
        facets=[field_header("status")] if kind != Kind.INSTITUTION else [],
        integers=[field_header("year")] if kind in (Kind.PRACTICE, Kind.TOOLBOX) else [],
    )


_TABLE_DESCRIPTION = {
    Kind.PRACTICE: "Buenas prácticas de integración socioeconómica de personas refugiadas y "
    "migrantes, clasificadas por los ejes de la ERISE.",
    Kind.EXCHANGE: "Intercambios bilaterales, triangulares o regionales entre instituciones, con "
    "sus partes (oferente, receptor, facilitador), estado, hitos y próximos pasos.",
    Kind.TOOLBOX: "Herramientas para gobiernos locales de la Caja de Herramientas para "
    "Territorios Integradores.",
    Kind.INSTITUTION: "Instituciones nombradas en prácticas e intercambios.",
}


def _contacts_table() -> PublishedTable:
    return PublishedTable(
        name=CONTACTS_TABLE,
        title="Contactos de los intercambios",
        description="Personas de contacto de cada intercambio (datos personales, publicados "
        "por decisión de la oficina).",
        columns=[
            ("intercambio", "Código del intercambio"),
            ("nombre", "Nombre"),
            ("organizacion", "Organización"),
            ("correo", "Correo electrónico"),
            ("telefono", "Teléfono"),
        ],
        primary_key="",
        searchable=["nombre", "organizacion"],
        facets=["intercambio"],
    )


# Rows ------------------------------------------------------------------------------------


def _row(
    record: Record, vocab: Vocabularies, codes: Mapping[str, str], names: Mapping[str, str]
) -> dict[str, Any]:
    countries = record.countries_of()
    row: dict[str, Any] = {
        CODE: record.code,
        field_header("title"): record.title,
        COUNTRIES: _array(country_name(code, "es") for code in countries),
        f"{COUNTRIES} (ISO)": _array(countries),
    }
    if not isinstance(record, Institution):
        row[AXES] = _array(vocab.label(AXIS, axis, "es") for axis in record.axes_of())
        status = STATUS_VOCABULARY.get(record.kind, "")
        row[field_header("status")] = vocab.label(status, record.status_of(), "es")
    if isinstance(record, Practice):
        row.update(_practice(record, vocab, names))
    elif isinstance(record, Exchange):
        row.update(_exchange(record, vocab, names))
    elif isinstance(record, ToolboxEntry):
        row.update(
            {
                field_header("tool_type"): vocab.label(TOOL_TYPE, record.tool_type, "es"),
                field_header("territorial_level"): vocab.label(
                    TERRITORIAL_LEVEL, record.territorial_level, "es"
                ),
                field_header("audience"): record.audience,
                field_header("summary"): record.summary,
                field_header("how_to_use"): record.how_to_use,
                field_header("link"): record.link,
                field_header("year"): record.year,
            }
        )
    elif isinstance(record, Institution):
        row.update(
            {
                field_header("acronym"): record.acronym,
                field_header("institution_type"): vocab.label(
                    INSTITUTION_TYPE, record.institution_type, "es"
                )
                if record.institution_type
                else "",
                field_header("website"): record.website,
                field_header("summary"): record.summary,
            }
        )
    row[RELATED] = _array(sorted(codes.get(ref, "") for ref in record.links if ref in codes))
    row[field_header("source")] = record.source
    row[field_header("updated_at")] = record.updated_at
    return row


def _practice(record: Practice, vocab: Vocabularies, names: Mapping[str, str]) -> dict[str, Any]:
    return {
        field_header("institutions"): _array(names.get(ref, ref) for ref in record.institutions),
        field_header("population_groups"): _array(
            vocab.label(POPULATION_GROUP, code, "es") for code in record.population_groups
        ),
        field_header("year"): record.year,
        field_header("summary"): record.summary,
        field_header("description"): record.description,
        field_header("results"): record.results,
        field_header("lessons_learned"): record.lessons_learned,
        field_header("replicability"): record.replicability,
        field_header("tags"): _array(record.tags),
        field_header("gender_focus"): YES_NO[0] if record.gender_focus else YES_NO[1],
    }


def _exchange(record: Exchange, vocab: Vocabularies, names: Mapping[str, str]) -> dict[str, Any]:
    parties = [
        " — ".join(
            part
            for part in (
                country_name(party.country, "es"),
                party.institution_name or names.get(party.institution, ""),
                vocab.label(PARTY_ROLE, party.role, "es"),
            )
            if part
        )
        for party in record.parties
    ]
    milestones = [
        " — ".join(
            part
            for part in (
                milestone.date.isoformat() if milestone.date else "",
                milestone.title,
                vocab.label(MILESTONE_STATUS, milestone.status, "es"),
            )
            if part
        )
        for milestone in record.milestones
    ]
    return {
        field_header("modality"): vocab.label(MODALITY, record.modality, "es"),
        field_header("parties"): "\n".join(parties),
        field_header("platforms"): _array(
            vocab.label(PLATFORM, code, "es") for code in record.platforms
        ),
        field_header("start_date"): record.start_date.isoformat() if record.start_date else None,
        field_header("end_date"): record.end_date.isoformat() if record.end_date else None,
        field_header("objectives"): record.objectives,
        field_header("agreements"): record.agreements,
        field_header("next_steps"): record.next_steps,
        field_header("milestones"): "\n".join(milestones),
    }


def _array(values: Iterable[str]) -> str:
    return json.dumps([value for value in values if value], ensure_ascii=False)
