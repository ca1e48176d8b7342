"""What a crash-test child writes, and how the parent counts what arrived.

`CreateManyWriter` stands in for an import: one transaction (`Store.create_many`) writing a
batch of records tagged with the run and batch number. To crash-test the real import
service, add a writer with the same three members (for example one that writes a CSV of
`size` rows and calls the import) and pass it to the child as
``--writer tests.safety.crash_writers:YourWriter``.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue


class BulkWriter(Protocol):
    size: int

    def write(self, catalogue: Catalogue, run: int, batch: int) -> None:
        """Write one whole batch in one transaction (all `size` records or none)."""

    def present(self, connection: sqlite3.Connection, run: int) -> dict[int, int]:
        """How many records of each batch of `run` the file holds."""


class CreateManyWriter:
    size = 300

    def write(self, catalogue: Catalogue, run: int, batch: int) -> None:
        records = [
            Practice(
                title=f"lote r{run} b{batch} n{k}",
                countries=["PE", "CO"],
                axes=["empleo"],
                summary="Registro de prueba de caídas " * 20,
                synthetic=True,
                source="prueba automática de caídas (sintético)",
            )
            for k in range(self.size)
        ]
        catalogue.store.create_many(records, "prueba-caidas")

    def present(self, connection: sqlite3.Connection, run: int) -> dict[int, int]:
        found: dict[int, int] = {}
        for (title,) in connection.execute(
            "SELECT title FROM records WHERE title LIKE ?", [f"lote r{run} b%"]
        ):
            batch = int(title.split()[2][1:])
            found[batch] = found.get(batch, 0) + 1
        return found
