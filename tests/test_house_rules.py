"""Rules of the house that a linter cannot state: the window stays a shell, screens never
reach into the store, and no screen fixes the language of a message."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "lazos_desktop" / "ui"
SHELL_LINES = 350


def test_the_main_window_stays_a_shell() -> None:
    lines = (UI / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines < SHELL_LINES, f"main_window.py has {lines} lines; move a job into its own room"


def test_no_screen_reaches_the_store_or_fixes_a_language() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\bstore\.|lazos_desktop\.store\b", line) or re.search(
                r"\.message\(\s*[\"'](es|en|pt)[\"']", line
            ):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_no_text_to_translate_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a `self.tr("…")` there is never translated."""
    pattern = re.compile(r"""\bf(["']).*\{[^}]*\b(tr|translate)\(""")
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []
