"""HXL: CSV with a row of Humanitarian Exchange Language hashtags under the headers.

Partners who use the humanitarian data standard read a column by its hashtag, not by its
header, so every column carries one from the HXL core dictionary (`#activity`, `#country`,
`#org`, `#sector`, `#status`, `#date`, `#beneficiary`, `#description`, `#meta`) refined by
attributes (`+code`, `+name`, `+impl`, `+offering`, `+start`, and `+i_es`/`+i_en`/`+i_pt`
for the language of a label). Vocabulary labels and country names are written once per
language, because their three languages are known; free text written by the officers is
written once, without a language attribute, because its language is not recorded. Why
each tag was chosen is in `docs/interchange.md`.

Contacts of exchanges are personal data and are never written here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lazos_desktop.domain import languages
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Exchange, Kind, Record
from lazos_desktop.domain.vocabularies import (
    AXIS,
    MILESTONE_STATUS,
    MODALITY,
    PLATFORM,
    POPULATION_GROUP,
    TERRITORIAL_LEVEL,
    TOOL_TYPE,
    Vocabularies,
)
from lazos_desktop.interchange.csv_writer import write_csv
from lazos_desktop.interchange.headers import field_header
from lazos_desktop.interchange.row_records import STATUS_VOCABULARY, VOCABULARY_OF

LANGUAGES = languages.LANGUAGES
JOIN = "; "
HXL_KINDS = (Kind.PRACTICE, Kind.EXCHANGE, Kind.TOOLBOX, Kind.INSTITUTION)
ROLES = ("offering", "receiving", "facilitating")

CODE_WORD = {"es": "código", "en": "code", "pt": "código"}
INSTITUTION_WORD = {"es": "institución", "en": "institution", "pt": "instituição"}
NAME_WORD = {"es": "nombre", "en": "name", "pt": "nome"}
ROLE_WORD = {
    "offering": {"es": "oferente", "en": "offering", "pt": "ofertante"},
    "receiving": {"es": "receptor", "en": "receiving", "pt": "receptor"},
    "facilitating": {"es": "facilitador", "en": "facilitating", "pt": "facilitador"},
}


@dataclass(frozen=True)
class Context:
    """What rows need beyond the record: labels, institution names, codes of linked records."""

    vocab: Vocabularies
    institution_names: Mapping[str, str]
    codes: Mapping[str, str]


Value = Callable[[Record, Context], Any]


@dataclass(frozen=True)
class Column:
    tag: str
    header: Callable[[str], str]
    value: Value


def columns(kind: Kind) -> list[Column]:
    """The columns of a kind's HXL sheet, in the order they are written."""
    return _COLUMNS[kind]()


def hashtags(kind: Kind) -> list[str]:
    return [column.tag for column in columns(kind)]


def write_hxl(
    path: Path,
    kind: Kind,
    records: Iterable[Record],
    context: Context,
    lang: str = "es",
    delimiter: str = ",",
) -> int:
    """One kind's records as HXL CSV: headers in `lang`, then hashtags, then one row each."""
    chosen = columns(kind)
    header = [column.header(lang) for column in chosen]
    tags = [column.tag for column in chosen]

    def rows() -> Iterable[list[Any]]:
        yield tags
        for record in records:
            yield [_cell(column.value(record, context)) for column in chosen]

    # Plain UTF-8: HXL tools read the first header cell as written, a BOM included.
    return write_csv(path, header, rows(), delimiter, encoding="utf-8") - 1


# Columns ---------------------------------------------------------------------------------


def _common_head() -> list[Column]:
    return [
        Column("#activity+code", _label("code"), lambda r, c: r.code),
        Column("#activity+name", _label("title"), lambda r, c: r.title),
    ]


def _common_tail() -> list[Column]:
    return [
        Column("#meta+source", _label("source"), lambda r, c: r.source),
        Column("#meta+related+code", _label("links"), _linked_codes),
        Column("#meta+synthetic", _label("synthetic"), lambda r, c: r.synthetic),
        Column("#meta+id", _label("id"), lambda r, c: r.id),
        Column("#date+updated", _label("updated_at"), lambda r, c: r.updated_at),
    ]


