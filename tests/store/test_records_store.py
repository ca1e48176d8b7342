from __future__ import annotations

import pytest

from lazos_desktop.domain.records import Exchange, Practice, ToolboxEntry
from lazos_desktop.domain.validation import RecordInvalid
from lazos_desktop.services import Catalogue
from lazos_desktop.store.errors import RecordNotFound
from lazos_desktop.store.queries import RecordQuery


def _practice(**changes: object) -> Practice:
    data: dict[str, object] = {
        "title": "Ventanilla única de empleo para personas migrantes",
        "countries": ["PE"],
        "axes": ["empleo"],
        "summary": "Orientación laboral en la municipalidad.",
    }
    data.update(changes)
    return Practice.model_validate(data)


def test_create_assigns_next_code_and_stamps(empty_catalogue: Catalogue) -> None:
    first = empty_catalogue.create(_practice()).after[0]
    second = empty_catalogue.create(_practice(title="Otra")).after[0]
    assert (first.code, second.code) == ("BP-001", "BP-002")
    assert first.updated_by == "Ana Pérez"
    assert empty_catalogue.get("bp-001").title == first.title


def test_seeded_codes_are_not_reused(catalogue: Catalogue) -> None:
    created = catalogue.create(_practice()).after[0]
    assert created.code == "BP-004"


def test_taken_code_is_replaced_not_overwritten(catalogue: Catalogue) -> None:
    created = catalogue.create(_practice(code="BP-001")).after[0]
    assert created.code != "BP-001"
    assert catalogue.get("BP-001").title.startswith("Casa de Acogida")


def test_update_writes_history_per_field(empty_catalogue: Catalogue) -> None:
    record = empty_catalogue.create(_practice()).after[0]
    edited = record.model_copy(update={"title": "Nuevo título", "year": 2024})
    change = empty_catalogue.update(edited)
    assert {f.field for f in change.fields} == {"title", "year"}
    history = empty_catalogue.history(record.id)
    by_field = {entry.field: entry for entry in history if entry.operation == "update"}
    assert by_field["title"].before == record.title
    assert by_field["title"].after == "Nuevo título"
    assert by_field["year"].who == "Ana Pérez"
    assert history[-1].operation == "create"


def test_update_without_changes_writes_nothing(empty_catalogue: Catalogue) -> None:
    record = empty_catalogue.create(_practice()).after[0]
    change = empty_catalogue.update(record)
    assert not change.changed
    assert len(empty_catalogue.history(record.id)) == 1


def test_invalid_record_is_refused_and_nothing_written(empty_catalogue: Catalogue) -> None:
    with pytest.raises(RecordInvalid) as caught:
        empty_catalogue.create(_practice(countries=["QQ"], axes=["astrologia"]))
    assert len(caught.value.problems) == 2
    assert empty_catalogue.count(RecordQuery()) == 0


def test_delete_and_restore_keep_identity_and_links(empty_catalogue: Catalogue) -> None:
    practice = empty_catalogue.create(_practice()).after[0]
    tool = empty_catalogue.create(ToolboxEntry(title="Guía", axes=["empleo"])).after[0]
    empty_catalogue.link(practice.code, tool.code)
    removed = empty_catalogue.delete(practice.code).before[0]
    assert removed.links == [tool.id]
    assert empty_catalogue.find(practice.id) is None
    assert empty_catalogue.get(tool.id).links == []
    assert empty_catalogue.count(RecordQuery(text="ventanilla")) == 0
    empty_catalogue.restore(removed)
    again = empty_catalogue.get(practice.id)
    assert (again.code, again.links) == (practice.code, [tool.id])
    assert empty_catalogue.count(RecordQuery(text="ventanilla")) == 1


def test_links_are_symmetric_and_unique(empty_catalogue: Catalogue) -> None:
    practice = empty_catalogue.create(_practice()).after[0]
    exchange = empty_catalogue.create(
        Exchange(title="Intercambio", parties=[{"country": "AR"}, {"country": "PE"}])
    ).after[0]
    assert empty_catalogue.link(exchange.id, practice.id).action == "linked"
    assert empty_catalogue.link(practice.id, exchange.id).action == "unchanged"
    assert [s.code for s in empty_catalogue.linked(practice.id)] == [exchange.code]
    assert [s.code for s in empty_catalogue.linked(exchange.id)] == [practice.code]
    assert empty_catalogue.unlink(practice.code, exchange.code).action == "unlinked"
    assert empty_catalogue.linked(practice.id) == []


def test_unknown_reference_raises(empty_catalogue: Catalogue) -> None:
    with pytest.raises(RecordNotFound):
        empty_catalogue.get("BP-999")


def test_duplicate_gets_a_new_identity(catalogue: Catalogue) -> None:
    copy = catalogue.duplicate("BP-002").after[0]
    original = catalogue.get("BP-002")
    assert copy.id != original.id and copy.code != original.code
    assert copy.countries == original.countries
    assert copy.title.endswith("(copia)")


def test_check_passes_on_a_fresh_catalogue_and_catches_a_broken_index(
    catalogue: Catalogue,
) -> None:
    assert catalogue.check().ok
    catalogue.store.db.execute("DELETE FROM search WHERE rowid = (SELECT min(n) FROM records)")
    report = catalogue.check()
    assert not report.ok
    assert [f.check for f in report.findings if not f.ok] == ["search_index", "search_rows"]
    catalogue.store.rebuild_search()
    assert catalogue.check().ok
