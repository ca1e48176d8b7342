"""The bulk import path of the store: codes, index, history, and the schema step it needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue
from lazos_desktop.store import import_batches as batches
from lazos_desktop.store import migrations
from lazos_desktop.store.queries import RecordQuery


def _practice(title: str, code: str = "") -> Practice:
    return Practice(title=title, code=code, countries=["PE"], axes=["empleo"], synthetic=True)


def test_bulk_write_numbers_codes_indexes_and_records_history(catalogue: Catalogue) -> None:
    store = catalogue.store
    taken = store.get("BP-001").code
    records = [
        _practice("Ejemplo ficticio uno", taken),
        _practice("Ejemplo ficticio dos", "BP-050"),
    ]
    records.append(_practice("Ejemplo ficticio tres"))
    done = batches.write_import(store, batches.ImportWrite(created=records), "Ana")
    codes = [record.code for record in done.created]
    assert codes[1] == "BP-050" and codes[0] not in ("BP-001", "BP-050")
    assert len(set(codes)) == 3
    assert store.count(RecordQuery(text="ficticio")) == 3
    assert store.count(RecordQuery(country="PE", text="dos")) == 1
    assert all(store.history(record.id) for record in done.created)
    assert catalogue.check().ok


def test_a_version_1_catalogue_gains_the_import_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.sqlite3"
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        patched.setattr(migrations, "SCHEMA_VERSION", 1)
        Catalogue.open(path, seed=False).close()  # rows of v1 have no due columns
    opened = Catalogue.open(path)
    try:
        assert opened.store.schema_version() == migrations.SCHEMA_VERSION >= 2
        tables = set(opened.store.db.table_names())
        assert {"record_sync", "import_batches", "import_batch_items"} <= tables
        assert batches.last_batch(opened.store) is None
    finally:
        opened.close()
