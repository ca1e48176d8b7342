"""Undo and redo as commands that apply the inverse of what a service returned.

Every change is written to the catalogue first (so a failure reaches the officer before the
undo stack changes); the command is then pushed with the returned `Change`, and its first
`redo` does nothing. Undo re-applies the recorded state: update back to `before`, create
undone by delete, delete undone by `restore(before)`, link undone by unlink. Never a
snapshot of the whole catalogue (as orange-canvas-core's document commands).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from lazos_desktop.services import Catalogue, Change


class ChangeTarget(Protocol):
    """What a command needs: the catalogue, where to announce a change and to report."""

    @property
    def catalogue(self) -> Catalogue: ...

    def apply_change(self, change: Change, origin: str = "") -> None: ...

    def report(self, error: BaseException) -> str: ...


class ChangeCommand(QUndoCommand):
    """A change already written; `undo`/`redo` write its inverse and its repeat."""

    def __init__(self, target: ChangeTarget, change: Change, text: str) -> None:
        super().__init__(text)
        self.target = target
        self.change = change
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def forward(self, catalogue: Catalogue) -> Change:
        raise NotImplementedError

    def backward(self, catalogue: Catalogue) -> Change:
        raise NotImplementedError

    def _run(self, step: Callable[[Catalogue], Change]) -> None:
        try:
            change = step(self.target.catalogue)
        except Exception as error:  # noqa: BLE001 - said in the window's language
            self.target.report(error)
            self.setObsolete(True)
            return
        self.target.apply_change(change)


class UpdateCommand(ChangeCommand):
    def forward(self, catalogue: Catalogue) -> Change:
        return catalogue.update(self.change.after[0])

    def backward(self, catalogue: Catalogue) -> Change:
        return catalogue.update(self.change.before[0])


class CreateCommand(ChangeCommand):
    """A created (or duplicated) record: undo deletes it, redo puts the same one back."""

    def forward(self, catalogue: Catalogue) -> Change:
        return catalogue.restore(self.change.after[0])

    def backward(self, catalogue: Catalogue) -> Change:
        return catalogue.delete(self.change.after[0].id)


class DeleteCommand(ChangeCommand):
    """A deleted record: undo restores it whole, with its code, stamps, links and documents."""

    def forward(self, catalogue: Catalogue) -> Change:
        return catalogue.delete(self.change.before[0].id)

    def backward(self, catalogue: Catalogue) -> Change:
        return catalogue.restore(self.change.before[0], self.change.documents)


class LinkCommand(ChangeCommand):
    def forward(self, catalogue: Catalogue) -> Change:
        return catalogue.link(*self.change.ids[:2])

    def backward(self, catalogue: Catalogue) -> Change:
        return catalogue.unlink(*self.change.ids[:2])


class UnlinkCommand(ChangeCommand):
    def forward(self, catalogue: Catalogue) -> Change:
        return catalogue.unlink(*self.change.ids[:2])

    def backward(self, catalogue: Catalogue) -> Change:
        return catalogue.link(*self.change.ids[:2])


class ImportCommand(ChangeCommand):
    """A whole import as one step above the edits made before it.

    Undo takes the import back as Edit → Deshacer la última importación does (refused, and
    the step dropped, when another import came after it); redo writes again what it
    brought, the imported values included, as a new import of the same files.
    """

    def __init__(self, target: ChangeTarget, change: Change, text: str, batch: int) -> None:
        super().__init__(target, change, text)
        self.batch = batch
        self.undone_elsewhere = False

    def forward(self, catalogue: Catalogue) -> Change:
        from lazos_desktop.services import exchange_files  # loaded with the first import

        self.change, self.batch = exchange_files.redo_import(catalogue, self.change, self.batch)
        return self.change

    def backward(self, catalogue: Catalogue) -> Change:
        if self.undone_elsewhere:  # the wizard's own button already took it back
            self.undone_elsewhere = False
            return Change("import_undone", self.change.ids, self.change.kinds)
        from lazos_desktop.services import exchange_files

        return exchange_files.undo_last_import(catalogue, self.batch)


def command_for(target: ChangeTarget, change: Change, text: str) -> ChangeCommand | None:
    """The undo command for a change a service returned; None when nothing changed."""
    classes: dict[str, type[ChangeCommand]] = {
        "updated": UpdateCommand,
        "created": CreateCommand,
        "deleted": DeleteCommand,
        "linked": LinkCommand,
        "unlinked": UnlinkCommand,
    }
    chosen = classes.get(change.action)
    return chosen(target, change, text) if chosen and change.changed else None
