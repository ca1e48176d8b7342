"""`import`, `export` and `undo-import` on the command line: exit codes and JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue

# Later than the export, not in the future (the import refuses a stamp from the future).
LATER = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")

DATA = Path(__file__).parent / "data"


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A seeded catalogue, as `lazos-desktop --db PATH init` leaves it."""
    path = tmp_path / "cli.sqlite3"
    Catalogue.open(path).close()
    return path


def test_import_json_report_and_undo(db: Path) -> None:
    result = run(db, "import", str(DATA / "excel_es_practicas.csv"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {k: report[k] for k in ("created", "updated", "unchanged", "conflicts")} == {
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "conflicts": 0,
    }
    assert report["duplicates"] == 0 and report["errors"] == []
    listed = json.loads(run(db, "list", "--query", "ficticio", "--json").stdout)
    assert listed["total"] == 3
    undone = run(db, "undo-import", "--json")
    assert undone.returncode == 0 and json.loads(undone.stdout)["removed"] == 3
    assert json.loads(run(db, "list", "--query", "ficticio", "--json").stdout)["total"] == 0
    assert run(db, "undo-import").returncode == 1


def test_refused_rows_exit_1_and_write_nothing(db: Path) -> None:
    result = run(db, "import", str(DATA / "filas_malas.csv"), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert len(report["errors"]) == 3 and report["written"] is False
    first = report["errors"][0]
    assert set(first) == {"file", "row", "column", "message"}
    assert first == {
        "file": "filas_malas.csv",
        "row": 5,
        "column": "Año",
        "message": first["message"],
    }
    assert "«dos mil» no es un número entero" in first["message"]
    assert [m["value"] for m in report["mappings"]] == ["Peruu", "Empleos"]
    assert report["mappings"][0]["mapped_to"] == {"code": "PE", "label": "Perú"}
    listed = json.loads(run(db, "list", "--query", "ficticio", "--json").stdout)
    assert listed["total"] == 0


def test_refused_rows_in_english_and_in_text(db: Path) -> None:
    result = run(db, "--lang", "en", "import", str(DATA / "filas_malas.csv"))
    assert result.returncode == 1
    assert "filas_malas.csv:5 [Año]: “dos mil” is not a whole number" in result.stderr
    assert "filas_malas.csv:7 [ID]: “no-es-un-uuid” is not a valid UUID" in result.stderr
    assert "Nothing was written" in result.stderr


def test_skip_invalid_and_dry_run(db: Path) -> None:
    dry = run(db, "import", str(DATA / "excel_es_practicas.csv"), "--dry-run", "--json")
    assert dry.returncode == 0 and json.loads(dry.stdout)["written"] is False
    assert json.loads(run(db, "list", "--query", "ficticio", "--json").stdout)["total"] == 0
    skip = run(db, "import", str(DATA / "filas_malas.csv"), "--skip-invalid", "--json")
    assert skip.returncode == 0
    assert json.loads(skip.stdout)["created"] == 3


def test_conflicts_refuse_by_default_and_theirs_settles(db: Path, tmp_path: Path) -> None:
    export = tmp_path / "c.json"
    assert run(db, "export", str(export)).returncode == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    for item in document["records"]:
        if item["code"] == "BP-001":
            item["summary"] = "Cambiado en otro portátil"
            item["updated_at"] = LATER
    export.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    from lazos_desktop.services import Catalogue

    local = Catalogue.open(db, officer="Ana")
    local.update(local.get("BP-001").model_copy(update={"summary": "Cambiado aquí"}))
    local.close()
    refused = run(db, "import", str(export), "--json")
    assert refused.returncode == 1
    report = json.loads(refused.stdout)
    assert report["conflicts"] == 1 and report["conflict_records"][0]["code"] == "BP-001"
    settled = run(db, "import", str(export), "--on-conflict", "theirs", "--json")
    assert settled.returncode == 0 and json.loads(settled.stdout)["updated"] == 1
    shown = json.loads(run(db, "show", "BP-001", "--json").stdout)
    assert shown["summary"] == "Cambiado en otro portátil"


@pytest.mark.parametrize(
    ("name", "extra"),
    [("p.csv", ["--kind", "practices", "--delimiter", ";"]), ("c.xlsx", []), ("c.lazos", [])],
)
def test_export_guesses_the_format_from_the_extension(
    db: Path, tmp_path: Path, name: str, extra: list[str]
) -> None:
    result = run(db, "export", str(tmp_path / name), *extra, "--json")
    assert result.returncode == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert [Path(f).name for f in files] == [name]
    assert (tmp_path / name).stat().st_size > 0


def test_export_filters_and_bad_filters(db: Path, tmp_path: Path) -> None:
    result = run(db, "export", str(tmp_path / "pe.json"), "--country", "PE", "--json")
    assert result.returncode == 0
    data = json.loads((tmp_path / "pe.json").read_text(encoding="utf-8"))
    assert data["records"] and all(
        "PE" in (r.get("countries") or [p["country"] for p in r.get("parties", [])])
        or r.get("country") == "PE"
        for r in data["records"]
    )
    assert run(db, "export", str(tmp_path / "x.json"), "--country", "XX").returncode == 2
    assert run(db, "export", str(tmp_path / "x.doc")).returncode == 2
    assert run(db, "export", str(tmp_path / "no" / "x.csv")).returncode == 1
    assert not (tmp_path / "x.json").exists()


def test_bundle_with_dotdot_entry_is_refused(db: Path) -> None:
    result = run(db, "import", str(DATA / "paquete_punto_punto.lazos"), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["errors"][0]["file"] == "paquete_punto_punto.lazos"
    assert "../fuera.json" in report["errors"][0]["message"]
