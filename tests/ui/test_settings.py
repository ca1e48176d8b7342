"""Settings declared once: types, defaults, choices, and the recent files list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lazos_desktop.services.safety import DAILY_KEPT
from lazos_desktop.ui.settings import (
    ALL_OPTIONS,
    BACKUP_COUNT,
    LANGUAGE,
    LAST_CATALOGUE,
    PAPER_SIZE,
    RECENT_FILES,
    RECENT_FILES_KEPT,
    SETTINGS_VERSION,
    VERSION_KEY,
    Settings,
)

pytestmark = pytest.mark.gui


def ini(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "lazos.ini"), QSettings.Format.IniFormat))


def test_defaults_before_anything_is_set(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    assert {option.key: settings.get(option) for option in ALL_OPTIONS} == {
        "officer/name": "",
        "interface/language": "es",
        "briefs/paper_size": "a4",
        "catalogue/recent_files": [],
        "catalogue/last": "",
        "backups/keep": DAILY_KEPT,
        "window/geometry": "",
    }
    assert len({option.key for option in ALL_OPTIONS}) == len(ALL_OPTIONS)


def test_values_survive_a_new_settings_object(tmp_path: Path) -> None:
    ini(tmp_path).set(BACKUP_COUNT, 4)
    ini(tmp_path).set(PAPER_SIZE, "letter")
    again = ini(tmp_path)
    assert again.get(BACKUP_COUNT) == 4
    assert again.get(PAPER_SIZE) == "letter"


def test_unreadable_or_unknown_values_fall_back_to_the_default(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.qsettings.setValue(LANGUAGE.key, "klingon")
    settings.qsettings.setValue(BACKUP_COUNT.key, "many")
    assert settings.get(LANGUAGE) == "es"
    assert settings.get(BACKUP_COUNT) == DAILY_KEPT


def test_recent_files_keep_order_without_repeats(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    for number in range(RECENT_FILES_KEPT + 3):
        settings.remember_catalogue(f"/catalogos/{number}.sqlite3")
    settings.remember_catalogue("/catalogos/2.sqlite3")
    recent = ini(tmp_path).get(RECENT_FILES)
    assert recent[0] == "/catalogos/2.sqlite3"
    assert len(recent) == RECENT_FILES_KEPT
    assert len(set(recent)) == len(recent)
    assert ini(tmp_path).get(LAST_CATALOGUE) == "/catalogos/2.sqlite3"


def test_a_single_recent_file_reads_back_as_a_list(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.remember_catalogue("/solo.sqlite3")
    assert ini(tmp_path).get(RECENT_FILES) == ["/solo.sqlite3"]


def test_old_settings_are_upgraded_once(tmp_path: Path) -> None:
    """Version 1 stored the never-used backup count of 10; the upgrade drops it, keeps
    everything else, and does not run again on a value chosen afterwards."""
    raw = QSettings(str(tmp_path / "lazos.ini"), QSettings.Format.IniFormat)
    raw.setValue(BACKUP_COUNT.key, 10)
    raw.setValue(PAPER_SIZE.key, "letter")
    raw.sync()
    settings = ini(tmp_path)
    assert settings.version() == SETTINGS_VERSION
    assert settings.get(BACKUP_COUNT) == DAILY_KEPT
    assert settings.get(PAPER_SIZE) == "letter"
    settings.set(BACKUP_COUNT, 10)
    assert ini(tmp_path).get(BACKUP_COUNT) == 10
    assert ini(tmp_path).qsettings.value(VERSION_KEY) in (SETTINGS_VERSION, str(SETTINGS_VERSION))


def test_a_new_store_starts_at_the_current_version(tmp_path: Path) -> None:
    assert ini(tmp_path).version() == SETTINGS_VERSION
