"""Command-line arguments an attacker (or a long meeting) gives, found by the second attack
run of issue 14: each once fell to the last guard ("Error inesperado") or wrote outside the
place asked for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lazos_desktop import cli
from lazos_desktop.services import Catalogue


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "catalogo.sqlite3"
    Catalogue.open(path, officer="Ana").close()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "Error inesperado" not in err, err
    return code, out, err


@pytest.mark.parametrize(
    "participants",
    [
        [f"Participante {i} de la oficina regional" for i in range(40)],
        [f"P{i}" for i in range(5000)],
        ["x" * 100_000],
        ["palabra " * 12_000],
    ],
    ids=["forty", "five-thousand", "one-huge", "one-of-many-words"],
)
def test_a_meeting_pack_with_many_or_long_participants_is_written(
    participants: list[str], db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Forty participants (one per line in a cell of the cover, which cannot break across
    pages) failed the pack with ReportLab's LayoutError."""
    argv = [arg for name in participants for arg in ("--participant", name)]
    out = tmp_path / "dossier.pdf"
    code, _, err = run(capsys, db, "brief", "pack", str(out), "--id", "EX-001", *argv)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


def test_a_word_copy_of_a_catalogue_of_many_records_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Word copy's keywords list fifty record codes: past 255 characters python-docx
    refused them and the brief failed ("exceeded 255 char limit for property")."""
    assert run(capsys, db, "demo-data", "--synthetic", "60")[0] == 0
    out = tmp_path / "catalogo.docx"
    code, _, err = run(
        capsys, db, "--officer", "o" * 400, "brief", "catalogue", str(out), "--title", "t" * 9000
    )
    assert code == 0, err
    assert out.stat().st_size > 0


@pytest.mark.parametrize("fmt", ["csv", "hxl"])
def test_an_export_named_as_a_device_writes_nothing_beside_it(
    fmt: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export /dev/full --format csv` refused /dev/full itself but wrote /dev/full-practicas
    and the other kinds into /dev."""
    device = tmp_path / "dispositivo"
    device.symlink_to(os.devnull)
    code, _, err = run(capsys, db, "export", str(device), "--format", fmt)
    assert code == 1 and "dispositivo" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("dispositivo")) == [
        "dispositivo"
    ]
