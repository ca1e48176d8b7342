"""The use cases the window and the command line share: thin, no Qt, no SQL, no file format.

One module per family of use cases (the catalogue itself, exchange of files, briefs, safety)
so that each reads top-down; this package re-exports what callers use most, and `values`
names the types they receive.

The re-exports load when first named (PEP 562 `__getattr__`), not with the package: the
command line imports `services` at its top, and opening the window or printing `--help`
must not pay for the record models, SQLite helpers and backups behind them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lazos_desktop.services.catalogue import (
        Catalogue,
        Change,
        CheckReport,
        Figures,
        dumps,
        record_json,
    )
    from lazos_desktop.services.safety import restore_backup
    from lazos_desktop.services.values import (
        BackupFailed,
        BackupInfo,
        CatalogueError,
        HistoryEntry,
        Page,
        RecordQuery,
        Summary,
    )

# Each re-exported name and the module of this package it comes from.
_HOMES = {
    "Catalogue": "catalogue",
    "Change": "catalogue",
    "CheckReport": "catalogue",
    "Figures": "catalogue",
    "dumps": "catalogue",
    "record_json": "catalogue",
    "restore_backup": "safety",
    "BackupFailed": "values",
    "BackupInfo": "values",
    "CatalogueError": "values",
    "HistoryEntry": "values",
    "Page": "values",
    "RecordQuery": "values",
    "Summary": "values",
}

__all__ = [
    "BackupFailed",
    "BackupInfo",
    "Catalogue",
    "CatalogueError",
    "Change",
    "CheckReport",
    "Figures",
    "HistoryEntry",
    "Page",
    "RecordQuery",
    "Summary",
    "dumps",
    "record_json",
    "restore_backup",
]


def __getattr__(name: str) -> Any:
    """A re-exported name, importing its module on first use; submodules are not here
    (`from lazos_desktop.services import briefs` imports them as usual)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
