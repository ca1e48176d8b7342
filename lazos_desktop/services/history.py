"""A record's history and the revert of one past change, itself an undoable change.

Apart from `safety` (backups and restore), which the catalogue itself uses: history works on
the `Catalogue`, so it sits above it.
"""

from __future__ import annotations

from lazos_desktop.domain.records import record_from_dict, record_to_dict
from lazos_desktop.domain.validation import RecordInvalid
from lazos_desktop.services.catalogue import Catalogue, Change
from lazos_desktop.store.catalogue_store import HistoryEntry
from lazos_desktop.store.errors import CatalogueError


class RevertImpossible(CatalogueError):
    exit_code = 1


def record_history(catalogue: Catalogue, record_id: str, limit: int = 500) -> list[HistoryEntry]:
    """Who changed what and when for one record, newest first (field, before, after)."""
    record = catalogue.find(record_id)
    return catalogue.history(record.id if record else record_id, limit)


def revert_change(catalogue: Catalogue, entry: HistoryEntry) -> Change:
    """Undo one past change; the revert is itself a change, recorded in history.

    The returned `Change` is what the window pushes on its undo stack, so a revert can be
    undone like any edit.
    """
    current = catalogue.find(entry.record_id)
    if entry.operation == "update":
        if current is None:
            raise RevertImpossible("revert_record_gone", ref=entry.code or entry.record_id)
        data = record_to_dict(current)
        data[entry.field] = entry.before
        record, problems = catalogue.parse(current.kind, data)
        if record is None or problems:
            raise RecordInvalid(problems)
        return catalogue.update(record)
    if entry.operation in ("create", "restore"):
        if current is None:
            raise RevertImpossible("revert_record_gone", ref=entry.code or entry.record_id)
        return catalogue.delete(current.id)
    if entry.operation == "delete":
        if current is not None:
            raise RevertImpossible("revert_record_exists", ref=entry.code or entry.record_id)
        before = dict(entry.before or {})
        return catalogue.restore(record_from_dict(before.pop("kind"), before))
    if entry.operation in ("link", "unlink"):
        if current is None:
            raise RevertImpossible("revert_record_gone", ref=entry.code or entry.record_id)
        if entry.operation == "link":
            return catalogue.unlink(entry.record_id, str(entry.after))
        return catalogue.link(entry.record_id, str(entry.before))
    raise RevertImpossible("revert_unknown_operation", operation=entry.operation)
