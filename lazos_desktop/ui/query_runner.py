"""Read-only queries off the window's thread, on a connection of their own.

At 100,000 records a search or a sort takes 50–250 ms in SQLite; run on the window's thread
that would freeze typing. One worker thread with its own read connection answers them in
order (SQLite in WAL mode lets it read while the window's connection writes); a newer query
under the same key makes older ones moot, so only the latest answer reaches the window (the
idea of Anki's `QueryOp`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lazos_desktop.store.catalogue_store import Store

Job = Callable[[Store], Any]
Callback = Callable[[Any], None]


class _Signals(QObject):
    finished = Signal(str, int, object)
    failed = Signal(str, int, str)


class _Task(QRunnable):
    def __init__(self, runner: QueryRunner, key: str, generation: int, job: Job) -> None:
        super().__init__()
        self._runner = runner
        self._key = key
        self._generation = generation
        self._job = job

    def run(self) -> None:
        if self._runner.latest(self._key) != self._generation:
            return
        try:
            result = self._job(self._runner.reader())
        except Exception as error:  # the window shows it; the worker must not die silently
            self._runner.signals.failed.emit(self._key, self._generation, str(error))
            return
        self._runner.signals.finished.emit(self._key, self._generation, result)


class QueryRunner(QObject):
    """Runs `job(store)` on a worker thread and hands the latest result of each key back."""

    error = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._reader: Store | None = None
        self._latest: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], Callback] = {}
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.finished.connect(self._deliver)
        self.signals.failed.connect(self._fail)

    def submit(self, key: str, job: Job, callback: Callback) -> None:
        self._generation += 1
        self._latest[key] = self._generation
        self._callbacks = {k: v for k, v in self._callbacks.items() if k[0] != key}
        self._callbacks[(key, self._generation)] = callback
        self._pool.start(_Task(self, key, self._generation, job))

    def latest(self, key: str) -> int:
        return self._latest.get(key, -1)

    def busy(self) -> bool:
        return bool(self._callbacks)

    def reader(self) -> Store:
        """The worker's own connection, opened on first use on the worker thread."""
        if self._reader is None:
            self._reader = Store(self._path, create=False)
        return self._reader

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()
        self._callbacks.clear()
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _deliver(self, key: str, generation: int, result: Any) -> None:
        callback = self._callbacks.pop((key, generation), None)
        if callback is not None and self._latest.get(key) == generation:
            callback(result)

    def _fail(self, key: str, generation: int, message: str) -> None:
        self._callbacks.pop((key, generation), None)
        self.error.emit(message)
