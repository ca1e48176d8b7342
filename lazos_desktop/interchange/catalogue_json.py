"""The catalogue JSON format, version 2 (1 had free-text next steps): one document, every record with its links.

```
{"format": "lazos-catalogue", "version": 2, "producer": "LAZOS Desktop 0.1.0",
 "exported_at": "2026-01-31T12:00:00Z", "counts": {"practice": 3, ...},
 "records": [{"kind": "practice", "id": "…uuid…", "code": "BP-001", "title": "…", …}]}
```

Its JSON Schema (generated from the domain records by `json_schema.catalogue_schema`) ships
as `resources/schema/lazos-catalogue.schema.json`. Readers accept any version up to
`VERSION`; a newer file is refused with a message asking to update the program.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lazos_desktop import __version__
from lazos_desktop.domain.records import Kind, Record, now_utc, record_to_dict
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.json_text import check_format_version, load_json
from lazos_desktop.interchange.limits import MAX_TABLE_FILE, read_bounded
from lazos_desktop.interchange.records_json import rows_from_objects
from lazos_desktop.interchange.row_records import RowData
from lazos_desktop.interchange.tables import Table, bounded_cells, check_row_count

FORMAT = "lazos-catalogue"
VERSION = 2
PRODUCER = f"LAZOS Desktop {__version__}"


CONTACTS_INCLUDED = "included"
CONTACTS_LEFT_OUT = "left_out"


def catalogue_document(records: Iterable[Record], *, with_contacts: bool = True) -> dict[str, Any]:
    """The document; without contacts, records carry no `contacts` key and the file says so."""
    items = [record_to_dict(record, with_contacts=with_contacts) for record in records]
    counts = {kind.value: 0 for kind in Kind}
    for item in items:
        counts[item["kind"]] += 1
    return {
        "format": FORMAT,
        "version": VERSION,
        "producer": PRODUCER,
        "exported_at": now_utc(),
        "counts": counts,
        "contacts": CONTACTS_INCLUDED if with_contacts else CONTACTS_LEFT_OUT,
        "records": items,
    }


def write_json(path: Path, records: Iterable[Record], *, with_contacts: bool = True) -> int:
    document = catalogue_document(records, with_contacts=with_contacts)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return len(document["records"])


def read_json(path: Path, name: str | None = None) -> list[RowData] | Table:
    """Rows of a catalogue JSON file or of a bare list of records; or, for a list of flat
    objects none of which says its kind (another tool's export: a form, a spreadsheet
    add-on), a table whose headers are their keys, read like a sheet."""
    display = name or path.name
    document = load_json(read_bounded(path, MAX_TABLE_FILE, display), display)
    items = document.get("records") if isinstance(document, dict) else document
    if isinstance(items, list):
        check_row_count(len(items), display)
    if isinstance(document, list):
        table = foreign_table(document, display)
        return table if table is not None else rows_from_objects(document, display)
    if not isinstance(document, dict) or "records" not in document:
        raise FileRefused(FileProblem(display, "not_catalogue_json", {"detail": "records"}))
    repeated = getattr(document, "duplicates", ())
    if repeated:  # two "records" lists, two versions: which one the officer meant is unknown
        raise FileRefused(FileProblem(display, "json_duplicate_key", {"value": repeated[0]}))
    check_format_version(document.get("version", 1), VERSION, display)
    if not isinstance(document["records"], list):
        raise FileRefused(FileProblem(display, "json_records_not_list"))
    rows = rows_from_objects(document["records"], display)
    if document.get("contacts") == CONTACTS_LEFT_OUT:
        for row in rows:
            row.data.pop("contacts", None)
    return rows


def foreign_table(items: list[Any], display: str) -> Table | None:
    """A table of a list of objects without "kind": a key per column in the order first
    seen, a row per object numbered by its position; lists of plain values become one item
    per line. None when an object says its kind, or an item is not an object."""
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    if any("kind" in item for item in items):
        return None
    headers = list(dict.fromkeys(str(key) for item in items for key in item))
    table = Table(display, bounded_cells(headers, display, 1))  # a million keys: refused
    for number, item in enumerate(items, start=1):
        table.rows.append([_cell(item.get(key)) for key in headers])
        table.numbers.append(number)
    return table


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "\n".join(str(_cell(part)) for part in value if part not in (None, ""))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value
