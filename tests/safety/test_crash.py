"""Kill a writing program with SIGKILL at random points; nothing committed may be lost and
nothing half-written may remain.

Each run copies a seeded catalogue, starts a child (`tests/safety/child.py`) that writes
import-like batches (`Store.create_many`, or the real import service on a generated CSV
or bundle of a few thousand rows) or a run of small edits and prints a line after each
commit, kills it after a random delay (some during start-up and opening, most in the middle of a write),
then opens the file again and checks: every consistency check passes (integrity, search
index, filter tables...), every change the child reported is there, and every batch is
whole or absent. The quick run does a few kills; the `slow` run (CI runs it too) does
`SLOW_BULK_RUNS + SLOW_EDIT_RUNS + SLOW_RESTORE_RUNS + SLOW_IMPORT_RUNS` (the restores kill
a child that restores two backups in turn, which must leave one whole catalogue or the
other; the imports check each import's records, history and `import_batches` row are all
there or none, and that every backup left behind is readable). `LAZOS_CRASH_RUNS`
overrides both counts, and `LAZOS_CRASH_SEED` replays a failing sequence.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue, safety
from tests.safety.crash_writers import CreateManyWriter, ImportWriter

REPO = Path(__file__).resolve().parents[2]
QUICK_RUNS = 4
SLOW_BULK_RUNS = 36
SLOW_EDIT_RUNS = 24
SLOW_RESTORE_RUNS = 12
SLOW_IMPORT_RUNS = 24
MAX_DELAY = 1.8  # seconds after spawning; start-up takes about 0.6 s of it
IMPORT_MAX_DELAY = 2.4  # an import of ImportWriter.size rows takes about 0.5 s
IMPORT_WRITER = "tests.safety.crash_writers:ImportWriter"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plantilla")
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    path = folder / "plantilla.sqlite3"
    Catalogue.open(path).close()
    return path


def runs(default: int) -> int:
    return int(os.environ.get("LAZOS_CRASH_RUNS", default))


def seed() -> int:
    return int(os.environ.get("LAZOS_CRASH_SEED", time.time_ns() % 1_000_000))


def kill_after(mode: str, db: Path, run: int, delay: float, *extra: str) -> list[str]:
    """Start the child, SIGKILL it after `delay` seconds; the lines it printed."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.child", mode, str(db), "--run", str(run), *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"child ended on its own: {err[-2000:]}"
    return out.splitlines()


def reopen_and_check(db: Path, context: str) -> None:
    catalogue = Catalogue.open(db)
    try:
        failed = [f for f in catalogue.check().findings if not f.ok]
        assert not failed, f"{context}: {failed}"
    finally:
        catalogue.close()


def run_kills(
    template: Path,
    folder: Path,
    count: int,
    mode: str,
    verify: Callable[[sqlite3.Connection, int, list[str], str], None],
    *extra: str,
    max_delay: float = MAX_DELAY,
) -> list[float]:
    rng_seed = seed()
    rng = random.Random(rng_seed)
    delays = []
    phases = {"starting": 0, "opened": 0, "writing": 0, "applying an import": 0}
    for run in range(count):
        db = folder / f"{mode}-{run}.sqlite3"
        shutil.copyfile(template, db)
        delay = rng.uniform(0.05, max_delay)
        delays.append(delay)
        lines = kill_after(mode, db, run, delay, *extra)
        phase = "writing" if len(lines) > 1 else "opened" if lines else "starting"
        if lines and lines[-1].startswith("planned"):
            phase = "applying an import"  # between its plan and its commit: backup, write
        phases[phase] += 1
        context = f"{mode} run {run}, kill after {delay:.3f}s (LAZOS_CRASH_SEED={rng_seed})"
        reopen_and_check(db, context)
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            verify(connection, run, lines, context)
        finally:
            connection.close()
        assert all(info.readable for info in safety.list_backups(db)), f"{context}: backups"
        db.unlink()
    print(f"{mode}: {count} kills (seed {rng_seed}); killed while {phases}")
    return delays


def verify_bulk(connection: sqlite3.Connection, run: int, lines: list[str], context: str) -> None:
    writer = CreateManyWriter()
    reported = [int(line.split()[2]) for line in lines if line.startswith("committed bulk")]
    present = writer.present(connection, run)
    for batch in reported:
        assert present.get(batch) == writer.size, f"{context}: committed batch {batch} lost"
    for batch, count in present.items():
        assert count == writer.size, f"{context}: batch {batch} half-applied ({count})"
    # At most the one batch committed between its COMMIT and the child's print.
    assert set(present) - set(reported) <= {len(reported)}, context


def verify_imports(
    connection: sqlite3.Connection, run: int, lines: list[str], context: str
) -> None:
    """Each import through the real service is whole or absent: all its records, their
    history and its `import_batches` row with one item per record, or none of them."""
    writer = ImportWriter()
    reported = [int(line.split()[2]) for line in lines if line.startswith("committed bulk")]
    present = writer.present(connection, run)
    recorded = writer.batches(connection, run)
    for batch in reported:
        assert present.get(batch) == writer.size, f"{context}: committed import {batch} lost"
    for batch, count in present.items():
        assert count == writer.size, f"{context}: import {batch} half-applied ({count})"
    assert recorded == present, f"{context}: records {present} but batch rows {recorded}"
    assert set(present) - set(reported) <= {len(reported)}, context
    created = connection.execute(
        "SELECT count(*) FROM history WHERE operation = 'create' AND record_id IN "
        "(SELECT id FROM records WHERE title LIKE ?)",
        [f"importe r{run} b%"],
    ).fetchone()[0]
    assert created == sum(present.values()), f"{context}: imported records without history"


