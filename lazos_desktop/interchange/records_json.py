"""Records as JSON objects (the catalogue JSON format and the bundle share this shape).

A record is `record_to_dict`: its kind first, then every field, links included. Reading
gives one `RowData` per object, numbered from 1 in the order of the file, so that a problem
names the record as "row N" and the field as its column.
"""

from __future__ import annotations

import uuid
from typing import Any

from lazos_desktop.domain.records import Kind
from lazos_desktop.interchange.file_messages import FileProblem
from lazos_desktop.interchange.json_text import duplicate_keys
from lazos_desktop.interchange.row_records import RowData


def rows_from_objects(items: Any, file: str, kind: Kind | None = None) -> list[RowData]:
    """RowData for each object; an object of unknown kind becomes a row with a problem."""
    found: list[RowData] = []
    if not isinstance(items, list):
        items = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            row = RowData(file, number, kind or Kind.PRACTICE, {})
            row.problems.append(
                FileProblem(
                    file, "invalid_value", {"field": "record", "detail": str(item)[:80]}, number
                )
            )
            found.append(row)
            continue
        try:
            item_kind = Kind(item.get("kind") or (kind.value if kind else ""))
        except ValueError:
            row = RowData(file, number, kind or Kind.PRACTICE, {})
            row.problems.append(FileProblem(file, "unknown_kind", {}, number, "kind"))
            found.append(row)
            continue
        data = {key: value for key, value in item.items() if key != "kind"}
        columns = {key: key for key in data}
        row = RowData(file, number, item_kind, data, columns)
        _check_id(row)
        for where in duplicate_keys(item):
            row.problems.append(
                FileProblem(file, "json_duplicate_key", {"value": where[:80]}, number, where[:80])
            )
        found.append(row)
    return found


def _check_id(row: RowData) -> None:
    """An id is a UUID in text or absent: merging looks records up by it (a number or an
    object there once reached the store's lookup and failed with TypeError)."""
    value = row.data.get("id")
    if value in ("", None):
        row.data.pop("id", None)
        return
    try:
        row.data["id"] = str(uuid.UUID(value)) if isinstance(value, str) else ""
    except ValueError:
        row.data["id"] = ""
    if not row.data["id"]:
        row.data.pop("id")
        row.problems.append(
            FileProblem(row.file, "bad_id", {"value": str(value)[:80]}, row.row, "id")
        )
