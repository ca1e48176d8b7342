"""The one way every screen runs something on the catalogue, and learns what changed.

In the spirit of Anki's `CollectionOp` and `QueryOp`, written for this program:

* `Operations.change` writes an edit at once (a few milliseconds), pushes its undo command
  and announces what changed;
* `Operations.background` runs a long write (an import, a restore, a rebuild) on a worker
  thread with a connection of its own, so the window keeps painting;
* `Operations.query` runs a read on a reader thread; a newer query under the same key makes
  older ones moot, so only the latest answer arrives.

Each path has one failure path, `failure_text`, which says any error in the window's
language, and every write ends with one `changed` signal carrying `Changes`: pages listen
and refresh what it touches. No screen refreshes another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QUndoStack

from lazos_desktop.services import Catalogue, Change
from lazos_desktop.ui.failures import failure_text
from lazos_desktop.ui.undo_commands import ImportCommand, command_for

if TYPE_CHECKING:  # the importers load when the import wizard opens, not with the window
    from lazos_desktop.services.exchange_files import ImportResult

T = TypeVar("T")
Job = Callable[[Catalogue], Any]
Callback = Callable[[Any], None]

__all__ = ["Changes", "Operations", "failure_text"]


@dataclass(frozen=True)
class Changes:
    """What one operation touched; each page decides from it what to show again.

    `kinds` empty with `records` given means "records of any kind" (a link between two);
    `everything` is a new file behind the window (a restore, a rebuild, another catalogue).
    `created` is the new record the page of its kind selects; `origin` names the screen that
    asked, should it want to skip its own echo.
    """

    records: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    links: bool = False
    everything: bool = False
    created: str | None = None
    origin: str = ""

    @classmethod
    def of(cls, change: Change, origin: str = "") -> Changes:
        created = change.after[0].id if change.action == "created" and change.after else None
        return cls(
            records=frozenset(change.ids),
            kinds=frozenset(change.kinds),
            links=change.action in {"linked", "unlinked", "deleted"} or len(change.ids) > 1,
            created=created,
            origin=origin,
        )

    @classmethod
    def all(cls, origin: str = "") -> Changes:
        return cls(everything=True, origin=origin)

    @property
    def empty(self) -> bool:
        return not (self.records or self.kinds or self.everything)

    def touches_kind(self, kind: str) -> bool:
        """Whether a list of `kind` may now hold other rows or other values."""
        return self.everything or kind in self.kinds or (bool(self.records) and not self.kinds)

    def touches_record(self, record_id: str | None) -> bool:
        return bool(record_id) and (self.everything or record_id in self.records)


class _Signals(QObject):
    finished = Signal(str, int, object)
    failed = Signal(str, int, object)


class _Task(QRunnable):
    def __init__(self, worker: _Worker, key: str, generation: int, job: Job) -> None:
        super().__init__()
        self._worker, self._key, self._generation, self._job = worker, key, generation, job

    def run(self) -> None:
        if self._key and self._worker.latest(self._key) != self._generation:
            return
        try:
            result = self._job(self._worker.catalogue())
        except Exception as error:  # said to the officer on the window's thread, never lost
            self._worker.signals.failed.emit(self._key, self._generation, error)
            return
        self._worker.signals.finished.emit(self._key, self._generation, result)


class _Worker(QObject):
    """One thread with its own connection, running jobs in order; keyed jobs supersede."""

    def __init__(self, path: Path, officer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path, self._officer = path, officer
        self._catalogue: Catalogue | None = None
        self._latest: dict[str, int] = {}
        self._pending: dict[tuple[str, int], tuple[Callback, Callback]] = {}
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.finished.connect(self._deliver)
        self.signals.failed.connect(self._fail)

    def submit(self, key: str, job: Job, done: Callback, failed: Callback) -> None:
        self._generation += 1
        if key:
            self._latest[key] = self._generation
            self._pending = {k: v for k, v in self._pending.items() if k[0] != key}
        self._pending[(key, self._generation)] = (done, failed)
        self._pool.start(_Task(self, key, self._generation, job))

    def latest(self, key: str) -> int:
        return self._latest.get(key, -1)

    def busy(self) -> bool:
        return bool(self._pending)

    def catalogue(self) -> Catalogue:
        """The worker's own connection, opened on first use on the worker's thread."""
        if self._catalogue is None:
            self._catalogue = Catalogue.open_reader(self._path, self._officer)
        self._catalogue.officer = self._officer
        return self._catalogue

    def set_officer(self, officer: str) -> None:
        self._officer = officer

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()
        self._pending.clear()
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None

    def _deliver(self, key: str, generation: int, result: Any) -> None:
        done, _ = self._pending.pop((key, generation), (None, None))
        if done is not None and (not key or self._latest.get(key) == generation):
            done(result)

    def _fail(self, key: str, generation: int, error: Exception) -> None:
        _, failed = self._pending.pop((key, generation), (None, None))
        if failed is not None:
            failed(error)


class Operations(QObject):
    """Runs the window's reads and writes; announces `changed(Changes)` after every write."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # the message, already in the window's language
    busyChanged = Signal(bool)  # noqa: N815 (Qt's naming for signals)

    def __init__(
        self, catalogue: Catalogue, lang: str, undo_stack: QUndoStack, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.undo_stack = undo_stack
        self._catalogue = catalogue
        self._open_workers()

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    def replace_catalogue(self, catalogue: Catalogue) -> None:
        """Another file behind the window: new workers, no undo across files, every page anew."""
        self._close_workers()
        self._catalogue.close()
        self._catalogue = catalogue
        self.undo_stack.clear()
        self._open_workers()
        self.announce(Changes.all())

    def set_officer(self, officer: str) -> None:
        self._catalogue.officer = officer
        self._writer.set_officer(officer)

    # Writes ---------------------------------------------------------------------------

    def change(
        self,
        operation: Callable[[Catalogue], Change],
        describe: Callable[[Change], str],
        origin: str = "",
    ) -> Change | None:
        """Write one edit now, make it undoable and announce it; None when it failed."""
        self._writer.wait()
        try:
            change = operation(self._catalogue)
        except Exception as error:  # noqa: BLE001 - every failure reaches the officer
            self.report(error)
            return None
        command = command_for(self, change, describe(change))
        if command is not None:
            self.undo_stack.push(command)
        self.apply_change(change, origin)
        return change

    def background(
        self,
        operation: Callable[[Catalogue], T],
        done: Callable[[T], Changes | None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run a long write on the worker's connection; `done(result)` says what changed.

        The window's own connection is told to read vocabularies again afterwards, since the
        file changed under it. A failure goes to `failed` (the dialog that asked), or to the
        window when no one asked.
        """
        self.busyChanged.emit(True)

        def finish(result: T) -> None:
            self.busyChanged.emit(False)
            self._catalogue.forget_cached()
            changes = done(result)
            if changes is not None:
                self.announce(changes)

        def fail(error: Exception) -> None:
            self.busyChanged.emit(False)
            self._catalogue.forget_cached()
            text = failure_text(error, self.lang)
            if failed is not None:
                failed(text)
            else:
                self.failed.emit(text)

        self._writer.submit("", operation, finish, fail)

    def imported(self, result: ImportResult) -> None:
        """An import the wizard wrote: one undo step above the edits before it."""
        if result.written and result.batch is not None:
            files = ", ".join(Path(name).name for name in result.plan.files)
            text = QCoreApplication.translate("MainWindow", "importación de {files}")
            step = ImportCommand(self, result.change, text.format(files=files), result.batch)
            self.undo_stack.push(step)
        self.apply_change(result.change)

    def import_undone(self, change: Change) -> None:
        """The wizard undid its own import: its undo step becomes a redo step."""
        top = self.last_import_step()
        if top is None:
            self.apply_change(change)
            return
        top.undone_elsewhere = True
        self.undo_stack.undo()

    def last_import_step(self) -> ImportCommand | None:
        """The import at the top of the undo stack, if the next undo would take it back."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        return top if isinstance(top, ImportCommand) else None

    def apply_change(self, change: Change, origin: str = "") -> None:
        """Announce a change already written (undo and redo commands call this)."""
        if change.changed:
            self.announce(Changes.of(change, origin))

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)

    # Reads ----------------------------------------------------------------------------

    def query(self, key: str, job: Callable[[Catalogue], T], done: Callable[[T], None]) -> None:
        """Answer `job(reader)` off the window's thread; only the latest of each key arrives."""
        self._reader.submit(key, job, done, self.report)

    def busy(self) -> bool:
        return self._reader.busy() or self._writer.busy()

    def wait(self, msecs: int = 10_000) -> None:
        """Let the workers finish and deliver (tests and screenshots use it)."""
        timer = QElapsedTimer()
        timer.start()
        while self.busy() and timer.elapsed() < msecs:
            self._reader.wait(10)
            self._writer.wait(10)
            QCoreApplication.processEvents()

    # Failures -------------------------------------------------------------------------

    def report(self, error: BaseException) -> str:
        """Say `error` in the window's language to whoever shows failures; returns the text."""
        text = failure_text(error, self.lang)
        self.failed.emit(text)
        return text

    def report_error(self, message: str) -> None:
        self.failed.emit(message)

    def close(self) -> None:
        self._close_workers()
        self._catalogue.close()

    def _open_workers(self) -> None:
        path, officer = self._catalogue.path, self._catalogue.officer
        self._reader = _Worker(path, officer, self)
        self._writer = _Worker(path, officer, self)

    def _close_workers(self) -> None:
        self._reader.close()
        self._writer.close()
