"""The command line as other programs use it: subprocess, exit codes, JSON shapes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue


def run(
    db: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A seeded catalogue, as `lazos-desktop --db PATH init` leaves it."""
    path = tmp_path / "cli.sqlite3"
    Catalogue.open(path).close()
    return path


def test_stats_on_a_new_catalogue_shows_seeded_records_by_kind(db: Path) -> None:
    result = run(db, "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["records"]["practice"] == 3
    assert stats["records"]["exchange"] >= 5
    assert stats["records"]["toolbox"] >= 9
    assert stats["mapped_practices_total"] == 48 and stats["mapped_practices_held"] == 0
    assert sum(stats["synthetic"].values()) == 0
    text = run(db, "stats").stdout
    # Only practices whose source cites the programme's mapping count towards the 48.
    assert "Buenas prácticas" in text and "0 de las 48" in text


def test_list_json_finds_accented_words(db: Path) -> None:
    result = run(db, "list", "--query", "migracion", "--json")
    assert result.returncode == 0
    payload = json.loads(result.stdout)
    assert payload["total"] == len(payload["records"]) > 0
    for record in payload["records"]:
        assert {"id", "code", "kind", "title"} <= record.keys()
    texts = " ".join(r["title"] for r in payload["records"])
    shown = run(db, "show", payload["records"][0]["code"], "--json").stdout
    assert "migra" in (texts + shown).lower()


def test_list_limit_and_filters(db: Path) -> None:
    payload = json.loads(run(db, "list", "--country", "PE", "--json").stdout)
    assert payload["total"] >= 2
    assert all("PE" in r["countries"] for r in payload["records"])
    limited = json.loads(run(db, "list", "--limit", "1", "--json").stdout)
    assert len(limited["records"]) == 1 and limited["total"] > 1


def test_show_prints_a_record_with_its_links(db: Path) -> None:
    result = run(db, "show", "EX-001", "--json")
    data = json.loads(result.stdout)
    assert data["code"] == "EX-001"
    assert "SENA" in data["title"]
    assert {row["code"] for row in data["linked"]} >= {"IN-001", "IN-002"}
    human = run(db, "show", "ex-001")
    assert "Comisión Técnica Binacional" in human.stdout
    # In the plain output, labels, names and dates as the window shows them: no codes, no ids.
    assert "Colombia — SENA (Oferente)" in human.stdout and "Estado: Activo" in human.stdout
    assert "Creado: 1 dic 2025" in human.stdout and "Modificado por: semilla" in human.stdout
    assert "role=" not in human.stdout and data["id"] not in human.stdout
    english = run(db, "--lang", "en", "show", "EX-001").stdout
    assert "Colombia — SENA (Offering partner)" in english and "Status: Active" in english
    assert "Changed by: seed catalogue" in english and "Pending" in english
    assert "Employment promotion" in english and "empleo;" not in english
    assert data["parties"][0]["role"] == "offering"  # --json keeps the codes


def test_check_json(db: Path) -> None:
    result = run(db, "check", "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 0
    assert report["ok"] is True
    assert {c["check"] for c in report["checks"]} >= {
        "integrity",
        "foreign_keys",
        "search_index",
        "schema_version",
    }


def test_demo_data_is_flagged_synthetic(db: Path) -> None:
    result = run(db, "demo-data", "--synthetic", "50", "--seed", "3", "--json")
    assert json.loads(result.stdout)["created"] == 50
    payload = json.loads(run(db, "list", "--synthetic", "yes", "--json").stdout)
    assert payload["total"] == 50
    assert all(r["synthetic"] and "sintétic" in r["title"] for r in payload["records"])


def test_exit_codes(db: Path, tmp_path: Path) -> None:
    assert run(db, "list", "--country", "QQ").returncode == 2
    assert "QQ" in run(db, "list", "--country", "QQ").stderr
    assert run(db, "list", "--axis", "astrologia").returncode == 2
    assert run(db, "show", "BP-999").returncode == 1
    assert run(db, "no-such-command").returncode == 2
    text = tmp_path / "notas.txt"
    text.write_text("hola", encoding="utf-8")
    refused = run(text, "stats")
    assert refused.returncode == 3
    assert "no es un catálogo" in refused.stderr
    assert text.read_text(encoding="utf-8") == "hola"
    missing = run(tmp_path / "nope" / "x.sqlite3", "stats")
    assert missing.returncode == 3  # a path that names no catalogue, said so; nothing made
    assert not (tmp_path / "nope").exists()


def test_newer_catalogue_exits_3_and_is_not_changed(db: Path) -> None:
    run(db, "stats")
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = db.read_bytes()
    result = run(db, "stats", "--json")
    assert result.returncode == 3
    assert "error" in json.loads(result.stdout)
    assert db.read_bytes() == before


def test_lazos_db_environment_variable_and_english(tmp_path: Path) -> None:
    target = tmp_path / "env.sqlite3"
    Catalogue.open(target).close()
    result = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--lang", "en", "stats"],
        capture_output=True,
        text=True,
        env={**os.environ, "LAZOS_DB": str(target)},
        timeout=120,
    )
    assert result.returncode == 0
    assert target.exists()
    assert "Good practices" in result.stdout


def test_brief_writes_a_pdf_and_reports_it(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.pdf"
    result = run(db, "brief", "country", str(out), "--country", "PE", "--lang", "en", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["path"] == str(out) and report["pages"] >= 1 and report["synthetic"] == 0
    assert out.read_bytes().startswith(b"%PDF")
    several = run(db, "brief", "record", str(tmp_path / "r.pdf"), "--id", "BP-001", "EX-001")
    assert several.returncode == 0 and "2 registros" in several.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["brief", "poster", "x.pdf"],
        ["brief", "record", "x.pdf"],
        ["brief", "country", "x.pdf"],
        ["brief", "theme", "x.pdf"],
        ["brief", "theme", "x.pdf", "--axis", "nada"],
        ["brief", "catalogue", "x.pdf", "--paper", "a3"],
    ],
)
def test_brief_usage_errors_exit_2_and_write_nothing(
    db: Path, tmp_path: Path, args: list[str]
) -> None:
    args = [str(tmp_path / a) if a == "x.pdf" else a for a in args]
    result = run(db, *args)
    assert result.returncode == 2
    assert result.stderr.strip()
    assert not (tmp_path / "x.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_paper_choices_of_the_command_line_are_the_briefs_papers() -> None:
    from lazos_desktop.cli import PAPER_CHOICES
    from lazos_desktop.services.briefs import PAPERS

    assert set(PAPER_CHOICES) == set(PAPERS)


def test_reading_commands_take_no_daily_backup_but_changing_ones_do(db: Path) -> None:
    from lazos_desktop.services import safety

    def dailies() -> int:
        return sum(1 for b in safety.list_backups(db) if b.reason == "daily")

    run(db, "stats")  # creates and seeds the file: nothing to back up yet
    for command in (["stats"], ["list", "--limit", "1"], ["show", "BP-001"], ["check"]):
        assert run(db, *command).returncode == 0
    assert dailies() == 0
    assert run(db, "demo-data", "--synthetic", "3").returncode == 0
    assert dailies() == 1
