"""Shared fixtures: a fresh catalogue file per test, in a data folder of its own."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402

from lazos_desktop.services import Catalogue  # noqa: E402

# What the offscreen platform says about itself, not about our windows.
QT_NOISE = (
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    re.compile(r"This plugin does not support (raise|grabbing the keyboard|setParent)"),
)
QT_FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


@pytest.fixture(autouse=True)
def _qt_warnings_fail() -> Iterator[list[str]]:
    """A warning Qt prints during a test (a bad signal connection, a painter misused, a
    model index out of range) fails the test, unless it is the platform's known noise."""
    said: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if previous is not None:
            previous(kind, context, message)
        if kind in QT_FAILING and not any(noise.search(message) for noise in QT_NOISE):
            said.append(message)

    previous = qInstallMessageHandler(handler)
    yield said
    qInstallMessageHandler(previous)
    assert said == [], f"Qt warned during the test: {said}"


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
