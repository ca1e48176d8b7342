"""Attachments and focal points travelling in files: bundles, JSON and sheets."""

from __future__ import annotations

import csv
import json
import os
import zipfile
from pathlib import Path

import pytest

from lazos_desktop.domain.records import Contact, Exchange, Institution
from lazos_desktop.services import Catalogue, exchange_files
from lazos_desktop.services import attachments as service
from lazos_desktop.services.exchange_files import ImportRefused

CONTACT = Contact(
    name="María Gómez (sintética)",
    organisation="SECAP",
    role="Punto focal de certificación",
    email="maria@example.org",
    phone="+593 2 000 0000",
    language="es",
    consent_date="2026-03-10",
    consent_note="Aceptó por correo que se guarden estos datos.",
)


@pytest.fixture
def receiver(tmp_path: Path) -> Catalogue:
    opened = Catalogue.open(tmp_path / "receptor.sqlite3", officer="Luis Rojas")
    yield opened
    opened.close()


def _with_contact(catalogue: Catalogue, code: str = "EX-001") -> Exchange:
    record = catalogue.get(code)
    assert isinstance(record, Exchange)
    catalogue.update(record.model_copy(update={"contacts": [CONTACT]}))
    updated = catalogue.get(code)
    assert isinstance(updated, Exchange)
    return updated


def test_a_20_mb_attachment_crosses_a_bundle_intact(
    catalogue: Catalogue, receiver: Catalogue, tmp_path: Path
) -> None:
    roadmap = tmp_path / "hoja-de-ruta.pdf"
    roadmap.write_bytes(os.urandom(20 * 1024 * 1024))
    service.attach_files(catalogue, "EX-001", [roadmap])
    bundle = tmp_path / "paquete.lazos"
    exchange_files.export(catalogue, bundle, fmt="lazos")
    result = exchange_files.import_files(receiver, [bundle], on_conflict="theirs")
    assert result.written and result.attachments == 1
    [item] = service.list_attachments(receiver, "EX-001")
    [original] = service.list_attachments(catalogue, "EX-001")
    assert (item.id, item.sha256, item.size, item.created_by) == (
        original.id,
        original.sha256,
        20 * 1024 * 1024,
        "Ana Pérez",
    )
    copy = service.save_copy(receiver, item, tmp_path / "llegada.pdf")
    assert copy.read_bytes() == roadmap.read_bytes()
    assert receiver.check().ok
    again = exchange_files.import_files(receiver, [bundle], on_conflict="theirs")
    assert again.attachments == 0
    assert len(service.list_attachments(receiver, "EX-001")) == 1


def test_a_tampered_attachment_refuses_the_whole_bundle(
    catalogue: Catalogue, receiver: Catalogue, tmp_path: Path
) -> None:
    document = tmp_path / "acta.pdf"
    document.write_bytes(os.urandom(50_000))
    service.attach_files(catalogue, "EX-002", [document])
    catalogue.duplicate("BP-001")  # a record the receiver lacks: it must not arrive either
    bundle = tmp_path / "paquete.lazos"
    exchange_files.export(catalogue, bundle, fmt="lazos")
    tampered = tmp_path / "alterado.lazos"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("attachments/"):
                data = b"X" + data[1:]
            target.writestr(info.filename, data)
    before = receiver.stats()["records"]
    with pytest.raises(ImportRefused) as refused:
        exchange_files.import_files(receiver, [tampered])
    [problem] = refused.value.plan.problems
    assert problem.key == "bundle_attachment_tampered"
    assert "acta.pdf" in problem.message("es") and "sha256" in problem.message("en")
    assert receiver.stats()["records"] == before
    assert service.list_attachments(receiver, "EX-002") == []


def test_undoing_an_import_removes_the_documents_it_brought(
    catalogue: Catalogue, receiver: Catalogue, tmp_path: Path
) -> None:
    document = tmp_path / "acta.pdf"
    document.write_bytes(b"%PDF-1.4 acta")
    service.attach_files(catalogue, "EX-001", [document])
    bundle = tmp_path / "paquete.lazos"
    exchange_files.export(catalogue, bundle, fmt="lazos")
    exchange_files.import_files(receiver, [bundle], on_conflict="theirs")
    assert len(service.list_attachments(receiver, "EX-001")) == 1
    exchange_files.undo_last_import(receiver)
    assert service.list_attachments(receiver, "EX-001") == []
    history = receiver.history(receiver.get("EX-001").id)
    assert history[0].operation == "detach"


