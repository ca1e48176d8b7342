"""The use cases the window and the command line share: thin, no Qt, no SQL, no file format.

One module per family of use cases (the catalogue itself, exchange of files, briefs, safety)
so that each reads top-down; this package re-exports what callers use most.
"""

from lazos_desktop.services.catalogue import (
    Catalogue,
    Change,
    CheckReport,
    dumps,
    record_json,
)
from lazos_desktop.services.safety import restore_backup

__all__ = ["Catalogue", "Change", "CheckReport", "dumps", "record_json", "restore_backup"]
