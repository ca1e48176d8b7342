"""A catalogue file is ours or it is refused: schema objects of someone else's (a trigger
that empties the toolbox on every history insert, a view, an extra table, one of our tables
with other SQL) are refused on open, import and restore, listed by `check`, and the refusal
names the command that imports the file's records into a clean catalogue."""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue, safety
from lazos_desktop.store import migrations, schema_objects
from lazos_desktop.store.errors import CatalogueDamaged, ForeignCatalogue

DATA = Path(__file__).parent.parent / "data"
WIPE = (
    "CREATE TRIGGER wipe_toolbox AFTER INSERT ON history "
    "BEGIN DELETE FROM records WHERE kind = 'toolbox'; END"
)


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def raw(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def toolbox_count(path: Path) -> int:
    connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        query = "SELECT count(*) FROM records WHERE kind = 'toolbox'"
        return int(connection.execute(query).fetchone()[0])
    finally:
        connection.close()


def closed_catalogue(path: Path) -> Path:
    Catalogue.open(path).close()
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = closed_catalogue(tmp_path / "recibido.sqlite3")
    raw(path, WIPE, "PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_foreign_trigger_refuses_open_and_import_and_leaves_the_file_unchanged(
    hostile: Path,
) -> None:
    toolbox = toolbox_count(hostile)
    assert toolbox > 0
    before = hostile.read_bytes()
    stats = run(hostile, "stats")
    assert stats.returncode == 3
    assert "trigger wipe_toolbox" in stats.stderr and "no crea" in stats.stderr
    imported = run(hostile, "import", str(DATA / "excel_es_practicas.csv"), "--json")
    assert imported.returncode == 3
    payload = json.loads(imported.stdout)
    assert "wipe_toolbox" in payload["error"] and "import" in payload["import_command"]
    assert hostile.read_bytes() == before
    assert toolbox_count(hostile) == toolbox


def test_check_lists_the_foreign_trigger_in_its_report(hostile: Path) -> None:
    result = run(hostile, "check", "--json")
    assert result.returncode == 3
    report = json.loads(result.stdout)
    finding = next(f for f in report["checks"] if f["check"] == "schema_objects")
    assert finding["ok"] is False and "trigger wipe_toolbox" in finding["detail"]
    assert next(f for f in report["checks"] if f["check"] == "integrity")["ok"] is True
    human = run(hostile, "--lang", "en", "check")
    assert "[ERR]" in human.stdout and "does not create" in human.stderr


def test_the_offered_command_imports_the_records_into_a_clean_catalogue(hostile: Path) -> None:
    toolbox = toolbox_count(hostile)
    refused = run(hostile, "stats", "--json")
    command = shlex.split(json.loads(refused.stdout)["import_command"])
    assert command[:2] == ["lazos-desktop", "--db"] and command[3:] == [
        "import",
        str(hostile),
        "--on-conflict",
        "theirs",
    ]
    clean = Path(command[2])
    assert not clean.exists() and clean.parent == hostile.parent
    result = run(clean, *command[3:], "--json")
    assert result.returncode == 0, result.stderr
    assert run(clean, "check").returncode == 0
    assert toolbox_count(clean) == toolbox
    connection = sqlite3.connect(clean)
    triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    own = {
        o.name for o in schema_objects.reference(migrations.SCHEMA_VERSION) if o.type == "trigger"
    }
    assert {name for (name,) in triggers} == own  # the index's own, not the sender's
    connection.close()


def test_restore_refuses_a_backup_with_a_foreign_trigger(hostile: Path, tmp_path: Path) -> None:
    own = closed_catalogue(tmp_path / "propio.sqlite3")
    before = own.read_bytes()
    result = run(own, "restore", str(hostile))
    assert result.returncode == 3
    assert "wipe_toolbox" in result.stderr
    assert own.read_bytes() == before
    with pytest.raises(ForeignCatalogue):
        safety.restore_backup(own, hostile)


def test_restore_refuses_a_minimal_fake_catalogue(tmp_path: Path) -> None:
    own = closed_catalogue(tmp_path / "propio.sqlite3")
    fake = closed_catalogue(tmp_path / "falso.sqlite3")
    connection = sqlite3.connect(fake)
    others = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
        "('records', 'search') AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    connection.close()
    raw(fake, "DROP TABLE search", *[f"DROP TABLE {name}" for (name,) in others])
    before = own.read_bytes()
    result = run(own, "restore", str(fake))
    assert result.returncode == 3, result.stderr
    assert "no es un catálogo completo" in result.stderr
    assert own.read_bytes() == before
    assert run(own, "check").returncode == 0


def test_restore_refuses_a_backup_whose_records_do_not_read(tmp_path: Path) -> None:
    own = closed_catalogue(tmp_path / "propio.sqlite3")
    broken = closed_catalogue(tmp_path / "roto.sqlite3")
    raw(broken, "UPDATE records SET data = '{roto' WHERE code = 'TB-001'")
    with pytest.raises(CatalogueDamaged) as refused:
        safety.restore_backup(own, broken)
    assert "TB-001" in refused.value.message("es")


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE VIEW all_records AS SELECT * FROM records",
        "CREATE TABLE notes (text TEXT)",
        "CREATE INDEX records_title ON records (title)",
        "CREATE TRIGGER t BEFORE UPDATE ON vocab BEGIN SELECT 1; END",
    ],
)
def test_any_foreign_object_refuses_the_file(statement: str, tmp_path: Path) -> None:
    path = closed_catalogue(tmp_path / "c.sqlite3")
    raw(path, statement)
    with pytest.raises(ForeignCatalogue) as refused:
        Catalogue.open(path)
    name = statement.split()[2] if "INDEX" in statement or "VIEW" in statement else None
    assert name is None or name in refused.value.message("en")


def test_one_of_our_tables_with_other_sql_is_refused(tmp_path: Path) -> None:
    """Rewritten through writable_schema: same name, a default that is not ours."""
    path = closed_catalogue(tmp_path / "c.sqlite3")
    raw(
        path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'value TEXT NOT NULL', "
        "'value TEXT NOT NULL DEFAULT (random())') WHERE name = 'meta'",
    )
    with pytest.raises(ForeignCatalogue) as refused:
        Catalogue.open(path)
    assert "table meta" in refused.value.message("en")


def test_our_own_catalogue_after_analyze_still_opens(tmp_path: Path) -> None:
    path = closed_catalogue(tmp_path / "c.sqlite3")
    raw(path, "ANALYZE")
    Catalogue.open(path).close()
