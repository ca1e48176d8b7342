"""Imports written as one batch, and the record needed to undo them.

New records go in through the bulk path of `bulk_insert`; updates rewrite rows with
`executemany`. What the batch created, the prior state of what it updated, the links it
added and the sync stamps it moved are kept, so the last import can be undone as one step.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.attachments import Attachment
from lazos_desktop.domain.records import (
    Institution,
    Kind,
    Record,
    now_utc,
    record_to_dict,
)
from lazos_desktop.domain.validation import Problem, RecordInvalid
from lazos_desktop.store import attachments as stored_attachments
from lazos_desktop.store.attachments import CarriedDocument
from lazos_desktop.store.bulk_insert import index_records, insert_records
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.errors import CatalogueError
from lazos_desktop.store.rows import record_row, row_record

_CHUNK = 500
_UNSTAMPED = {"updated_at", "updated_by", "created_at", "links", "code"}


class NothingToUndo(CatalogueError):
    exit_code = 1


class UndoRefused(CatalogueError):
    exit_code = 1


@dataclass
class ImportWrite:
    """Everything one import writes; records carry the stamps they should keep."""

    created: list[Record] = field(default_factory=list)
    updated: list[tuple[Record, Record]] = field(default_factory=list)  # (before, after)
    links: list[tuple[str, str]] = field(default_factory=list)
    synced: dict[str, str] = field(default_factory=dict)  # record id -> stamp both sides hold
    files: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    backup: str = ""
    # Documents carried by the files, merged by content: one a record already holds with
    # the same sha256 is not added again.
    attachments: Sequence[CarriedDocument] = field(default_factory=list)


@dataclass(frozen=True)
class WrittenBatch:
    batch: int
    created: list[Record]
    updated: list[Record]
    links: list[tuple[str, str]]
    attachments: list[Attachment] = field(default_factory=list)


@dataclass(frozen=True)
class UndoneBatch:
    batch: int
    removed: list[Record]
    restored: list[Record]
    unlinked: list[tuple[str, str]]


# Reading what a merge plan needs ----------------------------------------------------------


def records_by_id(store: Store, ids: Iterable[str]) -> dict[str, Record]:
    """The catalogue's records among `ids`, with their links, a few queries for all."""
    wanted = list(dict.fromkeys(ids))
    rows: list[tuple[str, str, str]] = []
    for chunk in _chunks(wanted):
        marks = ", ".join("?" for _ in chunk)
        rows += store.db.execute(
            f"SELECT id, kind, data FROM records WHERE id IN ({marks})", chunk
        ).fetchall()
    links = _links_of(store, [row[0] for row in rows])
    return {row[0]: row_record(row[1], row[2], sorted(links.get(row[0], ()))) for row in rows}


def sync_stamps(store: Store, ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" for _ in chunk)
        found.update(
            store.db.execute(
                f"SELECT record_id, stamp FROM record_sync WHERE record_id IN ({marks})", chunk
            ).fetchall()
        )
    return found


def set_sync_stamps(store: Store, stamps: dict[str, str]) -> None:
    """Remember that the catalogue and a file matched at these stamps (done by exports)."""
    with store.transaction():
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO record_sync (record_id, stamp) VALUES (?, ?)",
            list(stamps.items()),
        )


def titles_of_kind(store: Store, kind: str) -> list[tuple[str, str, str, str, list[str]]]:
    """(id, code, title, folded title, countries) of every record of a kind: for duplicates."""
    rows = store.db.execute(
        "SELECT id, code, title, title_key, countries FROM records WHERE kind = ?", [kind]
    ).fetchall()
    return [(row[0], row[1], row[2], row[3], row[4].split()) for row in rows]


def institutions(store: Store) -> list[Institution]:
    found = [record for record in store.iter_records(Kind.INSTITUTION.value)]
    return [record for record in found if isinstance(record, Institution)]


def record_ref(store: Store, ref: str) -> str | None:
    """The id of the record with this id or code, or None."""
    row = store.db.execute(
        "SELECT id FROM records WHERE id = ? OR code = ?", [ref.strip(), ref.strip().upper()]
    ).fetchone()
    return row[0] if row else None


# Writing an import ------------------------------------------------------------------------


def write_import(store: Store, plan: ImportWrite, who: str) -> WrittenBatch:
    """Write the whole import in one transaction and record it as the last batch."""
    with store.transaction():
        opened = begin_batch(store, plan.files, plan.backup, who)
        done = write_part(store, opened, plan)
        end_batch(store, opened, plan.summary)
    return done


