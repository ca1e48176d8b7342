"""Charts drawn with reportlab.graphics: practices by axis, coverage heat map, milestones.

Labels are plain strings (drawings take no markup), wrapped to their column so that long
Spanish and Portuguese axis names stay readable instead of running off the drawing. Tall
charts come back as several drawings so a page break can fall between them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from lazos_desktop.briefs import fonts
from lazos_desktop.briefs import styles as house

LABEL_FONT = fonts.CONDENSED_REGULAR
BOLD_FONT = fonts.CONDENSED_BOLD


def bar_chart(bars: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars, one per (label, count), label wrapped at the left, count at the end."""
    size, leading = 8.2, 10.0
    label_width = width * 0.42
    bar_room = width - label_width - 34
    largest = max((count for _, count in bars), default=0)
    step = 1 if largest <= 5 else math.ceil(largest / 4)
    ticks = max(1, math.ceil(largest / step))
    most = step * ticks
    rows = [
        (simpleSplit(name, LABEL_FONT, size, label_width - 8) or [""], count)
        for name, count in bars
    ]
    row_heights = [max(20.0, len(lines) * leading + 8) for lines, _ in rows]
    height = sum(row_heights) + 16
    drawing = Drawing(width, height)
    x0 = label_width
    for tick in range(0, ticks + 1):
        x = x0 + bar_room * tick / ticks
        drawing.add(Line(x, 12, x, height, strokeColor=house.PALE, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                2,
                str(step * tick),
                fontName=LABEL_FONT,
                fontSize=6.5,
                fillColor=house.MUTED,
                textAnchor="middle",
            )
        )
    y = height
    for (lines, count), row_height in zip(rows, row_heights, strict=True):
        y -= row_height
        middle = y + row_height / 2
        text_top = middle + (len(lines) * leading) / 2 - size + 1
        for index, line in enumerate(lines):
            drawing.add(
                String(
                    x0 - 8,
                    text_top - index * leading,
                    line,
                    fontName=LABEL_FONT,
                    fontSize=size,
                    fillColor=house.INK,
                    textAnchor="end",
                )
            )
        length = bar_room * count / most
        if count:
            drawing.add(
                Rect(x0, middle - 6, length, 12, fillColor=house.SECONDARY, strokeColor=None)
            )
        drawing.add(
            String(
                x0 + length + 4,
                middle - 3,
                str(count),
                fontName=BOLD_FONT,
                fontSize=8,
                fillColor=house.PRIMARY if count else house.MUTED,
            )
        )
    drawing.add(Line(x0, 12, x0, height, strokeColor=house.MUTED, strokeWidth=0.8))
    return drawing


def heat_map(
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[int]],
    width: float,
    *,
    highlight: int | None = None,
    rows_per_drawing: int = 24,
) -> list[Drawing]:
    """A country × axis grid coloured by count; empty cells stay white so gaps stand out.

    Each returned drawing repeats the column headers, so a long list of countries can break
    across pages and still be read.
    """
    widest = max((stringWidth(name, LABEL_FONT, 8) for name in rows), default=0)
    label_width = min(width * 0.28, max(widest + 12, width * 0.14))
    cell_width = (width - label_width) / max(1, len(columns))
    head_size, head_leading = 7.0, 8.4
    head_lines = [
        simpleSplit(name, LABEL_FONT, head_size, cell_width - 8) or [""]
        for column, name in enumerate(columns)
    ]
    head_height = max((len(lines) for lines in head_lines), default=1) * head_leading + 8
    cell_height = 17.0
    most = max((value for row in values for value in row), default=0) or 1
    drawings: list[Drawing] = []
    for start in range(0, max(1, len(rows)), rows_per_drawing):
        chunk = list(range(start, min(start + rows_per_drawing, len(rows))))
        height = head_height + cell_height * len(chunk) + 2
        drawing = Drawing(width, height)
        for column, lines in enumerate(head_lines):
            x = label_width + column * cell_width + cell_width / 2
            first = height - head_height + 6 + head_leading * (len(lines) - 1)
            for index, line in enumerate(lines):
                drawing.add(
                    String(
                        x,
                        first - head_leading * index,
                        line,
                        fontName=LABEL_FONT,
                        fontSize=head_size,
                        fillColor=house.PRIMARY if column == highlight else house.INK,
                        textAnchor="middle",
                    )
                )
        for position, row in enumerate(chunk):
            y = height - head_height - cell_height * (position + 1)
            name = _clip(rows[row], LABEL_FONT, 8, label_width - 8)
            drawing.add(
                String(
                    label_width - 6,
                    y + 5.5,
                    name,
                    fontName=LABEL_FONT,
                    fontSize=8,
                    fillColor=house.INK,
                    textAnchor="end",
                )
            )
            for column in range(len(columns)):
                value = values[row][column]
                x = label_width + column * cell_width
                fill = _shade(value / most) if value else colors.white
                drawing.add(
                    Rect(
                        x + 1,
                        y + 1,
                        cell_width - 2,
                        cell_height - 2,
                        fillColor=fill,
                        strokeColor=house.RULE,
                        strokeWidth=0.4,
                    )
                )
                if value:
                    ink = colors.white if value / most > 0.45 else house.PRIMARY
                    drawing.add(
                        String(
                            x + cell_width / 2,
                            y + 5.5,
                            str(value),
                            fontName=BOLD_FONT,
                            fontSize=7.5,
                            fillColor=ink,
                            textAnchor="middle",
                        )
                    )
        if highlight is not None:
            x = label_width + highlight * cell_width
            drawing.add(
                Rect(
                    x,
                    height - head_height - cell_height * len(chunk) - 0.5,
                    cell_width,
                    cell_height * len(chunk) + 1,
                    fillColor=None,
                    strokeColor=house.PRIMARY,
                    strokeWidth=1.6,
                )
            )
        drawings.append(drawing)
    return drawings


