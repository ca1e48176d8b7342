"""The logo printed on brief covers: chosen once, kept inside the catalogue file.

Kept in the catalogue's settings as PNG, so a catalogue passed to a colleague prints the
same covers. An SVG chosen in the window is drawn to PNG there (Qt renders SVG; the briefs
layer does not), at a size that prints sharp at 4 cm.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.store.errors import CatalogueError

LOGO_KEY = "setting.brief_logo"
LOGO_NAME_KEY = "setting.brief_logo_name"
MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class LogoRefused(CatalogueError):
    """A logo that cannot be used; the one kept before stays."""

    exit_code = 1


def logo(catalogue: Catalogue) -> bytes | None:
    """The PNG bytes of the catalogue's logo, or None when there is none (or it is unusable)."""
    kept = catalogue.store.meta(LOGO_KEY)
    if not kept:
        return None
    try:
        data = base64.b64decode(kept, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(PNG_SIGNATURE) else None


def logo_name(catalogue: Catalogue) -> str:
    return catalogue.store.meta(LOGO_NAME_KEY)


def set_logo(catalogue: Catalogue, png: bytes, name: str) -> None:
    """Keep `png` as the logo; refused when it is not a PNG or weighs more than 2 MB."""
    if not png.startswith(PNG_SIGNATURE):
        raise LogoRefused("logo_not_png", None, name=name)
    if len(png) > MAX_LOGO_BYTES:
        raise LogoRefused("logo_too_big", None, name=name, limit=MAX_LOGO_BYTES // (1024 * 1024))
    with catalogue.store.transaction():
        catalogue.store.set_meta(LOGO_KEY, base64.b64encode(png).decode("ascii"))
        catalogue.store.set_meta(LOGO_NAME_KEY, name)


def set_logo_file(catalogue: Catalogue, path: Path | str) -> None:
    chosen = Path(path)
    try:
        data = chosen.read_bytes()
    except OSError as error:
        raise LogoRefused(
            "attachment_unreadable", None, name=chosen.name, detail=error.strerror or str(error)
        ) from error
    set_logo(catalogue, data, chosen.name)


def clear_logo(catalogue: Catalogue) -> None:
    with catalogue.store.transaction():
        catalogue.store.set_meta(LOGO_KEY, "")
        catalogue.store.set_meta(LOGO_NAME_KEY, "")
