"""Write PNGs of each view of the window to a folder (used by `make screenshots`).

The window is built offscreen on a temporary catalogue: the sourced seeds plus a few
thousand synthetic records (each flagged and titled "(sintético)"), in a private data and
settings folder so that nothing of the officer's is read or changed.

    python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SYNTHETIC = 3000


def main(target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lazos-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAZOS_DATA_DIR"] = str(work / "data")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from lazos_desktop.domain.records import Kind
    from lazos_desktop.services import Catalogue
    from lazos_desktop.ui.app import build_main_window
    from lazos_desktop.ui.record_editor import RecordEditor
    from lazos_desktop.ui.settings import OFFICER_NAME, Settings
    from lazos_desktop.ui.settings_dialog import SettingsDialog

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "ini"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = work / "catalogo-demo.sqlite3"
    catalogue = Catalogue.open(path, officer="demo")
    catalogue.add_synthetic(SYNTHETIC, seed=11)
    catalogue.close()
    Settings().set(OFFICER_NAME, "Ana Pérez")

    def settle() -> None:
        window.wait_for_queries()
        for _ in range(5):
            QCoreApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(target / f"{name}.png"))
        print(target / f"{name}.png")

    window = build_main_window(path, "es")
    window.resize(1360, 820)
    window.show()
    settle()
    window.filters.search.setText("empleo")
    window.filters.apply_now()
    settle()
    window.table.selectRow(0)
    save(window, "list")

    window.go_to_record(window.catalogue.get("EX-001").id)
    save(window, "detail")

    editor = RecordEditor(
        window.catalogue, Kind.EXCHANGE, window.catalogue.get("EX-001"), "es", window
    )
    editor.resize(760, 900)
    editor.show()
    editor.inputs["milestones"].table.scrollToTop()
    save(editor, "editor")
    editor.set_value("title", "")
    editor.set_value("start_date", "10/03/2025")
    editor.save()
    save(editor, "editor-problems")
    editor.close()

    window.filters.search.setText("palabra que no aparece")
    window.filters.apply_now()
    save(window, "empty-state")
    window.filters.clear()

    window.show_overview()
    save(window, "overview")

    dialog = SettingsDialog(
        window.settings, window.catalogue.path, lambda parent: None, lambda parent: None, window
    )
    dialog.show()
    save(dialog, "settings")
    dialog.close()

    window.set_language("en")
    window.show_kind("toolbox")
    settle()
    window.table.selectRow(0)
    save(window, "list-en")
    window.set_language("pt")
    window.show_overview()
    save(window, "overview-pt")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
