"""What an import would do, computed without writing: the `ImportPlan`.

Each row of the files gets one outcome:

* **refused** — a problem in a cell or a rule broken; nothing of it is written;
* **create** — a record the catalogue does not hold;
* **unchanged** — the catalogue holds the same content (stamps, code and links aside);
* **update** — the file changed the record and the catalogue did not;
* **conflict** — both changed it since they last matched;
* **skipped** — the officer chose to leave out the rows holding one of its values;
* **duplicate** — a row without UUID whose title is close to a record of the same kind
  sharing a country (rapidfuzz token-sort ratio ≥ 90 on folded titles, the catalogue's
  `title_key`), reported rather than silently doubled.

When did the two sides last match? Every time a record leaves in an export or arrives by
import, the catalogue stores its `updated_at` as the record's *sync stamp* (`record_sync`;
for a record never exchanged, its `created_at`: both copies were equal when it was born).
Updates keep the file's stamps, so after a sync both copies carry the same `updated_at`.
Then, for a record whose content differs:

1. catalogue `updated_at` <= sync stamp: only the file changed → **update**;
2. file `updated_at` < sync stamp: the file holds an older copy → **unchanged** (stale);
3. otherwise both changed since the last match → **conflict**, settled by
   `skip` (leave it), `theirs` (take the file's) or `ours` (keep the catalogue's).

A file without stamp columns (a spreadsheet typed by hand) counts as changed now.

A value the reader could not place alone (`RowData.questions`) refuses its row until it is
answered. New institutions named by the rows are created with them, and only those a
written row refers to. A new practice or toolbox entry without axes or countries comes in as
a draft "por clasificar" (a practice the file calls validated or published too, with a
notice): classifying it is work for later, not a reason to retype the file.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from rapidfuzz import fuzz, process

from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import (
    CLASSIFIED_KINDS,
    FINISHED_STATUSES,
    Kind,
    Record,
    now_utc,
)
from lazos_desktop.domain.text import sort_key
from lazos_desktop.domain.validation import Problem, parse_record, validate
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.interchange.bundle import IncomingAttachment
from lazos_desktop.interchange.file_messages import FileProblem
from lazos_desktop.interchange.row_records import (
    INSTITUTION,
    NewInstitution,
    RowData,
    ValueNote,
    ValueQuestion,
)
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.import_batches import (
    ImportWrite,
    records_by_id,
    sync_stamps,
    titles_of_kind,
)

DUPLICATE_SCORE = 90
_COMPARED_EXCLUDE = {"created_at", "updated_at", "updated_by", "links", "code"}


class Outcome(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    SKIPPED = "skipped"


class OnConflict(StrEnum):
    ASK = "ask"
    SKIP = "skip"
    THEIRS = "theirs"
    OURS = "ours"


@dataclass
class Match:
    """A catalogue record a row may duplicate."""

    id: str
    code: str
    title: str
    score: float


@dataclass
class PlannedRow:
    row: RowData
    outcome: Outcome
    record: Record | None = None
    current: Record | None = None
    problems: list[FileProblem] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    match: Match | None = None
    merged: Record | None = None  # the matched record with the row's values, for "merge"

    @property
    def file(self) -> str:
        return self.row.file

    @property
    def number(self) -> int:
        return self.row.row


@dataclass
class ValueGroup:
    """One value of one column and every row holding it: a mapping made, a value left for
    later, or a question to answer; `name` is the field."""

    name: str
    column: str
    value: str
    code: str = ""
    vocabulary: str = ""
    candidates: tuple[str, ...] = ()
    rows: list[tuple[str, int]] = field(default_factory=list)
    chosen: bool = False
    row_count: int = 0  # rows holding it; a long plan keeps only the first in `rows`


@dataclass
class ImportPlan:
    files: list[str]
    rows: list[PlannedRow] = field(default_factory=list)
    file_problems: list[FileProblem] = field(default_factory=list)
    notices: list[FileProblem] = field(default_factory=list)  # e.g. columns ignored
    attachments: list[IncomingAttachment] = field(default_factory=list)  # from bundles
    new_institutions: list[NewInstitution] = field(default_factory=list)
    # Set for a plan made a chunk of rows at a time (`PlanSummary`): `rows` then holds only
    # the first rows of each outcome the report lists, and these hold the rest in brief.
    summary: StreamedFacts | None = None

    def mappings(self) -> list[ValueGroup]:
        """Values mapped without asking, one group per column and value."""
        if self.summary is not None:
            return list(self.summary.mappings.values())
        return _groups((row.row, note) for row in self.rows for note in row.row.mappings)

    def left_for_later(self) -> list[ValueGroup]:
        if self.summary is not None:
            return list(self.summary.later.values())
        return _groups((row.row, note) for row in self.rows for note in row.row.later)

    def questions(self) -> list[ValueGroup]:
        """Values waiting for an answer, one group per column and value, in file order."""
        if self.summary is not None:
            return list(self.summary.questions.values())
        groups: dict[tuple[str, str, str], ValueGroup] = {}
        _add_questions(groups, self.rows)
        return list(groups.values())

    def institutions_to_create(self) -> list[NewInstitution]:
        """New institutions a row that will be written refers to."""
        if not self.new_institutions:
            return []
        if self.summary is not None:
            wanted = self.summary.referred
        else:
            wanted = {r for row in self.rows if row.record is not None for r in _refs(row.record)}
        return [new for new in self.new_institutions if new.record.id in wanted]

    def problem_count(self) -> int:
        """How many problems there are, counting those a long plan did not keep."""
        if self.summary is not None:
            return len(self.file_problems) + self.summary.problems
        return len(self.problems)

    def of(self, outcome: Outcome) -> list[PlannedRow]:
        return [row for row in self.rows if row.outcome == outcome]

    @property
    def problems(self) -> list[FileProblem]:
        """Every problem: whole files first, then rows in file order."""
        return self.file_problems + [p for row in self.of(Outcome.REFUSED) for p in row.problems]

    @property
    def refused(self) -> bool:
        if self.summary is not None:
            return bool(self.file_problems or self.summary.outcomes[Outcome.REFUSED])
        return bool(self.file_problems or self.of(Outcome.REFUSED))

    def counts(self) -> dict[str, int]:
        if self.summary is not None:
            outcomes = self.summary.outcomes
            return {
                "created": outcomes[Outcome.CREATE],
                "updated": outcomes[Outcome.UPDATE],
                "unchanged": outcomes[Outcome.UNCHANGED],
                "conflicts": outcomes[Outcome.CONFLICT],
                "duplicates": outcomes[Outcome.DUPLICATE],
                "refused": outcomes[Outcome.REFUSED],
                "skipped": outcomes[Outcome.SKIPPED],
                "new_institutions": len(self.institutions_to_create()),
                "mapped": len(self.mappings()),
                "questions": len(self.questions()),
            }
        return {
            "created": len(self.of(Outcome.CREATE)),
            "updated": len(self.of(Outcome.UPDATE)),
            "unchanged": len(self.of(Outcome.UNCHANGED)),
            "conflicts": len(self.of(Outcome.CONFLICT)),
            "duplicates": len(self.of(Outcome.DUPLICATE)),
            "refused": len(self.of(Outcome.REFUSED)),
            "skipped": len(self.of(Outcome.SKIPPED)),
            "new_institutions": len(self.institutions_to_create()),
            "mapped": len(self.mappings()),
            "questions": len(self.questions()),
        }

    def to_write(
        self,
        on_conflict: OnConflict = OnConflict.SKIP,
        duplicates: str = "skip",
        decisions: dict[int, str] | None = None,
    ) -> ImportWrite:
        """What to write once conflicts and duplicates are settled.

        `decisions` maps a row's index in `rows` to "theirs"/"ours"/"skip" for a conflict
        or "keep"/"merge"/"skip" for a duplicate; the rest follow `on_conflict` and
        `duplicates`. Refused rows are never written.
        """
        chosen = decisions or {}
        write = ImportWrite(files=list(self.files))
        for index, planned in enumerate(self.rows):
            record, current = planned.record, planned.current
            if record is None:
                continue
            decision = chosen.get(index)
            if planned.outcome == Outcome.CREATE:
                write.created.append(record)
            elif planned.outcome == Outcome.UPDATE and current is not None:
                write.updated.append((current, record))
            elif planned.outcome == Outcome.UNCHANGED and current is not None:
                if not planned.changed:
                    write.synced[record.id] = max(record.updated_at, current.updated_at)
            elif planned.outcome == Outcome.CONFLICT and current is not None:
                if (decision or on_conflict.value) == OnConflict.THEIRS.value:
                    write.updated.append((current, record))
            elif planned.outcome == Outcome.DUPLICATE:
                action = decision or duplicates
                if action == "keep":
                    write.created.append(record)
                elif action == "merge" and planned.merged is not None and planned.match:
                    matched = planned.current
                    if matched is not None:
                        write.updated.append((matched, planned.merged))
                        record = planned.merged
                    else:
                        continue
                else:
                    continue
            else:
                continue
            write.links += [(record.id, other) for other in record.links]
        if self.new_institutions and (write.created or write.updated):
            wanted = {ref for record in write.created for ref in _refs(record)}
            wanted |= {ref for _, after in write.updated for ref in _refs(after)}
            made = [new.record for new in self.new_institutions if new.record.id in wanted]
            write.created[:0] = made
        for _, after in write.updated:
            write.synced[after.id] = after.updated_at
        for record in write.created:
            write.synced[record.id] = record.updated_at
        return write


KEPT_ROWS = 1000  # rows of each listed outcome a long plan keeps for its report
KEPT_NOTICES = 1000
KEPT_GROUPS = 5000  # distinct values of each list (mapped, left for later, questions)
KEPT_GROUP_ROWS = 100  # rows named for each value; `row_count` counts them all


@dataclass
class StreamedFacts:
    """What a plan made a chunk at a time says of all its rows, in bounded space."""

    outcomes: Counter[Outcome] = field(default_factory=Counter)
    problems: int = 0  # problems of refused rows, kept or not
    notices: int = 0
    mappings: dict[tuple[str, str, str], ValueGroup] = field(default_factory=dict)
    later: dict[tuple[str, str, str], ValueGroup] = field(default_factory=dict)
    questions: dict[tuple[str, str, str], ValueGroup] = field(default_factory=dict)
    referred: set[str] = field(default_factory=set)  # institutions rows with a record name
    # How to make the plan again, writing as it goes (set by the service that made it):
    # called with the write rules, a progress callback and a cancel question.
    again: Callable[..., Any] | None = None


class PlanSummary:
    """An `ImportPlan` folded from chunks of planned rows: every outcome counted, the first
    `KEPT_ROWS` refused, conflicting and duplicate rows kept for the report, and each value
    mapped, left for later or asked about kept once, with the first rows holding it."""

    def __init__(self, files: list[str], file_problems: list[FileProblem]) -> None:
        self.plan = ImportPlan(files, file_problems=list(file_problems), summary=StreamedFacts())
        self._kept: Counter[Outcome] = Counter()

    @property
    def facts(self) -> StreamedFacts:
        assert self.plan.summary is not None
        return self.plan.summary

    def add(self, rows: list[PlannedRow], notices: list[FileProblem]) -> None:
        facts = self.facts
        for planned in rows:
            outcome = planned.outcome
            facts.outcomes[outcome] += 1
            if outcome == Outcome.REFUSED:
                facts.problems += len(planned.problems)
            if planned.record is not None:
                facts.referred.update(_refs(planned.record))
            listed = outcome in (Outcome.REFUSED, Outcome.CONFLICT, Outcome.DUPLICATE)
            if listed and self._kept[outcome] < KEPT_ROWS:
                self._kept[outcome] += 1
                self.plan.rows.append(planned)
        _add_notes(
            facts.mappings,
            ((p.row, note) for p in rows for note in p.row.mappings),
            KEPT_GROUPS,
            KEPT_GROUP_ROWS,
        )
        _add_notes(
            facts.later,
            ((p.row, note) for p in rows for note in p.row.later),
            KEPT_GROUPS,
            KEPT_GROUP_ROWS,
        )
        _add_questions(facts.questions, rows, KEPT_GROUPS, KEPT_GROUP_ROWS)
        facts.notices += len(notices)
        room = max(KEPT_NOTICES - len(self.plan.notices), 0)
        self.plan.notices += notices[:room]


def build_plan(
    store: Store,
    rows: list[RowData],
    files: list[str],
    officer: str = "",
    file_problems: list[FileProblem] | None = None,
    new_institutions: list[NewInstitution] | None = None,
) -> ImportPlan:
    """Check every row and decide its outcome against the catalogue; writes nothing."""
    plan = ImportPlan(
        files,
        file_problems=list(file_problems or []),
        new_institutions=list(new_institutions or []),
    )
    builder = PlanBuilder(store, officer)
    builder.know_institutions(new_institutions or [])
    plan.rows, plan.notices = builder.plan_rows(rows)
    return plan


class KeyMemory(Protocol):
    """Where a plan remembers the identifiers and titles met so far: a dictionary for a
    file planned whole, a temporary file for one planned a chunk at a time."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...

    def setdefault(self, key: str, value: str) -> str | None: ...


