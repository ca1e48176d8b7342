"""A brief as a whole process, next to two peers writing the same text as processes too.

    python -m benchmarks.brief_process [--repeat 5] [--catalogue PATH] [--steps]

Ours: `lazos-desktop --db CATALOGUE brief country OUT.pdf --country PE`, interpreter start to
exit, as an officer runs it. Its PDF is read back (pypdf) for its text, line by line, and
the TrueType faces it embeds; then:

* bare ReportLab: `benchmarks/bare_brief.py` registers the same faces and writes the same
  lines, one Paragraph each, with `SimpleDocTemplate` (no tables, charts, contents, cover);
* LibreOffice: `soffice --headless --convert-to pdf` of an HTML file holding the same lines
  (one <p> each, DejaVu Sans), with a profile of its own made by an untimed first run.

Each program runs once untimed, then `repeat` times in turn (ours, bare, LibreOffice), so
that load from other work on the machine falls on all three alike; the figures are the
minimum (and the median) wall time of those runs, and the CPU time (user + system) of the
run each minimum came from. Bytecode is compiled first and written (no
PYTHONDONTWRITEBYTECODE), as an installed program has it. Without `soffice` on the PATH the
LibreOffice figures are None and the reason is printed.
"""

from __future__ import annotations

import argparse
import compileall
import html
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
COUNTRY = "PE"


@dataclass
class Timing:
    """Wall and CPU seconds of one program over `repeat` runs."""

    walls: list[float]
    cpus: list[float]

    @property
    def best(self) -> float:
        return min(self.walls)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        """CPU seconds of the fastest run."""
        return self.cpus[self.walls.index(self.best)]


def environment(data_folder: Path) -> dict[str, str]:
    """The child processes' environment: bytecode written and read, a private data folder."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["LAZOS_DATA_DIR"] = str(data_folder)
    env.pop("LAZOS_DB", None)
    return env


def compile_bytecode() -> None:
    """Compile our modules the way an installed program has them."""
    for folder in (ROOT / "lazos_desktop", ROOT / "benchmarks"):
        compileall.compile_dir(folder, quiet=1)


def lazos_program() -> list[str]:
    """The installed `lazos-desktop` script of this interpreter (its console entry point)."""
    script = Path(sys.executable).parent / "lazos-desktop"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "lazos_desktop"]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def run_timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process; raises when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr[-1500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def brief_text(pdf: Path) -> tuple[list[str], list[str], int]:
    """The text lines of `pdf`, the TrueType files of the faces it embeds, its page count."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    lines: list[str] = []
    faces: set[str] = set()
    for page in reader.pages:
        lines += [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            base = str(font.get_object().get("/BaseFont", "")).lstrip("/")
            faces.add(base.split("+", 1)[-1])
    files = sorted(str(FONTS / f"{face}.ttf") for face in faces if (FONTS / f"{face}.ttf").exists())
    return lines, files, len(reader.pages)


def write_html(lines: list[str], target: Path) -> None:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    target.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Brief</title>'
        '<style>body { font-family: "DejaVu Sans"; font-size: 9.6pt }</style></head>'
        f"<body>\n{body}\n</body></html>\n",
        encoding="utf-8",
    )


def measure(catalogue: Path, repeat: int = 5, country: str = COUNTRY) -> dict[str, object]:
    """Our country brief of `catalogue` as a process, the bare ReportLab process and the
    LibreOffice conversion of the same text (None when LibreOffice is not installed)."""
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="lazos-brief-bench-") as folder:
        work = Path(folder)
        env = environment(work / "data")
        ours_pdf, bare_pdf, html_file = work / "ours.pdf", work / "bare.pdf", work / "brief.html"
        ours_command = [
            *lazos_program(),
            "--db",
            str(catalogue),
            "brief",
            "country",
            str(ours_pdf),
            "--country",
            country,
        ]
        run_timed(ours_command, env)
        lines, fonts, pages = brief_text(ours_pdf)
        text_file = work / "text.json"
        text_file.write_text(json.dumps({"fonts": fonts, "lines": lines}), encoding="utf-8")
        write_html(lines, html_file)
        bare_command = [
            sys.executable,
            str(ROOT / "benchmarks" / "bare_brief.py"),
            str(text_file),
            str(bare_pdf),
        ]
        programs: dict[str, list[str]] = {"ours": ours_command, "bare": bare_command}
        office = soffice()
        skipped = ""
        if office is None:
            skipped = (
                "LibreOffice peer skipped: no soffice on the PATH (`make bench` installs "
                "libreoffice-writer-nogui when it runs as root with apt-get)"
            )
            print(skipped, flush=True)
        else:
            programs["libreoffice"] = [
                office,
                f"-env:UserInstallation={(work / 'lo-profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo"),
                str(html_file),
            ]
        for command in programs.values():
            if command is not ours_command:
                run_timed(command, env)  # untimed: caches, LibreOffice's new profile
        runs: dict[str, Timing] = {name: Timing([], []) for name in programs}
        for _ in range(repeat):
            for name, command in programs.items():
                wall, cpu = run_timed(command, env)
                runs[name].walls.append(wall)
                runs[name].cpus.append(cpu)
        bare_pages = _pages(bare_pdf)
    return {
        "pages": pages,
        "lines": len(lines),
        "fonts": [Path(font).name for font in fonts],
        "bare_pages": bare_pages,
        "ours": runs["ours"],
        "bare": runs["bare"],
        "libreoffice": runs.get("libreoffice"),
        "skipped": skipped,
    }


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def _current(path: Path) -> bool:
    """Whether a catalogue built earlier is there at this program's schema version."""
    import sqlite3

    from lazos_desktop.store.migrations import SCHEMA_VERSION

    if not path.exists():
        return False
    with sqlite3.connect(path) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.close()
    if version == SCHEMA_VERSION:
        return True
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return False


