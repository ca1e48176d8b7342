"""`lazos-desktop --selftest` from source, as a packager or an officer runs it: every step
passes and is timed; a broken installation fails naming its step; nothing reaches for the
network and nothing of the officer's is touched.

These live with the window tests because the self-test opens the window (offscreen) and
needs the `.qm` files the window tests compile.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.services import selftest
from lazos_desktop.ui.selftest_steps import LABELS, window_steps

pytestmark = pytest.mark.gui

STEP_LINE = re.compile(r"^\s*(\d+)/(\d+) (.+?)\s+(ok|--|ERROR)\s+(\d+\.\d\d) s")


def run_selftest(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    environment.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", *args, "--selftest"],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )


def test_selftest_from_source_passes_every_step(_private_data_folder: Path) -> None:
    done = run_selftest()
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [STEP_LINE.match(line) for line in done.stdout.splitlines()]
    steps = [match for match in steps if match]
    keys = [step.key for step in selftest.CORE_STEPS] + [step.key for step in window_steps()]
    assert len(steps) == len(keys) == int(steps[0].group(2))
    assert all(match.group(4) == "ok" for match in steps), done.stdout
    assert "importar el archivo de ejemplo" in done.stdout
    assert "abrir y cerrar la ventana principal" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith("Autoprueba correcta: 10 pasos")
    # The officer's data folder is never created: backups went to the temporary folder.
    assert not _private_data_folder.exists()


def test_selftest_speaks_the_language_asked() -> None:
    done = run_selftest("--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "render a record brief (PDF)" in done.stdout
    assert "Self-test passed" in done.stdout


def test_a_broken_installation_fails_naming_the_step(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    done = run_selftest(LAZOS_SEEDS=str(tmp_path / "seeds"))
    assert done.returncode == 1
    assert "ERROR" in done.stdout
    assert "la autoprueba falló en el paso «crear un catálogo vacío»" in done.stderr
    assert "vocabularies.json" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_translations_fail_their_step(tmp_path: Path) -> None:
    done = run_selftest(LAZOS_TRANSLATIONS=str(tmp_path))
    assert done.returncode == 1
    assert "«cargar las traducciones (en, pt)»" in done.stderr
    assert "lazos_en.qm" in done.stderr


class Connections:
    """Every attempt to open a network connection, refused and remembered."""

    def __init__(self) -> None:
        self.attempts: list[Any] = []

    def refuse(self, *args: Any, **kwargs: Any) -> Any:
        self.attempts.append(args[1:] or args)
        raise OSError("network blocked by the test")


def test_the_program_never_reaches_for_the_network(
    monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    """The whole self-test, window included, in this process with every way out blocked."""
    blocked = Connections()
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, blocked.refuse)
    monkeypatch.setattr(socket, "create_connection", blocked.refuse)
    monkeypatch.setattr(socket, "getaddrinfo", blocked.refuse)
    monkeypatch.setattr(socket, "gethostbyname", blocked.refuse)
    lines: list[str] = []
    result = selftest.run_selftest(
        lambda step, number, total: lines.append(f"{step.key} {step.ok} {step.error}"),
        window_steps(),
        "es",
        LABELS,
    )
    assert result.ok, lines
    assert len(result.steps) == len(selftest.CORE_STEPS) + len(window_steps())
    assert blocked.attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
