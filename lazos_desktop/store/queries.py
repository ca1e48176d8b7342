"""Lists of records: filters, sort and paging answered by SQLite, never by loading all rows.

The table in the window asks for the ids in sort order once (cheap even at 100,000) and then
for the few rows it shows; the command line asks for pages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from lazos_desktop.domain.text import fold
from lazos_desktop.store.rows import kind_range

if TYPE_CHECKING:
    from sqlite_utils import Database

SORTS = {
    "code": "r.n",
    "title": "r.title_key",
    "year": "r.year",
    "updated": "r.updated_at",
    "status": "r.status",
    "countries": "r.countries",
    "kind": "r.kind",
    # Records with late or soon-due items first, those with nothing pending last.
    "due": "coalesce(r.next_due, '9999-12-31')",
    "activity": "coalesce(r.last_activity, '')",
}


@dataclass(frozen=True)
class RecordQuery:
    kind: str | None = None
    text: str = ""
    country: str | None = None
    axis: str | None = None
    status: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    synthetic: bool | None = None
    unclassified: bool | None = None  # drafts without axes or countries ("por clasificar")
    ids: tuple[str, ...] | None = None
    late: bool | None = None
    open_items: bool | None = None
    # Records the agenda reads: open items, or a meeting on or after `today`.
    agenda: bool = False
    today: dt.date | None = None
    sort: str = "code"
    descending: bool = False
    offset: int = 0
    limit: int | None = None

    def page(self, offset: int, limit: int | None) -> RecordQuery:
        return replace(self, offset=offset, limit=limit)

    def day(self) -> str:
        """The day "late" is measured against: the one given, else today."""
        return (self.today or dt.date.today()).isoformat()


@dataclass(frozen=True)
class Summary:
    """What a list shows of a record; the full record is fetched on demand."""

    n: int
    id: str
    code: str
    kind: str
    title: str
    status: str
    year: int | None
    countries: list[str]
    axes: list[str]
    updated_at: str
    synthetic: bool
    next_due: str | None = None
    open_items: int = 0

    def is_late(self, today: dt.date) -> bool:
        """Whether some planned milestone or open task of the record is past its date."""
        return self.next_due is not None and self.next_due < today.isoformat()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "kind": self.kind,
            "title": self.title,
            "status": self.status,
            "year": self.year,
            "countries": self.countries,
            "axes": self.axes,
            "updated_at": self.updated_at,
            "synthetic": self.synthetic,
            "next_due": self.next_due,
            "open_items": self.open_items,
        }


@dataclass
class Page:
    total: int
    rows: list[Summary] = field(default_factory=list)


# `domain.records.is_unclassified` in SQL, on the row's own columns.
UNCLASSIFIED_SQL = (
    "(r.kind IN ('practice', 'toolbox') AND r.status = 'draft' "
    "AND (r.axes = '' OR r.countries = ''))"
)

SUMMARY_COLUMNS = (
    "r.n, r.id, r.code, r.kind, r.title, r.status, r.year, r.countries, r.axes, "
    "r.updated_at, r.synthetic, r.next_due, r.open_items"
)


def fts_match(text: str) -> str | None:
    """An FTS5 expression: every word of `text` as a prefix, all required."""
    words = re.findall(r"\w+", fold(text))
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def where_clause(query: RecordQuery) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if query.kind:
        conditions.append("r.kind = ?")
        params.append(query.kind)
    match = fts_match(query.text)
    if match:
        conditions.append(f"r.n IN ({_text_rows(query)})")
        params.extend(_text_params(query, match))
    elif query.text.strip():
        conditions.append("0")
    if query.country:
        conditions.append("r.n IN (SELECT n FROM record_countries WHERE country = ?)")
        params.append(query.country.upper())
    if query.axis:
        conditions.append("r.n IN (SELECT n FROM record_axes WHERE axis = ?)")
        params.append(query.axis.lower())
    conditions_on_row, row_params = _row_conditions(query)
    conditions += conditions_on_row
    params += row_params
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def _text_rows(query: RecordQuery) -> str:
    """Matching row numbers, narrowed to the kind's range inside the index itself."""
    if query.kind:
        return "SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?"
    return "SELECT rowid FROM search WHERE search MATCH ?"


def _text_params(query: RecordQuery, match: str) -> list[Any]:
    return [match, *kind_range(query.kind)] if query.kind else [match]


def _row_conditions(query: RecordQuery) -> tuple[list[str], list[Any]]:
    """Filters answered by the `records` row itself."""
    conditions: list[str] = []
    params: list[Any] = []
    if query.status:
        conditions.append("r.status = ?")
        params.append(query.status)
    if query.year_from is not None:
        conditions.append("r.year >= ?")
        params.append(query.year_from)
    if query.year_to is not None:
        conditions.append("r.year <= ?")
        params.append(query.year_to)
    if query.synthetic is not None:
        conditions.append("r.synthetic = ?")
        params.append(int(query.synthetic))
    if query.late is not None:
        conditions.append(
            "r.next_due < ?" if query.late else "(r.next_due IS NULL OR r.next_due >= ?)"
        )
        params.append(query.day())
    if query.open_items is not None:
        conditions.append("r.open_items > 0" if query.open_items else "r.open_items = 0")
    if query.agenda:
        conditions.append("(r.open_items > 0 OR r.last_event >= ?)")
        params.append(query.day())
    if query.unclassified is not None:
        condition = UNCLASSIFIED_SQL if query.unclassified else f"NOT ({UNCLASSIFIED_SQL})"
        conditions.append(condition)
    if query.ids is not None:
        marks = ", ".join("?" for _ in query.ids) or "NULL"
        conditions.append(f"r.id IN ({marks})")
        params.extend(query.ids)
    return conditions, params


