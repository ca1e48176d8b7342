"""Kill a real `team sync` (merge, then write) with SIGKILL at random points.

After each kill the catalogue must pass `check`, nothing a program wrote in the folder may
have changed, what the killed run left there must be invisible to colleagues (hidden
names), and a plain `team sync` afterwards must bring the catalogue level with the
colleague's.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lazos_desktop.domain.records import Practice, record_to_dict
from lazos_desktop.services import Catalogue, team_folder
from lazos_desktop.services import catalogue_settings as settings

RUNS = 6
SIZE = 2000


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if not p.name.startswith(".")
    }


def state(catalogue: Catalogue) -> dict[str, dict[str, object]]:
    found = {}
    for record in catalogue.iter_records():
        data = record_to_dict(record)
        data.pop("code")
        data["links"] = sorted(data["links"])
        found[record.id] = data
    return found


def sync(db: Path, officer: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), "--officer", officer]
        + ["team", "sync", "--on-conflict", "theirs"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


@pytest.mark.slow
def test_killed_team_sync_leaves_a_sound_catalogue_that_catches_up(tmp_path: Path) -> None:
    folder = tmp_path / "equipo"
    folder.mkdir()
    ana = Catalogue.open(tmp_path / "ana.sqlite3", officer="Ana")
    settings.put_many(ana, {settings.TEAM_FOLDER: str(folder)})
    # Test data of this suite only (a temporary catalogue), big enough to be cut mid-way.
    ana.store.create_many(
        (
            Practice(
                title=f"Práctica de prueba de caídas {n}",
                countries=["PE"],
                axes=["empleo"],
                summary="Texto de prueba de la suite. " * 40,
                source="prueba automática de caídas",
            )
            for n in range(SIZE)
        ),
        "Ana",
    )
    team_folder.write_changes(ana)
    expected = state(ana)
    ana.close()

    template = tmp_path / "bruno-plantilla.sqlite3"
    bruno = Catalogue.open(template, officer="Bruno")
    settings.put_many(bruno, {settings.TEAM_FOLDER: str(folder)})
    bruno.close()

    # The kill falls within the time a whole sync takes on this machine, measured first on
    # a copy, so the runs cut the merge and the write however fast they have become.
    timed = tmp_path / "bruno-cronometrado.sqlite3"
    shutil.copyfile(template, timed)
    started = time.perf_counter()
    whole = sync(timed, "Bruno")
    assert whole.communicate(timeout=120)[0] is not None and whole.returncode == 0
    duration = time.perf_counter() - started

    rng = random.Random(7)
    killed = 0
    for run in range(RUNS):
        db = tmp_path / f"bruno-{run}.sqlite3"
        shutil.copyfile(template, db)
        before = snapshot(folder)
        child = sync(db, "Bruno")
        time.sleep(rng.uniform(0.35, 0.95) * duration)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        killed += child.returncode == -signal.SIGKILL

        opened = Catalogue.open(db, officer="Bruno", daily_backup=False)
        try:
            assert opened.check().ok, (run, opened.check().as_json())
        finally:
            opened.close()
        after = snapshot(folder)
        assert all(after[name] == digest for name, digest in before.items()), run

        again = sync(db, "Bruno")
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, (run, err)
        opened = Catalogue.open(db, officer="Bruno", daily_backup=False)
        try:
            got = state(opened)
            assert {k: got[k] for k in expected} == expected, run
        finally:
            opened.close()
    assert killed >= RUNS // 2, f"only {killed} of {RUNS} runs were cut before they ended"
