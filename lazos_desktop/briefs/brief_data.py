"""The plain data a brief is drawn from, prepared by the services layer.

Briefs never query the catalogue: the services gather records, counts and labels into these
values, so a brief can be rendered in a worker thread, in a test, or from a file of records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lazos_desktop.domain.records import Record, is_unclassified
from lazos_desktop.domain.vocabularies import Vocabularies


@dataclass(frozen=True)
class RelatedRecord:
    """What a brief shows of a linked record: enough for a line and, when present, a link."""

    id: str
    code: str
    kind: str
    title: str
    synthetic: bool = False


@dataclass(frozen=True)
class BriefRecord:
    """A record with what its section shows beside it: linked records and institution names."""

    record: Record
    related: tuple[RelatedRecord, ...] = ()
    institution_names: dict[str, str] = field(default_factory=dict)
    attachments: tuple[str, ...] = ()  # names of the documents kept with the record


@dataclass(frozen=True)
class BriefSettings:
    lang: str = "es"
    paper: str = "a4"
    officer: str = ""
    title: str = ""
    generated: dt.date = field(default_factory=dt.date.today)
    logo_png: bytes | None = None  # the catalogue's logo, drawn on covers


@dataclass(frozen=True)
class MappedPractices:
    """The programme's published mapping (48 practices, 7 countries) against what is held."""

    mapped: int
    countries: int
    held: int


@dataclass(frozen=True)
class BriefInput:
    """Everything one brief needs; fields a template does not use stay empty."""

    template: str
    records: tuple[BriefRecord, ...]
    vocabularies: Vocabularies
    settings: BriefSettings = field(default_factory=BriefSettings)
    country: str | None = None
    axis: str | None = None
    meeting: str = ""
    meeting_date: dt.date | None = None
    place: str = ""
    participants: str = ""
    agenda: str = ""  # one item a line
    with_contacts: bool = False  # focal points are printed only when the officer chose so
    scope: str = ""
    counts_by_axis: dict[str, int] = field(default_factory=dict)
    coverage: dict[tuple[str, str], int] = field(default_factory=dict)
    mapped: MappedPractices | None = None

    @property
    def synthetic_count(self) -> int:
        return sum(1 for item in self.records if item.record.synthetic)

    @property
    def unclassified_count(self) -> int:
        """Drafts still to classify: a reader should know the figures leave them out."""
        return sum(1 for item in self.records if is_unclassified(item.record))
