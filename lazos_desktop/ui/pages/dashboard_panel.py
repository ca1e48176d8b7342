"""The dashboard part of the overview: where the cases stand and what the catalogue covers.

Counts by status, what is late and what falls due in 30 days, the newest entries of every
activity log, the country × axis coverage of good practices as a heat map, and the honest
line "N of the 48 mapped practices" (only practices citing that mapping count). Each record
named is a link; the panel asks the window to open it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.agenda import LATE_HEX, AgendaItem, late_word
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.dates import show_date
from lazos_desktop.domain.vocabularies import (
    ACTIVITY_TYPE,
    AXIS,
    EXCHANGE_STATUS,
    PRACTICE_STATUS,
    Vocabularies,
)
from lazos_desktop.services.cases import DASHBOARD_ITEMS, Dashboard

# The service keeps only these first items of each list (and the lists' counts).
LIST_LIMIT = DASHBOARD_ITEMS
PALE, DEEP = QColor("#EDF3F5"), QColor("#1D4E5F")


def _kind_title(kind: str) -> str:
    titles = {
        "practice": QCoreApplication.translate("DashboardPanel", "Prácticas"),
        "exchange": QCoreApplication.translate("DashboardPanel", "Intercambios"),
        "toolbox": QCoreApplication.translate("DashboardPanel", "Herramientas"),
    }
    return titles.get(kind, kind)


class DashboardPanel(QWidget):
    """Filled by `show_dashboard`; `recordRequested` carries the id of a record clicked."""

    recordRequested = Signal(str)
    agendaRequested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPanel")
        self._lang = lang
        self.mapped = self._label("dashboardMapped")
        self.statuses = self._label("dashboardStatuses")
        self.late = self._label("dashboardLate")
        self.upcoming = self._label("dashboardUpcoming")
        self.recent = self._label("dashboardRecent")
        self.heat = QTableWidget()
        self.heat.setObjectName("dashboardHeatMap")
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.heat.setAccessibleName(self.tr("Cobertura de buenas prácticas por país y eje"))

        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Atrasados"), self.late), 0, 0)
        grid.addWidget(self._box(self.tr("Vencen en 30 días"), self.upcoming), 0, 1)
        grid.addWidget(self._box(self.tr("Actividad reciente"), self.recent), 1, 0)
        grid.addWidget(self._box(self.tr("Registros por estado"), self.statuses), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mapped)
        layout.addLayout(grid)
        layout.addWidget(self._box(self.tr("Cobertura de buenas prácticas: país × eje"), self.heat))

    def show_dashboard(self, board: Dashboard, vocab: Vocabularies, names: dict[str, str]) -> None:
        self.mapped.setText(self._mapped_text(board))
        self.statuses.setText(self._status_text(board, vocab))
        self.late.setText(self._items_text(board.late, board.late_count, names, late=True))
        self.upcoming.setText(
            self._items_text(board.upcoming, board.upcoming_count, names, late=False)
        )
        self.recent.setText(self._recent_text(board, vocab, names))
        self._fill_heat(board, vocab)

    # Private ---------------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._link)
        return label

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _link(self, target: str) -> None:
        scheme, _, value = target.partition(":")
        if scheme == "record":
            self.recordRequested.emit(value)
        elif scheme == "agenda":
            self.agendaRequested.emit()

    def _mapped_text(self, board: Dashboard) -> str:
        if board.mapped_total is None:
            return ""
        line = self.tr("{held} de las {total} prácticas mapeadas por el programa").format(
            held=board.mapped_held, total=board.mapped_total
        )
        note = self.tr(
            "(cuentan solo las prácticas cuya fuente cita ese mapeo, no las creadas aquí)"
        )
        return f"<b>{escape(line)}</b> <small>{escape(note)}</small>"

    def _status_text(self, board: Dashboard, vocab: Vocabularies) -> str:
        lines = []
        for kind, counts in board.status_counts.items():
            vocabulary = EXCHANGE_STATUS if kind == "exchange" else PRACTICE_STATUS
            parts = [
                f"{escape(vocab.label(vocabulary, code, self._lang))} {count}"
                for code, count in sorted(counts.items(), key=lambda pair: -pair[1])
                if code
            ]
            if parts:
                lines.append(f"<b>{escape(_kind_title(kind))}</b>: " + " · ".join(parts))
        if board.records_with_late:
            text = (
                self.tr("1 intercambio con atrasos")
                if board.records_with_late == 1
                else self.tr("{count} intercambios con atrasos").format(
                    count=board.records_with_late
                )
            )
            lines.append(f"<span style='color:{LATE_HEX}'><b>{escape(text)}</b></span>")
        return "<br>".join(lines)

    def _items_text(
        self, items: list[AgendaItem], total: int, names: dict[str, str], *, late: bool
    ) -> str:
        if not items:
            return escape(
                self.tr("Nada atrasado.")
                if late
                else self.tr("Nada vence en los próximos 30 días.")
            )
        lines = []
        for item in items[:LIST_LIMIT]:
            when = escape(show_date(item.when, self._lang)) if item.when else "—"
            marker = (
                f" <span style='color:{LATE_HEX}'><b>{escape(late_word(self._lang).upper())}</b></span>"
                if late
                else ""
            )
            who = ", ".join(p for p in (item.responsible, names.get(item.institution, "")) if p)
            lines.append(
                f"{when} · <a href='record:{escape(item.record_id, quote=True)}'>"
                f"{escape(item.record_code)}</a> {escape(item.title)}"
                + self._synthetic_mark(item.synthetic)
                + (f" <small>({escape(who)})</small>" if who else "")
                + marker
            )
        more = max(total, len(items)) - LIST_LIMIT
        if more > 0:
            rest = self.tr("y {count} más en Seguimiento").format(count=more)
            lines.append(f"<a href='agenda:'>{escape(rest)}</a>")
        return "<br>".join(lines)

    def _recent_text(self, board: Dashboard, vocab: Vocabularies, names: dict[str, str]) -> str:
        if not board.recent:
            return escape(self.tr("Todavía no hay actividades registradas."))
        lines = []
        for entry in board.recent:
            activity = entry.activity
            kind = vocab.label(ACTIVITY_TYPE, activity.type, self._lang)
            lines.append(
                f"{escape(show_date(activity.date, self._lang))} · {escape(kind)} · "
                f"<a href='record:{escape(entry.record_id, quote=True)}'>"
                f"{escape(entry.record_code)}</a> {escape(activity.heading())}"
                + self._synthetic_mark(entry.synthetic)
            )
        return "<br>".join(lines)

    def _synthetic_mark(self, synthetic: bool) -> str:
        """Generated demonstration data says so wherever it is listed."""
        if not synthetic:
            return ""
        word = self.tr("sintético")
        return f" <small><i>[{escape(word)}]</i></small>"

    def _fill_heat(self, board: Dashboard, vocab: Vocabularies) -> None:
        """Axes down the side (their names are long), countries across."""
        axes = vocab.codes(AXIS)
        countries = sorted({country for country, _ in board.coverage})
        self.heat.clear()
        self.heat.setRowCount(len(axes))
        self.heat.setColumnCount(len(countries))
        self.heat.setVerticalHeaderLabels([vocab.label(AXIS, a, self._lang) for a in axes])
        self.heat.setHorizontalHeaderLabels([country_name(c, self._lang) for c in countries])
        top = max(board.coverage.values(), default=0) or 1
        for row, axis in enumerate(axes):
            for column, country in enumerate(countries):
                count = board.coverage.get((country, axis), 0)
                cell = QTableWidgetItem(str(count) if count else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count:
                    share = 0.25 + 0.75 * count / top
                    colour = QColor(
                        int(PALE.red() + (DEEP.red() - PALE.red()) * share),
                        int(PALE.green() + (DEEP.green() - PALE.green()) * share),
                        int(PALE.blue() + (DEEP.blue() - PALE.blue()) * share),
                    )
                    cell.setBackground(QBrush(colour))
                    cell.setForeground(QBrush(QColor("white" if share > 0.55 else "#222B30")))
                cell.setToolTip(
                    f"{country_name(country, self._lang)} · "
                    f"{vocab.label(AXIS, axis, self._lang)}: {count}"
                )
                self.heat.setItem(row, column, cell)
        self.heat.resizeRowsToContents()
        height = self.heat.horizontalHeader().sizeHint().height() + 6
        height += sum(self.heat.rowHeight(r) for r in range(len(axes)))
        self.heat.setFixedHeight(min(max(height, 60), 420))
