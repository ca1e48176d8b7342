"""Importing and exporting catalogue files: the use cases the window and the command line share.

An import is planned first (`plan_import`: every row read and checked, every outcome
decided, nothing written), then applied (`apply_import`: one transaction, after a backup),
and the last one can be undone (`undo_last_import`). Exports write to a temporary file in
the chosen folder and rename it, so a failed export leaves nothing half-written and nothing
is written outside that folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazos_desktop.domain import messages
from lazos_desktop.domain.countries import country_codes, country_name
from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.domain.text import sort_key
from lazos_desktop.interchange import flat_rows
from lazos_desktop.interchange.bundle import IncomingAttachment, OutgoingAttachment, write_bundle
from lazos_desktop.interchange.catalogue_json import write_json
from lazos_desktop.interchange.csv_writer import write_csv
from lazos_desktop.interchange.file_messages import FileProblem
from lazos_desktop.interchange.headers import (
    FILE_WORD,
    KIND_WORDS,
    ROLE_FIELDS,
    SHEET_TITLE,
    field_header,
    header_problem,
    kind_fields,
    map_headers,
    nearest_field,
)
from lazos_desktop.interchange.import_sources import (
    FORMATS,
    ReadResult,
    Source,
    format_of,
    read_sources,
    source_rows,
)
from lazos_desktop.interchange.merge_plan import (
    ImportPlan,
    OnConflict,
    Outcome,
    ValueGroup,
    build_plan,
)
from lazos_desktop.interchange.row_records import STATUS_VOCABULARY, VOCABULARY_OF
from lazos_desktop.interchange.value_choices import Choice, ValueChoices, headers_signature
from lazos_desktop.interchange.xlsx_writer import write_xlsx
from lazos_desktop.services import safety, streamed_import
from lazos_desktop.services.catalogue import Catalogue, Change
from lazos_desktop.services.gc_pause import fewer_collections
from lazos_desktop.services.standard_exports import STANDARD_FORMATS, export_standard
from lazos_desktop.services.streamed_import import ImportCancelled as ImportCancelled
from lazos_desktop.store import attachments as stored_attachments
from lazos_desktop.store import import_batches as batches
from lazos_desktop.store import output_files
from lazos_desktop.store.queries import RecordQuery

KIND_ORDER = {kind: index for index, kind in enumerate(Kind)}


class ImportRefused(Exception):
    """Rows or files were refused and `skip_invalid` was not given: nothing was written."""

    exit_code = 1

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        super().__init__(self.message("en"))

    def message(self, lang: str = "es") -> str:
        return messages.render("import_has_problems", lang, count=self.plan.problem_count())


class ConflictsUnsettled(Exception):
    """Records changed on both sides and no rule was given to settle them: nothing written."""

    exit_code = 1

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        super().__init__(self.message("en"))

    def message(self, lang: str = "es") -> str:
        count = len(self.plan.of(Outcome.CONFLICT))
        return messages.render("import_has_conflicts", lang, count=count)


@dataclass
class ImportResult:
    """What an import did (or would do, for a dry run), in the shape `--json` prints."""

    plan: ImportPlan
    written: bool = False
    batch: int | None = None
    created: int = 0
    updated: int = 0
    backup: str = ""
    change: Change = field(default_factory=lambda: Change("imported", ()))
    attachments: int = 0

    def counts(self) -> dict[str, int]:
        counts = self.plan.counts()
        if self.written:
            counts["created"], counts["updated"] = self.created, self.updated
        return counts

    def as_json(self, lang: str = "es", catalogue: Catalogue | None = None) -> dict[str, Any]:
        """The report `--json` prints; with the catalogue, codes come with their labels."""
        counts = self.counts()

        brought = {new.record.id: new.record.title for new in self.plan.new_institutions}

        def group(item: ValueGroup, question: bool = False) -> dict[str, Any]:
            return _group_json(item, catalogue, lang, question, brought)

        return {
            "created": counts["created"],
            "updated": counts["updated"],
            "unchanged": counts["unchanged"],
            "conflicts": counts["conflicts"],
            "duplicates": counts["duplicates"],
            "refused": counts["refused"],
            "attachments": self.attachments if self.written else len(self.plan.attachments),
            "skipped": counts["skipped"],
            "written": self.written,
            "batch": self.batch,
            "backup": self.backup,
            "errors": [
                {**problem.as_json(lang), "message": problem.command_message(lang)}
                for problem in self.plan.problems
            ],
            "notices": [notice.as_json(lang) for notice in self.plan.notices],
            "conflict_records": [
                {
                    "file": row.file,
                    "row": row.number,
                    "code": row.current.code if row.current else "",
                    "title": row.record.title if row.record else "",
                    "fields": row.changed,
                }
                for row in self.plan.of(Outcome.CONFLICT)
            ],
            "duplicate_records": [
                {
                    "file": row.file,
                    "row": row.number,
                    "title": row.record.title if row.record else "",
                    "matches": row.match.code if row.match else "",
                    "matches_title": row.match.title if row.match else "",
                }
                for row in self.plan.of(Outcome.DUPLICATE)
            ],
            "new_institutions": [
                {
                    "id": new.record.id,
                    "title": new.record.title,
                    "acronym": new.record.acronym,
                    "country": new.record.country,
                    "named_as": new.text,
                    "rows": [{"file": file, "row": row} for file, row in new.rows],
                }
                for new in self.plan.institutions_to_create()
            ],
            "mappings": [group(item) for item in self.plan.mappings()],
            "left_for_later": [group(item) for item in self.plan.left_for_later()],
            "questions": [group(item, True) for item in self.plan.questions()],
        }


def _group_json(
    group: ValueGroup,
    catalogue: Catalogue | None,
    lang: str,
    question: bool,
    brought: dict[str, str] | None = None,
) -> dict[str, Any]:
    def named(code: str) -> dict[str, str]:
        label = value_label(catalogue, group.vocabulary, code, lang) if catalogue else code
        if group.vocabulary == "institution" and brought and code in brought:
            label = brought[code]  # an institution this import creates
        return {"code": code, "label": label}

    found: dict[str, Any] = {
        "column": group.column,
        "field": group.name,
        "value": group.value,
        "rows": [{"file": file, "row": row} for file, row in group.rows],
    }
    if group.row_count > len(group.rows):  # a long file: the first rows only are listed
        found["row_count"] = group.row_count
    if group.code:
        found["mapped_to"] = named(group.code)
        found["answered"] = group.chosen
    found["vocabulary"] = group.vocabulary
    if question:
        found["candidates"] = [named(code) for code in group.candidates]
    return found


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    counts: dict[str, int]
    skipped: dict[str, str] = field(default_factory=dict)  # code -> reason (IATI)

    def as_json(self, lang: str = "es") -> dict[str, Any]:
        found: dict[str, Any] = {"files": [str(path) for path in self.paths], "counts": self.counts}
        if self.skipped:
            found["skipped"] = {
                code: messages.render(reason, lang) for code, reason in self.skipped.items()
            }
        return found


# Import ---------------------------------------------------------------------------------


def read_files(file_paths: Sequence[Path | str], kind: Kind | None = None) -> ReadResult:
    """The files read into sources (tables with their mapping, or records); nothing planned."""
    return read_sources([Path(p) for p in file_paths], kind)


@fewer_collections()
def plan_import(
    catalogue: Catalogue,
    files: Sequence[Path | str] | ReadResult,
    *,
    kind: Kind | None = None,
    lang: str = "es",
    choices: ValueChoices | None = None,
    create_institutions: bool = False,
    progress: streamed_import.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Every row read, checked and given its outcome against the catalogue; writes nothing.

    `choices` answer the values the import cannot place alone; with `create_institutions`,
    institutions that nothing holds (and that resemble none) are created with the import.
    A sheet longer than `WHOLE_TABLE` rows is planned a chunk at a time
    (`streamed_import`): the plan then counts every row and keeps the first of each kind the
    report lists; `progress(done, total)` hears of each chunk, and `cancelled()` answering
    True between two chunks stops it (`ImportCancelled`).
    """
    read = files if isinstance(files, ReadResult) else _read_others(catalogue, files, kind)
    store = catalogue.store
    readable, refused = _readable_sources(read)
    if streamed_import.streamed(readable):
        return _streamed_plan(
            catalogue, read, lang, choices, create_institutions, progress, cancelled=cancelled
        )
    rows, new_institutions = source_rows(
        readable,
        catalogue.vocabularies(),
        batches.institutions(store),
        lambda ref: batches.record_ref(store, ref),
        lang,
        choices=choices,
        create_institutions=create_institutions,
    )
    names = list(dict.fromkeys([s.file for s in read.sources] + [p.file for p in refused]))
    plan = build_plan(store, rows, names, catalogue.officer, refused, new_institutions)
    plan.notices = _notices(read.sources) + plan.notices
    plan.attachments = [item for source in read.sources for item in source.attachments]
    return plan