class DictMemory:
    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._items.get(key)

    def put(self, key: str, value: str) -> None:
        self._items[key] = value

    def setdefault(self, key: str, value: str) -> str | None:
        if key in self._items:
            return self._items[key]
        self._items[key] = value
        return None


class PlanBuilder:
    """Gives rows their outcomes, one batch after another, remembering across batches the
    identifiers seen (a repeated one is refused) and the new records' titles (a later row
    with the same title is a duplicate)."""

    def __init__(self, store: Store, officer: str = "", memory: KeyMemory | None = None) -> None:
        self.store = store
        self.officer = officer
        self.vocab = store.vocabularies()
        self.memory = memory or DictMemory()
        self.detector = _Duplicates(store, self.memory)
        self.now = now_utc()
        self.labels = _Labels(store, self.vocab)

    def know_institutions(self, new_institutions: Iterable[NewInstitution]) -> None:
        """A question may offer an institution the file brings: named by its title."""
        for new in new_institutions:
            self.labels.institutions[new.record.id] = new.record.title

    def plan_rows(self, rows: list[RowData]) -> tuple[list[PlannedRow], list[FileProblem]]:
        """The rows planned, and the notices they raise (a row come in as a draft)."""
        store, vocab, officer, now = self.store, self.vocab, self.officer, self.now
        known = records_by_id(store, [row.data["id"] for row in rows if row.has_id])
        stamps = sync_stamps(store, known)
        planned_rows: list[PlannedRow] = []
        notices: list[FileProblem] = []
        for row in rows:
            planned = _plan_row(row, known, stamps, vocab, officer, now, self.memory, self.labels)
            notice = _unclassified_notice(planned)
            if notice is not None:
                notices.append(notice)
            record = planned.record
            if planned.outcome == Outcome.CREATE and record is not None and not row.has_id:
                match = self.detector.find(record)
                if match is not None:
                    planned.outcome = Outcome.DUPLICATE
                    planned.match = match
                    current = known.get(match.id) or records_by_id(store, [match.id]).get(match.id)
                    planned.current = current
                    if current is not None:
                        planned.merged = _merged(row, current, vocab, officer, now)
                else:
                    self.detector.add(record)
            planned_rows.append(planned)
        return planned_rows, notices


