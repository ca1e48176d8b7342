"""From the window: attach the roadmap to EX-001 by dropping it on the card, open it, undo a
removal, carry it in a bundle; focal points left out of exports unless chosen; the meeting
pack with everything related, a meeting date and a logo; the Word copy."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from lazos_desktop.domain.records import Contact, Exchange
from lazos_desktop.services import Catalogue, brief_logo, exchange_files
from lazos_desktop.services import attachments as attachment_service
from lazos_desktop.ui.dialogs.brief_dialog import SCOPE_RELATED, BriefDialog
from lazos_desktop.ui.dialogs.contacts_editor import ContactsEditor
from lazos_desktop.ui.dialogs.documents_settings import DocumentsSettingsDialog
from lazos_desktop.ui.dialogs.exchange_tables import set_picked
from lazos_desktop.ui.dialogs.export_dialog import ExportDialog
from lazos_desktop.ui.dialogs.record_editor import RecordEditor
from lazos_desktop.ui.pages import attachments_panel
from tests.briefs.conftest import pdf_text

pytestmark = pytest.mark.gui

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
    b'<rect width="200" height="100" fill="#1f4e79"/></svg>'
)


def _drop(page, files: list[Path]) -> None:  # noqa: ANN001
    """A drop of files on the card, handed to the page's drop filter as Qt would: a drop
    sent with `sendEvent` outside a real drag never reaches event filters."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert page.file_drops.eventFilter(page.detail.viewport(), event)


def test_the_roadmap_dropped_on_the_card_opens_travels_and_comes_back_after_undo(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(attachments_panel.QDesktopServices, "openUrl", opened.append)
    catalogue: Catalogue = window.operations.catalogue
    exchange = catalogue.get("EX-001")
    window.go_to_record(exchange.id)
    window.wait_for_queries()
    page = window.records_page()
    assert page.shown_id == exchange.id
    roadmap = tmp_path / "Hoja de ruta SENA-SECAP.pdf"
    roadmap.write_bytes(b"%PDF-1.4 " + os.urandom(50_000))
    _drop(page, [roadmap])
    panel = page.attachments
    assert panel.list.count() == 1
    assert "Hoja de ruta SENA-SECAP.pdf" in panel.list.item(0).text()
    assert "(1)" in panel.title.text()
    copy = panel.open_selected()
    assert copy is not None and copy.read_bytes() == roadmap.read_bytes()
    assert opened and opened[0].toLocalFile() == str(copy)
    panel.remove_selected()
    assert panel.list.count() == 0
    window.undo_stack.undo()
    assert panel.list.count() == 1
    bundle = tmp_path / "paquete.lazos"
    dialog = ExportDialog(catalogue)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("lazos"))
    dialog.path_edit.setText(str(bundle))
    dialog.export()
    elsewhere = Catalogue.open(tmp_path / "otro.sqlite3")
    exchange_files.import_files(elsewhere, [bundle], on_conflict="theirs")
    [arrived] = attachment_service.list_attachments(elsewhere, "EX-001")
    saved = attachment_service.save_copy(elsewhere, arrived, tmp_path / "llegada.pdf")
    assert saved.read_bytes() == roadmap.read_bytes()
    elsewhere.close()
    panel.forget_private_copies()
    assert not copy.exists()


def test_a_refused_drop_says_why_and_attaches_nothing(window, tmp_path: Path) -> None:
    messages: list[str] = []
    window.operations.failed.connect(messages.append)
    window.go_to_record(window.operations.catalogue.get("EX-001").id)
    window.wait_for_queries()
    program = tmp_path / "instalar.exe"
    program.write_bytes(b"MZ")
    page = window.records_page()
    _drop(page, [program])
    assert page.attachments.list.count() == 0
    assert messages and "instalar.exe" in messages[-1]


def test_focal_points_are_edited_with_consent_and_exported_only_when_chosen(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:
    record = catalogue.get("IN-001")
    editor = RecordEditor(catalogue, record.kind, record, "es")
    qtbot.addWidget(editor)
    contacts = editor.inputs["contacts"]
    assert isinstance(contacts, ContactsEditor)
    row = contacts.add_row(
        {
            "name": "Persona focal (sintética)",
            "organisation": "SENA",
            "email": "focal@example.org",
            "consent_date": "2026-03-10",
            "consent_note": "Aceptó por correo",
        }
    )
    assert contacts.read_row(row)["consent_date"] == "2026-03-10"
    editor.save()
    saved = editor.record()
    assert saved is not None
    catalogue.update(saved)
    for chosen in (False, True):
        out = tmp_path / f"instituciones-{chosen}.json"
        dialog = ExportDialog(catalogue)
        qtbot.addWidget(dialog)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
        dialog.contacts_box.setChecked(chosen)
        dialog.path_edit.setText(str(out))
        dialog.export()
        assert ("focal@example.org" in out.read_text(encoding="utf-8")) is chosen


def test_the_pack_of_ex_001_and_everything_related_with_a_meeting_date_and_a_logo(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:
    settings = DocumentsSettingsDialog(catalogue, "es")
    qtbot.addWidget(settings)
    svg = tmp_path / "logo.svg"
    svg.write_bytes(SVG)
    assert settings.use_logo_file(svg)
    settings.limit.setValue(30)
    settings.save()
    assert brief_logo.logo(catalogue) is not None
    assert attachment_service.limit_mb(catalogue) == 30
    record = catalogue.get("EX-001")
    assert isinstance(record, Exchange)
    catalogue.update(
        record.model_copy(update={"contacts": [Contact(name="Focal (sintética)", phone="123")]})
    )
    dialog = BriefDialog(catalogue, selected_ids=[record.id])
    qtbot.addWidget(dialog)
    dialog.set_template("pack")
    assert dialog.scope_box.currentData() == SCOPE_RELATED
    dialog.meeting_edit.setText("Comisión SENA–SECAP")
    set_picked(dialog.meeting_date_edit, dt.date(2026, 12, 10))  # a calendar, not typed text
    dialog.place_edit.setText("Quito")
    dialog.agenda_edit.setPlainText("Hoja de ruta\nPróximos pasos")
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        dialog.render_preview()
    assert dialog.preview_path is not None
    text = pdf_text(dialog.preview_path)
    assert "10 de diciembre de 2026" in text and "Orden del día" in text
    assert "IN-001" in text and "123" not in text.replace("2026", "")
    word = tmp_path / "dossier.docx"
    dialog.ask_word_path = lambda suggested: str(word)
    assert dialog.save_as_word() == word
    headings = [p.text for p in Document(str(word)).paragraphs if p.style.name.startswith("Head")]
    assert f"EX-001 {record.title}" in headings and "Resumen del dossier" in headings
    assert dialog.meeting_date() == dt.date(2026, 12, 10)
    set_picked(dialog.meeting_date_edit, None)
    assert dialog.meeting_date() is None and dialog.meeting_date_edit.text() == "—"
