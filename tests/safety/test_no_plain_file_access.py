"""While the window holds a catalogue, nothing in this process may open it outside SQLite.

The window holds three connections (its writer, the query worker's reader and the backup
worker's); every store, service and command-line operation is run here beside them, with
`FileAudit` recording each Python-level open of the catalogue, its -wal, -shm or -journal.
A single such open, once closed, would drop the window's locks (issue: an edit the window
had saved was lost when a `stats` ran beside it and the window's process was then killed).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lazos_desktop import cli, paths
from lazos_desktop.domain.records import Kind, Practice
from lazos_desktop.services import Catalogue, exchange_files, history, safety
from lazos_desktop.store import backups, held_files
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.queries import RecordQuery
from tests.safety.file_audit import FileAudit


class Window:
    """The connections the window opens: `Catalogue.open` for the writer, and a `Store`
    for each of its two workers (`ui/operations.py`: reader and writer), the reader taking the day's
    backup through its own."""

    def __init__(self, path: Path) -> None:
        self.catalogue = Catalogue.open(path, officer="Ana Pérez", daily_backup=False)
        self.reader = Store(path, create=False)
        self.background = Store(path, create=False)

    def close(self) -> None:
        self.background.close()
        self.reader.close()
        self.catalogue.close()


@pytest.fixture
def window(catalogue_path: Path) -> Iterator[Window]:
    Catalogue.open(catalogue_path).close()  # seeded, as the first run leaves it
    opened = Window(catalogue_path)
    yield opened
    opened.close()


def practice(title: str) -> Practice:
    return Practice(
        title=title,
        countries=["EC"],
        axes=["formacion"],
        synthetic=True,
        source="prueba (sintético)",
    )


def run_cli(db: Path, *args: str) -> int:
    return cli.main(["--db", str(db), *args])


def test_no_operation_opens_the_catalogue_outside_sqlite(
    window: Window, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = window.catalogue.path
    out = tmp_path / "fuera"
    out.mkdir()
    sample = paths.resources_folder() / "samples" / "ejemplo-practicas.csv"
    with FileAudit(db) as audit:
        # The window: edits, queries on its workers, the day's backup, history, undo import.
        created = window.catalogue.create(practice("desde la ventana")).after[0]
        window.catalogue.update(created.model_copy(update={"summary": "cambiado"}))
        window.reader.query(RecordQuery(kind=Kind.PRACTICE.value, text="ventana"))
        window.reader.counts_by_kind()
        safety.ensure_daily_backup(window.background)
        another = Store(db, create=False)  # a worker reopening its reader
        another.close()
        history.record_history(window.catalogue, created.id)
        window.catalogue.check()
        manual = window.catalogue.backup()
        safety.backup_before(window.catalogue, "import")
        safety.list_backups(db)
        safety.newest_good_backup(db)
        backups.check_restorable(db)
        backups.inspect(db, check_integrity=True)
        for fmt in ("csv", "xlsx", "json", "lazos"):
            exchange_files.export(window.catalogue, out / f"todo.{fmt}", fmt=fmt, kind="all")
        exchange_files.import_files(window.catalogue, [sample], kind=Kind.PRACTICE)
        exchange_files.undo_last_import(window.catalogue)
        safety.restore_into(window.catalogue, manual)
        window.catalogue.delete(created.id)
        # Every command another program would run, here beside the window's connections.
        bundle = out / "paquete.lazos"
        exchange_files.export(window.catalogue, bundle, fmt="lazos", kind="all")
        codes = [
            run_cli(db, "stats", "--json"),
            run_cli(db, "list", "--query", "migracion", "--json"),
            run_cli(db, "show", "BP-001", "--json"),
            run_cli(db, "check", "--json"),
            run_cli(db, "backup", str(out / "copia.sqlite3"), "--json"),
            run_cli(db, "backups", "--json"),
            run_cli(db, "export", str(out / "lista.xlsx"), "--json"),
            run_cli(db, "export", str(out / "lista.csv"), "--json"),
            run_cli(db, "import", str(sample), "--kind", "practices", "--json"),
            run_cli(db, "import", str(bundle), "--json"),
            run_cli(db, "undo-import", "--json"),
            run_cli(db, "demo-data", "--synthetic", "5", "--json"),
            run_cli(db, "brief", "record", str(out / "ficha.pdf"), "--id", "BP-001", "--json"),
            run_cli(db, "restore", str(manual), "--json"),
        ]
    capsys.readouterr()
    assert codes == [0] * len(codes)
    assert not audit.opened, audit.report()
    # The window's connections still work and see the restored catalogue.
    assert window.catalogue.check().ok
    restored = window.reader.find(created.id)  # deleted after the backup, back with it
    assert restored is not None and restored.summary == "cambiado"


def test_the_audit_sees_a_plain_open(window: Window) -> None:
    """The guard above can fail: a plain read of the file (what the old header check did)
    while the window holds it is reported with where it came from."""
    db = window.catalogue.path
    with FileAudit(db) as audit:
        with db.open("rb") as handle:
            handle.read(16)
        Path(str(db) + "-wal").exists()  # a stat opens nothing
    assert [Path(path) for path, _ in audit.opened] == [db]
    assert "test_the_audit_sees_a_plain_open" in audit.report()


def test_raw_bytes_are_refused_while_held_and_read_once_released(catalogue_path: Path) -> None:
    db = catalogue_path
    window = Window(db)
    alias = db.with_name("otro-nombre.sqlite3")
    alias.hardlink_to(db)
    assert held_files.is_held(alias)  # the same file under another name
    assert held_files.read_prefix(alias, 16) is None
    with pytest.raises(held_files.FileHeld):
        held_files.unheld(db)
    window.close()
    assert not held_files.is_held(db)
    assert held_files.read_prefix(db, 16) == b"SQLite format 3\x00"


def test_a_text_file_and_a_damaged_header_are_told_apart_by_sqlite(tmp_path: Path) -> None:
    from lazos_desktop.store.errors import CatalogueDamaged, NotACatalogue

    text = tmp_path / "notas.sqlite3"
    text.write_text("no soy un catálogo " * 40, encoding="utf-8")
    with pytest.raises(NotACatalogue):
        Store(text)
    broken = tmp_path / "roto.sqlite3"
    Catalogue.open(broken).close()
    data = bytearray(broken.read_bytes())
    data[16:18] = b"\x00\x07"  # page size 7: SQLite says "not a database"
    broken.write_bytes(bytes(data))
    with pytest.raises(CatalogueDamaged):
        Store(broken)
    # What `backups` reports about the same two files matches.
    assert backups.inspect(text).problem == "not an SQLite file"
    assert backups.inspect(broken).problem not in ("", "not an SQLite file")
