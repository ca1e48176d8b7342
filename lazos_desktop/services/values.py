"""The value types callers of services receive and pass back, named in one place.

The window talks to services only (an import contract forbids `ui -> store`); the records,
queries, rows, history entries, backup descriptions and errors it handles are the store's
and the domain's own types, handed on from here rather than copied.
"""

from lazos_desktop.store.backups import BackupInfo
from lazos_desktop.store.catalogue_store import HistoryEntry
from lazos_desktop.store.errors import BackupFailed, CatalogueError
from lazos_desktop.store.queries import Page, RecordQuery, Summary

__all__ = [
    "BackupFailed",
    "BackupInfo",
    "CatalogueError",
    "HistoryEntry",
    "Page",
    "RecordQuery",
    "Summary",
]
