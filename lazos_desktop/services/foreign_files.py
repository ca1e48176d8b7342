"""Catalogue files refused for objects of someone else's: their check report, and the way
to keep their records by importing them into a clean catalogue."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from lazos_desktop import paths
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.services.catalogue import Catalogue, CheckReport
from lazos_desktop.store.checks import check_read_only
from lazos_desktop.store.errors import CatalogueError, ForeignCatalogue

__all__ = [
    "CleanImportRefused",
    "ForeignCatalogue",
    "check_refused_file",
    "clean_catalogue_path",
    "import_into_clean",
    "shell_command",
]


class CleanImportRefused(CatalogueError):
    """Records of a refused file that do not pass the import's checks: no clean catalogue."""

    exit_code = 1


CLEAN_WORD = {"es": "limpio", "en": "clean", "pt": "limpo"}


def check_refused_file(path: Path | str) -> CheckReport:
    """The `check` report of a file refused on opening, read without changing a byte.

    Its records are validated against the shipped vocabularies: the file's own are part of
    what is not trusted.
    """
    from lazos_desktop.interchange.seed_files import read_vocabularies

    terms = read_vocabularies(paths.seeds_folder() / "vocabularies.json")
    return CheckReport(check_read_only(Path(path), lambda: Vocabularies.from_terms(terms)))


def clean_catalogue_path(refused: Path, lang: str = "es") -> Path:
    """A name beside `refused` for the clean catalogue its records go into; never an existing
    file (decided by name only: nothing is opened)."""
    word = CLEAN_WORD.get(lang, CLEAN_WORD["es"])
    folder = refused.parent
    candidate = folder / f"{refused.stem}-{word}.sqlite3"
    number = 2
    while candidate.exists():
        candidate = folder / f"{refused.stem}-{word}-{number}.sqlite3"
        number += 1
    return candidate


def shell_command(words: list[str]) -> str:
    """`words` as one line the officer can paste into the system's terminal."""
    if os.name == "nt":
        return subprocess.list2cmdline(words)
    return shlex.join(words)


def import_into_clean(refused: Path, officer: str = "", lang: str = "es") -> Path:
    """A new catalogue beside `refused` holding its records, imported and checked like any
    file's; what the window offers when it refuses a file. The new catalogue starts without
    the seeded records, so it holds what the refused file held.

    `ImportRefused` (rows that do not pass) leaves no new file behind.
    """
    from lazos_desktop.services import exchange_files  # the importers: only when asked

    clean = clean_catalogue_path(refused, lang)
    catalogue = Catalogue.open(clean, officer, seed=False, daily_backup=False)
    try:
        exchange_files.import_files(catalogue, [refused], lang=lang, on_conflict="theirs")
    except BaseException as error:
        catalogue.close()
        for suffix in ("", "-wal", "-shm"):
            clean.with_name(clean.name + suffix).unlink(missing_ok=True)
        if isinstance(error, exchange_files.ImportRefused):
            problems = error.plan.problems
            first = problems[0].message(lang) if problems else ""
            raise CleanImportRefused(
                "clean_import_refused", refused, count=len(problems), first=first
            ) from error
        raise
    catalogue.close()
    return clean
