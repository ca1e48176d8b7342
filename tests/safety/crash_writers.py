"""What a crash-test child writes, and how the parent counts what arrived.

`CreateManyWriter` stands in for an import: one transaction (`Store.create_many`) writing a
batch of records tagged with the run and batch number. `ImportWriter` runs the real import
service on a generated CSV or bundle instead (``--writer
tests.safety.crash_writers:ImportWriter``).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Protocol

from lazos_desktop.domain.records import Practice
from lazos_desktop.interchange.bundle import write_bundle
from lazos_desktop.interchange.csv_writer import write_csv
from lazos_desktop.services import Catalogue, exchange_files

SOURCE = "prueba automática de caídas (sintético)"


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


class ImportWriter:
    """The real import service (`exchange_files.import_files`) on a generated file of `size`
    practices: a CSV as Spanish Excel writes it for even batches, a `.lazos` bundle for odd
    ones. Each import is one transaction that also writes its `import_batches` row."""

    size = 2500
    files_folder = "archivos-caidas"

    def write(self, catalogue: Catalogue, run: int, batch: int) -> None:
        folder = catalogue.path.parent / self.files_folder
        folder.mkdir(exist_ok=True)
        path = self.file(folder, run, batch)
        plan = exchange_files.plan_import(catalogue, [path])
        sys.stdout.write(f"planned import {batch}\n")  # the parent counts kills after this
        sys.stdout.flush()
        result = exchange_files.apply_import(catalogue, plan, duplicates="keep")
        assert result.written and result.created == self.size, result.counts()

    def file(self, folder: Path, run: int, batch: int) -> Path:
        titles = [f"{self.prefix(run, batch)} n{k}" for k in range(self.size)]
        if batch % 2:
            path = folder / f"{self.prefix(run, batch)}.lazos".replace(" ", "-")
            write_bundle(path, (self.practice(title, self.country(batch)) for title in titles))
            return path
        path = folder / f"{self.prefix(run, batch)}.csv".replace(" ", "-")
        header = ["Título", "Países", "Ejes", "Resumen", "Sintético", "Fuente"]
        rows = [
            [
                title,
                self.country(batch),
                "Empleo",
                "Registro de prueba de caídas " * 20,
                "sí",
                SOURCE,
            ]
            for title in titles
        ]
        write_csv(path, header, rows, ";")
        return path

    @staticmethod
    def prefix(run: int, batch: int) -> str:
        return f"importe r{run} b{batch}"

    @staticmethod
    def country(batch: int) -> str:
        """A country per batch, so that finding duplicates compares a batch with itself only
        (every title of a run is close to the others) and each import takes about as long."""
        return ("PE", "CO", "EC", "BO", "CL", "AR", "PY", "UY")[batch % 8]

    @staticmethod
    def practice(title: str, country: str) -> Practice:
        return Practice(
            title=title,
            countries=[country],
            axes=["empleo"],
            summary="Registro de prueba de caídas " * 20,
            synthetic=True,
            source=SOURCE,
        )

    def present(self, connection: sqlite3.Connection, run: int) -> dict[int, int]:
        found: dict[int, int] = {}
        for (title,) in connection.execute(
            "SELECT title FROM records WHERE title LIKE ?", [f"importe r{run} b%"]
        ):
            batch = int(title.split()[2][1:])
            found[batch] = found.get(batch, 0) + 1
        return found

    def batches(self, connection: sqlite3.Connection, run: int) -> dict[int, int]:
        """Batch number of each import of `run` -> its rows in `import_batch_items`."""
        found: dict[int, int] = {}
        for number, files in connection.execute("SELECT batch, files FROM import_batches"):
            for name in json.loads(files):
                stem = Path(name).stem
                if stem.startswith(f"importe-r{run}-b"):
                    items = connection.execute(
                        "SELECT count(*) FROM import_batch_items WHERE batch = ?", [number]
                    ).fetchone()[0]
                    found[int(stem.rsplit("-b", 1)[1])] = items
        return found
