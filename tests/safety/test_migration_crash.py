"""The real program killed with SIGKILL while it migrates a version-7 catalogue to version 8.

Migration 8 drops the index's copy of the texts, rebuilds the index from the records and
then rewrites the file in larger pages (VACUUM, outside WAL mode). Each run copies a
version-7 catalogue of a few thousand records, starts `lazos-desktop stats` on it and kills
it after a random delay drawn over the time a whole run takes (start-up, backup, migration,
compaction). The file is then opened again by the program: it must finish the migration,
pass every check, hold every record with its code and title, and answer the searches
exactly as a migration left alone does. The tally says at which stage the kills landed
(still version 7, version 8 before or during compaction, done). `LAZOS_CRASH_RUNS` sets the
number of runs and `LAZOS_CRASH_SEED` replays one.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lazos_desktop.domain.records import Record
from lazos_desktop.services import Catalogue, safety
from lazos_desktop.store import migrations
from lazos_desktop.store.queries import RecordQuery
from tests.safety.test_crash import runs, seed
from tests.store.catalogue_v7 import V7, write_v7

REPO = Path(__file__).resolve().parents[2]
SYNTHETIC = 6000
QUICK_RUNS = 8
QUERIES = ("migracion", "peru", "equador", "Dominican Republic", "inclusão financeira", "SENA")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("v7")
    source = Catalogue.open(folder / "fuente.sqlite3")
    source.add_synthetic(SYNTHETIC, seed=11)
    records: list[Record] = list(source.iter_records())
    source.close()
    path = folder / "plantilla-v7.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        write_v7(path, records, patch)
    return path


def catalogue_answers(path: Path) -> tuple[dict[str, tuple[str, str]], dict[str, list[str]]]:
    """Every record's code and title by id, and each query's codes, as the program reads
    them after opening (and so migrating) the file; the check must pass."""
    catalogue = Catalogue.open(path)
    try:
        assert catalogue.store.schema_version() == migrations.SCHEMA_VERSION
        report = catalogue.check()
        assert report.ok, [f.detail for f in report.findings if not f.ok]
        held = {r.id: (r.code, r.title) for r in catalogue.iter_records()}
        found = {q: [s.code for s in catalogue.rows(RecordQuery(text=q))] for q in QUERIES}
    finally:
        catalogue.close()
    return held, found


def stage(path: Path) -> str:
    """Where the killed program stopped, read from the file's header and journals only."""
    with path.open("rb") as file:
        header = file.read(100)
    version = int.from_bytes(header[60:64], "big")
    page_size = int.from_bytes(header[16:18], "big")
    if Path(f"{path}-journal").exists():
        return "compacting (rollback journal)"
    if version == V7:
        return "version 7"
    return "done" if page_size == migrations.PAGE_SIZE else "version 8, not compacted"


def run_program(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lazos_desktop", "--db", str(path), "stats"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def timed_run(path: Path) -> float:
    started = time.monotonic()
    child = run_program(path)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err[-2000:]
    return time.monotonic() - started


def test_a_kill_during_migration_leaves_the_old_catalogue_or_the_new(
    template: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "sin-cortes.sqlite3"
    shutil.copyfile(template, reference)
    whole = timed_run(reference)
    opening = timed_run(reference)  # the same program on a file with nothing to migrate
    expected = catalogue_answers(reference)
    assert len(expected[0]) > SYNTHETIC and all(expected[1].values())

    rng = random.Random(chosen := seed())
    tally: dict[str, int] = {}
    for run in range(runs(QUICK_RUNS)):
        path = tmp_path / f"corrida-{run}" / "catalogo.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(template, path)
        child = run_program(path)
        time.sleep(rng.uniform(opening * 0.5, whole * 0.85))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        landed = "finished" if child.returncode == 0 else stage(path)
        tally[landed] = tally.get(landed, 0) + 1
        assert catalogue_answers(path) == expected, f"run {run}, seed {chosen}, {landed}"
        backups = safety.list_backups(path)
        assert all(b.readable for b in backups), f"run {run}, seed {chosen}"
    print(
        f"\nmigration kills (seed {chosen}, run {whole:.2f} s, {opening:.2f} s migrated): {tally}"
    )