def _practice_columns() -> list[Column]:
    return [
        *_common_head(),
        *_country_columns(),
        *_vocabulary_columns("axes", "#sector+erise", AXIS),
        Column("#org+impl+name", _label("institutions"), _institution_names),
        *_vocabulary_columns("population_groups", "#beneficiary", POPULATION_GROUP),
        Column("#date+year", _label("year"), lambda r, c: getattr(r, "year", None)),
        *_status_columns(),
        Column("#description+summary", _label("summary"), _text("summary")),
        Column("#description+detail", _label("description"), _text("description")),
        Column("#description+results", _label("results"), _text("results")),
        Column("#description+lessons", _label("lessons_learned"), _text("lessons_learned")),
        Column("#description+replicability", _label("replicability"), _text("replicability")),
        Column("#meta+keywords", _label("tags"), lambda r, c: JOIN.join(getattr(r, "tags", []))),
        Column(
            "#meta+gender", _label("gender_focus"), lambda r, c: getattr(r, "gender_focus", False)
        ),
        *_common_tail(),
    ]


def _exchange_columns() -> list[Column]:
    return [
        *_common_head(),
        *_vocabulary_columns("modality", "#activity+type", MODALITY),
        *_country_columns(),
        *[column for role in ROLES for column in _party_columns(role)],
        *_vocabulary_columns("axes", "#sector+erise", AXIS),
        *_vocabulary_columns("platforms", "#org+platform", PLATFORM),
        *_status_columns(),
        Column("#date+start", _label("start_date"), _date("start_date")),
        Column("#date+end", _label("end_date"), _date("end_date")),
        Column("#description+objectives", _label("objectives"), _text("objectives")),
        Column("#description+agreements", _label("agreements"), _text("agreements")),
        Column("#description+next_steps", _label("next_steps"), _text("next_steps")),
        Column("#description+milestones", _label("milestones"), _milestones),
        *_common_tail(),
    ]


def _toolbox_columns() -> list[Column]:
    return [
        *_common_head(),
        *_vocabulary_columns("tool_type", "#meta+type", TOOL_TYPE),
        *_vocabulary_columns("territorial_level", "#meta+level", TERRITORIAL_LEVEL),
        *_country_columns(),
        *_vocabulary_columns("axes", "#sector+erise", AXIS),
        Column("#description+audience", _label("audience"), _text("audience")),
        Column("#description+summary", _label("summary"), _text("summary")),
        Column("#description+how_to_use", _label("how_to_use"), _text("how_to_use")),
        Column("#meta+url", _label("link"), _text("link")),
        Column("#date+year", _label("year"), lambda r, c: getattr(r, "year", None)),
        *_status_columns(),
        *_common_tail(),
    ]


def _institution_columns() -> list[Column]:
    return [
        Column("#org+code", _label("code"), lambda r, c: r.code),
        Column("#org+name", _label("title"), lambda r, c: r.title),
        Column("#org+acronym", _label("acronym"), _text("acronym")),
        *_country_columns(),
        Column("#org+type+code", _coded("institution_type"), _text("institution_type")),
        *_per_language(
            "#org+type+name", "institution_type", lambda lang: _term_label("institution_type", lang)
        ),
        Column("#meta+url", _label("website"), _text("website")),
        Column("#description+summary", _label("summary"), _text("summary")),
        *_common_tail(),
    ]


_COLUMNS: dict[Kind, Callable[[], list[Column]]] = {
    Kind.PRACTICE: _practice_columns,
    Kind.EXCHANGE: _exchange_columns,
    Kind.TOOLBOX: _toolbox_columns,
    Kind.INSTITUTION: _institution_columns,
}


def _per_language(tag: str, name: str, value: Callable[[str], Value]) -> list[Column]:
    """One column per language: `tag+i_xx`, headed by the field and the language."""
    return [
        Column(f"{tag}+i_{language}", _named(name, language), value(language))
        for language in LANGUAGES
    ]


