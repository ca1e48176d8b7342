"""Reverting one change from a record's history: itself recorded, and undoable."""

from __future__ import annotations

import pytest

from lazos_desktop.services import Catalogue, history
from lazos_desktop.services.history import RevertImpossible
from lazos_desktop.store.catalogue_store import HistoryEntry


def latest(catalogue: Catalogue, ref: str, operation: str, field: str = "") -> HistoryEntry:
    record = catalogue.find(ref)
    entries = history.record_history(catalogue, record.id if record else ref)
    return next(e for e in entries if e.operation == operation and e.field == field)


def test_history_lists_who_what_and_when(catalogue: Catalogue) -> None:
    record = catalogue.get("BP-001")
    catalogue.update(record.model_copy(update={"summary": "Resumen nuevo", "year": 2024}))
    entries = history.record_history(catalogue, "BP-001")
    fields = {e.field: e for e in entries if e.operation == "update"}
    assert set(fields) == {"summary", "year"}
    assert fields["summary"].who == "Ana Pérez"
    assert fields["summary"].before == record.summary and fields["summary"].after == "Resumen nuevo"
    assert fields["summary"].at.endswith("Z")
    assert entries == sorted(entries, key=lambda e: e.h, reverse=True)


def test_revert_an_update_then_undo_the_revert(catalogue: Catalogue) -> None:
    original = catalogue.get("BP-001")
    catalogue.update(original.model_copy(update={"title": "Título cambiado", "year": 2020}))
    change = history.revert_change(catalogue, latest(catalogue, "BP-001", "update", "title"))
    reverted = catalogue.get("BP-001")
    assert reverted.title == original.title
    assert reverted.year == 2020  # only the one field goes back
    assert change.action == "updated" and [f.field for f in change.fields] == ["title"]
    assert latest(catalogue, "BP-001", "update", "title").after == original.title
    # The window undoes a revert by writing back the state the Change carries.
    catalogue.update(change.before[0])
    assert catalogue.get("BP-001").title == "Título cambiado"


def test_revert_a_nested_field(catalogue: Catalogue) -> None:
    exchange = catalogue.get("EX-001")
    milestones = list(exchange.milestones)  # type: ignore[attr-defined]
    catalogue.update(exchange.model_copy(update={"milestones": milestones[:1]}))
    history.revert_change(catalogue, latest(catalogue, "EX-001", "update", "milestones"))
    assert catalogue.get("EX-001").milestones == milestones  # type: ignore[attr-defined]


def test_revert_a_deletion_puts_the_record_back_with_its_links(catalogue: Catalogue) -> None:
    record = catalogue.get("EX-001")
    assert record.links
    catalogue.delete("EX-001")
    change = history.revert_change(catalogue, latest(catalogue, record.id, "delete"))
    back = catalogue.get("EX-001")
    assert back.id == record.id and back.links == record.links
    assert change.action == "created"
    with pytest.raises(RevertImpossible) as caught:
        history.revert_change(catalogue, latest(catalogue, record.id, "delete"))
    assert "ya está" in caught.value.message("es")


def test_revert_a_creation_deletes_the_record(catalogue: Catalogue) -> None:
    created = catalogue.duplicate("BP-001").after[0]
    change = history.revert_change(catalogue, latest(catalogue, created.id, "create"))
    assert catalogue.find(created.id) is None
    assert change.action == "deleted"
    catalogue.restore(change.before[0])  # the window's undo of the revert
    assert catalogue.find(created.id) is not None


def test_revert_a_link_and_an_unlink(catalogue: Catalogue) -> None:
    practice, tool = catalogue.get("BP-001"), catalogue.get("TB-001")
    catalogue.link(practice.id, tool.id)
    history.revert_change(catalogue, latest(catalogue, practice.id, "link", "links"))
    assert tool.id not in catalogue.get("BP-001").links
    history.revert_change(catalogue, latest(catalogue, practice.id, "unlink", "links"))
    assert tool.id in catalogue.get("BP-001").links


def test_revert_of_a_change_to_a_deleted_record_is_refused(catalogue: Catalogue) -> None:
    record = catalogue.get("TB-001")
    catalogue.update(record.model_copy(update={"summary": "otro"}))
    entry = latest(catalogue, "TB-001", "update", "summary")
    catalogue.delete("TB-001")
    with pytest.raises(RevertImpossible) as caught:
        history.revert_change(catalogue, entry)
    assert "TB-001" in caught.value.message("es")
    assert caught.value.exit_code == 1
