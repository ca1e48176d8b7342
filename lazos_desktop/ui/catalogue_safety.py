"""Tools → copy of the catalogue and check, so an officer needs no terminal to keep her file
safe: a verified copy where she chooses (a USB stick, a shared folder), and the integrity
check with each finding in words."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lazos_desktop import paths
from lazos_desktop.services import CheckReport
from lazos_desktop.store import backups

BACKUP_FILTER = "LAZOS (*.sqlite3);;* (*)"


def check_names() -> dict[str, str]:
    """The store's check names in the window's language."""
    return {
        "integrity": QCoreApplication.translate("CatalogueSafety", "Integridad del archivo"),
        "foreign_keys": QCoreApplication.translate("CatalogueSafety", "Relaciones entre tablas"),
        "search_index": QCoreApplication.translate("CatalogueSafety", "Índice de búsqueda"),
        "search_rows": QCoreApplication.translate("CatalogueSafety", "Registros en el índice"),
        "vocabulary_references": QCoreApplication.translate(
            "CatalogueSafety", "Referencias a vocabularios y países"
        ),
        "attachments": QCoreApplication.translate("CatalogueSafety", "Adjuntos"),
        "schema_version": QCoreApplication.translate("CatalogueSafety", "Versión del esquema"),
    }


def suggested_backup(catalogue: Path) -> Path:
    return paths.backups_folder(catalogue) / backups.backup_name(catalogue, "manual")


def ask_backup_path(parent: QWidget, suggested: Path) -> Path | None:
    suggested.parent.mkdir(parents=True, exist_ok=True)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CatalogueSafety", "Guardar una copia del catálogo"),
        str(suggested),
        BACKUP_FILTER,
    )
    return Path(name) if name else None


def report_html(report: CheckReport) -> str:
    names = check_names()
    rows = "".join(
        f"<tr><td>{'✔' if finding.ok else '✘'}</td>"
        f"<td>{html.escape(names.get(finding.check, finding.check))}</td>"
        f"<td>{html.escape(finding.detail)}</td></tr>"
        for finding in report.findings
    )
    verdict = (
        QCoreApplication.translate("CatalogueSafety", "El catálogo está en buen estado.")
        if report.ok
        else QCoreApplication.translate(
            "CatalogueSafety",
            "El catálogo tiene problemas. Haga una copia y restaure la última copia buena "
            "(lazos-desktop restore).",
        )
    )
    return f"<p><b>{html.escape(verdict)}</b></p><table cellpadding='3'>{rows}</table>"


def show_report(parent: QWidget, report: CheckReport) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CatalogueSafety", "Comprobar el catálogo"))
    box.setText(report_html(report))
    box.exec()
