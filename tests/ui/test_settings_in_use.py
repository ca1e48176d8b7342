"""Every declared setting is read where it matters: paper size, backup count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.services import Catalogue, safety
from lazos_desktop.ui.app import build_main_window
from lazos_desktop.ui.dialogs.brief_dialog import BriefDialog
from lazos_desktop.ui.settings import BACKUP_COUNT, PAPER_SIZE, Settings

pytestmark = pytest.mark.gui


def test_the_brief_dialog_starts_on_the_paper_of_the_settings(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    papers: list[str] = []

    def shown(dialog: BriefDialog) -> int:
        papers.append(dialog.paper_box.currentData())
        return 0

    monkeypatch.setattr(BriefDialog, "exec", shown)
    window.settings.set(PAPER_SIZE, "letter")
    window.action_brief.trigger()
    window.settings.set(PAPER_SIZE, "a4")
    window.action_brief.trigger()
    assert papers == ["letter", "a4"]
    assert BriefDialog(window.catalogue).paper_box.currentData() == "a4"


def test_the_window_keeps_as_many_daily_backups_as_the_settings_say(
    qtbot: Any, catalogue_path: Path
) -> None:
    Catalogue.open(catalogue_path).close()
    opened = Catalogue.open(catalogue_path, daily_backup=False)
    today = datetime.now(UTC)
    for days in range(4, 0, -1):
        safety.ensure_daily_backup(opened.store, today - timedelta(days=days), keep=30)
    opened.close()

    def dailies() -> int:
        return sum(1 for b in safety.list_backups(catalogue_path) if b.reason == "daily")

    assert dailies() == 4
    Settings().set(BACKUP_COUNT, 2)
    built = build_main_window(catalogue_path, "es")
    qtbot.addWidget(built)
    built.wait_for_queries()
    assert dailies() == 2  # today's, and the one before it
    built.close()