@dataclass(frozen=True)
class TimelineItem:
    when: str
    title: str
    state: str  # done, pending, late or cancelled
    state_label: str


STATE_COLOURS = {
    "done": house.DONE,
    "pending": house.PENDING,
    "late": house.LATE,
    "cancelled": house.CANCELLED,
}


def timeline(
    items: Sequence[TimelineItem], width: float, *, per_drawing: int = 10
) -> list[Drawing]:
    """Milestones down a vertical line: date at the left, a marker coloured by state, the title.

    Done markers are filled green, pending ones hollow amber, late ones filled red and
    cancelled ones grey, and the state is also written out, so the timeline reads in print
    without colour.
    """
    dated = any(item.when for item in items)
    date_width = 2.7 * 72 / 2.54 if dated else 0.0
    axis_x = date_width + 10
    text_x = axis_x + 14
    text_width = width - text_x - 4
    size, leading = 8.4, 10.6
    drawings: list[Drawing] = []
    for start in range(0, len(items), per_drawing):
        chunk = items[start : start + per_drawing]
        wrapped = [
            simpleSplit(item.title, fonts.REGULAR, size, text_width) or [""] for item in chunk
        ]
        heights = [len(lines) * leading + 14.5 for lines in wrapped]
        height = sum(heights) + 4
        drawing = Drawing(width, height)
        drawing.add(Line(axis_x, 4, axis_x, height - 6, strokeColor=house.RULE, strokeWidth=1.6))
        y = height
        for item, lines, row_height in zip(chunk, wrapped, heights, strict=True):
            top = y - 4
            colour = STATE_COLOURS.get(item.state, house.MUTED)
            marker_y = top - size + 2
            hollow = item.state == "pending"
            drawing.add(
                Circle(
                    axis_x,
                    marker_y,
                    4.6,
                    fillColor=colors.white if hollow else colour,
                    strokeColor=colour,
                    strokeWidth=1.6,
                )
            )
            if dated and item.when:
                drawing.add(
                    String(
                        axis_x - 10,
                        marker_y - 3,
                        _clip(item.when, LABEL_FONT, 8, date_width - 6),
                        fontName=LABEL_FONT,
                        fontSize=8,
                        fillColor=house.MUTED,
                        textAnchor="end",
                    )
                )
            for index, line in enumerate(lines):
                drawing.add(
                    String(
                        text_x,
                        top - size - index * leading + 2,
                        line,
                        fontName=fonts.REGULAR,
                        fontSize=size,
                        fillColor=house.INK,
                    )
                )
            drawing.add(
                String(
                    text_x,
                    top - size - len(lines) * leading - 1,
                    item.state_label.upper(),
                    fontName=BOLD_FONT,
                    fontSize=6.8,
                    fillColor=colour,
                )
            )
            y -= row_height
        drawings.append(drawing)
    return drawings


def _shade(share: float) -> colors.Color:
    """From the palest tint to the house colour, by share of the largest count."""
    share = max(0.0, min(1.0, share))
    start, end = house.PALE, house.PRIMARY
    base = 0.18 + 0.82 * share
    return colors.Color(
        start.red + (end.red - start.red) * base,
        start.green + (end.green - start.green) * base,
        start.blue + (end.blue - start.blue) * base,
    )


def _clip(text: str, font: str, size: float, room: float) -> str:
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"
