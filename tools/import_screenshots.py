"""Screenshots of every page of the import wizard and of the export dialog (offscreen Qt).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_import_screenshots.py
Writes docs/screenshots/import-1-archivo.png … import-5-resumen.png (a colleague's Spanish
Excel CSV with institutions the catalogue does not hold and a row without axes),
import-3b/3c (values to settle, before and after the officer's choices) and
export-dialogo.png, importing the invented rows of tests/data (flagged synthetic) into a
scratch catalogue.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "docs" / "screenshots"
DATA = ROOT / "tests" / "data"
SAMPLE = DATA / "colegas_excel_es.csv"
DOUBTFUL = DATA / "valores_dudosos.csv"


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.services import Catalogue
    from lazos_desktop.store.queries import RecordQuery
    from lazos_desktop.ui.dialogs.export_dialog import ExportDialog
    from lazos_desktop.ui.dialogs.import_wizard import ImportWizard

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="lazos-shots-"))
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    # The wizard remembers answers in the settings: keep them out of the officer's own.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "ini"))
    catalogue = Catalogue.open(folder / "catalogo.sqlite3", officer="Ana")
    wizard = ImportWizard(catalogue, path=SAMPLE)
    wizard.resize(1000, 720)
    wizard.show()
    names = ["archivo", "columnas", "comprobacion", "confirmar", "resumen"]
    for number, name in enumerate(names, start=1):
        app.processEvents()
        wizard.grab().save(str(HERE / f"import-{number}-{name}.png"))
        if number < len(names):
            wizard.next()
    doubtful = ImportWizard(catalogue, path=DOUBTFUL)
    doubtful.resize(1000, 720)
    doubtful.show()
    doubtful.next()
    doubtful.next()
    report = doubtful.report_page
    if report.entry_count():
        report.show_item(0)
    app.processEvents()
    doubtful.grab().save(str(HERE / "import-3b-valores-por-decidir.png"))
    rows = {line.value: r for r, line in enumerate(report.values.lines)}
    report.values.choose(rows["Narnia"], "later")
    report.values.choose(rows["Social"], "map", "cohesion_social")
    report.values.choose(rows["SENA — Servicio Nacional de la Mujer"], "create")
    report.apply_button.click()
    app.processEvents()
    doubtful.grab().save(str(HERE / "import-3c-valores-decididos.png"))
    dialog = ExportDialog(catalogue, query=RecordQuery(country="PE"), selected_ids=[])
    dialog.path_edit.setText(str(Path.home() / "catalogo-peru.xlsx"))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(HERE / "export-dialogo.png"))
    catalogue.close()


if __name__ == "__main__":
    main()
