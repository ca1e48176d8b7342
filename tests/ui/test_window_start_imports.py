"""The window starts without what it does not show: no importer or exporter, no dialog, no
ReportLab. Each loads when the officer first asks for it (`make bench` times the start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lazos_desktop.services import Catalogue

# `lazos-desktop --db PATH` in a fresh interpreter, until the window's first rows are shown;
# then the names of the modules it loaded.
START = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

exec_ = QApplication.exec

def shown_then_quit(*_application):
    def done():
        window = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"][0]
        window.wait_for_queries(30_000)
        QApplication.processEvents()
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            json.dump(sorted(sys.modules), out)
        QApplication.quit()

    QTimer.singleShot(0, done)
    return exec_()

QApplication.exec = shown_then_quit
from lazos_desktop.cli import main
sys.exit(main(["--db", sys.argv[2]]))
"""

NOT_AT_START = (
    "openpyxl",
    "docx",
    "icalendar",
    "rapidfuzz",
    "reportlab",
    "xml.etree",
    "lazos_desktop.briefs",
    "lazos_desktop.services.briefs",
    "lazos_desktop.services.exchange_files",
    "lazos_desktop.services.standard_exports",
    "lazos_desktop.services.team_folder",
    "lazos_desktop.services.publishing",
    "lazos_desktop.interchange.import_sources",
    "lazos_desktop.interchange.row_records",
    "lazos_desktop.interchange.merge_plan",
    "lazos_desktop.interchange.bundle",
    "lazos_desktop.interchange.calendar_file",
    "lazos_desktop.interchange.xlsx_reader",
    "lazos_desktop.interchange.csv_reader",
    "lazos_desktop.ui.dialogs.record_editor",
    "lazos_desktop.ui.dialogs.link_picker",
    "lazos_desktop.ui.dialogs.settings_dialog",
    "lazos_desktop.ui.dialogs.about_dialog",
    "lazos_desktop.ui.dialogs.welcome_dialog",
    "lazos_desktop.ui.dialogs.guide_window",
    "lazos_desktop.ui.dialogs.activity_dialog",
    "lazos_desktop.ui.dialogs.task_dialog",
    "lazos_desktop.ui.dialogs.brief_dialog",
    "lazos_desktop.ui.dialogs.import_wizard",
    "lazos_desktop.ui.dialogs.export_dialog",
    "lazos_desktop.ui.dialogs.team_dialog",
)


def test_the_window_starts_without_importers_exporters_dialogs_or_reportlab(
    catalogue_path: Path, tmp_path: Path
) -> None:
    Catalogue.open(catalogue_path, officer="Ana").close()
    config = tmp_path / "config"  # XDG_CONFIG_HOME: settings with a name, so no welcome
    (config / "LAZOS").mkdir(parents=True)
    (config / "LAZOS" / "LAZOS Desktop.conf").write_text(
        "[officer]\nname=Ana\n\n[settings]\nversion=2\n", encoding="utf-8"
    )
    report = tmp_path / "modules.json"
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", START, str(report), str(catalogue_path)],
        check=True,
        capture_output=True,
        env=environment,
        timeout=120,
    )
    modules = json.loads(report.read_text(encoding="utf-8"))
    assert "lazos_desktop.ui.main_window" in modules
    loaded = [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)]
    assert loaded == []
