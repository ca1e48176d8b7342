"""Every setting the window keeps, declared once with its key, type and default.

Nothing else in the window reads QSettings keys: screens ask a `Settings` object for an
`Option`, so a renamed key or a changed default is one line here (as Picard's `options.py`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

LANGUAGES = ("es", "en", "pt")
PAPER_SIZES = ("a4", "letter")
RECENT_FILES_KEPT = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it lives, what type it holds and what it is before anyone sets it."""

    key: str
    type: type
    default: T
    choices: tuple[Any, ...] = ()

    def coerce(self, raw: Any) -> T:
        """The stored value as this option's type, or the default when it cannot be read."""
        if raw is None:
            return self.default
        try:
            if self.type is list:
                value: Any = [str(item) for item in raw] if isinstance(raw, list) else [str(raw)]
                value = [item for item in value if item]
            elif self.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1", "yes"}
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value


OFFICER_NAME: Option[str] = Option("officer/name", str, "")
LANGUAGE: Option[str] = Option("interface/language", str, "es", LANGUAGES)
PAPER_SIZE: Option[str] = Option("briefs/paper_size", str, "a4", PAPER_SIZES)
RECENT_FILES: Option[list[str]] = Option("catalogue/recent_files", list, [])
LAST_CATALOGUE: Option[str] = Option("catalogue/last", str, "")
BACKUP_COUNT: Option[int] = Option("backups/keep", int, 10)
# The import wizard's answers for a file's values, one key per set of headers below this.
IMPORT_CHOICES = "import/choices"

ALL_OPTIONS: tuple[Option[Any], ...] = (
    OFFICER_NAME,
    LANGUAGE,
    PAPER_SIZE,
    RECENT_FILES,
    LAST_CATALOGUE,
    BACKUP_COUNT,
)


class Settings:
    """The officer's settings over a QSettings store (the user's, or a file in tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.store.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self.store.setValue(option.key, option.coerce(value))
        self.store.sync()

    def import_choices(self, signature: str) -> object:
        """The answers given last time to a file with these headers (JSON data, unchecked:
        `ValueChoices.from_json` keeps only what is well formed)."""
        raw = self.store.value(f"{IMPORT_CHOICES}/{signature}")
        try:
            return json.loads(str(raw)) if raw else []
        except ValueError:
            return []

    def remember_import_choices(self, signature: str, items: list[dict[str, str]]) -> None:
        self.store.setValue(f"{IMPORT_CHOICES}/{signature}", json.dumps(items, ensure_ascii=False))
        self.store.sync()

    def remember_catalogue(self, path: str) -> None:
        """Make `path` the last catalogue and the first of the recent files."""
        recent = [path, *(item for item in self.get(RECENT_FILES) if item != path)]
        self.set(RECENT_FILES, recent[:RECENT_FILES_KEPT])
        self.set(LAST_CATALOGUE, path)
