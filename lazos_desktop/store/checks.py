"""The consistency tests behind `lazos-desktop check` and the window's "Verificar catálogo".

Each test answers one question about the file and never raises: a test that SQLite cannot
even run on a damaged file is reported as failed with SQLite's words, so the report is whole.
The derived parts (search index, axis and country tables) are compared with the records they
come from, because a crash or a hand edit can leave them out of step without SQLite noticing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from lazos_desktop.domain.agenda import case_columns
from lazos_desktop.domain.check_details import Said, render_detail
from lazos_desktop.domain.countries import is_country
from lazos_desktop.domain.validation import validate
from lazos_desktop.domain.vocabularies import AXIS, Vocabularies
from lazos_desktop.store import migrations, schema_objects
from lazos_desktop.store.defensive import connect_read_only
from lazos_desktop.store.errors import (
    CatalogueBusy,
    CatalogueDamaged,
    ForeignCatalogue,
    as_catalogue_error,
)
from lazos_desktop.store.rows import row_record

if TYPE_CHECKING:
    from sqlite_utils import Database

_NOT_RUN: list[Said] = [("not_run_read_only", {})]
SHOWN = 5  # items named in a finding's detail; the count says how many in all


@dataclass(frozen=True)
class CheckFinding:
    """One check's answer; what it found is said in parts (`domain.check_details`)."""

    check: str
    ok: bool
    said: tuple[Said, ...] = ()

    @property
    def detail(self) -> str:
        """In English, as `check --json` gives it to other programs."""
        return render_detail(self.said, "en")

    def detail_in(self, lang: str) -> str:
        return render_detail(self.said, lang)


CHECK_NAMES = (
    "integrity",
    "foreign_keys",
    "schema_version",
    "schema_objects",
    "search_index",
    "search_rows",
    "records",
    "derived_tables",
    "vocabulary_references",
    "history",
    "attachments",
)


def run_checks(
    db: Database,
    vocabularies: Callable[[], Vocabularies],
    path: Path | None = None,
    *,
    writable: bool = True,
) -> list[CheckFinding]:
    """Every check in `CHECK_NAMES` order; `vocabularies` is called only if the file reads.

    `writable=False` is for a file opened read-only because it was refused (foreign objects):
    the search index test needs a write transaction, so it is reported as not run.
    """
    tests: dict[str, Callable[[], tuple[bool, list[Said]]]] = {
        "integrity": lambda: _integrity(db),
        "foreign_keys": lambda: _foreign_keys(db),
        "schema_version": lambda: _schema_version(db),
        "schema_objects": lambda: _schema_objects(db),
        "search_index": lambda: _search_index(db) if writable else (False, _NOT_RUN),
        "search_rows": lambda: _search_rows(db),
        "records": lambda: _records(db, vocabularies()),
        "derived_tables": lambda: _derived_tables(db),
        "vocabulary_references": lambda: _vocabulary_references(db, vocabularies()),
        "history": lambda: _history(db),
        "attachments": lambda: _attachments(db),
    }
    found: dict[str, CheckFinding] = {}
    # The reading checks compare tables with each other, so they read one snapshot: a window
    # saving between two of their statements would otherwise look like a damaged index.
    with _one_snapshot(db):
        for name in CHECK_NAMES:
            if name not in WRITING_CHECKS:
                found[name] = _run(name, tests[name], path)
    for name in WRITING_CHECKS:
        found[name] = _run(name, tests[name], path)
    return [found[name] for name in CHECK_NAMES]


# FTS5's integrity check is asked for as an INSERT: it needs the write lock, not a snapshot.
WRITING_CHECKS = ("search_index",)


def _run(name: str, test: Callable[[], tuple[bool, list[Said]]], path: Path | None) -> CheckFinding:
    try:
        ok, said = test()
    except sqlite3.Error as error:
        if isinstance(as_catalogue_error(error, None), CatalogueBusy):
            # Another program is writing: that is not damage, and the report would lie.
            raise CatalogueBusy("catalogue_busy", path) from error
        ok, said = False, [("sqlite", {"text": str(error)})]
    return CheckFinding(name, ok, tuple(said))


