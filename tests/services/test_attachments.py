"""Attachments inside the catalogue: adding, refusing, copies out, undo, history and check."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from lazos_desktop.domain.attachments import LIMIT_META_KEY
from lazos_desktop.services import Catalogue
from lazos_desktop.services import attachments as service
from lazos_desktop.store import migrations
from lazos_desktop.store.attachments import AttachmentRefused
from lazos_desktop.store.catalogue_store import Store


def _file(folder: Path, name: str, size: int) -> Path:
    path = folder / name
    path.write_bytes(os.urandom(size))
    return path


def test_an_attachment_keeps_name_type_size_hash_who_and_when(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    roadmap = _file(tmp_path, "Hoja de ruta SENA-SECAP.pdf", 300_000)
    result = service.attach_files(catalogue, "EX-001", [roadmap])
    [item] = service.list_attachments(catalogue, "ex-001")
    assert result.added == [item]
    assert item.name == "Hoja de ruta SENA-SECAP.pdf"
    assert item.mime == "application/pdf"
    assert item.size == 300_000
    assert item.sha256 == hashlib.sha256(roadmap.read_bytes()).hexdigest()
    assert item.created_by == "Ana Pérez"
    assert item.created_at.endswith("Z")
    saved = service.save_copy(catalogue, item, tmp_path / "copia.pdf")
    assert saved.read_bytes() == roadmap.read_bytes()


def test_a_file_over_the_limit_is_refused_and_nothing_is_attached(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    service.set_limit_mb(catalogue, 1)
    small = _file(tmp_path, "acta.pdf", 1000)
    big = _file(tmp_path, "folleto.pdf", 2 * 1024 * 1024)
    with pytest.raises(service.AttachRefused) as refused:
        service.attach_files(catalogue, "EX-001", [small, big])
    [refusal] = refused.value.refusals
    assert refusal.path == big
    assert "2.0 MB" in refusal.message("es") and "1 MB" in refusal.message("es")
    assert "limit per attachment is 1 MB" in refusal.message("en")
    assert service.list_attachments(catalogue, "EX-001") == []


def test_the_limit_defaults_to_25_mb_and_is_kept_with_the_catalogue(
    catalogue: Catalogue, catalogue_path: Path
) -> None:
    assert service.limit_mb(catalogue) == 25
    service.set_limit_mb(catalogue, 40)
    catalogue.close()
    reopened = Catalogue.open(catalogue_path)
    assert service.limit_mb(reopened) == 40
    assert reopened.store.meta(LIMIT_META_KEY) == "40"
    reopened.close()


def test_kinds_outside_documents_images_and_text_are_refused(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    program = _file(tmp_path, "instalar.exe", 10)
    with pytest.raises(service.AttachRefused) as refused:
        service.attach_files(catalogue, "EX-001", [program])
    assert "instalar.exe" in refused.value.refusals[0].message("es")
    for name in ("minuta.docx", "plan.odt", "mapa.png", "notas.txt", "cuadro.xlsx"):
        service.attach_files(catalogue, "EX-001", [_file(tmp_path, name, 10)])
    assert len(service.list_attachments(catalogue, "EX-001")) == 5


def test_the_same_name_twice_keeps_both_documents(catalogue: Catalogue, tmp_path: Path) -> None:
    first = _file(tmp_path, "acta.pdf", 100)
    service.attach_files(catalogue, "EX-001", [first])
    first.write_bytes(b"otra acta")
    service.attach_files(catalogue, "EX-001", [first])
    names = [item.name for item in service.list_attachments(catalogue, "EX-001")]
    assert names == ["acta (2).pdf", "acta.pdf"]


def test_rename_refuses_a_taken_name_and_history_records_each_step(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    service.attach_files(
        catalogue, "EX-001", [_file(tmp_path, "a.pdf", 10), _file(tmp_path, "b.pdf", 10)]
    )
    with pytest.raises(AttachmentRefused) as refused:
        service.rename(catalogue, "EX-001", "a.pdf", "b.pdf")
    assert "b.pdf" in refused.value.message("es")
    renamed = service.rename(catalogue, "EX-001", "a.pdf", "Acta firmada.pdf")
    assert renamed.name == "Acta firmada.pdf"
    service.detach(catalogue, "EX-001", "b.pdf")
    record = catalogue.get("EX-001")
    operations = [(h.operation, h.before, h.after) for h in catalogue.history(record.id)]
    assert operations[0][0] == "detach" and operations[0][1]["name"] == "b.pdf"
    assert operations[1] == ("rename_attachment", "a.pdf", "Acta firmada.pdf")
    assert [op for op, _, _ in operations[2:4]] == ["attach", "attach"]


def test_removing_is_undone_with_the_same_document(catalogue: Catalogue, tmp_path: Path) -> None:
    service.attach_files(catalogue, "EX-001", [_file(tmp_path, "acta.pdf", 5000)])
    [before] = service.list_attachments(catalogue, "EX-001")
    removed = service.detach(catalogue, "EX-001", "acta.pdf")
    assert service.list_attachments(catalogue, "EX-001") == []
    service.put_back(catalogue, removed)
    assert service.list_attachments(catalogue, "EX-001") == [before]
    assert catalogue.check().ok


def test_the_private_copy_is_readable_by_its_owner_only(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    service.attach_files(catalogue, "EX-001", [_file(tmp_path, "acta.pdf", 5000)])
    [item] = service.list_attachments(catalogue, "EX-001")
    copy = service.private_copy(catalogue, item)
    assert copy.name == "acta.pdf"
    assert copy.read_bytes() == (tmp_path / "acta.pdf").read_bytes()
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IRWXG | stat.S_IRWXO)
    service.forget_private_copies([copy])
    assert not copy.parent.exists()


def test_check_finds_a_document_whose_bytes_no_longer_match(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    service.attach_files(catalogue, "EX-001", [_file(tmp_path, "acta.pdf", 5000)])
    assert catalogue.check().ok
    catalogue.store.db.execute("UPDATE attachments SET content = zeroblob(5000)")
    catalogue.store.db.conn.commit()
    finding = {f.check: f for f in catalogue.check().findings}["attachments"]
    assert not finding.ok and "acta.pdf" in finding.detail


def test_deleting_a_record_takes_its_attachments_and_undo_brings_them_back(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    service.attach_files(catalogue, "TB-001", [_file(tmp_path, "guia.pdf", 100)])
    record = catalogue.get("TB-001")
    [before] = service.list_attachments(catalogue, record.id)
    change = catalogue.delete("TB-001")
    assert service.attachments_by_record(catalogue, [record.id]) == {}
    assert catalogue.check().ok
    catalogue.restore(change.before[0], change.documents)
    assert service.list_attachments(catalogue, record.id) == [before]
    assert catalogue.check().ok


def test_a_version_3_catalogue_gains_the_attachment_columns(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    db = Database(sqlite3.connect(str(path)))
    for number, step in migrations.pending(0)[:3]:
        step(db)
        db.execute(f"PRAGMA user_version = {number}")
    db.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    db.conn.commit()
    db.close()
    versions: list[int] = []
    store = Store(path, before_migration=lambda p, version: versions.append(version))
    assert versions == [3]
    assert store.schema_version() == migrations.SCHEMA_VERSION
    assert "created_by" in store.db.table("attachments").columns_dict
    assert "import_batch_attachments" in store.db.table_names()
    assert all(finding.ok for finding in store.check() if finding.check != "records")
    store.close()
