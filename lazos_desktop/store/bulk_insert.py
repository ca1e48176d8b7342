"""Writing many new records at once: seeds, imports and synthetic catalogues.

The per-record path asks the file several questions for each record (is the code taken, what
is the next code, which links exist). Here those answers are worked out once per batch and
the rows go in with `executemany`, which is what keeps a 10,000-row import near the speed of
a bare insert.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from lazos_desktop.domain.records import Institution, Kind, Record, format_code, now_utc, parse_code
from lazos_desktop.domain.validation import RecordInvalid, validate
from lazos_desktop.store.migrations import SEARCH_DEFERRED
from lazos_desktop.store.rows import code_fits, kind_range, record_row

BATCH = 2000
# The search documents of a batch's rows, in one pass over the view (see `SEARCH_DEFERRED`).
_INDEX_BATCH = (
    "INSERT INTO search (rowid, title, body, facets) SELECT n, title, body, facets"
    " FROM search_source WHERE n IN (SELECT value FROM json_each(?))"
)


def insert_records(
    store: Any,
    records: Iterable[Record],
    who: str,
    *,
    keep_stamps: bool,
    check: bool,
    links: bool = True,
    import_batch: tuple[int, str] | None = None,
) -> list[Record]:
    """Insert `records` (inside the caller's transaction); returns them as written.

    Codes that are missing, malformed or taken get the next free code of their kind. With
    `links`, links to records of the same batch or already in the file are kept, others
    dropped; an import that tracks its own links asks for none. An import gives
    `import_batch` (its number and stamp): each history row is then written crediting the
    author and time the record carries (the importer and that stamp when it carries none)
    and naming the batch, instead of being updated so once written.
    """
    written: list[Record] = []
    _insert(
        store,
        records,
        who,
        keep_stamps=keep_stamps,
        check=check,
        links=links,
        keep=written,
        import_batch=import_batch,
    )
    return written


def count_inserted(
    store: Any, records: Iterable[Record], who: str, *, keep_stamps: bool, check: bool
) -> int:
    """`insert_records` for callers that need only how many were written: the records are
    not kept, so a million synthetic ones do not hold two gigabytes until the end."""
    return _insert(store, records, who, keep_stamps=keep_stamps, check=check, links=True)


def _insert(
    store: Any,
    records: Iterable[Record],
    who: str,
    *,
    keep_stamps: bool,
    check: bool,
    links: bool,
    keep: list[Record] | None = None,
    import_batch: tuple[int, str] | None = None,
) -> int:
    db = store.db
    vocab = store.vocabularies()
    next_sequence = {kind: _last_sequence(db, kind) + 1 for kind in Kind}
    pairs: set[tuple[str, str]] = set()
    count = 0
    for batch in _batches(records, BATCH):
        if check:
            for record in batch:
                problems = validate(record, vocab)
                if problems:
                    raise RecordInvalid(problems)
        taken = _taken_codes(db, [r.code for r in batch if r.code])
        prepared: list[Record] = []
        stamp = now_utc()
        for record in batch:
            updates: dict[str, Any] = {}
            if not code_fits(record) or record.code in taken:
                updates["code"] = format_code(record.kind, next_sequence[record.kind])
            if not keep_stamps:
                updates |= {"created_at": stamp, "updated_at": stamp, "updated_by": who}
            ready = record.model_copy(update=updates) if updates else record
            parsed = parse_code(ready.code)
            if parsed:
                next_sequence[ready.kind] = max(next_sequence[ready.kind], parsed[1] + 1)
            taken.add(ready.code)
            prepared.append(ready)
        _write_batch(store, prepared, who, import_batch)
        count += len(prepared)
        if links:
            pairs |= _link_pairs(prepared)
        if keep is not None:
            keep.extend(prepared)
    if links:
        _write_links(db, pairs)
    return count


def _write_batch(
    store: Any, records: list[Record], who: str, import_batch: tuple[int, str] | None = None
) -> None:
    db = store.db
    cited = cited_names(store, records, records)
    rows = [record_row(record, cited.get(record.id, "")) for record in records]
    columns = list(rows[0])
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, 'bulk_insert')", [SEARCH_DEFERRED]
    )
    try:
        db.conn.executemany(
            f"INSERT INTO records ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [tuple(row.values()) for row in rows],
        )
    finally:
        # Whatever went in is indexed, even when the insert stopped half-way.
        db.execute("DELETE FROM meta WHERE key = ?", [SEARCH_DEFERRED])
        db.execute(_INDEX_BATCH, [json.dumps([row["n"] for row in rows])])
    numbered = [(row["n"], r) for row, r in zip(rows, records, strict=True)]
    index_records(store, numbered, records, cited=cited, cited_written=True)
    credits: list[tuple[str, str, int | None]]
    if import_batch is None:
        at = now_utc()
        credits = [(at, who, None)] * len(records)
    else:
        batch, at = import_batch
        credits = [(r.updated_at or at, r.updated_by or who, batch) for r in records]
    db.conn.executemany(
        "INSERT INTO history"
        " (at, who, record_id, code, kind, operation, field, before, after, batch)"
        " VALUES (?, ?, ?, ?, ?, 'create', '', NULL, ?, ?)",
        [
            (at, by, r.id, r.code, r.kind.value, json.dumps(r.title, ensure_ascii=False), batch)
            for (at, by, batch), r in zip(credits, records, strict=True)
        ],
    )


def index_records(
    store: Any,
    numbered: list[tuple[int, Record]],
    new_records: Sequence[Record] = (),
    *,
    cited: dict[str, str] | None = None,
    cited_written: bool = False,
) -> None:
    """Countries, axes and cited institution names of rows just written.

    The full-text index follows the rows by itself (triggers of migration 8 read the view
    `search_source`); a row written without its cited names gets them here, which reindexes
    it. `cited` is what `cited_names` already gave for these records; `cited_written` says
    the rows were written with those very names, so that the bulk path does not look each
    row up again to find nothing to change (10,000 lookups for a 10,000-row import).
    """
    records = [record for _, record in numbered]
    if cited is None:
        cited = cited_names(store, records, new_records)
    countries, axes = [], []
    for n, record in numbered:
        countries += [(code, n) for code in dict.fromkeys(record.countries_of())]
        axes += [(axis, n) for axis in dict.fromkeys(record.axes_of())]
    conn = store.db.conn
    if not cited_written:
        conn.executemany(
            "UPDATE records SET cited = ? WHERE n = ? AND cited IS NOT ?",
            [(cited.get(record.id, ""), n, cited.get(record.id, "")) for n, record in numbered],
        )
    conn.executemany("INSERT OR IGNORE INTO record_countries (country, n) VALUES (?, ?)", countries)
    conn.executemany("INSERT OR IGNORE INTO record_axes (axis, n) VALUES (?, ?)", axes)


def cited_names(
    store: Any, records: Sequence[Record], new_records: Sequence[Record] = ()
) -> dict[str, str]:
    """Per record id, the names of the institutions it cites that exist, as its search
    document carries them ("ACRONYM — Title"); records citing none are left out.

    Institutions among `new_records` lend their names to records of the same batch that
    cite them, before they can be looked up in the file.
    """
    referenced = {ref for record in records for ref in getattr(record, "institutions", [])}
    if not referenced:
        return {}
    names = store.institution_names(referenced)
    for record in new_records:
        if isinstance(record, Institution) and record.id in referenced:
            names[record.id] = (
                f"{record.acronym} — {record.title}" if record.acronym else record.title
            )
    cited: dict[str, str] = {}
    for record in records:
        found = [names[ref] for ref in getattr(record, "institutions", []) if ref in names]
        if found:
            cited[record.id] = " · ".join(found)
    return cited


def _link_pairs(records: list[Record]) -> set[tuple[str, str]]:
    return {
        (min(record.id, other), max(record.id, other))
        for record in records
        for other in record.links
        if other != record.id
    }


def _write_links(db: Any, wanted: set[tuple[str, str]]) -> None:
    if not wanted:
        return
    ids = {i for pair in wanted for i in pair}
    present: set[str] = set()
    listed = list(ids)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        present |= {
            row[0] for row in db.execute(f"SELECT id FROM records WHERE id IN ({marks})", chunk)
        }
    at = now_utc()
    db.conn.executemany(
        "INSERT OR IGNORE INTO links (a, b, created_at) VALUES (?, ?, ?)",
        [(a, b, at) for a, b in sorted(wanted) if a in present and b in present],
    )


def _last_sequence(db: Any, kind: Kind) -> int:
    low, high = kind_range(kind)
    row = db.execute("SELECT max(n) FROM records WHERE n BETWEEN ? AND ?", [low, high]).fetchone()
    return int(row[0] - low) if row[0] else 0


def _taken_codes(db: Any, codes: list[str]) -> set[str]:
    taken: set[str] = set()
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        taken |= {
            row[0] for row in db.execute(f"SELECT code FROM records WHERE code IN ({marks})", chunk)
        }
    return taken


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch
