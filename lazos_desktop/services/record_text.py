"""A record as lines of plain text, the way the window's card shows it: field labels,
country names, vocabulary labels, institution names and dates in the officer's language.

`lazos-desktop show` prints these lines; `show --json` keeps the codes, ids and ISO dates
that other programs read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from lazos_desktop.domain import languages
from lazos_desktop.domain.agenda import LATE_WORD
from lazos_desktop.domain.case_items import Activity, FollowUpTask, Milestone
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.dates import show_date, show_moment
from lazos_desktop.domain.messages import author_name, field_label
from lazos_desktop.domain.records import Contact, Party, Record
from lazos_desktop.domain.vocabularies import (
    ACTIVITY_TYPE,
    MILESTONE_STATUS,
    PARTY_ROLE,
    TASK_STATUS,
    Vocabularies,
)
from lazos_desktop.interchange.row_records import STATUS_VOCABULARY, VOCABULARY_OF
from lazos_desktop.services.catalogue import Catalogue

HIDDEN = {"id", "code", "title", "links", "synthetic"}
LAST = ("source", "created_at", "updated_at", "updated_by")  # after the record's own fields
UNDATED = {"es": "sin fecha", "en": "undated", "pt": "sem data"}
YES_NO = {"es": ("sí", "no"), "en": ("yes", "no"), "pt": ("sim", "não")}
DECISIONS = {"es": "Decisiones", "en": "Decisions", "pt": "Decisões"}


def record_lines(record: Record, catalogue: Catalogue, lang: str = "es") -> list[str]:
    """One line per field with a value ("  Label: value"); lists of parties, milestones,
    tasks, activities and contacts take one indented line per item."""
    reader = _Reader(catalogue, lang)
    lines = []
    names = [n for n in type(record).model_fields if n not in LAST] + list(LAST)
    for name in names:
        if name in HIDDEN:
            continue
        value = getattr(record, name)
        if value in ("", [], None):
            continue
        shown = list(reader.values(record, name, value))
        label = field_label(name, lang)
        if len(shown) == 1 and not isinstance(value, list | tuple):
            lines.append(f"  {label}: {shown[0]}")
        elif name in {"parties", "milestones", "tasks", "activities", "contacts"}:
            lines.append(f"  {label}:")
            lines.extend(f"    · {line}" for line in shown)
        else:
            lines.append(f"  {label}: {'; '.join(shown)}")
    return lines


class _Reader:
    def __init__(self, catalogue: Catalogue, lang: str) -> None:
        self.catalogue = catalogue
        self.lang = lang
        self.vocab: Vocabularies = catalogue.vocabularies()
        self.today = dt.date.today()
        self._names: dict[str, str] = {}

    def values(self, record: Record, name: str, value: Any) -> Iterator[str]:
        lang = self.lang
        if name in {"created_at", "updated_at"}:
            yield show_moment(str(value), lang)
        elif name == "updated_by":
            yield author_name(str(value), lang)
        elif isinstance(value, dt.date):
            yield show_date(value, lang)
        elif isinstance(value, bool):
            yield YES_NO.get(lang, YES_NO["es"])[0 if value else 1]
        elif name in {"countries", "country"}:
            yield from (country_name(c, lang) for c in _listed(value))
        elif name == "status":
            yield self.vocab.label(STATUS_VOCABULARY.get(record.kind, ""), value, lang)
        elif name in VOCABULARY_OF:
            yield from (self.vocab.label(VOCABULARY_OF[name], c, lang) for c in _listed(value))
        elif name == "institutions":
            yield from (self.institution(ref) for ref in value)
        elif isinstance(value, list) and value and name in _ITEMS:
            yield from (_ITEMS[name](self, item) for item in value)
        elif isinstance(value, list):
            yield from (str(item) for item in value)
        else:
            yield str(value)

    def institution(self, ref: str) -> str:
        if ref not in self._names:
            found = self.catalogue.find(ref) if ref else None
            self._names[ref] = found.title if found is not None else ref
        return self._names[ref]

    def party(self, party: Party) -> str:
        name = party.institution_name or self.institution(party.institution)
        role = self.vocab.label(PARTY_ROLE, party.role, self.lang)
        return f"{country_name(party.country, self.lang)} — {name} ({role})"

    def milestone(self, milestone: Milestone) -> str:
        state = self.vocab.label(MILESTONE_STATUS, milestone.status, self.lang)
        if milestone.is_late(self.today):
            state = languages.pick(LATE_WORD, self.lang).upper()
        line = f"{self.day(milestone.date)} · {milestone.title} — {state}"
        return _joined(line, milestone.note, self.who(milestone.responsible, milestone.institution))

    def task(self, task: FollowUpTask) -> str:
        state = self.vocab.label(TASK_STATUS, task.status, self.lang)
        if task.is_late(self.today):
            state = languages.pick(LATE_WORD, self.lang).upper()
        line = f"{self.day(task.due)} · {task.title} — {state}"
        return _joined(line, self.who(task.responsible, task.institution), task.note)

    def activity(self, activity: Activity) -> str:
        kind = self.vocab.label(ACTIVITY_TYPE, activity.type, self.lang)
        head = " · ".join(
            p for p in (show_date(activity.date, self.lang), kind, activity.place) if p
        )
        people = [self.institution(ref) for ref in activity.institutions] + activity.participants
        decisions = (
            f"{languages.pick(DECISIONS, self.lang)}: {activity.decisions}"
            if activity.decisions
            else ""
        )
        return _joined(head, activity.summary, ", ".join(people), decisions)

    def contact(self, contact: Contact) -> str:
        parts = (contact.name, contact.role, contact.organisation, contact.email, contact.phone)
        return " · ".join(p for p in parts if p)

    def day(self, day: dt.date | None) -> str:
        return show_date(day, self.lang) if day else languages.pick(UNDATED, self.lang)

    def who(self, responsible: str, institution: str) -> str:
        return ", ".join(p for p in (responsible, self.institution(institution)) if p)


def _joined(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


def _listed(value: Any) -> list[str]:
    return list(value) if isinstance(value, list | tuple) else [value] if value else []


_ITEMS: dict[str, Callable[[_Reader, Any], str]] = {
    "parties": _Reader.party,
    "milestones": _Reader.milestone,
    "tasks": _Reader.task,
    "activities": _Reader.activity,
    "contacts": _Reader.contact,
}
