"""Render the application icon's PNG sizes and the Windows .ico from the SVG source."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(folder: Path) -> list[Path]:
    renderer = QSvgRenderer(str(folder / "lazos-desktop.svg"))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"lazos-desktop-{size}.png"
        image.save(str(target))
        written.append(target)
    QImage(str(folder / "lazos-desktop-256.png")).save(str(folder / "lazos-desktop.ico"))
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    for path in render(Path(__file__).resolve().parent.parent / "resources" / "icons"):
        print(path)
