"""Importing a long sheet a chunk of rows at a time: checked, planned and written without
holding the file, its rows or its records whole.

A sheet of more than `WHOLE_TABLE` rows is read again from disk in `TABLE_CHUNK`-row chunks
(`interchange.streamed_rows`); each chunk is planned against the catalogue (`PlanBuilder`,
which keeps the identifiers and titles met so far in a temporary file) and folded into a
bounded summary (`PlanSummary`: counts, the first rows of each outcome listed, each value
once). When writing, each chunk is written as it is planned, all of them inside one
transaction: a row refused, a conflict nobody settled, a cancel from the window or any
failure rolls back everything, and the rows after it are still checked so that the report
is the same as a dry run's. The new institutions, whose country depends on every row that
names them, and links to records of later chunks are written last, in the same transaction.
The backup is taken before the first chunk is written, once the first chunk is known to be
writable.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from lazos_desktop.domain.records import Record
from lazos_desktop.interchange.bundle import IncomingAttachment
from lazos_desktop.interchange.file_messages import FileProblem, render
from lazos_desktop.interchange.import_sources import Source
from lazos_desktop.interchange.merge_plan import (
    ImportPlan,
    OnConflict,
    Outcome,
    PlanBuilder,
    PlannedRow,
    PlanSummary,
)
from lazos_desktop.interchange.row_records import RowData
from lazos_desktop.interchange.streamed_rows import StreamedRows
from lazos_desktop.interchange.value_choices import ValueChoices
from lazos_desktop.services import safety
from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.store import import_batches as batches
from lazos_desktop.store.seen_keys import SeenKeys

Progress = Callable[[int, int], None]  # rows done, rows in all
KEPT_IDS = 100_000  # ids of written records the change names (the window's refresh)


class ImportCancelled(Exception):
    """The officer stopped the import: the transaction was rolled back, nothing written."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__(self.message("en"))

    def message(self, lang: str = "es") -> str:
        return render("import_cancelled", lang)