@dataclass(frozen=True)
class OpenBatch:
    """An import being written, a part at a time, inside the caller's one transaction."""

    batch: int
    at: str
    who: str


def begin_batch(store: Store, files: list[str], backup: str, who: str) -> OpenBatch:
    """The batch row of an import about to be written (inside the caller's transaction)."""
    at = now_utc()
    cursor = store.db.execute(
        "INSERT INTO import_batches (at, who, files, summary, backup) VALUES (?, ?, ?, ?, ?)",
        [at, who, json.dumps(files, ensure_ascii=False), "{}", backup],
    )
    return OpenBatch(int(cursor.lastrowid or 0), at, who)


def write_part(store: Store, opened: OpenBatch, plan: ImportWrite) -> WrittenBatch:
    """Write one part of an import: its records, links, documents and what undoing needs.

    A long file is written a chunk of rows at a time, each a part, all in one transaction;
    the result holds only this part's records, so nothing grows with the file.
    """
    db = store.db
    batch, at, who = opened.batch, opened.at, opened.who
    first_history = db.execute("SELECT coalesce(max(h), 0) FROM history").fetchone()[0]
    previous_sync = sync_stamps(store, plan.synced)
    created = _insert_records(store, plan.created, who, (batch, at))
    updated = _update_records(store, plan.updated, who, at)
    links = _insert_links(store, plan.links)
    attached = _write_attachments(store, plan.attachments, who, batch)
    items: list[tuple[Any, ...]] = []
    for record in created:
        items.append((batch, record.id, "created", None, record.updated_at, None))
    for (before, _), after in zip(plan.updated, updated, strict=True):
        items.append(
            (
                batch,
                after.id,
                "updated",
                _dumps(record_to_dict(before)),
                after.updated_at,
                previous_sync.get(after.id),
            )
        )
    touched = {item[1] for item in items}
    for record_id in plan.synced:
        if record_id not in touched:
            items.append((batch, record_id, "synced", None, "", previous_sync.get(record_id)))
    db.conn.executemany(
        "INSERT INTO import_batch_items "
        "(batch, record_id, action, before, after_stamp, sync_before) VALUES (?, ?, ?, ?, ?, ?)",
        items,
    )
    db.conn.executemany(
        "INSERT INTO import_batch_links (batch, a, b) VALUES (?, ?, ?)",
        [(batch, a, b) for a, b in links],
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO record_sync (record_id, stamp) VALUES (?, ?)",
        list(plan.synced.items()),
    )
    # The created records' own history rows were written credited; the attachments' rows
    # of a created record were not (rare: one pass over all rows then, as before).
    credited = [*created, *updated] if attached else updated
    _credit_authors(store, batch, first_history, credited, who, at)
    return WrittenBatch(batch, created, updated, links, attached)


def end_batch(store: Store, opened: OpenBatch, summary: dict[str, Any]) -> None:
    """The batch's summary and the last history row it wrote (for undo), once all is in."""
    store.db.execute(
        "UPDATE import_batches SET summary = ?, "
        "last_history = (SELECT coalesce(max(h), 0) FROM history) WHERE batch = ?",
        [json.dumps(summary, ensure_ascii=False), opened.batch],
    )


def existing_ids(store: Store, ids: Iterable[str]) -> set[str]:
    """Those of `ids` the catalogue holds (links wait for both their ends)."""
    return set(_numbers(store, list(ids)))


def _credit_authors(
    store: Store, batch: int, after_h: int, records: Sequence[Record], who: str, at: str
) -> None:
    """The history rows this import wrote: the author and time the file gave each change
    (the importer and now when the file said neither), and the batch that brought it."""
    store.db.conn.executemany(
        "UPDATE history SET at = ?, who = ?, batch = ? WHERE h > ? AND record_id = ?",
        [
            (record.updated_at or at, record.updated_by or who, batch, after_h, record.id)
            for record in records
        ],
    )


def last_batch(store: Store) -> dict[str, Any] | None:
    """The last import not yet undone: its number, stamp, files and summary."""
    row = store.db.execute(
        "SELECT batch, at, who, files, summary, backup, last_history FROM import_batches "
        "WHERE undone_at IS NULL ORDER BY batch DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return {
        "batch": row[0],
        "at": row[1],
        "who": row[2],
        "files": json.loads(row[3]),
        "summary": json.loads(row[4]),
        "backup": row[5],
        "last_history": row[6],
    }


