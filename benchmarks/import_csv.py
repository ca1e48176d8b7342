"""Import speed: a 10,000-row CSV through `lazos-desktop import` against `sqlite-utils insert`.

Run with `make bench` or `.venv/bin/python benchmarks/import_csv.py [ROWS]`. It writes in a
temporary folder: a CSV of synthetic practices (flagged synthetic) exported by the program,
a fresh seeded catalogue, and a bare SQLite file; then it times, as separate processes,

    lazos-desktop --db catalogue.sqlite3 import practices.csv --json
    sqlite-utils insert bare.db t practices.csv --csv

and prints rows per second of each and their ratio (best of three runs each, taken in turns
so that a load that comes and goes weighs on both sides), then the CPU time of each (user and
system, best of three): on a shared machine the wall clock swings by a second from run to run,
the CPU time much less.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def main(rows: int = 10_000) -> None:
    figures = measure(rows)
    ours, bare = figures["ours"], figures["bare"]
    print(f"rows: {rows}  file: {figures['megabytes']:.1f} MB")
    print(f"lazos-desktop import      {ours:6.2f} s  {rows / ours:9.0f} rows/s")
    print(f"sqlite-utils insert --csv {bare:6.2f} s  {rows / bare:9.0f} rows/s")
    print(f"ratio lazos / sqlite-utils: {ours / bare:.2f}")
    cpu_ours, cpu_bare = figures["ours_cpu"], figures["bare_cpu"]
    print(
        f"CPU: lazos {cpu_ours:.2f} s, sqlite-utils {cpu_bare:.2f} s, ratio {cpu_ours / cpu_bare:.2f}"
    )


def measure(rows: int = 10_000) -> dict[str, float]:
    """Best of three, each side as its own process: ours and sqlite-utils, in seconds of wall
    clock (`ours`, `bare`) and of CPU (`ours_cpu`, `bare_cpu`)."""
    from lazos_desktop.domain.synthetic import synthetic_records
    from lazos_desktop.services import Catalogue
    from lazos_desktop.services.exchange_files import export

    folder = Path(tempfile.mkdtemp(prefix="lazos-bench-"))
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    try:
        source = Catalogue.open(folder / "source.sqlite3", seed=False)
        practices = []
        seed = 0
        while len(practices) < rows:
            practices += [r for r in synthetic_records(rows, seed) if r.kind.value == "practice"]
            seed += 1
        source.store.create_many(practices[:rows], "bench", check=False)
        csv_path = folder / "practices.csv"
        export(source, csv_path, kind="practices")
        source.close()
        ours: list[tuple[float, float]] = []
        bare: list[tuple[float, float]] = []
        for run in range(3):
            ours.append(_lazos(folder, csv_path, run))
            bare.append(_sqlite_utils(folder, csv_path, run))
        return {
            "ours": min(wall for wall, _ in ours),
            "bare": min(wall for wall, _ in bare),
            "ours_cpu": min(cpu for _, cpu in ours),
            "bare_cpu": min(cpu for _, cpu in bare),
            "megabytes": csv_path.stat().st_size / 1e6,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _lazos(folder: Path, csv_path: Path, run: int) -> tuple[float, float]:
    from lazos_desktop.services import Catalogue

    target = folder / f"catalogue-{run}.sqlite3"
    Catalogue.open(target).close()  # a fresh seeded catalogue, created outside the timing
    return _timed(
        [str(BIN / "lazos-desktop"), "--db", str(target), "import", str(csv_path), "--json"]
    )


def _sqlite_utils(folder: Path, csv_path: Path, run: int) -> tuple[float, float]:
    target = folder / f"bare-{run}.db"
    return _timed([str(BIN / "sqlite-utils"), "insert", str(target), "t", str(csv_path), "--csv"])


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user and system, of the child) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