def order_clause(query: RecordQuery) -> str:
    column = SORTS.get(query.sort, "r.n")
    direction = "DESC" if query.descending else "ASC"
    if column == "r.n":
        return f" ORDER BY r.n {direction}"
    return f" ORDER BY {column} {direction}, r.n {direction}"


def limit_clause(query: RecordQuery) -> tuple[str, list[Any]]:
    if query.limit is None and not query.offset:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if query.limit is None else query.limit, query.offset]


def count(db: Database, query: RecordQuery) -> int:
    sets = _row_sets(query)
    if sets is not None:
        sql, params = sets
        return int(db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
    where, params = where_clause(query)
    return int(db.execute(f"SELECT count(*) FROM records r{where}", params).fetchone()[0])


def page(db: Database, query: RecordQuery) -> Page:
    return Page(total=count(db, query), rows=summaries(db, query))


def summaries(db: Database, query: RecordQuery) -> list[Summary]:
    """One page of summaries in the asked order.

    In code order with words to find, the full-text index is walked in row order (which is
    code order) and stops after the page, so a common word costs no more than a rare one.
    """
    limit, limit_params = limit_clause(query)
    match = fts_match(query.text)
    if match and SORTS.get(query.sort) == "r.n":
        where, params = _index_driven_where(query, match)
        direction = "DESC" if query.descending else "ASC"
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM search s JOIN records r ON r.n = s.rowid"
            f"{where} ORDER BY s.rowid {direction}{limit}"
        )
        return [_summary(row) for row in db.execute(sql, params + limit_params)]
    where, params = where_clause(query)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM records r{where}{order_clause(query)}{limit}"
    return [_summary(row) for row in db.execute(sql, params + limit_params)]


def _index_driven_where(query: RecordQuery, match: str) -> tuple[str, list[Any]]:
    conditions = ["search MATCH ?"]
    params: list[Any] = [match]
    if query.kind:
        conditions.append("s.rowid BETWEEN ? AND ?")
        params.extend(kind_range(query.kind))
    if query.country:
        conditions.append(
            "EXISTS (SELECT 1 FROM record_countries c WHERE c.country = ? AND c.n = r.n)"
        )
        params.append(query.country.upper())
    if query.axis:
        conditions.append("EXISTS (SELECT 1 FROM record_axes a WHERE a.axis = ? AND a.n = r.n)")
        params.append(query.axis.lower())
    row_conditions, row_params = _row_conditions(query)
    return " WHERE " + " AND ".join(conditions + row_conditions), params + row_params


def _row_sets(query: RecordQuery) -> tuple[str, list[Any]] | None:
    """Matching row numbers as an intersection of sorted sets, when no row filter is asked.

    Intersecting the index's rowids with the country and axis tables never touches the
    records themselves, which makes counting a common word several times cheaper.
    """
    if _row_conditions(query)[0]:
        return None
    parts: list[str] = []
    params: list[Any] = []
    low, high = kind_range(query.kind) if query.kind else (None, None)
    match = fts_match(query.text)
    if query.text.strip() and not match:
        return "SELECT 1 WHERE 0", []
    if match:
        parts.append(_text_rows(query))
        params.extend(_text_params(query, match))
    for table, column, value in (
        ("record_countries", "country", (query.country or "").upper()),
        ("record_axes", "axis", (query.axis or "").lower()),
    ):
        if value:
            bounded = " AND n BETWEEN ? AND ?" if query.kind else ""
            parts.append(f"SELECT n FROM {table} WHERE {column} = ?{bounded}")
            params.extend([value, low, high] if query.kind else [value])
    if not parts:
        return None
    return " INTERSECT ".join(parts), params


def row_numbers(db: Database, query: RecordQuery) -> list[int]:
    """Internal row numbers in sort order: the cheap list a long table scrolls over."""
    sets = _row_sets(query)
    if sets is not None and SORTS.get(query.sort) == "r.n":
        sql, params = sets
        numbers = [row[0] for row in db.execute(f"{sql} ORDER BY 1", params)]
        return numbers[::-1] if query.descending else numbers
    where, params = where_clause(query)
    sql = f"SELECT r.n FROM records r{where}{order_clause(query)}"
    return [row[0] for row in db.execute(sql, params)]


def id_batches(db: Database, query: RecordQuery, size: int) -> Iterator[list[str]]:
    """Ids of the matching records in the list's order, `size` at a time from one cursor.

    A caller working through a large share of the catalogue (the agenda at a million
    records) then holds one batch of ids, not every id and its summary at once.
    """
    where, params = where_clause(query)
    limit, limit_params = limit_clause(query)
    sql = f"SELECT r.id FROM records r{where}{order_clause(query)}{limit}"
    cursor = db.execute(sql, params + limit_params)
    while rows := cursor.fetchmany(size):
        yield [row[0] for row in rows]


def summaries_for(db: Database, numbers: list[int]) -> list[Summary]:
    """Summaries of the given row numbers, in the order given."""
    if not numbers:
        return []
    found: dict[int, Summary] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        sql = f"SELECT {SUMMARY_COLUMNS} FROM records r WHERE r.n IN ({marks})"
        for row in db.execute(sql, chunk):
            found[row[0]] = _summary(row)
    return [found[n] for n in numbers if n in found]


def _summary(row: tuple[Any, ...]) -> Summary:
    return Summary(
        n=row[0],
        id=row[1],
        code=row[2],
        kind=row[3],
        title=row[4],
        status=row[5],
        year=row[6],
        countries=row[7].split() if row[7] else [],
        axes=row[8].split() if row[8] else [],
        updated_at=row[9],
        synthetic=bool(row[10]),
        next_due=row[11],
        open_items=int(row[12] or 0),
    )
