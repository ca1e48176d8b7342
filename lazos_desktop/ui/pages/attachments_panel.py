"""The documents kept with the record on the card: list, add (button or drop), open, save a
copy, rename and remove — adding and removing undoable from Edit ▸ Undo.

Writes go through the attachments service on the window's connection and are announced as
`Changes` for the record, so the card and the history refresh themselves. Opening writes a
private read-only copy and hands it to the system's viewer; those copies are removed when
the window closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QUndoCommand
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.attachments import MIME_BY_SUFFIX, Attachment
from lazos_desktop.services import attachments as service
from lazos_desktop.ui.operations import Changes, Operations

# Dialogs are small functions the tests replace, so no test waits on a modal box.
ChooseFiles = Callable[[QWidget], list[str]]
ChooseTarget = Callable[[QWidget, str], str]
AskName = Callable[[QWidget, str], str | None]


def _choose_files(parent: QWidget) -> list[str]:
    patterns = " ".join(f"*{suffix}" for suffix in MIME_BY_SUFFIX)
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("AttachmentsPanel", "Adjuntar documentos"),
        "",
        QCoreApplication.translate("AttachmentsPanel", "Documentos ({patterns})").format(
            patterns=patterns
        ),
    )
    return files


def _choose_target(parent: QWidget, name: str) -> str:
    target, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AttachmentsPanel", "Guardar una copia"), name
    )
    return target


def _ask_name(parent: QWidget, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("AttachmentsPanel", "Renombrar adjunto"),
        QCoreApplication.translate("AttachmentsPanel", "Nombre:"),
        text=current,
    )
    return text if ok else None


class AttachmentsPanel(QWidget):
    """The attachments of the record on the card."""

    notice = Signal(str)

    def __init__(self, operations: Operations) -> None:
        super().__init__()
        self.setObjectName("attachmentsPanel")
        self.operations = operations
        self.record_id: str | None = None
        self.private_copies: list[Path] = []
        self.choose_files: ChooseFiles = _choose_files
        self.choose_target: ChooseTarget = _choose_target
        self.ask_name: AskName = _ask_name
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Documentos adjuntos"))
        self.list.itemActivated.connect(lambda _: self.open_selected())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("Adjuntar…"), self.add_chosen),
            ("open", self.tr("Abrir"), self.open_selected),
            ("save", self.tr("Guardar copia…"), self.save_selected),
            ("rename", self.tr("Renombrar…"), self.rename_selected),
            ("remove", self.tr("Quitar"), self.remove_selected),
        ):
            button = QPushButton(text)
            button.setObjectName(f"attachment-{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.hint = QLabel(self.tr("Arrastre archivos sobre la ficha para adjuntarlos."))
        self.hint.setObjectName("attachmentHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        operations.changed.connect(self._on_changes)
        self.show_record(None)

    # What the card asks ---------------------------------------------------------------

    def show_record(self, record_id: str | None) -> None:
        catalogue = self.operations.catalogue
        record = catalogue.find(record_id) if record_id else None  # it may just have been deleted
        self.record_id = record.id if record is not None else None
        self.list.clear()
        documents = service.list_attachments(catalogue, record.id) if record is not None else []
        self.title.setText(self.tr("Documentos adjuntos ({count})").format(count=len(documents)))
        for item in documents:
            entry = QListWidgetItem(f"{item.name}  ·  {_size(item.size)}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            who = f" · {item.created_by}" if item.created_by else ""
            entry.setToolTip(f"{item.mime}\n{item.created_at}{who}\nsha256 {item.sha256}")
            self.list.addItem(entry)
        if documents:
            self.list.setCurrentRow(0)
        self._enable()

    def attach(self, paths: Sequence[str | Path]) -> bool:
        """Attach files to the record on the card; all or none, refusals said plainly."""
        if not self.record_id or not paths:
            return False
        record_id = self.record_id
        try:
            result = service.attach_files(self.operations.catalogue, record_id, list(paths))
        except service.AttachRefused as refused:
            lang = self.operations.lang
            self.operations.report_error(" ".join(r.message(lang) for r in refused.refusals))
            return False
        except Exception as error:  # noqa: BLE001 - every failure reaches the officer
            self.operations.report(error)
            return False
        text = self.tr("Adjuntar {count} documentos").format(count=len(result.added))
        self.operations.undo_stack.push(_AttachCommand(self, record_id, result.added, text))
        self._announce(record_id)
        return True

    def add_chosen(self) -> None:
        self.attach(self.choose_files(self))

    def open_selected(self) -> Path | None:
        item = self.selected()
        if item is None:
            return None
        try:
            copy = service.private_copy(self.operations.catalogue, item)
        except Exception as error:  # noqa: BLE001
            self.operations.report(error)
            return None
        self.private_copies.append(copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def save_selected(self) -> Path | None:
        item = self.selected()
        if item is None:
            return None
        target = self.choose_target(self, item.name)
        if not target:
            return None
        try:
            saved = service.save_copy(self.operations.catalogue, item, Path(target))
        except Exception as error:  # noqa: BLE001
            self.operations.report(error)
            return None
        self.notice.emit(self.tr("Copia guardada en {path}").format(path=saved))
        return saved

    def rename_selected(self) -> None:
        item = self.selected()
        if item is None or not self.record_id:
            return
        new = self.ask_name(self, item.name)
        if not new or new == item.name:
            return
        try:
            service.rename(self.operations.catalogue, self.record_id, item.name, new)
        except Exception as error:  # noqa: BLE001
            self.operations.report(error)
            return
        self._announce(self.record_id)

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None or not self.record_id:
            return
        record_id = self.record_id
        try:
            removed = service.detach(self.operations.catalogue, record_id, item.name)
        except Exception as error:  # noqa: BLE001
            self.operations.report(error)
            return
        text = self.tr("Quitar «{name}»").format(name=item.name)
        self.operations.undo_stack.push(_DetachCommand(self, removed, text))
        self._announce(record_id)
        self.notice.emit(self.tr("Adjunto quitado; Edición ▸ Deshacer lo devuelve."))

    def selected(self) -> Attachment | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def forget_private_copies(self) -> None:
        service.forget_private_copies(self.private_copies)
        self.private_copies.clear()

    # Private -------------------------------------------------------------------------

    def _announce(self, record_id: str) -> None:
        record = self.operations.catalogue.find(record_id)
        kinds = frozenset({record.kind.value}) if record else frozenset()
        self.operations.announce(Changes(records=frozenset({record_id}), kinds=kinds))

    def _on_changes(self, changes: Changes) -> None:
        if self.record_id and changes.touches_record(self.record_id):
            self.show_record(self.record_id)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.buttons["add"].setEnabled(bool(self.record_id))
        for key in ("open", "save", "rename", "remove"):
            self.buttons[key].setEnabled(chosen)


class FileDrops(QObject):
    """Lets files dropped on a widget (the card) reach `attach`."""

    def __init__(self, attach: Callable[[list[str]], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._attach = attach

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        moving = event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if moving and isinstance(event, QDragEnterEvent | QDropEvent) and _local_files(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = _local_files(event)
            if files:
                event.acceptProposedAction()
                self._attach(files)
                return True
        return super().eventFilter(watched, event)


class _AttachCommand(QUndoCommand):
    """Undo removes the documents just attached; redo puts the same ones back."""

    def __init__(
        self, panel: AttachmentsPanel, record_id: str, added: list[Attachment], text: str
    ) -> None:
        super().__init__(text)
        self.panel, self.record_id, self.added = panel, record_id, added
        self.removed: list[service.Removed] = []
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        catalogue = self.panel.operations.catalogue
        for removed in self.removed:
            service.put_back(catalogue, removed)
        self.removed = []
        self.panel._announce(self.record_id)

    def undo(self) -> None:
        catalogue = self.panel.operations.catalogue
        try:
            self.removed = [
                service.detach(catalogue, self.record_id, item.name) for item in self.added
            ]
        except Exception as error:  # noqa: BLE001 - renamed or removed since
            self.panel.operations.report(error)
            self.setObsolete(True)
        self.panel._announce(self.record_id)


class _DetachCommand(QUndoCommand):
    """Undo puts the removed document back, same id, name, bytes and stamps."""

    def __init__(self, panel: AttachmentsPanel, removed: service.Removed, text: str) -> None:
        super().__init__(text)
        self.panel, self.removed = panel, removed
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        catalogue = self.panel.operations.catalogue
        try:
            service.detach(catalogue, self.removed.record_id, self.removed.attachment.name)
        except Exception as error:  # noqa: BLE001
            self.panel.operations.report(error)
            self.setObsolete(True)
        self.panel._announce(self.removed.record_id)

    def undo(self) -> None:
        try:
            service.put_back(self.panel.operations.catalogue, self.removed)
        except Exception as error:  # noqa: BLE001
            self.panel.operations.report(error)
            self.setObsolete(True)
        self.panel._announce(self.removed.record_id)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
