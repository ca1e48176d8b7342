"""Rows of a sheet to record data: each cell read by its field's rules, each problem placed.

The result of a row is plain data for the fields the sheet holds (a missing column leaves
the catalogue's value alone when the record is updated) plus what reading found, each placed
by row number and by the header as the file writes it: problems (a year that is not a
number), values mapped without asking (`value_matching`'s rule), values left out on the
officer's answer, and questions for the values nothing can place alone. Institutions that
no catalogue or file holds become new records when the officer (or `--create-institutions`)
says so.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain.countries import is_country
from lazos_desktop.domain.records import Institution, Kind
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
from lazos_desktop.interchange.headers import ROLE_FIELDS, map_headers
from lazos_desktop.interchange.institution_names import (
    InstitutionIndex,
    NamedInstitution,
    acronym_key,
    international_names,
    looks_like_acronym,
    read_named,
)
from lazos_desktop.interchange.tables import Table
from lazos_desktop.interchange.value_choices import Choice, ValueChoices
from lazos_desktop.interchange.value_matching import (
    TermMatcher,
    country_matcher,
    value_key,
    vocabulary_matcher,
)

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
KEPT_MENTIONS = 1000  # rows listed for a new institution (a long file may name it in all)
COUNTRY = "country"
INSTITUTION = "institution"
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


@dataclass(frozen=True)
class ValueNote:
    """A value mapped without asking (`code` set) or left out for later (`code` empty)."""

    field: str
    column: str
    value: str
    code: str = ""
    vocabulary: str = ""
    chosen: bool = False  # mapped on the officer's answer, not by the rule


@dataclass(frozen=True)
class ValueQuestion:
    """A value the import cannot place alone; `vocabulary` is "country", "institution" or a
    vocabulary's name, `candidates` the likely answers (codes or institution ids)."""

    field: str
    column: str
    value: str
    vocabulary: str
    candidates: tuple[str, ...] = ()


@dataclass
class RowData:
    """One row read: its place in the file, the fields it gives, and what is wrong with it."""

    file: str
    row: int
    kind: Kind
    data: dict[str, Any]
    columns: dict[str, str] = field(default_factory=dict)
    problems: list[FileProblem] = field(default_factory=list)
    mappings: list[ValueNote] = field(default_factory=list)
    later: list[ValueNote] = field(default_factory=list)
    questions: list[ValueQuestion] = field(default_factory=list)
    skipped: bool = False  # the officer chose to leave this row out

    @property
    def has_id(self) -> bool:
        return bool(self.data.get("id"))

    def column_of(self, name: str) -> str:
        head = name.split(".")[0]
        return self.columns.get(head, head)


@dataclass
class NewInstitution:
    """An institution named in the files and held nowhere: created by the import."""

    record: Institution
    rows: list[tuple[str, int]] = field(default_factory=list)  # the first `KEPT_MENTIONS`
    # The countries every row naming it names (one set, narrowed by each row): what
    # `_shared_country` needs, in the space of one row however many name it.
    countries: list[frozenset[str]] = field(default_factory=list)
    text: str = ""
    column: str = ""
    real_rows: int = 0  # rows naming it that are not flagged synthetic
    mentions: int = 0  # rows naming it, kept in `rows` or not

    @property
    def row_count(self) -> int:
        return max(self.mentions, len(self.rows))


