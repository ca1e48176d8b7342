"""Schema versions, one function per step, recorded in ``PRAGMA user_version``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from lazos_desktop.domain.agenda import case_columns
from lazos_desktop.domain.case_items import task_from_next_steps
from lazos_desktop.domain.countries import country_codes, country_names
from lazos_desktop.domain.records import Kind, record_from_dict

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x4C415A4F  # "LAZO": marks the file as a LAZOS catalogue.


def _v1_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE vocab (
            vocabulary TEXT NOT NULL,
            code TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            label_es TEXT NOT NULL,
            label_en TEXT NOT NULL DEFAULT '',
            label_pt TEXT NOT NULL DEFAULT '',
            description_es TEXT NOT NULL DEFAULT '',
            description_en TEXT NOT NULL DEFAULT '',
            description_pt TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (vocabulary, code)
        );
        CREATE TABLE records (
            n INTEGER PRIMARY KEY,  -- kind and code number: see store/rows.py row_number
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL
                CHECK (kind IN ('practice', 'exchange', 'toolbox', 'institution')),
            seq INTEGER NOT NULL,
            code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '',
            year INTEGER,
            countries TEXT NOT NULL DEFAULT '',
            axes TEXT NOT NULL DEFAULT '',
            synthetic INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL
        );
        CREATE INDEX records_kind_title ON records (kind, title_key);
        CREATE INDEX records_kind_year ON records (kind, year);
        CREATE INDEX records_kind_updated ON records (kind, updated_at);
        CREATE INDEX records_kind_status ON records (kind, status, title_key);
        CREATE TABLE record_countries (
            country TEXT NOT NULL,
            n INTEGER NOT NULL REFERENCES records (n) ON DELETE CASCADE,
            PRIMARY KEY (country, n)
        ) WITHOUT ROWID;
        CREATE INDEX record_countries_n ON record_countries (n);
        CREATE TABLE record_axes (
            axis TEXT NOT NULL,
            n INTEGER NOT NULL REFERENCES records (n) ON DELETE CASCADE,
            PRIMARY KEY (axis, n)
        ) WITHOUT ROWID;
        CREATE INDEX record_axes_n ON record_axes (n);
        CREATE TABLE links (
            a TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            PRIMARY KEY (a, b),
            CHECK (a < b)
        ) WITHOUT ROWID;
        CREATE INDEX links_b ON links (b);
        CREATE TABLE history (
            h INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            record_id TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            operation TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            before TEXT,
            after TEXT
        );
        CREATE INDEX history_record ON history (record_id, h);
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX attachments_record ON attachments (record_id);
        CREATE VIRTUAL TABLE search USING fts5 (
            title, body, facets,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )


def _v2_import_batches(db: Database) -> None:
    """What imports need to merge and to be undone.

    `record_sync` holds, per record, the `updated_at` both sides had the last time the
    catalogue and a file matched (the record went out in an export or came in by import);
    `import_batches` and their items hold what the last imports created and the prior state
    of what they updated, so that an import can be undone as one step.
    """
    db.executescript(
        """
        CREATE TABLE record_sync (
            record_id TEXT PRIMARY KEY,
            stamp TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE import_batches (
            batch INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            files TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL DEFAULT '{}',
            backup TEXT NOT NULL DEFAULT '',
            last_history INTEGER NOT NULL DEFAULT 0,
            undone_at TEXT
        );
        CREATE TABLE import_batch_items (
            batch INTEGER NOT NULL REFERENCES import_batches (batch) ON DELETE CASCADE,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'synced')),
            before TEXT,
            after_stamp TEXT NOT NULL DEFAULT '',
            sync_before TEXT,
            PRIMARY KEY (batch, record_id)
        ) WITHOUT ROWID;
        CREATE TABLE import_batch_links (
            batch INTEGER NOT NULL REFERENCES import_batches (batch) ON DELETE CASCADE,
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            PRIMARY KEY (batch, a, b)
        ) WITHOUT ROWID;
        """
    )


def _v3_kind_index(db: Database) -> None:
    """Lists of one kind read this narrow index instead of the wide record rows.

    Its entries are (kind, row number), so a kind's rows come out in code order and are
    counted without touching the records' text: 60,000 practices in a few milliseconds.
    """
    db.execute("CREATE INDEX IF NOT EXISTS records_kind ON records (kind)")


def _v4_team_folder(db: Database) -> None:
    """What the team folder needs to converge (see `store/team_sync.py`).

    `team_lineage` holds, per record, the versions (updated_at and author) the catalogue's
    copy descends from; `team_received` the version last taken from a colleague's bundle,
    telling a local edit from a received one; `team_bundles` every bundle already merged or
    written, by the digest of its content, so that none is applied twice.
    """
    db.executescript(
        """
        CREATE TABLE team_lineage (
            record_id TEXT NOT NULL,
            version TEXT NOT NULL,
            PRIMARY KEY (record_id, version)
        ) WITHOUT ROWID;
        CREATE TABLE team_received (
            record_id TEXT PRIMARY KEY,
            version TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE team_bundles (
            digest TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            officer TEXT NOT NULL DEFAULT '',
            replica TEXT NOT NULL DEFAULT '',
            records INTEGER NOT NULL DEFAULT 0,
            own INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX team_bundles_name ON team_bundles (name, size);
        """
    )


def _v5_attachments(db: Database) -> None:
    """Who added each attachment, one name per record, and what each import attached.

    A record's attachment names are unique so that `detach CODE NAME` and a saved copy name
    one document; `import_batch_attachments` lets undoing an import remove the documents it
    brought to records that were already here.
    """
    # One statement at a time: `executescript` would commit before the version stamp.
    for statement in (
        "ALTER TABLE attachments ADD COLUMN created_by TEXT NOT NULL DEFAULT ''",
        "CREATE UNIQUE INDEX attachments_record_name ON attachments (record_id, name)",
        "CREATE INDEX attachments_sha256 ON attachments (sha256)",
        "CREATE TABLE import_batch_attachments ("
        " batch INTEGER NOT NULL REFERENCES import_batches (batch) ON DELETE CASCADE,"
        " attachment_id TEXT NOT NULL,"
        " PRIMARY KEY (batch, attachment_id)) WITHOUT ROWID",
    ):
        db.execute(statement)


def _v6_history_import(db: Database) -> None:
    """Which import brought each change: a history row written by an import names its batch.

    The row keeps the author and time the file gave the change; the batch says who imported
    it, when, and from which files (NULL for a change made in this catalogue).
    """
    db.execute("ALTER TABLE history ADD COLUMN batch INTEGER")


# The labels of the case vocabularies as version 7 introduced them (seeds/vocabularies.json
# holds the same rows for new catalogues; a test keeps the two equal).
_CASE_TERMS: tuple[tuple[str, str, int, str, str, str], ...] = (
    ("activity_type", "meeting", 1, "Reunión", "Meeting", "Reunião"),
    ("activity_type", "mission", 2, "Misión técnica", "Technical mission", "Missão técnica"),
    ("activity_type", "call", 3, "Llamada", "Call", "Chamada"),
    ("activity_type", "workshop", 4, "Taller", "Workshop", "Oficina"),
    ("activity_type", "agreement", 5, "Acuerdo firmado", "Agreement signed", "Acordo assinado"),
    ("activity_type", "report", 6, "Informe entregado", "Report delivered", "Relatório entregue"),
    ("activity_type", "note", 7, "Nota", "Note", "Nota"),
    ("task_status", "open", 1, "Abierta", "Open", "Aberta"),
    ("task_status", "done", 2, "Hecha", "Done", "Concluída"),
    ("task_status", "cancelled", 3, "Cancelada", "Cancelled", "Cancelada"),
)


def _v7_cases(db: Database) -> None:
    """Exchanges become cases: an activity log, follow-up tasks, milestones with ids.

    `next_due` (the earliest date of a planned milestone or open task), `open_items`,
    `last_activity` and `last_event` (the newest log entry, the latest meeting) let lists,
    the agenda and the dashboard find cases without reading every record's body.
    Each exchange's free-text next steps become one open task holding the whole text, and
    every milestone gets the id the records derive, written down so that it stays fixed.
    """
    # One statement at a time: `executescript` would commit before the version stamp.
    for statement in (
        "ALTER TABLE records ADD COLUMN next_due TEXT",
        "ALTER TABLE records ADD COLUMN open_items INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE records ADD COLUMN last_activity TEXT",
        "ALTER TABLE records ADD COLUMN last_event TEXT",
        "CREATE INDEX records_kind_due ON records (kind, next_due)",
        "CREATE INDEX records_last_activity ON records (last_activity)"
        " WHERE last_activity IS NOT NULL",
    ):
        db.execute(statement)
    db.conn.executemany(
        "INSERT OR IGNORE INTO vocab (vocabulary, code, position, label_es, label_en, label_pt)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        _CASE_TERMS,
    )
    rows = db.execute(
        "SELECT n, kind, data FROM records WHERE kind IN ('exchange', 'practice')"
    ).fetchall()
    for n, kind, data in rows:
        try:
            record = record_from_dict(Kind(kind), json.loads(data))
        except (ValueError, TypeError):
            # A body that does not read (the check reports it) keeps its text as a task.
            _next_steps_in_place(db, n, data)
            continue
        body = record.model_dump(mode="json", exclude={"links"})
        columns = case_columns(record)
        db.execute(
            "UPDATE records SET data = ?, next_due = ?, open_items = ?, last_activity = ?,"
            " last_event = ? WHERE n = ?",
            [
                json.dumps(body, ensure_ascii=False, separators=(",", ":")),
                columns["next_due"],
                columns["open_items"],
                columns["last_activity"],
                columns["last_event"],
                n,
            ],
        )
        texts = "\n".join(text for text in record.searchable_texts() if text)
        db.execute("UPDATE search SET body = ? WHERE rowid = ?", [texts, n])


def _next_steps_in_place(db: Database, n: int, data: str) -> None:
    try:
        body = json.loads(data)
    except ValueError:
        return
    if not isinstance(body, dict) or "next_steps" not in body:
        return
    task = task_from_next_steps(str(body.pop("next_steps") or ""))
    if task is not None:
        body["tasks"] = [*(body.get("tasks") or []), task]
    db.execute(
        "UPDATE records SET data = ? WHERE n = ?",
        [json.dumps(body, ensure_ascii=False, separators=(",", ":")), n],
    )


# The search documents, derived from the records row by SQL so that the file holds each text
# once. Frozen as version 8 wrote them: a change is a new migration that replaces the view and
# rebuilds the index. Body: the free texts of `Record.searchable_texts`; facets: the code,
# country codes with their names in es/en/pt, axis labels in es/en/pt (the code when the
# axis is unknown), the names of the institutions a record cites (`cited`) and an
# institution's acronym, as `store/rows.py` `search_document` builds them (a test compares).
# FTS5 reads its content with statements that may not use virtual tables (`json_each` is
# one), so lists are walked by recursive CTEs over their positions.
_TEXT = "ifnull(json_extract(r.d, '$.{0}'), '')"


def _each(path: str, item: str, name: str = "k") -> str:
    """The texts `item` gives for every element of the list at `path`, joined by spaces;
    in `item`, `@` stands for the element's path."""
    element = f"'{path}[' || {name}.i || ']"
    text = item.replace("@", element)
    return (
        f"ifnull((WITH RECURSIVE {name}(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM {name}"
        f" WHERE i + 1 < json_array_length(r.d, '{path}')) SELECT group_concat({text}, ' ')"
        f" FROM {name}), '')"
    )


def _field(name: str) -> str:
    return f"ifnull(json_extract(r.d, @.{name}'), '')"


def _words(column: str, text: str) -> str:
    """`text` for each space-separated code of `column`, `w` standing for the code."""
    return (
        f"ifnull((WITH RECURSIVE s(rest, w) AS (SELECT r.{column} || ' ', ''"
        " UNION ALL SELECT substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ')"
        f" - 1) FROM s WHERE rest <> '') SELECT group_concat({text}, ' ') FROM s"
        " WHERE w <> ''), '')"
    )


_ITEMS = " || ' ' || ".join(_field(name) for name in ("title", "responsible", "note"))
_PARTICIPANTS = (
    "ifnull((WITH RECURSIVE q(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM q"
    " WHERE i + 1 < json_array_length(r.d, '$.activities[' || k.i || '].participants'))"
    " SELECT group_concat(json_extract(r.d, '$.activities[' || k.i || '].participants['"
    " || q.i || ']'), ' ') FROM q), '')"
)
_ACTIVITIES = _each(
    "$.activities",
    f"{_field('place')} || ' ' || {_PARTICIPANTS} || ' ' || {_field('summary')} || ' ' ||"
    f" {_field('decisions')}",
)
_BODIES = {
    "practice": [
        *(_TEXT.format(f) for f in ("summary", "description", "results", "lessons_learned")),
        _TEXT.format("replicability"),
        _each("$.tags", "ifnull(json_extract(r.d, @'), '')"),
        _ACTIVITIES,
        _TEXT.format("source"),
    ],
    "exchange": [
        _TEXT.format("objectives"),
        _TEXT.format("agreements"),
        _each("$.parties", _field("institution_name")),
        _each("$.milestones", _ITEMS),
        _each("$.tasks", _ITEMS),
        _ACTIVITIES,
        _TEXT.format("source"),
    ],
    "toolbox": [_TEXT.format(f) for f in ("audience", "summary", "how_to_use", "source")],
    "institution": [_TEXT.format(f) for f in ("acronym", "summary", "source")],
}
_BODY = (
    "CASE r.kind "
    + " ".join(
        f"WHEN '{kind}' THEN " + " || char(10) || ".join(parts) for kind, parts in _BODIES.items()
    )
    + f" ELSE {_TEXT.format('source')} END"
)
# An unknown country or axis code stands for its own names, as `country_name` and
# `Vocabularies.all_labels` give them.
_COUNTRIES = _words(
    "countries",
    "w || ' ' || ifnull((SELECT names FROM country_names WHERE code = w),"
    " w || ' ' || w || ' ' || w)",
)
_AXES = _words(
    "axes",
    "ifnull((SELECT label_es || ' ' || ifnull(nullif(label_en, ''), label_es) || ' ' ||"
    " ifnull(nullif(label_pt, ''), label_es) FROM vocab WHERE vocabulary = 'axis'"
    " AND code = w), w)",
)
_FACETS = (
    f"r.code || ' ' || {_COUNTRIES} || ' ' || {_AXES} || ' ' || r.cited || ' ' ||"
    f" CASE r.kind WHEN 'institution' THEN {_TEXT.format('acronym')} ELSE '' END"
)
SEARCH_SOURCE_V8 = (
    f"CREATE VIEW search_source (n, title, body, facets) AS SELECT r.n, r.title, {_BODY},"
    f" {_FACETS} FROM (SELECT n, kind, code, title, countries, axes, cited,"
    " CASE WHEN json_valid(data) THEN data ELSE '{}' END AS d FROM records) AS r"
)
# The index rows are written and removed by SQLite itself whenever a record or an axis label
# changes, whichever code path (or program) writes the row, so they cannot fall out of step.
# Removal reads the document from the view before the change, as FTS5 needs the old text.
_INDEX_ROWS = "INSERT INTO search (rowid, title, body, facets) SELECT n, title, body, facets"
_UNINDEX_ROWS = (
    "INSERT INTO search (search, rowid, title, body, facets)"
    " SELECT 'delete', n, title, body, facets"
)
_INDEXED = "n, kind, code, title, countries, axes, data, cited"
# A writer of many new rows sets this `meta` key inside its transaction and indexes them in
# one statement afterwards (`bulk_insert`): one evaluation of the view per row costs a
# 10,000-record import about 1.6 s more than one over the whole batch.
SEARCH_DEFERRED = "search_deferred"
_DEFERRED = f"SELECT 1 FROM meta WHERE key = '{SEARCH_DEFERRED}'"
_WITH_AXES = "FROM search_source WHERE n IN (SELECT n FROM record_axes WHERE axis IN ({0}))"
_AXIS_ROW = "new.vocabulary = 'axis'"
_WAS_AXIS_ROW = "old.vocabulary = 'axis'"
SEARCH_TRIGGERS_V8 = (
    f"CREATE TRIGGER records_index AFTER INSERT ON records WHEN NOT EXISTS ({_DEFERRED}) BEGIN"
    f" {_INDEX_ROWS} FROM search_source WHERE n = new.n; END",
    "CREATE TRIGGER records_unindex BEFORE DELETE ON records BEGIN"
    f" {_UNINDEX_ROWS} FROM search_source WHERE n = old.n; END",
    f"CREATE TRIGGER records_unindex_changed BEFORE UPDATE OF {_INDEXED} ON records BEGIN"
    f" {_UNINDEX_ROWS} FROM search_source WHERE n = old.n; END",
    f"CREATE TRIGGER records_index_changed AFTER UPDATE OF {_INDEXED} ON records BEGIN"
    f" {_INDEX_ROWS} FROM search_source WHERE n = new.n; END",
    f"CREATE TRIGGER axis_unindex_added BEFORE INSERT ON vocab WHEN {_AXIS_ROW} BEGIN"
    f" {_UNINDEX_ROWS} {_WITH_AXES.format('new.code')}; END",
    f"CREATE TRIGGER axis_index_added AFTER INSERT ON vocab WHEN {_AXIS_ROW} BEGIN"
    f" {_INDEX_ROWS} {_WITH_AXES.format('new.code')}; END",
    f"CREATE TRIGGER axis_unindex_removed BEFORE DELETE ON vocab WHEN {_WAS_AXIS_ROW} BEGIN"
    f" {_UNINDEX_ROWS} {_WITH_AXES.format('old.code')}; END",
    f"CREATE TRIGGER axis_index_removed AFTER DELETE ON vocab WHEN {_WAS_AXIS_ROW} BEGIN"
    f" {_INDEX_ROWS} {_WITH_AXES.format('old.code')}; END",
    "CREATE TRIGGER axis_unindex_changed BEFORE UPDATE ON vocab"
    f" WHEN {_WAS_AXIS_ROW} OR {_AXIS_ROW} BEGIN"
    f" {_UNINDEX_ROWS} {_WITH_AXES.format('old.code, new.code')}; END",
    "CREATE TRIGGER axis_index_changed AFTER UPDATE ON vocab"
    f" WHEN {_WAS_AXIS_ROW} OR {_AXIS_ROW} BEGIN"
    f" {_INDEX_ROWS} {_WITH_AXES.format('old.code, new.code')}; END",
)
# The names of the institutions each record cites, as `store.institution_names` writes them.
CITED_NAMES = (
    "SELECT group_concat(CASE WHEN ifnull(json_extract(i.data, '$.acronym'), '') <> ''"
    " THEN json_extract(i.data, '$.acronym') || ' — ' || i.title ELSE i.title END, ' · ')"
    " FROM json_each({0}, '$.institutions') j CROSS JOIN records i"
    " ON i.id = j.value AND i.kind = 'institution'"
)


def _v8_search_without_copies(db: Database) -> None:
    """The full-text index keeps no copy of the texts: it reads them from the records.

    Until version 7 the FTS5 table held its own copy of every title, text and facet (a third
    of a 100,000-record file). Now it is an external-content index over the view
    `search_source`, which derives each document from the record's row; triggers keep it in
    step with every write, and FTS5's `rebuild` and `integrity-check` read the view, so the
    check compares the index with the records themselves. Country names in es/en/pt, which
    came from CLDR at indexing time, are written once in `country_names`; the names of the
    institutions a record cites go to `cited` when it is written (they stayed as written in
    the old index too, so an institution renamed later does not change its citers' text).
    """
    db.execute(
        "CREATE TABLE country_names (code TEXT PRIMARY KEY, names TEXT NOT NULL) WITHOUT ROWID"
    )
    db.conn.executemany(
        "INSERT INTO country_names (code, names) VALUES (?, ?)",
        [(code, " ".join(country_names(code))) for code in sorted(country_codes())],
    )
    db.execute("ALTER TABLE records ADD COLUMN cited TEXT NOT NULL DEFAULT ''")
    db.execute(
        f"UPDATE records SET cited = ifnull(({CITED_NAMES.format('records.data')}), '')"
        " WHERE CASE WHEN json_valid(data) THEN json_type(data, '$.institutions') = 'array' END"
    )
    db.execute("DROP TABLE search")
    db.execute(SEARCH_SOURCE_V8)
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5 (title, body, facets,"
        " content = 'search_source', content_rowid = 'n',"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO search (search) VALUES ('rebuild')")
    for statement in SEARCH_TRIGGERS_V8:
        db.execute(statement)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_import_batches,
    _v3_kind_index,
    _v4_team_folder,
    _v5_attachments,
    _v6_history_import,
    _v7_cases,
    _v8_search_without_copies,
]
SCHEMA_VERSION = len(MIGRATIONS)


def pending(version: int) -> list[tuple[int, Callable[[Database], None]]]:
    """The steps that bring a file at `version` to `SCHEMA_VERSION`, numbered from 1."""
    return [(number, step) for number, step in enumerate(MIGRATIONS, start=1) if number > version]


# Version 8 took the text copies out of the index; a file migrated across it is compacted.
COMPACTED_FROM = 8
# Records of 2 to 4 KB fill one 4 KB page each, half of it empty; in 8 KB pages the same
# rows take a fifth less room (measured at 100,000 records: 236 MB against 205 MB).
PAGE_SIZE = 8192


def needs_compacting(db: Database, migrated_from: int) -> bool:
    """Whether to rewrite the file after opening it: it crossed version 8 now, or a
    compaction was interrupted (small pages with a quarter or more of them free)."""
    if migrated_from < COMPACTED_FROM:
        return True
    page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
    free = int(db.execute("PRAGMA freelist_count").fetchone()[0])
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    return page_size < PAGE_SIZE and free * 4 > pages


def compact(db: Database) -> None:
    """Rewrite the file without its free pages, in pages of `PAGE_SIZE`.

    VACUUM is one transaction: a kill leaves the file as it was before it (SQLite rolls back
    the journal on the next open, and `needs_compacting` asks again). The page size changes
    only outside WAL mode, which SQLite allows only to the file's sole connection; with
    another one open (a window's worker, another program) nothing is done rather than make
    them wait. Needs free disk for a second copy of the file and a journal as large as it;
    on a full disk the file stays whole and readable, only larger than it could be.
    """
    mode = str(db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    try:
        if mode == "delete":
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            db.execute("VACUUM")
    except sqlite3.OperationalError:
        pass  # busy or full: see above
    finally:
        db.execute("PRAGMA journal_mode = WAL")


def apply(db: Database, version: int) -> int:
    """Run every pending step, each in its own transaction with its version stamp."""
    for number, step in pending(version):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        version = number
    return version
