"""Child processes the benchmark starts to measure the window, each printing one JSON line.

    python -m benchmarks.window_probe startup CATALOGUE     our window: start to first rows
    python -m benchmarks.window_probe program CATALOGUE     `lazos-desktop --db CATALOGUE`:
                                                            start to window shown, first rows
    python -m benchmarks.window_probe steps CATALOGUE       the same, marked step by step
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
from typing import Any

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


def program(path: Path) -> dict[str, float]:
    """The program as an officer starts it (`lazos-desktop --db PATH`, through the command
    line's `main`), timed to the first turn of the event loop after the window is shown.

    The settings come from `XDG_CONFIG_HOME`, which the parent points at a folder holding an
    officer name (so no welcome screen); nothing but `QApplication.exec` is wrapped here."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, float] = {}
    exec_ = QApplication.exec

    def painted() -> None:
        marks["shown_s"] = _since_start()
        marks["cpu_s"] = time.process_time()
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        windows[0].wait_for_queries(60_000)  # type: ignore[attr-defined]
        QApplication.processEvents()
        marks["rows_s"] = _since_start()
        QApplication.quit()

    def timed_exec(*_application: object) -> int:  # app.exec() or QApplication.exec()
        QTimer.singleShot(0, painted)
        return exec_()

    QApplication.exec = timed_exec  # type: ignore[method-assign]
    from lazos_desktop.cli import main

    status = main(["--db", str(path)])
    if status != 0 or "shown_s" not in marks:
        raise SystemExit(f"lazos-desktop exited {status} before its window was shown")
    return marks


STEPS = (
    "interpreter up",
    "command line imported (services, store, records)",
    "PySide6 imported",
    "QApplication made",
    "window code imported, settings read",
    "catalogue opened",
    "window built",
    "event loop started",
    "window shown",
    "first rows shown",
)


def steps(path: Path) -> dict[str, float]:
    """`program`, with a mark after each step: seconds since the interpreter started
    (`<step>`) and CPU seconds of this process by then (`cpu <step>`). The steps are those
    of `lazos-desktop --db PATH` in its order; the marks wrap functions, change none."""
    marks: dict[str, float] = {}

    def mark(step: str) -> None:
        marks[step] = _since_start()
        marks[f"cpu {step}"] = time.process_time()

    mark(STEPS[0])
    import lazos_desktop.cli as cli
    from lazos_desktop.services import Catalogue
    from lazos_desktop.ui import app as ui_app

    mark(STEPS[1])
    make_application = ui_app._make_application

    def timed_application() -> Any:
        import PySide6.QtWidgets  # noqa: F401 - what QApplication needs, timed apart

        mark(STEPS[2])
        made = make_application()
        mark(STEPS[3])
        wrap_window()
        return made

    opened = Catalogue.open.__func__  # type: ignore[attr-defined]

    def timed_open(cls: Any, *args: Any, **kwargs: Any) -> Any:
        mark(STEPS[4])
        catalogue = opened(cls, *args, **kwargs)
        mark(STEPS[5])
        return catalogue

    def wrap_window() -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        exec_ = QApplication.exec

        def painted() -> None:
            mark(STEPS[8])
            windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
            windows[0].wait_for_queries(60_000)  # type: ignore[attr-defined]
            QApplication.processEvents()
            mark(STEPS[9])
            QApplication.quit()

        def timed_exec(*_application: object) -> int:
            mark(STEPS[7])
            QTimer.singleShot(0, painted)
            return exec_()

        QApplication.exec = timed_exec  # type: ignore[method-assign]

    ui_app._make_application = timed_application  # type: ignore[assignment]
    Catalogue.open = classmethod(timed_open)  # type: ignore[assignment,method-assign]
    build = ui_app.build_main_window

    def timed_build(*args: Any, **kwargs: Any) -> Any:
        window = build(*args, **kwargs)
        mark(STEPS[6])
        return window

    ui_app.build_main_window = timed_build  # type: ignore[assignment]
    status = cli.main(["--db", str(path)])
    if status != 0 or STEPS[8] not in marks:
        raise SystemExit(f"lazos-desktop exited {status} before its window was shown")
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
        marks["cpu_s"] = time.process_time()
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
        "program": lambda: program(path),  # type: ignore[arg-type]
        "steps": lambda: steps(path),  # type: ignore[arg-type]
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
