"""A file's `created_at` and `updated_at` decide merges: they are read as instants, and one
that is not a date or lies in the future is refused (issue 14, second pass).

Stamps were compared as text. A record arriving with `updated_at` 9999-12-31 (or "ayer",
which sorts after every digit) moved its sync stamp there; the officer then edited it, and
the next, older copy of the record from a colleague replaced that edit with no conflict.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue, exchange_files

RECORD_ID = "22222222-2222-4222-8222-222222222222"
BASE = {
    "kind": "practice",
    "id": RECORD_ID,
    "title": "Original",
    "countries": ["PE"],
    "axes": ["empleo"],
    "created_at": "2024-01-01T00:00:00Z",
}


def _file(folder: Path, name: str, **fields: object) -> Path:
    path = folder / name
    path.write_text(json.dumps([{**BASE, **fields}]), encoding="utf-8")
    return path


@pytest.mark.parametrize("stamp", ["9999-12-31T23:59:59Z", "2999-01-01", "ayer", "31/12/2024"])
def test_a_stamp_that_is_not_a_past_instant_refuses_the_row(
    stamp: str, catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _file(tmp_path, "a.json", updated_at=stamp)
    with pytest.raises(exchange_files.ImportRefused) as refused:
        exchange_files.import_files(catalogue, [path], lang="es")
    (problem,) = refused.value.plan.problems
    text = problem.message("es")
    assert stamp in text
    assert ("futuro" in text) or ("no es una fecha" in text)
    assert catalogue.store.find(RECORD_ID) is None


def test_the_officers_edit_is_not_replaced_by_an_older_copy(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    first = _file(tmp_path, "a.json", updated_at="2024-05-01T00:00:00Z")
    exchange_files.import_files(catalogue, [first], lang="es")
    record = catalogue.get(RECORD_ID)
    catalogue.update(record.model_copy(update={"title": "Edición local"}))
    older = _file(tmp_path, "b.json", title="Copia vieja", updated_at="2024-06-01T00:00:00Z")
    with pytest.raises(exchange_files.ConflictsUnsettled):
        exchange_files.import_files(catalogue, [older], lang="es")
    assert catalogue.get(RECORD_ID).title == "Edición local"


@pytest.mark.parametrize(
    ("stamp", "stored"),
    [
        ("2024-06-01T10:00:00+02:00", "2024-06-01T08:00:00Z"),
        ("2024-06-01", "2024-06-01T00:00:00Z"),
        ("2024-06-01T08:00:00.250Z", "2024-06-01T08:00:00Z"),
    ],
)
def test_other_iso_forms_are_read_and_stored_in_the_catalogues_form(
    stamp: str, stored: str, catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _file(tmp_path, "a.json", updated_at=stamp)
    exchange_files.import_files(catalogue, [path], lang="es")
    assert catalogue.get(RECORD_ID).updated_at == stored