class References:
    """Finds institutions and records named in cells, among the catalogue's and the file's,
    and keeps the new institutions the import will create."""

    def __init__(
        self,
        institutions: Iterable[Institution],
        find_record: Callable[[str], str | None] = lambda ref: None,
        *,
        create_institutions: bool = False,
        lang: str = "es",
    ) -> None:
        self._find_record = find_record
        self.create_institutions = create_institutions
        self.lang = lang
        self._ids: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._countries: dict[str, str] = {}
        self._pairs: dict[str, NamedInstitution | None] = {}
        self._index = InstitutionIndex()
        self._new: dict[str, NewInstitution] = {}
        self._new_by_id: dict[str, NewInstitution] = {}
        for institution in institutions:
            self.add_institution(institution)

    def add_institution(self, institution: Institution) -> None:
        for key in (institution.id, institution.code.upper()):
            if key:
                self._ids[key] = institution.id
        self._index.add(institution)
        label = institution.title
        if institution.acronym and institution.acronym != institution.title:
            label = f"{institution.acronym} — {institution.title}"
        self._labels[institution.id] = label
        if institution.country:
            self._countries[institution.id] = institution.country

    def institution_id(self, text: str, countries: Iterable[str] = ()) -> str | None:
        """The institution a cell names; with the row's countries, not one found by its
        name alone in another country (see `_fits`)."""
        stripped = text.strip()
        by_id = self._ids.get(stripped) or self._ids.get(stripped.upper())
        if by_id:
            return by_id
        found = self.institution_candidates(stripped, countries)
        if len(found) == 1 and self._index.agrees(stripped, found[0]):
            return found[0]
        if found:
            return None
        # "MTPE" where the files also write "Ministerio de Trabajo y Promoción del Empleo
        # (MTPE)" and the catalogue holds that name: the one it holds.
        named = read_named(stripped)
        key = acronym_key(named.acronym) if named.acronym else value_key(named.name)
        pair = self._pairs.get(key) if not (named.acronym and named.name) else None
        if pair is not None:
            other = pair.name if named.acronym else pair.acronym
            found = self.institution_candidates(other, countries)
            if len(found) == 1 and self._index.agrees(other, found[0]):
                return found[0]
        return None

    def institution_candidates(self, text: str, countries: Iterable[str] = ()) -> tuple[str, ...]:
        found = self._index.candidates(text)
        return tuple(record_id for record_id in found if self._fits(record_id, text, countries))

    def _fits(self, record_id: str, text: str, countries: Iterable[str]) -> bool:
        """Whether a name may be this institution in a row about `countries`. A name
        alone is shared by institutions of many countries ("Ministerio de Trabajo",
        "Municipalidad"): an institution found by its name, whose country is known and is
        none of the row's, is another one. An acronym, an international organisation or a
        row naming no country decide nothing."""
        wanted = set(countries)
        if not wanted or read_named(text).acronym:
            return True
        country = self._countries.get(record_id) or self._new_country(record_id)
        return not country or country in wanted

    def _new_country(self, record_id: str) -> str:
        new = self._new_by_id.get(record_id)
        return _shared_country(new.countries) if new is not None else ""

    def label(self, record_id: str) -> str:
        return self._labels.get(record_id, record_id)

    def institution_country(self, record_id: str) -> str:
        return self._countries.get(record_id, "")

    def learn_names(self, texts: Iterable[str]) -> None:
        """Institutions the files name by acronym and name together ("Ministerio de Trabajo
        y Promoción del Empleo (MTPE)"), so that the acronym alone and the name alone,
        wherever they come, make one new institution. An acronym given with two names, or
        a name with two acronyms, is learnt for neither."""
        for text in texts:
            named = read_named(text)
            if not (named.acronym and named.name):
                continue
            for key in (acronym_key(named.acronym), value_key(named.name)):
                if self._pairs.setdefault(key, named) != named:
                    self._pairs[key] = None

    def new_institution(
        self, text: str, file: str, row: int, column: str = "", countries: Iterable[str] = ()
    ) -> str:
        """The id of the institution to create for `text`: one per name in all the files,
        and per country for a name alone that rows of different countries give."""
        named = read_named(text)
        if not (named.acronym and named.name):
            key = acronym_key(named.acronym) if named.acronym else value_key(named.name)
            named = self._pairs.get(key) or named
        key = acronym_key(named.acronym) if named.acronym else value_key(named.name)
        found = self._new.get(key)
        if found is not None and not self._fits(found.record.id, text, countries):
            key = f"{key}@{','.join(sorted(countries))}"
            found = self._new.get(key)
        if found is None:
            record = Institution(
                title=named.title[:500],
                acronym=named.acronym if named.name else "",
                source=render("created_by_import", self.lang, file=file, row=row),
                links=[],
            )
            found = NewInstitution(record, text=text.strip(), column=column)
            self._new[key] = found
            self._new_by_id[record.id] = found
            self.add_institution(record)
        found.mentions += 1
        if len(found.rows) < KEPT_MENTIONS:
            found.rows.append((file, row))
        return found.record.id

    def note_row(self, institution_ids: list[str], countries: list[str], synthetic: bool) -> None:
        """What a row naming new institutions says of them: its countries (the country
        every such row names becomes theirs); a row not flagged synthetic makes them real."""
        for new in self._new.values():
            if new.record.id in institution_ids:
                if countries:
                    named = frozenset(countries)
                    new.countries = [new.countries[0] & named if new.countries else named]
                new.real_rows += 0 if synthetic else 1

    def new_institutions(self) -> list[NewInstitution]:
        """The institutions to create, each with the one country its rows agree on."""
        made: list[NewInstitution] = []
        for new in self._new.values():
            country = _shared_country(new.countries)
            update: dict[str, Any] = {"synthetic": new.real_rows == 0 and bool(new.rows)}
            if international_names(new.record.acronym, new.record.title)[0]:
                # "ACNUR" in a row about Brazil is not a Brazilian institution.
                update["institution_type"] = "international"
            elif country and is_country(country):
                update["country"] = country
            new.record = new.record.model_copy(update=update)
            self._new_by_id[new.record.id] = new
            made.append(new)
        return made

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
    choices: ValueChoices | None = None,
    *,
    ending: bool = True,
    numbering: bool = True,
) -> list[RowData]:
    """Every row of `table` as data of `kind`, reading columns as `mapping` (or the headers)
    say, and answering the values it cannot place alone with `choices`.

    A table read a chunk at a time passes `ending=False` for every chunk but the last (the
    lines below a list are looked for after its last full row), and `numbering=False` once
    the first chunk has said whether an "ID" column is the file's own numbering.
    """
    columns = dict(mapping if mapping is not None else map_headers(kind, table.headers))
    notes = _notes_below(table, columns) if ending else set()
    if numbering:
        _own_numbering(table, columns, notes)
    reader = _RowReader(kind, vocab, references, lang, choices or ValueChoices())
    headers = {
        name: table.headers[index] if index < len(table.headers) else name
        for index, name in columns.items()
    }
    plain = [(i, n) for i, n in columns.items() if n in TEXT_FIELDS]
    parsed = [(i, n) for i, n in columns.items() if n not in TEXT_FIELDS]
    parsed.sort(key=lambda item: item[1] != "countries")  # institutions check them
    found: list[RowData] = []
    for cells_of_row, number in zip(table.rows, table.numbers, strict=True):
        if number in notes:
            continue
        row = RowData(table.label, number, kind, {}, dict(headers))
        width = len(cells_of_row)
        for index, name in plain:  # most cells are free text: no rules to apply
            row.data[name] = cells.cell_text(cells_of_row[index] if index < width else None)
        for index, name in parsed:
            value = cells_of_row[index] if index < width else None
            reader.read(row, name, headers[name], value)
        if any(name in row.data for name in ROLE_FIELDS):
            _role_parties(row)
        if row.data.get("institutions"):
            references.note_row(
                row.data["institutions"],
                row.data.get("countries", []),
                bool(row.data.get("synthetic")),
            )
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


