"""Lists of records: filters, sort and paging answered by SQLite, never by loading all rows.

The table in the window asks for the ids in sort order once (cheap even at 100,000) and then
for the few rows it shows; the command line asks for pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from lazos_desktop.domain.text import fold

SORTS = {
    "code": "r.kind, r.seq",
    "title": "r.title_key",
    "year": "r.year",
    "updated": "r.updated_at",
    "status": "r.status",
    "countries": "r.countries",
    "kind": "r.kind",
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
    ids: tuple[str, ...] | None = None
    sort: str = "code"
    descending: bool = False
    offset: int = 0
    limit: int | None = None

    def page(self, offset: int, limit: int | None) -> RecordQuery:
        return replace(self, offset=offset, limit=limit)


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
        }


@dataclass
class Page:
    total: int
    rows: list[Summary] = field(default_factory=list)


SUMMARY_COLUMNS = (
    "r.n, r.id, r.code, r.kind, r.title, r.status, r.year, r.countries, r.axes, "
    "r.updated_at, r.synthetic"
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
        conditions.append("r.n IN (SELECT rowid FROM search WHERE search MATCH ?)")
        params.append(match)
    elif query.text.strip():
        conditions.append("0")
    if query.country:
        conditions.append(
            "EXISTS (SELECT 1 FROM record_countries c WHERE c.country = ? AND c.n = r.n)"
        )
        params.append(query.country.upper())
    if query.axis:
        conditions.append("EXISTS (SELECT 1 FROM record_axes a WHERE a.axis = ? AND a.n = r.n)")
        params.append(query.axis.lower())
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
    if query.ids is not None:
        marks = ", ".join("?" for _ in query.ids) or "NULL"
        conditions.append(f"r.id IN ({marks})")
        params.extend(query.ids)
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def order_clause(query: RecordQuery) -> str:
    column = SORTS.get(query.sort, "r.seq")
    direction = "DESC" if query.descending else "ASC"
    return f" ORDER BY {column} {direction}, r.kind {direction}, r.seq {direction}"


def limit_clause(query: RecordQuery) -> tuple[str, list[Any]]:
    if query.limit is None and not query.offset:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if query.limit is None else query.limit, query.offset]


def count(db: Database, query: RecordQuery) -> int:
    where, params = where_clause(query)
    return int(db.execute(f"SELECT count(*) FROM records r{where}", params).fetchone()[0])


def page(db: Database, query: RecordQuery) -> Page:
    return Page(total=count(db, query), rows=summaries(db, query))


def summaries(db: Database, query: RecordQuery) -> list[Summary]:
    where, params = where_clause(query)
    limit, limit_params = limit_clause(query)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM records r{where}{order_clause(query)}{limit}"
    return [_summary(row) for row in db.execute(sql, params + limit_params)]


def row_numbers(db: Database, query: RecordQuery) -> list[int]:
    """Internal row numbers in sort order: the cheap list a long table scrolls over."""
    where, params = where_clause(query)
    sql = f"SELECT r.n FROM records r{where}{order_clause(query)}"
    return [row[0] for row in db.execute(sql, params)]


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
    )
