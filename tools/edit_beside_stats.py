"""The reported loss, replayed with the real program: does the window keep a saved edit?

Each run starts the real window (offscreen, `ui.app.build_main_window`, its query and write
workers and the day's backup as on any start) on a copy of a seeded catalogue, saves an
edit through the window's operation layer, lets the real command line run `lazos-desktop
stats` on the same file in a process of its own, saves a second edit, and is killed with
SIGKILL as a flat battery would. The file must hold the second edit and `check` must pass.

    python tools/edit_beside_stats.py [RUNS] [--without-qt]   # one line a run, then the tally

`--without-qt` runs the window's three connections without building the window (the same
services calls, about 1 s a run instead of 5 to 30 s on a busy machine).

Before the fix every run lost the second edit (the window's connections wrote into a
write-ahead log that the `stats` process had checkpointed and deleted); exit status 0 only
when every run kept it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EDITS = ("Primera edición guardada", "Segunda edición guardada")


def window_process(db: Path, settings_folder: Path) -> None:
    """The child: the real window; one edit per line read on stdin."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder))
    from lazos_desktop.ui.app import build_main_window

    window = build_main_window(db, "es")
    window.show()
    window.wait_for_queries()
    for title in EDITS:
        sys.stdin.readline()
        record = window.catalogue.get("BP-001")
        window.operations.change(
            lambda catalogue, r=record, t=title: catalogue.update(
                r.model_copy(update={"title": t})
            ),
            lambda change: "edición de BP-001",
        )
        window.wait_for_queries()
        print(f"committed {title}", flush=True)
    sys.stdin.readline()  # killed while waiting here


def connections_process(db: Path) -> None:
    """The child without Qt: the window's three connections, opened as `ui/operations.py`
    and `ui/main_window.py` open them (the window's own, then a reader and a writer worker
    on threads of their own, the day's backup through the reader), and the same edits."""
    from concurrent.futures import ThreadPoolExecutor

    from lazos_desktop.services import Catalogue

    catalogue = Catalogue.open(db, officer="ventana", daily_backup=False)
    workers = [ThreadPoolExecutor(max_workers=1) for _ in range(2)]
    reader, writer = (w.submit(Catalogue.open_reader, db, "ventana").result() for w in workers)
    workers[0].submit(reader.take_daily_backup).result()
    for title in EDITS:
        sys.stdin.readline()
        record = catalogue.get("BP-001")
        catalogue.update(record.model_copy(update={"title": title}))
        workers[0].submit(reader.stats).result()  # the list and overview read it again
        print(f"committed {title}", flush=True)
    sys.stdin.readline()
    writer.close()


def one_run(
    template: Path, folder: Path, run: int, env: dict[str, str], qt: bool
) -> tuple[bool, str]:
    db = folder / f"ventana-{run}.sqlite3"
    shutil.copyfile(template, db)
    child = subprocess.Popen(
        [sys.executable, __file__, "--child" if qt else "--child-connections", str(db)]
        + [str(folder / f"ajustes-{run}")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert child.stdin is not None and child.stdout is not None

    def edit() -> str:
        child.stdin.write("\n")  # type: ignore[union-attr]
        child.stdin.flush()  # type: ignore[union-attr]
        return child.stdout.readline().strip()  # type: ignore[union-attr]

    first = edit()
    stats = cli(db, env, "stats", "--json")
    second = edit()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    checked = cli(db, env, "check", "--json")
    shown = json.loads(cli(db, env, "show", "BP-001", "--json").stdout)["title"]
    kept = (
        first == f"committed {EDITS[0]}"
        and second == f"committed {EDITS[1]}"
        and stats.returncode == 0
        and checked.returncode == 0
        and shown == EDITS[1]
    )
    return kept, f"stats {stats.returncode}, check {checked.returncode}, title {shown!r}"


def cli(db: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def main(runs: int, qt: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="lazos-edicion-") as name:
        folder = Path(name)
        env = {**os.environ, "LAZOS_DATA_DIR": str(folder / "datos"), "PYTHONPATH": str(REPO)}
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("LAZOS_DB", None)
        template = folder / "plantilla.sqlite3"
        assert cli(template, env, "init").returncode == 0
        kept = 0
        started = time.monotonic()
        for run in range(runs):
            ok, detail = one_run(template, folder, run, env, qt)
            kept += ok
            print(f"run {run + 1:>3}: {'kept' if ok else 'LOST'} ({detail})", flush=True)
        seconds = time.monotonic() - started
        print(f"{kept} of {runs} runs kept every saved edit ({seconds:.0f} s)")
        return 0 if kept == runs else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        window_process(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1:2] == ["--child-connections"]:
        connections_process(Path(sys.argv[2]))
    else:
        given = [arg for arg in sys.argv[1:] if arg != "--without-qt"]
        raise SystemExit(main(int(given[0]) if given else 100, "--without-qt" not in sys.argv))