def _plan_row(
    row: RowData,
    known: dict[str, Record],
    stamps: dict[str, str],
    vocab: Vocabularies,
    officer: str,
    now: str,
    seen_ids: KeyMemory,
    labels: _Labels,
) -> PlannedRow:
    if row.skipped:
        return PlannedRow(row, Outcome.SKIPPED)
    problems = list(row.problems) + [_question_problem(row, q, labels) for q in row.questions]
    record_id = row.data.get("id")
    current = known.get(record_id) if record_id else None
    if record_id:
        other = seen_ids.setdefault(f"id\x00{record_id}", str(row.row))
        if other is not None:
            problems.append(
                FileProblem(
                    row.file,
                    "repeated_id",
                    {"value": record_id, "other": int(other)},
                    row.row,
                    row.column_of("id"),
                )
            )
    if current is not None and current.kind != row.kind:
        problems.append(
            FileProblem(
                row.file,
                "kind_mismatch",
                {"value": current.code, "other": current.kind.value},
                row.row,
                row.column_of("id"),
            )
        )
        return PlannedRow(row, Outcome.REFUSED, problems=problems)
    problems += _stamp_problems(row, now)
    record = _parse(row, current, vocab, officer, now, problems)
    if problems or record is None:
        return PlannedRow(row, Outcome.REFUSED, problems=problems, current=current)
    if current is None:
        return PlannedRow(row, Outcome.CREATE, record)
    changed = _changed_fields(current, record)
    if not changed:
        return PlannedRow(row, Outcome.UNCHANGED, record, current)
    base = stamps.get(current.id, current.created_at)
    if current.updated_at <= base:
        return PlannedRow(row, Outcome.UPDATE, record, current, changed=changed)
    if record.updated_at < base:
        return PlannedRow(row, Outcome.UNCHANGED, record, current, changed=changed)
    return PlannedRow(row, Outcome.CONFLICT, record, current, changed=changed)


