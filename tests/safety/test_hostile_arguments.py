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


def _bundle_with_document(path: Path, name: str, created_by: str) -> Path:
    import hashlib
    import json
    import zipfile

    record_id = "55555555-5555-4555-8555-555555555555"
    document = b"%PDF-1.4 documento\n" * 10
    sha = hashlib.sha256(document).hexdigest()
    manifest = {
        "format": "lazos-bundle",
        "format_version": 1,
        "counts": {"practice": 1},
        "members": {"practice": "records/practice.json"},
        "attachments": [
            {
                "id": "77777777-7777-4777-8777-777777777777",
                "record_id": record_id,
                "name": name,
                "mime": "application/pdf",
                "size": len(document),
                "sha256": sha,
                "created_at": "2024-01-01T00:00:00Z",
                "created_by": created_by,
            }
        ],
    }
    practice = {
        "kind": "practice",
        "id": record_id,
        "title": "Práctica con documento",
        "countries": ["PE"],
        "axes": ["empleo"],
    }
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("records/practice.json", json.dumps([practice]))
        archive.writestr(f"attachments/{sha}", document)
    return path


def test_a_bundles_document_names_and_stamps_are_printed_escaped(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` and `attachments` printed a document's name and author as the bundle gave
    them: an escape sequence cleared the officer's terminal, a bidi mark reversed the line."""
    bundle = _bundle_with_document(
        tmp_path / "p.lazos", "a\u202efdp.exe\x1b[2J.pdf", "\x07\x1b]0;x"
    )
    code, out, err = run(capsys, db, "import", str(bundle))
    assert code == 0, err
    for argv in (["show", "BP-004"], ["attachments", "BP-004"], ["list"]):
        code, out, err = run(capsys, db, *argv)
        assert code == 0, err
        for raw in ("\x1b", "\x07", "\u202e"):
            assert raw not in out + err, argv


def test_generated_records_are_not_all_held_in_memory(tmp_path: Path) -> None:
    """`demo-data --synthetic 1000000` kept every record written until the end: 1.9 GB
    after two minutes, and a MemoryError under a 2 GB limit. Now memory stays near one
    batch's worth (20,000 records peaked at 136 MB traced, now about 36)."""
    import tracemalloc

    catalogue = Catalogue.open(tmp_path / "grande.sqlite3", officer="Ana", seed=False)
    try:
        tracemalloc.start()
        assert catalogue.add_synthetic(20_000, seed=3) == 20_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        catalogue.close()
    assert peak < 80 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


@pytest.mark.parametrize("address", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x"])
def test_the_published_licence_address_is_a_web_address(
    address: str, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Datasette shows the licence address as a link; "javascript:…" was saved and published."""
    code, _, err = run(capsys, db, "settings", "--publish-licence-url", address)
    assert code == 2 and "dirección web" in err
    code, _, err = run(capsys, db, "settings", "--publish-licence-url", "https://x.org/l")
    assert code == 0, err
