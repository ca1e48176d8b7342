"""The window beside other programs, killed with SIGKILL: no edit it committed may be lost.

Each run copies a seeded catalogue and starts a window process (`window_work.work`: the
writer, the query worker's reader and the backup worker's connection, opened as the window
opens them) that edits record after record. Once it has committed at least one edit, one
or two commands run on the same file in processes of their own (`stats`, `list`, `check`,
`backup`, `export`, `import`, `restore`, the real `lazos-desktop` code), then after a random
pause the window's process is killed. The file must then pass `check` and hold exactly the
window's edits: all it reported, plus at most the one it committed without reporting; after
a `restore`, the edits from around the restore on. `two windows` runs two such processes on
one file and kills both. The commands come from `forks.py`, which forks each program run
from one process that loaded the program once, to keep a hundred runs in well under a
minute. `LAZOS_CRASH_RUNS` sets the number of runs and `LAZOS_CRASH_SEED` replays one.

Before the fix (a plain open of the file in the window's process whenever one of its
workers connected), every run whose command closed the file after the window's reader had
opened lost the window's later edits.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lazos_desktop.interchange.csv_writer import write_csv
from lazos_desktop.services import Catalogue, safety
from tests.safety import window_work
from tests.safety.forks import Forks
from tests.safety.test_crash import runs, seed

SLOW_RUNS = 100
QUICK_RUNS = 6
TWO_WINDOW_RUNS = 8
COMMANDS = ("stats", "list", "check", "backup", "export", "import", "restore")
EXPORT_FORMATS = ("csv", "xlsx", "json", "lazos")


@dataclass
class Matrix:
    """The files every run shares: a seeded catalogue, its backup, a CSV to import."""

    folder: Path
    template: Path
    backup: Path
    sheet: Path
    forks: Forks
    tally: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COMMANDS, 0))
    copies: int = 0


@dataclass
class WindowRun:
    tag: str
    pid: int
    log: Path
    output: Path
    # (operations reported before a restore began, reported when it had ended)
    restores: list[tuple[int, int]] = field(default_factory=list)
    alive: bool = True


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    folder = tmp_path_factory.mktemp("matriz")
    env = {**os.environ, "LAZOS_DATA_DIR": str(folder / "data")}
    env.pop("LAZOS_DB", None)
    os.environ["LAZOS_DATA_DIR"] = env["LAZOS_DATA_DIR"]
    template = folder / "plantilla.sqlite3"
    catalogue = Catalogue.open(template)
    backup = catalogue.backup(folder / "anterior.backup.sqlite3")
    catalogue.close()
    sheet = folder / "colega.csv"
    header = ["Título", "Países", "Ejes", "Resumen", "Sintético", "Fuente"]
    rows = [
        [f"colega {k}", "PE", "Empleo", "de otra oficina", "sí", window_work.SOURCE]
        for k in range(40)
    ]
    write_csv(sheet, header, rows, ";")
    with Forks(env) as forks:
        yield Matrix(folder, template, backup, sheet, forks)


def fresh_copy(matrix: Matrix, prefix: str, run: int) -> Path:
    """A copy of the template under a name no earlier run used: a killed window leaves its
    -wal and -shm beside its file, and a copy over that file would meet them (another case,
    the one `store/journals.py` guards against), not the one this matrix tests."""
    matrix.copies += 1
    db = matrix.folder / f"{prefix}-{matrix.copies}-{run}.sqlite3"
    assert not any(db.with_name(db.name + suffix).exists() for suffix in ("", "-wal", "-shm"))
    shutil.copyfile(matrix.template, db)
    return db


def run_command(matrix: Matrix, db: Path, name: str, run: int, rng: random.Random) -> None:
    out = matrix.folder / "salidas"
    out.mkdir(exist_ok=True)
    argv = {
        "stats": ["stats", "--json"],
        "list": ["list", "--query", "migracion", "--json"],
        "check": ["check", "--json"],
        "backup": ["backup", str(out / f"copia-{run}.sqlite3"), "--json"],
        "export": ["export", str(out / f"lista-{run}.{rng.choice(EXPORT_FORMATS)}"), "--json"],
        "import": ["import", str(matrix.sheet), "--duplicates", "keep", "--json"],
        "restore": ["restore", str(matrix.backup), "--json"],
    }[name]
    output = matrix.folder / f"orden-{run}.txt"
    code = matrix.forks.command(output, "--db", str(db), *argv)
    assert code == 0, f"{name} ended {code}: {output.read_text(encoding='utf-8')[-2000:]}"
    matrix.tally[name] += 1


def start_window(matrix: Matrix, db: Path, tag: str, run: int, rng: random.Random) -> WindowRun:
    # Names of their own: a log reused from an earlier run would report its edits as ours.
    matrix.copies += 1
    log = matrix.folder / f"{tag}-{matrix.copies}-{run}.log"
    output = matrix.folder / f"{tag}-{matrix.copies}-{run}.txt"
    pid = matrix.forks.window(db, log, tag, run, rng.randrange(1 << 30), output)
    return WindowRun(tag, pid, log, output)


def wait_for_an_edit(window: WindowRun) -> None:
    deadline = time.monotonic() + 20
    while window_work.logged(window.log) == 0:
        assert time.monotonic() < deadline, window.output.read_text(encoding="utf-8")[-2000:]
        time.sleep(0.005)


def commands_beside(
    matrix: Matrix,
    db: Path,
    windows: list[WindowRun],
    run: int,
    rng: random.Random,
    names: list[str],
) -> None:
    for name in names:
        before = [window_work.logged(w.log) for w in windows]
        run_command(matrix, db, name, run, rng)
        if name == "restore":
            for window, started in zip(windows, before, strict=True):
                ended = window_work.logged(window.log)
                # A killed window's edits are all wiped: none may commit after this restore.
                window.restores.append((started, ended) if window.alive else (ended + 1,) * 2)
        time.sleep(rng.uniform(0, 0.03))


def kill(matrix: Matrix, window: WindowRun) -> None:
    status = matrix.forks.kill(window.pid)
    window.alive = False
    assert status == -signal.SIGKILL, window.output.read_text(encoding="utf-8")[-2000:]


def verify(matrix: Matrix, db: Path, windows: list[WindowRun], run: int, context: str) -> None:
    output = matrix.folder / f"comprobar-{run}.txt"
    code = matrix.forks.command(output, "--db", str(db), "check", "--json")
    assert code == 0, f"{context}: check {output.read_text(encoding='utf-8')[-2000:]}"
    connection = sqlite3.connect(db)
    try:
        for window in windows:
            found = window_work.held(connection, window.tag, run)
            reported = window_work.logged(window.log)
            assert found in possible_states(window, run, reported), (
                f"{context}: {window.tag} reported {reported} operations "
                f"(restores {window.restores}) and the file holds {sorted(found.items())}"
            )
    finally:
        connection.close()
    assert all(info.readable for info in safety.list_backups(db)), f"{context}: backups"


def possible_states(window: WindowRun, run: int, reported: int) -> list[dict[str, str]]:
    """What the file may hold: every reported operation, and maybe the one after it; after
    a restore, those from the first one that may have committed after it."""
    starts = [0]
    if window.restores:
        began, ended = window.restores[-1]
        starts = list(range(began, ended + 2))
    return [
        window_work.expected(window.tag, run, start, end)
        for start in starts
        for end in (reported, reported + 1)
        if start <= end
    ]


def one_window(
    matrix: Matrix, run: int, rng: random.Random, names: list[str], context: str
) -> None:
    db = fresh_copy(matrix, "uno", run)
    window = start_window(matrix, db, "ventana", run, rng)
    try:
        wait_for_an_edit(window)
        commands_beside(matrix, db, [window], run, rng, names)
        time.sleep(rng.uniform(0, 0.08))
    finally:
        kill(matrix, window)
    verify(matrix, db, [window], run, context)


def matrix_runs(matrix: Matrix, count: int) -> None:
    rng_seed = seed()
    rng = random.Random(rng_seed)
    cycle: list[str] = []
    for run in range(count):
        names = []
        for _ in range(rng.randint(1, 2)):
            if not cycle:
                cycle = rng.sample(COMMANDS, len(COMMANDS))  # each command as often
            names.append(cycle.pop())
        context = f"run {run}, {names} (LAZOS_CRASH_SEED={rng_seed})"
        one_window(matrix, run, rng, names, context)
    print(f"window beside commands: {count} kills (seed {rng_seed}); commands {matrix.tally}")


def test_window_killed_beside_commands_quick(matrix: Matrix) -> None:
    matrix_runs(matrix, runs(QUICK_RUNS))


@pytest.mark.slow
def test_window_killed_beside_commands(matrix: Matrix) -> None:
    matrix_runs(matrix, runs(SLOW_RUNS))


def test_two_windows_on_one_file_killed_beside_commands(matrix: Matrix) -> None:
    rng_seed = seed()
    rng = random.Random(rng_seed)
    for run in range(runs(TWO_WINDOW_RUNS)):
        db = fresh_copy(matrix, "dos", run)
        first = start_window(matrix, db, "ventana-a", run, rng)
        second = start_window(matrix, db, "ventana-b", run, rng)
        windows = [first, second]
        context = f"two windows, run {run} (LAZOS_CRASH_SEED={rng_seed})"
        try:
            wait_for_an_edit(first)
            wait_for_an_edit(second)
            commands_beside(matrix, db, windows, run, rng, rng.sample(COMMANDS, 2))
        finally:
            kill(matrix, first)
        try:
            commands_beside(matrix, db, windows, run, rng, [rng.choice(COMMANDS)])
            time.sleep(rng.uniform(0, 0.05))
        finally:
            kill(matrix, second)
        verify(matrix, db, windows, run, context)
    print(f"two windows: {runs(TWO_WINDOW_RUNS)} runs (seed {rng_seed})")
