"""The list API at 100,000 records answers pages without loading everything.

Timings here are loose guards against a full scan; precise figures live in `make bench`.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery


@pytest.mark.slow
def test_first_page_and_last_page_at_100k(big_catalogue_path: Path) -> None:
    catalogue = Catalogue.open(big_catalogue_path)
    started = time.perf_counter()
    page = catalogue.query(RecordQuery(kind="practice", sort="title", limit=50))
    first_page = time.perf_counter() - started
    assert page.total > 50_000
    assert len(page.rows) == 50
    assert [r.title for r in page.rows] == sorted(r.title for r in page.rows)
    last = catalogue.query(RecordQuery(kind="practice", sort="title", offset=page.total - 10))
    assert len(last.rows) == 10
    assert first_page < 1.0
    catalogue.close()


@pytest.mark.slow
def test_filters_at_100k_agree_with_counts(big_catalogue_path: Path) -> None:
    catalogue = Catalogue.open(big_catalogue_path)
    query = RecordQuery(country="PE", axis="empleo")
    page = catalogue.query(query.page(0, 20))
    assert 0 < page.total < 100_000
    assert all("PE" in row.countries and "empleo" in row.axes for row in page.rows)
    numbers = catalogue.row_numbers(query)
    assert len(numbers) == page.total
    window = catalogue.summaries_for(numbers[-5:])
    assert [row.n for row in window] == numbers[-5:]
    assert catalogue.stats()["synthetic"]["practice"] > 50_000
    catalogue.close()
