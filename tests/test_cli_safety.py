"""The safety commands as scripts use them: backup, backups, restore, and bad files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop.store import migrations


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert run(path, "init").returncode == 0
    return path


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_backup_then_backups_lists_it_with_counts(db: Path) -> None:
    written = json.loads(run(db, "backup", "--json").stdout)["backup"]
    listing = json.loads(run(db, "backups", "--json").stdout)
    entry = next(b for b in listing["backups"] if b["path"] == written)
    assert entry["reason"] == "manual" and entry["readable"] is True
    assert entry["records"]["practice"] == 3
    human = run(db, "backups").stdout
    assert "manual" in human and "3 prácticas" in human


def test_backups_of_a_catalogue_without_any(tmp_path: Path) -> None:
    result = run(tmp_path / "nada.sqlite3", "backups")
    assert result.returncode == 0 and "Todavía no hay copias" in result.stdout


def test_a_damaged_catalogue_names_the_newest_good_backup_and_restore_fixes_it(
    db: Path,
) -> None:
    written = json.loads(run(db, "backup", "--json").stdout)["backup"]
    damage(db)
    result = run(db, "stats", "--json")
    assert result.returncode == 3
    payload = json.loads(result.stdout)
    assert payload["newest_good_backup"] == written
    assert "dañado" in result.stderr and f"restore {written}" in result.stderr
    restored = run(db, "restore", written, "--json")
    assert restored.returncode == 0, restored.stderr
    info = json.loads(restored.stdout)
    assert info["previous"] and Path(info["previous"]).exists()
    assert run(db, "check").returncode == 0


def test_restore_refuses_a_file_that_is_not_a_catalogue(db: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "notas.txt"
    bogus.write_text("hola", encoding="utf-8")
    before = db.read_bytes()
    result = run(db, "restore", str(bogus))
    assert result.returncode == 3
    assert "no es un catálogo" in result.stderr
    assert db.read_bytes() == before


def test_a_newer_catalogue_is_refused_named_and_unchanged(db: Path) -> None:
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 4}")
    raw.close()
    before = db.read_bytes()
    for command in (["stats"], ["list"], ["show", "BP-001"], ["demo-data", "--synthetic", "3"]):
        result = run(db, *command)
        assert result.returncode == 3
        assert f"esquema {migrations.SCHEMA_VERSION + 4}" in result.stderr
    assert db.read_bytes() == before


def test_a_text_file_is_named_as_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = run(path, "stats")
    assert result.returncode == 3
    assert "lista.csv no es un catálogo de LAZOS Desktop" in result.stderr
    assert "copia" not in result.stderr  # no backup to offer for a file never a catalogue
