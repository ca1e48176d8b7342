"""The list of system libraries `make run` installs matches what Qt's xcb plugin links."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "system_libraries.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("system_libraries", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


libraries = _tool()
linux_with_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="the xcb plugin and ldd exist on Linux only",
)


def _system_side() -> dict[str, Path | None]:
    plugin = libraries.xcb_plugin()
    assert plugin is not None, "PySide6 ships libqxcb.so on Linux"
    return libraries.outside_pyside(libraries.linked_libraries(plugin), plugin.parents[3])


@linux_with_ldd
def test_every_library_the_plugin_links_has_a_package_or_comes_with_one() -> None:
    needed = _system_side()
    brought_along: set[str] = set()
    for name, where in needed.items():
        if name in libraries.DEBIAN_PACKAGES and where is not None:
            brought_along.update(libraries.linked_libraries(where))
    uncovered = sorted(
        name
        for name in needed
        if name not in libraries.DEBIAN_PACKAGES
        and name not in libraries.ESSENTIAL
        and name not in brought_along
    )
    assert uncovered == []


@linux_with_ldd
def test_the_table_names_the_package_that_owns_each_library_found_here() -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("package owners are checked on Debian-based systems")
    for name, where in _system_side().items():
        if where is None or name not in libraries.DEBIAN_PACKAGES:
            continue
        paths = {str(where), str(where.resolve())}
        candidates = paths | {path.replace("/lib/", "/usr/lib/", 1) for path in paths}
        owners = set()
        for candidate in candidates:
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            owners.update(line.split(":")[0] for line in found.stdout.splitlines())
        assert libraries.DEBIAN_PACKAGES[name] in owners, (name, owners)


def test_missing_libraries_become_one_install_line() -> None:
    found = libraries.parse_ldd(
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f50)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibweird.so.9 => not found\n"
    )
    assert found["libxcb.so.1"] == Path("/lib/x86_64-linux-gnu/libxcb.so.1")
    packages = libraries.missing_packages(found)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert libraries.install_line(packages) == (
        "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"
    )
    assert libraries.unknown_missing(found) == ["libweird.so.9"]
