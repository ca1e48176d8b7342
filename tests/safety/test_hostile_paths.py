"""Every command on catalogues, backups and exports whose folder and file names hold `#`, `?`,
`%`, spaces, accents and emoji: characters SQLite would read as URI syntax if a path ever
reached it unescaped (an officer's folder "Reunión #3" once lost a catalogue on restore)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

FOLDER_NAME = "Reunión #3 ?50% a%20b 🌎"
FILE_NAME = "catálogo #1 ?x=1% 🌎.sqlite3"


def run(db: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "LAZOS_DATA_DIR": str(data)},
        timeout=120,
    )


def records_in(path: Path) -> int:
    connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM records").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def place(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    return folder / FILE_NAME, tmp_path / f"datos {FOLDER_NAME}"


def test_every_command_on_a_catalogue_named_with_uri_characters(place: tuple[Path, Path]) -> None:
    db, data = place
    folder = db.parent
    assert run(db, data, "init").returncode == 0
    assert db.is_file() and not (folder / "catálogo #1 ").exists()
    stats = json.loads(run(db, data, "stats", "--json").stdout)
    held = stats["total"]
    assert held > 0 and stats["path"] == str(db)

    listed = run(db, data, "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)["total"] == held
    assert run(db, data, "show", "BP-001").returncode == 0
    checked = run(db, data, "check", "--json")
    assert checked.returncode == 0, checked.stdout

    backup = folder / "copia #2 ?y% 🌎.sqlite3"
    made = run(db, data, "backup", str(backup), "--json")
    assert made.returncode == 0, made.stderr
    assert records_in(backup) == held

    assert run(db, data, "backup").returncode == 0
    listing = json.loads(run(db, data, "backups", "--json").stdout)
    assert listing["backups"]
    assert all(entry["readable"] for entry in listing["backups"]), listing

    exported: dict[str, Path] = {}
    for fmt in ("json", "lazos", "xlsx", "csv"):
        target = folder / f"exportación #4 ?z% 🌎.{fmt}"
        result = run(db, data, "export", str(target), "--kind", "practices", "--json")
        assert result.returncode == 0, result.stderr
        exported[fmt] = target
        assert target.is_file() and target.stat().st_size > 0

    other = folder / "otro #5 ?% 🌎.sqlite3"
    imported = run(other, data, "import", str(exported["lazos"]), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["written"] in (True, False)
    assert run(other, data, "undo-import").returncode in (0, 1)

    pdf = folder / "informe #6 ?% 🌎.pdf"
    brief = run(db, data, "brief", "record", str(pdf), "--id", "BP-001")
    assert brief.returncode == 0, brief.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    restored = run(db, data, "restore", str(backup), "--json")
    assert restored.returncode == 0, restored.stderr
    previous = Path(json.loads(restored.stdout)["previous"])
    assert records_in(previous) == held, "the copy kept before the restore holds the records"
    assert records_in(db) == held
    assert run(db, data, "check").returncode == 0
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith("catálogo #1 ") and p != db]
    assert not [name for name in leftovers if not name.endswith(("-wal", "-shm"))], leftovers


@pytest.mark.parametrize("character", ["#", "?", "%", "%23", " ", "ñ", "🌎"])
def test_backup_and_restore_in_a_folder_named_with(character: str, tmp_path: Path) -> None:
    """The restore scenario in process, one character at a time: the copy taken before a
    restore holds the catalogue's records and every backup lists as readable."""
    from lazos_desktop.services import Catalogue, safety

    folder = tmp_path / f"Reunión {character}3"
    folder.mkdir()
    path = folder / f"cat{character}.sqlite3"
    catalogue = Catalogue.open(path)
    held = sum(catalogue.stats()["records"].values())
    backup = safety.backup_now(catalogue, folder / f"copia{character}.sqlite3")
    catalogue.close()
    assert records_in(backup) == held
    result = safety.restore_backup(path, backup)
    assert result.previous is not None and records_in(result.previous) == held
    assert all(info.readable for info in safety.list_backups(path))
