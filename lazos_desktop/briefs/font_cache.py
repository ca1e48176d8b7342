"""TrueType faces parsed once per computer rather than once per process.

ReportLab parses a DejaVu file (about 700 KB) in 11-17 ms each time a process first measures
text with it: some 45 ms of a 0.3 s country brief, which uses four faces. What it derives
from a file (glyph widths, the character map, glyph offsets, the naming and metric fields)
is kept here in the user's cache folder, in `marshal` form (plain numbers, strings, lists and
dictionaries: reading it runs no code, unlike a pickle), and read back in about a
millisecond; the file's own bytes are read again each time, since subsetting copies glyphs
out of them.

A kept face is used only for the same ReportLab and Python versions and the same font file
(path, size and modification time); anything unreadable or unexpected in the cache is
ignored and the file parsed again. `tests/briefs/test_font_cache.py` checks that a face
read back is the face ReportLab parses and that a brief written with it is the same bytes.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version, rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from lazos_desktop import paths

# What a parsed face holds beside these is kept; these are rebuilt: the file's bytes (read
# again) and the scale from font units to PDF units (a function of `unitsPerEm`).
_REBUILT = frozenset({"_ttf_data", "_pdfScale"})
_NAMES = "_names"  # the fields ReportLab holds as TTFNameBytes, kept as plain bytes
FORMAT = 1


def load_font(name: str, path: Path) -> TTFont:
    """The `TTFont` named `name` for the file at `path`: from the cache when it holds this
    file, else parsed by ReportLab (and then kept for the next process)."""
    try:
        stat = path.stat()
    except OSError:
        return TTFont(name, str(path))  # ReportLab says what is wrong with the path
    kept = cache_file(path, stat.st_size, stat.st_mtime_ns)
    face = _read(kept, path)
    if face is not None:
        return _font(name, face)
    font = TTFont(name, str(path))
    _write(kept, font.face)
    return font


def cache_file(path: Path, size: int, modified: int) -> Path:
    """Where the parsed form of the file at `path` (of this size and modification time) is
    kept for this ReportLab and Python."""
    key = "\n".join(
        [str(FORMAT), Version, sys.version, str(path.resolve()), str(size), str(modified)]
    )
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return paths.cache_folder() / "fonts" / f"{path.stem}-{digest}.marshal"


def _font(name: str, face: TTFontFace) -> TTFont:
    """What `TTFont(name, file)` builds around its face, around a face read from the cache."""
    font: TTFont = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _read(kept: Path, path: Path) -> TTFontFace | None:
    try:
        fields = marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not _looks_parsed(fields):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    names = fields.pop(_NAMES)
    face: TTFontFace = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(fields)
    for field in names:
        setattr(face, field, TTFNameBytes(fields[field]))
    face._ttf_data = data
    face._pdfScale = _scale(fields["unitsPerEm"])
    return face


def _looks_parsed(fields: Any) -> bool:
    """Whether what the cache file held is a face's fields as `_write` keeps them."""
    if not isinstance(fields, dict) or not isinstance(fields.get(_NAMES), list):
        return False
    wanted = {"charToGlyph": dict, "charWidths": dict, "glyphPos": list, "unitsPerEm": int}
    if not all(isinstance(fields.get(key), kind) for key, kind in wanted.items()):
        return False
    return fields["unitsPerEm"] > 0 and all(
        isinstance(fields.get(field), bytes) for field in fields[_NAMES]
    )


def _scale(units_per_em: int) -> Any:
    """Font units to PDF's thousandths of the size, as ReportLab's parser computes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _write(kept: Path, face: TTFontFace) -> None:
    """Keep `face`'s parsed fields at `kept`, atomically; a cache that cannot be written
    (a read-only or full disk) only means the next process parses the file again."""
    fields = {key: value for key, value in vars(face).items() if key not in _REBUILT}
    names = [key for key, value in fields.items() if isinstance(value, TTFNameBytes)]
    fields = {key: bytes(value) if key in names else value for key, value in fields.items()}
    fields[_NAMES] = names
    try:
        blob = marshal.dumps(fields)
        kept.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=kept.parent, prefix=".font-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, kept)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return
