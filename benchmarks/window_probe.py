"""Child processes the benchmark starts to measure the window, each printing one JSON line.

    python -m benchmarks.window_probe startup CATALOGUE     our window: start to first rows
    python -m benchmarks.window_probe bare-startup          a bare QMainWindow: start to paint
    python -m benchmarks.window_probe model CATALOGUE       our table: first rows, scroll, memory
    python -m benchmarks.window_probe bare-model CATALOGUE  QSqlQueryModel over the same rows
    python -m benchmarks.window_probe store CATALOGUE       memory with the catalogue open, no Qt

Start-up is timed from the moment the interpreter starts (the parent passes its clock), so
imports count, as they do for an officer who launches the program.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import peak_resident_mb, resident_mb

STARTED = float(os.environ.get("LAZOS_BENCH_T0", time.time()))


def _since_start() -> float:
    return time.time() - STARTED


def _private_settings() -> None:
    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="lazos-bench-ini-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def startup(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from lazos_desktop.ui.app import _make_application, build_main_window

    app = _make_application()
    _private_settings()
    window = build_main_window(path, "es")
    window.show()
    marks: dict[str, float] = {}

    def painted() -> None:
        marks["shown_s"] = _since_start()
        window.wait_for_queries(60_000)
        app.processEvents()
        marks["rows_s"] = _since_start()
        marks["rows"] = float(window.records_page().model.rowCount())
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()
    return marks


def bare_startup() -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("LAZOS"))
    window.resize(1280, 800)
    window.show()
    marks: dict[str, float] = {}

    def painted() -> None:
        marks["shown_s"] = _since_start()
        marks["rss_mb"] = resident_mb()
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()
    return marks


def model(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.ui.app import _make_application, build_main_window

    app = _make_application()
    _private_settings()
    window = build_main_window(path, "es")
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.show_kind("practice")
    window.wait_for_queries(60_000)
    app.processEvents()
    first_rows = time.perf_counter() - started
    rows = window.records_page().model.rowCount()
    started = time.perf_counter()
    window.records_page().table.scrollToBottom()
    QApplication.processEvents()
    window.records_page().table.viewport().repaint()
    last = window.records_page().model.data(window.records_page().model.index(rows - 1, 0))
    scroll = time.perf_counter() - started
    cached = window.records_page().model.cached_summaries()
    return {
        "first_rows_s": first_rows,
        "scroll_end_s": scroll,
        "rows": float(rows),
        "last_row_code_ok": float(bool(last)),
        "cached_rows": float(cached),
        "rss_mb": resident_mb(),
        "peak_rss_mb": peak_resident_mb(),
    }


def bare_model(path: Path) -> dict[str, float]:
    """Plain Qt: a QSqlQueryModel of the same list in a QTableView, as a baseline."""
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QTableView

    from lazos_desktop.store.rows import kind_range

    app = QApplication(sys.argv)
    database = QSqlDatabase.addDatabase("QSQLITE")
    database.setDatabaseName(str(path))
    database.open()
    view = QTableView()
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    low, high = kind_range("practice")
    started = time.perf_counter()
    query = QSqlQuery(database)
    query.exec(
        "SELECT code, title, countries, axes, year, status FROM records "
        f"WHERE n BETWEEN {low} AND {high} ORDER BY n"
    )
    table_model = QSqlQueryModel()
    table_model.setQuery(query)
    view.setModel(table_model)
    app.processEvents()
    first_rows = time.perf_counter() - started
    started = time.perf_counter()
    while table_model.canFetchMore():
        table_model.fetchMore()
    view.scrollToBottom()
    app.processEvents()
    view.viewport().repaint()
    scroll = time.perf_counter() - started
    return {
        "first_rows_s": first_rows,
        "scroll_end_s": scroll,
        "rows": float(table_model.rowCount()),
        "rss_mb": resident_mb(),
    }


def store(path: Path) -> dict[str, float]:
    from lazos_desktop.services import Catalogue
    from lazos_desktop.store.queries import RecordQuery

    catalogue = Catalogue.open(path)
    query = RecordQuery(kind="practice")
    numbers = catalogue.row_numbers(query)
    catalogue.rows(query.page(0, 50))
    catalogue.count(RecordQuery(text="empleo", country="PE"))
    catalogue.rows(RecordQuery(text="empleo", country="PE", limit=50))
    return {"rows": float(len(numbers)), "rss_mb": resident_mb(), "peak_rss_mb": peak_resident_mb()}


def typing(path: Path) -> dict[str, float]:
    from benchmarks.window_at_100k import KEY_INTERVALS_MS, _typing

    os.environ.setdefault("LAZOS_BENCH_SETTINGS", tempfile.mkdtemp(prefix="lazos-bench-ini-"))
    results = [_typing(path, interval) for interval in KEY_INTERVALS_MS]
    return {
        "longest_stall_ms": float(max(longest for longest, _ in results)),
        "stalls_over_50ms": float(sum(over for _, over in results)),
    }


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    what = sys.argv[1]
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    probes = {
        "startup": lambda: startup(path),  # type: ignore[arg-type]
        "bare-startup": bare_startup,
        "model": lambda: model(path),  # type: ignore[arg-type]
        "bare-model": lambda: bare_model(path),  # type: ignore[arg-type]
        "store": lambda: store(path),  # type: ignore[arg-type]
        "typing": lambda: typing(path),  # type: ignore[arg-type]
    }
    print("RESULT " + json.dumps(probes[what]()), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
