"""Catalogues the brief tests share, built once per module: rendering is what they test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from lazos_desktop.services import Catalogue


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalogue]:
    """The seeded catalogue, read-only for the tests of a module."""
    folder = tmp_path_factory.mktemp("seeded")
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    opened = Catalogue.open(folder / "catalogo.sqlite3", officer="Ana Pérez")
    yield opened
    opened.close()


def pdf_text(path: Path, pages: range | None = None) -> str:
    """The text of the PDF (or of some pages), with runs of blanks made single spaces."""
    reader = PdfReader(path)
    chosen = pages if pages is not None else range(len(reader.pages))
    return " ".join(" ".join(reader.pages[n].extract_text().split()) for n in chosen)


def outline_titles(path: Path) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(path).outline)
    return titles
