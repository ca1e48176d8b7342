"""What is late and what is due: the officer's agenda worked out from the records.

"Late" has one meaning everywhere (list, card, agenda, dashboard, briefs, command line): a
milestone still planned, or a task still open, whose date is before today. The word and the
colour that show it are defined here once, so that no screen says it differently.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.case_items import Activity, FollowUpTask, Milestone
from lazos_desktop.domain.records import Exchange, Practice, Record

LATE_WORD: dict[str, str] = {"es": "Atrasado", "en": "Late", "pt": "Atrasado"}
WITH_LATE_WORD: dict[str, str] = {"es": "Con atrasos", "en": "With late items", "pt": "Com atrasos"}
LATE_HEX = "#B5452F"
SOON_HEX = "#B26A1E"

SOON_DAYS = 30
LATER_DAYS = 90

# Buckets of the agenda, in the order it shows them.
LATE, SOON, LATER, UNDATED = "late", "soon", "later", "undated"
BUCKETS = (LATE, SOON, LATER, UNDATED)


def late_word(lang: str) -> str:
    return LATE_WORD.get(lang, LATE_WORD["es"])


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda: an open milestone or task, or an upcoming meeting."""

    record_id: str
    record_code: str
    record_title: str
    item: str  # milestone, task or activity
    item_id: str
    title: str
    when: dt.date | None
    status: str
    responsible: str = ""
    institution: str = ""
    activity_type: str = ""
    countries: tuple[str, ...] = ()
    axes: tuple[str, ...] = ()
    synthetic: bool = False

    def is_late(self, today: dt.date) -> bool:
        return self.item != "activity" and self.when is not None and self.when < today

    def bucket(self, today: dt.date, horizon: int = LATER_DAYS) -> str | None:
        """Where the agenda puts the item; None when it is further than `horizon` days."""
        if self.when is None:
            return UNDATED
        if self.is_late(today):
            return LATE
        days = (self.when - today).days
        if days > horizon:
            return None
        return SOON if days <= SOON_DAYS else LATER

    def as_json(self, today: dt.date) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "code": self.record_code,
            "record_title": self.record_title,
            "item": self.item,
            "item_id": self.item_id,
            "title": self.title,
            "date": self.when.isoformat() if self.when else None,
            "status": self.status,
            "late": self.is_late(today),
            "days": (self.when - today).days if self.when else None,
            "responsible": self.responsible,
            "institution": self.institution,
            "activity_type": self.activity_type,
            "countries": list(self.countries),
            "axes": list(self.axes),
            "synthetic": self.synthetic,
        }


@dataclass
class Agenda:
    """The agenda's items by bucket, each bucket in date order."""

    today: dt.date
    horizon: int
    buckets: dict[str, list[AgendaItem]] = field(default_factory=dict)

    @property
    def items(self) -> list[AgendaItem]:
        return [item for name in BUCKETS for item in self.buckets.get(name, [])]

    def count(self, bucket: str) -> int:
        return len(self.buckets.get(bucket, []))

    def late_of(self, item: str) -> int:
        return sum(1 for entry in self.buckets.get(LATE, []) if entry.item == item)


def open_items(record: Record) -> list[Milestone | FollowUpTask]:
    """Planned milestones and open tasks: what still needs doing in a case."""
    found: list[Milestone | FollowUpTask] = []
    if isinstance(record, Exchange):
        found += [m for m in record.milestones if m.is_open]
        found += [t for t in record.tasks if t.is_open]
    return found


def next_due(record: Record) -> dt.date | None:
    """The earliest date among open items: before today means the record has late items."""
    dates = [item.when for item in open_items(record) if item.when is not None]
    return min(dates) if dates else None


def last_activity(record: Record) -> dt.date | None:
    """The newest entry of the record's activity log, of any type."""
    activities = record.activities if isinstance(record, Exchange | Practice) else []
    return max((a.date for a in activities), default=None)


def last_event(record: Record) -> dt.date | None:
    """The latest meeting, mission, call or workshop: ahead of today means one is coming."""
    activities = record.activities if isinstance(record, Exchange | Practice) else []
    return max((a.date for a in activities if a.is_event), default=None)


def case_columns(record: Record) -> dict[str, str | int | None]:
    """What the `records` row keeps of a case so lists sort and filter on it cheaply."""
    due, activity, event = next_due(record), last_activity(record), last_event(record)
    return {
        "next_due": due.isoformat() if due else None,
        "open_items": len(open_items(record)),
        "last_activity": activity.isoformat() if activity else None,
        "last_event": event.isoformat() if event else None,
    }


