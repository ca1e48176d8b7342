"""A mistyped path is not a new catalogue: commands refuse it, `init` creates one on purpose."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop import cli, paths
from lazos_desktop.services import Catalogue

READING = {
    "stats": ["stats"],
    "list": ["list", "--query", "empleo"],
    "show": ["show", "BP-001"],
    "check": ["check"],
    "export": ["export", "{out}/todo.csv"],
    "brief": ["brief", "catalogue", "{out}/catalogo.pdf"],
}


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


@pytest.mark.parametrize("command", sorted(READING))
def test_a_reading_command_on_a_missing_file_exits_3_and_writes_nothing(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "catalogo-mal-escrito.sqlite3"
    out = tmp_path / "salida"
    out.mkdir()
    argv = [part.format(out=out) for part in READING[command]]
    assert cli.main(["--db", str(typo), *argv]) == 3
    error = capsys.readouterr().err
    assert str(typo) in error and "init" in error
    assert files_under(tmp_path) == []  # no catalogue, no backup, no output file


def test_lazos_db_naming_a_missing_file_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typo = tmp_path / "no-existe.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--lang", "en", "stats", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "LAZOS_DB": str(typo)},
        timeout=120,
    )
    assert result.returncode == 3
    assert json.loads(result.stdout)["exit_code"] == 3
    assert f"There is no catalogue at {typo}" in result.stderr
    assert not typo.exists()
    assert not paths.data_folder().exists()


def test_init_creates_a_seeded_catalogue_and_empty_one_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded, empty = tmp_path / "nuevo.sqlite3", tmp_path / "vacio.sqlite3"
    assert cli.main(["--db", str(seeded), "init", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made == {"path": str(seeded), "records": made["records"], "seeded": True}
    assert made["records"] > 0
    assert cli.main(["--db", str(empty), "init", "--empty", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 0
    opened = Catalogue.open(empty, daily_backup=False)
    assert opened.vocabularies().codes("axis")  # vocabularies always
    opened.close()
    # Now the reading commands work on it.
    assert cli.main(["--db", str(seeded), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == made["records"]


def test_init_never_touches_an_existing_catalogue(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue.add_synthetic(3)
    before = catalogue.stats()
    assert cli.main(["--db", str(catalogue.path), "init", "--empty"]) == 1
    assert str(catalogue.path) in capsys.readouterr().err
    assert catalogue.stats() == before


def test_the_default_catalogue_is_still_created_on_first_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    default = paths.default_catalogue()
    assert not default.exists()
    assert cli.main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] > 0
    assert default.is_file()
