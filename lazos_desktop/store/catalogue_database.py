"""The object the store works through: the SQLite connection for reading, sqlite-utils beyond.

Opening a catalogue and reading it (a brief, a listing, the window's first rows) runs only
statements that sqlite-utils' `Database.execute` passes straight to the connection (and every
opening builds the reference schema from the migrations in memory, inside transactions); importing
sqlite-utils (with click, dateutil and pluggy behind it) was about 30 ms of a 0.27 s brief
process. So the store holds a `CatalogueDatabase`: a statement that cannot open a transaction,
or any statement inside one, goes to the connection itself, and the first other call (a
write outside a transaction, `atomic`, `table`, `executescript`, ...) builds the sqlite-utils
`Database` over the same connection and hands over to it, so that writing keeps exactly
sqlite-utils' behaviour. Nothing about the opening changes: the same connection, the same
checks (`connection.open_database`), the same statements.

Python's `sqlite3` (legacy transaction control, the only kind sqlite-utils accepts) opens a
transaction by itself only before a statement that starts with INSERT, UPDATE, DELETE or
REPLACE; for any other, and for everything inside a transaction, sqlite-utils' `execute` is
the connection's own. No sqlite-utils plugin runs on a catalogue (none ships with the
program): looking for them reads the entry points of every installed package, about 20 ms.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlite_utils import Database

# What Python's sqlite3 opens a transaction before (CPython's own test: the statement's
# first word, after blanks, compared without case).
_OPENS_A_TRANSACTION = ("insert", "update", "delete", "replace")
_BLANKS = " \t\r\n"


def over(connection: sqlite3.Connection) -> Database:
    """The store's `Database` over `connection` (see the module's docstring)."""
    return cast("Database", CatalogueDatabase(connection))


class CatalogueDatabase:
    """Reads through `conn`; everything else through sqlite-utils, loaded when first needed."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.conn = connection
        self._full: Database | None = None
        self._building = threading.Lock()
        # What sqlite-utils' Database does on creation, done now so that triggers behave the
        # same before and after it is loaded.
        connection.execute("PRAGMA recursive_triggers=on;")

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        if self.conn.in_transaction or not _may_open_a_transaction(sql):
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)
        return self.full().execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """The statements of `sql` in turn; as sqlite-utils does, inside a transaction they
        run one by one (the connection's own `executescript` would commit it first)."""
        if not self.conn.in_transaction:
            return self.conn.executescript(sql)
        cursor = self.conn.cursor()
        for statement in statements(sql):
            cursor.execute(statement)
        return cursor

    def close(self) -> None:
        self.conn.close()

    def full(self) -> Database:
        """sqlite-utils' `Database` over the same connection (built once)."""
        with self._building:
            if self._full is None:
                from sqlite_utils import Database

                self._full = Database(self.conn, execute_plugins=False, recursive_triggers=False)
            return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in {"conn", "_full", "_building"}:
            raise AttributeError(name)
        return getattr(self.full(), name)

    def __getitem__(self, table: str) -> Any:
        return self.full()[table]


def statements(script: str) -> list[str]:
    """The complete statements of `script`, cut at the semicolons that end one (SQLite's own
    `complete_statement` decides: not those inside quotes, comments or a trigger's body)."""
    found: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(_BLANKS + ";"):
                found.append(pending)
            pending = ""
    if pending.strip(_BLANKS + ";"):
        found.append(pending)  # an unfinished statement: SQLite reports it as such
    return found


def _may_open_a_transaction(sql: str) -> bool:
    return sql.lstrip(_BLANKS)[:7].lower().startswith(_OPENS_A_TRANSACTION)