def test_contacts_stay_home_unless_chosen(catalogue: Catalogue, tmp_path: Path) -> None:
    _with_contact(catalogue)
    for fmt in ("json", "lazos", "csv"):
        left = tmp_path / f"sin.{fmt}"
        kept = tmp_path / f"con.{fmt}"
        exchange_files.export(catalogue, left, fmt=fmt, kind="exchange")
        exchange_files.export(catalogue, kept, fmt=fmt, kind="exchange", with_contacts=True)
        assert "maria@example.org" not in _text(left)
        assert "maria@example.org" in _text(kept)
        assert "consent" not in _text(left).lower() or fmt == "lazos"
    document = json.loads((tmp_path / "sin.json").read_text(encoding="utf-8"))
    assert document["contacts"] == "left_out"
    assert all("contacts" not in item for item in document["records"])
    assert json.loads((tmp_path / "con.json").read_text(encoding="utf-8"))["contacts"] == "included"
    with zipfile.ZipFile(tmp_path / "sin.lazos") as archive:
        assert json.loads(archive.read("manifest.json"))["contacts"] == "left_out"
    with (tmp_path / "sin.csv").open(encoding="utf-8-sig") as handle:
        assert "Contactos" not in next(csv.reader(handle))
    with (tmp_path / "con.csv").open(encoding="utf-8-sig") as handle:
        assert "Contactos" in next(csv.reader(handle))


def test_a_bundle_without_contacts_never_erases_the_receivers(
    catalogue: Catalogue, receiver: Catalogue, tmp_path: Path
) -> None:
    _with_contact(receiver)
    record = catalogue.get("EX-001")
    catalogue.update(record.model_copy(update={"agreements": "Reunión en Quito (sintético)."}))
    bundle = tmp_path / "paquete.lazos"
    exchange_files.export(catalogue, bundle, fmt="lazos")
    exchange_files.import_files(receiver, [bundle], on_conflict="theirs")
    merged = receiver.get("EX-001")
    assert isinstance(merged, Exchange)
    assert merged.agreements == "Reunión en Quito (sintético)."
    assert merged.contacts == [CONTACT]


def test_a_bundle_that_says_left_out_cannot_carry_contacts_in(
    catalogue: Catalogue, receiver: Catalogue, tmp_path: Path
) -> None:
    _with_contact(receiver)
    bundle = tmp_path / "paquete.lazos"
    exchange_files.export(catalogue, bundle, fmt="lazos", with_contacts=True)
    forged = tmp_path / "falso.lazos"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(forged, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["contacts"] = "left_out"
                data = json.dumps(manifest).encode()
            target.writestr(info.filename, data)
    exchange_files.import_files(receiver, [forged], on_conflict="theirs")
    merged = receiver.get("EX-001")
    assert isinstance(merged, Exchange) and merged.contacts == [CONTACT]


def test_institution_contacts_round_trip_with_consent_through_a_sheet(
    catalogue: Catalogue, receiver: Catalogue, tmp_path: Path
) -> None:
    institution = catalogue.get("IN-001")
    assert isinstance(institution, Institution)
    catalogue.update(institution.model_copy(update={"contacts": [CONTACT]}))
    sheet = tmp_path / "instituciones.xlsx"
    exchange_files.export(catalogue, sheet, fmt="xlsx", kind="institution", with_contacts=True)
    exchange_files.import_files(receiver, [sheet], on_conflict="theirs")
    arrived = receiver.get("IN-001")
    assert isinstance(arrived, Institution)
    assert arrived.contacts == [CONTACT]


def _text(path: Path) -> str:
    if path.suffix == ".lazos":
        with zipfile.ZipFile(path) as archive:
            return "".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return path.read_text(encoding="utf-8-sig")
