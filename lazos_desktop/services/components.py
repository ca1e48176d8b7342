"""What the program is made of, for "About": its own version, the libraries it carries (read
at run time from their installed metadata, so a build reports what it really bundles) and
the fonts it embeds in PDF briefs, each with its licence."""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
import sqlite3
from dataclasses import dataclass

from lazos_desktop import __version__, paths

APP_DISTRIBUTION = "lazos-desktop"
# Installed with sqlite-utils (for its command line), never imported by this program.
NOT_CARRIED = {"pip", "setuptools", "wheel"}
# Where a package's metadata states its licence in prose, or offers a choice, the licence
# under which this program uses it.
LICENCES = {
    "pyside6-essentials": "LGPL-3.0-only",
    "pyside6-pdf": "LGPL-3.0-only",
    "shiboken6": "LGPL-3.0-only",
    "reportlab": "BSD-3-Clause",
    "defusedxml": "PSF-2.0",
    "sqlite-fts4": "Apache-2.0",
    "click-default-group": "Public Domain",
}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def app_version() -> str:
    """The installed version when the metadata is there (a build), else the package's own."""
    try:
        return metadata.version(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def libraries() -> list[Component]:
    """Every library the program depends on, directly or not, sorted by name."""
    found: dict[str, Component] = {}
    _walk(APP_DISTRIBUTION, found)
    found.pop(_key(APP_DISTRIBUTION), None)
    return sorted(found.values(), key=lambda item: item.name.lower())


def runtime() -> list[Component]:
    """Python and the SQLite library it was built with."""
    return [
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("SQLite", sqlite3.sqlite_version, "Public Domain"),
    ]


def fonts() -> list[Component]:
    """The fonts embedded in the PDF briefs, with the file holding their licence."""
    folder = paths.resources_folder() / "fonts"
    licence = folder / "LICENSE-DejaVu.txt"
    return [
        Component(
            "DejaVu Sans",
            "2.37",
            f"Bitstream Vera / DejaVu ({licence.name})" if licence.is_file() else "Bitstream Vera",
        )
    ]


def _walk(name: str, found: dict[str, Component]) -> None:
    key = _key(name)
    if key in found or key in NOT_CARRIED:
        return
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return
    meta = dist.metadata
    found[key] = Component(meta["Name"], dist.version, _licence(key, meta))
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        _walk(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0], found)


def _licence(key: str, meta: metadata.PackageMetadata) -> str:
    if key in LICENCES:
        return LICENCES[key]
    stated = meta["License-Expression"] or ""
    if stated:
        return stated
    prose = (meta["License"] or "").strip()
    if prose and "\n" not in prose and len(prose) <= 40:
        return prose
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.rsplit("::", 1)[-1].strip()
    return "?"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
