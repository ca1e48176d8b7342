"""No pydantic plugin is looked for, and with every plugin off pydantic's plugin loader is
a stand-in that needs no `importlib.metadata` (`lazos_desktop/domain/no_plugins.py`). These
tests fail when pydantic asks that loader for more than the stand-in gives, or the stand-in
stops handing over to the real loader."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

# A fresh interpreter: a record validated, then what was loaded and which loader stands.
CHILD = r"""
import json, sys
from lazos_desktop.domain.records import Practice
Practice(title="Huertos urbanos", countries=["PE"])
loader = sys.modules["pydantic.plugin._loader"]
found = {"metadata": "importlib.metadata" in sys.modules, "real": "entry_points" in vars(loader)}
group = loader.PYDANTIC_ENTRY_POINT_GROUP  # a name the stand-in has not: the real one's
after = sys.modules["pydantic.plugin._loader"]
found.update(group=group, real_after="entry_points" in vars(after))
print(json.dumps(found))
"""


def _child(disabled: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if disabled is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = disabled
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_pydantic_asks_its_plugin_loader_for_get_plugins_only() -> None:
    asked: set[str] = set()
    for path in Path(pydantic.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
            if module.endswith("_loader") and ("plugin" in str(path.parent) or "plugin" in module):
                asked |= {alias.name for alias in node.names}  # type: ignore[attr-defined]
    assert asked == {"get_plugins"}


def test_a_record_validates_without_importlib_metadata() -> None:
    found = _child(None)
    assert found["metadata"] is False and found["real"] is False
    assert found["group"] == "pydantic" and found["real_after"] is True  # handed over


@pytest.mark.parametrize("disabled", ["some_plugin", ""])
def test_an_officer_setting_of_their_own_keeps_pydantic_loader(disabled: str) -> None:
    found = _child(disabled)
    assert found["real"] is True
