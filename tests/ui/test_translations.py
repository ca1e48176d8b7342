"""Every text of the window is translated into English and Portuguese, and the .ts files
hold every text the code asks for (so a new `self.tr` cannot slip through untranslated)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lazos_desktop import paths

TS_FILES = sorted((paths.resources_folder() / "translations").glob("lazos_*.ts"))


def messages(path: Path) -> list[tuple[str, list[str], str | None]]:
    """(source, translations, state) per message; a plural message has one text per form."""
    found = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        found.append((message.findtext("source") or "", texts, translation.get("type")))
    return found


def test_both_languages_are_there() -> None:
    assert [path.name for path in TS_FILES] == ["lazos_en.ts", "lazos_pt.ts"]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_text_is_translated_with_its_placeholders(path: Path) -> None:
    found = messages(path)
    assert len(found) > 100
    for source, translations, state in found:
        assert state is None, f"{path.name}: «{source}» is {state}"
        for translation in translations:
            assert translation.strip(), f"{path.name}: «{source}» has no translation"
            assert placeholders(source) == placeholders(translation), translation


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}|%n", text))


def test_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    copy = tmp_path / "check.ts"
    shutil.copy(TS_FILES[0], copy)
    sources = sorted(
        str(p) for p in (paths.resources_folder().parent / "lazos_desktop" / "ui").rglob("*.py")
    )
    result = subprocess.run(
        [lupdate, "-no-obsolete", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr
    assert {s for s, _, _ in messages(copy)} == {s for s, _, _ in messages(TS_FILES[0])}


def test_texts_are_translated_under_the_class_that_shows_them() -> None:
    """`parent.tr(...)` is filed by lupdate under the context "parent", which Qt never asks
    for at run time: such a text would stay in Spanish. Use `self.tr` or
    `QCoreApplication.translate("Class", ...)`."""
    import re

    from lazos_desktop import paths

    misplaced = []
    for module in sorted((paths.resources_folder().parent / "lazos_desktop" / "ui").rglob("*.py")):
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(?!self\b)[a-z_]\w*\.tr\(", line):
                misplaced.append(f"{module.name}:{number}: {line.strip()}")
    assert misplaced == []
