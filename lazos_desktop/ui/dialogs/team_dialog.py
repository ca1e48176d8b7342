"""Sharing: the team folder (sync now, conflicts side by side) and who reports to IATI.

The folder, the organisation's IATI identity and the publishing licence are settings of
the catalogue (`services.catalogue_settings`), so the command line sees the same values.
Syncing merges the colleagues' bundles through the ordinary import and then writes this
laptop's own changes; when an edit of the officer's lost against a colleague's, the two
versions are shown side by side and she chooses, once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.messages import field_label
from lazos_desktop.services import Catalogue, Change, team_folder
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.ui.failures import failure_text
from lazos_desktop.ui.screen_fit import fit_size

THEIRS, OURS = "theirs", "ours"


def choose_folder(parent: QWidget, start: str) -> str:
    """The folder dialog; a function so that tests replace it."""
    title = QCoreApplication.translate("TeamDialog", "Carpeta del equipo")
    return QFileDialog.getExistingDirectory(parent, title, start)


class TeamDialog(QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        on_change: Callable[[Change], None],
        parent: QWidget | None = None,
        *,
        lang: str = "es",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Compartir: carpeta del equipo e IATI"))
        self.catalogue = catalogue
        self.on_change = on_change
        self.lang = lang
        self.merge: team_folder.TeamMerge | None = None
        values = settings.all_values(catalogue)

        self.folder = QLineEdit(values[settings.TEAM_FOLDER.key])
        self.folder.setObjectName("teamFolder")
        self.folder.setAccessibleName(self.tr("Carpeta del equipo"))
        self.folder.setPlaceholderText(self.tr("Una carpeta de OneDrive, Nextcloud, Syncthing…"))
        browse = QPushButton(self.tr("Elegir…"))
        browse.clicked.connect(self._browse)
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"))
        self.sync_button.setObjectName("teamSync")
        self.sync_button.clicked.connect(self.sync)
        self.status = QLabel()
        self.status.setObjectName("teamStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        team_box = QGroupBox(self.tr("Carpeta del equipo"))
        team_layout = QVBoxLayout(team_box)
        team_layout.addLayout(row)
        team_layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        team_layout.addWidget(self.status)

        self.conflicts = QTableWidget(0, 3)
        self.conflicts.setObjectName("teamConflicts")
        self.conflicts.setAccessibleName(self.tr("Cambiado aquí y por un colega a la vez"))
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Registro"), self.tr("Campos"), self.tr("Conservar")]
        )
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflicts.currentCellChanged.connect(lambda row, *_: self._show_side_by_side(row))
        self.side_by_side = QTextBrowser()
        self.side_by_side.setObjectName("teamSideBySide")
        self.side_by_side.setAccessibleName(self.tr("Las dos versiones, lado a lado"))
        self.apply_button = QPushButton(self.tr("Aplicar estas decisiones"))
        self.apply_button.setObjectName("teamApply")
        self.apply_button.clicked.connect(self.apply_decisions)
        self.conflict_box = QGroupBox(self.tr("Cambiado aquí y por un colega a la vez"))
        conflict_layout = QVBoxLayout(self.conflict_box)
        conflict_layout.addWidget(self.conflicts)
        conflict_layout.addWidget(self.side_by_side)
        conflict_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        self.conflict_box.hide()

        self.org_ref = QLineEdit(values[settings.IATI_ORG_REF.key])
        self.org_ref.setObjectName("iatiOrgRef")
        self.org_type = QComboBox()
        self.org_type.setObjectName("iatiOrgType")
        self.org_type.addItem(self.tr("(sin indicar)"), "")
        for code in settings.ORGANISATION_TYPES:
            self.org_type.addItem(code, code)
        self.org_type.setCurrentIndex(max(0, self.org_type.findData(values["iati_org_type"])))
        self.org_name = QLineEdit(values[settings.IATI_ORG_NAME.key])
        self.licence = QLineEdit(values[settings.PUBLISH_LICENCE.key])
        self.licence_url = QLineEdit(values[settings.PUBLISH_LICENCE_URL.key])
        identity = QGroupBox(self.tr("Quién informa y con qué licencia"))
        form = QFormLayout(identity)
        form.addRow(self.tr("Identificador IATI de la organización"), self.org_ref)
        form.addRow(self.tr("Tipo de organización (IATI)"), self.org_type)
        form.addRow(self.tr("Nombre de la organización"), self.org_name)
        form.addRow(self.tr("Licencia del catálogo publicado"), self.licence)
        form.addRow(self.tr("Dirección de la licencia"), self.licence_url)

        self.message = QLabel()
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(team_box)
        layout.addWidget(self.conflict_box)
        layout.addWidget(identity)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_size(self, 640, 560)
        self._show_status()

    # Settings --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save every field, or none when one is refused (the message says which)."""
        try:
            settings.put_many(
                self.catalogue,
                {
                    settings.TEAM_FOLDER: self.folder.text(),
                    settings.IATI_ORG_REF: self.org_ref.text(),
                    settings.IATI_ORG_TYPE: str(self.org_type.currentData()),
                    settings.IATI_ORG_NAME: self.org_name.text(),
                    settings.PUBLISH_LICENCE: self.licence.text(),
                    settings.PUBLISH_LICENCE_URL: self.licence_url.text(),
                },
            )
        except settings.SettingInvalid as error:
            self.message.setText(error.message(self.lang))
            return False
        self.message.setText(self.tr("Guardado."))
        self._show_status()
        return True

    # Syncing ---------------------------------------------------------------------------

    def sync(self) -> None:
        """Merge the colleagues' bundles, then write ours; stop at conflicts to ask."""
        if not self.save():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.merge = team_folder.plan_merge(self.catalogue, self.lang)
            if self.merge.conflicts:
                self._show_conflicts(self.merge)
                return
            self._finish({})
        except Exception as error:  # noqa: BLE001 - a folder gone, a full disk, a busy file
            self.message.setText(failure_text(error, self.lang))
        finally:
            QApplication.restoreOverrideCursor()

    def apply_decisions(self) -> None:
        decisions = {}
        for row in range(self.conflicts.rowCount()):
            index = self.conflicts.item(row, 0).data(Qt.ItemDataRole.UserRole)
            combo = self.conflicts.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            decisions[int(index)] = str(combo.currentData())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._finish(decisions)
        except Exception as error:  # noqa: BLE001
            self.message.setText(failure_text(error, self.lang))
        finally:
            QApplication.restoreOverrideCursor()

    def decide(self, row: int, decision: str) -> None:
        combo = self.conflicts.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(decision))

    def _finish(self, decisions: dict[int, str]) -> None:
        merge = self.merge
        merged = 0
        if merge is not None and not merge.empty:
            done = team_folder.apply_merge(self.catalogue, merge, decisions=decisions)
            if done.result is not None and done.result.written:
                self.on_change(done.result.change)
            merged = len(merge.bundles)
        written = team_folder.write_changes(self.catalogue)
        self.merge = None
        self.conflict_box.hide()
        self.message.setText(
            self.tr(
                "Fusionados {merged} paquetes de colegas; escritos {written} cambios propios."
            ).format(merged=merged, written=written.count)
        )
        self._show_status()

    def _show_conflicts(self, merge: team_folder.TeamMerge) -> None:
        self.conflicts.setRowCount(0)
        for row, index in enumerate(sorted(merge.conflicts)):
            planned = merge.plan.rows[index]
            current = planned.current
            self.conflicts.insertRow(row)
            item = QTableWidgetItem(f"{current.code} — {current.title}" if current else "")
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.conflicts.setItem(row, 0, item)
            fields = ", ".join(field_label(name, self.lang) for name in planned.changed)
            self.conflicts.setItem(row, 1, QTableWidgetItem(fields))
            combo = QComboBox()
            combo.addItem(self.tr("La del colega"), THEIRS)
            combo.addItem(self.tr("La mía"), OURS)
            self.conflicts.setCellWidget(row, 2, combo)
        self.conflict_box.show()
        self.conflicts.setCurrentCell(0, 0)
        self._show_side_by_side(0)
        self.message.setText(
            self.tr("Elija qué versión conservar de cada registro y pulse «Aplicar».")
        )

    def _show_side_by_side(self, row: int) -> None:
        if self.merge is None or row < 0 or row >= self.conflicts.rowCount():
            return
        index = int(self.conflicts.item(row, 0).data(Qt.ItemDataRole.UserRole))
        planned = self.merge.plan.rows[index]
        ours = planned.current.model_dump(mode="json") if planned.current else {}
        theirs = planned.record.model_dump(mode="json") if planned.record else {}
        lines = [
            f"<tr><th>{_escape(field_label(name, self.lang))}</th>"
            f"<td>{_escape(_plain(ours.get(name)))}</td>"
            f"<td>{_escape(_plain(theirs.get(name)))}</td></tr>"
            for name in planned.changed
        ]
        mine, colleague = self.tr("La mía"), self.tr("La del colega")
        author = theirs.get("updated_by", "")
        self.side_by_side.setHtml(
            f"<table cellpadding='4'><tr><th></th><th>{mine}</th>"
            f"<th>{colleague} ({_escape(str(author))})</th></tr>{''.join(lines)}</table>"
        )

    def _show_status(self) -> None:
        if not self.folder.text().strip():
            self.status.setText(self.tr("Sin carpeta del equipo."))
            self.sync_button.setEnabled(False)
            return
        self.sync_button.setEnabled(True)
        try:
            found = team_folder.status(self.catalogue)
        except Exception as error:  # noqa: BLE001
            self.status.setText(failure_text(error, self.lang))
            return
        self.status.setText(
            self.tr(
                "Paquetes de colegas sin fusionar: {pending}. Incompletos por ahora: "
                "{incomplete}. Cambios propios por escribir: {own}."
            ).format(
                pending=len(found.pending),
                incomplete=len(found.incomplete),
                own=found.own_changes,
            )
        )

    def _browse(self) -> None:
        chosen = choose_folder(self, self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in ("", None))
    return str(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
