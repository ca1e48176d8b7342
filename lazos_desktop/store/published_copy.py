"""A published copy: a new, separate SQLite file of plain tables for Datasette to serve.

It is not a catalogue (no application id, no schema version, none of the catalogue's
tables): nothing in it can be opened by this program as a catalogue by mistake, and
nothing of the officer's file (history, import batches, sync stamps, attachments) is in
it. One file, rollback journal (no `-wal` beside it), vacuumed, so that it can be copied
anywhere, served by `datasette serve` or opened by Datasette Lite from a web address.
Full-text search is FTS5 with accents ignored, as in the catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from lazos_desktop.store import output_files

TOKENIZE = "unicode61 remove_diacritics 2"


class TableSpec(Protocol):
    name: str
    columns: list[tuple[str, str]]
    rows: list[dict[str, Any]]
    primary_key: str
    searchable: list[str]
    integers: list[str]

    @property
    def column_names(self) -> list[str]: ...


def write_published(path: Path, tables: Sequence[TableSpec]) -> None:
    """Write `tables` into a new file at `path` (through an exclusive temporary beside it,
    see `output_files`: a plain file in an existing folder, never through a link)."""

    def write(partial: Path) -> None:
        db = Database(partial, execute_plugins=False)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            for table in tables:
                _write_table(db, table)
            db.execute("VACUUM")
        finally:
            db.close()

    output_files.write_atomically(path, write)


def _write_table(db: Database, spec: TableSpec) -> None:
    names = spec.column_names
    types: dict[str, Any] = {name: int if name in spec.integers else str for name in names}
    table = db.table(spec.name)
    if spec.primary_key:
        table.create(types, pk=spec.primary_key, column_order=names)
    else:
        table.create(types, column_order=names)
    table.insert_all(({name: row.get(name) for name in names} for row in spec.rows), batch_size=500)
    if spec.searchable:
        table.enable_fts(spec.searchable, fts_version="FTS5", tokenize=TOKENIZE)