def _streamed_plan(
    catalogue: Catalogue,
    read: ReadResult,
    lang: str,
    choices: ValueChoices | None,
    create_institutions: bool,
    progress: streamed_import.Progress | None = None,
    rules: streamed_import.WriteRules | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """`plan_import` for long sheets; with `rules`, writes as it plans (see `_run_streamed`).

    The plan remembers how it was made, so that `apply_import` can read and plan the files
    again, writing this time (the rows themselves are not kept)."""
    return _run_streamed(
        catalogue, read, lang, choices, create_institutions, progress, rules, cancelled
    ).plan


@fewer_collections()
def _run_streamed(
    catalogue: Catalogue,
    read: ReadResult,
    lang: str,
    choices: ValueChoices | None,
    create_institutions: bool,
    progress: streamed_import.Progress | None = None,
    rules: streamed_import.WriteRules | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> streamed_import.StreamedOutcome:
    readable, refused = _readable_sources(read)
    names = list(dict.fromkeys([s.file for s in read.sources] + [p.file for p in refused]))
    attachments = [item for source in read.sources for item in source.attachments]
    outcome = streamed_import.run(
        catalogue,
        readable,
        names,
        refused,
        lang=lang,
        choices=choices,
        create_institutions=create_institutions,
        rules=rules,
        attachments=_new_documents(catalogue, attachments) if rules is not None else (),
        progress=progress,
        cancelled=cancelled,
    )
    plan = outcome.plan
    plan.notices = _notices(read.sources) + plan.notices
    plan.attachments = attachments
    assert plan.summary is not None

    def again(
        rules: streamed_import.WriteRules,
        progress: streamed_import.Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> streamed_import.StreamedOutcome:
        return _run_streamed(
            catalogue, read, lang, choices, create_institutions, progress, rules, cancelled
        )

    plan.summary.again = again
    return outcome


def _streamed_result(outcome: streamed_import.StreamedOutcome) -> ImportResult:
    """The result of a streamed write, or the refusal it met (everything rolled back)."""
    if outcome.refused:
        raise ImportRefused(outcome.plan)
    if outcome.unsettled:
        raise ConflictsUnsettled(outcome.plan)
    if not outcome.written:
        return ImportResult(outcome.plan, written=False)
    # The records are not kept (a million of them would not fit): the change names the
    # kinds it touched and the first ids; the window reloads the lists of those kinds.
    return ImportResult(
        outcome.plan,
        written=True,
        batch=outcome.batch,
        created=outcome.created,
        updated=outcome.updated,
        backup=outcome.backup,
        change=Change("imported", outcome.ids, outcome.kinds),
        attachments=outcome.attachments,
    )


def choices_signature(headers: list[str]) -> str:
    """The key under which the window remembers answers for files with these headers."""
    return headers_signature(headers)


def new_choices() -> ValueChoices:
    return ValueChoices()


def choice(action: str, code: str = "") -> Choice:
    """An answer for one value: "map" (to `code`), "create", "later" or "skip"."""
    if action not in ("map", "create", "later", "skip"):
        raise ValueError(action)
    return Choice(action, code)  # type: ignore[arg-type]


def choices_from_json(items: object) -> ValueChoices:
    return ValueChoices.from_json(items)


def value_label(catalogue: Catalogue, vocabulary: str, code: str, lang: str = "es") -> str:
    """How the window and reports name a code of a question or mapping."""
    if vocabulary == "country":
        return country_name(code, lang)
    if vocabulary == "institution":
        return catalogue.store.institution_names([code]).get(code, code)
    return catalogue.vocabularies().label(vocabulary, code, lang)


def vocabulary_of_field(kind: Kind, name: str) -> str:
    """The vocabulary ("country", "institution" or a vocabulary's name) a field holds."""
    if name in ("countries", "country"):
        return "country"
    if name == "institutions":
        return "institution"
    if name == "status":
        return STATUS_VOCABULARY.get(kind, "")
    return VOCABULARY_OF.get(name, "")


def choice_terms(catalogue: Catalogue, vocabulary: str, lang: str = "es") -> list[tuple[str, str]]:
    """(code, label) of every answer a question on `vocabulary` can take, for a chooser."""
    if vocabulary == "country":
        found = [(code, country_name(code, lang)) for code in country_codes()]
    elif vocabulary == "institution":
        held = batches.institutions(catalogue.store)
        found = [(r.id, f"{r.acronym} — {r.title}" if r.acronym else r.title) for r in held]
    else:
        vocab = catalogue.vocabularies()
        found = [(code, vocab.label(vocabulary, code, lang)) for code in vocab.codes(vocabulary)]
    return sorted(found, key=lambda item: sort_key(item[1]))


def _read_others(
    catalogue: Catalogue, files: Sequence[Path | str], kind: Kind | None
) -> ReadResult:
    """The files read, except the open catalogue itself (reading it as a file while it is open
    would also drop this process's locks on it): that one is refused by name."""
    itself = [Path(p) for p in files if _same_file(Path(p), catalogue.path)]
    read = read_files([p for p in files if Path(p) not in itself], kind)
    read.refused += [FileProblem(p.name, "import_into_itself", {"path": p.name}) for p in itself]
    return read


def _same_file(a: Path, b: Path) -> bool:
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


@fewer_collections()
def apply_import(
    catalogue: Catalogue,
    plan: ImportPlan,
    *,
    on_conflict: OnConflict | str = OnConflict.ASK,
    skip_invalid: bool = False,
    duplicates: str = "skip",
    decisions: dict[int, str] | None = None,
    progress: streamed_import.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan in one transaction after a backup; refuses rather than half-writes.

    The backup follows the catalogue's one policy (`safety.backup_before`: verified, kept
    among the last few taken before imports) and its path is reported in the result.
    A plan of long sheets is made again while writing, a chunk at a time, in the one
    transaction; `cancelled()` is asked between chunks and, when it answers True, the
    transaction is rolled back and `ImportCancelled` raised.
    """
    rule = OnConflict(on_conflict)
    chosen = decisions or {}
    if plan.refused and not skip_invalid:
        raise ImportRefused(plan)
    if plan.summary is not None and plan.summary.again is not None:
        rules = streamed_import.WriteRules(rule, skip_invalid, duplicates)
        if rule == OnConflict.ASK and plan.summary.outcomes[Outcome.CONFLICT]:
            raise ConflictsUnsettled(plan)
        return _streamed_result(plan.summary.again(rules, progress, cancelled))
    conflicts = [i for i, row in enumerate(plan.rows) if row.outcome == Outcome.CONFLICT]
    if rule == OnConflict.ASK and any(i not in chosen for i in conflicts):
        raise ConflictsUnsettled(plan)
    write = plan.to_write(OnConflict.SKIP if rule == OnConflict.ASK else rule, duplicates, chosen)
    write.summary = plan.counts()
    write.attachments = _new_documents(catalogue, plan.attachments)
    if not (write.created or write.updated or write.links or write.synced or write.attachments):
        return ImportResult(plan, written=False)
    backup = safety.backup_before(catalogue, "import")
    write.backup = str(backup)
    done = batches.write_import(catalogue.store, write, catalogue.officer)
    befores = tuple(before for before, _ in write.updated)
    afters = tuple(done.created) + tuple(done.updated)
    ids = tuple(
        dict.fromkeys(
            [r.id for r in afters]
            + [end for pair in done.links for end in pair]
            + [item.record_id for item in done.attachments]
        )
    )
    change = Change(
        "imported",
        ids,
        tuple(sorted({r.kind.value for r in afters})),
        before=befores,
        after=afters,
    )
    return ImportResult(
        plan,
        written=True,
        batch=done.batch,
        created=len(done.created),
        updated=len(done.updated),
        backup=str(backup),
        change=change,
        attachments=len(done.attachments),
    )


@fewer_collections()
def import_files(
    catalogue: Catalogue,
    file_paths: Sequence[Path | str],
    *,
    kind: Kind | None = None,
    lang: str = "es",
    dry_run: bool = False,
    choices: ValueChoices | None = None,
    create_institutions: bool = False,
    **options: Any,
) -> ImportResult:
    """Plan and (unless `dry_run`) apply, as the command line does.

    Long sheets are planned and written in one pass (`streamed_import`), not planned once
    and read again to write."""
    if not dry_run:
        read = _read_others(catalogue, file_paths, kind)
        if streamed_import.streamed(_readable_sources(read)[0]):
            rules = streamed_import.WriteRules(
                OnConflict(options.get("on_conflict", OnConflict.ASK)),
                bool(options.get("skip_invalid", False)),
                str(options.get("duplicates", "skip")),
            )
            return _streamed_result(
                _run_streamed(catalogue, read, lang, choices, create_institutions, rules=rules)
            )
        file_paths = read  # type: ignore[assignment]
    plan = plan_import(
        catalogue,
        file_paths,
        kind=kind,
        lang=lang,
        choices=choices,
        create_institutions=create_institutions,
    )
    if dry_run:
        return ImportResult(plan)
    return apply_import(catalogue, plan, **options)


def last_import(catalogue: Catalogue) -> dict[str, Any] | None:
    return batches.last_batch(catalogue.store)


def undo_last_import(catalogue: Catalogue, batch: int | None = None) -> Change:
    """Remove what the last import created and put back what it updated, as one change.

    With `batch`, only if that import is still the last one (`UndoRefused` otherwise).
    """
    undone = batches.undo_last_import(catalogue.store, catalogue.officer, batch)
    ids = tuple(
        dict.fromkeys(
            [r.id for r in undone.removed]
            + [r.id for r in undone.restored]
            + [end for pair in undone.unlinked for end in pair]
        )
    )
    kinds = tuple(sorted({r.kind.value for r in (*undone.removed, *undone.restored)}))
    return Change(
        "import_undone", ids, kinds, before=tuple(undone.removed), after=tuple(undone.restored)
    )


def redo_import(catalogue: Catalogue, imported: Change, batch: int) -> tuple[Change, int]:
    """Write again what an undone import brought (the window's redo), as a new import.

    `imported` is the change the import returned: the records it created and the values it
    gave the records it updated; the files, summary and links come from its batch. A backup
    is taken first, as before any import. Returns the change and the new batch's number.
    """
    store = catalogue.store
    files, summary, links = batches.batch_source(store, batch)
    if not imported.after and summary.get("created", 0) + summary.get("updated", 0):
        # A long file's import keeps no records (a million would not fit), so it cannot be
        # written again from memory: said, rather than redone as an empty import.
        raise streamed_import.RedoRefused
    updated_ids = {record.id for record in imported.before}
    write = batches.ImportWrite(
        created=[r for r in imported.after if r.id not in updated_ids],
        updated=[(store.get(r.id), r) for r in imported.after if r.id in updated_ids],
        links=links,
        synced={record.id: record.updated_at for record in imported.after},
        files=files,
        summary=summary,
    )
    write.backup = str(safety.backup_before(catalogue, "import"))
    done = batches.write_import(store, write, catalogue.officer)
    afters = tuple(done.created) + tuple(done.updated)
    ids = tuple(
        dict.fromkeys([r.id for r in afters] + [end for pair in done.links for end in pair])
    )
    kinds = tuple(sorted({r.kind.value for r in afters}))
    befores = tuple(before for before, _ in write.updated)
    return Change("imported", ids, kinds, before=befores, after=afters), done.batch


def _new_documents(
    catalogue: Catalogue, attachments: Sequence[IncomingAttachment]
) -> list[IncomingAttachment]:
    """The bundle's documents the catalogue does not hold yet on the same record (by hash)."""
    store = catalogue.store
    return [
        item
        for item in attachments
        if not stored_attachments.has_content(
            store, item.attachment.record_id, item.attachment.sha256
        )
    ]


def field_choices(kind: Kind, lang: str = "es") -> list[tuple[str, str]]:
    """(field, label) of every field a column of a `kind` sheet can hold, for the window;
    on an exchange sheet, the columns of parties by role too."""
    names = kind_fields(kind) + (list(ROLE_FIELDS) if kind == Kind.EXCHANGE else [])
    return [(name, field_header(name, lang)) for name in names]


def set_source_kind(source: Source, kind: Kind) -> None:
    """Read a table as another kind: its columns are mapped again from the headers."""
    source.kind = kind
    if source.table is not None:
        source.mapping = map_headers(kind, source.table.headers)


# Export ---------------------------------------------------------------------------------


def export(
    catalogue: Catalogue,
    path: Path | str,
    *,
    fmt: str | None = None,
    kind: str = "all",
    query: RecordQuery | None = None,
    ids: Iterable[str] = (),
    lang: str = "es",
    delimiter: str = ",",
    with_contacts: bool = False,
) -> ExportResult:
    """Write the chosen records (a query, a list of ids, or everything) in one format.

    CSV holds one kind per file: for several kinds it writes `<name>-<kind>.csv` beside the
    path given. The records exported are remembered as matched (their sync stamps), so that
    a copy edited elsewhere and imported back merges as an update, not a conflict.

    Focal points are personal data: they leave only when `with_contacts` is given. Without
    them a sheet has no contacts column, and JSON and bundles say "contacts": "left_out".
    A bundle also carries the records' attachments.
    """
    target = Path(path)
    # The path given is checked even when files of other names are written beside it (CSV
    # and HXL per kind): `export /dev/full --format csv` once wrote /dev/full-practicas.
    output_files.check_target(target)
    chosen_format = fmt or export_format_of(target)
    if chosen_format == "ics":
        return _export_calendar(catalogue, target, kind, query, tuple(ids), lang)
    if chosen_format not in FORMATS and chosen_format not in STANDARD_FORMATS:
        raise ValueError(f"unknown format: {fmt or target.suffix}")
    kinds = _kinds(kind)
    if chosen_format == "iati" and kind in ("all", "", None):
        kinds = [Kind.EXCHANGE]
    records = _selected(catalogue, kinds, query, tuple(ids))
    if chosen_format in STANDARD_FORMATS:
        done = export_standard(
            catalogue,
            chosen_format,
            target,
            kinds,
            records,
            _atomic,
            lang=lang,
            delimiter=delimiter,
        )
        # One-way formats: nothing comes back from them, so no sync stamp moves.
        return ExportResult(tuple(done.paths), done.counts, done.skipped)
    counts = {k.value: sum(1 for r in records if r.kind == k) for k in kinds}
    written: list[Path] = []
    if chosen_format == "csv":
        shown = [k for k in kinds if counts[k.value]] or kinds[:1]
        for each in shown:  # every file refused before the first is written
            output_files.check_target(target if len(shown) == 1 else _kind_path(target, each, lang))
        for each in shown:
            destination = target if len(shown) == 1 else _kind_path(target, each, lang)
            of_kind = [r for r in records if r.kind == each]
            rows = flat_rows.rows(
                of_kind,
                catalogue.vocabularies(),
                _names(catalogue, of_kind),
                lang,
                with_contacts=with_contacts,
            )
            header = flat_rows.headers(each, lang, with_contacts=with_contacts)
            _atomic(destination, lambda tmp, h=header, r=rows: write_csv(tmp, h, r, delimiter))
            written.append(destination)
    elif chosen_format == "xlsx":
        shown = [k for k in kinds if counts[k.value]] or kinds[:1]
        names = _names(catalogue, records)
        sheets = [
            (
                SHEET_TITLE[each][lang],
                flat_rows.headers(each, lang, with_contacts=with_contacts),
                flat_rows.rows(
                    [r for r in records if r.kind == each],
                    catalogue.vocabularies(),
                    names,
                    lang,
                    with_contacts=with_contacts,
                ),
            )
            for each in shown
        ]
        _atomic(target, lambda tmp: write_xlsx(tmp, sheets))
        written.append(target)
    elif chosen_format == "json":
        _atomic(target, lambda tmp: write_json(tmp, records, with_contacts=with_contacts))
        written.append(target)
    else:
        documents = _outgoing_attachments(catalogue, records)
        _atomic(
            target,
            lambda tmp: write_bundle(
                tmp, records, with_contacts=with_contacts, attachments=documents
            ),
        )
        written.append(target)
    batches.set_sync_stamps(catalogue.store, {r.id: r.updated_at for r in records})
    return ExportResult(tuple(written), counts)


def _outgoing_attachments(
    catalogue: Catalogue, records: Sequence[Record]
) -> list[OutgoingAttachment]:
    found = stored_attachments.list_for_many(catalogue.store, [r.id for r in records])
    return [
        OutgoingAttachment(item, _reader(catalogue, item.id))
        for record in records
        for item in found.get(record.id, [])
    ]


def _reader(catalogue: Catalogue, attachment_id: str) -> Callable[[], Iterable[bytes]]:
    def read() -> Iterable[bytes]:
        return stored_attachments.chunks(catalogue.store, attachment_id)

    return read


def export_format_of(path: Path) -> str | None:
    """The export format a file name implies: the import formats, `.xml` for IATI and `.ics`
    for a calendar (written, never read)."""
    suffix = path.suffix.lower()
    if suffix == ".ics":
        return "ics"
    return format_of(path) or ("iati" if suffix == ".xml" else None)


def _export_calendar(
    catalogue: Catalogue,
    target: Path,
    kind: str,
    query: RecordQuery | None,
    ids: tuple[str, ...],
    lang: str,
) -> ExportResult:
    """The dates of the chosen cases (exchanges, practices with a log) as an iCalendar file."""
    from lazos_desktop.services import cases

    kinds: list[Kind] = [k for k in _kinds(kind) if k in (Kind.EXCHANGE, Kind.PRACTICE)]
    records = _selected(catalogue, kinds, query, ids) if (query is not None or ids) else None
    if records is None and kind not in ("all", "", None):
        records = _selected(catalogue, kinds, None, ())
    written: list[Any] = []
    _atomic(
        target,
        lambda tmp: written.append(
            cases.export_calendar(catalogue, tmp, records=records, lang=lang)
        ),
    )
    return ExportResult((target,), {"events": written[0].events if written else 0})


def _kinds(kind: str) -> list[Kind]:
    if kind in ("all", "", None):
        return list(Kind)
    if kind in KIND_WORDS:
        return [KIND_WORDS[kind]]
    return [Kind(kind)]


def _selected(
    catalogue: Catalogue, kinds: list[Kind], query: RecordQuery | None, ids: tuple[str, ...]
) -> list[Record]:
    store = catalogue.store
    if ids or query is not None:
        base = query or RecordQuery()
        if ids:
            base = RecordQuery(ids=ids)
        wanted = set(k.value for k in kinds)
        found_ids = [row.id for row in store.query(base.page(0, None)).rows if row.kind in wanted]
        records = list(batches.records_by_id(store, found_ids).values())
    else:
        records = [r for k in kinds for r in store.iter_records(k.value)]
    return sorted(records, key=lambda r: (KIND_ORDER[r.kind], r.code, sort_key(r.title)))


def _names(catalogue: Catalogue, records: Iterable[Record]) -> dict[str, str]:
    refs = {ref for r in records for ref in getattr(r, "institutions", [])}
    return catalogue.store.institution_names(refs)


def _kind_path(target: Path, kind: Kind, lang: str) -> Path:
    return target.with_name(f"{target.stem}-{FILE_WORD[kind][lang]}{target.suffix}")


def _atomic(target: Path, write: Any) -> None:
    """Write through an exclusive temporary file beside `target`, renamed when complete
    (`store.output_files`: plain files only, in a folder that exists)."""
    output_files.write_atomically(target, write)


def _readable_sources(read: ReadResult) -> tuple[list[Source], list[FileProblem]]:
    """The sources whose headers can be read, and the refusals: the files' own plus one per
    sheet whose headers cannot (said once, not as "title required" on every row)."""
    readable: list[Source] = []
    refused = list(read.refused)
    for source in read.sources:
        problem = None
        if source.table is not None:
            problem = header_problem(source.table, source.kind or Kind.PRACTICE, source.mapping)
        if problem is None:
            readable.append(source)
        else:
            refused.append(problem)
    return readable, refused


def _notices(sources: list[Source]) -> list[FileProblem]:
    notices = [note for source in sources if source.table for note in source.table.notes]
    for source in sources:
        for column in source.unknown_columns():
            near = nearest_field(source.kind, column) if source.kind else None
            labels = {lang: field_header(near, lang) for lang in ("es", "en", "pt")} if near else ""
            notices.append(
                FileProblem(source.label, "unknown_column", {"column": column}, 1, column, labels)
            )
    return notices