class RedoRefused(Exception):
    """The window's redo of a long file's import: its records were not kept to write again."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__(self.message("en"))

    def message(self, lang: str = "es") -> str:
        return render("import_redo_long", lang)


@dataclass
class WriteRules:
    """How to write: the rules the command line and the window pass to `apply_import`."""

    on_conflict: OnConflict = OnConflict.ASK
    skip_invalid: bool = False
    duplicates: str = "skip"


@dataclass
class StreamedOutcome:
    """What a streamed import found and, when it wrote, what it wrote."""

    plan: ImportPlan
    written: bool = False
    batch: int | None = None
    created: int = 0
    updated: int = 0
    backup: str = ""
    kinds: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()  # the first `KEPT_IDS` records written
    attachments: int = 0
    refused: bool = False  # rows refused (and not to be skipped) or conflicts unsettled
    unsettled: bool = False


def streamed(sources: Sequence[Source]) -> bool:
    """Whether a source holds a table too long to be read whole."""
    return any(source.table is not None and source.table.stream is not None for source in sources)


def run(
    catalogue: Catalogue,
    sources: list[Source],
    names: list[str],
    refused: list[FileProblem],
    *,
    lang: str = "es",
    choices: ValueChoices | None = None,
    create_institutions: bool = False,
    rules: WriteRules | None = None,
    attachments: Sequence[IncomingAttachment] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StreamedOutcome:
    """Plan `sources` a chunk at a time and, with `rules`, write them in one transaction."""
    store = catalogue.store
    rows = StreamedRows(
        sources,
        catalogue.vocabularies(),
        batches.institutions(store),
        lambda ref: batches.record_ref(store, ref),
        lang,
        choices=choices,
        create_institutions=create_institutions,
    )
    memory = SeenKeys()
    try:
        run_ = _Run(catalogue, rows, PlanBuilder(store, catalogue.officer, memory), names, refused)
        run_.progress, run_.cancelled = progress, cancelled
        return run_.go(rules, attachments)
    finally:
        memory.close()


@dataclass
class _Written:
    created: int = 0
    updated: int = 0
    kinds: set[str] = field(default_factory=set)
    ids: list[str] = field(default_factory=list)
    referred: set[str] = field(default_factory=set)  # institutions named by written records
    pending_links: list[tuple[str, str]] = field(default_factory=list)
    attachments: int = 0


class _Run:
    def __init__(
        self,
        catalogue: Catalogue,
        rows: StreamedRows,
        builder: PlanBuilder,
        names: list[str],
        refused: list[FileProblem],
    ) -> None:
        self.catalogue = catalogue
        self.rows = rows
        self.builder = builder
        self.summary = PlanSummary(names, refused)
        self.names = names
        self.progress: Progress | None = None
        self.cancelled: Callable[[], bool] | None = None

    def go(
        self, rules: WriteRules | None, attachments: Sequence[IncomingAttachment]
    ) -> StreamedOutcome:
        chunks = self.rows.chunks()
        first = self._planned(next(chunks, []))
        outcome = StreamedOutcome(self.summary.plan)
        if rules is not None and self._writable(rules):
            outcome = self._write(first, chunks, rules, attachments)
        for chunk in chunks:  # a dry run, or the rest of an import found refused
            self._planned(chunk)
        self._note_broken_files()  # a file that broke after its last chunk
        plan = self._finished()
        outcome.plan = plan
        if rules is not None and not outcome.written:
            broken = bool(self.rows.refused)
            outcome.refused = plan.refused and (broken or not rules.skip_invalid)
            outcome.unsettled = not outcome.refused and self._unsettled(rules)
        return outcome

    def _planned(self, chunk: list[RowData]) -> list[PlannedRow]:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        planned, notices = self.builder.plan_rows(chunk)
        self.summary.add(planned, notices)
        self._note_broken_files()
        if not gc.isenabled():
            # The window pauses the cycle collector while a step runs (its full collections
            # stalled the window); a chunk's garbage is collected here, young objects only,
            # so that minutes of rows do not pile up.
            gc.collect(0)
        self.builder.know_institutions(self.rows.references.new_institutions())
        if self.progress is not None:
            self.progress(self.rows.done, self.rows.total)
        return planned

    def _note_broken_files(self) -> None:
        """A file that failed while read again is a problem of the plan (said once)."""
        broken = self.rows.refused
        problems = self.summary.plan.file_problems
        problems += [problem for problem in broken if problem not in problems]

    def _writable(self, rules: WriteRules) -> bool:
        plan = self.summary.plan
        if self.rows.refused:  # a file broken half-way: none of it is written, skip or not
            return False
        return not (plan.refused and not rules.skip_invalid) and not self._unsettled(rules)

    def _unsettled(self, rules: WriteRules) -> bool:
        conflicts = self.summary.facts.outcomes[Outcome.CONFLICT]
        return OnConflict(rules.on_conflict) == OnConflict.ASK and conflicts > 0

    def _write(
        self,
        first: list[PlannedRow],
        chunks: Iterator[list[RowData]],
        rules: WriteRules,
        attachments: Sequence[IncomingAttachment],
    ) -> StreamedOutcome:
        catalogue, store = self.catalogue, self.catalogue.store
        backup = str(safety.backup_before(catalogue, "import"))
        written = _Written()
        try:
            with store.transaction():
                opened = batches.begin_batch(store, self.names, backup, catalogue.officer)
                self._write_part(opened, first, rules, written)
                for chunk in chunks:
                    planned = self._planned(chunk)
                    if not self._writable(rules):
                        raise _Abandoned
                    self._write_part(opened, planned, rules, written)
                self._note_broken_files()
                if not self._writable(rules):  # a file broke after its last full chunk
                    raise _Abandoned
                self._write_last(opened, written, attachments)
                batches.end_batch(store, opened, self._finished().counts())
        except _Abandoned:
            return StreamedOutcome(self.summary.plan)
        return StreamedOutcome(
            self.summary.plan,
            written=True,
            batch=opened.batch,
            created=written.created,
            updated=written.updated,
            backup=backup,
            kinds=tuple(sorted(written.kinds)),
            ids=tuple(written.ids),
            attachments=written.attachments,
        )

    def _write_part(
        self,
        opened: batches.OpenBatch,
        planned: list[PlannedRow],
        rules: WriteRules,
        written: _Written,
    ) -> None:
        chunk = ImportPlan(self.names, rows=planned)
        rule = OnConflict(rules.on_conflict)
        write = chunk.to_write(
            OnConflict.SKIP if rule == OnConflict.ASK else rule, rules.duplicates
        )
        ends = {end for pair in write.links for end in pair}
        held = batches.existing_ids(self.catalogue.store, ends) | {r.id for r in write.created}
        written.pending_links += [p for p in write.links if not set(p) <= held]
        write.links = [pair for pair in write.links if set(pair) <= held]
        done = batches.write_part(self.catalogue.store, opened, write)
        _count(written, done.created, done.updated)

    def _write_last(
        self,
        opened: batches.OpenBatch,
        written: _Written,
        attachments: Sequence[IncomingAttachment],
    ) -> None:
        """The new institutions the written records name, the links that waited for a
        later record, and the documents bundles carried."""
        news = self.rows.references.new_institutions()
        made: list[Record] = [new.record for new in news if new.record.id in written.referred]
        write = batches.ImportWrite(
            created=made,
            links=written.pending_links,
            synced={record.id: record.updated_at for record in made},
            attachments=list(attachments),
        )
        done = batches.write_part(self.catalogue.store, opened, write)
        _count(written, done.created, done.updated)
        written.attachments = len(done.attachments)

    def _finished(self) -> ImportPlan:
        plan = self.summary.plan
        plan.new_institutions = self.rows.references.new_institutions()
        return plan


class _Abandoned(Exception):
    """A row refused or a conflict met after writing began: roll back, keep checking."""


def _count(written: _Written, created: list[Record], updated: list[Record]) -> None:
    written.created += len(created)
    written.updated += len(updated)
    for record in (*created, *updated):
        written.kinds.add(record.kind.value)
        if len(written.ids) < KEPT_IDS:
            written.ids.append(record.id)
        written.referred.update(getattr(record, "institutions", []))
        written.referred.update(
            party.institution for party in getattr(record, "parties", []) if party.institution
        )
