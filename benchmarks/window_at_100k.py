"""How the window behaves on a 100,000-record catalogue: start-up time and typing stalls.

    python benchmarks/window_at_100k.py [CATALOGUE]

Builds the catalogue (seeds + 100,000 synthetic records) when CATALOGUE does not exist,
then prints:
  * start-up: wall time from launching a fresh Python process to the window's first paint,
    and to the first rows shown (the list query runs on the query thread);
  * typing: the longest gap between ticks of a 1 ms timer on the window's thread while a
    search is typed one key every 90 ms and its queries run — the longest the window froze.
Runs offscreen with private settings; nothing of the officer's is read or written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TYPED = "migracion empleo"
# A fast typist (keys inside the 200 ms debounce) and a slow one (a query after every key).
KEY_INTERVALS_MS = (90, 260)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="lazos-bench-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAZOS_DATA_DIR"] = str(work / "data")
    os.environ["LAZOS_BENCH_SETTINGS"] = str(work / "ini")
    catalogue = Path(sys.argv[1]) if len(sys.argv) > 1 else work / "grande.sqlite3"
    if not catalogue.exists():
        _build(catalogue)
    if len(sys.argv) > 2 and sys.argv[2] == "--child":
        return _child(catalogue)
    runs = [_startup(catalogue) for _ in range(3)]
    shown = sorted(run[0] for run in runs)[1]
    rows = sorted(run[1] for run in runs)[1]
    print(f"start-up to first paint (median of 3): {shown:.2f} s")
    print(f"start-up to first rows shown (median of 3): {rows:.2f} s")
    for interval in KEY_INTERVALS_MS:
        _typing(catalogue, interval)
    return 0


def _build(path: Path) -> None:
    from lazos_desktop.services import Catalogue

    started = time.perf_counter()
    catalogue = Catalogue.open(path)
    catalogue.add_synthetic(100_000, seed=7)
    catalogue.close()
    print(f"built {path} in {time.perf_counter() - started:.1f} s")


def _startup(path: Path) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, str(path), "--child"], stdout=subprocess.PIPE, text=True
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        marks[line.strip()] = time.perf_counter() - started
    process.wait()
    return marks["painted"], marks["rows"]


def _private_settings() -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        os.environ["LAZOS_BENCH_SETTINGS"],
    )


def _child(path: Path) -> int:
    """The window's two phases as `lazos-desktop` runs them: the frame shown ("painted",
    the turn after its first paint), then the catalogue opened into it ("rows")."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.ui.app import _make_application, fill_window, frame_window
    from lazos_desktop.ui.window_frame import once_painted

    app = _make_application()
    _private_settings()
    window = frame_window(path, "es")
    window.show()

    def painted() -> None:
        print("painted", flush=True)
        QTimer.singleShot(0, lambda: fill_window(window, path))
        window.wait_for_queries(60_000)
        QApplication.processEvents()
        print("rows", flush=True)
        window.close()
        app.quit()

    once_painted(window.opening, painted)
    return app.exec()


def _typing(path: Path, key_interval_ms: int) -> tuple[int, int]:
    """Type and sort on the window; returns the longest event-loop gap (ms) and gaps > 50 ms."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    from lazos_desktop.ui.app import _make_application, build_main_window

    app = _make_application()
    _private_settings()
    window = build_main_window(path, "es")
    window.show()
    window.wait_for_queries(60_000)
    clock = QElapsedTimer()
    clock.start()
    gaps: list[tuple[int, int]] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append((now - last[0], now))
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    ticker.start()
    window.records_page().filters.search.setFocus()
    for position, key in enumerate(TYPED):
        QTimer.singleShot(
            200 + position * key_interval_ms,
            lambda key=key: QTest.keyClicks(window.records_page().filters.search, key),
        )
    for position, sort in enumerate(((1, True), (2, False), (0, False))):
        QTimer.singleShot(
            200 + len(TYPED) * key_interval_ms + 600 + position * 700,
            lambda sort=sort: window.records_page().table.sortByColumn(
                sort[0], Qt.SortOrder(int(sort[1]))
            ),
        )
    QTimer.singleShot(200 + len(TYPED) * key_interval_ms + 3000, app.quit)
    app.exec()
    ticker.stop()
    longest, at = max(gaps)
    over = sum(1 for gap, _ in gaps if gap > 50)
    print(
        f"typing '{TYPED}' (one key per {key_interval_ms} ms) then 3 sorts at "
        f"{window.records_page().model.rowCount():,} shown rows: longest event-loop stall {longest} ms; "
        f"(ending {at} ms after typing began); stalls over 50 ms: {over}; "
        f"shown: {window.records_page().filters.count.text()}"
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    return longest, over


if __name__ == "__main__":
    raise SystemExit(main())
