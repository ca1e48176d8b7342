"""The one family of errors the store raises; each maps to an exit code at the edge.

An error carries a message key and its parameters rather than a finished sentence, so the
command line and the window can say it in the officer's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lazos_desktop.domain import messages


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
    exit_code = 1


class CatalogueReadOnly(CatalogueError):
    exit_code = 1


class RecordNotFound(CatalogueError):
    exit_code = 1


class NotACatalogue(CatalogueError):
    exit_code = 3


class CatalogueDamaged(CatalogueError):
    exit_code = 3


class CatalogueTooNew(CatalogueError):
    exit_code = 3
