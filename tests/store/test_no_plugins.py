"""No sqlite-utils plugin runs on a catalogue: the store never asks for them (looking for
them reads the entry points of every installed package, a cost at each start)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils.db

from lazos_desktop.services import Catalogue
from lazos_desktop.store import schema_objects


def test_opening_checking_and_backing_up_load_no_plugin(
    catalogue_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse() -> None:
        raise AssertionError("sqlite-utils plugins were looked for")

    monkeypatch.setattr(sqlite_utils.db, "ensure_plugins_loaded", refuse)
    schema_objects._snapshots.cache_clear()
    schema_objects.reference.cache_clear()
    Catalogue.open(catalogue_path, officer="Ana").close()  # new: migrations, seeds
    catalogue = Catalogue.open(catalogue_path, officer="Ana")  # existing: its objects compared
    try:
        assert catalogue.check().ok
        assert catalogue.backup(tmp_path / "copia.sqlite3").exists()
    finally:
        catalogue.close()
