"""The records an officer keeps: practices, exchanges, toolbox entries and institutions.

Records are pydantic models because they cross every edge of the program (files, command
line JSON, the window) and must carry the same rules everywhere. Codes of vocabularies are
checked against the catalogue's vocabulary rows in `validation`, not here, since those rows
are data that a catalogue may extend.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from lazos_desktop.domain import no_plugins  # noqa: F401 - before any model builds
from lazos_desktop.domain.case_items import (
    Activity,
    FollowUpTask,
    Milestone,
    fill_item_ids,
    task_from_next_steps,
    with_item_ids,
)
from lazos_desktop.domain.kinds import Kind

CODE_PREFIX: dict[Kind, str] = {
    Kind.PRACTICE: "BP",
    Kind.EXCHANGE: "EX",
    Kind.TOOLBOX: "TB",
    Kind.INSTITUTION: "IN",
}

KIND_BY_PREFIX: dict[str, Kind] = {prefix: kind for kind, prefix in CODE_PREFIX.items()}


def format_code(kind: Kind, sequence: int) -> str:
    """Human code such as ``BP-007``; three digits at least, more when the catalogue grows."""
    return f"{CODE_PREFIX[kind]}-{sequence:03d}"


MAX_CODE_DIGITS = 9  # a billion records per kind; the row number keeps 40 bits for it


def parse_code(code: str) -> tuple[Kind, int] | None:
    """Kind and number of a code such as ``BP-012``; None unless the number is 1 to
    `MAX_CODE_DIGITS` ASCII digits (``str.isdigit`` also takes "١٢" and "²", which
    overflowed or collided in the row numbers)."""
    prefix, _, number = code.strip().upper().partition("-")
    if prefix not in KIND_BY_PREFIX or not _ascii_digits(number):
        return None
    return KIND_BY_PREFIX[prefix], int(number)


def looks_like_code(code: str) -> bool:
    """A known prefix and a dash: meant as one of our codes, well-formed or not."""
    prefix, dash, _ = code.strip().upper().partition("-")
    return bool(dash) and prefix in KIND_BY_PREFIX


def _ascii_digits(text: str) -> bool:
    return 0 < len(text) <= MAX_CODE_DIGITS and text.isascii() and text.isdigit()


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _RandomBytes:
    """Bytes from `os.urandom`, drawn 4 KiB at a time.

    `uuid.uuid4()` asks the system for 16 bytes per id, and each of those calls lets go of
    Python's interpreter lock and takes it straight back. An import makes 10,000 ids in a
    row on the operations' worker; so many short releases keep the window's thread waiting
    for the lock (it is woken, but the worker takes the lock again first), and the window
    stalled for hundreds of milliseconds. One call per 256 ids leaves it free to paint.
    """

    SIZE = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buffer = b""
        self._at = 0
        os.register_at_fork(after_in_child=self._forget)  # a child never repeats our ids

    def take(self, count: int) -> bytes:
        with self._lock:
            if self._at + count > len(self._buffer):
                self._buffer, self._at = os.urandom(self.SIZE), 0
            chunk = self._buffer[self._at : self._at + count]
            self._at += count
            return chunk

    def _forget(self) -> None:
        self._lock = threading.Lock()
        self._buffer, self._at = b"", 0


_random_bytes = _RandomBytes()


def new_id() -> str:
    """A random (version 4) UUID, as `uuid.uuid4()` makes one."""
    return str(uuid.UUID(bytes=_random_bytes.take(16), version=4))


Text = Annotated[str, Field(max_length=200_000)]
Title = Annotated[str, Field(min_length=1, max_length=500)]
CodeList = Annotated[list[str], Field(default_factory=list)]


class Record(BaseModel):
    """Fields every kind shares; `links` holds ids of related records of the other kinds."""

    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, str_strip_whitespace=True, defer_build=True
    )
    kind: ClassVar[Kind]

    id: str = Field(default_factory=new_id)
    code: Annotated[str, Field(max_length=40)] = ""
    title: Title
    source: Text = ""
    synthetic: bool = False
    links: CodeList
    created_at: str = Field(default_factory=now_utc)
    updated_at: str = Field(default_factory=now_utc)
    updated_by: str = ""

    @field_validator("id")
    @classmethod
    def _id_is_uuid(cls, value: str) -> str:
        return str(uuid.UUID(value))

    @field_validator("links", mode="before")
    @classmethod
    def _unique_links(cls, value: Any) -> Any:
        if isinstance(value, list):
            return list(dict.fromkeys(str(v) for v in value))
        return value

    def countries_of(self) -> list[str]:
        return list(getattr(self, "countries", []))

    def axes_of(self) -> list[str]:
        return list(getattr(self, "axes", []))

    def year_of(self) -> int | None:
        return None

    def status_of(self) -> str:
        return str(getattr(self, "status", ""))

    def searchable_texts(self) -> list[str]:
        """Free texts the full-text index holds, beside title and vocabulary labels."""
        return [self.source]


def _upper_codes(value: Any) -> Any:
    if isinstance(value, list):
        return list(dict.fromkeys(str(v).strip().upper() for v in value if str(v).strip()))
    return value


def _lower_codes(value: Any) -> Any:
    if isinstance(value, list):
        return list(dict.fromkeys(str(v).strip().lower() for v in value if str(v).strip()))
    return value


class Practice(Record):
    kind: ClassVar[Kind] = Kind.PRACTICE

    countries: CodeList
    axes: CodeList
    institutions: CodeList
    population_groups: CodeList
    year: int | None = Field(default=None, ge=1950, le=2100)
    summary: Text = ""
    description: Text = ""
    results: Text = ""
    lessons_learned: Text = ""
    replicability: Text = ""
    tags: CodeList
    status: Literal["draft", "validated", "published"] = "draft"
    gender_focus: bool = False
    activities: list[Activity] = Field(default_factory=list)

    @field_validator("countries", mode="before")
    @classmethod
    def _countries_upper(cls, value: Any) -> Any:
        return _upper_codes(value)

    @field_validator("axes", "population_groups", mode="before")
    @classmethod
    def _codes_lower(cls, value: Any) -> Any:
        return _lower_codes(value)

    @model_validator(mode="before")
    @classmethod
    def _derived_item_ids(cls, data: Any) -> Any:
        return with_item_ids(data, ("activities",))

    @model_validator(mode="after")
    def _item_ids(self) -> Practice:
        fill_item_ids(self.id, "activities", self.activities)
        return self

    def year_of(self) -> int | None:
        return self.year

    def searchable_texts(self) -> list[str]:
        return [
            self.summary,
            self.description,
            self.results,
            self.lessons_learned,
            self.replicability,
            " ".join(self.tags),
            activity_texts(self.activities),
            self.source,
        ]


class Party(BaseModel):
    """One side of an exchange; `institution` is the id of an Institution record when known."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)
    country: str
    institution: str = ""
    institution_name: str = ""
    role: Literal["offering", "receiving", "facilitating"] = "offering"

    @field_validator("country", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return str(value).strip().upper() if value is not None else value


class Contact(BaseModel):
    """A focal point: personal data, kept only with a record of how consent was given.

    Exports, bundles and briefs leave contacts out unless the officer chooses to include
    them (see `without_contacts`).
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)
    name: Title
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    consent_date: dt.date | None = None
    consent_note: Text = ""


_EXCHANGE_ITEMS = ("milestones", "tasks", "activities")


class Exchange(Record):
    kind: ClassVar[Kind] = Kind.EXCHANGE

    modality: Literal["bilateral", "triangular", "regional"] = "bilateral"
    parties: list[Party] = Field(default_factory=list)
    axes: CodeList
    platforms: CodeList
    status: Literal["proposed", "active", "paused", "completed", "discontinued"] = "proposed"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    objectives: Text = ""
    agreements: Text = ""
    milestones: list[Milestone] = Field(default_factory=list)
    tasks: list[FollowUpTask] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _next_steps_become_a_task(cls, data: Any) -> Any:
        """Files and catalogues from before follow-up tasks hold free-text next steps: the
        text becomes one open task, unless a task already carries it (a re-import)."""
        if not isinstance(data, dict) or "next_steps" not in data:
            return with_item_ids(data, _EXCHANGE_ITEMS)
        data = dict(data)
        task = task_from_next_steps(str(data.pop("next_steps") or ""))
        if task is None:
            return with_item_ids(data, _EXCHANGE_ITEMS)
        tasks = list(data.get("tasks") or [])
        held = {_task_text(existing) for existing in tasks}
        if not held & {task["title"], task.get("note", "")}:
            tasks.append(task)
        data["tasks"] = tasks
        return with_item_ids(data, _EXCHANGE_ITEMS)

    @field_validator("axes", "platforms", mode="before")
    @classmethod
    def _codes_lower(cls, value: Any) -> Any:
        return _lower_codes(value)

    @model_validator(mode="after")
    def _item_ids(self) -> Exchange:
        fill_item_ids(self.id, "milestones", self.milestones)
        fill_item_ids(self.id, "tasks", self.tasks)
        fill_item_ids(self.id, "activities", self.activities)
        return self

    @property
    def countries(self) -> list[str]:
        return list(dict.fromkeys(p.country for p in self.parties))

    @property
    def next_steps(self) -> str:
        """The open follow-up tasks as lines of text, for formats with a "next steps" field."""
        return "\n".join(
            f"{t.title} ({t.due.isoformat()})" if t.due else t.title
            for t in self.tasks
            if t.is_open
        )

    def countries_of(self) -> list[str]:
        return self.countries

    def year_of(self) -> int | None:
        return self.start_date.year if self.start_date else None

    def searchable_texts(self) -> list[str]:
        party_names = " ".join(p.institution_name for p in self.parties)
        milestones = " ".join(f"{m.title} {m.responsible} {m.note}" for m in self.milestones)
        tasks = " ".join(f"{t.title} {t.responsible} {t.note}" for t in self.tasks)
        return [
            self.objectives,
            self.agreements,
            party_names,
            milestones,
            tasks,
            activity_texts(self.activities),
            self.source,
        ]


class ToolboxEntry(Record):
    kind: ClassVar[Kind] = Kind.TOOLBOX

    tool_type: Literal[
        "guide",
        "methodology",
        "checklist",
        "template",
        "case_study",
        "training_module",
        "media",
    ] = "guide"
    territorial_level: Literal["municipal", "provincial", "national", "regional"] = "regional"
    countries: CodeList
    axes: CodeList
    audience: Text = ""
    summary: Text = ""
    how_to_use: Text = ""
    link: str = ""
    year: int | None = Field(default=None, ge=1950, le=2100)
    status: Literal["draft", "validated", "published"] = "published"

    @field_validator("countries", mode="before")
    @classmethod
    def _countries_upper(cls, value: Any) -> Any:
        return _upper_codes(value)

    @field_validator("axes", mode="before")
    @classmethod
    def _codes_lower(cls, value: Any) -> Any:
        return _lower_codes(value)

    def year_of(self) -> int | None:
        return self.year

    def searchable_texts(self) -> list[str]:
        return [self.audience, self.summary, self.how_to_use, self.source]


class Institution(Record):
    kind: ClassVar[Kind] = Kind.INSTITUTION

    acronym: str = ""
    country: str = ""
    institution_type: str = ""
    website: str = ""
    summary: Text = ""
    contacts: list[Contact] = Field(default_factory=list)

    @field_validator("country", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return str(value).strip().upper() if value is not None else value

    @property
    def countries(self) -> list[str]:
        return [self.country] if self.country else []

    def countries_of(self) -> list[str]:
        return self.countries

    def searchable_texts(self) -> list[str]:
        return [self.acronym, self.summary, self.source]


def activity_texts(activities: list[Activity]) -> str:
    return " ".join(
        " ".join([a.place, " ".join(a.participants), a.summary, a.decisions]) for a in activities
    )


def _task_text(task: Any) -> str:
    if isinstance(task, dict):
        return str(task.get("note") or task.get("title") or "").strip()
    return str(getattr(task, "note", "") or getattr(task, "title", "")).strip()


AnyRecord = Practice | Exchange | ToolboxEntry | Institution

CLASSIFIED_KINDS = (Kind.PRACTICE, Kind.TOOLBOX)
FINISHED_STATUSES = ("validated", "published")


def lacks_classification(record: Record) -> bool:
    """A practice or toolbox entry without ERISE axes or without countries."""
    return record.kind in CLASSIFIED_KINDS and not (record.axes_of() and record.countries_of())


def is_unclassified(record: Record) -> bool:
    """A draft still to classify ("por clasificar"): it may be kept, not validated."""
    return lacks_classification(record) and record.status_of() == "draft"


MODEL_BY_KIND: dict[Kind, type[Record]] = {
    Kind.PRACTICE: Practice,
    Kind.EXCHANGE: Exchange,
    Kind.TOOLBOX: ToolboxEntry,
    Kind.INSTITUTION: Institution,
}


def record_from_dict(kind: Kind | str, data: dict[str, Any]) -> Record:
    """Build a record of `kind` from plain data, ignoring a `kind` key if present."""
    payload = {k: v for k, v in data.items() if k != "kind"}
    return MODEL_BY_KIND[Kind(kind)].model_validate(payload)


def record_to_dict(record: Record, *, with_contacts: bool = True) -> dict[str, Any]:
    """Plain JSON-ready data with the kind first, as files and the command line show it.

    Without contacts the `contacts` key is absent, not empty: a file that does not carry
    them must never read as "this record has no focal points" when merged elsewhere.
    """
    exclude = None if with_contacts else CONTACT_FIELDS
    return {"kind": record.kind.value, **record.model_dump(mode="json", exclude=exclude)}


CONTACT_FIELDS = {"contacts"}


def has_contacts(record: Record) -> bool:
    return bool(getattr(record, "contacts", None))
