"""SQLite's defensive settings, applied to every connection this program opens on a file.

A catalogue arrives by mail or a USB key, so its schema is input like any other. With
``trusted_schema`` off, SQL stored in the file (views, triggers, defaults, generated columns)
may call only functions SQLite marks innocuous; ``cell_size_check`` makes SQLite test each
b-tree cell's size as it reads a page, so a crafted page is reported as damage rather than
read past its end. ``SQLITE_DBCONFIG_DEFENSIVE`` (no ``writable_schema``, read-only shadow
tables) is reachable only through ``Connection.setconfig``, which Python 3.12 added; on 3.11
it is applied when the interpreter offers it and otherwise left to the schema check
(`schema_objects`), which refuses any file whose objects are not the program's own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lazos_desktop.store.sqlite_uri import read_only_uri


def harden(connection: sqlite3.Connection) -> None:
    """Turn on the defensive settings; call before the first statement that reads the schema."""
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    setconfig = getattr(connection, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


def trust_verified_schema(connection: sqlite3.Connection) -> None:
    """Let the file's own views and triggers call SQLite's JSON functions, once every schema
    object has been found to be one the migrations create (`schema_objects`).

    The search index reads each document through the view `search_source`, which takes the
    texts out of the records' JSON; SQLite 3.40 does not mark its JSON functions innocuous,
    so with ``trusted_schema`` off every write of a record would fail. The file's schema is
    then byte for byte the program's own, so trusting it lets in no SQL of the sender's;
    the other defensive settings stay on.
    """
    connection.execute("PRAGMA trusted_schema = ON")


def connect_read_only(path: Path | str, timeout: float = 5.0) -> sqlite3.Connection:
    """A hardened read-only connection to `path` (never creates it; any name is safe)."""
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    try:
        harden(connection)
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def defensive_mode_available() -> bool:
    """Whether this interpreter can turn on ``SQLITE_DBCONFIG_DEFENSIVE`` (Python 3.12+)."""
    return hasattr(sqlite3.Connection, "setconfig") and hasattr(
        sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"
    )