_STAMPS = ("created_at", "updated_at")
_CLOCK_SLACK = timedelta(days=1)  # a colleague's clock a few hours ahead is not an attack


def _stamp_problems(row: RowData, now: str) -> list[FileProblem]:
    """A file's stamps are read as instants, written back in the catalogue's own form, and
    refused when they are not dates or lie in the future. Stamps are compared as text to
    merge: "ayer" or 9999-12-31 sorted after every real date, so a file carrying one made
    the next, older copy of that record overwrite the officer's later edit silently."""
    found: list[FileProblem] = []
    latest = datetime.fromisoformat(now.replace("Z", "+00:00")) + _CLOCK_SLACK
    for name in _STAMPS:
        value = row.data.get(name)
        if value in (None, ""):
            continue
        instant = _instant(value)
        key = "stamp_invalid" if instant is None else "stamp_in_future"
        if instant is not None and instant <= latest:
            row.data[name] = instant.strftime("%Y-%m-%dT%H:%M:%SZ")
            continue
        params = {"field": name, "value": str(value)[:40]}
        found.append(FileProblem(row.file, key, params, row.row, row.column_of(name)))
    return found


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        instant = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def _parse(
    row: RowData,
    current: Record | None,
    vocab: Vocabularies,
    officer: str,
    now: str,
    problems: list[FileProblem],
) -> Record | None:
    data = _with_base(row, current, officer, now)
    record, found = parse_record(row.kind, data)
    if record is not None:
        found = validate(record, vocab)
    # A cell already reported while reading is not reported again by the record's rules.
    reported = {(problem.row, problem.column) for problem in problems}
    for problem in found:
        placed = _placed(row, problem)
        if (placed.row, placed.column) not in reported:
            problems.append(placed)
    return record


