"""The export dialog: which records (current filter, selection, everything), kind and format.

The chosen file goes through `choose_target`, which tests replace so that no test waits on a
modal file dialog. `exported(result)` carries the services' `ExportResult`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.services import Catalogue, RecordQuery
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.ui.failures import failure_text

FORMATS = ("xlsx", "csv", "json", "lazos", "hxl", "iati")
# HXL is CSV with a hashtag row; IATI activities are XML.
SUFFIX = {"hxl": "csv", "iati": "xml"}
SCOPE_FILTER, SCOPE_SELECTION, SCOPE_ALL = "filter", "selection", "all"


def choose_target(parent: QWidget, suggested: str, filters: str) -> str:
    """The save dialog; a function so that tests replace it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Exportar a…"), suggested, filters
    )
    return path


class ExportDialog(QDialog):
    exported = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        query: RecordQuery | None = None,
        selected_ids: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        lang: str = "es",
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.query = query
        self.selected_ids = tuple(selected_ids)
        self.lang = lang
        self.result: ex.ExportResult | None = None
        self.setWindowTitle(self.tr("Exportar registros"))

        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel (.xlsx), una hoja por tipo"), "xlsx")
        self.format_combo.addItem(self.tr("CSV (.csv), un archivo por tipo"), "csv")
        self.format_combo.addItem(self.tr("JSON de catálogo (.json)"), "json")
        self.format_combo.addItem(self.tr("Paquete LAZOS (.lazos), catálogo completo"), "lazos")
        self.format_combo.addItem(self.tr("HXL (.csv con etiquetas humanitarias)"), "hxl")
        self.format_combo.addItem(
            self.tr("IATI 2.03 (.xml), intercambios como actividades"), "iati"
        )
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Todos los tipos"), "all")
        self.kind_combo.addItem(self.tr("Buenas prácticas"), "practices")
        self.kind_combo.addItem(self.tr("Intercambios"), "exchanges")
        self.kind_combo.addItem(self.tr("Caja de herramientas"), "toolbox")
        self.kind_combo.addItem(self.tr("Instituciones"), "institutions")

        self.scope_filter = QRadioButton(self.tr("Los registros del filtro actual"))
        self.scope_selection = QRadioButton(
            self.tr("Los registros seleccionados ({count})").format(count=len(self.selected_ids))
        )
        self.scope_all = QRadioButton(self.tr("Todo el catálogo"))
        self.scope_group = QButtonGroup(self)
        for button in (self.scope_filter, self.scope_selection, self.scope_all):
            self.scope_group.addButton(button)
        self.scope_filter.setEnabled(query is not None)
        self.scope_selection.setEnabled(bool(self.selected_ids))
        if self.selected_ids:
            self.scope_selection.setChecked(True)
        elif query is not None:
            self.scope_filter.setChecked(True)
        else:
            self.scope_all.setChecked(True)

        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Punto y coma (Excel en español)"), ";")
        self.delimiter_combo.addItem(self.tr("Coma"), ",")
        self.delimiter_combo.addItem(self.tr("Tabulador"), "\t")

        self.contacts_box = QCheckBox(self.tr("Incluir datos de contacto"))
        self.contacts_box.setObjectName("withContacts")
        self.contacts_box.setToolTip(
            self.tr(
                "Los puntos focales son datos personales: sin esta casilla el archivo no los "
                "lleva y lo dice, y al importarlo en otro catálogo no borra los contactos de "
                "ese catálogo."
            )
        )

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Archivo de destino"))
        self.path_edit.textChanged.connect(self._update_ok)
        browse = QPushButton(self.tr("Elegir…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Formato:"), self.format_combo)
        form.addRow(self.tr("Tipo:"), self.kind_combo)
        scope = QVBoxLayout()
        for button in (self.scope_filter, self.scope_selection, self.scope_all):
            scope.addWidget(button)
        form.addRow(self.tr("Registros:"), scope)
        form.addRow(self.tr("Separador CSV:"), self.delimiter_combo)
        form.addRow(self.tr("Contactos:"), self.contacts_box)
        form.addRow(self.tr("Archivo:"), path_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exportar"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._format_changed()
        self._update_ok()

    def chosen_format(self) -> str:
        return str(self.format_combo.currentData())

    def scope(self) -> str:
        if self.scope_selection.isChecked():
            return SCOPE_SELECTION
        if self.scope_filter.isChecked():
            return SCOPE_FILTER
        return SCOPE_ALL

    def export(self) -> None:
        """Write the file; on success the dialog closes, on failure it says why and stays."""
        target = Path(self.path_edit.text().strip())
        if not target.parent.is_dir():
            self.message.setText(
                self.tr("La carpeta {folder} no existe.").format(folder=target.parent)
            )
            return
        scope = self.scope()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = ex.export(
                self.catalogue,
                target,
                fmt=self.chosen_format(),
                kind=str(self.kind_combo.currentData()),
                query=self.query if scope == SCOPE_FILTER else None,
                ids=self.selected_ids if scope == SCOPE_SELECTION else (),
                lang=self.lang,
                delimiter=str(self.delimiter_combo.currentData()),
                with_contacts=self.contacts_box.isChecked(),
            )
        except Exception as error:  # noqa: BLE001 - a full disk, a read-only folder, a busy file
            self.message.setText(failure_text(error, self.lang))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.exported.emit(self.result)
        self.accept()

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        self.delimiter_combo.setEnabled(fmt in ("csv", "hxl"))
        self.contacts_box.setEnabled(fmt in ("xlsx", "csv", "json", "lazos"))
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix("." + SUFFIX.get(fmt, fmt))))

    def _browse(self) -> None:
        suffix = SUFFIX.get(self.chosen_format(), self.chosen_format())
        suggested = self.path_edit.text().strip() or f"catalogo.{suffix}"
        chosen = choose_target(self, suggested, f"*.{suffix}")
        if chosen:
            self.path_edit.setText(chosen)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path_edit.text().strip()))
