"""Import memory: a generated 1,000,000-row CSV and XLSX through `lazos-desktop import`.

Run with `make bench ONLY=import` or `.venv/bin/python -m benchmarks.import_stream [ROWS]`.
The files are generated once into `benchmarks/.cache/` (the XLSX with openpyxl's write-only
mode): practices with a title, countries, axes, a year and a summary, one row in fifty with
a year that is not a number (so that the dry run has problems to report). Each import runs as
its own process, under `/usr/bin/time -f %M` when it is there (else the peak resident size
that `getrusage` gives for a child, taken in a fresh interpreter): the peak resident memory
of the whole process, in MB, against the target of 400 MB whatever the file's size.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row

BIN = Path(sys.executable).parent
CACHE = Path(__file__).resolve().parent / ".cache"
COUNTRIES = ("Perú", "Colombia", "Ecuador", "Chile", "Brasil", "Argentina", "México")
AXES = ("Empleo", "Protección social", "Emprendimiento", "Inclusión financiera")
LIMIT_MB = 400


def main(rows: int = 1_000_000) -> None:
    for fmt in ("csv", "xlsx"):
        for dry in (True, False):
            found = measure(fmt, rows, dry)
            what = "--dry-run" if dry else "import"
            print(
                f"{fmt} {rows:,} rows {what:9}  peak {found['peak_mb']:7.1f} MB  "
                f"{found['seconds']:7.1f} s  exit {found['exit']}  {found['counts']}"
            )


def rows(count: int = 1_000_000) -> list[Row]:
    """The bench rows: peak memory of each import (CSV against `sqlite-utils insert --csv`,
    which streams its rows too), and the time of the CSV import beside sqlite-utils'."""
    path = source("csv", count)
    folder = Path(tempfile.mkdtemp(prefix="lazos-stream-bare-"))
    try:
        command = [str(BIN / "sqlite-utils"), "insert", str(folder / "bare.db"), "t", str(path)]
        started = time.perf_counter()
        bare_peak, _, _ = _peak([*command, "--csv"], dict(os.environ))
        bare_seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    found: list[Row] = []
    for fmt in ("csv", "xlsx"):
        for dry in (True, False):
            figures = measure(fmt, count, dry)
            what = "--dry-run" if dry else "import"
            peer = " (vs sqlite-utils insert --csv)" if fmt == "csv" else ""
            found.append(
                Row(
                    f"peak memory, {count:,}-row {fmt.upper()} {what}{peer}",
                    float(str(figures["peak_mb"])),
                    bare_peak if fmt == "csv" else None,
                    "MB",
                    f"<{LIMIT_MB} MB",
                )
            )
            if fmt == "csv" and not dry:
                found.append(
                    Row(
                        f"time, {count:,}-row CSV import (vs sqlite-utils insert --csv)",
                        float(str(figures["seconds"])),
                        bare_seconds,
                        "s",
                    )
                )
    return found


def source(fmt: str, rows: int) -> Path:
    """The generated file of `rows` practices (cached: generating it takes a while)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"practicas-{rows}.{fmt}"
    if not path.exists():
        partial = path.with_suffix(f".part.{fmt}")
        (_write_csv if fmt == "csv" else _write_xlsx)(partial, rows)
        partial.replace(path)
    return path


def measure(fmt: str, rows: int, dry_run: bool) -> dict[str, object]:
    """Peak resident MB, seconds, exit status and counts of one import as a whole process."""
    path = source(fmt, rows)
    folder = Path(tempfile.mkdtemp(prefix="lazos-stream-"))
    env = {**os.environ, "LAZOS_DATA_DIR": str(folder / "data")}
    try:
        target = folder / "catalogue.sqlite3"
        subprocess.run(
            [str(BIN / "lazos-desktop"), "--db", str(target), "init"],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        command = [str(BIN / "lazos-desktop"), "--db", str(target), "import", str(path)]
        command += ["--json", "--skip-invalid"] + (["--dry-run"] if dry_run else [])
        started = time.perf_counter()
        peak, code, out = _peak(command, env)
        seconds = time.perf_counter() - started
        try:
            counts = {
                key: value
                for key, value in json.loads(out).items()
                if key in ("created", "refused", "duplicates", "written")
            }
        except ValueError:
            counts = {"output": out[-300:]}
        return {"peak_mb": peak, "seconds": seconds, "exit": code, "counts": counts}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _peak(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(peak resident MB, exit status, standard output) of `command` run as a process."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        if Path("/usr/bin/time").exists():
            wrapped = ["/usr/bin/time", "-f", "%M", "-o", report.name, *command]
            done = subprocess.run(wrapped, env=env, capture_output=True, text=True)
            return int(report.read().split()[-1]) / 1024, done.returncode, done.stdout
    probe = (
        "import resource, subprocess, sys, json\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps([peak, done.returncode, done.stdout]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True
    )
    peak, code, out = json.loads(done.stdout)
    return peak / 1024, code, out


def _practice(number: int) -> list[object]:
    year: object = 2000 + number % 25 if number % 50 else "dos mil"
    return [
        f"Práctica {number:07d} de inserción laboral de personas migrantes",
        f"{COUNTRIES[number % 7]}; {COUNTRIES[(number // 7) % 7]}",
        AXES[number % 4],
        year,
        "Orientación, formación y acompañamiento para la inserción laboral en el municipio.",
        "sí",
    ]


HEADERS = ["Título", "Países", "Ejes", "Año", "Resumen", "Sintético"]


def _write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for number in range(1, rows + 1):
            writer.writerow(_practice(number))


def _write_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Prácticas")
    sheet.append(HEADERS)
    for number in range(1, rows + 1):
        sheet.append(_practice(number))
    book.save(path)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
