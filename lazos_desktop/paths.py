"""Where things live: the default catalogue, its backups, the shipped seeds and resources."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

APP_NAME = "LAZOS Desktop"
APP_AUTHOR = "LAZOS"
DEFAULT_FILE_NAME = "catalogo.sqlite3"


def data_folder() -> Path:
    override = os.environ.get("LAZOS_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)


def cache_folder() -> Path:
    """What the program can compute again but keeps to start faster (parsed fonts): inside
    the data folder when LAZOS_DATA_DIR moves it (tests, benchmarks), else the user's cache."""
    override = os.environ.get("LAZOS_DATA_DIR")
    return Path(override) / "cache" if override else user_cache_path(APP_NAME, APP_AUTHOR)


def remembered_language_file() -> Path:
    """The language last chosen in the window, kept where the command line can read it
    without starting Qt (the window's own settings stay in QSettings)."""
    return data_folder() / "idioma"


def default_catalogue() -> Path:
    """`LAZOS_DB` when set, else the catalogue in the officer's data folder."""
    chosen = os.environ.get("LAZOS_DB")
    return Path(chosen) if chosen else data_folder() / DEFAULT_FILE_NAME


def backups_folder(catalogue: Path) -> Path:
    """Backups sit in the data folder, in a folder named after the catalogue file.

    The folder name carries a short digest of the file's full path: two catalogues both
    called `catalogo.sqlite3` (the default one and a copy from a colleague) must never share
    backups, or rotating one would remove the other's and "restore the newest" could put
    the wrong catalogue in place.
    """
    digest = hashlib.sha256(str(Path(catalogue).resolve()).encode("utf-8")).hexdigest()[:8]
    return data_folder() / "copias" / f"{Path(catalogue).stem}-{digest}"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def seeds_folder() -> Path:
    return Path(os.environ.get("LAZOS_SEEDS", _bundle_root() / "seeds"))


def resources_folder() -> Path:
    return _bundle_root() / "resources"


def docs_folder() -> Path:
    """The user guides and the screenshots they show (shipped inside a build too)."""
    return _bundle_root() / "docs"
