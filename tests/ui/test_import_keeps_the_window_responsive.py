"""An import of 10,000 rows from the wizard never stalls the window's event loop.

A 10 ms heartbeat timer runs on the window's thread while the wizard reads, checks and
writes the file; the longest gap between two beats is the longest stall the officer could
feel. Reading, planning and writing run on the operations' worker, so the gap stays short.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QElapsedTimer, QTimer

from lazos_desktop.services import RecordQuery
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs.import_wizard import (
    PAGE_CONFIRM,
    PAGE_PREVIEW,
    PAGE_REPORT,
    PAGE_SUMMARY,
)

pytestmark = pytest.mark.gui

ROWS = 10_000
LONGEST_STALL_MS = 100


class BusyStretches:
    """The longest time the window's thread went without returning to wait for events:
    from the dispatcher's `awake` to its next `aboutToBlock`, i.e. work done on that thread
    (the heartbeat's gaps also hold the time the operating system gives other programs)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        self.dispatcher = dispatcher

    def start(self) -> None:
        self.dispatcher.awake.connect(self._awake)
        self.dispatcher.aboutToBlock.connect(self._blocking)

    def stop(self) -> int:
        self.dispatcher.awake.disconnect(self._awake)
        self.dispatcher.aboutToBlock.disconnect(self._blocking)
        return self.longest

    def _awake(self) -> None:
        self.clock.start()

    def _blocking(self) -> None:
        if self.clock.isValid():
            self.longest = max(self.longest, self.clock.elapsed())
            self.clock.invalidate()


class Heartbeat:
    """Beats every 10 ms; remembers the longest time between two beats."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest

    def _beat(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def write_rows(path: Path) -> Path:
    lines = ["título;países;ejes;resumen"]
    lines += [
        f"Práctica sintética de prueba {n};PE;empleo;Resumen sintético número {n}"
        for n in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ten_thousand_rows_never_stall_the_window(
    window: Any, qtbot: Any, tmp_path: Path, errors_shown: list[str]
) -> None:
    sheet = write_rows(tmp_path / "diez_mil.csv")
    before = window.catalogue.count(RecordQuery(kind="practice"))
    wizard = dialogs.make_import_wizard(window, window.operations, sheet, "es")
    qtbot.addWidget(wizard)
    wizard.show()
    beat = Heartbeat()
    beat.start()
    busy = BusyStretches()
    busy.start()
    for page in (PAGE_PREVIEW, PAGE_REPORT, PAGE_CONFIRM, PAGE_SUMMARY):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=120_000)
    window.wait_for_queries(30_000)
    qtbot.wait(50)
    longest = beat.stop()
    longest_busy = busy.stop()

    assert errors_shown == []
    assert wizard.result is not None and wizard.result.created == ROWS
    assert window.catalogue.count(RecordQuery(kind="practice")) == before + ROWS
    assert window.records_page().model.rowCount() == before + ROWS
    load = os.getloadavg()[0]
    print(
        f"{ROWS:,}-row import: longest busy stretch of the window's thread {longest_busy} ms, "
        f"longest heartbeat gap {longest} ms (load average {load:.1f})"
    )
    assert longest_busy < LONGEST_STALL_MS
