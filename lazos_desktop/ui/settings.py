"""Every setting the window keeps, declared once with its key, type and default.

Nothing else in the window reads QSettings keys: screens ask a `Settings` object for an
`Option`, so a renamed key or a changed default is one line here (as Picard's `options.py`).
The settings carry a version; `UPGRADES` moves settings saved by an older program forward
once, when they are first read (as Picard's `config_upgrade.py`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from lazos_desktop import paths
from lazos_desktop.domain.languages import LANGUAGES, PAPER_SIZES

T = TypeVar("T")

RECENT_FILES_KEPT = 8
# `services.safety.DAILY_KEPT`, written here so that the window's first frame reads its
# settings without importing the services (tests/ui/test_settings.py checks they agree).
DAILY_KEPT = 7


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
# How many daily backups are kept; the window rotates the day's backup with it.
BACKUP_COUNT: Option[int] = Option("backups/keep", int, DAILY_KEPT, tuple(range(1, 61)))
# The main window's size and place when it was last closed (Qt's saveGeometry, as hex).
WINDOW_GEOMETRY: Option[str] = Option("window/geometry", str, "")
# The import wizard's answers for a file's values, one key per set of headers below this.
IMPORT_CHOICES = "import/choices"

ALL_OPTIONS: tuple[Option[Any], ...] = (
    OFFICER_NAME,
    LANGUAGE,
    PAPER_SIZE,
    RECENT_FILES,
    LAST_CATALOGUE,
    BACKUP_COUNT,
    WINDOW_GEOMETRY,
)


SETTINGS_VERSION = 2
VERSION_KEY = "settings/version"


def _drop_unread_backup_count(qsettings: QSettings) -> None:
    """Version 1 saved `backups/keep` (default 10) but never used it; the policy was seven
    dailies. Now that the window honours it, a value saved back then is not a choice the
    officer made, so it goes and the documented seven stay."""
    if str(qsettings.value(BACKUP_COUNT.key, "")) == "10":
        qsettings.remove(BACKUP_COUNT.key)


UPGRADES = {2: _drop_unread_backup_count}


class Settings:
    """The officer's settings over QSettings (the user's, or a file in tests)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.upgrade()

    def version(self) -> int:
        try:
            return int(str(self.qsettings.value(VERSION_KEY, 1)))
        except ValueError:
            return 1

    def upgrade(self) -> None:
        """Apply each upgrade from the stored version to `SETTINGS_VERSION`, once."""
        current = self.version()
        if current >= SETTINGS_VERSION:
            return
        for version in range(current + 1, SETTINGS_VERSION + 1):
            UPGRADES[version](self.qsettings)
        self.qsettings.setValue(VERSION_KEY, SETTINGS_VERSION)
        self.qsettings.sync()

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.qsettings.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self.qsettings.setValue(option.key, option.coerce(value))
        self.qsettings.sync()
        if option is LANGUAGE:
            _share_language(str(option.coerce(value)))

    def remember_recent(self, path: str) -> None:
        """Put `path` first among the recent files without making it the next start's."""
        recent = [path, *(item for item in self.get(RECENT_FILES) if item != path)]
        self.set(RECENT_FILES, recent[:RECENT_FILES_KEPT])

    def import_choices(self, signature: str) -> object:
        """The answers given last time to a file with these headers (JSON data, unchecked:
        `ValueChoices.from_json` keeps only what is well formed)."""
        raw = self.qsettings.value(f"{IMPORT_CHOICES}/{signature}")
        try:
            return json.loads(str(raw)) if raw else []
        except ValueError:
            return []

    def remember_import_choices(self, signature: str, items: list[dict[str, str]]) -> None:
        self.qsettings.setValue(
            f"{IMPORT_CHOICES}/{signature}", json.dumps(items, ensure_ascii=False)
        )
        self.qsettings.sync()

    def remember_catalogue(self, path: str) -> None:
        """Make `path` the last catalogue and the first of the recent files."""
        recent = [path, *(item for item in self.get(RECENT_FILES) if item != path)]
        self.set(RECENT_FILES, recent[:RECENT_FILES_KEPT])
        self.set(LAST_CATALOGUE, path)


def _share_language(lang: str) -> None:
    """Tell the command line which language the officer chose; it is only a default there,
    so a folder that cannot be written is no reason to fail."""
    target = paths.remembered_language_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(lang, encoding="ascii")
    except OSError:
        pass
