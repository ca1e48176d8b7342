"""The use cases the window and the command line share: thin, no Qt, no SQL, no file format.

One module per family of use cases (the catalogue itself, exchange of files, briefs, safety)
so that each reads top-down; this package re-exports what callers use most, and `values`
names the types they receive.
"""

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