def _country_columns() -> list[Column]:
    def names(lang: str) -> Value:
        return lambda r, c: JOIN.join(country_name(code, lang) for code in r.countries_of())

    return [
        Column("#country+code", _coded("countries"), lambda r, c: JOIN.join(r.countries_of())),
        *_per_language("#country+name", "countries", names),
    ]


def _vocabulary_columns(name: str, tag: str, vocabulary: str) -> list[Column]:
    def codes(record: Record) -> list[str]:
        value = getattr(record, name, [])
        return list(value) if isinstance(value, list) else [value] if value else []

    def labels(lang: str) -> Value:
        return lambda r, c: JOIN.join(c.vocab.label(vocabulary, code, lang) for code in codes(r))

    return [
        Column(f"{tag}+code", _coded(name), lambda r, c: JOIN.join(codes(r))),
        *_per_language(f"{tag}+name", name, labels),
    ]


def _status_columns() -> list[Column]:
    def labels(lang: str) -> Value:
        def value(record: Record, context: Context) -> str:
            vocabulary = STATUS_VOCABULARY.get(record.kind, "")
            return context.vocab.label(vocabulary, record.status_of(), lang)

        return value

    return [
        Column("#status+code", _coded("status"), lambda r, c: r.status_of()),
        *_per_language("#status+name", "status", labels),
    ]


def _party_columns(role: str) -> list[Column]:
    def parties(record: Record) -> list[Any]:
        if not isinstance(record, Exchange):
            return []
        return [party for party in record.parties if party.role == role]

    def org_names(record: Record, context: Context) -> str:
        return JOIN.join(
            party.institution_name
            or context.institution_names.get(party.institution, "")
            or country_name(party.country, "es")
            for party in parties(record)
        )

    def header(word: dict[str, str]) -> Callable[[str], str]:
        return lambda lang: (
            f"{field_header('parties', lang)} — {ROLE_WORD[role][lang]} ({word[lang]})"
        )

    return [
        Column(f"#org+{role}+name", header(INSTITUTION_WORD), org_names),
        Column(
            f"#country+{role}+code",
            header(CODE_WORD),
            lambda r, c: JOIN.join(dict.fromkeys(p.country for p in parties(r))),
        ),
    ]


# Values ----------------------------------------------------------------------------------


def _label(name: str) -> Callable[[str], str]:
    return lambda lang: field_header(name, lang)


def _coded(name: str) -> Callable[[str], str]:
    return lambda lang: f"{field_header(name, lang)} ({CODE_WORD[lang]})"


def _named(name: str, language: str) -> Callable[[str], str]:
    return lambda lang: f"{field_header(name, lang)} ({NAME_WORD[lang]}, {language})"


def _text(name: str) -> Value:
    return lambda record, context: getattr(record, name, "")


def _date(name: str) -> Value:
    def value(record: Record, context: Context) -> str:
        found = getattr(record, name, None)
        return found.isoformat() if found else ""

    return value


def _term_label(name: str, language: str) -> Value:
    def value(record: Record, context: Context) -> str:
        code = getattr(record, name, "")
        return context.vocab.label(VOCABULARY_OF[name], code, language) if code else ""

    return value


def _institution_names(record: Record, context: Context) -> str:
    refs = getattr(record, "institutions", [])
    return JOIN.join(context.institution_names.get(ref, ref) for ref in refs)


def _linked_codes(record: Record, context: Context) -> str:
    return JOIN.join(sorted(context.codes.get(ref, ref) for ref in record.links))


def _milestones(record: Record, context: Context) -> str:
    if not isinstance(record, Exchange):
        return ""
    lines = []
    for milestone in record.milestones:
        status = context.vocab.label(MILESTONE_STATUS, milestone.status, "es")
        when = milestone.date.isoformat() if milestone.date else ""
        lines.append(" | ".join(part for part in (when, milestone.title, status) if part))
    return "\n".join(lines)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
