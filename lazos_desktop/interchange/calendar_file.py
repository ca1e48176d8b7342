"""The iCalendar file of a catalogue's dates: milestones, tasks with a due date, meetings ahead.

Every entry is an all-day event whose UID is the item's own id, so importing a newer file in
Outlook, Thunderbird or a phone calendar updates the entries it already holds instead of
adding copies. SEQUENCE and LAST-MODIFIED follow the record's last change, so a file exported
twice without changes is the same file, and a changed record reads as a newer revision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar, Event

from lazos_desktop import __version__
from lazos_desktop.domain.case_items import Activity, FollowUpTask, Milestone
from lazos_desktop.domain.dates import show_date
from lazos_desktop.domain.records import Exchange, Practice, Record
from lazos_desktop.domain.vocabularies import (
    ACTIVITY_TYPE,
    MILESTONE_STATUS,
    TASK_STATUS,
    Vocabularies,
)
from lazos_desktop.interchange.file_messages import render

PRODID = f"-//LAZOS Desktop//{__version__}//ES"
UID_DOMAIN = "lazos-desktop"
_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class CalendarWritten:
    events: int
    uids: tuple[str, ...]


def uid_of(item_id: str) -> str:
    return f"{item_id}@{UID_DOMAIN}"


def calendar_bytes(
    records: Iterable[Record],
    vocab: Vocabularies,
    today: dt.date,
    lang: str = "es",
    institution_names: dict[str, str] | None = None,
) -> tuple[bytes, tuple[str, ...]]:
    """The calendar's bytes and the UIDs it holds, in record and item order."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", render("calendar_name", lang))
    names = institution_names or {}
    uids: list[str] = []
    for record in records:
        for event in _events(record, vocab, today, lang, names):
            calendar.add_component(event)
            uids.append(str(event["uid"]))
    return calendar.to_ical(), tuple(uids)


def write_calendar(
    path: Path,
    records: Iterable[Record],
    vocab: Vocabularies,
    today: dt.date,
    lang: str = "es",
    institution_names: dict[str, str] | None = None,
) -> CalendarWritten:
    data, uids = calendar_bytes(records, vocab, today, lang, institution_names)
    path.write_bytes(data)
    return CalendarWritten(len(uids), uids)


def _events(
    record: Record, vocab: Vocabularies, today: dt.date, lang: str, names: dict[str, str]
) -> list[Event]:
    events: list[Event] = []
    if isinstance(record, Exchange):
        for milestone in record.milestones:
            if milestone.date is not None:
                events.append(_milestone_event(record, milestone, vocab, lang, names))
        for task in record.tasks:
            if task.due is not None:
                events.append(_task_event(record, task, vocab, lang, names))
    if isinstance(record, Exchange | Practice):
        for activity in record.activities:
            if activity.is_event and activity.date >= today:
                events.append(_activity_event(record, activity, vocab, lang, names))
    return events


def _milestone_event(
    record: Record, milestone: Milestone, vocab: Vocabularies, lang: str, names: dict[str, str]
) -> Event:
    assert milestone.date is not None
    lines = [
        render(
            "calendar_status", lang, status=vocab.label(MILESTONE_STATUS, milestone.status, lang)
        ),
        _responsible(milestone.responsible, milestone.institution, lang, names),
        milestone.note,
    ]
    return _event(
        record,
        milestone.id,
        milestone.date,
        render("calendar_milestone", lang, code=record.code, title=milestone.title),
        lines,
        "CANCELLED" if milestone.status == "cancelled" else "CONFIRMED",
        lang,
    )


def _task_event(
    record: Record, task: FollowUpTask, vocab: Vocabularies, lang: str, names: dict[str, str]
) -> Event:
    assert task.due is not None
    lines = [
        render("calendar_status", lang, status=vocab.label(TASK_STATUS, task.status, lang)),
        _responsible(task.responsible, task.institution, lang, names),
        task.note,
    ]
    return _event(
        record,
        task.id,
        task.due,
        render("calendar_task", lang, code=record.code, title=task.title),
        lines,
        "CANCELLED" if task.status == "cancelled" else "CONFIRMED",
        lang,
    )


def _activity_event(
    record: Record, activity: Activity, vocab: Vocabularies, lang: str, names: dict[str, str]
) -> Event:
    kind = vocab.label(ACTIVITY_TYPE, activity.type, lang)
    who = [names.get(ref, ref) for ref in activity.institutions] + activity.participants
    lines = [
        render("calendar_participants", lang, names=", ".join(who)) if who else "",
        activity.summary,
        activity.decisions,
    ]
    event = _event(
        record,
        activity.id,
        activity.date,
        render(
            "calendar_activity", lang, code=record.code, type=kind, title=activity.heading()
        ).rstrip(" :"),
        lines,
        "CONFIRMED",
        lang,
    )
    if activity.place:
        event.add("location", activity.place)
    return event


def _event(
    record: Record,
    item_id: str,
    day: dt.date,
    summary: str,
    lines: list[str],
    status: str,
    lang: str,
) -> Event:
    changed = _stamp(record.updated_at)
    event = Event()
    event.add("uid", uid_of(item_id))
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("sequence", max(0, int((changed - _EPOCH).total_seconds() // 60)))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    header = f"{record.code} — {record.title} ({show_date(day, lang)})"
    event.add("description", "\n".join([header, *(line for line in lines if line)]))
    event.add("status", status)
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["LAZOS", record.code])
    return event


def _responsible(name: str, institution: str, lang: str, names: dict[str, str]) -> str:
    who = ", ".join(part for part in (name, names.get(institution, institution)) if part)
    return render("calendar_responsible", lang, name=who) if who else ""


def _stamp(text: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return _EPOCH
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
