"""The records of another catalogue file, read as data: the way into a clean catalogue.

A file refused for foreign schema objects (or any colleague's catalogue) is opened
read-only with the defensive settings, and only its `records` and `links` tables are read,
as plain rows: reading runs no trigger, and a view standing in for either table is refused.
Each record comes out as the JSON object the catalogue JSON format holds, so the import
checks it like any other file's record before anything is written.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from lazos_desktop.store.connection import refuse_non_file
from lazos_desktop.store.defensive import connect_read_only
from lazos_desktop.store.errors import CatalogueDamaged, NotACatalogue

SUFFIXES = (".sqlite3", ".sqlite", ".db")
MAX_RECORDS = 1_000_000
MAX_BODY = 4 * 1024 * 1024  # one record's JSON body


def is_catalogue_name(path: Path) -> bool:
    """Whether `path` is named as a catalogue file (decided by name: its bytes are not read)."""
    return path.name.lower().endswith(SUFFIXES)


def read_catalogue_records(path: Path) -> list[Any]:
    """Every record of the catalogue at `path` as a JSON object with its links.

    A row whose body is not a JSON object comes out as a short text, which the import
    reports as a refused row naming its number.
    """
    refuse_non_file(path)  # a FIFO named .sqlite3 would keep SQLite waiting for ever
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise CatalogueDamaged("catalogue_unreadable", path, detail=str(error)) from error
    try:
        tables = dict(
            connection.execute(
                "SELECT name, type FROM sqlite_master WHERE name IN ('records', 'links')"
            ).fetchall()
        )
        if tables.get("records") != "table":
            raise NotACatalogue("not_a_catalogue", path)
        links: dict[str, list[str]] = {}
        if tables.get("links") == "table":
            for a, b in connection.execute("SELECT a, b FROM links LIMIT ?", [MAX_RECORDS]):
                links.setdefault(str(a), []).append(str(b))
                links.setdefault(str(b), []).append(str(a))
        items: list[Any] = []
        for number, (kind, body) in enumerate(
            connection.execute(
                "SELECT kind, data FROM records ORDER BY rowid LIMIT ?", [MAX_RECORDS]
            ),
            start=1,
        ):
            items.append(_item(number, kind, body, links))
        return items
    except sqlite3.DatabaseError as error:
        raise CatalogueDamaged("catalogue_unreadable", path, detail=str(error)) from error
    finally:
        connection.close()


def _item(number: int, kind: object, body: object, links: dict[str, list[str]]) -> Any:
    if not isinstance(body, str) or len(body) > MAX_BODY:
        return f"record {number}: unreadable body"
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return f"record {number}: unreadable body"
    if not isinstance(data, dict):
        return f"record {number}: unreadable body"
    data.pop("links", None)
    item: dict[str, Any] = {"kind": kind if isinstance(kind, str) else "", **data}
    item["kind"] = kind if isinstance(kind, str) else ""
    record_id = data.get("id")
    if isinstance(record_id, str) and record_id in links:
        item["links"] = sorted(set(links[record_id]))
    return item
