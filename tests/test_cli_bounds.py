"""Every command is total: bounded numbers, escaped output, failures said in the officer's
words. Run in-process through `cli.main` (fast); each test names the failure it once was."""

from __future__ import annotations

import errno
import json
import sqlite3
import time
from pathlib import Path

import pytest

from lazos_desktop import cli
from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue, exchange_files
from lazos_desktop.store import import_batches


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "catalogo.sqlite3"
    Catalogue.open(path, officer="Ana").close()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = cli.main(["--db", str(db), *argv])
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--offset", str(2**64)],
        ["list", "--limit", "9" * 40],
        ["list", "--offset", "-1"],
        ["list", "--year-from", str(2**70)],
        ["list", "--year-to", "١٢"],
        ["demo-data", "--synthetic", "10000000"],
        ["demo-data", "--synthetic", "-3"],
        ["demo-data", "--synthetic", "2", "--seed", str(2**80)],
    ],
)
def test_numbers_past_their_bounds_are_usage_errors(
    argv: list[str], db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`list --offset 2**64` failed with OverflowError from SQLite; `demo-data` took any N."""
    code, _, err = run(capsys, db, *argv)
    assert code == 2
    assert "debe ser un número entero entre 0 y" in err


def test_the_range_error_speaks_the_language_asked_for(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, db, "--lang", "pt", "list", "--offset", str(2**64))
    assert code == 2 and "deve ser um número inteiro" in err


def test_a_synthetic_seed_used_twice_is_refused_by_name_not_called_damage(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second run clashed on the records' unique ids and said "the catalogue is
    damaged, restore a backup" while `check` passed."""
    assert run(capsys, db, "demo-data", "--synthetic", "3")[0] == 0
    code, _, err = run(capsys, db, "demo-data", "--synthetic", "3")
    assert code == 1
    assert "semilla 0 ya están" in err and "dañado" not in err
    assert run(capsys, db, "demo-data", "--synthetic", "3", "--seed", "1")[0] == 0
    assert run(capsys, db, "check")[0] == 0


def test_list_and_show_escape_terminal_controls(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Records (from before control characters were refused, or a bidi override, which is
    allowed) were printed raw: ESC sequences recoloured or cleared the officer's terminal."""
    catalogue = Catalogue.open(db, officer="Ana")
    hostile = Practice(
        title="Rojo\x1b[31m\x1b[2J fin \u202eotxet",
        countries=["PE"],
        axes=["empleo"],
        summary="línea\x07 campana\x1b]0;título\x07",
    )
    catalogue.store.create_many([hostile], "Ana", check=False)
    code_of = catalogue.get(hostile.id).code
    catalogue.close()
    for argv in (["list", "-q", "Rojo"], ["show", code_of]):
        code, out, _ = run(capsys, db, *argv)
        assert code == 0
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
        assert "\\x1b[31m" in out and "\\u202e" in out


def test_a_brief_with_a_100000_character_title_finishes_quickly(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was still laying out after 15 minutes; a 1,000-character --meeting raised."""
    start = time.monotonic()
    out_pdf = tmp_path / "informe.pdf"
    code, out, err = run(
        capsys,
        db,
        "brief",
        "pack",
        str(out_pdf),
        "--id",
        "BP-001",
        "--title",
        "Título " * 14_300,
        "--meeting",
        "M" * 1000,
    )
    assert code == 0, err
    assert time.monotonic() - start < 60
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out_pdf).pages)
    assert "…" in text
    assert text.count("Título") < 100


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "no queda espacio en el disco"),
        (errno.ENOENT, "la carpeta no existe"),
        (errno.EACCES, "no tiene permiso"),
        (errno.EROFS, "solo lectura"),
        (errno.EXDEV, "error del sistema EXDEV"),
    ],
)
def test_an_export_that_cannot_be_written_says_why(
    number: int,
    words: str,
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every OSError of an export (disk full, folder gone) was a traceback."""

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(number, "C library text")

    monkeypatch.setattr(exchange_files, "write_json", fail)
    code, _, err = run(capsys, db, "export", str(tmp_path / "salida.json"))
    assert code == 1
    assert words in err and "C library text" not in err
    assert not list(tmp_path.glob("*salida*"))


def test_an_export_onto_a_folder_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "carpeta"
    target.mkdir()
    code, _, err = run(capsys, db, "export", str(target), "--format", "json")
    assert code == 1 and "es una carpeta" in err
    assert target.is_dir() and not list(target.iterdir())


def test_an_integrity_error_while_importing_says_what_happened(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UNIQUE clash while writing printed an empty message: `lazos-desktop: `."""

    def clash(*args: object, **kwargs: object) -> None:
        raise sqlite3.IntegrityError("UNIQUE constraint failed: records.id")

    monkeypatch.setattr(import_batches, "insert_records", clash)
    source = tmp_path / "nuevas.csv"
    source.write_text("Título,Países,Ejes\nUna práctica nueva,PE,empleo\n", encoding="utf-8")
    before = db.read_bytes()
    code, _, err = run(capsys, db, "import", str(source))
    assert code == 1
    assert "mismo identificador" in err
    assert "lazos-desktop: \n" not in err
    assert db.read_bytes() == before


def test_an_unforeseen_error_is_a_message_not_a_traceback(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last guard: whatever a command raises reaches the officer as a sentence."""

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("algo imprevisto")

    monkeypatch.setitem(cli.COMMANDS, "stats", broken)
    code, _, err = run(capsys, db, "--lang", "en", "stats")
    assert code == 1
    assert "Unexpected program error (RuntimeError: algo imprevisto)" in err


def test_import_json_report_carries_the_notices(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tabla.csv"
    source.write_text("Título,Paíse,Ejes\nHola,PE,empleo\n", encoding="utf-8")
    code, out, _ = run(capsys, db, "import", "--dry-run", "--json", str(source))
    notices = json.loads(out)["notices"]
    assert code == 0
    assert any("¿Quiso decir «Países»?" in notice["message"] for notice in notices)