def seeded_catalogue(folder: Path) -> Path:
    """A new catalogue with the sourced seeds, made by `lazos-desktop init`."""
    path = folder / "seeded.sqlite3"
    if not _current(path):
        env = environment(folder / "data")
        subprocess.run(
            [*lazos_program(), "--db", str(path), "init"],
            check=True,
            capture_output=True,
            env=env,
        )
    return path


def country_catalogue(folder: Path, in_country: int = 500) -> Path:
    """The seeds plus `in_country` synthetic records in Peru and 200 elsewhere (the
    catalogue of the in-process country brief row)."""
    path = folder / f"peru-{in_country}.sqlite3"
    if not _current(path):
        from benchmarks.briefs_bench import _records
        from lazos_desktop.services import Catalogue

        os.environ.setdefault("LAZOS_DATA_DIR", str(folder / "data"))
        catalogue = Catalogue.open(path, officer="benchmark")
        catalogue.store.create_many(
            _records(in_country + 200, in_country), "benchmark", check=False
        )
        catalogue.close()
    return path


# `lazos-desktop ... brief country OUT --country PE` in a child, with a mark after each
# step: CPU seconds of the process by then. Functions are wrapped, none changed. The child
# settles the collector as the program's own process does (`cli_process`), since `main` is
# called here with arguments.
_STEPS = r"""
import json, sys, time
marks = [("interpreter up", time.process_time())]
def mark(step): marks.append((step, time.process_time()))
import lazos_desktop.cli as cli
mark("command line imported")
from lazos_desktop.services import Catalogue
mark("catalogue imported (services, store, pydantic, records)")
from lazos_desktop import briefs
from lazos_desktop.services import briefs as service
mark("brief service imported")
opened, prepared, render = Catalogue.open.__func__, service.prepare_brief, briefs.TEMPLATES["country"]
def timed_open(cls, *args, **kwargs):
    found = opened(cls, *args, **kwargs); mark("catalogue opened"); return found
def timed_prepare(*args, **kwargs):
    mark("arguments checked"); found = prepared(*args, **kwargs); mark("brief data read"); return found
def timed_render(data, target):
    import lazos_desktop.briefs.country_brief
    mark("template and ReportLab imported")
    pages = render(data, target); mark("laid out and written (faces parsed)"); return pages
Catalogue.open = classmethod(timed_open)
service.prepare_brief = timed_prepare
briefs.TEMPLATES["country"] = timed_render
cli.cli_process.settle("brief")
status = cli.main(sys.argv[2:])
mark("exit")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"status": status, "marks": marks}, out)
"""


def step_profile(catalogue: Path, repeat: int = 5, country: str = COUNTRY) -> str:
    """CPU seconds of each step of our brief process, median of `repeat` fresh processes."""
    compile_bytecode()
    runs: list[list[tuple[str, float]]] = []
    with tempfile.TemporaryDirectory(prefix="lazos-brief-steps-") as folder:
        work = Path(folder)
        for _ in range(repeat):
            report = work / "marks.json"
            command = [sys.executable, "-c", _STEPS, str(report), "--db", str(catalogue)]
            command += ["brief", "country", str(work / "out.pdf"), "--country", country]
            subprocess.run(command, check=True, capture_output=True, env=environment(work))
            runs.append([tuple(mark) for mark in json.loads(report.read_text())["marks"]])
    lines = [f"brief process on {catalogue.name}, step by step (CPU s, median of {repeat}):"]
    before = 0.0
    for index, (step, _) in enumerate(runs[0]):
        at = statistics.median(run[index][1] for run in runs)
        lines.append(f"  {step:<52}{at:8.3f}{at - before:8.3f}")
        before = at
    return "\n".join(lines)


def describe(name: str, figures: dict[str, object]) -> str:
    """The figures as lines for a terminal. Our timed runs read the faces parsed by the
    untimed first one from the cache folder (`briefs/font_cache.py`), as an officer's
    second brief does; bare ReportLab parses them in every run."""
    lines = [
        f"{name}: {figures['pages']} pages, {figures['lines']} lines, faces {figures['fonts']}"
        " (ours: parsed faces read from the cache)"
    ]
    for program in ("ours", "bare", "libreoffice"):
        timing = figures.get(program)
        if isinstance(timing, Timing):
            walls = ", ".join(f"{wall:.3f}" for wall in timing.walls)
            lines.append(
                f"  {program:<12} min {timing.best:.3f} s  median {timing.median:.3f} s  "
                f"cpu {timing.cpu:.3f} s  runs [{walls}]"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--catalogue", type=Path, help="a catalogue (default: a new seeded one)")
    parser.add_argument("--steps", action="store_true", help="also the CPU time of each step")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lazos-brief-cat-") as folder:
        catalogue = args.catalogue or seeded_catalogue(Path(folder))
        print(describe(str(catalogue), measure(catalogue, args.repeat)))
        if args.steps:
            print(step_profile(catalogue, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
