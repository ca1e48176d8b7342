"""The README's command reference is the program's own `--help`, and stays so."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "command_reference", ROOT / "tools" / "command_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_holds_the_current_command_reference() -> None:
    tool = generator()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.current(readme) == tool.section(), (
        "README.md is stale: run `python tools/command_reference.py`"
    )


def test_every_command_of_the_parser_is_in_the_reference() -> None:
    from lazos_desktop.cli import build_parser

    text = generator().reference()
    usage = build_parser("es").format_usage()
    assert "lazos-desktop [-h]" in usage
    for command in ("stats", "list", "import", "export", "brief", "check", "backup", "restore"):
        assert f"lazos-desktop {command} [-h]" in text


def test_a_changed_help_makes_the_check_fail(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    tool = generator()
    stale = tmp_path / "README.md"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    stale.write_text(text.replace("registros por tipo, eje y país", "old words"), "utf-8")
    monkeypatch.setattr(tool, "README", stale)
    assert tool.main(["--check"]) == 1
    assert tool.main([]) == 0
    assert tool.main(["--check"]) == 0
