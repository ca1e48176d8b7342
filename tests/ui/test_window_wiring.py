"""The dialogs built on their own branches are reachable from the main window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

from lazos_desktop.ui import dialogs


def test_ctrl_p_opens_the_brief_dialog_with_selection_and_filter(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(dialogs, "show_brief_dialog", lambda *args: calls.append(args))
    window.show_kind("exchange")
    window.wait_for_queries()
    window.table.selectRow(0)
    assert window.action_brief.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.action_brief.trigger()
    assert len(calls) == 1
    _parent, catalogue, selected, query = calls[0]
    assert catalogue is window.catalogue
    assert list(selected) == window.selected_ids() and len(selected) == 1
    assert query.kind == "exchange"
    assert window.action_brief in window.file_menu.actions()