def undo_last_import(store: Store, who: str, batch: int | None = None) -> UndoneBatch:
    """Remove what the last import created, put back what it updated, unlink what it linked.

    Refused when a record the import touched was changed since, so that undoing never
    throws away later work; and, when `batch` names the import meant (the window's undo
    step), when that import is no longer the last one.
    """
    last = last_batch(store)
    if last is None:
        raise NothingToUndo("nothing_to_undo", store.path)
    if batch is not None and last["batch"] != batch:
        raise UndoRefused("undo_not_last", store.path)
    batch = last["batch"]
    with store.transaction():
        db = store.db
        items = db.execute(
            "SELECT record_id, action, before, after_stamp, sync_before FROM import_batch_items "
            "WHERE batch = ?",
            [batch],
        ).fetchall()
        touched = [item[0] for item in items if item[1] != "synced"]
        for chunk in _chunks(touched):
            marks = ", ".join("?" for _ in chunk)
            later = db.execute(
                f"SELECT record_id FROM history WHERE h > ? AND record_id IN ({marks}) LIMIT 1",
                [last["last_history"], *chunk],
            ).fetchone()
            if later is not None:
                raise UndoRefused("undo_changed_since", store.path, ref=_code_of(store, later[0]))
        current = set(_numbers(store, touched))
        attached = [
            row[0]
            for row in db.execute(
                "SELECT attachment_id FROM import_batch_attachments WHERE batch = ?", [batch]
            )
        ]
        stored_attachments.remove_ids(store, attached, who)
        links = db.execute(
            "SELECT a, b FROM import_batch_links WHERE batch = ?", [batch]
        ).fetchall()
        db.conn.executemany("DELETE FROM links WHERE a = ? AND b = ?", links)
        removed_ids = [item[0] for item in items if item[1] == "created" and item[0] in current]
        removed = list(records_by_id(store, removed_ids).values())
        # The search index drops their rows by itself (triggers of migration 8).
        db.conn.executemany("DELETE FROM records WHERE id = ?", [(i,) for i in removed_ids])
        restored: list[Record] = []
        for _, action, before, _, _ in items:
            if action == "updated" and before:
                data = json.loads(before)
                restored.append(row_record(data.pop("kind"), json.dumps(data), []))
        _rewrite(store, restored)
        for record_id, _, _, _, sync_before in items:
            if sync_before is None:
                db.execute("DELETE FROM record_sync WHERE record_id = ?", [record_id])
            else:
                db.execute(
                    "INSERT OR REPLACE INTO record_sync (record_id, stamp) VALUES (?, ?)",
                    [record_id, sync_before],
                )
        at = now_utc()
        history = [_history_row(at, who, r, "delete", "", record_to_dict(r), None) for r in removed]
        history += [_history_row(at, who, r, "undo_import", "", None, r.title) for r in restored]
        _write_history(store, history)
        db.execute("UPDATE import_batches SET undone_at = ? WHERE batch = ?", [at, batch])
    return UndoneBatch(batch, removed, restored, [(a, b) for a, b in links])


def batch_source(
    store: Store, batch: int
) -> tuple[list[str], dict[str, Any], list[tuple[str, str]]]:
    """The files, summary and added links of an import, kept after it is undone so that the
    window's redo can write it again."""
    row = store.db.execute(
        "SELECT files, summary FROM import_batches WHERE batch = ?", [batch]
    ).fetchone()
    if row is None:
        raise NothingToUndo("nothing_to_undo", store.path)
    links = store.db.execute("SELECT a, b FROM import_batch_links WHERE batch = ?", [batch])
    return json.loads(row[0]), json.loads(row[1]), [(a, b) for a, b in links.fetchall()]


# Private helpers ------------------------------------------------------------------------


def _write_attachments(
    store: Store, documents: Sequence[CarriedDocument], who: str, batch: int
) -> list[Attachment]:
    written: list[Attachment] = []
    for document in documents:
        item = document.attachment
        record = store.find(item.record_id)
        if record is None or stored_attachments.has_content(store, record.id, item.sha256):
            continue
        added = stored_attachments.write(
            store,
            record,
            item.name,
            item.size,
            document.chunks(),
            who,
            mime=item.mime,
            expected_sha256=item.sha256,
            attachment_id=item.id,
            created_at=item.created_at or None,
            created_by=item.created_by,
            rename_if_taken=True,
        )
        store.db.execute(
            "INSERT INTO import_batch_attachments (batch, attachment_id) VALUES (?, ?)",
            [batch, added.id],
        )
        written.append(added)
    return written


