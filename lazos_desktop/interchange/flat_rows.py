"""Records as rows of cells for spreadsheets, in the officer's language, readable back.

Countries are written by name and vocabulary codes by label in the chosen language; the
reader accepts names and labels in any of the three languages, so a sheet exported here
and edited by hand imports back to the same records. Parties, milestones, tasks,
activities and contacts take one line per item with their parts separated by " | "; lists
inside a part (an activity's institutions and participants) are separated by "; ".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.domain.vocabularies import (
    ACTIVITY_TYPE,
    MILESTONE_STATUS,
    PARTY_ROLE,
    TASK_STATUS,
    Vocabularies,
)
from lazos_desktop.interchange import cells
from lazos_desktop.interchange.headers import field_header, kind_fields
from lazos_desktop.interchange.row_records import STATUS_VOCABULARY, VOCABULARY_OF

YES_NO = {"es": ("sí", "no"), "en": ("yes", "no"), "pt": ("sim", "não")}
LIST_JOIN = "; "
ITEM_FIELDS = {"parties", "milestones", "tasks", "activities", "contacts"}


def headers(kind: Kind, lang: str = "es", *, with_contacts: bool = True) -> list[str]:
    return [field_header(name, lang) for name in exported_fields(kind, with_contacts)]


def exported_fields(kind: Kind, with_contacts: bool = True) -> list[str]:
    """The columns of a sheet: without contacts there is no contacts column at all, so the
    sheet imported back leaves the catalogue's focal points as they are."""
    return [name for name in kind_fields(kind) if with_contacts or name != "contacts"]


def rows(
    records: Iterable[Record],
    vocab: Vocabularies,
    institution_names: Mapping[str, str],
    lang: str = "es",
    *,
    with_contacts: bool = True,
) -> Iterable[list[Any]]:
    """Cell values of each record, in the order of `headers(kind)`; text stays as stored."""
    for record in records:
        data = record.model_dump(mode="json")
        yield [
            _cell(record, name, data.get(name), vocab, institution_names, lang)
            for name in exported_fields(record.kind, with_contacts)
        ]


def _cell(
    record: Record,
    name: str,
    value: Any,
    vocab: Vocabularies,
    institution_names: Mapping[str, str],
    lang: str,
) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES_NO.get(lang, YES_NO["es"])[0 if value else 1]
    if name == "countries":
        return LIST_JOIN.join(country_name(code, lang) for code in value)
    if name == "country":
        return country_name(value, lang) if value else ""
    if name == "status":
        return vocab.label(STATUS_VOCABULARY.get(record.kind, ""), value, lang)
    if name in VOCABULARY_OF:
        vocabulary = VOCABULARY_OF[name]
        if isinstance(value, list):
            return LIST_JOIN.join(vocab.label(vocabulary, code, lang) for code in value)
        return vocab.label(vocabulary, value, lang) if value else ""
    if name == "institutions":
        return LIST_JOIN.join(institution_names.get(ref, ref) for ref in value)
    if name in ITEM_FIELDS and isinstance(value, list):
        return "\n".join(_part_line(name, item, vocab, lang) for item in value)
    if isinstance(value, list):
        return LIST_JOIN.join(str(item) for item in value)
    return value


def _part_line(name: str, item: dict[str, Any], vocab: Vocabularies, lang: str) -> str:
    if name == "parties":
        return cells.join_parts(
            [
                country_name(item["country"], lang),
                item.get("institution_name", ""),
                vocab.label(PARTY_ROLE, item.get("role", ""), lang),
                item.get("institution", ""),
            ]
        )
    if name == "milestones":
        return cells.join_parts(
            [
                item.get("date") or "",
                item["title"],
                vocab.label(MILESTONE_STATUS, item.get("status", ""), lang),
                item.get("note", ""),
                item.get("responsible", ""),
                item.get("institution", ""),
                item.get("id", ""),
            ]
        )
    if name == "tasks":
        return cells.join_parts(
            [
                item.get("due") or "",
                item["title"],
                vocab.label(TASK_STATUS, item.get("status", ""), lang),
                item.get("responsible", ""),
                item.get("institution", ""),
                item.get("note", ""),
                item.get("origin", ""),
                item.get("id", ""),
            ]
        )
    if name == "activities":
        return cells.join_parts(
            [
                item.get("date") or "",
                vocab.label(ACTIVITY_TYPE, item.get("type", ""), lang),
                item.get("place", ""),
                LIST_JOIN.join(item.get("institutions", [])),
                LIST_JOIN.join(item.get("participants", [])),
                item.get("summary", ""),
                item.get("decisions", ""),
                item.get("id", ""),
            ]
        )
    return cells.join_parts(
        [
            item["name"],
            item.get("organisation", ""),
            item.get("email", ""),
            item.get("phone", ""),
            item.get("role", ""),
            item.get("language", ""),
            item.get("consent_date") or "",
            item.get("consent_note", ""),
        ]
    )
