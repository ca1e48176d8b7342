"""Seguimiento: the officer's agenda across every exchange.

Late items first, then those due in the next 30 days, then up to 90 days, then open items
without a date; inside each group, lines sit under their exchange. Enter opens the record,
Ctrl+Enter marks the line done (the window makes it undoable). The page shows what it is
given and asks through signals; it never reads the catalogue itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.agenda import BUCKETS, LATE, LATE_HEX, Agenda, AgendaItem, late_word
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.dates import show_date
from lazos_desktop.domain.text import fold
from lazos_desktop.domain.vocabularies import ACTIVITY_TYPE, AXIS
from lazos_desktop.services import Catalogue, cases
from lazos_desktop.ui.operations import Changes, Operations

RECORD_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def bucket_title(bucket: str, horizon: int) -> str:
    titles = {
        "late": QCoreApplication.translate("AgendaPage", "Atrasados"),
        "soon": QCoreApplication.translate("AgendaPage", "En los próximos 30 días"),
        "later": QCoreApplication.translate("AgendaPage", "De 31 a {days} días"),
        "undated": QCoreApplication.translate("AgendaPage", "Abiertos sin fecha"),
    }
    return titles[bucket].format(days=horizon)


def item_word(item: str) -> str:
    words = {
        "milestone": QCoreApplication.translate("AgendaPage", "Hito"),
        "task": QCoreApplication.translate("AgendaPage", "Tarea"),
        "activity": QCoreApplication.translate("AgendaPage", "Actividad"),
    }
    return words.get(item, item)


class AgendaPage(QWidget):
    """The agenda tree with its filters; signals ask the window to act."""

    recordRequested = Signal(str)
    doneRequested = Signal(str, str)
    filtersChanged = Signal()
    calendarRequested = Signal()

    def __init__(self, operations: Operations, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.operations = operations
        vocab = operations.catalogue.vocabularies()
        self._vocab = vocab
        self._lang = lang
        self._stale = True
        title = QLabel(self.tr("Seguimiento"))
        title.setObjectName("agendaTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.country = QComboBox()
        self.country.setObjectName("agendaCountry")
        self.country.setAccessibleName(self.tr("Filtrar por país"))
        self.axis = QComboBox()
        self.axis.setObjectName("agendaAxis")
        self.axis.setAccessibleName(self.tr("Filtrar por eje"))
        self.axis.addItem(self.tr("Todos los ejes"), "")
        for code in vocab.codes(AXIS):
            self.axis.addItem(vocab.label(AXIS, code, lang), code)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("agendaResponsible")
        self.responsible.setPlaceholderText(self.tr("Responsable (persona o institución)"))
        self.responsible.setAccessibleName(self.tr("Filtrar por responsable"))
        self.responsible.setClearButtonEnabled(True)
        self.set_countries([])
        self.country.currentIndexChanged.connect(lambda _: self.filtersChanged.emit())
        self.axis.currentIndexChanged.connect(lambda _: self.filtersChanged.emit())
        self.responsible.editingFinished.connect(self.filtersChanged.emit)
        self.filtersChanged.connect(self.refresh)
        operations.changed.connect(self.on_changes)
        self.done_button = QPushButton(self.tr("Marcar hecho (Ctrl+Intro)"))
        self.done_button.setObjectName("agendaDone")
        self.done_button.clicked.connect(self.mark_current_done)
        self.calendar_button = QPushButton(self.tr("Exportar calendario…"))
        self.calendar_button.setObjectName("agendaCalendar")
        self.calendar_button.clicked.connect(self.calendarRequested.emit)

        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setAccessibleName(self.tr("Seguimiento"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Fecha"), self.tr("Qué"), self.tr("Responsable"), self.tr("Estado")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(2, 200)
        self.tree.setColumnWidth(3, 110)
        self.tree.itemActivated.connect(self._activated)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.activated.connect(self.mark_current_done)

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("País"), self.country),
            (self.tr("Eje"), self.axis),
            (self.tr("Responsable"), self.responsible),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.done_button)
        actions.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.tree, 1)

    # What the window asks --------------------------------------------------------------

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.empty:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the agenda off the window's thread, with the filters as they stand."""
        self._stale = False
        country, axis, responsible = self.chosen()
        chosen = cases.AgendaFilter(country, axis, responsible)

        def job(reader: Catalogue) -> tuple[Agenda, dict[str, str], list[str]]:
            built = cases.agenda(reader, chosen=chosen)
            names = cases.institution_names(reader, (i.institution for i in built.items))
            return built, names, list(reader.counts_by_country("exchange"))

        self.operations.query("agenda", job, self._show)

    def _show(self, found: tuple[Agenda, dict[str, str], list[str]]) -> None:
        built, names, countries = found
        self.set_countries(countries)
        self.show_agenda(built, names)

    def chosen(self) -> tuple[str | None, str | None, str]:
        """Country, axis and responsible the filters ask for."""
        return (
            self.country.currentData() or None,
            self.axis.currentData() or None,
            self.responsible.text().strip(),
        )

    def set_countries(self, codes: list[str]) -> None:
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Todos los países"), "")
        named = sorted(((country_name(c, self._lang), c) for c in codes), key=lambda p: fold(p[0]))
        for name, code in named:
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(self.country.findData(chosen) if chosen else 0, 0))
        self.country.blockSignals(False)

    def show_agenda(self, agenda: Agenda, names: dict[str, str]) -> None:
        """Fill the tree: group, then exchange, then its lines; late groups open."""
        current = self.current_line()
        self.tree.clear()
        late_count = agenda.count(LATE)
        self.summary.setText(self._summary_text(agenda))
        select: QTreeWidgetItem | None = None
        for bucket in BUCKETS:
            items = agenda.buckets.get(bucket, [])
            if not items:
                continue
            group = QTreeWidgetItem([f"{bucket_title(bucket, agenda.horizon)} ({len(items)})"])
            group.setFirstColumnSpanned(True)
            bold = QFont(group.font(0))
            bold.setBold(True)
            group.setFont(0, bold)
            if bucket == LATE:
                group.setForeground(0, QBrush(QColor(LATE_HEX)))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            by_record: dict[str, QTreeWidgetItem] = {}
            for item in items:
                parent = by_record.get(item.record_id)
                if parent is None:
                    parent = QTreeWidgetItem([f"{item.record_code} — {item.record_title}"])
                    parent.setData(0, RECORD_ROLE, item.record_id)
                    parent.setToolTip(0, item.record_title)
                    group.addChild(parent)
                    parent.setFirstColumnSpanned(True)
                    by_record[item.record_id] = parent
                line = self._line(item, names, bucket == LATE)
                parent.addChild(line)
                if current == (item.record_id, item.item_id):
                    select = line
            group.setExpanded(True)
            for parent in by_record.values():
                parent.setExpanded(True)
        if not late_count and not agenda.items:
            empty = QTreeWidgetItem([self.tr("Nada pendiente con estos filtros.")])
            empty.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(empty)
        if select is None:
            select = self._first_line()
        if select is not None:
            self.tree.setCurrentItem(select)

    def current_line(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None or not item.data(0, ITEM_ROLE):
            return None
        return str(item.data(0, RECORD_ROLE)), str(item.data(0, ITEM_ROLE))

    def mark_current_done(self) -> None:
        line = self.current_line()
        item = self.tree.currentItem()
        if line is None or item is None or item.data(1, ITEM_ROLE) == "activity":
            return
        self.doneRequested.emit(*line)

    # Private ---------------------------------------------------------------------------

    def _line(self, item: AgendaItem, names: dict[str, str], late: bool) -> QTreeWidgetItem:
        who = ", ".join(
            part for part in (item.responsible, names.get(item.institution, "")) if part
        )
        what = f"{item_word(item.item)}: {item.title}"
        if item.item == "activity":
            kind = self._vocab.label(ACTIVITY_TYPE, item.activity_type, self._lang)
            what = f"{kind}: {item.title}" if item.title else kind
        state = late_word(self._lang) if late else self._status(item)
        line = QTreeWidgetItem([show_date(item.when, self._lang) or "—", what, who, state])
        line.setData(0, RECORD_ROLE, item.record_id)
        line.setData(0, ITEM_ROLE, item.item_id)
        line.setData(1, ITEM_ROLE, item.item)
        line.setToolTip(1, what)
        if late:
            line.setForeground(3, QBrush(QColor(LATE_HEX)))
            bold = QFont(line.font(3))
            bold.setBold(True)
            line.setFont(3, bold)
        return line

    def _status(self, item: AgendaItem) -> str:
        if item.item == "milestone":
            return self._vocab.label("milestone_status", item.status, self._lang)
        if item.item == "task":
            return self._vocab.label("task_status", item.status, self._lang)
        return self.tr("Próxima")

    def _summary_text(self, agenda: Agenda) -> str:
        late = agenda.count(LATE)
        text = self.tr("Atrasados: {late} · En 30 días: {soon} · Sin fecha: {undated}").format(
            late=late, soon=agenda.count("soon"), undated=agenda.count("undated")
        )
        if late:
            return f"<span style='color:{LATE_HEX}'><b>{escape(text)}</b></span>"
        return escape(text)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id = item.data(0, RECORD_ROLE)
        if record_id:
            self.recordRequested.emit(str(record_id))

    def _first_line(self) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for r in range(group.childCount()):
                record = group.child(r)
                if record.childCount():
                    return record.child(0)
        return None
