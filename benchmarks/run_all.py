"""`make bench`: every figure next to a raw baseline measured in the same run, and their ratio.

    python -m benchmarks.run_all [--quick] [--write docs/PERFORMANCE.md]

Synthetic catalogues of 1,000, 10,000, 100,000 and 1,000,000 records (seeds plus generated
records flagged synthetic) are built once into `benchmarks/.cache/` and reused. Window
figures come from child processes (`benchmarks/window_probe.py`) so each starts cold, as an
officer's program does. `--quick` skips the 1,000,000-record catalogue.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from benchmarks import briefs_bench, import_csv, search_bench
from benchmarks.common import Row, table

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000 catalogue")
    parser.add_argument("--write", type=Path, help="also write the report (Markdown) here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAZOS_DATA_DIR"] = str(CACHE / "data")
    sizes = [size for size in SIZES if not (args.quick and size > 100_000)]
    catalogues = {size: build(size) for size in sizes}
    rows: list[Row] = []
    for section in (
        lambda: import_rows(),
        lambda: search_rows(catalogues),
        lambda: window_rows(catalogues),
        lambda: brief_rows(),
        lambda: startup_rows(catalogues[100_000]),
        lambda: memory_rows(catalogues),
    ):
        found = section()
        rows += found
        print(table(found), flush=True)
    report = render(rows)
    print("\n" + report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
    return 0


def build(size: int) -> Path:
    """The cached catalogue of `size` synthetic records (rebuilt when the schema moved)."""
    from lazos_desktop.services import Catalogue
    from lazos_desktop.store.migrations import SCHEMA_VERSION

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"catalogo-{size}.sqlite3"
    if path.exists():
        version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return path
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    catalogue = Catalogue.open(path, officer="benchmark")
    catalogue.add_synthetic(size, seed=7)
    catalogue.close()
    print(f"built {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def import_rows() -> list[Row]:
    figures = import_csv.measure(10_000)
    return [
        Row(
            "import 10,000-row CSV (lazos-desktop import vs sqlite-utils insert --csv)",
            figures["ours"],
            figures["bare"],
            "s",
            "<=2x",
        )
    ]


def search_rows(catalogues: dict[int, Path]) -> list[Row]:
    rows: list[Row] = []
    for size, path in catalogues.items():
        for row in search_bench.run(path, rounds=10):
            row.what = f"{row.what} @ {size:,}"
            if size != 100_000:
                row.target = ""
            rows.append(row)
    return rows


def window_rows(catalogues: dict[int, Path]) -> list[Row]:
    path = catalogues[100_000]
    ours = [probe("model", path) for _ in range(3)]
    bare = [probe("bare-model", path) for _ in range(3)]
    typing = probe("typing", path)
    rows = [
        Row(
            "records table @ 100,000: first rows shown (vs QSqlQueryModel)",
            _median(ours, "first_rows_s") * 1000,
            _median(bare, "first_rows_s") * 1000,
            "ms",
            "<=200 ms",
        ),
        Row(
            "records table @ 100,000: scroll to the end (vs QSqlQueryModel)",
            _median(ours, "scroll_end_s") * 1000,
            _median(bare, "scroll_end_s") * 1000,
            "ms",
            "<=1 s",
        ),
        Row(
            f"records table @ 100,000: summaries held of {int(_median(ours, 'rows')):,} rows",
            _median(ours, "cached_rows"),
            None,
            "rows",
        ),
        Row(
            "window @ 100,000: resident memory (vs QSqlQueryModel window)",
            _median(ours, "rss_mb"),
            _median(bare, "rss_mb"),
            "MB",
        ),
        Row(
            "window @ 100,000: longest event-loop stall typing a search",
            typing["longest_stall_ms"],
            None,
            "ms",
            "<=50 ms",
        ),
    ]
    return rows


def brief_rows() -> list[Row]:
    figures = briefs_bench.country_brief_against_bare(500, repeat=3)
    return [
        Row(
            f"country brief, {int(figures['records'])} records, {int(figures['pages'])} pages "
            "(vs bare ReportLab)",
            figures["ours"],
            figures["bare"],
            "s",
            "<=1.5x",
        )
    ]


def startup_rows(path: Path) -> list[Row]:
    ours = [probe("startup", path) for _ in range(3)]
    bare = [probe("bare-startup") for _ in range(3)]
    return [
        Row(
            "start-up to window shown @ 100,000 (vs bare PySide6 window)",
            _median(ours, "shown_s"),
            _median(bare, "shown_s"),
            "s",
            "<=2x, <1.5 s",
        ),
        Row(
            "start-up to first rows shown @ 100,000 (vs bare window shown)",
            _median(ours, "rows_s"),
            _median(bare, "shown_s"),
            "s",
        ),
    ]


def memory_rows(catalogues: dict[int, Path]) -> list[Row]:
    bare = probe("bare-startup")
    rows = []
    for size in (100_000, 1_000_000):
        if size not in catalogues:
            continue
        store = probe("store", catalogues[size])
        window = probe("model", catalogues[size])
        rows.append(
            Row(
                f"resident memory, catalogue of {size:,} open, no window",
                store["rss_mb"],
                None,
                "MB",
            )
        )
        rows.append(
            Row(
                f"resident memory, window on {size:,} (vs bare PySide6 window)",
                window["peak_rss_mb"],
                bare["rss_mb"],
                "MB",
                "<=300 MB" if size == 1_000_000 else "",
            )
        )
    return rows


def probe(what: str, path: Path | None = None) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.window_probe", what]
    if path is not None:
        command.append(str(path))
    environment = {**os.environ, "LAZOS_BENCH_T0": repr(time.time())}
    result = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=900
    )
    for line in result.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise RuntimeError(f"probe {what} failed: {result.stderr[-2000:]}")


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def render(rows: list[Row]) -> str:
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("PySide6-Essentials", "reportlab", "sqlite-utils", "pydantic")
    )
    lines = [
        "## Measured",
        "",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{_memory_gb():.0f} GB RAM, {platform.platform()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {versions}",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        table(rows),
    ]
    return "\n".join(lines) + "\n"


def _memory_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return float("nan")


if __name__ == "__main__":
    raise SystemExit(main())