class _RowReader:
    def __init__(
        self,
        kind: Kind,
        vocab: Vocabularies,
        references: References,
        lang: str,
        choices: ValueChoices,
    ) -> None:
        self.kind = kind
        self.vocab = vocab
        self.references = references
        self.lang = lang
        self.choices = choices
        self._matchers: dict[str, TermMatcher] = {}
        self._list_codes: dict[tuple[str, str], tuple[str, ...]] = {}

    def matcher(self, vocabulary: str) -> TermMatcher:
        if vocabulary not in self._matchers:
            self._matchers[vocabulary] = (
                country_matcher()
                if vocabulary == COUNTRY
                else vocabulary_matcher(self.vocab, vocabulary)
            )
        return self._matchers[vocabulary]

    def read(self, row: RowData, name: str, header: str, value: Any) -> None:
        def problem(key: str, suggestion: str = "", **params: Any) -> None:
            row.problems.append(FileProblem(row.file, key, params, row.row, header, suggestion))

        try:
            parsed = self._parse(row, name, header, value, problem)
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

    def _parse(
        self, row: RowData, name: str, header: str, value: Any, problem: Callable[..., None]
    ) -> Any:
        text = cells.cell_text(value)
        place = _Place(row, name, header)
        if name == "id":
            if not text.strip():
                return _SKIP
            try:
                return str(uuid.UUID(text.strip()))
            except ValueError:
                problem("bad_id", value=text)
                return _SKIP
        if name in INT_FIELDS:
            year, read_out = cells.parse_year(value)
            if not read_out or year is None:
                return year
            choice = self.choices.get(place.names(), text.strip())
            if choice is not None and choice.action in ("later", "skip"):  # the window's answer
                row.skipped = row.skipped or choice.action == "skip"
                row.later.append(ValueNote(name, header, text.strip(), vocabulary=name))
                return None
            # "2019-2021" -> 2019, said in the report
            row.mappings.append(ValueNote(name, header, text.strip(), str(year), name))
            return year
        if name in BOOL_FIELDS:
            return cells.parse_bool(value)
        if name in DATE_FIELDS:
            return cells.parse_date(value)
        if name in STAMP_FIELDS:
            return cells.stamp_text(value) or _SKIP
        if name == "countries":
            return self._codes_of_list(place, COUNTRY, value, problem)
        if name in ROLE_FIELDS:
            return self._role_items(place, name, value, problem)
        if name == "country":
            return self._first(self._codes(place, COUNTRY, text, problem))
        if name == "status":
            vocabulary = STATUS_VOCABULARY.get(self.kind, PRACTICE_STATUS)
            found = self._codes(place, vocabulary, text, problem)
            return found[0] if found else _SKIP
        if name in VOCABULARY_OF:
            vocabulary = VOCABULARY_OF[name]
            if name in LIST_FIELDS:
                return self._codes_of_list(place, vocabulary, value, problem)
            found = self._codes(place, vocabulary, text, problem)
            return found[0] if found else _SKIP
        if name == "institutions":
            ids: list[str] = []
            whole = cells.cell_text(value).strip()
            items = [whole] if self.references.institution_id(whole) else institution_items(value)
            for item in items:
                for part in self._joined_institutions(item):
                    ids += self._institution(place, part, problem)
            return list(dict.fromkeys(ids))
        if name == "links":
            return [self._link(item, problem) for item in cells.split_list(value)]
        if name == "tags":
            return cells.split_list(value)
        if name == "parties":
            read = [
                self._party(place, line, problem)
                for line in cells.split_lines(value, semicolons=True)
            ]
            return [party for party in read if party is not None]
        if name == "milestones":
            return [self._milestone(place, line, problem) for line in cells.split_lines(value)]
        if name == "tasks":
            return [self._task(place, line, problem) for line in cells.split_lines(value)]
        if name == "activities":
            return [self._activity(place, line, problem) for line in cells.split_lines(value)]
        if name == "contacts":
            return [self._contact(line, problem) for line in cells.split_lines(value)]
        return text

    def _codes_of_list(
        self, place: _Place, vocabulary: str, value: Any, problem: Callable[..., None]
    ) -> list[str]:
        """`_read_codes_of_list`, remembered per text when it said nothing about the row:
        the same few country and axis cells ("Perú; Chile") fill most of a long file, and
        splitting and matching each again was a tenth of reading it. A cell that mapped,
        asked or was answered something is read anew every time, so each of its rows is
        told as before."""
        if self.choices:
            return self._read_codes_of_list(place, vocabulary, value, problem)
        text = cells.cell_text(value)
        key = (vocabulary, text)
        known = self._list_codes.get(key)
        if known is not None:
            return list(known)
        row = place.row
        said = (len(row.problems), len(row.mappings), len(row.later), len(row.questions))
        codes = self._read_codes_of_list(place, vocabulary, text, problem)
        quiet = said == (len(row.problems), len(row.mappings), len(row.later), len(row.questions))
        if quiet and not row.skipped and len(self._list_codes) < _REMEMBERED_CELLS:
            self._list_codes[key] = tuple(codes)
        return codes

    def _read_codes_of_list(
        self, place: _Place, vocabulary: str, value: Any, problem: Callable[..., None]
    ) -> list[str]:
        """A list cell: the whole cell when it is one name ("Bonaire, San Eustaquio y
        Saba"), else each item."""
        text = cells.cell_text(value)
        if not text.strip():
            return []
        whole = self.matcher(vocabulary).match(text)
        if whole.status == "exact" and whole.code:
            return [whole.code]
        codes: list[str] = []
        for item in cells.split_list(value):
            answered = self.choices.get(place.names(), item) is not None
            joined = [] if answered else self._joined(vocabulary, item)
            if len(joined) == 1:  # two wordings of one term: "Brasil/Brazil", said
                note = ValueNote(place.name, place.header, item.strip(), joined[0], vocabulary)
                place.row.mappings.append(note)
            codes += joined if joined else self._codes(place, vocabulary, item, problem)
        return list(dict.fromkeys(codes))

    def _role_items(
        self, place: _Place, name: str, value: Any, problem: Callable[..., None]
    ) -> list[dict[str, str]]:
        """Parties one role column names: countries, institutions, or either (a bare
        "Oferente" column), each item a country when it is written as one."""
        what = name.split("_", 1)[1]
        if what == "countries":
            return [
                {"country": code} for code in self._codes_of_list(place, COUNTRY, value, problem)
            ]
        items: list[dict[str, str]] = []
        for text in cells.split_list(value):
            if what == "parties":
                countries = self._joined(COUNTRY, text) or self._exact_country(text)
                if countries:
                    items += [{"country": code} for code in countries]
                    continue
            found = self.references.institution_id(text) or ""
            country = self.references.institution_country(found) if found else ""
            items.append(
                {
                    "institution_name": text,
                    "institution": found,
                    "country": country,
                    "held": country,
                }
            )
        return items

    def _joined_institutions(self, item: str) -> list[str]:
        """ "MTPE y OIM", "SENA/SECAP": institutions joined with "y", "e", "and", "&" or
        "/" when every part is one the catalogue or the files hold, or an acronym; the item
        whole otherwise ("Ministerio de Trabajo y Promoción del Empleo", "OIT/Cinterfor")."""
        if self.references.institution_id(item):
            return [item]
        parts = [part.strip() for part in _JOINS.split(item) if part.strip()]
        known = self.references.institution_id
        if len(parts) > 1 and all(known(part) or looks_like_acronym(part) for part in parts):
            return parts
        return [item]

    def _exact_country(self, text: str) -> list[str]:
        match = self.matcher(COUNTRY).match(text)
        return [match.code] if match.status == "exact" and match.code else []

    def _joined(self, vocabulary: str, item: str) -> list[str]:
        """Codes of an item that joins names with "y", "e", "and", "&" or "/" ("Colombia y
        Venezuela", "Emprendimiento / Inclusión financiera"), when every part is written as
        a name; nothing otherwise, and nothing when the whole item is itself a name
        ("Trinidad y Tobago")."""
        matcher = self.matcher(vocabulary)
        if matcher.match(item).status == "exact":
            return []
        parts = [part for part in _JOINS.split(item) if part.strip()]
        if len(parts) < 2:
            return []
        found = [matcher.match(part) for part in parts]
        if all(match.status == "exact" and match.code for match in found):
            return list(dict.fromkeys(match.code for match in found))
        return []

    def _codes(
        self, place: _Place, vocabulary: str, text: str, problem: Callable[..., None]
    ) -> list[str]:
        """Codes a value stands for: matched, answered by the officer, or mapped with
        confidence; a question (and no code) otherwise."""
        if not text.strip():
            return []
        result = self.matcher(vocabulary).match(text)
        if result.status == "exact":
            return [result.code]
        choice = self.choices.get(place.names(), text)
        if choice is not None:
            return self._answer(place, vocabulary, text, choice, problem)
        if result.status == "auto":
            place.row.mappings.append(
                ValueNote(place.name, place.header, text.strip(), result.code, vocabulary)
            )
            return [result.code]
        place.row.questions.append(
            ValueQuestion(place.name, place.header, text.strip(), vocabulary, result.candidates)
        )
        return []

    def _answer(
        self,
        place: _Place,
        vocabulary: str,
        text: str,
        choice: Choice,
        problem: Callable[..., None],
    ) -> list[str]:
        if choice.action == "skip":
            place.row.skipped = True
            return []
        if choice.action in ("later", "create"):
            place.row.later.append(
                ValueNote(place.name, place.header, text.strip(), vocabulary=vocabulary)
            )
            return []
        codes: list[str] = []
        for part in choice.code.split(";"):
            code = self._known_code(vocabulary, part)
            if code is None:
                problem("bad_choice", value=text.strip(), code=part.strip(), field=place.name)
                return []
            codes.append(code)
        place.row.mappings.append(
            ValueNote(place.name, place.header, text.strip(), ";".join(codes), vocabulary, True)
        )
        return codes

    def _known_code(self, vocabulary: str, text: str) -> str | None:
        """A code the officer typed as the answer: the code itself or an exact name."""
        stripped = text.strip()
        if vocabulary == COUNTRY:
            if is_country(stripped.upper()):
                return stripped.upper()
        elif self.vocab.has(vocabulary, stripped.lower()):
            return stripped.lower()
        found = self.matcher(vocabulary).match(stripped) if stripped else None
        return found.code if found is not None and found.status == "exact" else None

    def _institution(
        self,
        place: _Place,
        text: str,
        problem: Callable[..., None],
        countries: Iterable[str] | None = None,
    ) -> list[str]:
        row = place.row
        if countries is None:
            countries = row.data.get("countries") or [] if place.name == "institutions" else []
        countries = list(countries)
        found = self.references.institution_id(text, countries)
        if found:
            return [found]
        choice = self.choices.get(place.names(), text)
        if choice is not None:
            if choice.action == "skip":
                row.skipped = True
                return []
            if choice.action == "later":
                row.later.append(
                    ValueNote(place.name, place.header, text.strip(), vocabulary=INSTITUTION)
                )
                return []
            if choice.action == "create":
                new = self.references.new_institution
                return [new(text, row.file, row.row, place.header, countries)]
            chosen = self.references.institution_id(choice.code)
            if chosen is None:
                problem("bad_choice", value=text.strip(), code=choice.code, field=place.name)
                return []
            return [chosen]
        candidates = self.references.institution_candidates(text, countries)
        if self.references.create_institutions and not candidates:
            new = self.references.new_institution
            return [new(text, row.file, row.row, place.header, countries)]
        row.questions.append(
            ValueQuestion(place.name, place.header, text.strip(), INSTITUTION, candidates)
        )
        return []

    def _link(self, text: str, problem: Callable[..., None]) -> str:
        found = self.references.record_id(text)
        if found:
            return found
        problem("unknown_reference", value=text)
        return text.strip()

    def _party(
        self, place: _Place, line: str, problem: Callable[..., None]
    ) -> dict[str, Any] | None:
        """A party line; None when its country is not known: asked (the question says so),
        left for later on the officer's answer, or not written (a problem says so). A
        party without a country written takes its institution's, when the catalogue holds
        one."""
        parts = cells.split_parts(line) + ["", "", "", ""]
        party: dict[str, Any] = {
            "country": self._first(self._codes(place, COUNTRY, parts[0], problem)) or ""
        }
        party["institution_name"] = parts[1]
        roles = self._codes(place, PARTY_ROLE, parts[2], problem)
        party["role"] = roles[0] if roles else "offering"
        if parts[3]:
            chosen = self._institution(place, parts[3], problem)
            if chosen:
                party["institution"] = chosen[0]
        elif parts[1] and (
            found := self.references.institution_id(
                parts[1], [party["country"]] * bool(party["country"])
            )
        ):
            party["institution"] = found
        if not party["country"]:
            held = party.get("institution")
            party["country"] = self.references.institution_country(held) if held else ""
        if not party["country"]:
            if not parts[0].strip():
                problem("party_without_country", value=line.strip())
            return None
        return party

    def _milestone(self, place: _Place, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        parts = cells.split_parts(line) + ["", "", "", ""]
        milestone: dict[str, Any] = {"title": parts[1], "note": parts[3]}
        try:
            milestone["date"] = cells.parse_date(parts[0])
        except ValueError:
            problem("bad_part", value=line, detail=render("not_a_date", self.lang, value=parts[0]))
        statuses = self._codes(place, MILESTONE_STATUS, parts[2], problem)
        milestone["status"] = statuses[0] if statuses else "planned"
        parts += ["", "", ""]
        milestone["responsible"] = parts[4]
        if parts[5] and (chosen := self._institution(place, parts[5], problem)):
            milestone["institution"] = chosen[0]
        if parts[6]:
            milestone["id"] = parts[6]
        return milestone

    def _task(self, place: _Place, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        """due | title | status | responsible | institution | note | origin id | id."""
        parts = cells.split_parts(line) + [""] * 8
        task: dict[str, Any] = {"title": parts[1], "responsible": parts[3], "note": parts[5]}
        try:
            task["due"] = cells.parse_date(parts[0])
        except ValueError:
            problem("bad_part", value=line, detail=render("not_a_date", self.lang, value=parts[0]))
        statuses = self._codes(place, TASK_STATUS, parts[2], problem)
        task["status"] = statuses[0] if statuses else "open"
        if parts[4] and (chosen := self._institution(place, parts[4], problem)):
            task["institution"] = chosen[0]
        if parts[6]:
            task["origin"] = parts[6]
        if parts[7]:
            task["id"] = parts[7]
        return task

    def _activity(self, place: _Place, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        """date | type | place | institutions; … | participants; … | summary | decisions | id."""
        parts = cells.split_parts(line) + [""] * 8
        kinds = self._codes(place, ACTIVITY_TYPE, parts[1], problem)
        institutions: list[str] = []
        for item in _semicolon_list(parts[3]):
            institutions += self._institution(place, item, problem)
        activity: dict[str, Any] = {
            "type": kinds[0] if kinds else "note",
            "place": parts[2],
            "institutions": list(dict.fromkeys(institutions)),
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

    def _contact(self, line: str, problem: Callable[..., None]) -> dict[str, Any]:
        """name | organisation | e-mail | phone | role | language | consent date | note."""
        parts = cells.split_parts(line) + [""] * 8
        contact: dict[str, Any] = {
            "name": parts[0],
            "organisation": parts[1],
            "email": parts[2],
            "phone": parts[3],
            "role": parts[4],
            "language": parts[5],
            "consent_note": parts[7],
        }
        try:
            contact["consent_date"] = cells.parse_date(parts[6])
        except ValueError:
            problem("bad_part", value=line, detail=render("not_a_date", self.lang, value=parts[6]))
        return contact

    @staticmethod
    def _first(codes: list[str]) -> str:
        return codes[0] if codes else ""


def institution_items(value: Any) -> list[str]:
    """Institutions of a cell, as a list cell splits, except that a name given with its
    acronym is one even when it holds commas ("Ministerio de Trabajo, Empleo y Seguridad
    Social (MTEySS)"), unless a part between its commas is an acronym ("OIM, ACNUR")."""
    items = cells.split_list(value)
    text = cells.cell_text(value).strip()
    if len(items) < 2 or any(separator in text for separator in ("\n", ";", "|")):
        return items
    named = read_named(text)
    parts = [part.strip() for part in named.name.split(",")]
    if named.acronym and named.name and not any(looks_like_acronym(part) for part in parts):
        return [text]
    return items


def numbered_columns(table: Table, columns: dict[int, str]) -> dict[int, str]:
    """`columns` without an "ID" column that holds the file's own numbering (see
    `_own_numbering`), judged on the rows `table` holds, with its note on the table."""
    found = dict(columns)
    _own_numbering(table, found, set())
    return found


def full_row(row: list[Any]) -> bool:
    """A row with two different texts that is not a total line: a row of the list itself,
    after which the lines below a list are looked for (`_notes_below`)."""
    texts = [cells.cell_text(cell).strip() for cell in row]
    return len({t for t in texts if t}) > 1 and not _total_line(texts)


def _note_once(table: Table, note: FileProblem) -> None:
    """A note on the table, not repeated when the same table is planned again."""
    if note not in table.notes:
        table.notes.append(note)


def _own_numbering(table: Table, columns: dict[int, str], notes: set[int]) -> None:
    """An "ID" column holding the file's own numbering (1, 2, 3 or "CL-01", "P003"), not
    this program's identifiers, is left out with a note: read as identifiers, every row
    was refused. Anything else stays an identifier, refused when damaged."""
    for index, name in list(columns.items()):
        if name != "id":
            continue
        values = [
            cells.cell_text(table.cell(row, index)).strip()
            for row, number in zip(table.rows, table.numbers, strict=True)
            if number not in notes
        ]
        values = [value for value in values if value]
        if values and all(_OWN_NUMBER.match(value) for value in values):
            del columns[index]
            header = table.headers[index] if index < len(table.headers) else name
            _note_once(table, FileProblem(table.label, "id_column_own", {}, 1, header))


def _notes_below(table: Table, columns: dict[int, str]) -> set[int]:
    """Row numbers of the lines below the list that hold one text ("Fuente: elaboración
    propia", "Nota: datos a 2023"), set aside with a note: after the last row with two
    cells filled, a line with no title, or one past an empty row or starting with a word
    such lines start with. A last record with only its title stays a record."""
    title = next((index for index, name in columns.items() if name == "title"), None)
    if title is None:
        return set()
    # Only the last full row matters: found walking up from the end, so that a list whose
    # last row is full (nearly all) costs one row, not every cell of the sheet.
    last = next((i for i in range(len(table.rows) - 1, -1, -1) if full_row(table.rows[i])), None)
    if last is None:
        return set()
    texts = [[cells.cell_text(cell).strip() for cell in row] for row in table.rows[last + 1 :]]
    found: dict[int, str] = {}
    previous = table.numbers[last]
    for row, number in zip(texts, table.numbers[last + 1 :], strict=True):
        text = next((t for t in row if t), "")
        titled = title < len(row) and bool(row[title])
        if found or not titled or number > previous + 1 or _NOTE_START.match(text):
            text = " ".join(t for t in row if t)
            found[number] = text
        previous = number
    if found:
        shown = " · ".join(text for text in found.values() if text)[:80]
        rows = ", ".join(str(number) for number in found)
        _note_once(
            table, FileProblem(table.label, "note_rows_skipped", {"rows": rows, "value": shown})
        )
    return set(found)


def _total_line(row: list[str]) -> bool:
    """ "Total;;;;12": a word such lines start with, then numbers only."""
    filled = [text for text in row if text]
    return (
        bool(filled)
        and bool(_NOTE_START.match(filled[0]))
        and all(re.fullmatch(r"[\d.,\s%]+", text) for text in filled[1:])
    )


_NOTE_START = re.compile(
    r"^(?:\*|fuentes?|notas?|notes?|sources?|fontes?|elaborad[oa]|elaboraci[oó]n|"
    r"elabora[cç][aã]o|total(?:es)?)\b",
    re.IGNORECASE,
)


def _shared_country(rows: list[frozenset[str]]) -> str:
    """The one country every row naming an institution names: "Perú" in rows about Perú
    and about Perú and Chile; none when a row names one country and another row another,
    or when the only rows name several."""
    if not rows:
        return ""
    shared = frozenset.intersection(*rows)
    return next(iter(shared)) if len(shared) == 1 else ""


def _role_parties(row: RowData) -> None:
    """The parties of an exchange sheet that gives them by role ("País oferente",
    "Institución receptora"): each role's countries paired with its institutions, in order
    when they are as many, all with the one country when there is one; an institution
    without a country takes the one the catalogue holds for it."""
    parties: list[dict[str, Any]] = list(row.data.get("parties") or [])
    column = ""
    for role in ("offering", "receiving", "facilitating"):
        names = [f"{role}_{what}" for what in ("countries", "institutions", "parties")]
        items: list[dict[str, str]] = []
        for name in names:
            items += row.data.pop(name, None) or []
            column = column or row.columns.get(name, "")
        countries = [item["country"] for item in items if "institution_name" not in item]
        named = [item for item in items if "institution_name" in item]
        if named and len(countries) == len(named):
            pairs = [{**item, "country": code} for item, code in zip(named, countries, strict=True)]
        elif named and len(countries) == 1:
            pairs = [{**item, "country": countries[0]} for item in named]
        elif named and not countries and all(item["country"] for item in named):
            pairs = named
        elif named:
            listed = ", ".join(item["institution_name"] for item in named)
            where = (f"{role}_institutions", f"{role}_parties")
            header = next((row.columns[n] for n in where if n in row.columns), column)
            row.problems.append(
                FileProblem(row.file, "role_parties_unpaired", {"value": listed}, row.row, header)
            )
            pairs = [{"country": code} for code in countries]
        else:
            pairs = [{"country": code} for code in countries]
        for pair in pairs:
            party = {"country": pair["country"], "role": role}
            if pair.get("institution_name"):
                party["institution_name"] = pair["institution_name"]
            # An institution the catalogue places in another country is another one of the
            # same name ("Ministerio de Trabajo"): the name stays, unlinked.
            if pair.get("institution") and pair.get("held", "") in ("", pair["country"]):
                party["institution"] = pair["institution"]
            parties.append(party)
    row.data["parties"] = parties
    row.columns.setdefault("parties", column)


@dataclass(frozen=True)
class _Place:
    """The row, field and column a value comes from; answers are looked up under the
    column as the file writes it and under the field's name."""

    row: RowData
    name: str
    header: str

    def names(self) -> tuple[str, ...]:
        return (self.header, self.name)


_SKIP = object()
# List cells whose codes a reader remembers (see `_RowReader._codes_of_list`): a file of
# ever-new values stops adding past this, so memory stays bounded on a million rows.
_REMEMBERED_CELLS = 20_000
_OWN_NUMBER = re.compile(r"^(?:[A-Za-z]{1,6}[-_ .]?)?\d{1,6}$")
_JOINS = re.compile(r"\s+(?:y|e|and|&)\s+|\s*/\s*", re.IGNORECASE)


def _semicolon_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]
