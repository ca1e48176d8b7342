"""Checks a record against the rules and the catalogue's vocabularies.

Problems are values, not exceptions: an import reports every problem of every row at once,
and the window shows each beside its field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from lazos_desktop.domain import messages
from lazos_desktop.domain.countries import is_country
from lazos_desktop.domain.records import (
    FINISHED_STATUSES,
    MAX_CODE_DIGITS,
    Exchange,
    Institution,
    Kind,
    Practice,
    Record,
    ToolboxEntry,
    looks_like_code,
    parse_code,
    record_from_dict,
)
from lazos_desktop.domain.vocabularies import (
    AXIS,
    INSTITUTION_TYPE,
    PLATFORM,
    POPULATION_GROUP,
    Vocabularies,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field; `key` selects the message, `params` fill it."""

    field: str
    key: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def message(self, lang: str = "es") -> str:
        return messages.render(self.key, lang, field=self.field, **self.params)


class RecordInvalid(ValueError):
    """Raised by the store when asked to write a record with problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message("en") for p in problems))


def parse_record(kind: Kind | str, data: dict[str, Any]) -> tuple[Record | None, list[Problem]]:
    """Build a record from plain data, turning pydantic's errors into readable problems.

    Total over any input a file can hold: an unknown kind or data that is not an object is
    a problem, not an exception.
    """
    if not isinstance(kind, str) or kind not in {k.value for k in Kind}:
        return None, [Problem("kind", "unknown_kind", {"value": str(kind)[:60]})]
    if not isinstance(data, dict):
        return None, [Problem("record", "record_not_object")]
    try:
        record = record_from_dict(kind, data)
    except ValidationError as error:
        return None, problems_from_pydantic(error)
    return record, []


# pydantic's error types as this program's messages: its own texts are English and speak
# of "inputs" and "instances", not of the officer's fields.
_PYDANTIC_KEYS: dict[str, str] = {
    "string_too_long": "too_long",
    "too_long": "too_long",
    "string_too_short": "too_short",
    "too_short": "too_short",
    "int_parsing": "not_whole_number",
    "int_type": "not_whole_number",
    "int_from_float": "not_whole_number",
    "int_parsing_size": "not_whole_number",
    "finite_number": "not_whole_number",
    "float_parsing": "not_whole_number",
    "greater_than": "out_of_range",
    "greater_than_equal": "out_of_range",
    "less_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "bool_parsing": "not_yes_no_value",
    "bool_type": "not_yes_no_value",
    "string_type": "not_text_value",
    "string_unicode": "not_text_value",
    "list_type": "not_a_list",
    "dict_type": "not_an_object",
    "model_type": "not_an_object",
    "model_attributes_type": "not_an_object",
    "dataclass_type": "not_an_object",
    "date_parsing": "not_a_date_value",
    "date_type": "not_a_date_value",
    "date_from_datetime_parsing": "not_a_date_value",
    "date_from_datetime_inexact": "not_a_date_value",
    "datetime_parsing": "not_a_date_value",
    "literal_error": "not_one_of",
    "enum": "not_one_of",
    "extra_forbidden": "unknown_field",
}
_CONTROL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\(?:u00(?:0[0-8bef]|1[0-9a-f])|[bf])")
# C0 controls but tab and line breaks, DEL, and the C1 controls (U+0080-U+009F): a terminal
# acts on U+009B as on ESC [, and a Windows-1252 file read as Latin-1 turns its €, dashes and
# quotes into C1 controls that looked like text until shown.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_RAW_CONTROL = re.compile("[\x7f-\x9f]")  # JSON writes these unescaped


def problems_from_pydantic(error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"]) or "record"
        empty_title = item["type"] == "string_too_short" and location == "title"
        if item["type"] == "missing" or empty_title:
            problems.append(Problem(location, "required"))
            continue
        key = _PYDANTIC_KEYS.get(item["type"], "not_valid")
        problems.append(Problem(location, key, _pydantic_params(key, item.get("ctx") or {})))
    return problems


def _pydantic_params(key: str, ctx: dict[str, Any]) -> dict[str, Any]:
    if key in ("too_long", "too_short"):
        return {"limit": ctx.get("max_length", ctx.get("min_length", ""))}
    if key == "out_of_range":
        bounds = [f"{sign} {ctx[name]}" for name, sign in _BOUNDS if name in ctx]
        return {"limit": ", ".join(bounds)}
    if key == "not_one_of":
        return {"choices": str(ctx.get("expected", "")).replace(" or ", ", ")[:200]}
    return {}


_BOUNDS = (("ge", "≥"), ("gt", ">"), ("le", "≤"), ("lt", "<"))


def check_code(record: Record) -> list[Problem]:
    """A code meant as ours (a known prefix and a dash) must be ASCII digits, bounded:
    other digits overflowed or collided in the store's row numbers."""
    code = record.code
    number = code.partition("-")[2].strip()
    if looks_like_code(code) and number.isdigit() and parse_code(code) is None:
        return [Problem("code", "bad_code", {"value": code[:40], "limit": MAX_CODE_DIGITS})]
    return []