def verify_edits(connection: sqlite3.Connection, run: int, lines: list[str], context: str) -> None:
    """The file holds every reported edit; only the one edit after the last report may be
    either applied or not (it committed, and the kill came before its line was printed)."""
    rows = dict(
        connection.execute(
            "SELECT id, json_extract(data, '$.summary') FROM records WHERE title LIKE ?",
            [f"edicion r{run} %"],
        ).fetchall()
    )
    created: dict[int, str] = {}
    summaries: dict[str, str] = {}
    alive: set[str] = set()
    last = -1
    for line in lines:
        if not line.startswith("committed"):
            continue
        _, operation, step_text, record_id = line.split()
        last = step = int(step_text)
        if operation == "create":
            created[step] = record_id
            alive.add(record_id)
            summaries[record_id] = ""
        elif operation == "update":
            summaries[record_id] = f"r{run} s{step}"
        else:
            alive.discard(record_id)
    pending = last + 1  # the edit that may have committed unreported
    maybe_deleted = created.get(pending - 2) if pending % 3 == 2 else None
    maybe_updated = created.get(pending - 1) if pending % 3 == 1 else None
    for record_id in alive:
        if record_id not in rows:
            assert record_id == maybe_deleted, f"{context}: committed {record_id} lost"
            continue
        allowed = {summaries[record_id]}
        if record_id == maybe_updated:
            allowed.add(f"r{run} s{pending}")
        assert rows[record_id] in allowed, f"{context}: update of {record_id} lost"
    extra = set(rows) - alive
    assert not extra or (pending % 3 == 0 and len(extra) == 1), f"{context}: {extra} are back"
    creates = connection.execute(
        "SELECT count(*) FROM history WHERE operation = 'create' AND record_id IN "
        "(SELECT id FROM records WHERE title LIKE ?)",
        [f"edicion r{run} %"],
    ).fetchone()[0]
    assert creates == len(rows), f"{context}: a record without its history"


@pytest.fixture(scope="module")
def two_backups(template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A backup of the seeded catalogue and one with 3,000 more records (a longer copy)."""
    folder = tmp_path_factory.mktemp("copias")
    small, big = folder / "pequena.backup.sqlite3", folder / "grande.backup.sqlite3"
    catalogue = Catalogue.open(template)
    catalogue.backup(small)
    work = folder / "trabajo.sqlite3"
    catalogue.backup(work)
    catalogue.close()
    grown = Catalogue.open(work)
    grown.add_synthetic(3000, seed=9)
    grown.backup(big)
    grown.close()
    return small, big


def verify_restores(totals: tuple[int, int]) -> Callable[..., None]:
    def verify(connection: sqlite3.Connection, run: int, lines: list[str], context: str) -> None:
        total = connection.execute("SELECT count(*) FROM records").fetchone()[0]
        reported = [int(line.split()[3]) for line in lines if line.startswith("committed")]
        assert total in totals, f"{context}: {total} records is neither backup"
        if reported:
            # The last reported restore, or the next one that committed unreported.
            assert total in (totals[reported[-1]], totals[1 - reported[-1]]), context

    return verify


def test_kills_during_bulk_writes_quick(template: Path, tmp_path: Path) -> None:
    run_kills(template, tmp_path, runs(QUICK_RUNS), "bulk", verify_bulk)


def test_kills_during_edits_quick(template: Path, tmp_path: Path) -> None:
    run_kills(template, tmp_path, runs(QUICK_RUNS - 1), "edits", verify_edits)


@pytest.mark.slow
def test_kills_during_bulk_writes(template: Path, tmp_path: Path) -> None:
    delays = run_kills(template, tmp_path, runs(SLOW_BULK_RUNS), "bulk", verify_bulk)
    print(f"bulk: {len(delays)} kills between {min(delays):.2f}s and {max(delays):.2f}s")


@pytest.mark.slow
def test_kills_during_edits(template: Path, tmp_path: Path) -> None:
    delays = run_kills(template, tmp_path, runs(SLOW_EDIT_RUNS), "edits", verify_edits)
    print(f"edits: {len(delays)} kills between {min(delays):.2f}s and {max(delays):.2f}s")


def test_kills_during_imports_quick(template: Path, tmp_path: Path) -> None:
    run_kills(
        template,
        tmp_path,
        runs(2),
        "bulk",
        verify_imports,
        "--writer",
        IMPORT_WRITER,
        max_delay=IMPORT_MAX_DELAY,
    )


@pytest.mark.slow
def test_kills_during_imports(template: Path, tmp_path: Path) -> None:
    delays = run_kills(
        template,
        tmp_path,
        runs(SLOW_IMPORT_RUNS),
        "bulk",
        verify_imports,
        "--writer",
        IMPORT_WRITER,
        max_delay=IMPORT_MAX_DELAY,
    )
    print(f"imports: {len(delays)} kills between {min(delays):.2f}s and {max(delays):.2f}s")


def _totals(backups: tuple[Path, Path]) -> tuple[int, int]:
    found = []
    for path in backups:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        found.append(connection.execute("SELECT count(*) FROM records").fetchone()[0])
        connection.close()
    return found[0], found[1]


def test_kills_during_restores_quick(
    template: Path, two_backups: tuple[Path, Path], tmp_path: Path
) -> None:
    verify = verify_restores(_totals(two_backups))
    run_kills(template, tmp_path, runs(2), "restores", verify, "--backups", *map(str, two_backups))


@pytest.mark.slow
def test_kills_during_restores(
    template: Path, two_backups: tuple[Path, Path], tmp_path: Path
) -> None:
    verify = verify_restores(_totals(two_backups))
    delays = run_kills(
        template,
        tmp_path,
        runs(SLOW_RESTORE_RUNS),
        "restores",
        verify,
        "--backups",
        *map(str, two_backups),
    )
    print(f"restores: {len(delays)} kills")
