"""The catalogue file's API: records, links, vocabularies, history, counts and checks.

Every write runs in one transaction that also updates the search index and the history, so
the file is never half-written and the index never drifts from the records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lazos_desktop.domain.records import (
    Kind,
    Record,
    format_code,
    now_utc,
)
from lazos_desktop.domain.validation import Problem, RecordInvalid, validate
from lazos_desktop.domain.vocabularies import AXIS, Term, Vocabularies
from lazos_desktop.store import backups, file_identity, held_files, queries
from lazos_desktop.store.bulk_insert import cited_names, count_inserted, index_records
from lazos_desktop.store.connection import open_database
from lazos_desktop.store.errors import RecordNotFound, as_catalogue_error
from lazos_desktop.store.queries import Page, RecordQuery, Summary
from lazos_desktop.store.rows import code_fits, kind_range, record_row, row_record

if TYPE_CHECKING:
    from sqlite_utils import Database

    from lazos_desktop.store.checks import CheckFinding

_UNSTAMPED = {"updated_at", "updated_by", "created_at"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    h: int
    at: str
    who: str
    record_id: str
    code: str
    kind: str
    operation: str
    field: str
    before: Any
    after: Any
    # Set when the change came by import: `at` and `who` are then the file's own, and these
    # say who imported it, when and from which files.
    imported_at: str = ""
    imported_by: str = ""
    imported_from: tuple[str, ...] = ()


class Store:
    """One open catalogue file. Not shared between threads without the caller's care."""

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = True,
        before_migration: Callable[[Path, int], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.db, self.is_new = open_database(
            self.path, create=create, before_migration=before_migration
        )
        self._held = held_files.hold(self.path)
        self.identity = file_identity.identity_of(self.path)
        self._vocab: Vocabularies | None = None

    def close(self) -> None:
        self.db.close()
        held_files.release(self._held)
        self._held = None

    def forget_cached(self) -> None:
        """Drop what this object caches from the file (after a restore replaced it)."""
        self._vocab = None

    def backup_to(self, target: Path) -> Path:
        """A verified snapshot of this catalogue at `target`, through this connection (which
        stays inside the store: services name a file, never hand a connection about)."""
        return backups.backup_to(self.db, target)

    def restore_from(self, source: Path) -> None:
        """Replace this catalogue's content by the backup `source`, through this connection."""
        backups.restore_into(source, self.db)
        self.forget_cached()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction, begun IMMEDIATE so that it waits for another writer.

        A deferred transaction that reads first cannot wait when another process commits in
        between (SQLite answers "locked" at once rather than retrying), and would compute the
        next free code from a stale snapshot; taking the write lock first avoids both.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise as_catalogue_error(error, self.path) from error
        try:
            yield self.db
            file_identity.refuse_if_moved(self.path, self.identity)
            conn.execute("COMMIT")
        except sqlite3.IntegrityError:
            conn.rollback()
            raise
        except sqlite3.DatabaseError as error:
            conn.rollback()
            raise as_catalogue_error(error, self.path) from error
        except BaseException:
            conn.rollback()
            raise
        file_identity.report_if_moved(self.path, self.identity)

    # Meta and vocabularies -------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def vocabularies(self) -> Vocabularies:
        if self._vocab is None:
            rows = self.db.execute(
                "SELECT vocabulary, code, position, label_es, label_en, label_pt, "
                "description_es, description_en, description_pt, source FROM vocab"
            ).fetchall()
            self._vocab = Vocabularies.from_terms(
                [
                    Term(
                        vocabulary=row[0],
                        code=row[1],
                        position=row[2],
                        labels={"es": row[3], "en": row[4] or row[3], "pt": row[5] or row[3]},
                        descriptions={"es": row[6], "en": row[7], "pt": row[8]},
                        source=row[9],
                    )
                    for row in rows
                ]
            )
        return self._vocab

    def put_terms(self, terms: Iterable[Term]) -> int:
        rows = [
            {
                "vocabulary": term.vocabulary,
                "code": term.code,
                "position": term.position,
                "label_es": term.labels.get("es", term.code),
                "label_en": term.labels.get("en", ""),
                "label_pt": term.labels.get("pt", ""),
                "description_es": term.descriptions.get("es", ""),
                "description_en": term.descriptions.get("en", ""),
                "description_pt": term.descriptions.get("pt", ""),
                "source": term.source,
            }
            for term in terms
        ]
        with self.transaction():
            self.db.table("vocab").upsert_all(rows, pk=("vocabulary", "code"))
        self._vocab = None
        return len(rows)

    # Reading records -------------------------------------------------------------------

    def get(self, ref: str) -> Record:
        """A record by id or by human code (case-insensitive)."""
        row = self.db.execute(
            "SELECT kind, data, id FROM records WHERE id = ? OR code = ?",
            [ref.strip(), ref.strip().upper()],
        ).fetchone()
        if row is None:
            raise RecordNotFound("record_not_found", self.path, ref=ref)
        return row_record(row[0], row[1], self.link_ids(row[2]))

    def find(self, ref: str) -> Record | None:
        try:
            return self.get(ref)
        except RecordNotFound:
            return None

    def exists(self, record_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM records WHERE id = ?", [record_id]).fetchone()
        return row is not None

    def link_ids(self, record_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT b FROM links WHERE a = ? UNION SELECT a FROM links WHERE b = ?",
            [record_id, record_id],
        )
        return sorted(row[0] for row in rows)

    def linked(self, record_id: str) -> list[Summary]:
        ids = tuple(self.link_ids(record_id))
        if not ids:
            return []
        return queries.summaries(self.db, RecordQuery(ids=ids, sort="kind"))

    def iter_records(self, kind: str | None = None, batch: int = 1000) -> Iterator[Record]:
        """Every record (of a kind), in code order, a batch at a time."""
        last = -1
        links = self._all_links()
        while True:
            params: list[Any] = [last]
            sql = "SELECT n, kind, data, id FROM records WHERE n > ?"
            if kind:
                sql += " AND kind = ?"
                params.append(kind)
            rows = self.db.execute(sql + f" ORDER BY n LIMIT {batch}", params).fetchall()
            if not rows:
                return
            for row in rows:
                yield row_record(row[1], row[2], sorted(links.get(row[3], ())))
            last = rows[-1][0]

    def _all_links(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for a, b in self.db.execute("SELECT a, b FROM links"):
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
        return found

    def query(self, query: RecordQuery) -> Page:
        return queries.page(self.db, query)

    def rows(self, query: RecordQuery) -> list[Summary]:
        return queries.summaries(self.db, query)

    def count(self, query: RecordQuery) -> int:
        return queries.count(self.db, query)

    def row_numbers(self, query: RecordQuery) -> list[int]:
        return queries.row_numbers(self.db, query)

    def summaries_for(self, numbers: list[int]) -> list[Summary]:
        return queries.summaries_for(self.db, numbers)

    def id_batches(self, query: RecordQuery, size: int) -> Iterator[list[str]]:
        return queries.id_batches(self.db, query, size)

    def institution_names(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(ids)
        if not wanted:
            return {}
        marks = ", ".join("?" for _ in wanted)
        rows = self.db.execute(
            f"SELECT id, title, data FROM records WHERE kind = 'institution' AND id IN ({marks})",
            wanted,
        )
        names: dict[str, str] = {}
        for record_id, title, data in rows:
            acronym = json.loads(data).get("acronym", "")
            names[record_id] = f"{acronym} — {title}" if acronym else title
        return names

    # Writing records -------------------------------------------------------------------

    def check_record(self, record: Record) -> None:
        problems = validate(record, self.vocabularies())
        if problems:
            raise RecordInvalid(problems)

    def create(self, record: Record, who: str, *, keep_stamps: bool = False) -> Record:
        """Write a new record; gives it the next free code when it has none (or a taken one)."""
        with self.transaction():
            return self._create(record, who, keep_stamps=keep_stamps)

    def create_many(
        self, records: Iterable[Record], who: str, *, keep_stamps: bool = False, check: bool = True
    ) -> int:
        """Write many new records in one transaction, for seeds, imports and synthetic data."""
        with self.transaction():
            return count_inserted(self, records, who, keep_stamps=keep_stamps, check=check)

    def update(self, record: Record, who: str) -> tuple[Record, list[FieldChange]]:
        """Write the new state of an existing record; returns it with what changed."""
        with self.transaction():
            return self._update(record, who)

    def delete(self, ref: str, who: str) -> Record:
        """Remove a record and its links; returns it whole so that it can be put back."""
        with self.transaction():
            record = self.get(ref)
            n = self._row_number(record.id)
            self.db.execute("DELETE FROM records WHERE n = ?", [n])
            self._history(who, record, "delete", "", _json_of(record), None)
            return record

    def restore(self, record: Record, who: str) -> Record:
        """Put back a deleted record with its id, code, stamps and links (undo of delete)."""
        with self.transaction():
            restored = self._create(record, who, keep_stamps=True, operation="restore")
            return restored

    def link(self, first: str, second: str, who: str) -> bool:
        """Relate two records; False when they already were related."""
        a, b = sorted((first, second))
        if a == b:
            return False
        with self.transaction():
            for record_id in (a, b):
                if not self.exists(record_id):
                    raise RecordNotFound("record_not_found", self.path, ref=record_id)
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO links (a, b, created_at) VALUES (?, ?, ?)",
                [a, b, now_utc()],
            )
            if cursor.rowcount:
                self._touch_link(a, b, who, "link")
            return bool(cursor.rowcount)

    def unlink(self, first: str, second: str, who: str) -> bool:
        a, b = sorted((first, second))
        with self.transaction():
            cursor = self.db.execute("DELETE FROM links WHERE a = ? AND b = ?", [a, b])
            if cursor.rowcount:
                self._touch_link(a, b, who, "unlink")
            return bool(cursor.rowcount)

    def next_code(self, kind: Kind) -> str:
        low, high = kind_range(kind)
        row = self.db.execute(
            "SELECT max(n) FROM records WHERE n BETWEEN ? AND ?", [low, high]
        ).fetchone()
        return format_code(kind, (row[0] - low if row[0] else 0) + 1)

    def _create(
        self,
        record: Record,
        who: str,
        *,
        keep_stamps: bool,
        check: bool = True,
        operation: str = "create",
    ) -> Record:
        if check:
            self.check_record(record)
        if self.exists(record.id):
            # An import or a restore that carries an id already here must be refused with a
            # message (the merge decides what to do), never fail on the UNIQUE constraint.
            raise RecordInvalid([Problem("id", "duplicate_id", {"value": record.id})])
        if not code_fits(record) or self._code_taken(record.code):
            record = record.model_copy(update={"code": self.next_code(record.kind)})
        if not keep_stamps:
            stamp = now_utc()
            record = record.model_copy(
                update={"created_at": stamp, "updated_at": stamp, "updated_by": who}
            )
        cited = cited_names(self, [record])
        row = record_row(record, cited.get(record.id, ""))
        self.db.execute(
            f"INSERT INTO records ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        index_records(self, [(row["n"], record)], cited=cited)
        for other in record.links:
            if other != record.id and self.exists(other):
                a, b = sorted((record.id, other))
                self.db.execute(
                    "INSERT OR IGNORE INTO links (a, b, created_at) VALUES (?, ?, ?)",
                    [a, b, record.updated_at],
                )
        self._history(who, record, operation, "", None, record.title)
        return record.model_copy(update={"links": self.link_ids(record.id)})

    def _update(self, record: Record, who: str) -> tuple[Record, list[FieldChange]]:
        self.check_record(record)
        old = self.get(record.id)
        if old.kind != record.kind:
            raise RecordInvalid([])
        before = old.model_dump(mode="json", exclude={"links"} | _UNSTAMPED)
        after_data = record.model_dump(mode="json", exclude={"links"} | _UNSTAMPED)
        if record.code != old.code and (not code_fits(record) or self._code_taken(record.code)):
            after_data["code"] = old.code
        changes = [
            FieldChange(name, before.get(name), value)
            for name, value in after_data.items()
            if before.get(name) != value
        ]
        if not changes:
            return old, []
        stamped = record.model_copy(
            update={
                "code": after_data["code"],
                "created_at": old.created_at,
                "updated_at": now_utc(),
                "updated_by": who,
                "links": old.links,
            }
        )
        n = self._row_number(record.id)
        self.db.execute("DELETE FROM record_countries WHERE n = ?", [n])
        self.db.execute("DELETE FROM record_axes WHERE n = ?", [n])
        cited = cited_names(self, [stamped])
        row = record_row(stamped, cited.get(stamped.id, ""))
        assignments = ", ".join(f"{column} = ?" for column in row)
        self.db.execute(f"UPDATE records SET {assignments} WHERE n = ?", [*row.values(), n])
        index_records(self, [(row["n"], stamped)], cited=cited)
        for change in changes:
            self._history(who, stamped, "update", change.field, change.before, change.after)
        return stamped, changes

    def _touch_link(self, a: str, b: str, who: str, operation: str) -> None:
        first, second = self.get(a), self.get(b)
        self._history(
            who,
            first,
            operation,
            "links",
            None if operation == "link" else b,
            b if operation == "link" else None,
        )
        self._history(
            who,
            second,
            operation,
            "links",
            None if operation == "link" else a,
            a if operation == "link" else None,
        )

    def _row_number(self, record_id: str) -> int:
        row = self.db.execute("SELECT n FROM records WHERE id = ?", [record_id]).fetchone()
        if row is None:
            raise RecordNotFound("record_not_found", self.path, ref=record_id)
        return int(row[0])

    def _code_taken(self, code: str) -> bool:
        row = self.db.execute("SELECT 1 FROM records WHERE code = ?", [code]).fetchone()
        return row is not None

    def _history(
        self, who: str, record: Record, operation: str, field: str, before: Any, after: Any
    ) -> None:
        self.db.execute(
            "INSERT INTO history (at, who, record_id, code, kind, operation, field, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                now_utc(),
                who,
                record.id,
                record.code,
                record.kind.value,
                operation,
                field,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ],
        )

    # History, counts and checks --------------------------------------------------------

    def history(self, record_id: str | None = None, limit: int = 500) -> list[HistoryEntry]:
        sql = (
            "SELECT h, history.at, history.who, record_id, code, kind, operation, field, before, "
            "after, b.at, b.who, b.files FROM history "
            "LEFT JOIN import_batches b ON b.batch = history.batch"
        )
        params: list[Any] = []
        if record_id:
            sql += " WHERE record_id = ?"
            params.append(record_id)
        sql += " ORDER BY h DESC LIMIT ?"
        params.append(limit)
        return [
            HistoryEntry(
                h=row[0],
                at=row[1],
                who=row[2],
                record_id=row[3],
                code=row[4],
                kind=row[5],
                operation=row[6],
                field=row[7],
                before=None if row[8] is None else json.loads(row[8]),
                after=None if row[9] is None else json.loads(row[9]),
                imported_at=row[10] or "",
                imported_by=row[11] or "",
                imported_from=tuple(json.loads(row[12])) if row[12] else (),
            )
            for row in self.db.execute(sql, params)
        ]

    def counts_by_kind(self, synthetic: bool | None = None) -> dict[str, int]:
        sql = "SELECT kind, count(*) FROM records"
        params: list[Any] = []
        if synthetic is not None:
            sql += " WHERE synthetic = ?"
            params.append(int(synthetic))
        found = dict(self.db.execute(sql + " GROUP BY kind", params).fetchall())
        return {kind.value: int(found.get(kind.value, 0)) for kind in Kind}

    def counts_by_axis(self, kind: str | None = None) -> dict[str, int]:
        sql = "SELECT axis, count(*) FROM record_axes"
        params: list[Any] = []
        if kind:
            sql += " WHERE n BETWEEN ? AND ?"
            params.extend(kind_range(kind))
        found = dict(self.db.execute(sql + " GROUP BY axis", params).fetchall())
        return {code: int(found.get(code, 0)) for code in self.vocabularies().codes(AXIS)}

    def counts_by_country(self, kind: str | None = None) -> dict[str, int]:
        sql = "SELECT country, count(*) FROM record_countries"
        params: list[Any] = []
        if kind:
            sql += " WHERE n BETWEEN ? AND ?"
            params.extend(kind_range(kind))
        rows = self.db.execute(sql + " GROUP BY country ORDER BY 2 DESC, 1", params)
        return {row[0]: int(row[1]) for row in rows}

    def due_counts(self, today: str, week_end: str) -> dict[str, int]:
        """Late milestones, late tasks and tasks due by `week_end` (ISO days), counted in the
        record bodies of exchanges whose earliest open date says they may hold one; the
        window asks this on opening, so no record is parsed for it."""
        found = {"late_milestones": 0, "late_tasks": 0, "tasks_this_week": 0}
        rows = self.db.execute(
            "SELECT"
            " (SELECT count(*) FROM json_each(r.data, '$.milestones') m"
            "   WHERE json_extract(m.value, '$.status') = 'planned'"
            "   AND json_extract(m.value, '$.date') < :today),"
            " (SELECT count(*) FROM json_each(r.data, '$.tasks') t"
            "   WHERE json_extract(t.value, '$.status') = 'open'"
            "   AND json_extract(t.value, '$.due') < :today),"
            " (SELECT count(*) FROM json_each(r.data, '$.tasks') t"
            "   WHERE json_extract(t.value, '$.status') = 'open'"
            "   AND json_extract(t.value, '$.due') BETWEEN :today AND :week_end)"
            " FROM records r WHERE r.kind = 'exchange' AND r.next_due <= :week_end",
            {"today": today, "week_end": week_end},
        )
        for milestones, tasks, week in rows:
            found["late_milestones"] += int(milestones)
            found["late_tasks"] += int(tasks)
            found["tasks_this_week"] += int(week)
        return found

    def counts_by_status(self, kind: str) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT status, count(*) FROM records WHERE kind = ? GROUP BY status", [kind]
        )
        return {row[0]: int(row[1]) for row in rows}

    def count_citing(self, kind: str, text: str) -> int:
        """Records of `kind` whose source names `text` (a publication's address)."""
        row = self.db.execute(
            "SELECT count(*) FROM records WHERE kind = ? AND synthetic = 0"
            " AND instr(json_extract(data, '$.source'), ?) > 0",
            [kind, text],
        ).fetchone()
        return int(row[0])

    def coverage(self, kind: str | None = None) -> dict[tuple[str, str], int]:
        """Records per (country, axis): the matrix the thematic brief and overview draw."""
        sql = (
            "SELECT c.country, a.axis, count(*) FROM record_countries c "
            "JOIN record_axes a ON a.n = c.n"
        )
        params: list[Any] = []
        if kind:
            sql += " WHERE c.n BETWEEN ? AND ?"
            params.extend(kind_range(kind))
        rows = self.db.execute(sql + " GROUP BY c.country, a.axis", params)
        return {(row[0], row[1]): int(row[2]) for row in rows}

    def check(self) -> list[CheckFinding]:
        """Every consistency test `lazos-desktop check` reports (see `store.checks`).

        Imported here: a brief, a listing or the window's first rows never check the whole
        catalogue, and the checks' module is not loaded for them (`tests/test_cli_imports.py`).
        """
        from lazos_desktop.store.checks import run_checks

        self._vocab = None
        return run_checks(self.db, self.vocabularies, self.path)

    def rebuild_search(self) -> int:
        """Rewrite the search index, the country and axis tables and the cited institution
        names from the records (repair after a failed check).

        FTS5's `rebuild` reads every document again from the records through the view
        `search_source`; the index holds no text of its own to go stale.
        """
        with self.transaction():
            self.db.execute("DELETE FROM record_countries")
            self.db.execute("DELETE FROM record_axes")
            records = list(self.iter_records())
            numbered = [(self._row_number(record.id), record) for record in records]
            index_records(self, numbered, records)
            self.db.execute("INSERT INTO search (search) VALUES ('rebuild')")
        return len(records)


def _json_of(record: Record) -> dict[str, Any]:
    return {"kind": record.kind.value, **record.model_dump(mode="json")}
