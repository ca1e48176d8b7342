"""Herramientas → Verificar catálogo: a readable report of every consistency check.

Each check gets a plain-language name and a sentence saying what it protects, so an
officer can tell a damaged file (restore a backup) from a stale search index (rebuild).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.services import Catalogue, CheckReport, safety
from lazos_desktop.ui.failures import failure_text
from lazos_desktop.ui.i18n import current_language


class CheckDialog(QDialog):
    """Runs `Catalogue.check()` and shows each check: name, result, what was found."""

    rebuilt = Signal()  # the indexes were rebuilt from the records

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Verificar catálogo"))
        self.resize(760, 460)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Verificar catálogo"))
        self.tree.setHeaderLabels([self.tr("Verificación"), self.tr("Resultado")])
        self.tree.setColumnWidth(0, 320)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.again = QPushButton(self.tr("Verificar de nuevo"))
        self.again.clicked.connect(self.run_check)
        self.repair = QPushButton(self.tr("Reconstruir índices"))
        self.repair.setToolTip(
            self.tr("Rehace el índice de búsqueda y los filtros a partir de los registros.")
        )
        self.repair.clicked.connect(self.rebuild_indexes)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addWidget(self.repair)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        self.run_check()

    def run_check(self) -> CheckReport:
        report = self.catalogue.check()
        self.report = report
        self.tree.clear()
        ok_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        bad_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        names = self.check_names()
        for finding in report.findings:
            name, explanation = names.get(finding.check, (finding.check, ""))
            result = self.tr("Correcto") if finding.ok else self.tr("Con problemas")
            item = QTreeWidgetItem([name, result])
            item.setIcon(0, ok_icon if finding.ok else bad_icon)
            item.setToolTip(0, explanation)
            item.setData(0, Qt.ItemDataRole.UserRole, finding.check)
            if not finding.ok:
                detail = finding.detail_in(current_language()) or "—"
                found = self._note(self.tr("Detalle: {detail}"), detail)
                item.addChild(found)
            item.addChild(self._note(self.tr("Qué protege: {detail}"), explanation))
            self.tree.addTopLevelItem(item)
            self._span_children(item)
            item.setExpanded(not finding.ok)
        if self.catalogue.backup_problem is not None:
            item = QTreeWidgetItem(
                [self.tr("Copia de seguridad de hoy"), self.tr("No se pudo hacer")]
            )
            item.setIcon(0, bad_icon)
            item.addChild(
                QTreeWidgetItem(
                    [
                        self.tr("Encontrado"),
                        failure_text(self.catalogue.backup_problem, current_language()),
                    ]
                )
            )
            self.tree.addTopLevelItem(item)
            self._span_children(item)
            item.setExpanded(True)
        failed = [f for f in report.findings if not f.ok]
        failed_names = {f.check for f in failed}
        self.repair.setVisible(bool(failed_names) and failed_names <= safety.INDEX_CHECKS)
        if not failed:
            self.summary.setText(
                self.tr(
                    "El catálogo está en buen estado: se superaron las {count} verificaciones."
                ).format(count=len(report.findings))
            )
            self.advice.setText("")
        else:
            self.summary.setText(
                self.tr("Se encontraron problemas en {failed} de {count} verificaciones.").format(
                    failed=len(failed), count=len(report.findings)
                )
            )
            self.advice.setText(self.advice_for({f.check for f in failed}))
        return report

    def _note(self, template: str, detail: str) -> QTreeWidgetItem:
        """A child line across both columns, so longer sentences are not cut at the column."""
        note = QTreeWidgetItem([template.format(detail=detail)])
        note.setToolTip(0, detail)
        return note

    @staticmethod
    def _span_children(item: QTreeWidgetItem) -> None:
        # Spanning only takes effect once the item is in the tree.
        for index in range(item.childCount()):
            item.child(index).setFirstColumnSpanned(True)

    def advice_for(self, failed: set[str]) -> str:
        if failed & {"integrity", "foreign_keys", "records", "schema_objects", "schema_version"}:
            return self.tr(
                "El archivo está dañado. Restaure la copia de seguridad más reciente en buen "
                "estado desde Archivo → Copias de seguridad; antes se guardará una copia del "
                "archivo actual."
            )
        return self.tr(
            "Los registros están bien, pero sus índices de búsqueda o de filtros no coinciden "
            "con ellos. Pulse «Reconstruir índices» para rehacerlos a partir de los registros."
        )

    def rebuild_indexes(self) -> CheckReport:
        safety.rebuild_indexes(self.catalogue)
        self.rebuilt.emit()
        return self.run_check()

    def check_names(self) -> dict[str, tuple[str, str]]:
        """Name and purpose of each check, in the officer's words (source text in Spanish)."""
        return {
            "integrity": (
                self.tr("Integridad del archivo"),
                self.tr("SQLite lee cada página del archivo sin encontrar daños."),
            ),
            "foreign_keys": (
                self.tr("Referencias entre tablas"),
                self.tr("Cada relación y cada adjunto apuntan a un registro que existe."),
            ),
            "schema_version": (
                self.tr("Versión del catálogo"),
                self.tr("El archivo es un catálogo de LAZOS de la versión que este programa usa."),
            ),
            "schema_objects": (
                self.tr("Tablas e índices"),
                self.tr("Están todas las tablas e índices que el catálogo necesita."),
            ),
            "search_index": (
                self.tr("Índice de búsqueda"),
                self.tr("El índice de texto completo está íntegro."),
            ),
            "search_rows": (
                self.tr("Registros en el índice de búsqueda"),
                self.tr("Cada registro se encuentra al buscarlo, y nada más que los registros."),
            ),
            "records": (
                self.tr("Registros legibles y válidos"),
                self.tr(
                    "Cada registro se lee completo y sus ejes, países y vocabularios son conocidos."
                ),
            ),
            "derived_tables": (
                self.tr("Tablas de ejes y países"),
                self.tr("Los filtros por eje y por país dan exactamente los registros que deben."),
            ),
            "vocabulary_references": (
                self.tr("Ejes y países conocidos"),
                self.tr("Los filtros solo usan ejes del vocabulario y códigos de país ISO."),
            ),
            "history": (
                self.tr("Historial de cambios"),
                self.tr("Cada cambio guardado puede mostrarse y revertirse."),
            ),
            "attachments": (
                self.tr("Documentos adjuntos"),
                self.tr("Cada adjunto conserva su tamaño y su huella (SHA-256)."),
            ),
        }