def validate(record: Record, vocab: Vocabularies) -> list[Problem]:
    """Rules that need the catalogue's vocabularies, beyond the types pydantic checks."""
    problems = _storable_text(record)
    problems += check_code(record)
    problems += _check_countries("countries", record.countries_of())
    if isinstance(record, Practice):
        # A colleague's list often has no classification yet: a draft may wait for it
        # ("por clasificar"); validating or publishing asks for it.
        if record.status in FINISHED_STATUSES:
            problems += _need_to_finish("countries", record.countries)
            problems += _need_to_finish("axes", record.axes)
        problems += _check_terms(vocab, AXIS, "axes", record.axes)
        problems += _check_terms(
            vocab, POPULATION_GROUP, "population_groups", record.population_groups
        )
        problems += _check_items(record)
    elif isinstance(record, Exchange):
        problems += _check_exchange(record, vocab)
    elif isinstance(record, ToolboxEntry):
        problems += _check_terms(vocab, AXIS, "axes", record.axes)
    elif isinstance(record, Institution) and record.institution_type:
        problems += _check_terms(
            vocab, INSTITUTION_TYPE, "institution_type", [record.institution_type]
        )
    return problems


def _check_exchange(record: Exchange, vocab: Vocabularies) -> list[Problem]:
    problems = _check_terms(vocab, AXIS, "axes", record.axes)
    problems += _check_terms(vocab, PLATFORM, "platforms", record.platforms)
    if len(record.countries) < 2 and record.modality != "regional":
        problems.append(Problem("parties", "parties_too_few"))
    if record.start_date and record.end_date and record.end_date < record.start_date:
        problems.append(Problem("end_date", "end_before_start"))
    return problems + _check_items(record)


def _check_items(record: Exchange | Practice) -> list[Problem]:
    """Item ids are unique within the record, and a task's origin is one of its items."""
    problems: list[Problem] = []
    families: list[tuple[str, list[Any]]] = []
    if isinstance(record, Exchange):
        families += [("milestones", list(record.milestones)), ("tasks", list(record.tasks))]
    families.append(("activities", list(record.activities)))
    seen: set[str] = set()
    for name, items in families:
        for position, item in enumerate(items):
            if item.id in seen:
                problems.append(
                    Problem(f"{name}.{position}.id", "duplicate_item", {"value": item.id})
                )
            seen.add(item.id)
    if isinstance(record, Exchange):
        origins = {m.id for m in record.milestones} | {a.id for a in record.activities}
        for position, task in enumerate(record.tasks):
            if task.origin and task.origin not in origins:
                problems.append(
                    Problem(f"tasks.{position}.origin", "unknown_origin", {"value": task.origin})
                )
    return problems


def _storable_text(record: Record) -> list[Problem]:
    """Serialising to UTF-8 JSON fails exactly when some text cannot be stored; only then is
    the record walked to name the field (a fast path: this runs for every imported row)."""
    try:
        dumped = record.model_dump_json()
    except PydanticSerializationError:
        return _check_text(record.model_dump(mode="json"))
    escaped = _may_escape_control(dumped) and _CONTROL_ESCAPE.search(dumped)
    if escaped or _RAW_CONTROL.search(dumped):
        return _check_controls(record.model_dump(mode="json"))
    return []


def _may_escape_control(dumped: str) -> bool:
    """Whether JSON text holds an escape `_CONTROL_ESCAPE` could match: its pattern needs one
    of these three, and looking for them is ten times faster than the pattern's backward
    look at every backslash (0.35 s of a 10,000-row import, whose texts escape line breaks)."""
    return "\\u00" in dumped or "\\b" in dumped or "\\f" in dumped


def _check_controls(value: Any, where: str = "") -> list[Problem]:
    """Control characters other than tab and line breaks: a terminal acts on them and XML
    (an XLSX export) cannot hold them, and nobody types them on purpose."""
    if isinstance(value, str):
        found = _CONTROL.search(value)
        if found is None:
            return []
        return [
            Problem(where or "record", "control_characters", {"value": f"{ord(found.group()):02X}"})
        ]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _check_controls(item, where or str(key))]
    if isinstance(value, list):
        return [problem for item in value for problem in _check_controls(item, where)]
    return []


def _check_text(value: Any, where: str = "") -> list[Problem]:
    """Texts must be storable Unicode: a JSON file's "\\ud800" escape yields a lone
    surrogate that Python accepts but SQLite (UTF-8) cannot store."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [Problem(where or "record", "invalid_text")]
        return []
    if isinstance(value, dict):
        found: list[Problem] = []
        for key, item in value.items():
            found += _check_text(key, where or "record") + _check_text(item, where or str(key))
        return found
    if isinstance(value, list):
        return [problem for item in value for problem in _check_text(item, where)]
    return []


def _need_to_finish(field_name: str, values: list[str]) -> list[Problem]:
    return [] if values else [Problem(field_name, "need_one_to_finish")]


def _check_countries(field_name: str, codes: list[str]) -> list[Problem]:
    return [
        Problem(field_name, "unknown_country", {"value": code})
        for code in codes
        if not is_country(code)
    ]


def _check_terms(
    vocab: Vocabularies, vocabulary: str, field_name: str, codes: list[str]
) -> list[Problem]:
    return [
        Problem(field_name, "unknown_term", {"value": code, "vocabulary": vocabulary})
        for code in codes
        if not vocab.has(vocabulary, code)
    ]
