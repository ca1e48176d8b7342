"""The overview's late list says how many more there are from the service's count, since the
dashboard now keeps only the items it lists (issue: 2.7 GB window at 1,000,000 records)."""

from __future__ import annotations

import datetime as dt

from lazos_desktop.domain.agenda import AgendaItem
from lazos_desktop.services import Catalogue
from lazos_desktop.services.cases import DASHBOARD_ITEMS, Dashboard
from lazos_desktop.ui.pages.dashboard_panel import DashboardPanel

TODAY = dt.date(2026, 3, 2)


def test_more_counts_every_late_item_not_only_those_kept(qtbot, catalogue: Catalogue) -> None:  # noqa: ANN001
    items = [
        AgendaItem("r", f"EX-{n:03d}", "Caso", "task", f"t{n}", "Enviar acta", TODAY, "open")
        for n in range(DASHBOARD_ITEMS)
    ]
    board = Dashboard(today=TODAY, late=items, late_count=DASHBOARD_ITEMS + 12)
    panel = DashboardPanel("es")
    qtbot.addWidget(panel)
    panel.show_dashboard(board, catalogue.vocabularies(), {})
    assert "y 12 más" in panel.late.text() and "EX-007" in panel.late.text()
    assert "EX-" not in panel.upcoming.text()