def _with_base(row: RowData, base: Record | None, officer: str, now: str) -> dict[str, Any]:
    """The row's fields over the base record's (a missing column keeps the catalogue's value)."""
    data: dict[str, Any] = {}
    if base is not None:
        data = base.model_dump(mode="json")
    data.update(row.data)
    if "updated_at" not in row.data:
        data["updated_at"] = now
        data["updated_by"] = row.data.get("updated_by", officer)
    if base is None:
        data.setdefault("created_at", data["updated_at"])
        data.setdefault("updated_by", officer)
        unclassified = not (data.get("axes") and data.get("countries"))
        stated = row.kind == Kind.TOOLBOX and "status" in row.data
        if row.kind in CLASSIFIED_KINDS and unclassified and not stated:
            data["status"] = "draft"
    return data


def _merged(
    row: RowData, matched: Record, vocab: Vocabularies, officer: str, now: str
) -> Record | None:
    data = _with_base(row, matched, officer, now)
    data["id"] = matched.id
    record, problems = parse_record(row.kind, data)
    if record is None or validate(record, vocab):
        return None
    return record


def _question_problem(row: RowData, question: ValueQuestion, labels: _Labels) -> FileProblem:
    key = {"country": "unknown_country_name", INSTITUTION: "unknown_institution"}.get(
        question.vocabulary, "unknown_label"
    )
    params = {"value": question.value, "field": question.field}
    suggestion = {
        lang: " / ".join(
            labels.label(question.vocabulary, code, lang) for code in question.candidates
        )
        for lang in ("es", "en", "pt")
    }
    return FileProblem(
        row.file, key, params, row.row, question.column, suggestion if question.candidates else ""
    )


class _Labels:
    """Names of the candidates a question offers, in each language."""

    def __init__(self, store: Store, vocab: Vocabularies) -> None:
        self.store = store
        self.vocab = vocab
        self.institutions: dict[str, str] = {}

    def label(self, vocabulary: str, code: str, lang: str) -> str:
        if vocabulary == "country":
            return country_name(code, lang)
        if vocabulary == INSTITUTION:
            if code not in self.institutions:
                self.institutions.update(self.store.institution_names([code]))
            return self.institutions.get(code, code)
        return self.vocab.label(vocabulary, code, lang)


def _unclassified_notice(planned: PlannedRow) -> FileProblem | None:
    """A row the file calls validated or published that comes in as a draft to classify."""
    row, record = planned.row, planned.record
    asked = row.data.get("status")
    if record is None or planned.current is not None or asked not in FINISHED_STATUSES:
        return None
    if record.status_of() == asked:
        return None
    return FileProblem(
        row.file, "imported_unclassified", {"value": asked}, row.row, row.column_of("status")
    )


def _refs(record: Record) -> list[str]:
    """Institutions a record names: its list of institutions and its parties'."""
    found = list(getattr(record, "institutions", []))
    found += [party.institution for party in getattr(record, "parties", []) if party.institution]
    return found