def late_items(record: Record, today: dt.date) -> list[Milestone | FollowUpTask]:
    return [item for item in open_items(record) if item.is_late(today)]


def upcoming_activities(record: Record, today: dt.date) -> list[Activity]:
    activities = record.activities if isinstance(record, Exchange | Practice) else []
    return [a for a in activities if a.is_event and a.date >= today]


def record_items(record: Record, today: dt.date) -> list[AgendaItem]:
    """Every agenda line of one record: open milestones and tasks, upcoming meetings."""
    common: dict[str, Any] = {
        "record_id": record.id,
        "record_code": record.code,
        "record_title": record.title,
        "countries": tuple(record.countries_of()),
        "axes": tuple(record.axes_of()),
        "synthetic": record.synthetic,
    }
    items: list[AgendaItem] = []
    for entry in open_items(record):
        items.append(
            AgendaItem(
                **common,
                item="milestone" if isinstance(entry, Milestone) else "task",
                item_id=entry.id,
                title=entry.title,
                when=entry.when,
                status=entry.status,
                responsible=entry.responsible,
                institution=entry.institution,
            )
        )
    for activity in upcoming_activities(record, today):
        items.append(
            AgendaItem(
                **common,
                item="activity",
                item_id=activity.id,
                title=activity.heading(),
                when=activity.date,
                status="planned",
                institution=activity.institutions[0] if activity.institutions else "",
                responsible=", ".join(activity.participants),
                activity_type=activity.type,
            )
        )
    return items


def item_order(item: AgendaItem) -> tuple[dt.date, str, str, str]:
    """The agenda's order inside a bucket: by date (undated last), then code, kind, title."""
    return (item.when or dt.date.max, item.record_code, item.item, item.title)


def bucketed_items(
    records: Iterable[Record],
    today: dt.date,
    horizon: int = LATER_DAYS,
    *,
    undated: bool = True,
) -> Iterator[tuple[str, AgendaItem]]:
    """Each record's agenda lines with their bucket, record by record, so a caller reading
    records in batches never needs them all at once (a million-record catalogue)."""
    for record in records:
        for item in record_items(record, today):
            bucket = item.bucket(today, horizon)
            if bucket is None or (bucket == UNDATED and not undated):
                continue
            yield bucket, item


def build_agenda(
    records: Iterable[Record],
    today: dt.date,
    horizon: int = LATER_DAYS,
    *,
    undated: bool = True,
) -> Agenda:
    """Late items first, then those due within 30 days, then within `horizon`, then undated."""
    agenda = Agenda(today, horizon, {name: [] for name in BUCKETS})
    for bucket, item in bucketed_items(records, today, horizon, undated=undated):
        agenda.buckets[bucket].append(item)
    for items in agenda.buckets.values():
        items.sort(key=item_order)
    return agenda


@dataclass
class AgendaHeads:
    """The first `limit` items of each bucket in the agenda's order, and every bucket's
    count: what a summary shows, without keeping the hundreds of thousands of items a
    large catalogue's agenda holds."""

    today: dt.date
    horizon: int
    limit: int
    buckets: dict[str, list[AgendaItem]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, bucket: str, item: AgendaItem) -> None:
        """Count the item and keep it while it may still be among the first `limit`.

        Kept items stay in agenda order ahead of newer ones, so cutting with the stable
        `nsmallest` gives exactly the head a full sort would (ties keep reading order).
        """
        self.counts[bucket] = self.counts.get(bucket, 0) + 1
        kept = self.buckets.setdefault(bucket, [])
        kept.append(item)
        if len(kept) >= 2 * self.limit + HEAD_SLACK:
            self.buckets[bucket] = heapq.nsmallest(self.limit, kept, key=item_order)

    def finish(self) -> AgendaHeads:
        for bucket, kept in self.buckets.items():
            self.buckets[bucket] = heapq.nsmallest(self.limit, kept, key=item_order)
        return self

    def count(self, bucket: str) -> int:
        return self.counts.get(bucket, 0)


# How many items past the head a bucket may gather before it is cut back to `limit`:
# cutting on every item would cost a sort each time.
HEAD_SLACK = 256


def agenda_heads(
    records: Iterable[Record],
    today: dt.date,
    limit: int,
    horizon: int = LATER_DAYS,
    *,
    undated: bool = True,
) -> AgendaHeads:
    """`build_agenda`'s first `limit` items of each bucket and its counts, in bounded memory."""
    heads = AgendaHeads(today, horizon, limit, {name: [] for name in BUCKETS})
    for bucket, item in bucketed_items(records, today, horizon, undated=undated):
        heads.add(bucket, item)
    return heads.finish()
