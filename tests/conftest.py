"""Shared fixtures: a fresh catalogue file per test, in a data folder of its own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lazos_desktop.services import Catalogue  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and default catalogues of a test never touch the real user folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LAZOS_DATA_DIR", str(folder))
    monkeypatch.delenv("LAZOS_DB", raising=False)
    monkeypatch.delenv("LAZOS_LANG", raising=False)
    return folder


@pytest.fixture
def catalogue_path(tmp_path: Path) -> Path:
    return tmp_path / "catalogo.sqlite3"


@pytest.fixture
def catalogue(catalogue_path: Path) -> Iterator[Catalogue]:
    opened = Catalogue.open(catalogue_path, officer="Ana Pérez")
    yield opened
    opened.close()


@pytest.fixture
def empty_catalogue(catalogue_path: Path) -> Iterator[Catalogue]:
    opened = Catalogue.open(catalogue_path, officer="Ana Pérez", seed=False)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def big_catalogue_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 synthetic records plus the seeds, built once per run; tests only read it."""
    folder = tmp_path_factory.mktemp("big")
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    path = folder / "grande.sqlite3"
    catalogue = Catalogue.open(path)
    catalogue.add_synthetic(100_000, seed=7)
    catalogue.close()
    return path
