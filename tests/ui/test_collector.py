"""The cycle collector pauses while an import step runs, and gets everything back after."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.ui import collector, dialogs
from lazos_desktop.ui.dialogs.import_wizard import (
    PAGE_CONFIRM,
    PAGE_PREVIEW,
    PAGE_REPORT,
    PAGE_SUMMARY,
)

pytestmark = pytest.mark.gui


def test_a_step_runs_without_the_collector_and_freezes_what_it_leaves() -> None:
    seen: list[bool] = []
    try:
        answer = collector.paused(lambda n: seen.append(gc.isenabled()) or n + 1)(1)
        assert answer == 2
        assert seen == [False]
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        collector.thaw()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_a_failing_step_gives_the_collector_back() -> None:
    def fails() -> None:
        raise ValueError("roto")

    try:
        with pytest.raises(ValueError):
            collector.paused(fails)()
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        collector.paused(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_wizard_gives_back_what_its_steps_froze_when_it_closes(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Frozen objects in a reference cycle are never freed: the closed wizard is one."""
    sheet = tmp_path / "tres.csv"
    sheet.write_text(
        "título;países;ejes\n" + "".join(f"Práctica {n};PE;empleo\n" for n in range(3)),
        encoding="utf-8",
    )
    wizard = dialogs.make_import_wizard(window, window.operations, sheet, "es")
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        for page in (PAGE_PREVIEW, PAGE_REPORT, PAGE_CONFIRM, PAGE_SUMMARY):
            wizard.next()
            qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=30_000)
        assert wizard.result is not None and wizard.result.created == 3
        assert gc.get_freeze_count() > 0
        wizard.accept()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