@contextmanager
def _one_snapshot(db: Database) -> Iterator[None]:
    """A read transaction around the block (WAL: writers go on, this reads as of its start)."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


def check_read_only(path: Path, vocabularies: Callable[[], Vocabularies]) -> list[CheckFinding]:
    """The checks on a file that was refused on opening, read without changing a byte."""
    from sqlite_utils import Database

    connection = connect_read_only(path)
    try:
        return run_checks(
            Database(connection, execute_plugins=False), vocabularies, path, writable=False
        )
    finally:
        connection.close()


def refuse_unless_whole(path: Path, version: int) -> None:
    """Raise unless `path` holds exactly our schema of `version`, sound keys and readable records.

    What `restore` asks before a file replaces the officer's catalogue: a file with a
    trigger of its own would carry it in, and a "catalogue" of the right ids and one table
    would leave every command failing afterwards.
    """
    connection = connect_read_only(path)
    try:
        comparison = schema_objects.compare(connection, version)
        if comparison.foreign:
            raise ForeignCatalogue("foreign_schema", path, objects=comparison.foreign_names())
        if comparison.missing:
            raise CatalogueDamaged("catalogue_incomplete", path, objects=comparison.missing_names())
        broken_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        # Named by code (and table) only: the reasons are English, and the message that
        # carries them is said in the officer's language ("check" gives the reasons).
        wrong = [item.split(": ", 1)[0] for item in unreadable_records(connection)]
        if broken_keys:
            wrong.append(f"{broken_keys[0][0]} ×{len(broken_keys)}")
        if wrong:
            raise CatalogueDamaged("catalogue_records_invalid", path, detail=_listed(wrong))
    except sqlite3.Error as error:
        raise CatalogueDamaged("backup_unreadable", path, detail=str(error)) from error
    finally:
        connection.close()


def _integrity(db: Database) -> tuple[bool, list[Said]]:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    return rows == ["ok"], [] if rows == ["ok"] else _listing("sqlite", "text", rows)


def _foreign_keys(db: Database) -> tuple[bool, list[Said]]:
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    found = [("foreign_key_row", {"where": r[0], "row": r[1], "parent": r[2]}) for r in rows]
    return not rows, _shown(found)


def _schema_version(db: Database) -> tuple[bool, list[Said]]:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    problems: list[Said] = []
    if version != migrations.SCHEMA_VERSION:
        expected = migrations.SCHEMA_VERSION
        problems.append(("version_expected", {"version": version, "expected": expected}))
    if application_id != migrations.APPLICATION_ID:
        problems.append(("application_id", {"value": f"{application_id:#x}"}))
    return not problems, problems or [("version", {"version": version})]


def _schema_objects(db: Database) -> tuple[bool, list[Said]]:
    """Exactly the objects the migrations create for this version: none missing, none foreign
    (a trigger, view, table or index of someone else's, or one of ours with other SQL)."""
    # Against this program's version: an open catalogue has been migrated to it, and a wrong
    # stamp is the schema_version check's finding.
    comparison = schema_objects.compare(db.conn, migrations.SCHEMA_VERSION)
    problems: list[Said] = []
    if comparison.foreign:
        problems.append(("foreign_objects", {"names": comparison.foreign_names()}))
    if comparison.missing:
        problems.append(("missing_objects", {"names": comparison.missing_names()}))
    return comparison.whole, problems


def unreadable_records(connection: sqlite3.Connection) -> list[str]:
    """Rows of `records` that do not read back as a record whose columns agree with its body
    (what `restore` asks of a backup before it replaces the officer's catalogue)."""
    wrong: list[str] = []
    for record_id, kind, code, title, data in connection.execute(
        "SELECT id, kind, code, title, data FROM records ORDER BY n"
    ):
        label = str(code or record_id)
        try:
            record = row_record(kind, data, [])
        except (ValueError, TypeError, KeyError, ValidationError) as error:
            wrong.append(f"{label}: {_first_line(error)}")
            continue
        if (record.id, record.code, record.title) != (record_id, code, title):
            wrong.append(f"{label}: columns differ from the record body")
    return wrong


def _search_index(db: Database) -> tuple[bool, list[Said]]:
    """FTS5's own test of its index against its content, run and undone in a savepoint.

    FTS5 asks for it as an INSERT, so it needs the write lock: taken first (IMMEDIATE), it
    waits the busy timeout for a window that is saving, where a deferred one would read,
    find a newer commit when it asks to write, and give up at once as "locked".
    """
    if db.conn.in_transaction:
        with db.atomic():
            db.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")
        return True, []
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        db.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")
    finally:
        db.conn.execute("ROLLBACK")
    return True, []


def _search_rows(db: Database) -> tuple[bool, list[Said]]:
    """Every record has a row in the index and the index none for a record that is gone.

    The index's own row list is its `search_docsize` table: `SELECT rowid FROM search` would
    read the records through the view `search_source` and always agree. Whether each row
    holds the record's current words is FTS5's `integrity-check` (`search_index`), which
    tokenizes every document again from the view and compares.
    """
    missing = _codes(db, "SELECT code FROM records WHERE n NOT IN (SELECT id FROM search_docsize)")
    orphans = db.execute(
        "SELECT count(*) FROM search_docsize WHERE id NOT IN (SELECT n FROM records)"
    ).fetchone()[0]
    problems: list[Said] = []
    if missing:
        problems.append(("unindexed", {"count": len(missing), "codes": _listed(missing)}))
    if orphans:
        problems.append(("orphaned", {"count": orphans}))
    return not problems, problems


def _records(db: Database, vocab: Vocabularies) -> tuple[bool, list[Said]]:
    """Every row reads back as a valid record whose columns agree with its body."""
    wrong: list[Said] = []
    for _n, record_id, kind, code, title, data in db.execute(
        "SELECT n, id, kind, code, title, data FROM records ORDER BY n"
    ):
        label = code or record_id
        try:
            record = row_record(kind, data, [])
        except (ValueError, TypeError, KeyError, ValidationError) as error:
            wrong.append(("unreadable_record", {"label": label, "error": _first_line(error)}))
            continue
        if (record.id, record.code, record.title) != (record_id, code, title):
            wrong.append(("columns_differ", {"label": label}))
            continue
        problems = validate(record, vocab)
        if problems:
            wrong.append(("record_problem", {"label": label, "problem": problems[0]}))
    return not wrong, _shown(wrong)


def _derived_tables(db: Database) -> tuple[bool, list[Said]]:
    """The axis and country tables and the due columns the filters use hold exactly what the
    records say."""
    axes = _pairs(db, "SELECT n, axis FROM record_axes")
    countries = _pairs(db, "SELECT n, country FROM record_countries")
    wrong: list[Said] = []
    for n, code, kind, data, *case in db.execute(
        "SELECT n, code, kind, data, next_due, open_items, last_activity, last_event"
        " FROM records ORDER BY n"
    ):
        try:
            record = row_record(kind, data, [])
        except (ValueError, TypeError, KeyError, ValidationError):
            continue  # reported by the records check
        if list(case_columns(record).values()) != case:
            wrong.append(("due_dates", {"code": code}))
        if set(record.axes_of()) != axes.pop(n, set()):
            wrong.append(("axes", {"code": code}))
        if set(record.countries_of()) != countries.pop(n, set()):
            wrong.append(("countries", {"code": code}))
    orphans = len(axes) + len(countries)
    if orphans:
        wrong.append(("deleted_rows", {"count": orphans}))
    return not wrong, _shown(wrong)


def _vocabulary_references(db: Database, vocab: Vocabularies) -> tuple[bool, list[Said]]:
    unknown_axes = [row[0] for row in db.execute("SELECT DISTINCT axis FROM record_axes")]
    problems: list[Said] = [
        ("unknown_axis", {"code": code}) for code in unknown_axes if not vocab.has(AXIS, code)
    ]
    problems += [
        ("unknown_country", {"code": row[0]})
        for row in db.execute("SELECT DISTINCT country FROM record_countries")
        if not is_country(row[0])
    ]
    return not problems, _shown(problems)


def _history(db: Database) -> tuple[bool, list[Said]]:
    """Before and after values are JSON, so the history panel can show and revert them."""
    wrong = []
    for h, before, after in db.execute("SELECT h, before, after FROM history"):
        for value in (before, after):
            if value is None:
                continue
            try:
                json.loads(value)
            except (ValueError, TypeError):
                wrong.append(h)
                break
    return not wrong, _listing("history_entry", "entry", wrong)


def _attachments(db: Database) -> tuple[bool, list[Said]]:
    wrong = [
        name
        for name, size, sha256, content in db.execute(
            "SELECT name, size, sha256, content FROM attachments"
        )
        if content is None or len(content) != size or hashlib.sha256(content).hexdigest() != sha256
    ]
    return not wrong, _listing("attachment", "name", wrong)


def _pairs(db: Database, sql: str) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for n, value in db.execute(sql):
        found.setdefault(n, set()).add(value)
    return found


def _codes(db: Database, sql: str) -> list[str]:
    return [row[0] for row in db.execute(sql)]


def _shown(found: list[Said]) -> list[Said]:
    """The first `SHOWN` parts, and how many more there are."""
    more: list[Said] = [("more", {"count": len(found) - SHOWN})] if len(found) > SHOWN else []
    return found[:SHOWN] + more


def _listing(key: str, name: str, values: list[Any]) -> list[Said]:
    return _shown([(key, {name: value}) for value in values])


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN])
    return shown + (f" (+{len(items) - SHOWN})" if len(items) > SHOWN else "")


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
