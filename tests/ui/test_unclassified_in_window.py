"""Drafts "por clasificar" in the window: counted in the list and the overview, found by
the status filter, and saved from the editor without axes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QToolButton

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue

pytestmark = pytest.mark.gui


def _window(qtbot, catalogue_path: Path):  # noqa: ANN001, ANN202
    from lazos_desktop.ui.app import build_main_window

    held = Catalogue.open(catalogue_path, officer="Ana")
    held.create(Practice(title="Ejemplo ficticio: sin ejes", countries=["PE"], synthetic=True))
    held.close()
    built = build_main_window(catalogue_path, "es")
    qtbot.addWidget(built)
    built.show()
    built.wait_for_queries()
    return built


def test_the_list_counts_the_unclassified_and_the_status_filter_finds_them(
    qtbot, catalogue_path: Path
) -> None:
    window = _window(qtbot, catalogue_path)
    assert window.records_page().filters.count.text() == "4 de 4 prácticas · 1 por clasificar"
    status = window.findChild(QComboBox, "statusFilter")
    found = status.findText("Por clasificar")
    assert found > 0
    status.setCurrentIndex(found)
    window.wait_for_queries()
    model = window.records_page().model
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == ["BP-004"]
    assert window.records_page().current_query().unclassified is True


def test_the_overview_says_how_many_wait_to_be_classified(qtbot, catalogue_path: Path) -> None:
    window = _window(qtbot, catalogue_path)
    qtbot.mouseClick(window.findChild(QToolButton, "navOverview"), Qt.MouseButton.LeftButton)
    window.wait_for_queries()
    assert "Por clasificar (borradores sin ejes o sin países): 1" in window.overview.totals.text()


def test_a_draft_without_axes_saves_and_a_published_one_asks_for_them(
    catalogue: Catalogue,
) -> None:
    draft = Practice(title="Ejemplo ficticio: borrador", countries=["CL"], synthetic=True)
    assert catalogue.validate(draft) == []
    published = draft.model_copy(update={"status": "published"})
    assert [p.field for p in catalogue.validate(published)] == ["axes"]
