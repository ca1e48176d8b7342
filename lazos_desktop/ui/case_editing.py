"""Following a case from the window: log an activity, add a task, mark an item done,
export the calendar. Each write is one undoable operation, like every record edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from lazos_desktop.domain.case_items import Activity, FollowUpTask
from lazos_desktop.domain.records import Exchange, Practice, Record
from lazos_desktop.services import Catalogue, Change, RecordQuery, cases
from lazos_desktop.ui.operations import Operations


class CaseHost(Protocol):
    operations: Operations
    undo_stack: QUndoStack
    lang: str

    def widget(self) -> QWidget: ...

    def say(self, message: str, msecs: int = 5000) -> None: ...

    def shown_case(self) -> Record | None: ...


def ask_calendar_path(parent: QWidget) -> Path | None:
    """Where to write the calendar; tests replace this function."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CaseEditing", "Exportar calendario"),
        "lazos-seguimiento.ics",
        QCoreApplication.translate("CaseEditing", "Calendario (*.ics)"),
    )
    return Path(chosen) if chosen else None


class CaseEditing:
    """The case commands of the card, the Edit menu and the agenda."""

    def __init__(self, host: CaseHost) -> None:
        self.host = host

    @property
    def catalogue(self) -> Catalogue:
        return self.host.operations.catalogue

    def log_activity(self, record_id: str | None = None) -> None:
        record = self._case(record_id)
        if record is None:
            return
        from lazos_desktop.ui.dialogs import activity_dialog

        entry = activity_dialog.ask_activity(
            self.host.widget(),
            self.catalogue.vocabularies(),
            self.host.lang,
            self.institutions(),
        )
        if entry is None:
            return
        activity = Activity.model_validate(entry)
        self._write(
            lambda c: cases.add_activity(c, record.id, activity),
            _tr(QT_TRANSLATE_NOOP("CaseEditing", "actividad en {code}")),
        )

    def add_task(self, record_id: str | None = None) -> None:
        record = self._case(record_id)
        if not isinstance(record, Exchange):
            return
        from lazos_desktop.ui.dialogs import task_dialog

        data = task_dialog.ask_task(
            self.host.widget(),
            self.host.lang,
            self.institutions(),
            cases.origins(record, self.host.lang),
        )
        if data is None:
            return
        task = FollowUpTask.model_validate(data)
        self._write(
            lambda c: cases.add_task(c, record.id, task),
            _tr(QT_TRANSLATE_NOOP("CaseEditing", "tarea en {code}")),
        )

    def mark_done(self, record_id: str, item_id: str) -> None:
        self._write(
            lambda c: cases.set_item_status(c, record_id, item_id, "done"),
            _tr(QT_TRANSLATE_NOOP("CaseEditing", "marcado como hecho en {code}")),
        )

    def export_calendar(self) -> None:
        target = ask_calendar_path(self.host.widget())
        if target is None:
            return
        from lazos_desktop.services import exchange_files  # the exporters: only when asked

        try:
            result = exchange_files.export(self.catalogue, target, fmt="ics", lang=self.host.lang)
        except Exception as error:  # noqa: BLE001 - said in the window's language
            self.host.operations.report(error)
            return
        self.host.say(
            _tr(
                QT_TRANSLATE_NOOP("CaseEditing", "Calendario con {count} entradas en {path}")
            ).format(count=result.counts.get("events", 0), path=target),
            8000,
        )

    def institutions(self) -> list[tuple[str, str]]:
        rows = self.catalogue.query(RecordQuery(kind="institution", sort="title")).rows
        return [(row.title, row.id) for row in rows]

    def _case(self, record_id: str | None) -> Record | None:
        record = self.catalogue.find(record_id) if record_id else self.host.shown_case()
        return record if isinstance(record, Exchange | Practice) else None

    def _write(self, operation: Callable[[Catalogue], Change], template: str) -> None:
        def text(change: Change) -> str:
            record = (change.after or change.before or (None,))[0]
            return template.format(code=record.code if record is not None else "")

        change = self.host.operations.change(operation, text)
        if change is not None and change.changed:
            saved = QCoreApplication.translate("MainWindow", "Guardado: {what}")
            self.host.say(saved.format(what=text(change)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseEditing", text)
