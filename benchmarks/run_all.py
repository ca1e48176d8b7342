"""`make bench`: every figure next to a raw baseline measured in the same run, and their ratio.

    python -m benchmarks.run_all [--quick] [--only SECTIONS] [--write docs/PERFORMANCE.md]

Synthetic catalogues of 1,000, 10,000, 100,000 and 1,000,000 records (seeds plus generated
records flagged synthetic) are built once into `benchmarks/.cache/` and reused. Window
figures come from child processes (`benchmarks/window_probe.py`) so each starts cold, as an
officer's program does. `--quick` skips the 1,000,000-record catalogue. `--only` runs some
sections (comma-separated: import, search, window, briefs, startup, memory, size) and builds only
the catalogues they need (`--only briefs,startup`: the 100,000 one). Bytecode is compiled
first and written, as an installed program has it (PYTHONDONTWRITEBYTECODE is dropped).
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
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks import brief_process, briefs_bench, import_csv, import_stream, search_bench
from benchmarks.common import Row, table

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
SIZES = (1_000, 10_000, 100_000, 1_000_000)


SECTIONS = ("import", "search", "window", "briefs", "startup", "memory", "size")
# The catalogues each section reads (the brief rows make their own, smaller ones).
NEEDS: dict[str, tuple[int, ...]] = {
    "search": SIZES,
    "window": (100_000,),
    "startup": (100_000,),
    "memory": (100_000, 1_000_000),
    "size": (100_000,),
}
REPEAT = 5  # whole-process timings: the minimum of five runs, the programs taking turns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000 catalogue")
    parser.add_argument(
        "--only",
        type=_sections,
        default=SECTIONS,
        help=f"comma-separated sections to run (default all: {','.join(SECTIONS)})",
    )
    parser.add_argument("--write", type=Path, help="also write the report (Markdown) here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAZOS_DATA_DIR"] = str(CACHE / "data")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # children write and read bytecode
    brief_process.compile_bytecode()
    wanted = {size for section in args.only for size in NEEDS.get(section, ())}
    sizes = [size for size in SIZES if size in wanted and not (args.quick and size > 100_000)]
    catalogues = {size: build(size) for size in sizes}
    runs = {
        "import": lambda: import_rows(),
        "search": lambda: search_rows(catalogues),
        "window": lambda: window_rows(catalogues),
        "briefs": lambda: brief_rows(),
        "startup": lambda: startup_rows(catalogues[100_000]),
        "memory": lambda: memory_rows(catalogues),
        "size": lambda: size_rows(catalogues[100_000]),
    }
    rows: list[Row] = []
    for section in args.only:
        found = runs[section]()
        rows += found
        print(table(found), flush=True)
    report = render(rows)
    print("\n" + report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
    return 0


def _sections(text: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in chosen if part not in SECTIONS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"{text!r}: choose from {','.join(SECTIONS)}")
    return chosen


def build(size: int) -> Path:
    """The cached catalogue of `size` synthetic records (rebuilt when the schema moved)."""
    from lazos_desktop.services import Catalogue
    from lazos_desktop.store import schema_objects
    from lazos_desktop.store.migrations import SCHEMA_VERSION

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"catalogo-{size}.sqlite3"
    if path.exists():
        connection = sqlite3.connect(path)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        # A file built while the newest migration was still changing has its number but
        # not its objects: the program would refuse it as foreign.
        current = version == SCHEMA_VERSION and schema_objects.compare(connection, version).whole
        connection.close()
        if current:
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
    """The 10,000-row import against sqlite-utils, then the peak memory of a generated
    1,000,000-row CSV and XLSX imported (and dry-run) as whole processes (`import_stream`:
    the files are cached in benchmarks/.cache, the imports take several minutes each)."""
    figures = import_csv.measure(10_000)
    return [
        Row(
            "import 10,000-row CSV (lazos-desktop import vs sqlite-utils insert --csv)",
            figures["ours"],
            figures["bare"],
            "s",
            "<=1.5x",
        ),
        *import_stream.rows(1_000_000),
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
    rows = [
        Row(
            f"country brief, {int(figures['records'])} records, {int(figures['pages'])} pages "
            "(vs bare ReportLab)",
            figures["ours"],
            figures["bare"],
            "s",
            "<=1.5x",
        )
    ]
    folder = CACHE / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    for name, catalogue in (
        ("seeded catalogue", brief_process.seeded_catalogue(folder)),
        ("500 in Peru", brief_process.country_catalogue(folder, 500)),
    ):
        measured = brief_process.measure(catalogue, repeat=REPEAT)
        print(brief_process.describe(name, measured), flush=True)
        print(brief_process.step_profile(catalogue, REPEAT), flush=True)
        rows += _process_rows(name, measured)
    return rows


def _process_rows(name: str, measured: dict[str, Any]) -> list[Row]:
    ours, bare, office = measured["ours"], measured["bare"], measured["libreoffice"]
    what = f"brief process, {name}, {measured['pages']} pages"
    rows = [
        Row(
            f"{what} (vs bare ReportLab process, min of {REPEAT})",
            ours.best,
            bare.best,
            "s",
            "<=1.5x",
        ),
        Row(f"{what}: CPU time of those runs (vs bare ReportLab)", ours.cpu, bare.cpu, "s"),
    ]
    if office is not None:
        rows.append(
            Row(
                f"{what} (vs LibreOffice headless, its HTML, min of {REPEAT})",
                ours.best,
                office.best,
                "s",
                "<=0.25x",
            )
        )
    else:
        print(f"row skipped: {what} vs LibreOffice ({measured['skipped']})", flush=True)
    return rows


def startup_rows(path: Path) -> list[Row]:
    """`lazos-desktop --db` on the seeded and the 100,000-record catalogue, from interpreter
    start to its main window shown (the frame, phase 1) and to its first rows (phase 2
    done), beside a bare PySide6 window measured in turn with it; and the step profile."""
    seeded = brief_process.seeded_catalogue(CACHE)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="lazos-bench-config-") as config:
        officer_settings(Path(config))
        for name, catalogue in (("seeded", seeded), ("100,000", path)):
            program: list[dict[str, float]] = []
            plain: list[dict[str, float]] = []
            for _ in range(REPEAT):  # the two take turns, so load falls on both alike
                program.append(probe("program", catalogue, config=Path(config)))
                plain.append(probe("bare-startup", config=Path(config)))
            bare = min(run["shown_s"] for run in plain)
            print(
                f"lazos-desktop --db {name}: window shown "
                + ", ".join(f"{run['shown_s']:.3f}" for run in program)
                + " s; first rows "
                + ", ".join(f"{run['rows_s']:.3f}" for run in program)
                + " s; bare window "
                + ", ".join(f"{run['shown_s']:.3f}" for run in plain)
                + f" s (load {os.getloadavg()[0]:.2f}); CPU seconds by window shown, "
                f"the least of each: {min(run['cpu_s'] for run in program):.3f} vs "
                f"{min(run['cpu_s'] for run in plain):.3f} (steadier than wall time under load)",
                flush=True,
            )
            rows += [
                Row(
                    f"lazos-desktop --db (window shown) @ {name} (vs bare window, min of {REPEAT})",
                    min(run["shown_s"] for run in program),
                    bare,
                    "s",
                    "<=2x",
                ),
                Row(
                    f"lazos-desktop --db (first rows shown) @ {name} (vs bare window shown)",
                    min(run["rows_s"] for run in program),
                    bare,
                    "s",
                ),
            ]
            print(step_profile(catalogue, Path(config), name), flush=True)
    return rows


def step_profile(catalogue: Path, config: Path, name: str) -> str:
    """`lazos-desktop --db` step by step (window_probe `steps`): seconds since the
    interpreter started and CPU seconds of the process, median of REPEAT fresh processes;
    with a bare window's figures, measured in turn with them."""
    from benchmarks.window_probe import STEPS

    runs, plain = [], []
    for _ in range(REPEAT):
        runs.append(probe("steps", catalogue, config=config))
        plain.append(probe("bare-startup", config=config))
    lines = [
        f"start-up of lazos-desktop --db @ {name}, step by step (median of {REPEAT}):",
        f"  {'step':<52}{'wall s':>8}{'+':>8}{'cpu s':>8}{'+':>8}",
    ]
    wall = cpu = 0.0
    for step in STEPS:
        at = statistics.median(run[step] for run in runs)
        used = statistics.median(run[f"cpu {step}"] for run in runs)
        lines.append(f"  {step:<52}{at:8.3f}{at - wall:8.3f}{used:8.3f}{used - cpu:8.3f}")
        wall, cpu = at, used
    lines.append(
        f"  {'a bare PySide6 window shown':<52}"
        f"{statistics.median(run['shown_s'] for run in plain):8.3f}{'':8}"
        f"{statistics.median(run['cpu_s'] for run in plain):8.3f}"
    )
    return "\n".join(lines)


