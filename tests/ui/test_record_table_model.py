"""The records table model: Qt's model tester, and 100,000 rows without holding them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from lazos_desktop.services import Catalogue
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui.pages.record_table_model import BLOCK_ROWS, CACHED_BLOCKS, RecordTableModel

pytestmark = pytest.mark.gui


def test_model_passes_qt_model_tester(qtmodeltester, catalogue: Catalogue) -> None:  # noqa: ANN001
    catalogue.add_synthetic(300, seed=3)
    model = RecordTableModel(catalogue.summaries_for, catalogue.vocabularies(), "es")
    model.set_rows(catalogue.row_numbers(RecordQuery(kind="practice")))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 100
    assert model.data(model.index(0, 0)) == "BP-001"
    assert model.data(model.index(0, 2)) == "Chile"


def test_labels_follow_the_language(catalogue: Catalogue) -> None:
    model = RecordTableModel(catalogue.summaries_for, catalogue.vocabularies(), "en")
    model.set_rows(catalogue.row_numbers(RecordQuery(kind="practice", country="CL")))
    assert model.data(model.index(0, 2)) == "Chile"
    assert model.data(model.index(0, 3)) == "Social protection"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == catalogue.get("BP-001").id


def test_sort_is_asked_of_the_store_not_done_here(catalogue: Catalogue) -> None:
    model = RecordTableModel(catalogue.summaries_for, catalogue.vocabularies(), "es")
    asked: list[tuple[str, bool]] = []
    model.sortRequested.connect(lambda key, descending: asked.append((key, descending)))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert asked == [("title", True)]


@pytest.mark.slow
def test_100k_rows_scroll_to_the_end_with_a_bounded_cache(qtbot, big_catalogue_path: Path) -> None:  # noqa: ANN001
    from lazos_desktop.ui.app import build_main_window

    window = build_main_window(big_catalogue_path, "es")
    qtbot.addWidget(window)
    window.show()
    window.wait_for_queries(60_000)
    model = window.records_page().model
    rows = model.rowCount()
    assert rows >= 50_000
    for fraction in (0.25, 0.5, 0.75):
        window.records_page().table.scrollTo(model.index(int(rows * fraction), 0))
        QCoreApplication.processEvents()
    window.records_page().table.scrollToBottom()
    QCoreApplication.processEvents()
    window.records_page().table.viewport().repaint()
    last = model.data(model.index(rows - 1, 0))
    assert last and last.startswith("BP-")
    assert model.cached_summaries() <= BLOCK_ROWS * CACHED_BLOCKS
    assert model.cached_summaries() < rows / 50
    assert window.records_page().filters.count.text().startswith(QLocale().toString(rows))
