"""`settings`, `publish` and `team` on the command line: exit codes, JSON, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(db: Path, *args: str, officer: str = "Ana") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), "--officer", officer, *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def test_team_commands_between_two_catalogues(tmp_path: Path) -> None:
    folder = tmp_path / "carpeta compartida #3"
    folder.mkdir()
    ana, bruno = tmp_path / "ana.sqlite3", tmp_path / "bruno.sqlite3"
    alone = run(ana, "team", "status")
    assert alone.returncode == 1 and "--team-folder" in alone.stderr
    for db, who in ((ana, "Ana"), (bruno, "Bruno")):
        assert run(db, "settings", "--team-folder", str(folder), officer=who).returncode == 0
    written = run(ana, "team", "write", "--json")
    assert written.returncode == 0, written.stderr
    assert json.loads(written.stdout)["written"]["records"] > 0
    status = json.loads(run(bruno, "team", "status", "--json", officer="Bruno").stdout)
    assert [item["officer"] for item in status["pending"]] == ["Ana"]
    synced = run(bruno, "team", "sync", "--json", officer="Bruno")
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert report["merged"]["bundles"] == 1 and report["merged"]["conflicts"] == 0
    again = json.loads(run(bruno, "team", "merge", "--json", officer="Bruno").stdout)
    assert again["merged"]["bundles"] == 0
    # Bruno held the same seeds: nothing of his own to send back.
    assert report["written"]["records"] == 0
    assert [p.name.split("_")[0] for p in folder.iterdir()] == ["ana"]


def test_publish_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    missing = run(db, "publish", str(tmp_path / "no" / "web.sqlite3"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    done = run(db, "publish", str(tmp_path / "web.sqlite3"), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["tables"]["practicas"] == 3 and report["contacts"] is False
    assert Path(report["metadata"]).name == "web.metadata.json"
    itself = run(db, "publish", str(db))
    assert itself.returncode == 1 and "catálogo" in itself.stderr