def officer_settings(folder: Path) -> None:
    """Settings (under XDG_CONFIG_HOME) of an officer who has started the program before:
    a name and the current settings version, so the window opens without the welcome."""
    target = folder / "LAZOS" / "LAZOS Desktop.conf"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("[officer]\nname=Benchmark\n\n[settings]\nversion=2\n", encoding="utf-8")


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


def size_rows(path: Path) -> list[Row]:
    """The catalogue file against the JSON export of its records (`lazos-desktop export`):
    the records' own text, once, is the floor a file that holds them once approaches."""
    with tempfile.TemporaryDirectory() as folder:
        exported = Path(folder) / "registros.json"
        subprocess.run(
            [sys.executable, "-m", "lazos_desktop", "--db", str(path), "export", str(exported)],
            check=True,
            capture_output=True,
        )
        export_mb = exported.stat().st_size / 1e6
    connection = sqlite3.connect(path)
    free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    page = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    file_mb = (
        sum(
            Path(f"{path}{suffix}").stat().st_size
            for suffix in ("", "-wal")
            if Path(f"{path}{suffix}").exists()
        )
        / 1e6
    )
    return [
        Row(
            "catalogue file @ 100,000 (vs the JSON export of its records)",
            file_mb,
            export_mb,
            "MB",
            "<=2x",
        ),
        Row(f"  of which free pages ({page:,}-byte pages)", free * page / 1e6, None, "MB"),
    ]


def probe(what: str, path: Path | None = None, config: Path | None = None) -> dict[str, float]:
    """One child process of `benchmarks/window_probe.py`; `config` is its XDG_CONFIG_HOME."""
    command = [sys.executable, "-m", "benchmarks.window_probe", what]
    if path is not None:
        command.append(str(path))
    environment = {**os.environ, "LAZOS_BENCH_T0": repr(time.time())}
    if config is not None:
        environment["XDG_CONFIG_HOME"] = str(config)
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
