"""SQLite URIs built from file paths, escaped so that a path is only ever a path.

SQLite reads `#` as the start of a fragment, `?` as the start of the parameters and `%` as
an escape in a URI: an officer's folder called "Reunión #3" opened as ``file:{path}`` named a
different (new, empty) file. Every URI this program gives SQLite comes from here.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, urlencode


def file_uri(path: Path | str, **parameters: str) -> str:
    """The ``file:`` URI of `path` (made absolute, every special character escaped)."""
    absolute = Path(os.path.abspath(path))
    if absolute.drive.startswith("\\\\"):
        # A Windows share (\\server\share\...): SQLite takes it as an empty authority
        # followed by the whole UNC path.
        location = "file://" + quote(absolute.as_posix(), safe="/:")
    else:
        location = absolute.as_uri()
    if parameters:
        location += "?" + urlencode(parameters)
    return location


def read_only_uri(path: Path | str) -> str:
    """A URI that opens `path` read-only and never creates it."""
    return file_uri(path, mode="ro")
