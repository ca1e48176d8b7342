"""The use cases the window and the command line share. No Qt, no SQL, no file formats here.

Every mutating call returns a `Change` saying what changed (which records, of which kind) and
carrying what an undo needs, so the window can refresh only what is touched and undo by
applying the inverse.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lazos_desktop import paths
from lazos_desktop.domain.attachments import Attachment
from lazos_desktop.domain.messages import SEED_AUTHOR
from lazos_desktop.domain.records import (
    CLASSIFIED_KINDS,
    Kind,
    Record,
    record_from_dict,
    record_to_dict,
)
from lazos_desktop.domain.validation import Problem, RecordInvalid, parse_record, validate
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.services import safety
from lazos_desktop.store import attachments as stored_attachments
from lazos_desktop.store.catalogue_store import FieldChange, HistoryEntry, Store
from lazos_desktop.store.errors import BackupFailed, CatalogueError
from lazos_desktop.store.queries import Page, RecordQuery, Summary

if TYPE_CHECKING:
    from lazos_desktop.store.checks import CheckFinding


@dataclass(frozen=True)
class Change:
    """What one operation did: `action`, the ids touched, and the states for undo."""

    action: str
    ids: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    before: tuple[Record, ...] = ()
    after: tuple[Record, ...] = ()
    fields: tuple[FieldChange, ...] = ()
    # A deleted record's attachments with their bytes, so that undoing restores them too.
    documents: tuple[tuple[Attachment, bytes], ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.ids)


@dataclass(frozen=True)
class Figures:
    """Counts the overview shows (a few hundred ms to read at 100,000 records)."""

    by_kind: dict[str, int] = field(default_factory=dict)
    by_axis: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    synthetic: int = 0
    unclassified: int = 0  # drafts without axes or countries ("por clasificar")


@dataclass
class CheckReport:
    findings: list[CheckFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(finding.ok for finding in self.findings)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": [{"check": f.check, "ok": f.ok, "detail": f.detail} for f in self.findings],
        }


class Catalogue:
    """One open catalogue file and the officer working on it."""

    def __init__(self, store: Store, officer: str = "") -> None:
        self.store = store
        self.officer = officer
        # Set when today's automatic backup could not be written (a full or read-only data
        # folder): the catalogue still opens, and the window and `check` say so.
        self.backup_problem: BackupFailed | None = None

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        officer: str = "",
        *,
        seed: bool = True,
        daily_backup: bool = True,
    ) -> Catalogue:
        """Open (creating and seeding when new) the catalogue at `path` or the default one.

        The window passes `daily_backup=False` and takes the day's backup on a worker thread
        once it is shown: copying a large catalogue must not delay the first rows.
        """
        target = Path(path) if path is not None else paths.default_catalogue()
        if path is None:
            target.parent.mkdir(parents=True, exist_ok=True)
        store = Store(target, before_migration=safety.backup_before_migration)
        catalogue = cls(store, officer)
        if store.is_new:
            catalogue.initialise(seed=seed)
            return catalogue
        if daily_backup:
            catalogue.take_daily_backup()
        return catalogue

    def take_daily_backup(self, keep: int = safety.DAILY_KEPT) -> Path | None:
        """Today's automatic backup unless one exists, keeping the last `keep` dailies; a
        failure is remembered, not raised."""
        try:
            return safety.ensure_daily_backup(self.store, keep=keep)
        except BackupFailed as error:
            self.backup_problem = error
            return None

    @classmethod
    def open_reader(cls, path: Path | str, officer: str = "") -> Catalogue:
        """A second connection to an existing catalogue, for a worker thread of the window.

        Never creates, seeds or backs up: the window's own catalogue already did. SQLite in
        WAL mode lets this one read (or write, one writer at a time) beside the first.
        """
        return cls(Store(Path(path), create=False), officer)

    def close(self) -> None:
        self.store.close()

    def forget_cached(self) -> None:
        """Read vocabularies again from the file: another connection changed it."""
        self.store.forget_cached()

    @property
    def path(self) -> Path:
        return self.store.path

    def initialise(self, *, seed: bool = True) -> None:
        """Vocabularies always; the sourced regional catalogue unless an empty one is asked."""
        from lazos_desktop.interchange.seed_files import read_seed_catalogue, read_vocabularies

        folder = paths.seeds_folder()
        self.store.put_terms(read_vocabularies(folder / "vocabularies.json"))
        meta, records = read_seed_catalogue(folder / "catalogue.json")
        for key, value in meta.items():
            self.store.set_meta(key, str(value))
        if seed:
            self.store.create_many(
                (record_from_dict(item["kind"], item) for item in records),
                SEED_AUTHOR,
                keep_stamps=True,
            )
        self.store.set_meta("seeded", "yes" if seed else "no")

    # Reading ---------------------------------------------------------------------------

    def vocabularies(self) -> Vocabularies:
        return self.store.vocabularies()

    def get(self, ref: str) -> Record:
        return self.store.get(ref)

    def find(self, ref: str) -> Record | None:
        return self.store.find(ref)

    def query(self, query: RecordQuery) -> Page:
        return self.store.query(query)

    def rows(self, query: RecordQuery) -> list[Summary]:
        """One page of rows without the total: what a list shows first."""
        return self.store.rows(query)

    def count(self, query: RecordQuery) -> int:
        return self.store.count(query)

    def row_numbers(self, query: RecordQuery) -> list[int]:
        return self.store.row_numbers(query)

    def summaries_for(self, numbers: list[int]) -> list[Summary]:
        return self.store.summaries_for(numbers)

    def id_batches(self, query: RecordQuery, size: int) -> Iterator[list[str]]:
        """Matching ids in `rows`' order, `size` at a time, for work over many records."""
        return self.store.id_batches(query, size)

    def linked(self, record_id: str) -> list[Summary]:
        return self.store.linked(record_id)

    def history(self, record_id: str | None = None, limit: int = 500) -> list[HistoryEntry]:
        return self.store.history(record_id, limit)

    def iter_records(self, kind: str | None = None) -> Iterable[Record]:
        return self.store.iter_records(kind)

    def counts_by_country(self, kind: str | None = None) -> dict[str, int]:
        """Records per country code (the country filter lists the codes that occur)."""
        return self.store.counts_by_country(kind)

    def figures(self, kind: str | None = None) -> Figures:
        """What the overview draws: counts by kind, and by axis and country for `kind`."""
        return Figures(
            by_kind=self.store.counts_by_kind(),
            by_axis=self.store.counts_by_axis(kind),
            by_country=self.store.counts_by_country(kind),
            synthetic=sum(self.store.counts_by_kind(synthetic=True).values()),
            unclassified=sum(self.unclassified_counts().values()),
        )

    def stats(self) -> dict[str, Any]:
        """Counts by kind (real and synthetic), and how many of the mapped practices are held."""
        total = self.store.counts_by_kind()
        synthetic = self.store.counts_by_kind(synthetic=True)
        mapped = self.store.meta("mapped_practices_total")
        return {
            "path": str(self.path),
            "schema_version": self.store.schema_version(),
            "records": total,
            "synthetic": synthetic,
            "total": sum(total.values()),
            "mapped_practices_total": int(mapped) if mapped.isdigit() else None,
            "mapped_practices_source": self.store.meta("mapped_practices_source"),
            "mapped_practices_held": self.mapped_practices_held(),
            "by_axis": self.store.counts_by_axis(Kind.PRACTICE.value),
            "by_country": self.store.counts_by_country(Kind.PRACTICE.value),
            "unclassified": self.unclassified_counts(),
        }

    def mapped_practices_held(self) -> int:
        """Practices that cite the programme's mapping as their source; ones an officer created
        without that source are not counted, so "N of the 48" stays honest."""
        source = self.store.meta("mapped_practices_source")
        marker = next((p for p in source.replace(";", " ").split() if p.startswith("http")), "")
        if not marker:
            return 0
        return self.store.count_citing(Kind.PRACTICE.value, marker)

    def unclassified_counts(self) -> dict[str, int]:
        """Drafts still to classify ("por clasificar"), for practices and toolbox entries."""
        return {
            kind.value: self.store.count(RecordQuery(kind=kind.value, unclassified=True))
            for kind in CLASSIFIED_KINDS
        }

    def validate(self, record: Record) -> list[Problem]:
        return validate(record, self.vocabularies())

    def parse(self, kind: Kind | str, data: dict[str, Any]) -> tuple[Record | None, list[Problem]]:
        record, problems = parse_record(kind, data)
        if record is not None:
            problems = self.validate(record)
        return record, problems

    # Changing --------------------------------------------------------------------------

    def create(self, record: Record) -> Change:
        created = self.store.create(record, self.officer)
        return Change("created", (created.id,), (created.kind.value,), after=(created,))

    def update(self, record: Record) -> Change:
        before = self.store.get(record.id)
        after, fields = self.store.update(record, self.officer)
        if not fields:
            return Change("unchanged", ())
        return Change(
            "updated",
            (after.id,),
            (after.kind.value,),
            before=(before,),
            after=(after,),
            fields=tuple(fields),
        )

    def delete(self, ref: str) -> Change:
        """Remove a record; the change keeps its documents (bytes too) so undo restores them."""
        target = self.store.get(ref)
        documents = tuple(
            (item, stored_attachments.content(self.store, item.id))
            for item in stored_attachments.list_for(self.store, target.id)
        )
        removed = self.store.delete(ref, self.officer)
        related = tuple(removed.links)
        return Change(
            "deleted",
            (removed.id, *related),
            (removed.kind.value,),
            before=(removed,),
            documents=documents,
        )

    def restore(self, record: Record, documents: Iterable[tuple[Attachment, bytes]] = ()) -> Change:
        """Put back a deleted record with its id, code and links, and the documents it had."""
        restored = self.store.restore(record, self.officer)
        for item, data in documents:
            stored_attachments.add(
                self.store,
                restored,
                item.name,
                item.size,
                [data],
                self.officer,
                mime=item.mime,
                expected_sha256=item.sha256,
                attachment_id=item.id,
                created_at=item.created_at,
                created_by=item.created_by,
                rename_if_taken=True,
            )
        return Change(
            "created", (restored.id, *restored.links), (restored.kind.value,), after=(restored,)
        )

    def duplicate(self, ref: str) -> Change:
        original = self.store.get(ref)
        copy = record_from_dict(
            original.kind,
            {
                **original.model_dump(mode="json", exclude={"id", "code", "links"}),
                "title": f"{original.title} (copia)",
            },
        )
        return self.create(copy)

    def link(self, first: str, second: str) -> Change:
        a, b = self.store.get(first), self.store.get(second)
        done = self.store.link(a.id, b.id, self.officer)
        return Change("linked" if done else "unchanged", (a.id, b.id) if done else ())

    def unlink(self, first: str, second: str) -> Change:
        a, b = self.store.get(first), self.store.get(second)
        done = self.store.unlink(a.id, b.id, self.officer)
        return Change("unlinked" if done else "unchanged", (a.id, b.id) if done else ())

    def add_synthetic(self, count: int, seed: int = 0) -> int:
        """Generated records flagged `synthetic`, written in one transaction.

        A seed gives the same records (ids included) every time, so a seed already used is
        refused by name; its clash with the records' unique ids once read as a damaged file.
        """
        from lazos_desktop.domain.synthetic import synthetic_records

        records = synthetic_records(count, seed)
        first = next(records, None)
        if first is None:
            return 0
        if self.store.exists(first.id):
            raise CatalogueError("synthetic_seed_used", self.path, seed=seed)
        return self.store.create_many(
            itertools.chain([first], records), self.officer or "demo-data", check=False
        )

    # Safety ----------------------------------------------------------------------------

    def check(self) -> CheckReport:
        return CheckReport(self.store.check())

    def backup(self, target: Path | None = None) -> Path:
        """A verified manual backup, to `target` or into the backups folder."""
        return safety.backup_now(self, target)


def record_json(record: Record) -> dict[str, Any]:
    return record_to_dict(record)


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


__all__ = [
    "Catalogue",
    "Change",
    "CheckReport",
    "Figures",
    "Page",
    "Problem",
    "RecordInvalid",
    "RecordQuery",
    "Summary",
]
