"""The one family of errors the store raises; each maps to an exit code at the edge.

An error carries a message key and its parameters rather than a finished sentence, so the
command line and the window can say it in the officer's language.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from lazos_desktop.domain import messages

# What SQLite raises; callers above the store catch this through `as_catalogue_error`
# rather than importing sqlite3 themselves.
StorageFault = sqlite3.Error


class CatalogueError(Exception):
    exit_code = 1

    def __init__(self, key: str, path: Path | str | None = None, **params: Any) -> None:
        self.key = key
        self.path = Path(path) if path is not None else None
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "es") -> str:
        return messages.render(self.key, lang, path=str(self.path or ""), **self.params)


class CatalogueMissing(CatalogueError):
    exit_code = 1


class CatalogueBusy(CatalogueError):
    """Another program holds the file for writing longer than the busy timeout."""

    exit_code = 1


class CatalogueReadOnly(CatalogueError):
    exit_code = 1


class CatalogueFull(CatalogueError):
    """The disk (or the file's size limit) is full; the transaction was rolled back."""

    exit_code = 1


class RecordNotFound(CatalogueError):
    exit_code = 1


class BackupFailed(CatalogueError):
    """A backup could not be written or did not verify; nothing was replaced."""

    exit_code = 1


class NotACatalogue(CatalogueError):
    exit_code = 3


class ForeignCatalogue(NotACatalogue):
    """The file holds schema objects (triggers, views, tables, indexes) this program does not
    create; `objects` names them. Its records can still be imported into a clean catalogue."""

    exit_code = 3


class ForeignJournal(CatalogueError):
    """A journal beside the file did not belong to it; file and journal were put back."""

    exit_code = 3


class CatalogueMoved(CatalogueError):
    """The file at the catalogue's path is no longer the one opened (moved, replaced, deleted)."""

    exit_code = 1


class OutputRefused(CatalogueError):
    """An output path that is not a plain file in an existing folder; nothing was written."""

    exit_code = 1


class CatalogueDamaged(CatalogueError):
    exit_code = 3


class RecordUnreadable(CatalogueDamaged, ValueError):
    """A row of `records` whose stored body no longer reads as a record (edited by another
    program, or damaged): the catalogue is damaged, and `check` names the row. A ValueError
    too, so that the checks that walk every row count it among the unreadable ones."""

    exit_code = 3


class CatalogueTooNew(CatalogueError):
    exit_code = 3


def as_catalogue_error(error: sqlite3.Error, path: Path | str | None) -> CatalogueError:
    """The officer-readable error for what SQLite said about `path`."""
    text = str(error)
    lowered = text.lower()
    if "full" in lowered:
        return CatalogueFull("catalogue_full", path, detail=text)
    if "locked" in lowered or "busy" in lowered:
        return CatalogueBusy("catalogue_busy", path)
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return CatalogueReadOnly("cannot_write", path, detail=text)
    if "disk i/o" in lowered:
        return CatalogueReadOnly("cannot_write", path, detail=text)
    return CatalogueDamaged("catalogue_damaged", path, detail=text)
