"""The faces are registered once per process and each file is parsed only when a brief uses
it; what a brief writes is byte for byte what it wrote when every face was parsed up front."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from lazos_desktop.briefs import fonts
from lazos_desktop.services import Catalogue

# Run in a process of its own: the faces are registered once per process, and the other
# tests of the session may have used every one of them already.
RENDER = r"""
import io, json, os, sys
from pathlib import Path
from reportlab import rl_config
rl_config.invariant = 1  # no dates or random ids in the file: two runs write the same bytes
from reportlab.pdfbase import pdfmetrics
from lazos_desktop import briefs
from lazos_desktop.briefs import fonts
from lazos_desktop.services import Catalogue
from lazos_desktop.services.briefs import BriefRequest, prepare_brief
import datetime as dt

catalogue = Catalogue.open(Path(sys.argv[1]), officer="Ana", daily_backup=False)
data = prepare_brief(catalogue, BriefRequest("country", country="PE", generated=dt.date(2026, 1, 5)))
fonts.register_fonts()
if sys.argv[2] == "eager":
    for name in fonts._FILES:
        fonts._load(pdfmetrics.getFont(name))
before = sorted(n for n in fonts._FILES if type(pdfmetrics.getFont(n)).__name__ == "TTFont")
target = io.BytesIO()
briefs.render(data, target)
parsed = sorted(n for n in fonts._FILES if type(pdfmetrics.getFont(n)).__name__ == "TTFont")
Path(sys.argv[3]).write_bytes(target.getvalue())
print(json.dumps({"before": before, "parsed": parsed}))
"""


def _render(catalogue: Path, mode: str, out: Path) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", RENDER, str(catalogue), mode, str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_brief_parses_only_the_faces_it_uses_and_writes_the_same_bytes(
    seeded: Catalogue, tmp_path: Path
) -> None:
    catalogue = Path(seeded.path)
    lazy = _render(catalogue, "lazy", tmp_path / "lazy.pdf")
    eager = _render(catalogue, "eager", tmp_path / "eager.pdf")
    assert lazy["before"] == []  # registering parsed nothing
    assert lazy["parsed"] == sorted(
        [fonts.REGULAR, fonts.BOLD, fonts.CONDENSED_REGULAR, fonts.CONDENSED_BOLD]
    )
    assert eager["before"] == sorted(fonts._FILES)
    assert (tmp_path / "lazy.pdf").read_bytes() == (tmp_path / "eager.pdf").read_bytes()


def test_the_registered_face_names_are_those_in_the_files() -> None:
    for name, file_name in fonts._FILES.items():
        face = TTFont(f"check-{name}", str(fonts.fonts_folder() / file_name)).face
        assert face.name == fonts._FACE_NAMES[name], file_name


def test_a_face_parsed_on_demand_is_a_plain_ttfont(tmp_path: Path) -> None:
    path = fonts.fonts_folder() / fonts._FILES[fonts.BOLD]
    on_demand = fonts._FontOnDemand("demand-bold", path, fonts._FACE_NAMES[fonts.BOLD])
    assert on_demand.face.name == b"DejaVuSans-Bold"  # known without reading the file
    width = on_demand.stringWidth("Perú", 10)  # reads it
    plain = TTFont("plain-bold", str(path))
    assert type(on_demand) is TTFont
    assert width == plain.stringWidth("Perú", 10)
    assert sorted(vars(on_demand)) == sorted(vars(plain))
    assert on_demand.face.ascent == plain.face.ascent


def test_the_face_of_a_font_not_read_yet_reads_it() -> None:
    path = fonts.fonts_folder() / fonts._FILES[fonts.ITALIC]
    on_demand = fonts._FontOnDemand("demand-italic", path, fonts._FACE_NAMES[fonts.ITALIC])
    face = on_demand.face
    assert face.ascent == TTFont("plain-italic", str(path)).face.ascent
    assert type(on_demand) is TTFont
