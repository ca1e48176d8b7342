"""Search at scale: a text query plus a country filter, first page, against bare FTS5 MATCH."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from benchmarks.common import Row, median, percentile, timed
from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery, fts_match

QUERIES = [
    ("migrantes", "PE"),
    ("empleo", "CO"),
    ("certificacion", "AR"),
    ("cooperativas", "PE"),
    ("form", "EC"),
    ("mujeres jefas", "CL"),
    ("xenofobia", "MX"),
    ("republica dominicana", None),
    ("ventanilla unica", "BR"),
    ("seguridad social", "UY"),
]


def run(path: Path, rounds: int = 20) -> list[Row]:
    catalogue = Catalogue.open(path)
    ours: list[float] = []
    counted: list[float] = []
    for _ in range(rounds):
        for text, country in QUERIES:
            query = RecordQuery(text=text, country=country, limit=50)
            ours += timed(lambda q=query: catalogue.rows(q))
            counted += timed(lambda q=query: catalogue.count(q))
    catalogue.close()
    bare_connection = sqlite3.connect(path)
    bare: list[float] = []
    for _ in range(rounds):
        for text, _country in QUERIES:
            match = fts_match(text)
            bare += timed(
                lambda m=match: bare_connection.execute(
                    "SELECT rowid FROM search WHERE search MATCH ? LIMIT 50", [m]
                ).fetchall()
            )
    bare_connection.close()
    ms = 1000
    return [
        Row("search text+country, first page, median", median(ours) * ms, median(bare) * ms, "ms"),
        Row(
            "search text+country, first page, 95th percentile",
            percentile(ours, 0.95) * ms,
            percentile(bare, 0.95) * ms,
            "ms",
            "<=50 ms, <=3x",
        ),
        Row("  its total count (shown after the rows), median", median(counted) * ms, None, "ms"),
        Row("  its total count, 95th percentile", percentile(counted, 0.95) * ms, None, "ms"),
    ]


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(run(Path(sys.argv[1]))))
