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
from collections.abc import Callable
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
    """The window's own start, without the command line: `run`'s two phases (the frame
    shown, then the catalogue opened into it once painted), timed to shown and first rows."""
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.ui.app import _make_application, fill_window, frame_window
    from lazos_desktop.ui.window_frame import once_painted

    app = _make_application()
    _private_settings()
    window = frame_window(path, "es")
    marks: dict[str, float] = {}
    _mark_first_paint(marks, lambda: _rows_then_quit(marks))
    window.show()
    once_painted(window.opening, lambda: fill_window(window, path))
    app.exec()
    marks["rows"] = float(window.records_page().model.rowCount())
    QApplication.processEvents()
    return marks


def program(path: Path) -> dict[str, float]:
    """The program as an officer starts it (`lazos-desktop --db PATH`, through the command
    line's `main`), timed to the turn of the event loop after the main window is first
    painted ("window shown"), then to its first rows.

    The settings come from `XDG_CONFIG_HOME`, which the parent points at a folder holding an
    officer name (so no welcome screen); nothing of the program is wrapped, only watched."""
    marks: dict[str, float] = {}
    _mark_first_paint(marks, lambda: _rows_then_quit(marks))
    from lazos_desktop.cli import main

    status = main(["--db", str(path)])
    if status != 0 or "shown_s" not in marks:
        raise SystemExit(f"lazos-desktop exited {status} before its window was shown")
    return marks


STEPS = (
    "interpreter up",
    "command line imported",
    "PySide6 imported",
    "QApplication made",
    "window frame built (phase 1)",
    "window shown",
    "services imported (phase 2)",
    "catalogue opened",
    "window filled",
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
    from lazos_desktop.ui import app as ui_app

    mark(STEPS[1])
    make_application = ui_app._make_application
    frame_window = ui_app.frame_window
    fill_window = ui_app.fill_window

    def timed_application() -> Any:
        import PySide6.QtWidgets  # noqa: F401 - what QApplication needs, timed apart

        mark(STEPS[2])
        made = make_application()
        mark(STEPS[3])
        return made

    def timed_frame(*args: Any, **kwargs: Any) -> Any:
        window = frame_window(*args, **kwargs)
        mark(STEPS[4])
        _mark_first_paint({}, lambda: mark(STEPS[5]))
        return window

    def timed_fill(window: Any, *args: Any, **kwargs: Any) -> Any:
        from lazos_desktop.services import Catalogue

        mark(STEPS[6])
        opened = Catalogue.open.__func__  # type: ignore[attr-defined]

        def timed_open(cls: Any, *args: Any, **kwargs: Any) -> Any:
            catalogue = opened(cls, *args, **kwargs)
            mark(STEPS[7])
            return catalogue

        Catalogue.open = classmethod(timed_open)  # type: ignore[assignment,method-assign]
        fill_window(window, *args, **kwargs)
        mark(STEPS[8])
        rows: dict[str, float] = {}
        _rows_then_quit(rows)
        mark(STEPS[9])

    ui_app._make_application = timed_application  # type: ignore[assignment]
    ui_app.frame_window = timed_frame  # type: ignore[assignment]
    ui_app.fill_window = timed_fill  # type: ignore[assignment]
    status = cli.main(["--db", str(path)])
    if status != 0 or STEPS[9] not in marks:
        raise SystemExit(f"lazos-desktop exited {status} before its first rows were shown")
    return marks


def bare_startup() -> dict[str, float]:
    """A bare QMainWindow with a label, timed as ours is: to the turn after its first paint."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    marks: dict[str, float] = {}

    def shown() -> None:
        marks["cpu_s"] = time.process_time()
        marks["rss_mb"] = resident_mb()
        app.quit()

    _mark_first_paint(marks, shown)
    window = QMainWindow()
    window.setObjectName("mainWindow")
    window.setCentralWidget(QLabel("LAZOS"))
    window.resize(1280, 800)
    window.show()
    app.exec()
    return marks


def _mark_first_paint(marks: dict[str, float], then: Callable[[], None]) -> None:
    """Mark `shown_s` on the event loop's turn after the first paint of a widget of the
    main window (the frame is then on screen), then call `then`. Qt runs the application's
    event filters before any other, so this comes before the window's own phase 2."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window().objectName() == "mainWindow"
            ):
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
                QTimer.singleShot(0, shown)
            return False

    def shown() -> None:
        marks["shown_s"] = _since_start()
        marks.setdefault("cpu_s", time.process_time())
        then()

    watcher = FirstPaint()
    _watchers.append(watcher)
    application = QApplication.instance()
    if application is None:  # the program makes its own: watch from when it is made
        init = QApplication.__init__

        def watching_init(self: QApplication, *args: Any) -> None:
            init(self, *args)
            self.installEventFilter(watcher)
            QApplication.__init__ = init  # type: ignore[method-assign]

        QApplication.__init__ = watching_init  # type: ignore[method-assign]
    else:
        application.installEventFilter(watcher)


_watchers: list[Any] = []  # kept alive while they watch


def _rows_then_quit(marks: dict[str, float]) -> None:
    """Wait until the main window is filled and its records table shows its first rows, then
    quit."""
    from PySide6.QtWidgets import QApplication

    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    _wait_for_rows(windows[0])
    marks["rows_s"] = _since_start()
    QApplication.quit()


def _wait_for_rows(window: Any, msecs: int = 60_000) -> None:
    """Until the records page in front holds its rows (or has nothing more to wait for),
    then one more turn of the loop to paint them: what the officer waits for. The questions
    asked after the list (the countries of the filter, the due notice's counts, the daily
    backup) are answered later on the same reader thread and do not hold the rows back, so
    they are not waited for (`wait_for_queries` would)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(msecs)
    while not window.is_filled() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
    page = window.records_page()
    while page.model.rowCount() == 0 and window.operations.busy() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
    QApplication.processEvents()
    page.table.viewport().repaint()


def model(path: Path) -> dict[str, float]:
    """Our records table: from asking for the practices' page to its first rows painted.

    The window is filled with the overview in front and left to settle (its questions, the
    due notice's), so that the timed span is the records page's own: built on first showing,
    its list asked on the idle reader thread, the rows painted. The questions asked after
    the list (the filter's countries, the drafts to classify) are not waited for: the rows
    do not wait for them either. (Filled with the practices in front, the list would be
    asked before the timer starts and only its tail timed.)"""
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.ui.app import _make_application, fill_window, frame_window

    app = _make_application()
    _private_settings()
    window = frame_window(path, "es")
    window.choose_page("overview")
    fill_window(window, path)
    window.show()
    app.processEvents()
    window.wait_for_queries(60_000)
    app.processEvents()
    started = time.perf_counter()
    window.show_kind("practice")
    _wait_for_rows(window)
    first_rows = time.perf_counter() - started
    window.wait_for_queries(60_000)  # the rest (countries, due notice), untimed
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
