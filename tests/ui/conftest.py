"""Fixtures for window tests: private settings, compiled translations, a built window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lazos_desktop import paths

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: object) -> Iterator[Path]:
    """QSettings() in the window reads and writes an ini file in the test's folder."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings().clear()


@pytest.fixture(autouse=True)
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes are modal: a test gets their texts in a list instead of waiting on one."""
    from lazos_desktop.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    return shown


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `.qm` files built from the `.ts` sources, as `make translations` builds them."""
    import os

    target = tmp_path_factory.mktemp("translations")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    for source in sorted((paths.resources_folder() / "translations").glob("*.ts")):
        subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")],
            check=True,
        )
    os.environ["LAZOS_TRANSLATIONS"] = str(target)
    return target


@pytest.fixture
def window(qtbot, catalogue_path: Path):  # noqa: ANN001, ANN201
    """The main window on a fresh seeded catalogue, its first query answered."""
    from lazos_desktop.ui.app import build_main_window
    from lazos_desktop.ui.i18n import install_language

    built = build_main_window(catalogue_path, "es")
    qtbot.addWidget(built)
    built.show()
    built.wait_for_queries()
    yield built
    install_language("es")
