"""What happens in a case over time: milestones, the activity log and follow-up tasks.

These items live inside their record (an exchange, or a practice for the activity log), so
history, undo, bundles, exports and search carry them like any other field. Each item has
an id of its own: tasks point at the milestone or activity that produced them, calendars
recognise an exported item again by it, and the agenda marks one done by it.

Items that arrive without an id (files written before items had one, sheets typed by hand)
get one derived from the record's id, the list, the position and the title, so that
reading the same file twice gives the same ids and a merge sees no spurious change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lazos_desktop.domain import no_plugins  # noqa: F401 - before any model builds

Text = Annotated[str, Field(max_length=200_000)]
Title = Annotated[str, Field(min_length=1, max_length=500)]
Name = Annotated[str, Field(max_length=500)]

ITEM_NAMESPACE = uuid.UUID("5d6f0c7e-3b0a-4d7e-9a55-4c415a4f5331")

ACTIVITY_TYPES = (
    "meeting",
    "mission",
    "call",
    "workshop",
    "agreement",
    "report",
    "note",
)
# Activities that are events someone attends: the calendar carries the upcoming ones.
EVENT_TYPES = frozenset({"meeting", "mission", "call", "workshop"})
TASK_STATUSES = ("open", "done", "cancelled")
MILESTONE_STATUSES = ("planned", "done", "cancelled")

TASK_TITLE_LIMIT = 200


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

    id: str = Field(default_factory=lambda: str(uuid.uuid4()))

    @field_validator("id")
    @classmethod
    def _id_is_uuid_or_empty(cls, value: str) -> str:
        return str(uuid.UUID(value)) if value else ""


class Milestone(_Item):
    """A step of a roadmap with its planned date; late while planned and past its date."""

    date: dt.date | None = None
    title: Title
    status: Literal["planned", "done", "cancelled"] = "planned"
    responsible: Name = ""
    institution: str = ""
    note: Text = ""

    def is_late(self, today: dt.date) -> bool:
        return self.status == "planned" and self.date is not None and self.date < today

    @property
    def is_open(self) -> bool:
        return self.status == "planned"

    @property
    def when(self) -> dt.date | None:
        return self.date


class Activity(_Item):
    """One entry of the activity log: what happened, when, where, with whom, what was decided."""

    date: dt.date
    type: Literal["meeting", "mission", "call", "workshop", "agreement", "report", "note"] = (
        "meeting"
    )
    place: Name = ""
    institutions: list[str] = Field(default_factory=list)
    participants: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list)
    summary: Text = ""
    decisions: Text = ""

    @field_validator("institutions", "participants", mode="before")
    @classmethod
    def _unique(cls, value: Any) -> Any:
        if isinstance(value, list):
            return list(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))
        return value

    @property
    def is_event(self) -> bool:
        return self.type in EVENT_TYPES

    def heading(self) -> str:
        """The words a timeline shows for the entry: its summary's first line, else nothing."""
        return self.summary.strip().splitlines()[0] if self.summary.strip() else ""


class FollowUpTask(_Item):
    """Something someone owes by a date; `origin` is the milestone or activity it came from."""

    title: Title
    responsible: Name = ""
    institution: str = ""
    due: dt.date | None = None
    status: Literal["open", "done", "cancelled"] = "open"
    origin: str = ""
    note: Text = ""

    def is_late(self, today: dt.date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def when(self) -> dt.date | None:
        return self.due


def item_id(record_id: str, family: str, position: int, title: str) -> str:
    """The id an item without one gets: the same for the same record, place and title."""
    return str(uuid.uuid5(ITEM_NAMESPACE, f"{record_id}\n{family}\n{position}\n{title}"))


def task_from_next_steps(text: str) -> dict[str, Any] | None:
    """The open task that carries a free-text "next steps" field, whole.

    The title is its first line (shortened at a word when long); the note keeps the full
    text whenever the title does not, so nothing of what the officer wrote is lost.
    """
    stripped = text.strip()
    if not stripped:
        return None
    first = stripped.splitlines()[0].strip()
    title = first
    if len(first) > TASK_TITLE_LIMIT:
        title = first[:TASK_TITLE_LIMIT].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
    task: dict[str, Any] = {"title": title, "status": "open"}
    if title != stripped:
        task["note"] = stripped
    return task


def with_item_ids(data: Any, families: tuple[str, ...]) -> Any:
    """Record data whose items lacking an id get the derived one (read from files)."""
    if not isinstance(data, dict) or not data.get("id"):
        return data
    filled = dict(data)
    for family in families:
        items = filled.get(family)
        if not isinstance(items, list):
            continue
        listed = []
        for position, item in enumerate(items):
            if isinstance(item, dict) and not item.get("id"):
                label = str(item.get("title") or item.get("summary") or "")
                when = item.get("date") or item.get("due")
                suffix = (
                    f"@{when.isoformat() if hasattr(when, 'isoformat') else when}" if when else ""
                )
                item = {**item, "id": item_id(str(data["id"]), family, position, label + suffix)}
            listed.append(item)
        filled[family] = listed
    return filled


def fill_item_ids(record_id: str, family: str, items: list[Any]) -> None:
    """Give every item of `family` without an id its derived one (in place)."""
    for position, item in enumerate(items):
        if not item.id:
            label = getattr(item, "title", "") or getattr(item, "summary", "")
            item.id = item_id(record_id, family, position, f"{label}{_date_of(item)}")


def _date_of(item: Any) -> str:
    when = getattr(item, "date", None) or getattr(item, "due", None)
    return f"@{when.isoformat()}" if when else ""
