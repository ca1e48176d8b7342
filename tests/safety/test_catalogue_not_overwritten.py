"""Outputs and odd `--db` paths that once damaged the catalogue, the system or the message.

Found by an attack run over the real command line (issue 14, second pass). Each test names
what happened before: an export named like the catalogue replaced it by JSON; a restore with
`--db /dev/null` replaced the device itself; a zero-byte catalogue was seeded afresh by
`stats`; a FIFO named `.sqlite3` kept `import` waiting for ever; SQLite's English sat in
Spanish sentences.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from lazos_desktop import cli
from lazos_desktop.services import Catalogue
from tests.safety.test_hostile_corpus import time_limit


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "catalogo.sqlite3"
    Catalogue.open(path, officer="Ana").close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    with time_limit(30):
        code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "Error inesperado" not in err, err
    return code, out, err


def records_in(path: Path) -> int:
    connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM records").fetchone()[0])
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{db}", "--format", "json"],
        ["export", "{db}", "--format", "lazos"],
        ["export", "{db}", "--format", "ics"],
        ["export", "{db}-wal", "--format", "json"],
        ["export", "{link}.json"],
        ["brief", "record", "{db}", "--id", "BP-001"],
        ["backup", "{db}"],
        ["publish", "{db}"],
    ],
)
def test_no_output_is_written_over_the_open_catalogue(
    argv: list[str], db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export catalogo.sqlite3 --format json` replaced the catalogue by a JSON file (and
    `--format ics` and a brief named so did it with exit 0)."""
    (tmp_path / "enlace.json").symlink_to(db)
    held = records_in(db)
    words = [w.format(db=db, link=tmp_path / "enlace") for w in argv]
    code, _, err = run(capsys, "--db", str(db), *words)
    assert code == 1, err
    assert "catálogo abierto" in err or "propio catálogo" in err
    assert records_in(db) == held
    assert (tmp_path / "enlace.json").is_symlink()


