"""The bare ReportLab peer of a brief, run as a process of its own (as `lazos-desktop brief` is).

    python benchmarks/bare_brief.py TEXT.json OUT.pdf

TEXT.json holds {"fonts": [TTF files], "lines": [text lines]}: the text of one of our
briefs and the faces it embeds (`benchmarks/brief_process.py` extracts both from our PDF).
This script registers those faces, writes one Paragraph per line with them in turn, and
builds the PDF with `SimpleDocTemplate`: no tables, charts, contents, outline or cover.
Imports only ReportLab and the standard library, so its time is what the text costs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate


def escape(text: str) -> str:
    """Paragraph markup taken as text (`xml.sax.saxutils.escape` would also load urllib)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main() -> int:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    text = json.loads(source.read_text(encoding="utf-8"))
    names = []
    for number, font in enumerate(text["fonts"]):
        name = f"Face{number}"
        pdfmetrics.registerFont(TTFont(name, font))
        names.append(name)
    styles = [ParagraphStyle(name, fontName=name, fontSize=9.6, leading=14) for name in names]
    story = [
        Paragraph(escape(line), styles[number % len(styles)])
        for number, line in enumerate(text["lines"])
    ]
    SimpleDocTemplate(str(target), pagesize=A4).build(story)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
