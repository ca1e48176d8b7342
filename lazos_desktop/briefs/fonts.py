"""The typeface every brief embeds: DejaVu Sans, shipped with its licence in resources/fonts.

The PDF's 14 standard fonts cover only Latin-1 and are not embedded, so a brief read on
another computer could substitute them; an embedded TrueType face with full Latin coverage
prints "Perú", "formação" and "Cohesión social" the same everywhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lazos_desktop import paths

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

LICENCE_FILE = "LICENSE-DejaVu.txt"


class FontMissing(RuntimeError):
    """A shipped font file is not where the program expects it (a broken installation)."""


def fonts_folder() -> Path:
    return paths.resources_folder() / "fonts"


@cache
def register_fonts() -> str:
    """Register the faces once per process and map <b>/<i> to them; returns the family name."""
    folder = fonts_folder()
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise FontMissing(f"{path}: font file missing from the installation")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for family, bold, italic, bold_italic, regular in (
        (FAMILY, BOLD, ITALIC, BOLD_ITALIC, REGULAR),
        (CONDENSED, CONDENSED_BOLD, CONDENSED_REGULAR, CONDENSED_BOLD, CONDENSED_REGULAR),
    ):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    return FAMILY