def _add_questions(
    groups: dict[tuple[str, str, str], ValueGroup],
    rows: Iterable[PlannedRow],
    limit: int | None = None,
    rows_kept: int | None = None,
) -> None:
    """Each row's questions added to their groups (one per field, column and value)."""
    for planned in rows:
        for question in planned.row.questions:
            key = (question.field, question.column, question.value.casefold())
            group = groups.get(key)
            if group is None:
                if limit is not None and len(groups) >= limit:
                    continue
                group = groups[key] = ValueGroup(
                    question.field,
                    question.column,
                    question.value,
                    vocabulary=question.vocabulary,
                    candidates=question.candidates,
                )
            _add_row(group, (planned.file, planned.number), rows_kept)


def _add_row(group: ValueGroup, place: tuple[str, int], rows_kept: int | None) -> None:
    group.row_count += 1
    if rows_kept is None or len(group.rows) < rows_kept:
        group.rows.append(place)


def _add_notes(
    groups: dict[tuple[str, str, str], ValueGroup],
    notes: Iterable[tuple[RowData, ValueNote]],
    limit: int | None = None,
    rows_kept: int | None = None,
) -> None:
    for row, note in notes:
        key = (note.field, note.column, note.value.casefold())
        group = groups.get(key)
        if group is None:
            if limit is not None and len(groups) >= limit:
                continue
            group = groups[key] = ValueGroup(
                note.field, note.column, note.value, note.code, note.vocabulary, chosen=note.chosen
            )
        _add_row(group, (row.file, row.row), rows_kept)


def _groups(notes: Iterable[tuple[RowData, ValueNote]]) -> list[ValueGroup]:
    groups: dict[tuple[str, str, str], ValueGroup] = {}
    _add_notes(groups, notes)
    return list(groups.values())


def _placed(row: RowData, problem: Problem) -> FileProblem:
    params = {**problem.params, "field": problem.field}
    key = "title_missing" if (problem.key, problem.field) == ("required", "title") else problem.key
    return FileProblem(row.file, key, params, row.row, row.column_of(problem.field))


def _changed_fields(current: Record, record: Record) -> list[str]:
    before = current.model_dump(mode="json", exclude=_COMPARED_EXCLUDE)
    after = record.model_dump(mode="json", exclude=_COMPARED_EXCLUDE)
    return [name for name, value in after.items() if before.get(name) != value]


def _exact_key(kind: str, country: str, title_key: str) -> str:
    return f"title\x00{kind}\x00{country}\x00{title_key}"


def _sorted_words(key: str) -> str:
    """Words in order, so that plain `ratio` scores as rapidfuzz's `token_sort_ratio` does."""
    return " ".join(sorted(key.split()))


class _Duplicates:
    """Records of the catalogue and of the file so far, by kind and country, for matching."""

    def __init__(self, store: Store, memory: KeyMemory) -> None:
        self.store = store
        self.buckets: dict[str, dict[str, list[tuple[str, str, str, str]]]] = {}
        self.exact = memory  # the file's new records so far, by kind, country and title
        self.titles: dict[tuple[str, str], list[str]] = {}

    def find(self, record: Record) -> Match | None:
        key = sort_key(record.title)
        countries = record.countries_of() or [""]
        for country in countries:
            hit = self.exact.get(_exact_key(record.kind.value, country, key))
            if hit is not None:
                found = json.loads(hit)
                return Match(found[0], found[1], found[2], 100.0)
        buckets = self._buckets(record.kind)
        best: Match | None = None
        for country in countries:
            bucket = buckets.get(country)
            if not bucket:
                continue
            found = process.extractOne(
                _sorted_words(key),
                self.titles[(record.kind.value, country)],
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=DUPLICATE_SCORE,
            )
            if found and (best is None or found[1] > best.score):
                item = bucket[found[2]]
                best = Match(item[0], item[1], item[2], float(found[1]))
        return best

    def add(self, record: Record) -> None:
        key = sort_key(record.title)
        value = json.dumps([record.id, record.code, record.title], ensure_ascii=False)
        for country in record.countries_of() or [""]:
            self.exact.put(_exact_key(record.kind.value, country, key), value)

    def _buckets(self, kind: Kind) -> dict[str, list[tuple[str, str, str, str]]]:
        if kind.value not in self.buckets:
            found: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
            for record_id, code, title, key, countries in titles_of_kind(self.store, kind.value):
                for country in countries or [""]:
                    found[country].append((record_id, code, title, key))
            self.buckets[kind.value] = found
            for country, items in found.items():
                self.titles[(kind.value, country)] = [_sorted_words(item[3]) for item in items]
        return self.buckets[kind.value]
