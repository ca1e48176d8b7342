"""Rows of a sheet to record data: each cell read by its field's rules, each problem placed.

The result of a row is plain data for the fields the sheet holds (a missing column leaves
the catalogue's value alone when the record is updated) plus the problems found, each with
the row number and the header as the file writes them and, when a value is close to a known
one, a suggestion.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from lazos_desktop.domain.countries import all_country_labels, country_from_text, country_name
from lazos_desktop.domain.records import Institution, Kind
from lazos_desktop.domain.text import fold
from lazos_desktop.domain.vocabularies import (
    ACTIVITY_TYPE,
    AXIS,
    EXCHANGE_STATUS,
    INSTITUTION_TYPE,
    MILESTONE_STATUS,
    MODALITY,
    PARTY_ROLE,
    PLATFORM,
    POPULATION_GROUP,
    PRACTICE_STATUS,
    TASK_STATUS,
    TERRITORIAL_LEVEL,
    TOOL_TYPE,
    Vocabularies,
)
from lazos_desktop.interchange import cells
from lazos_desktop.interchange.file_messages import FileProblem, render
from lazos_desktop.interchange.headers import map_headers
from lazos_desktop.interchange.tables import Table

VOCABULARY_OF = {
    "axes": AXIS,
    "population_groups": POPULATION_GROUP,
    "platforms": PLATFORM,
    "modality": MODALITY,
    "tool_type": TOOL_TYPE,
    "territorial_level": TERRITORIAL_LEVEL,
    "institution_type": INSTITUTION_TYPE,
}
STATUS_VOCABULARY = {
    Kind.PRACTICE: PRACTICE_STATUS,
    Kind.TOOLBOX: PRACTICE_STATUS,
    Kind.EXCHANGE: EXCHANGE_STATUS,
}
LIST_FIELDS = {"axes", "population_groups", "platforms", "tags", "countries", "institutions"}
LIST_FIELDS |= {"links"}
INT_FIELDS = {"year"}
BOOL_FIELDS = {"synthetic", "gender_focus"}
DATE_FIELDS = {"start_date", "end_date"}
STAMP_FIELDS = {"created_at", "updated_at"}
SUGGEST_CUTOFF = 75
TEXT_FIELDS = {
    "title",
    "source",
    "summary",
    "description",
    "results",
    "lessons_learned",
    "replicability",
    "objectives",
    "agreements",
    "next_steps",
    "audience",
    "how_to_use",
    "link",
    "acronym",
    "website",
    "updated_by",
    "code",
}


@dataclass
class RowData:
    """One row read: its place in the file, the fields it gives, and what is wrong with it."""

    file: str
    row: int
    kind: Kind
    data: dict[str, Any]
    columns: dict[str, str] = field(default_factory=dict)
    problems: list[FileProblem] = field(default_factory=list)

    @property
    def has_id(self) -> bool:
        return bool(self.data.get("id"))

    def column_of(self, name: str) -> str:
        head = name.split(".")[0]
        return self.columns.get(head, head)


class References:
    """Finds institutions and records named in cells, among the catalogue's and the file's."""

    def __init__(
        self,
        institutions: Iterable[Institution],
        find_record: Callable[[str], str | None] = lambda ref: None,
    ) -> None:
        self._find_record = find_record
        self._institutions: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        for institution in institutions:
            self.add_institution(institution)

    def add_institution(self, institution: Institution) -> None:
        label = f"{institution.acronym} — {institution.title}" if institution.acronym else ""
        for key in (institution.id, institution.code.upper()):
            if key:
                self._institutions[key] = institution.id
        for name in (institution.title, institution.acronym, label):
            if name:
                self._institutions.setdefault(fold(name), institution.id)
                self._labels[fold(name)] = label or institution.title

    def institution_id(self, text: str) -> str | None:
        stripped = text.strip()
        return (
            self._institutions.get(stripped)
            or self._institutions.get(stripped.upper())
            or self._institutions.get(fold(stripped))
        )

    def institution_suggestion(self, text: str) -> str:
        return self._labels.get(suggest(text, self._labels), "")

    def record_id(self, ref: str) -> str | None:
        stripped = ref.strip()
        found = self._find_record(stripped)
        if found:
            return found
        institution = self.institution_id(stripped)
        if institution:
            return institution
        try:
            return str(uuid.UUID(stripped))
        except ValueError:
            return None


def read_table(
    table: Table,
    kind: Kind,
    vocab: Vocabularies,
    references: References,
    lang: str = "es",
    mapping: dict[int, str] | None = None,
) -> list[RowData]:
    """Every row of `table` as data of `kind`, reading columns as `mapping` (or the headers) say."""
    columns = mapping if mapping is not None else map_headers(kind, table.headers)
    reader = _RowReader(kind, vocab, references, lang)
    headers = {
        name: table.headers[index] if index < len(table.headers) else name
        for index, name in columns.items()
    }
    plain = [(i, n) for i, n in columns.items() if n in TEXT_FIELDS]
    parsed = [(i, n) for i, n in columns.items() if n not in TEXT_FIELDS]
    found: list[RowData] = []
    for cells_of_row, number in zip(table.rows, table.numbers, strict=True):
        row = RowData(table.label, number, kind, {}, dict(headers))
        width = len(cells_of_row)
        for index, name in plain:  # most cells are free text: no rules to apply
            row.data[name] = cells.cell_text(cells_of_row[index] if index < width else None)
        for index, name in parsed:
            value = cells_of_row[index] if index < width else None
            reader.read(row, name, headers[name], value)
        if "countries" in row.data and kind == Kind.EXCHANGE:
            countries = row.data.pop("countries")
            if "parties" not in row.data:
                row.data["parties"] = [
                    {"country": code, "role": "offering" if i == 0 else "receiving"}
                    for i, code in enumerate(countries)
                ]
                row.columns["parties"] = row.columns["countries"]
        found.append(row)
    return found


def suggest(text: str, choices: dict[str, str]) -> str:
    """The key (a folded name) of `choices` closest to `text`, or "" when none is close."""
    key = fold(text)
    if not key or not choices:
        return ""
    match = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF)
    return str(match[0]) if match else ""


class _RowReader:
    def __init__(self, kind: Kind, vocab: Vocabularies, references: References, lang: str) -> None:
        self.kind = kind
        self.vocab = vocab
        self.references = references
        self.lang = lang
        self._country_choices = all_country_labels()
        self._choices: dict[str, dict[str, str]] = {}
        self._known: dict[tuple[str, str], str | None] = {}

    def term_code(self, vocabulary: str, text: str) -> str | None:
        """`Vocabularies.code_from_text`, remembered: a column repeats the same few values."""
        key = (vocabulary, text)
        if key not in self._known:
            if vocabulary not in self._choices:
                self._choices[vocabulary] = self.vocab.choices(vocabulary)
            self._known[key] = self._choices[vocabulary].get(fold(text))
        return self._known[key]

    def country_code(self, text: str) -> str | None:
        key = ("", text)
        if key not in self._known:
            self._known[key] = country_from_text(text)
        return self._known[key]

    def read(self, row: RowData, name: str, header: str, value: Any) -> None:
        def problem(key: str, suggestion: str = "", **params: Any) -> None:
            row.problems.append(FileProblem(row.file, key, params, row.row, header, suggestion))

        try:
            parsed = self._parse(name, value, problem)
        except (ValueError, TypeError, OverflowError):
            key = {
                "year": "not_a_number",
                "start_date": "not_a_date",
                "end_date": "not_a_date",
            }.get(name, "not_a_yes_no" if name in BOOL_FIELDS else "invalid_value")
            problem(key, value=cells.cell_text(value), field=name, detail=cells.cell_text(value))
            return
        if parsed is not _SKIP:
            row.data[name] = parsed

    def _parse(self, name: str, value: Any, problem: Callable[..., None]) -> Any:
        text = cells.cell_text(value)
        if name == "id":
            if not text.strip():
                return _SKIP
            try:
                return str(uuid.UUID(text.strip()))
            except ValueError:
                problem("bad_id", value=text)
                return _SKIP
        if name in INT_FIELDS:
            return cells.parse_int(value)
        if name in BOOL_FIELDS:
            return cells.parse_bool(value)
        if name in DATE_FIELDS:
            return cells.parse_date(value)
        if name in STAMP_FIELDS:
            return cells.stamp_text(value) or _SKIP
        if name == "countries":
            whole = self.country_code(text)  # "Bonaire, San Eustaquio y Saba" is one name
            if whole:
                return [whole]
            return [self._country(item, problem) for item in cells.split_list(value)]
        if name == "country":
            return self._country(text, problem) if text.strip() else ""
        if name == "status":
            return self._term(
                STATUS_VOCABULARY.get(self.kind, PRACTICE_STATUS), name, text, problem
            )
        if name in VOCABULARY_OF:
            vocabulary = VOCABULARY_OF[name]
            if name in LIST_FIELDS:
                whole = self.term_code(vocabulary, text) if text.strip() else None
                if whole:
                    return [whole]
                items = cells.split_list(value)
                return [self._term(vocabulary, name, item, problem) for item in items]
            return self._term(vocabulary, name, text, problem) if text.strip() else _SKIP
        if name == "institutions":
            return [self._institution(item, problem) for item in cells.split_list(value)]
        if name == "links":
            return [self._link(item, problem) for item in cells.split_list(value)]
        if name == "tags":
            return cells.split_list(value)
        if name == "parties":
            return [
                self._party(line, problem) for line in cells.split_lines(value, semicolons=True)
            ]
        if name == "milestones":
            return [self._milestone(line, problem) for line in cells.split_lines(value)]
        if name == "tasks":
            return [self._task(line, problem) for line in cells.split_lines(value)]
        if name == "activities":
            return [self._activity(line, problem) for line in cells.split_lines(value)]
        if name == "contacts":
            return [self._contact(line) for line in cells.split_lines(value)]
        return text

    def _country(self, text: str, problem: Callable[..., None]) -> str:
        code = self.country_code(text)
        if code:
            return code
        found = suggest(text, self._country_choices)
        named = (
            _in_languages(lambda lang: country_name(self._country_choices[found], lang))
            if found
            else ""
        )
        problem("unknown_country_name", named, value=text)
        return text.strip()

    def _term(self, vocabulary: str, name: str, text: str, problem: Callable[..., None]) -> str:
        if not text.strip():
            return text.strip()
        code = self.term_code(vocabulary, text)
        if code:
            return code
        choices = self.vocab.choices(vocabulary)
        found = suggest(text, choices)
        named = (
            _in_languages(lambda lang: self.vocab.label(vocabulary, choices[found], lang))
            if found
            else ""
        )
        problem("unknown_label", named, value=text, field=name)
        return text.strip()

    def _institution(self, text: str, problem: Callable[..., None]) -> str:
        found = self.references.institution_id(text)
        if found:
            return found
        problem("unknown_institution", self.references.institution_suggestion(text), value=text)
        return text.strip()

    def _link(self, text: str, problem: Callable[..., None]) -> str:
        found = self.references.record_id(text)
        if found:
            return found
        problem("unknown_reference", value=text)
        return text.strip()

    def _party(self, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        parts = cells.split_parts(line) + ["", "", "", ""]
        party: dict[str, Any] = {"country": self._country(parts[0], problem)}
        party["institution_name"] = parts[1]
        party["role"] = self._term(PARTY_ROLE, "parties", parts[2], problem) or "offering"
        if parts[3]:
            party["institution"] = self._institution(parts[3], problem)
        elif parts[1] and (found := self.references.institution_id(parts[1])):
            party["institution"] = found
        return party

    def _milestone(self, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        parts = cells.split_parts(line) + ["", "", "", ""]
        milestone: dict[str, Any] = {"title": parts[1], "note": parts[3]}
        try:
            milestone["date"] = cells.parse_date(parts[0])
        except ValueError:
            problem("bad_part", value=line, detail=render("not_a_date", self.lang, value=parts[0]))
        milestone["status"] = (
            self._term(MILESTONE_STATUS, "milestones", parts[2], problem) or "planned"
        )
        parts += ["", "", ""]
        milestone["responsible"] = parts[4]
        if parts[5]:
            milestone["institution"] = self._institution(parts[5], problem)
        if parts[6]:
            milestone["id"] = parts[6]
        return milestone

    def _task(self, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        parts = cells.split_parts(line) + [""] * 8
        task: dict[str, Any] = {"title": parts[1], "responsible": parts[3], "note": parts[5]}
        try:
            task["due"] = cells.parse_date(parts[0])
        except ValueError:
            problem("bad_part", value=line, detail=render("not_a_date", self.lang, value=parts[0]))
        task["status"] = self._term(TASK_STATUS, "tasks", parts[2], problem) or "open"
        if parts[4]:
            task["institution"] = self._institution(parts[4], problem)
        if parts[6]:
            task["origin"] = parts[6]
        if parts[7]:
            task["id"] = parts[7]
        return task

    def _activity(self, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        parts = cells.split_parts(line) + [""] * 8
        activity: dict[str, Any] = {
            "type": self._term(ACTIVITY_TYPE, "activities", parts[1], problem) or "note",
            "place": parts[2],
            "institutions": [
                self._institution(item, problem) for item in _semicolon_list(parts[3])
            ],
            "participants": _semicolon_list(parts[4]),
            "summary": parts[5],
            "decisions": parts[6],
        }
        try:
            activity["date"] = cells.parse_date(parts[0])
        except ValueError:
            problem("bad_part", value=line, detail=render("not_a_date", self.lang, value=parts[0]))
        if parts[7]:
            activity["id"] = parts[7]
        return activity

    def _contact(self, line: str) -> dict[str, Any]:
        parts = cells.split_parts(line) + ["", "", "", ""]
        return {
            "name": parts[0],
            "organisation": parts[1],
            "email": parts[2],
            "phone": parts[3],
        }


_SKIP = object()


def _semicolon_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _in_languages(name: Callable[[str], str]) -> dict[str, str]:
    return {lang: name(lang) for lang in ("es", "en", "pt")}
