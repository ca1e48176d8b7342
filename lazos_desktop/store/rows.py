"""How a record becomes a row of `records` and a document of the `search` index, and back."""

from __future__ import annotations

import json
from typing import Any

from lazos_desktop.domain.countries import country_names
from lazos_desktop.domain.records import Kind, Record, parse_code, record_from_dict
from lazos_desktop.domain.text import sort_key
from lazos_desktop.domain.vocabularies import AXIS, Vocabularies

# Fields kept in their own columns or tables, not inside the JSON body.
_OUTSIDE_BODY = {"links"}


def record_row(record: Record) -> dict[str, Any]:
    parsed = parse_code(record.code)
    body = record.model_dump(mode="json", exclude=_OUTSIDE_BODY)
    return {
        "id": record.id,
        "kind": record.kind.value,
        "seq": parsed[1] if parsed else 0,
        "code": record.code,
        "title": record.title,
        "title_key": sort_key(record.title),
        "status": record.status_of(),
        "year": record.year_of(),
        "countries": " ".join(record.countries_of()),
        "axes": " ".join(record.axes_of()),
        "synthetic": int(record.synthetic),
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "updated_by": record.updated_by,
        "data": json.dumps(body, ensure_ascii=False, separators=(",", ":")),
    }


def row_record(kind: str, data: str, links: list[str]) -> Record:
    body = json.loads(data)
    body["links"] = links
    return record_from_dict(Kind(kind), body)


def search_document(
    record: Record, vocab: Vocabularies, extra_names: list[str] | None = None
) -> dict[str, str]:
    """Title, free texts, and the names of countries and axes in every language.

    Names go in so that an officer typing "republica dominicana" or "inclusion financiera"
    finds the records coded DO or `inclusion_financiera`.
    """
    facets: list[str] = [record.code]
    for code in record.countries_of():
        facets += [code, *country_names(code)]
    for axis in record.axes_of():
        facets += vocab.all_labels(AXIS, axis)
    facets += extra_names or []
    body = "\n".join(text for text in record.searchable_texts() if text)
    return {"title": record.title, "body": body, "facets": " · ".join(facets)}
