"""The agenda and the dashboard read records in batches (issue: 2.7 GB window at 1,000,000).

The dashboard keeps only the first items of its two lists and their counts; both must be
exactly what the whole agenda, read at once as before, would show.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable
from typing import Any

import pytest

from lazos_desktop.domain import agenda as agenda_rules
from lazos_desktop.domain.agenda import Agenda
from lazos_desktop.domain.case_items import FollowUpTask
from lazos_desktop.domain.records import Record
from lazos_desktop.services import Catalogue, cases
from lazos_desktop.store import import_batches as batches
from lazos_desktop.store.queries import RecordQuery

TODAY = dt.date.today()


def whole_agenda(catalogue: Catalogue, horizon: int, *, undated: bool) -> Agenda:
    """The agenda as it was built before batches: every record with items read at once."""
    ids = [row.id for row in catalogue.rows(RecordQuery(agenda=True, today=TODAY))]
    found = batches.records_by_id(catalogue.store, ids)
    records = [found[i] for i in ids if i in found]
    return agenda_rules.build_agenda(records, TODAY, horizon, undated=undated)


@pytest.fixture
def busy(catalogue: Catalogue) -> Catalogue:
    """Synthetic cases with many more late and upcoming items than the dashboard lists."""
    catalogue.add_synthetic(400, seed=3)
    for n in range(12):  # due within 30 days, several sharing a date (ties kept in order)
        for code in ("EX-001", "EX-005"):
            task = FollowUpTask(title=f"Tarea {n % 4}", due=TODAY + dt.timedelta(days=n % 5))
            cases.add_task(catalogue, code, task)
    return catalogue


def test_dashboard_lists_and_counts_match_the_whole_agenda(
    busy: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small batches and cutting the kept heads at every chance, so both paths are exercised.
    monkeypatch.setattr(cases, "AGENDA_BATCH", 7)
    monkeypatch.setattr(agenda_rules, "HEAD_SLACK", 0)
    whole = whole_agenda(busy, agenda_rules.SOON_DAYS, undated=False)
    late, soon = whole.buckets[agenda_rules.LATE], whole.buckets[agenda_rules.SOON]
    assert len(late) > cases.DASHBOARD_ITEMS and len(soon) > cases.DASHBOARD_ITEMS
    board = cases.dashboard(busy, today=TODAY)
    assert board.late == late[: cases.DASHBOARD_ITEMS]
    assert board.upcoming == soon[: cases.DASHBOARD_ITEMS]
    assert (board.late_count, board.upcoming_count) == (len(late), len(soon))


def test_the_full_agenda_is_unchanged_by_batches(
    busy: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases, "AGENDA_BATCH", 7)
    built = cases.agenda(busy, today=TODAY)
    assert built.buckets == whole_agenda(busy, agenda_rules.LATER_DAYS, undated=True).buckets
    assert sum(len(items) for items in built.buckets.values()) > 100


def test_heads_keep_the_agenda_order_among_ties() -> None:
    """Items with the same date, code, kind and title keep their reading order."""
    base = agenda_rules.AgendaItem("r", "EX-1", "t", "task", "", "same", TODAY, "open")
    items = [
        dt_item
        for n in range(40)
        for dt_item in [
            agenda_rules.AgendaItem(
                "r",
                "EX-1",
                "t",
                "task",
                f"id-{n}",
                "same",
                TODAY - dt.timedelta(days=n % 3),
                "open",
            )
        ]
    ]
    heads = agenda_rules.AgendaHeads(TODAY, 30, 5, {})
    for item in [base, *items]:
        heads.add(agenda_rules.LATE, item)
    expected = sorted([base, *items], key=agenda_rules.item_order)[:5]
    assert heads.finish().buckets[agenda_rules.LATE] == expected
    assert heads.count(agenda_rules.LATE) == 41


class Tracked:
    """Counts the records `records_by_id` builds and how many are still alive at each call."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.alive_at_call: list[int] = []
        self.refs: list[weakref.ref[Record]] = []
        self.original = batches.records_by_id

    def __call__(self, store: Any, ids: Iterable[str]) -> dict[str, Record]:
        wanted = list(ids)
        self.alive_at_call.append(sum(1 for ref in self.refs if ref() is not None))
        found = self.original(store, wanted)
        self.sizes.append(len(found))
        self.refs += [weakref.ref(record) for record in found.values()]
        return found


@pytest.mark.parametrize("reader", ["dashboard", "agenda"])
def test_records_are_never_all_alive_at_once(
    busy: Catalogue, monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    monkeypatch.setattr(cases, "AGENDA_BATCH", 5)
    tracked = Tracked()
    monkeypatch.setattr(cases.batches, "records_by_id", tracked)
    if reader == "dashboard":
        cases.dashboard(busy, today=TODAY)
    else:
        cases.agenda(busy, today=TODAY)
    agenda_calls = tracked.sizes[:-1] if reader == "dashboard" else tracked.sizes  # + recent
    assert sum(agenda_calls) == busy.count(RecordQuery(agenda=True, today=TODAY))
    assert len(agenda_calls) > 5 and max(agenda_calls) <= 5
    # When a batch is read, at most the one record last handed over is still held.
    assert max(tracked.alive_at_call) <= 1
