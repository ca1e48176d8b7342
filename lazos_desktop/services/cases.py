"""Following exchanges as cases: the agenda, marking items done, the calendar, the dashboard.

The window's agenda and dashboard, the `due` command and calendar exports all read through
here, so "late", "due this week" and "recent activity" are counted one way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lazos_desktop.domain import agenda as agenda_rules
from lazos_desktop.domain.agenda import Agenda, AgendaItem
from lazos_desktop.domain.case_items import Activity, FollowUpTask
from lazos_desktop.domain.records import Exchange, Kind, Practice, Record
from lazos_desktop.domain.text import fold
from lazos_desktop.services.catalogue import Catalogue, Change
from lazos_desktop.store import import_batches as batches
from lazos_desktop.store.queries import RecordQuery

if TYPE_CHECKING:
    from lazos_desktop.interchange.calendar_file import CalendarWritten

WEEK_DAYS = 7
RECENT_ENTRIES = 8
# Late and upcoming items the overview lists (the rest is "and N more in the agenda").
DASHBOARD_ITEMS = 8
# Records read at once for the agenda: bounds memory on a million-record catalogue.
AGENDA_BATCH = 500
ITEM_STATUSES = {
    "milestone": ("planned", "done", "cancelled"),
    "task": ("open", "done", "cancelled"),
}


class ItemNotFound(LookupError):
    """The record holds no milestone or task with that id (it was removed meanwhile)."""


@dataclass(frozen=True)
class AgendaFilter:
    country: str | None = None
    axis: str | None = None
    responsible: str = ""

    def keeps(self, item: AgendaItem, names: dict[str, str]) -> bool:
        if self.country and self.country.upper() not in item.countries:
            return False
        if self.axis and self.axis.lower() not in item.axes:
            return False
        if self.responsible:
            wanted = fold(self.responsible)
            who = fold(f"{item.responsible} {names.get(item.institution, item.institution)}")
            return wanted in who
        return True


def agenda(
    catalogue: Catalogue,
    *,
    today: dt.date | None = None,
    horizon: int = agenda_rules.LATER_DAYS,
    chosen: AgendaFilter | None = None,
    undated: bool = True,
) -> Agenda:
    """Late items first, then due within 30 days, then within `horizon`, then undated ones.

    Records are read `AGENDA_BATCH` at a time and only their items are kept, so the
    records themselves are never all alive at once, whatever the catalogue's size.
    """
    day = today or dt.date.today()
    wanted = chosen or AgendaFilter()
    records = _agenda_records(catalogue, day, wanted)
    built = agenda_rules.build_agenda(records, day, horizon, undated=undated)
    names = institution_names(catalogue, (item.institution for item in built.items))
    for bucket, items in built.buckets.items():
        built.buckets[bucket] = [item for item in items if wanted.keeps(item, names)]
    return built


def institution_names(catalogue: Catalogue, refs: Iterable[str]) -> dict[str, str]:
    return catalogue.store.institution_names({ref for ref in refs if ref})


def due_summary(catalogue: Catalogue, today: dt.date | None = None) -> dict[str, int]:
    """What the status bar says on opening: late milestones and tasks, tasks due this week
    (within 7 days, today included), counted without reading records one by one."""
    day = today or dt.date.today()
    week_end = day + dt.timedelta(days=WEEK_DAYS)
    return catalogue.store.due_counts(day.isoformat(), week_end.isoformat())


def agenda_json(built: Agenda, names: dict[str, str] | None = None) -> dict[str, Any]:
    """The agenda as `due --json` prints it: one list per bucket, each item whole."""
    labels = names or {}
    payload: dict[str, Any] = {
        "today": built.today.isoformat(),
        "days": built.horizon,
        "counts": {bucket: built.count(bucket) for bucket in agenda_rules.BUCKETS},
    }
    for bucket in agenda_rules.BUCKETS:
        payload[bucket] = [
            {
                **item.as_json(built.today),
                "institution_name": labels.get(item.institution, ""),
            }
            for item in built.buckets.get(bucket, [])
        ]
    return payload


def set_item_status(catalogue: Catalogue, record_id: str, item_id: str, status: str) -> Change:
    """Mark one milestone or task done, cancelled or open again; one undoable update."""
    record = catalogue.get(record_id)
    if not isinstance(record, Exchange):
        raise ItemNotFound(item_id)
    for family, statuses in (
        ("milestones", ITEM_STATUSES["milestone"]),
        ("tasks", ITEM_STATUSES["task"]),
    ):
        items = list(getattr(record, family))
        for position, item in enumerate(items):
            if item.id != item_id:
                continue
            if status not in statuses:
                raise ValueError(status)
            items[position] = item.model_copy(update={"status": status})
            return catalogue.update(record.model_copy(update={family: items}))
    raise ItemNotFound(item_id)


def add_activity(catalogue: Catalogue, record_id: str, activity: Activity) -> Change:
    """Log an entry on a record (newest entries are shown first; the log keeps date order)."""
    record = catalogue.get(record_id)
    if not isinstance(record, Exchange | Practice):
        raise ItemNotFound(record_id)
    entries = sorted([*record.activities, activity], key=lambda a: a.date)
    return catalogue.update(record.model_copy(update={"activities": entries}))


def add_task(catalogue: Catalogue, record_id: str, task: FollowUpTask) -> Change:
    """A new follow-up task on an exchange, after those it already has."""
    record = catalogue.get(record_id)
    if not isinstance(record, Exchange):
        raise ItemNotFound(record_id)
    return catalogue.update(record.model_copy(update={"tasks": [*record.tasks, task]}))


def origins(record: Record, lang: str) -> list[tuple[str, str]]:
    """(words, id) of the milestones and activities a new task can say it came from."""
    from lazos_desktop.domain.dates import show_date

    found: list[tuple[str, str]] = []
    for milestone in getattr(record, "milestones", []):
        found.append((milestone.title, milestone.id))
    for activity in sorted(getattr(record, "activities", []), key=lambda a: a.date, reverse=True):
        found.append((f"{show_date(activity.date, lang)} · {activity.heading()}", activity.id))
    return found


def export_calendar(
    catalogue: Catalogue,
    path: Path,
    *,
    records: Iterable[Record] | None = None,
    lang: str = "es",
    today: dt.date | None = None,
) -> CalendarWritten:
    """Milestones and tasks with dates, and meetings ahead, of `records` (default: all cases)."""
    from lazos_desktop.interchange.calendar_file import write_calendar  # icalendar: only here

    chosen = list(records) if records is not None else _cases(catalogue)
    refs = {ref for record in chosen for ref in _item_institutions(record)}
    return write_calendar(
        path,
        chosen,
        catalogue.vocabularies(),
        today or dt.date.today(),
        lang,
        institution_names(catalogue, refs),
    )


@dataclass(frozen=True)
class RecentEntry:
    record_id: str
    record_code: str
    record_title: str
    activity: Activity
    synthetic: bool = False


@dataclass
class Dashboard:
    """What the overview shows: counts by status, late and upcoming, recent log entries,
    coverage of countries by axes, and how much of the published mapping is held."""

    today: dt.date
    status_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    late: list[AgendaItem] = field(default_factory=list)
    upcoming: list[AgendaItem] = field(default_factory=list)
    late_count: int = 0  # all late items, `late` holding only the first DASHBOARD_ITEMS
    upcoming_count: int = 0
    recent: list[RecentEntry] = field(default_factory=list)
    coverage: dict[tuple[str, str], int] = field(default_factory=dict)
    records_with_late: int = 0
    mapped_total: int | None = None
    mapped_held: int = 0


def dashboard(catalogue: Catalogue, today: dt.date | None = None) -> Dashboard:
    """The overview's figures. Of the agenda only the first `DASHBOARD_ITEMS` late and
    upcoming items and the two counts are kept (what the panel shows): at a million
    records the whole agenda's items and records took gigabytes."""
    day = today or dt.date.today()
    store = catalogue.store
    heads = agenda_rules.agenda_heads(
        _agenda_records(catalogue, day, AgendaFilter()),
        day,
        DASHBOARD_ITEMS,
        agenda_rules.SOON_DAYS,
        undated=False,
    )
    mapped = store.meta("mapped_practices_total")
    return Dashboard(
        today=day,
        status_counts={
            kind.value: store.counts_by_status(kind.value)
            for kind in (Kind.PRACTICE, Kind.EXCHANGE, Kind.TOOLBOX)
        },
        late=heads.buckets[agenda_rules.LATE],
        upcoming=heads.buckets[agenda_rules.SOON],
        late_count=heads.count(agenda_rules.LATE),
        upcoming_count=heads.count(agenda_rules.SOON),
        recent=recent_activity(catalogue, today=day),
        coverage=store.coverage(Kind.PRACTICE.value),
        records_with_late=catalogue.count(RecordQuery(late=True, today=day)),
        mapped_total=int(mapped) if mapped.isdigit() else None,
        mapped_held=mapped_practices_held(catalogue),
    )


