"""Two programs on one catalogue file (two windows, or a window and a command).

WAL lets readers go on while one writes; writers take the write lock first (BEGIN
IMMEDIATE) and wait up to the busy timeout, so two writers interleave whole transactions,
and a writer held up longer gets a clear "in use" error, never a damaged file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue
from lazos_desktop.store import connection
from lazos_desktop.store.errors import CatalogueBusy

REPO = Path(__file__).resolve().parents[2]


def child(mode: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.safety.child", mode, str(db), *extra],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def titles(db: Path, pattern: str) -> set[str]:
    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {
            row[0]
            for row in reader.execute("SELECT title FROM records WHERE title LIKE ?", [pattern])
        }
    finally:
        reader.close()


def practice(title: str) -> Practice:
    return Practice(
        title=title, countries=["CL"], axes=["empleo"], synthetic=True, source="prueba (sintético)"
    )


def test_two_processes_writing_at_once_lose_nothing(catalogue: Catalogue) -> None:
    count = 60
    first = child("creates", catalogue.path, "--count", str(count), "--tag", "uno")
    second = child("creates", catalogue.path, "--count", str(count), "--tag", "dos")
    # This process writes too, as a window would, while both children run.
    for step in range(20):
        catalogue.create(practice(f"tres {step}"))
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
        assert out.count("committed") == count
    assert len(titles(catalogue.path, "uno %")) == count
    assert len(titles(catalogue.path, "dos %")) == count
    assert len(titles(catalogue.path, "tres %")) == 20
    codes = [row.code for row in catalogue.query(_all()).rows]
    assert len(codes) == len(set(codes))
    assert catalogue.check().ok


def test_a_reader_during_a_long_write_sees_the_last_committed_state(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = catalogue.stats()["total"]
    writer = child("hold", catalogue.path, "--count", "3000")
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline().strip() == "ready"
    assert writer.stdout.readline().strip() == "inside"
    # The other window: reads answer at once with the state before the long write.
    assert catalogue.stats()["total"] == before
    assert catalogue.query(_all()).total == before
    # A write from here waits the busy timeout, then says the file is in use.
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    other = Catalogue.open(catalogue.path)
    with pytest.raises(CatalogueBusy) as caught:
        other.create(practice("no entra"))
    assert "en uso" in caught.value.message("es") and "in use" in caught.value.message("en")
    assert other.stats()["total"] == before
    with pytest.raises(CatalogueBusy):
        other.check()  # busy is said as busy, not reported as a damaged search index
    writer.stdin.write("\n")
    writer.stdin.flush()
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err[-2000:]
    assert "committed" in out
    assert catalogue.stats()["total"] == before + 3000
    # Once the long write is done, the refused write goes through.
    other.create(practice("ahora sí"))
    assert catalogue.stats()["total"] == before + 3001
    other.close()
    assert catalogue.check().ok


def test_a_command_runs_while_the_window_has_the_file_open(catalogue: Catalogue) -> None:
    catalogue.create(practice("desde la ventana"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lazos_desktop",
            "--db",
            str(catalogue.path),
            "demo-data",
            "--synthetic",
            "40",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert catalogue.stats()["synthetic"]["practice"] >= 1
    assert sum(catalogue.stats()["synthetic"].values()) == 41
    assert catalogue.check().ok


def _all():  # type: ignore[no-untyped-def]
    from lazos_desktop.store.queries import RecordQuery

    return RecordQuery()
