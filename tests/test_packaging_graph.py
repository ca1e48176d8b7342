"""The frozen program carries every module it may import: PyInstaller's module graph, from
the build's entry point, finds each module of the package, also those a command or a dialog
imports inside a function when first asked for (the command line and the window load them
late to start sooner). Runs where PyInstaller is installed (`make package` installs it)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import lazos_desktop
from lazos_desktop import paths

ROOT = paths.resources_folder().parent

# Modules the program never imports: the `python -m lazos_desktop` door (the build has its
# own entry point) and the JSON Schema generator the tests and developers run.
NOT_SHIPPED = {"lazos_desktop.__main__", "lazos_desktop.interchange.json_schema"}

GRAPH = r"""
import sys
from PyInstaller.depend.analysis import initialize_modgraph

graph = initialize_modgraph()
entry = graph.add_script(sys.argv[1])
for node in graph.iter_graph(start=entry):
    if node.identifier.startswith("lazos_desktop"):
        print(node.identifier)
"""


@pytest.mark.slow
def test_the_module_graph_finds_every_module_imported_late() -> None:
    pytest.importorskip("PyInstaller")
    result = subprocess.run(
        [sys.executable, "-c", GRAPH, str(ROOT / "packaging" / "lazos_desktop_main.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    found = set(result.stdout.split())
    ours = {m.name for m in pkgutil.walk_packages(lazos_desktop.__path__, "lazos_desktop.")}
    assert sorted(ours - found - NOT_SHIPPED) == []