def test_saving_attachments_never_follows_a_link_planted_at_a_fixed_temporary_name(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`attachments --save` wrote each document first to `.NAME.partial`, opened without
    care: a link planted there sent the document's bytes into the catalogue."""
    document = tmp_path / "notas.txt"
    document.write_text("hola\n")
    assert run(capsys, "--db", str(db), "attach", "BP-001", str(document))[0] == 0
    out = tmp_path / "salida"
    out.mkdir()
    (out / ".notas.txt.partial").symlink_to(db)
    held = records_in(db)
    code, _, err = run(capsys, "--db", str(db), "attachments", "BP-001", "--save", str(out))
    assert code == 0, err
    assert (out / "notas.txt").read_text() == "hola\n"
    assert records_in(db) == held
    assert run(capsys, "--db", str(db), "check")[0] == 0


@pytest.mark.parametrize("kind", ["fifo", "folder", "device-link"])
@pytest.mark.parametrize("command", [["stats"], ["init"], ["restore", "{db}"]])
def test_a_db_that_is_not_a_plain_file_is_refused_and_left_as_it_is(
    kind: str, command: list[str], db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db /dev/null restore BACKUP` replaced the device node by a catalogue (as root);
    `--db /dev/zero stats` showed an empty catalogue; a FIFO said "disk I/O error"."""
    target = tmp_path / "raro.sqlite3"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    else:
        target.symlink_to(os.devnull)
    code, _, err = run(capsys, "--db", str(target), *[w.format(db=db) for w in command])
    assert code == 3, err
    assert "no un archivo de catálogo" in err or "no es un archivo común" in err
    mode = os.stat(target).st_mode
    assert {"fifo": stat.S_ISFIFO, "folder": stat.S_ISDIR, "device-link": stat.S_ISCHR}[kind](mode)


def test_importing_a_fifo_named_as_a_catalogue_does_not_wait_for_ever(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "colega.sqlite3"
    os.mkfifo(fifo)
    before = digest(db)
    code, _, err = run(capsys, "--db", str(db), "import", str(fifo))
    assert code == 1
    assert "FIFO" in err
    assert digest(db) == before


def test_an_empty_catalogue_file_is_not_seeded_by_a_reading_command(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`stats` on a catalogue emptied to 0 bytes seeded a new one in its place and exited
    0; the next days' backups of that new catalogue then rotated the good ones away."""
    assert run(capsys, "--db", str(db), "backup")[0] == 0
    db.write_bytes(b"")
    for argv in (["stats"], ["list"], ["import", "--dry-run", os.devnull + ".csv"]):
        code, _, err = run(capsys, "--db", str(db), *argv)
        assert code == 3, err
        assert "vacío (0 bytes)" in err
        assert "copia de seguridad en buen estado" in err.lower()  # and names it
        assert db.stat().st_size == 0
    fresh = tmp_path / "nuevo.sqlite3"
    fresh.write_bytes(b"")
    assert run(capsys, "--db", str(fresh), "stats")[0] == 3
    assert run(capsys, "--db", str(fresh), "init")[0] == 0
    assert records_in(fresh) > 0


def test_a_path_the_system_refuses_is_said_in_the_officers_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 300-character name fell to the last guard ("Error inesperado … Errno 36")."""
    long_name = tmp_path / ("n" * 300 + ".sqlite3")
    for argv in (["stats"], ["restore", str(long_name)], ["init"]):
        code, _, err = run(capsys, "--db", str(long_name), *argv)
        assert code in (1, 3)
        assert "demasiado largo" in err and "Errno" not in err


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_sqlite_reasons_are_said_in_the_language_asked_for(
    lang: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once "está dañado (database disk image is malformed)", "no es una copia de seguridad
    válida: no such column: kind"."""
    cut = tmp_path / "cortado.sqlite3"
    cut.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    other = tmp_path / "otro.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE records(id TEXT, body TEXT)")
    connection.commit()
    connection.close()
    texts = [
        run(capsys, "--db", str(cut), "--lang", lang, "stats")[2],
        run(capsys, "--db", str(db), "--lang", lang, "restore", str(cut))[2],
        run(capsys, "--db", str(db), "--lang", lang, "import", str(other))[2],
    ]
    for text in texts:
        assert text.strip()
        for english in ("malformed", "no such", "is not a database", "disk I/O"):
            assert english not in text, text


def test_a_catalogue_restored_over_a_damaged_file_is_byte_identical_after_a_refusal(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A restore over a file SQLite cannot read copied the backup in the backups' rollback
    mode; the next command switched it to write-ahead mode, so even a refused import changed
    the catalogue's bytes."""
    backup = tmp_path / "copia.sqlite3"
    assert run(capsys, "--db", str(db), "backup", str(backup))[0] == 0
    damaged = tmp_path / "danado.sqlite3"
    damaged.write_bytes(b"esto no es una base de datos" * 100)
    assert run(capsys, "--db", str(damaged), "restore", str(backup))[0] == 0
    bad = tmp_path / "mala.csv"
    bad.write_text("Título,Países\n\x1b[2J,PE\n", encoding="utf-8")
    before = digest(damaged)
    assert run(capsys, "--db", str(damaged), "import", str(bad))[0] == 1
    assert run(capsys, "--db", str(damaged), "stats")[0] == 0
    assert digest(damaged) == before


def test_a_backup_with_an_unreadable_record_is_refused_in_the_officers_words(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once "tiene registros que no se pueden leer (BP-001: columns differ from the record
    body)": the reason stayed in English inside the Spanish sentence."""
    backup = tmp_path / "copia.sqlite3"
    assert run(capsys, "--db", str(db), "backup", str(backup))[0] == 0
    connection = sqlite3.connect(backup)
    connection.execute("UPDATE records SET title = 'otra' WHERE code = 'BP-001'")
    connection.commit()
    connection.close()
    before = digest(db)
    code, _, err = run(capsys, "--db", str(db), "restore", str(backup))
    assert code == 3
    assert "BP-001" in err and "columns differ" not in err
    assert digest(db) == before
