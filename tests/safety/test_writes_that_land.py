"""Writes that cannot land are not reported as landed; outputs are plain files only.

The catalogue's folder moved during an import (a sync client): the import said it was done
while the records went into a file no longer at the catalogue's path. An export into a
shared folder followed a link planted at its fixed temporary name; an export to a device
replaced the device by a file. A backup created the folders of a mistyped path."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.store import file_identity
from lazos_desktop.store.errors import CatalogueMoved, OutputRefused

DATA = Path(__file__).parent.parent / "data"

# The real command line, with one fault: the catalogue's folder is renamed right after the
# import's backup, while the import is about to write.
MOVE_DURING_IMPORT = """
import sys
from pathlib import Path
from lazos_desktop import cli
from lazos_desktop.services import safety

taken = safety.backup_before

def backup_then_move(catalogue, reason):
    written = taken(catalogue, reason)
    folder = Path(sys.argv[1]).parent
    folder.rename(folder.with_name(folder.name + "-movida"))
    return written

safety.backup_before = backup_then_move
sys.exit(cli.main(["--db", sys.argv[1], *sys.argv[2:]]))
"""


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "sincronizada"
    folder.mkdir()
    path = folder / "catalogo.sqlite3"
    assert run(path, "init").returncode == 0
    return path


def test_an_import_whose_catalogue_folder_moves_fails_and_says_so(db: Path) -> None:
    source = DATA / "excel_es_practicas.csv"
    result = subprocess.run(
        [sys.executable, "-c", MOVE_DURING_IMPORT, str(db), "import", str(source), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    payload = json.loads(result.stdout)
    assert "movió o borró" in payload["error"] and "No se guardó nada" in payload["error"]
    moved = db.parent.with_name(db.parent.name + "-movida") / db.name
    listed = run(moved, "list", "--query", "ficticio", "--json")
    assert json.loads(listed.stdout)["total"] == 0, "rolled back, not written elsewhere"


def test_a_commit_after_the_file_moved_names_where_the_data_went(tmp_path: Path) -> None:
    path = tmp_path / "catalogo.sqlite3"
    catalogue = Catalogue.open(path, daily_backup=False)
    opened = catalogue.store.identity
    moved = path.with_name("en-otro-lugar.sqlite3")
    path.rename(moved)
    with pytest.raises(CatalogueMoved) as written:
        file_identity.report_if_moved(path, opened)
    assert str(moved) in written.value.message("es")
    moved.unlink()
    with pytest.raises(CatalogueMoved) as lost:
        file_identity.report_if_moved(path, opened)
    assert lost.value.key == "catalogue_moved_lost"
    catalogue.close()


def test_an_edit_after_the_file_was_deleted_is_refused_not_reported_saved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "catalogo.sqlite3"
    catalogue = Catalogue.open(path, daily_backup=False)
    path.unlink()
    record = catalogue.get("BP-001")
    with pytest.raises(CatalogueMoved):
        catalogue.update(record.model_copy(update={"title": "Otro título"}))
    catalogue.close()


def test_export_does_not_follow_a_link_planted_at_the_old_temporary_name(
    db: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "compartida"
    shared.mkdir()
    victim = tmp_path / "ajeno.txt"
    victim.write_text("no tocar", encoding="utf-8")
    target = shared / "salida.json"
    for name in (f".{target.name}.partial", f"{target.name}.partial"):
        (shared / name).symlink_to(victim)
    result = run(db, "export", str(target), "--json")
    assert result.returncode == 0, result.stderr
    assert victim.read_text(encoding="utf-8") == "no tocar"
    assert json.loads(target.read_text(encoding="utf-8"))["records"]
    assert not [p.name for p in shared.iterdir() if p.name.endswith(".part")]


def test_export_and_brief_refuse_a_fifo_a_folder_and_a_device(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "tuberia.json"
    os.mkfifo(fifo)
    folder = tmp_path / "carpeta.json"
    folder.mkdir()
    targets = [fifo, folder]
    if os.geteuid() == 0:  # a device node of our own: the same kind as /dev/full
        device = tmp_path / "lleno.json"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        targets.append(device)
    for target in targets:
        before = os.lstat(target)
        exported = run(db, "export", str(target))
        assert exported.returncode == 1, (target, exported.stderr)
        assert "no se escribió nada" in exported.stderr
        after = os.lstat(target)
        assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
        assert after.st_ino == before.st_ino
    pdf = tmp_path / "informe.pdf"
    os.mkfifo(pdf)
    brief = run(db, "brief", "record", str(pdf), "--id", "BP-001")
    assert brief.returncode == 1 and "tubería" in brief.stderr
    assert stat.S_ISFIFO(os.lstat(pdf).st_mode)


def test_export_to_dev_full_is_refused_and_dev_full_stays_a_device(db: Path) -> None:
    device = Path("/dev/full")
    before = os.lstat(device)
    assert stat.S_ISCHR(before.st_mode)
    result = run(db, "export", str(device), "--format", "json")
    assert result.returncode == 1
    assert "dispositivo" in result.stderr
    assert os.lstat(device).st_ino == before.st_ino and stat.S_ISCHR(os.lstat(device).st_mode)


def test_backup_into_a_folder_that_does_not_exist_writes_nothing(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-existe" / "sub" / "copia.sqlite3"
    result = run(db, "backup", str(target))
    assert result.returncode == 1
    assert "no existe" in result.stderr
    assert not (tmp_path / "no-existe").exists()


def test_leftovers_of_killed_runs_are_cleaned_on_the_next_run(db: Path, tmp_path: Path) -> None:
    old = time.time() - 3600
    target = tmp_path / "salida.json"
    export_left = tmp_path / f".{target.name}.k1ll3d{'.part'}"
    restore_left = db.with_name(db.name + ".restoring")
    recent = tmp_path / f".{target.name}.enCurso.part"
    for leftover in (export_left, restore_left, recent):
        leftover.write_bytes(b"a medias")
    for leftover in (export_left, restore_left):
        os.utime(leftover, (old, old))
    assert run(db, "export", str(target)).returncode == 0
    assert run(db, "stats").returncode == 0
    assert not export_left.exists() and not restore_left.exists()
    assert recent.exists(), "a temporary of a run that may still be going is left alone"


def test_a_refused_output_raises_one_error_naming_the_file(tmp_path: Path) -> None:
    from lazos_desktop.store import output_files

    with pytest.raises(OutputRefused) as refused:
        output_files.write_atomically(tmp_path / "nada" / "x.csv", lambda p: p.write_text("x"))
    assert "nada" in refused.value.message("en")


def test_a_csv_export_of_several_kinds_writes_none_when_one_target_is_refused(
    tmp_path: Path,
) -> None:
    from lazos_desktop.domain.records import Kind
    from lazos_desktop.services import exchange_files

    catalogue = Catalogue.open(tmp_path / "c.sqlite3", daily_backup=False)
    target = tmp_path / "salida.csv"
    exchange_files._kind_path(target, Kind.TOOLBOX, "es").mkdir()
    with pytest.raises(OutputRefused):
        exchange_files.export(catalogue, target, fmt="csv", kind="all", lang="es")
    catalogue.close()
    assert [p.name for p in tmp_path.glob("salida*") if p.is_file()] == []


def test_a_written_file_is_readable_as_a_plain_open_would_make_it(tmp_path: Path) -> None:
    """The exclusive temporary is private while written; the result is not (team folders)."""
    from lazos_desktop.store import output_files

    mask = os.umask(0o022)
    os.umask(mask)
    fresh = tmp_path / "nuevo.csv"
    output_files.write_atomically(fresh, lambda p: p.write_text("a", encoding="utf-8"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask
    kept = tmp_path / "existente.csv"
    kept.write_text("viejo", encoding="utf-8")
    kept.chmod(0o640)
    output_files.write_atomically(kept, lambda p: p.write_text("b", encoding="utf-8"))
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() == "b"
