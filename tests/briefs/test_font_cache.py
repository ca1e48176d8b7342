"""A face read from the user's cache folder is the face ReportLab parses from the file, and a
brief written with it is byte for byte the brief written with the parsed one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

from lazos_desktop.briefs import font_cache, fonts
from lazos_desktop.services import Catalogue

SAMPLE = "Perú, formação, Cohesión social — “ñandú” 12 % ≥ 3"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAZOS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "cache" / "fonts"


def _refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the font file was parsed again")

    monkeypatch.setattr(TTFontFace, "__init__", parse)


def test_a_face_read_back_is_the_face_reportlab_parses(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = fonts.fonts_folder() / "DejaVuSans-Bold.ttf"
    parsed = TTFont("Probe", str(path))
    font_cache.load_font("Probe", path)  # parses and keeps it
    assert len(list(cache_home.glob("DejaVuSans-Bold-*.marshal"))) == 1
    _refuse_parsing(monkeypatch)
    kept = font_cache.load_font("Probe", path)
    assert type(kept) is TTFont and type(kept.face) is TTFontFace
    assert sorted(vars(kept)) == sorted(vars(parsed))
    assert (kept.fontName, kept.shapable, kept._asciiReadable) == (
        parsed.fontName,
        parsed.shapable,
        parsed._asciiReadable,
    )
    ours, theirs = vars(kept.face), vars(parsed.face)
    assert sorted(ours) == sorted(theirs)
    for field, value in theirs.items():
        if field == "_pdfScale":
            assert ours[field](1234) == value(1234)
        else:
            assert ours[field] == value, field
            assert type(ours[field]) is type(value), field
            if isinstance(value, TTFNameBytes):
                assert ours[field].ustr == value.ustr
    assert kept.stringWidth(SAMPLE, 9.6) == parsed.stringWidth(SAMPLE, 9.6)
    subset = [0, *sorted({ord(char) for char in SAMPLE})]
    assert kept.face.makeSubset(subset) == parsed.face.makeSubset(subset)


def test_an_unreadable_cache_is_parsed_again_and_replaced(cache_home: Path) -> None:
    path = fonts.fonts_folder() / "DejaVuSans.ttf"
    stat = path.stat()
    kept = font_cache.cache_file(path, stat.st_size, stat.st_mtime_ns)
    kept.parent.mkdir(parents=True)
    for junk in (b"", b"\x00garbage", b"\xe9" * 40):
        kept.write_bytes(junk)
        font = font_cache.load_font("Probe", path)
        assert font.stringWidth("Perú", 10) == TTFont("Other", str(path)).stringWidth("Perú", 10)
        assert kept.read_bytes() != junk


def test_a_changed_font_file_is_not_read_from_the_cache_of_the_old_one(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "DejaVuSans.ttf"
    shutil.copyfile(fonts.fonts_folder() / "DejaVuSansCondensed.ttf", copy)
    condensed = font_cache.load_font("Probe", copy).stringWidth(SAMPLE, 10)
    shutil.copyfile(fonts.fonts_folder() / "DejaVuSans.ttf", copy)
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 10**9))
    regular = font_cache.load_font("Probe", copy).stringWidth(SAMPLE, 10)
    assert regular == TTFont("Other", str(copy)).stringWidth(SAMPLE, 10) != condensed
    assert len(list(cache_home.glob("DejaVuSans-*.marshal"))) == 2


# A country brief written in a process of its own (the faces load once per process).
RENDER = r"""
import datetime as dt, sys
from pathlib import Path
from reportlab import rl_config
rl_config.invariant = 1  # no dates or random ids in the file: two runs write the same bytes
from lazos_desktop import briefs
from lazos_desktop.services import Catalogue
from lazos_desktop.services.briefs import BriefRequest, prepare_brief

catalogue = Catalogue.open(Path(sys.argv[1]), officer="Ana", daily_backup=False)
data = prepare_brief(catalogue, BriefRequest("country", country="PE", generated=dt.date(2026, 1, 5)))
briefs.render(data, sys.argv[2])
"""


def test_a_brief_from_cached_faces_is_the_brief_from_parsed_ones(
    seeded: Catalogue, tmp_path: Path
) -> None:
    env = {**os.environ, "LAZOS_DATA_DIR": str(tmp_path / "data")}
    written = []
    for run in ("parsed", "cached"):
        out = tmp_path / f"{run}.pdf"
        command = [sys.executable, "-c", RENDER, str(seeded.path), str(out)]
        subprocess.run(command, env=env, check=True, capture_output=True)
        written.append(out.read_bytes())
        kept = sorted(path.name for path in (tmp_path / "data" / "cache" / "fonts").iterdir())
        assert len(kept) == 4, kept  # the four faces a country brief uses
    assert written[0].startswith(b"%PDF")
    assert written[0] == written[1]
