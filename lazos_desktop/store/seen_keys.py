"""Keys met so far in one long import, kept on disk rather than in memory.

An import of a million rows remembers, for each row, its identifier (to refuse a second row
with the same one) and the folded title of each new record (to report a later row as its
duplicate). Held in dictionaries, those took about 200 bytes a row; here each key is a
16-byte hash in a private temporary SQLite file (deleted when closed) whose page cache is
bounded, so the memory an import takes does not grow with its rows.
"""

from __future__ import annotations

import hashlib
import sqlite3

_CACHE_KIB = 4096


class SeenKeys:
    """A map from text keys to short text values, in a temporary file of its own."""

    def __init__(self) -> None:
        # An empty name is SQLite's private temporary database, on disk, removed on close.
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE seen (key BLOB PRIMARY KEY, value TEXT) WITHOUT ROWID")
        self._db.execute("BEGIN")

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM seen WHERE key = ?", [_digest(key)]).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO seen VALUES (?, ?)", [_digest(key), value])

    def setdefault(self, key: str, value: str) -> str | None:
        """The value already held for `key` (kept), or None after holding `value`."""
        digest = _digest(key)
        cursor = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?)", [digest, value])
        if cursor.rowcount:
            return None
        row = self._db.execute("SELECT value FROM seen WHERE key = ?", [digest]).fetchone()
        return str(row[0])

    def close(self) -> None:
        self._db.close()


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()
