"""The real program killed in the middle of writing a long file leaves the catalogue whole.

A file longer than `WHOLE_TABLE` rows is written a chunk at a time inside one transaction;
chunks already written sit in the journal, uncommitted. SIGKILL while they do: on the next
open the catalogue holds exactly the records it held before, passes `check`, and has no
import to undo.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lazos_desktop.interchange.limits import TABLE_CHUNK, WHOLE_TABLE
from lazos_desktop.services import Catalogue

ROWS = WHOLE_TABLE + 3 * TABLE_CHUNK


def write_rows(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Título", "Países", "Ejes", "Año", "Sintético"])
        for n in range(ROWS):
            writer.writerow([f"Práctica ficticia número {n}", "Perú", "empleo", 2023, "sí"])
    return path


def records(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT id, data FROM records ORDER BY id").fetchall()
    return [(row[0], row[1]) for row in rows]


@pytest.mark.slow
def test_a_kill_while_chunks_are_written_leaves_the_catalogue_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "catalogo.sqlite3"
    Catalogue.open(db).close()
    before = records(db)
    sheet = write_rows(tmp_path / "largo.csv")
    command = [sys.executable, "-m", "lazos_desktop", "--db", str(db), "import", str(sheet)]
    child = subprocess.Popen(
        command, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    journal = Path(f"{db}-wal")
    deadline = time.monotonic() + 120
    # Chunks written: the journal grows past what opening and the backup leave in it.
    while time.monotonic() < deadline and child.poll() is None:
        if journal.exists() and journal.stat().st_size > 12 * 1024 * 1024:
            break
        time.sleep(0.02)
    assert child.poll() is None, "the import ended before it could be killed"
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL

    catalogue = Catalogue.open(db)
    try:
        assert catalogue.check().ok
        from lazos_desktop.services import exchange_files

        assert exchange_files.last_import(catalogue) is None
    finally:
        catalogue.close()
    assert records(db) == before
