"""New, edit, duplicate, delete, link, unlink and revert: each one undoable operation.

The commands act on the records page in view (its selection and its card), ask what they
must through `dialogs`, and write through `Operations.change`; the pages refresh themselves
from the announced changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from lazos_desktop.domain.messages import field_label
from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.services import Catalogue, Change, HistoryEntry, history
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.operations import Operations
from lazos_desktop.ui.pages.records_page import RecordsPage


class EditingHost(Protocol):
    """What the commands need of the window."""

    operations: Operations
    undo_stack: QUndoStack
    lang: str

    def records_page(self) -> RecordsPage: ...

    def widget(self) -> QWidget: ...

    def say(self, message: str, msecs: int = 5000) -> None: ...


class RecordEditing:
    """The record commands of the Edit menu, the toolbar and the card."""

    def __init__(self, host: EditingHost) -> None:
        self.host = host

    @property
    def catalogue(self) -> Catalogue:
        return self.host.operations.catalogue

    def new_record(self, kind: str | None = None) -> None:
        page = self.host.records_page()
        chosen = Kind(kind or page.kind)
        record = dialogs.edit_record(
            self.host.widget(), self.catalogue, chosen, None, self.host.lang
        )
        if record is not None:
            self._write(
                lambda c: c.create(record),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "creación de {code}")),
            )

    def edit_record(self) -> None:
        record = self.host.records_page().shown_record()
        if record is None:
            return
        edited = dialogs.edit_record(
            self.host.widget(), self.catalogue, record.kind, record, self.host.lang
        )
        if edited is not None:
            self._write(
                lambda c: c.update(edited),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "edición de {code}")),
            )

    def duplicate_record(self) -> None:
        record = self.host.records_page().shown_record()
        if record is not None:
            self._write(
                lambda c: c.duplicate(record.id),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "duplicado {code}")),
            )

    def delete_records(self) -> None:
        page = self.host.records_page()
        ids = page.selected_ids() or ([page.shown_id] if page.shown_id else [])
        if not ids:
            return
        if len(ids) == 1:
            record = self.catalogue.find(ids[0])
            if record is None:
                return
            what = f"{record.code} — {record.title}"
        else:
            what = _tr(QT_TRANSLATE_NOOP("MainWindow", "{count} registros")).format(count=len(ids))
        if not dialogs.confirm_delete(self.host.widget(), what):
            return
        stack = self.host.undo_stack
        if len(ids) > 1:
            stack.beginMacro(
                _tr(QT_TRANSLATE_NOOP("MainWindow", "eliminación de {count} registros")).format(
                    count=len(ids)
                )
            )
        for record_id in ids:
            self._write(
                lambda c, rid=record_id: c.delete(rid),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "eliminación de {code}")),
            )
        if len(ids) > 1:
            stack.endMacro()

    def link_record(self) -> None:
        record = self.host.records_page().shown_record()
        if record is None:
            return
        other = dialogs.pick_link(self.host.widget(), self.catalogue, record)
        if other:
            self._write(
                lambda c: c.link(record.id, other),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "relación {a} ↔ {b}")),
            )

    def unlink_records(self, first: str, second: str) -> None:
        self._write(
            lambda c: c.unlink(first, second),
            _tr(QT_TRANSLATE_NOOP("MainWindow", "quitar relación {a} ↔ {b}")),
        )

    def revert_history_entry(self, entry: HistoryEntry) -> None:
        """Put one past change back as a new, undoable change."""
        field = field_label(entry.field, self.host.lang) if entry.field else ""
        text = _tr(QT_TRANSLATE_NOOP("MainWindow", "Revertir {field} de {code}"))
        self._write(
            lambda c: history.revert_change(c, entry),
            lambda _: text.format(field=field, code=entry.code),
        )

    def _write(
        self, operation: Callable[[Catalogue], Change], describe: str | Callable[[Change], str]
    ) -> None:
        def text(change: Change) -> str:
            return describe(change) if callable(describe) else self._describe(change, describe)

        change = self.host.operations.change(operation, text)
        if change is not None and change.changed:
            saved = _tr(QT_TRANSLATE_NOOP("MainWindow", "Guardado: {what}"))
            self.host.say(saved.format(what=text(change)))

    def _describe(self, change: Change, template: str) -> str:
        record: Record | None = (change.after or change.before or (None,))[0]
        codes = [self._code_of(record_id) for record_id in change.ids[:2]] or [""]
        return template.format(
            code=record.code if record is not None else "", a=codes[0], b=codes[-1]
        )

    def _code_of(self, record_id: str) -> str:
        found = self.catalogue.find(record_id)
        return found.code if found else record_id[:8]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
