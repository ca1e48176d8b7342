"""A long file's import shows its rows going by, and Cancel stops it with nothing written.

The thresholds are lowered (`WHOLE_TABLE`, `TABLE_CHUNK`) so that 2,000 rows take the
streamed path of a long file, written forty rows at a time inside one transaction.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.interchange import csv_reader, streamed_rows
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs.import_wizard import PAGE_CONFIRM, PAGE_PREVIEW, PAGE_REPORT

pytestmark = pytest.mark.gui

ROWS = 2000


def write_rows(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Título", "Países", "Ejes", "Año"])
        for n in range(ROWS):
            writer.writerow([f"Práctica ficticia de prueba número {n}", "Perú", "empleo", 2023])
    return path


def records(window: Any) -> list[tuple[str, str]]:
    store = window.operations.catalogue.store
    rows = store.db.execute("SELECT id, data FROM records ORDER BY id").fetchall()
    return [(row[0], row[1]) for row in rows]


def test_cancel_during_the_write_rolls_back_and_says_so(
    window: Any,
    qtbot: Any,
    tmp_path: Path,
    errors_shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(csv_reader, "WHOLE_TABLE", 50)
    monkeypatch.setattr(streamed_rows, "TABLE_CHUNK", 40)
    sheet = write_rows(tmp_path / "largo.csv")
    before = records(window)
    wizard = dialogs.make_import_wizard(window, window.operations, sheet, "es")
    qtbot.addWidget(wizard)
    wizard.show()
    for page in (PAGE_PREVIEW, PAGE_REPORT, PAGE_CONFIRM):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=60_000)
        if page == PAGE_PREVIEW:  # the file's rows, not the first ones it holds
            assert wizard.preview_page.info.text().startswith(f"{ROWS} filas de datos")
    assert wizard.plan is not None and wizard.plan.counts()["created"] == ROWS
    assert wizard.plan.summary is not None  # planned a chunk at a time, rows not kept
    announced = wizard.confirm_page.text.text()
    assert f"Registros nuevos: {ROWS}" in announced
    assert "no se importarán (rechazadas, conflictos omitidos o duplicados): 0" in announced
    wizard.next()  # "Importar"
    qtbot.waitUntil(lambda: wizard.rows_done > 0, timeout=60_000)
    assert wizard.working
    bar = wizard.bars[wizard.confirm_page]
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() == ROWS, timeout=10_000)
    wizard.reject()  # the wizard's Cancel button, pressed while the rows are written
    assert wizard.isVisible()  # it stays open to say what happened
    qtbot.waitUntil(lambda: not wizard.working, timeout=60_000)

    assert wizard.currentId() == PAGE_CONFIRM
    assert wizard.rows_done < ROWS
    assert "cancelada" in wizard.confirm_page.error.text()
    assert "no se escribió nada" in wizard.confirm_page.error.text()
    assert wizard.result is None
    assert records(window) == before
    assert errors_shown == []
    assert not bar.isVisible()
    wizard.reject()  # now an ordinary Cancel: the wizard closes
    assert not wizard.isVisible()
