"""The language chosen in the window is the command line's default too (LAZOS_LANG and
--lang still come first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from lazos_desktop import paths
from lazos_desktop.ui.settings import LANGUAGE, Settings


def stats_text(db: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args, "stats"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=True,
    ).stdout


def test_the_window_language_is_the_command_line_default(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), "init"], check=True, timeout=120
    )
    assert "Buenas prácticas" in stats_text(db)
    settings = Settings(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "pt")
    assert paths.remembered_language_file().read_text(encoding="ascii") == "pt"
    assert "Boas práticas" in stats_text(db)
    assert "Good practices" in stats_text(db, env={"LAZOS_LANG": "en"})
    assert "Buenas prácticas" in stats_text(db, "--lang", "es")
    paths.remembered_language_file().write_text("klingon", encoding="ascii")
    assert "Buenas prácticas" in stats_text(db)  # a value it cannot use is ignored
