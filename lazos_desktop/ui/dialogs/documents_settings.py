"""Settings kept with the catalogue for its documents: the size limit per attachment and
the logo printed on brief covers (PNG, or SVG drawn to PNG here, where Qt renders SVG)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.attachments import MAX_LIMIT_MB
from lazos_desktop.services import Catalogue, brief_logo
from lazos_desktop.services import attachments as attachment_service
from lazos_desktop.ui.failures import failure_text

SVG_WIDTH = 800  # pixels: sharp at the 4 cm the cover gives the logo

AskLogo = Callable[[QWidget], str]


def _ask_logo(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DocumentsSettingsDialog", "Elegir logotipo"),
        "",
        QCoreApplication.translate("DocumentsSettingsDialog", "Imágenes (*.png *.svg)"),
    )
    return path


def svg_to_png(data: bytes, width: int = SVG_WIDTH) -> bytes | None:
    """The SVG drawn on a transparent PNG `width` pixels wide, or None when it is not SVG."""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    height = max(1, round(width * size.height() / size.width())) if size.width() > 0 else width
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class DocumentsSettingsDialog(QDialog):
    """Attachment size limit and brief logo of the open catalogue; saved on OK."""

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang = lang
        self.ask_logo: AskLogo = _ask_logo
        self._logo: bytes | None = brief_logo.logo(catalogue)
        self._logo_name = brief_logo.logo_name(catalogue)
        self._logo_changed = False
        self.setWindowTitle(self.tr("Adjuntos y logotipo del catálogo"))
        self.limit = QSpinBox()
        self.limit.setObjectName("attachmentLimit")
        self.limit.setRange(1, MAX_LIMIT_MB)
        self.limit.setSuffix(" MB")
        self.limit.setValue(attachment_service.limit_mb(catalogue))
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setMinimumSize(160, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Elegir PNG o SVG…"))
        choose.clicked.connect(self.choose_logo)
        clear = QPushButton(self.tr("Sin logotipo"))
        clear.clicked.connect(self.clear_logo)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(choose)
        buttons_row.addWidget(clear)
        buttons_row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tamaño máximo por adjunto"), self.limit)
        form.addRow(self.tr("Logotipo de las portadas"), self.preview)
        form.addRow("", buttons_row)
        note = QLabel(
            self.tr("Se guardan dentro del catálogo: quien reciba una copia del archivo los tiene.")
        )
        note.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self._show_logo()

    def choose_logo(self) -> None:
        chosen = self.ask_logo(self)
        if chosen:
            self.use_logo_file(Path(chosen))

    def use_logo_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as error:
            self.message.setText(f"{path.name}: {error.strerror or error}")
            return False
        if path.suffix.lower() == ".svg":
            png = svg_to_png(data)
            if png is None:
                self.message.setText(self.tr("{name} no es un SVG legible.").format(name=path.name))
                return False
            data = png
        if not data.startswith(brief_logo.PNG_SIGNATURE):
            self.message.setText(self.tr("{name} no es una imagen PNG.").format(name=path.name))
            return False
        self._logo, self._logo_name, self._logo_changed = data, path.name, True
        self.message.clear()
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self._logo, self._logo_name, self._logo_changed = None, "", True
        self._show_logo()

    def save(self) -> None:
        try:
            attachment_service.set_limit_mb(self.catalogue, self.limit.value())
            if self._logo_changed and self._logo is None:
                brief_logo.clear_logo(self.catalogue)
            elif self._logo_changed and self._logo is not None:
                brief_logo.set_logo(self.catalogue, self._logo, self._logo_name)
        except Exception as error:  # noqa: BLE001 - said in the dialog, which stays open
            self.message.setText(failure_text(error, self.lang))
            return
        self.accept()

    def _show_logo(self) -> None:
        if self._logo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("(ninguno)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._logo, "PNG")
        self.preview.setPixmap(
            pixmap.scaled(
                160,
                80,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.preview.setToolTip(self._logo_name)
