"""How a record becomes a row of `records` and a document of the `search` index, and back."""

from __future__ import annotations

import json
from typing import Any

from lazos_desktop.domain.agenda import case_columns
from lazos_desktop.domain.countries import country_names
from lazos_desktop.domain.records import Kind, Record, parse_code, record_from_dict
from lazos_desktop.domain.text import sort_key
from lazos_desktop.domain.vocabularies import AXIS, Vocabularies
from lazos_desktop.store.errors import RecordUnreadable

# Fields kept in their own columns or tables, not inside the JSON body.
_OUTSIDE_BODY = {"links"}

KIND_RANK = {Kind.PRACTICE: 1, Kind.EXCHANGE: 2, Kind.TOOLBOX: 3, Kind.INSTITUTION: 4}
_SEQ_BITS = 40


def row_number(kind: Kind | str, sequence: int) -> int:
    """The row's key in `records` and `search`: kind, then code number.

    Making the rowid follow the code order lets the default listing walk the table and the
    full-text index in order and stop after one page, instead of sorting every match.
    """
    return (KIND_RANK[Kind(kind)] << _SEQ_BITS) | sequence


def kind_range(kind: Kind | str) -> tuple[int, int]:
    low = KIND_RANK[Kind(kind)] << _SEQ_BITS
    return low, low + (1 << _SEQ_BITS) - 1


def code_fits(record: Record) -> bool:
    """Whether a record's code is a well-formed code of its own kind (else it gets a new one)."""
    parsed = parse_code(record.code)
    return parsed is not None and parsed[0] == record.kind and record.code == record.code.upper()


def record_row(record: Record, cited: str = "") -> dict[str, Any]:
    """The row of `records`; `cited` holds the names of the institutions the record cites
    (see `bulk_insert.cited_names`), which its search document carries."""
    parsed = parse_code(record.code)
    sequence = parsed[1] if parsed else 0
    body = record.model_dump(mode="json", exclude=_OUTSIDE_BODY)
    return {
        "n": row_number(record.kind, sequence),
        "id": record.id,
        "kind": record.kind.value,
        "seq": sequence,
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
        **case_columns(record),
        "cited": cited,
        "data": json.dumps(body, ensure_ascii=False, separators=(",", ":")),
    }


def row_record(kind: str, data: str, links: list[str]) -> Record:
    """The record a row stores; `RecordUnreadable` when its body is not one (not JSON,
    nested past Python's recursion limit, or failing the record's own rules): `show` and
    `export` fell to the last guard on such a row."""
    try:
        body = json.loads(data)
        body["links"] = links
        return record_from_dict(Kind(kind), body)
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise RecordUnreadable("record_unreadable", None, detail=first[:200]) from error


def search_document(
    record: Record, vocab: Vocabularies, extra_names: list[str] | None = None
) -> dict[str, str]:
    """Title, free texts, and the names of countries and axes in every language.

    The index does not store this: the view `search_source` (migration 8) derives the same
    words from the row in SQL, and tests hold the two equal. Names go in so that an officer typing "republica dominicana" or "inclusion financiera"
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
