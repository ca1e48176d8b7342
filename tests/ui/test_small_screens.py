"""The window on small screens (issue 18): on a 1366×768 laptop and on 1280×720 at 125 %
(1024×576 device-independent pixels) the window opens within the screen's available area
with its status bar in view, and no page or dialog asks for more room than that screen
has: what is longer scrolls. Each screen is an offscreen screen of that size, in a process
of its own (the offscreen platform takes its screens from a configuration file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from lazos_desktop.services import Catalogue
from lazos_desktop.ui import screen_fit

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768": {"width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96},
    # 1280×720 pixels at 125 %: Qt lays windows out on 1024×576.
    "1280x720-125": {"width": 1280, "height": 720, "logicalDpi": 120, "logicalBaseDpi": 96},
}


@pytest.mark.parametrize("screen", SCREENS, ids=str)
def test_the_window_pages_and_dialogs_fit_a_small_screen(screen: str, tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": screen, "x": 0, "y": 0, **SCREENS[screen], "dpr": 1}]})
    )
    catalogue = tmp_path / "catalogo.sqlite3"
    Catalogue.open(catalogue, officer="Ana Pérez").close()
    report = tmp_path / "report.json"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "LAZOS_DATA_DIR": str(tmp_path / "data"),
    }
    subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe", str(catalogue), str(tmp_path), str(report)],
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=300,
    )
    found = json.loads(report.read_text(encoding="utf-8"))
    expected = [1366, 768] if screen == "1366x768" else [1024, 576]
    assert found["screen"] == expected  # the platform took the screen we asked for
    assert found["problems"] == []


def test_the_first_size_is_1280_by_800_or_the_screen_less_its_chrome(qapp) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    area = widget.screen().availableGeometry()
    screen_fit.place_main_window(widget)
    expected = screen_fit.MAIN_WINDOW.boundedTo(area.size() - screen_fit.CHROME)
    assert widget.size() == expected
    placed = QRect(widget.pos(), widget.size() + screen_fit.CHROME)
    assert area.contains(placed)
    screen_fit.fit_size(widget, 5000, 200)
    assert widget.size() == QSize(area.width() - screen_fit.CHROME.width(), 200)
