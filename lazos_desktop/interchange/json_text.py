"""Parsing JSON from outside: bounded in depth and number size, and honest about repeats.

Python's parser raises RecursionError past about a thousand levels and ValueError for an
integer of more than 4,300 digits, and keeps the last of two equal keys without a word.
Here depth is measured before parsing (strings removed, brackets counted, all at C speed),
integers longer than `MAX_JSON_DIGITS` are refused while parsing, and every object records
the keys it held twice so that the record holding them is refused rather than silently
changed.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.limits import MAX_JSON_DEPTH, MAX_JSON_DIGITS

_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class JsonObject(dict[str, Any]):
    """A JSON object as a dict, with the keys that appeared more than once in it."""

    duplicates: tuple[str, ...] = ()


class _NumberTooLong(ValueError):
    def __init__(self, digits: int) -> None:
        self.digits = digits
        super().__init__(digits)


def load_json(data: bytes, display: str) -> Any:
    """The document in `data` (UTF-8, with or without BOM), or `FileRefused` saying why."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileRefused(FileProblem(display, "json_not_utf8"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRefused(FileProblem(display, "json_not_utf8")) from error
    depth = nesting_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise FileRefused(
            FileProblem(display, "json_too_deep", {"count": depth, "limit": MAX_JSON_DEPTH})
        )
    try:
        return json.loads(text, object_pairs_hook=_object, parse_int=_integer)
    except _NumberTooLong as error:
        raise FileRefused(
            FileProblem(display, "json_number_too_long", {"count": error.digits})
        ) from error
    except json.JSONDecodeError as error:
        raise FileRefused(
            FileProblem(display, "json_syntax", {"line": error.lineno, "column": error.colno})
        ) from error
    except RecursionError as error:  # not reachable after the depth check; kept as a guard
        raise FileRefused(
            FileProblem(display, "json_too_deep", {"count": depth, "limit": MAX_JSON_DEPTH})
        ) from error


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in `text`, brackets inside strings not counted."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    if not brackets:
        return 0
    return max(0, max(itertools.accumulate(map(_STEP.__getitem__, brackets))))


def duplicate_keys(value: Any) -> list[str]:
    """Where keys repeat inside `value`, as paths ("title", "parties.0.country")."""
    found: list[str] = []
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, dict):
            for key in getattr(item, "duplicates", ()):
                found.append(f"{path}{key}")
            stack += [(f"{path}{key}.", child) for key, child in item.items()]
        elif isinstance(item, list):
            stack += [(f"{path}{index}.", child) for index, child in enumerate(item)]
    return sorted(found)


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        result.duplicates = tuple(dict.fromkeys(repeated))
    return result


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_JSON_DIGITS:
        raise _NumberTooLong(digits)
    return int(text)


def check_format_version(version: Any, known: int, display: str) -> None:
    """`FileRefused` unless `version` is a whole number from 1 to `known`. A version written
    as text ("2"), as 2.0 or as `true` was refused as "newer than this program, update it",
    and `true` or a negative number was taken for a version this program reads."""
    if type(version) is not int or version < 1:
        raise FileRefused(
            FileProblem(display, "format_version_invalid", {"value": str(version)[:40]})
        )
    if version > known:
        raise FileRefused(
            FileProblem(display, "format_too_new", {"version": version, "known": known})
        )