def recent_activity(
    catalogue: Catalogue, limit: int = RECENT_ENTRIES, today: dt.date | None = None
) -> list[RecentEntry]:
    """The newest entries of every record's log, newest first."""
    rows = catalogue.rows(RecordQuery(sort="activity", descending=True, limit=limit))
    ids = [row.id for row in rows if row.kind in {"exchange", "practice"}]
    found = batches.records_by_id(catalogue.store, ids)
    day = today or dt.date.today()
    entries = [
        RecentEntry(record.id, record.code, record.title, activity, record.synthetic)
        for record in found.values()
        for activity in getattr(record, "activities", [])
        if activity.date <= day  # a meeting ahead is on the agenda, not in what happened
    ]
    entries.sort(key=lambda e: (e.activity.date, e.record_code), reverse=True)
    return entries[:limit]


def mapped_practices_held(catalogue: Catalogue) -> int:
    """The dashboard's "N de las 48" (see `Catalogue.mapped_practices_held`)."""
    return catalogue.mapped_practices_held()


def _agenda_records(catalogue: Catalogue, day: dt.date, wanted: AgendaFilter) -> Iterator[Record]:
    """The records with agenda items, in list order, read `AGENDA_BATCH` at a time; each
    batch is let go before the next is read."""
    query = RecordQuery(
        agenda=True,
        today=day,
        country=wanted.country.upper() if wanted.country else None,
        axis=wanted.axis.lower() if wanted.axis else None,
    )
    for ids in catalogue.id_batches(query, AGENDA_BATCH):
        found = batches.records_by_id(catalogue.store, ids)
        chosen = [found[i] for i in ids if i in found]
        del found
        chosen.reverse()
        while chosen:
            # Handed over one by one and dropped here, so the batch shrinks as it is used.
            yield chosen.pop()


def _cases(catalogue: Catalogue) -> list[Record]:
    return [
        *catalogue.iter_records(Kind.EXCHANGE.value),
        *(r for r in catalogue.iter_records(Kind.PRACTICE.value) if getattr(r, "activities", [])),
    ]


def _item_institutions(record: Record) -> set[str]:
    refs: set[str] = set()
    for item in [*getattr(record, "milestones", []), *getattr(record, "tasks", [])]:
        if item.institution:
            refs.add(item.institution)
    for activity in getattr(record, "activities", []):
        refs.update(activity.institutions)
    return refs