def _insert_records(
    store: Store, records: Sequence[Record], who: str, import_batch: tuple[int, str]
) -> list[Record]:
    if not records:
        return []
    try:
        return insert_records(
            store,
            records,
            who,
            keep_stamps=True,
            check=False,
            links=False,
            import_batch=import_batch,
        )
    except sqlite3.IntegrityError as error:  # a UNIQUE id clash means the plan is stale
        raise RecordInvalid([Problem("id", "import_id_clash")]) from error


def _update_records(
    store: Store, pairs: Sequence[tuple[Record, Record]], who: str, at: str
) -> list[Record]:
    if not pairs:
        return []
    stamped = [
        after.model_copy(update={"code": before.code, "created_at": before.created_at})
        for before, after in pairs
    ]
    history: list[tuple[Any, ...]] = []
    for (before, _), after in zip(pairs, stamped, strict=True):
        old = before.model_dump(mode="json", exclude=_UNSTAMPED)
        new = after.model_dump(mode="json", exclude=_UNSTAMPED)
        for name, value in new.items():
            if old.get(name) != value:
                history.append(_history_row(at, who, after, "update", name, old.get(name), value))
    _rewrite(store, stamped)
    _write_history(store, history)
    return stamped


def _rewrite(store: Store, records: Sequence[Record]) -> None:
    """Replace the rows and index entries of existing records by these states."""
    if not records:
        return
    numbers = _numbers(store, [record.id for record in records])
    db = store.db
    rows = []
    columns: list[str] = []
    for record in records:
        row = record_row(record)
        columns = list(row)
        rows.append((*row.values(), numbers[record.id]))
    assignments = ", ".join(f"{column} = ?" for column in columns)
    db.conn.executemany(f"UPDATE records SET {assignments} WHERE n = ?", rows)
    marks = [(numbers[record.id],) for record in records]
    db.conn.executemany("DELETE FROM record_countries WHERE n = ?", marks)
    db.conn.executemany("DELETE FROM record_axes WHERE n = ?", marks)
    index_records(store, [(numbers[record.id], record) for record in records])


def _insert_links(store: Store, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Insert the links whose both ends exist and that are not there yet; returns those."""
    wanted = {tuple(sorted(pair)) for pair in pairs if pair[0] != pair[1]}
    if not wanted:
        return []
    ends = {end for pair in wanted for end in pair}
    existing_ids = set(_numbers(store, list(ends)))
    existing_links = set(_links_among(store, list(ends)))
    new = sorted(
        (a, b)
        for a, b in wanted
        if a in existing_ids and b in existing_ids and (a, b) not in existing_links
    )
    stamp = now_utc()
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO links (a, b, created_at) VALUES (?, ?, ?)",
        [(a, b, stamp) for a, b in new],
    )
    return new


def _code_of(store: Store, record_id: str) -> str:
    row = store.db.execute("SELECT code FROM records WHERE id = ?", [record_id]).fetchone()
    return row[0] if row else record_id


def _numbers(store: Store, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        found.update(
            store.db.execute(f"SELECT id, n FROM records WHERE id IN ({marks})", chunk).fetchall()
        )
    return found


def _links_of(store: Store, ids: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for a, b in _links_among(store, ids):
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)
    return found


def _links_among(store: Store, ids: list[str]) -> list[tuple[str, str]]:
    rows: set[tuple[str, str]] = set()
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        rows.update(
            store.db.execute(
                f"SELECT a, b FROM links WHERE a IN ({marks}) OR b IN ({marks})", chunk + chunk
            ).fetchall()
        )
    return sorted(rows)


def _history_row(
    at: str, who: str, record: Record, operation: str, name: str, before: Any, after: Any
) -> tuple[Any, ...]:
    return (
        at,
        who,
        record.id,
        record.code,
        record.kind.value,
        operation,
        name,
        None if before is None else _dumps(before),
        None if after is None else _dumps(after),
    )


def _write_history(store: Store, rows: list[tuple[Any, ...]]) -> None:
    store.db.conn.executemany(
        "INSERT INTO history (at, who, record_id, code, kind, operation, field, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


__all__ = [
    "ImportWrite",
    "NothingToUndo",
    "UndoRefused",
    "WrittenBatch",
    "UndoneBatch",
]
