"""The typeface every brief embeds: DejaVu Sans, shipped with its licence in resources/fonts.

The PDF's 14 standard fonts cover only Latin-1 and are not embedded, so a brief read on
another computer could substitute them; an embedded TrueType face with full Latin coverage
prints "Perú", "formação" and "Cohesión social" the same everywhere.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lazos_desktop import paths
from lazos_desktop.briefs import font_cache

FAMILY = "LazosSans"
CONDENSED = "LazosSansCondensed"

REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
CONDENSED_REGULAR = CONDENSED
CONDENSED_BOLD = f"{CONDENSED}-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED_REGULAR: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
# The PostScript name inside each file, as ReportLab reads it (bytes) and keys a face by;
# a test checks them against the files.
_FACE_NAMES = {name: file_name.removesuffix(".ttf").encode() for name, file_name in _FILES.items()}

LICENCE_FILE = "LICENSE-DejaVu.txt"


class FontMissing(RuntimeError):
    """A shipped font file is not where the program expects it (a broken installation)."""


def fonts_folder() -> Path:
    return paths.resources_folder() / "fonts"


@cache
def register_fonts() -> str:
    """Register the faces once per process and map <b>/<i> to them; returns the family name.

    Each face is registered by name only: its file (about 700 KB) is read and parsed the
    first time a brief measures or draws text with it, so a brief parses the faces it uses
    and no other (a country brief uses four of the six), or reads them parsed from the user's
    cache folder (`font_cache`)."""
    folder = fonts_folder()
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise FontMissing(f"{path}: font file missing from the installation")
        pdfmetrics.registerFont(_FontOnDemand(name, path, _FACE_NAMES[name]))  # type: ignore[arg-type]
    for family, bold, italic, bold_italic, regular in (
        (FAMILY, BOLD, ITALIC, BOLD_ITALIC, REGULAR),
        (CONDENSED, CONDENSED_BOLD, CONDENSED_REGULAR, CONDENSED_BOLD, CONDENSED_REGULAR),
    ):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    return FAMILY


class _FontOnDemand:
    """A TrueType font registered before its file is read; it becomes a plain `TTFont`.

    Registering needs only what `pdfmetrics.registerFont` reads (`fontName`, the face's
    `name`, the dynamic and multi-byte flags). The first other attribute anyone asks for
    (ReportLab measuring a string, a canvas setting the font, the face's metrics) parses
    the file with `TTFont` and turns this object into that `TTFont` (its class and its
    attributes), so from then on it is exactly what `TTFont(name, path)` would have been.
    """

    _dynamicFont = 1
    _multiByte = 1

    def __init__(self, name: str, path: Path, face_name: bytes) -> None:
        self.fontName = name
        self.face: Any = _FaceName(self, face_name)
        self._path = path

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") or "_path" not in self.__dict__:
            raise AttributeError(attribute)
        _load(self)
        return getattr(self, attribute)


def _load(font: _FontOnDemand | TTFont) -> None:
    """Parse a font's file now and make it the `TTFont` it stands for (once, under a lock:
    the window writes briefs on a worker thread; a font loaded already is left as it is)."""
    with _LOADING:
        if isinstance(font, TTFont):
            return
        loaded = font_cache.load_font(font.fontName, font._path)
        font.__dict__.update(loaded.__dict__)
        font.__class__ = TTFont  # type: ignore[assignment]
        del font.__dict__["_path"]


_LOADING = threading.Lock()


class _FaceName:
    """The face of a font not read yet: its name, and the real face for anything else."""

    def __init__(self, font: _FontOnDemand, name: bytes) -> None:
        self.name = name
        self._font = font

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") or "_font" not in self.__dict__:
            raise AttributeError(attribute)
        _load(self._font)
        return getattr(self._font.face, attribute)
