"""Import speed: a 10,000-row CSV through `lazos-desktop import` against `sqlite-utils insert`.

Run with `make bench` or `.venv/bin/python benchmarks/import_csv.py [ROWS]`. It writes in a
temporary folder: a CSV of synthetic practices (flagged synthetic) exported by the program,
a fresh seeded catalogue, and a bare SQLite file; then it times, as separate processes,

    lazos-desktop --db catalogue.sqlite3 import practices.csv --json
    sqlite-utils insert bare.db t practices.csv --csv

and prints rows per second of each and their ratio (best of three runs each).
"""

from __future__ import annotations

import os
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


def measure(rows: int = 10_000) -> dict[str, float]:
    """Best of three, each side as its own process: ours and sqlite-utils, in seconds."""
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
        ours = _best(lambda i: _lazos(folder, csv_path, i))
        bare = _best(lambda i: _sqlite_utils(folder, csv_path, i))
        return {"ours": ours, "bare": bare, "megabytes": csv_path.stat().st_size / 1e6}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _lazos(folder: Path, csv_path: Path, run: int) -> float:
    from lazos_desktop.services import Catalogue

    target = folder / f"catalogue-{run}.sqlite3"
    Catalogue.open(target).close()  # a fresh seeded catalogue, created outside the timing
    return _timed(
        [str(BIN / "lazos-desktop"), "--db", str(target), "import", str(csv_path), "--json"]
    )


def _sqlite_utils(folder: Path, csv_path: Path, run: int) -> float:
    target = folder / f"bare-{run}.db"
    return _timed([str(BIN / "sqlite-utils"), "insert", str(target), "t", str(csv_path), "--csv"])


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _best(run: object) -> float:
    return min(run(i) for i in range(3))  # type: ignore[operator]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
