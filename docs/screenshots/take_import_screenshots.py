"""Screenshots of every page of the import wizard and of the export dialog (offscreen Qt).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_import_screenshots.py
Writes docs/screenshots/import-1-archivo.png … import-5-resumen.png and export-dialogo.png,
importing tests/data/filas_malas.csv (invented rows, flagged synthetic) into a scratch
catalogue.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).parent
SAMPLE = HERE.parent.parent / "tests" / "data" / "filas_malas.csv"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.services import Catalogue
    from lazos_desktop.store.queries import RecordQuery
    from lazos_desktop.ui.dialogs.export_dialog import ExportDialog
    from lazos_desktop.ui.dialogs.import_wizard import ImportWizard

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="lazos-shots-"))
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    catalogue = Catalogue.open(folder / "catalogo.sqlite3", officer="Ana")
    wizard = ImportWizard(catalogue, path=SAMPLE)
    wizard.resize(960, 640)
    wizard.show()
    names = ["archivo", "columnas", "comprobacion", "confirmar", "resumen"]
    for number, name in enumerate(names, start=1):
        if name == "comprobacion":
            wizard.report_page.show_item(0)
            wizard.report_page.skip_invalid.setChecked(True)
        app.processEvents()
        wizard.grab().save(str(HERE / f"import-{number}-{name}.png"))
        if number < len(names):
            wizard.next()
    dialog = ExportDialog(catalogue, query=RecordQuery(country="PE"), selected_ids=[])
    dialog.path_edit.setText(str(Path.home() / "catalogo-peru.xlsx"))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(HERE / "export-dialogo.png"))
    catalogue.close()


if __name__ == "__main__":
    main()
