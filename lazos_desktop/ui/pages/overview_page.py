"""The overview: how many records the catalogue holds, by kind, by ERISE axis and by country.

Bars are drawn with QPainter in the palette's colours, so they read in light and dark mode
without QtCharts; each chart also carries its figures as text for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.vocabularies import AXIS, Vocabularies
from lazos_desktop.services import Catalogue, Figures, cases
from lazos_desktop.services.cases import Dashboard
from lazos_desktop.ui.kind_labels import kind_label
from lazos_desktop.ui.operations import Changes, Operations
from lazos_desktop.ui.pages.dashboard_panel import DashboardPanel

TOP_COUNTRIES = 15


def _dashboard(reader: Catalogue) -> tuple[Dashboard, dict[str, str]]:
    board = cases.dashboard(reader)
    refs = [item.institution for item in [*board.late, *board.upcoming]]
    return board, cases.institution_names(reader, refs)


class BarChart(QWidget):
    """Horizontal bars with their labels and counts, in the palette's colours."""

    ROW_HEIGHT = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = rows
        locale = QLocale()
        self.setAccessibleDescription("; ".join(f"{k}: {locale.toString(v)}" for k, v in rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._rows)) * self.ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        locale = QLocale()
        label_width = min(
            int(self.width() * 0.55),
            max((metrics.horizontalAdvance(label) for label, _ in self._rows), default=0) + 12,
        )
        number_width = max(
            (metrics.horizontalAdvance(locale.toString(v)) for _, v in self._rows), default=0
        )
        top = max((value for _, value in self._rows), default=0) or 1
        bar_space = max(10, self.width() - label_width - number_width - 24)
        for row, (label, value) in enumerate(self._rows):
            y = 4 + row * self.ROW_HEIGHT
            text_rect = QRectF(0, y, label_width - 8, self.ROW_HEIGHT - 4)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown
            )
            width = bar_space * value / top
            bar = QRectF(
                label_width, y + 4, max(width, 1.0 if value else 0.0), self.ROW_HEIGHT - 12
            )
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(
                QRectF(label_width + width + 6, y, number_width + 12, self.ROW_HEIGHT - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                locale.toString(value),
            )
        painter.end()


class OverviewPage(QWidget):
    """Counts for the current catalogue, read off the window's thread when shown."""

    kindChanged = Signal(str)

    def __init__(self, lang: str, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._lang = lang
        self.operations = operations
        self._stale = True
        self.kind_choice = QComboBox()
        self.kind_choice.setObjectName("overviewKind")
        self.kind_choice.setAccessibleName(self.tr("Tipo de registro del resumen"))
        self.kind_choice.addItem(self.tr("Todos los tipos"), "")
        for kind in ("practice", "exchange", "toolbox"):
            self.kind_choice.addItem(kind_label(kind, plural=True), kind)
        self.kind_choice.setCurrentIndex(1)
        self.kind_choice.currentIndexChanged.connect(
            lambda _: self.kindChanged.emit(self.kind_choice.currentData() or "")
        )
        self.totals = QLabel()
        self.totals.setObjectName("overviewTotals")
        self.totals.setWordWrap(True)
        self.axis_chart = BarChart()
        self.axis_chart.setObjectName("axisChart")
        self.axis_chart.setAccessibleName(self.tr("Registros por eje de la ERISE"))
        self.country_chart = BarChart()
        self.country_chart.setObjectName("countryChart")
        self.country_chart.setAccessibleName(self.tr("Registros por país"))

        header = QHBoxLayout()
        heading = self.tr("Resumen del catálogo")
        title = QLabel(f"<h2>{heading}</h2>")
        header.addWidget(title)
        header.addStretch(1)
        shown = QLabel(self.tr("Mostrar:"))
        shown.setBuddy(self.kind_choice)
        header.addWidget(shown)
        header.addWidget(self.kind_choice)

        axes_box = QGroupBox(self.tr("Por eje de la ERISE"))
        axes_layout = QVBoxLayout(axes_box)
        axes_layout.addWidget(self.axis_chart)
        axes_layout.addStretch(1)
        countries_box = QGroupBox(
            self.tr("Por país (los {count} con más registros)").format(count=TOP_COUNTRIES)
        )
        countries_layout = QVBoxLayout(countries_box)
        countries_layout.addWidget(self.country_chart)
        countries_layout.addStretch(1)

        self.dashboard = DashboardPanel(lang)
        body = QWidget()
        grid = QGridLayout(body)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(self.totals, 1, 0, 1, 2)
        grid.addWidget(self.dashboard, 2, 0, 1, 2)
        grid.addWidget(axes_box, 3, 0)
        grid.addWidget(countries_box, 3, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.kindChanged.connect(lambda _: self.refresh())
        operations.changed.connect(self.on_changes)

    def current_kind(self) -> str | None:
        return self.kind_choice.currentData() or None

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Any change of records moves a count: read again now if shown, else when shown."""
        if changes.empty:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        kind = self.current_kind()
        self.operations.query(
            "overview",
            lambda reader: reader.figures(kind),
            lambda figures: self.show_figures(figures, self.operations.catalogue.vocabularies()),
        )
        self.operations.query("dashboard", _dashboard, self._show_dashboard)

    def _show_dashboard(self, found: tuple[Dashboard, dict[str, str]]) -> None:
        board, names = found
        self.dashboard.show_dashboard(board, self.operations.catalogue.vocabularies(), names)

    def show_figures(self, figures: Figures, vocab: Vocabularies) -> None:
        locale = QLocale()
        counts = [
            f"{kind_label(kind, plural=True)}: <b>{locale.toString(figures.by_kind.get(kind, 0))}</b>"
            for kind in ("practice", "exchange", "toolbox", "institution")
        ]
        text = " · ".join(counts)
        if figures.synthetic:
            note = self.tr("De ellos, {count} son registros sintéticos de demostración.")
            text += "<br><i>" + note.format(count=locale.toString(figures.synthetic)) + "</i>"
        if figures.unclassified:
            waiting = self.tr(
                "Por clasificar (borradores sin ejes o sin países): {count}; el filtro de "
                "estado «Por clasificar» los muestra."
            )
            text += "<br>" + waiting.format(count=locale.toString(figures.unclassified))
        self.totals.setText(text)
        self.axis_chart.set_rows(
            [
                (vocab.label(AXIS, code, self._lang), count)
                for code, count in figures.by_axis.items()
            ]
        )
        countries = list(figures.by_country.items())[:TOP_COUNTRIES]
        self.country_chart.set_rows(
            [(country_name(code, self._lang), count) for code, count in countries]
        )
