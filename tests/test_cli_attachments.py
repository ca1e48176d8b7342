"""`attach`, `attachments`, `detach`, `show --json` and `export --with-contacts` as scripts use them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.test_cli import run


def test_attach_list_save_and_detach(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    roadmap = tmp_path / "hoja de ruta.pdf"
    roadmap.write_bytes(os.urandom(4000))
    minutes = tmp_path / "acta.odt"
    minutes.write_bytes(b"acta")
    done = run(db, "attach", "EX-001", str(roadmap), str(minutes))
    assert done.returncode == 0, done.stderr
    assert "hoja de ruta.pdf" in done.stdout
    listing = json.loads(run(db, "attachments", "ex-001", "--json").stdout)
    assert [item["name"] for item in listing["attachments"]] == ["acta.odt", "hoja de ruta.pdf"]
    shown = json.loads(run(db, "show", "EX-001", "--json").stdout)
    assert {item["sha256"] for item in shown["attachments"]} == {
        item["sha256"] for item in listing["attachments"]
    }
    out = tmp_path / "copias"
    out.mkdir()
    saved = run(db, "attachments", "EX-001", "--save", str(out))
    assert saved.returncode == 0, saved.stderr
    assert (out / "hoja de ruta.pdf").read_bytes() == roadmap.read_bytes()
    removed = run(db, "detach", "EX-001", "acta.odt", "--json")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(removed.stdout)["detached"]["name"] == "acta.odt"
    missing = run(db, "detach", "EX-001", "acta.odt")
    assert missing.returncode == 1 and "acta.odt" in missing.stderr
    check = json.loads(run(db, "check", "--json").stdout)
    assert check["ok"]


def test_attach_refuses_all_files_when_one_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    good = tmp_path / "acta.pdf"
    good.write_bytes(b"%PDF")
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ")
    result = run(db, "--lang", "en", "attach", "EX-001", str(good), str(bad), "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["attached"] == [] and "virus.exe" in payload["errors"][0]["message"]
    assert "no file was attached" in result.stderr
    listing = json.loads(run(db, "attachments", "EX-001", "--json").stdout)
    assert listing["attachments"] == []


def test_export_leaves_contacts_out_unless_asked(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    assert run(db, "init").returncode == 0
    data = json.loads(run(db, "show", "EX-001", "--json").stdout)
    data = {key: value for key, value in data.items() if key not in {"linked", "attachments"}}
    data["contacts"] = [{"name": "Persona focal (sintética)", "email": "focal@example.org"}]
    source = tmp_path / "con-contacto.json"
    source.write_text(json.dumps([data]), encoding="utf-8")
    imported = run(db, "import", str(source), "--on-conflict", "theirs")
    assert imported.returncode == 0, imported.stderr
    plain, chosen = tmp_path / "sin.json", tmp_path / "con.json"
    assert run(db, "export", str(plain), "--kind", "exchanges").returncode == 0
    assert run(db, "export", str(chosen), "--kind", "exchanges", "--with-contacts").returncode == 0
    assert "focal@example.org" not in plain.read_text(encoding="utf-8")
    assert "focal@example.org" in chosen.read_text(encoding="utf-8")


def test_brief_pack_for_a_meeting_and_its_word_copy(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    assert run(db, "init").returncode == 0
    args = [
        "--id",
        "EX-001",
        "--with-related",
        "--meeting-date",
        "2026-12-10",
        "--place",
        "Quito",
        "--participant",
        "SENA",
        "--agenda",
        "Hoja de ruta",
        "--json",
    ]
    pdf = run(db, "brief", "pack", str(tmp_path / "dossier.pdf"), *args)
    assert pdf.returncode == 0, pdf.stderr
    assert json.loads(pdf.stdout)["records"] >= 2
    word = run(db, "brief", "pack", str(tmp_path / "dossier.docx"), *args)
    assert word.returncode == 0, word.stderr
    assert (tmp_path / "dossier.docx").read_bytes()[:2] == b"PK"
    bad = run(
        db, "brief", "pack", str(tmp_path / "x.pdf"), "--id", "EX-001", "--meeting-date", "10/12"
    )
    assert bad.returncode == 2
