"""The officer's answers to the questions of an import, one per value of a column.

An answer applies to every row holding that value in that column: map it to a code (or to
an institution), create a new institution, leave the value for later (the rows import
without it), or leave the rows out. The window remembers the answers for the next file with
the same headers (`headers_signature`); the command line gives them as
`--map COLUMN:VALUE=CODE`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from lazos_desktop.interchange.headers import header_key
from lazos_desktop.interchange.value_matching import value_key

Action = Literal["map", "create", "later", "skip"]
ACTIONS: tuple[Action, ...] = ("map", "create", "later", "skip")
# Words `--map` takes instead of a code.
CLI_WORDS: dict[str, Action] = {
    "new": "create",
    "nueva": "create",
    "nuevo": "create",
    "later": "later",
    "despues": "later",
    "después": "later",
    "skip": "skip",
    "omitir": "skip",
}


@dataclass(frozen=True)
class Choice:
    action: Action
    code: str = ""  # for "map": a code, an institution's code or id

    def as_json(self) -> dict[str, str]:
        return {"action": self.action, "code": self.code}


class ChoiceSyntaxError(ValueError):
    """A `--map` argument that is not COLUMN:VALUE=CODE."""


@dataclass
class ValueChoices:
    """Answers by (column, value), both folded; a column is a header or a field name."""

    answers: dict[tuple[str, str], Choice] = field(default_factory=dict)

    def set(self, column: str, value: str, choice: Choice) -> None:
        self.answers[(header_key(column), value_key(value))] = choice

    def clear(self, column: str, value: str) -> None:
        self.answers.pop((header_key(column), value_key(value)), None)

    def get(self, columns: tuple[str, ...], value: str) -> Choice | None:
        """The answer for `value` under any of the names its column goes by."""
        if not self.answers:  # most imports: nothing answered, nothing to fold
            return None
        key = value_key(value)
        for column in columns:
            found = self.answers.get((header_key(column), key))
            if found is not None:
                return found
        return None

    def __bool__(self) -> bool:
        return bool(self.answers)

    def as_json(self) -> list[dict[str, str]]:
        return [
            {"column": column, "value": value, **choice.as_json()}
            for (column, value), choice in self.answers.items()
        ]

    @classmethod
    def from_json(cls, items: Any) -> ValueChoices:
        """Answers as `as_json` wrote them; anything malformed is dropped, not trusted."""
        found = cls()
        if not isinstance(items, list):
            return found
        for item in items:
            if not isinstance(item, dict):
                continue
            action = item.get("action")
            column, value = item.get("column"), item.get("value")
            if action in ACTIONS and isinstance(column, str) and isinstance(value, str):
                code = item.get("code", "")
                found.answers[(column, value)] = Choice(
                    action, code if isinstance(code, str) else ""
                )
        return found

    @classmethod
    def from_arguments(cls, arguments: list[str]) -> ValueChoices:
        """`COLUMN:VALUE=CODE` items; CODE may also be new, later or skip."""
        found = cls()
        for argument in arguments:
            column, colon, rest = argument.partition(":")
            value, equals, code = rest.rpartition("=")
            if not colon or not equals or not column.strip() or not value.strip():
                raise ChoiceSyntaxError(argument)
            word = CLI_WORDS.get(code.strip().casefold())
            choice = Choice(word) if word else Choice("map", code.strip())
            if choice.action == "map" and not choice.code:
                raise ChoiceSyntaxError(argument)
            found.set(column, value, choice)
        return found

    def merged(self, other: ValueChoices) -> ValueChoices:
        return ValueChoices({**self.answers, **other.answers})


def headers_signature(headers: list[str]) -> str:
    """The same for any file with the same headers, in any order or spelling of case."""
    keys = sorted({header_key(header) for header in headers if header_key(header)})
    digest = hashlib.sha256(json.dumps(keys, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:24]
