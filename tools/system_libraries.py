"""The system libraries the window needs on Linux, found before Qt aborts without them.

Qt's X11 platform plugin (`libqxcb.so`, shipped inside PySide6) links a dozen XCB helper
libraries that a fresh Debian or Ubuntu desktop does not always carry (`libxcb-cursor0`,
`libxcb-icccm4`, `libxcb-keysyms1`). Without them Qt stops the process with exit 134 before
any window or message, so `make run` asks this script first: it lists what the plugin links
and does not find, installs the packages when it may (root with apt-get), and otherwise
prints the one `apt-get install` line to run.

The table below is checked against what the plugin really links by
`tests/test_system_libraries.py`, so a new PySide6 that needs another library fails the suite
instead of a colleague's first start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Debian/Ubuntu package for every library outside PySide6 that the xcb plugin links
# directly or through the Qt libraries it loads.
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}

# Part of every Debian installation (the C and C++ runtimes, zlib).
ESSENTIAL = {
    "linux-vdso.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libgcc_s.so.1",
    "libstdc++.so.6",
    "libz.so.1",
}


def xcb_plugin() -> Path | None:
    """The X11 platform plugin of the PySide6 this Python imports, if there is one."""
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def linked_libraries(binary: Path) -> dict[str, Path | None]:
    """Every library `binary` loads, as `ldd` resolves it (None: not found on this system)."""
    output = subprocess.run(
        ["ldd", str(binary)], capture_output=True, text=True, check=False
    ).stdout
    return parse_ldd(output)


def parse_ldd(output: str) -> dict[str, Path | None]:
    """`ldd`'s lines as library name -> where it was found (None: "not found")."""
    libraries: dict[str, Path | None] = {}
    for line in output.splitlines():
        name, arrow, target = line.strip().partition(" => ")
        if not arrow:
            libraries[name.split(" ")[0]] = Path(name.split(" ")[0])
            continue
        location = target.split(" (")[0].strip()
        libraries[name] = None if location == "not found" else Path(location)
    return libraries


def outside_pyside(libraries: dict[str, Path | None], pyside: Path) -> dict[str, Path | None]:
    """The libraries the system must provide: those not bundled inside PySide6."""
    return {
        name: location
        for name, location in libraries.items()
        if location is None or pyside not in location.resolve().parents
    }


def missing_packages(libraries: dict[str, Path | None]) -> list[str]:
    """Debian packages to install for the libraries that were not found."""
    wanted = {
        DEBIAN_PACKAGES[name]
        for name, where in libraries.items()
        if where is None and name in DEBIAN_PACKAGES
    }
    return sorted(wanted)


def unknown_missing(libraries: dict[str, Path | None]) -> list[str]:
    """Libraries that are not found and that no package of the table provides."""
    return sorted(
        name for name, where in libraries.items() if where is None and name not in DEBIAN_PACKAGES
    )


def install_line(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def _may_install() -> bool:
    return os.geteuid() == 0 and shutil.which("apt-get") is not None


def _install(packages: list[str]) -> bool:
    print("Instalando las bibliotecas del sistema que necesita la ventana: " + " ".join(packages))
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    update = subprocess.run(["apt-get", "update", "-qq"], env=environment, check=False)
    if update.returncode != 0:
        return False
    done = subprocess.run(
        ["apt-get", "install", "-y", "-qq", *packages], env=environment, check=False
    )
    return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="only report; never install (exit 1 if missing)"
    )
    options = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    plugin = xcb_plugin()
    if plugin is None:
        return 0
    pyside = plugin.parents[3]
    libraries = outside_pyside(linked_libraries(plugin), pyside)
    packages = missing_packages(libraries)
    unknown = unknown_missing(libraries)
    if not packages and not unknown:
        return 0
    if packages and not options.check and _may_install() and _install(packages):
        return main(["--check"])
    if packages:
        print(
            "La ventana necesita bibliotecas del sistema que faltan. Instálelas con:\n"
            "The window needs missing system libraries. Install them with:\n\n"
            f"    {install_line(packages)}\n",
            file=sys.stderr,
        )
    if unknown:
        print(
            "Bibliotecas sin paquete conocido / libraries with no known package: "
            + ", ".join(unknown),
            file=sys.stderr,
        )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
