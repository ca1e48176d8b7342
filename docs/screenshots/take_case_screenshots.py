"""Screenshots of following a case: the card, the agenda (Seguimiento) and the dashboard,
in Spanish and English (offscreen Qt).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_case_screenshots.py
Writes caso-ficha-{es,en}.png, seguimiento-{es,en}.png and tablero-{es,en}.png. The scratch
catalogue is the sourced seed plus example entries marked "(ejemplo)": an example meeting,
two example tasks and the interconnection milestone dated ten days ago so that it is late.
None of these is a real fact.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).parent
SENA, SECAP = "e65aefdf-596f-5ed3-a442-81297adb5e10", "83fdcdf2-4e11-513a-ad02-15666f1a7139"


def example_case(path: Path) -> None:
    from lazos_desktop.domain.case_items import Activity, FollowUpTask
    from lazos_desktop.services import Catalogue

    today = dt.date.today()
    catalogue = Catalogue.open(path, officer="Ana Pérez")
    sena = catalogue.get("EX-001")
    meeting = Activity(
        date=today - dt.timedelta(days=6),
        type="meeting",
        place="Quito (ejemplo)",
        institutions=[SENA, SECAP],
        participants=["Persona de ejemplo"],
        summary="Reunión de seguimiento de la comisión (ejemplo)",
        decisions="Preparar un borrador de la hoja de ruta (ejemplo).",
    )
    upcoming = Activity(
        date=today + dt.timedelta(days=12),
        type="call",
        summary="Llamada de coordinación (ejemplo)",
    )
    milestones = list(sena.milestones)
    milestones[3] = milestones[3].model_copy(update={"date": today - dt.timedelta(days=10)})
    tasks = [
        *sena.tasks,
        FollowUpTask(
            title="Enviar el acta (ejemplo)",
            responsible="Persona de ejemplo",
            due=today + dt.timedelta(days=3),
            origin=meeting.id,
        ),
        FollowUpTask(
            title="Circular el borrador (ejemplo)",
            institution=SECAP,
            due=today + dt.timedelta(days=40),
            origin=meeting.id,
        ),
    ]
    catalogue.update(
        sena.model_copy(
            update={"milestones": milestones, "tasks": tasks, "activities": [meeting, upcoming]}
        )
    )
    catalogue.close()


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.ui.app import build_main_window

    work = Path(tempfile.mkdtemp(prefix="lazos-case-shots-"))
    os.environ["LAZOS_DATA_DIR"] = str(work / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "ini"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = work / "catalogo-ejemplo.sqlite3"
    example_case(path)
    window = build_main_window(path, "es")
    window.resize(1360, 860)
    window.show()

    def save(name: str) -> None:
        window.wait_for_queries()
        for _ in range(5):
            QCoreApplication.processEvents()
        window.grab().save(str(HERE / f"{name}.png"))
        print(HERE / f"{name}.png")

    for lang in ("es", "en"):
        if lang != "es":
            window.set_language(lang)
        window.go_to_record(window.catalogue.get("EX-001").id)
        window.wait_for_queries()
        page = window.records_page()
        splitter = page.side_tabs.parentWidget()
        splitter.setSizes([560, 800])  # type: ignore[attr-defined]
        window.wait_for_queries()
        page.detail.scrollToAnchor("case")
        save(f"caso-ficha-{lang}")
        window.show_agenda()
        save(f"seguimiento-{lang}")
        window.show_overview()
        save(f"tablero-{lang}")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
