"""The records page: filters above, the table (or its empty state) beside the detail pane.

Only layout and the look of the table live here; what a click or a key does is the main
window's business, which connects to these widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.ui.pages.filter_bar import FilterBar
from lazos_desktop.ui.pages.record_html import empty_html
from lazos_desktop.ui.pages.record_table_model import COLUMNS, SORT_KEYS, RecordTableModel

COLUMN_WIDTHS = {
    "code": 72,
    "title": 300,
    "countries": 125,
    "axes": 160,
    "status": 90,
    "year": 52,
    "updated": 90,
}


class RecordsPage(QWidget):
    """Filters, records table with its empty state, and the detail pane."""

    def __init__(
        self,
        model: RecordTableModel,
        vocab: Vocabularies,
        lang: str,
        sort: tuple[str, bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.filters = FilterBar(vocab, lang)
        self.table = self._make_table(model, sort)

        self.empty_state = QWidget()
        self.empty_state.setObjectName("emptyState")
        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_action = QPushButton()
        self.empty_action.setObjectName("emptyAction")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_action, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)

        self.detail = QTextBrowser()
        self.detail.setObjectName("detailPane")
        self.detail.setAccessibleName(self.tr("Ficha del registro"))
        self.detail.setOpenLinks(False)
        self.detail.setHtml(empty_html())

        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.detail, self.tr("Ficha"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.filters.clear_button, self.table)
        self.setTabOrder(self.table, self.detail)

    def add_side_tab(self, widget: QWidget, title: str) -> None:
        """A further view of the selected record beside its card (its history, for one)."""
        self.side_tabs.addTab(widget, title)

    def show_rows(self, has_rows: bool) -> None:
        """The table when it has rows; else the empty state, saying what would help."""
        if has_rows:
            self.table_stack.setCurrentWidget(self.table)
            return
        if self.filters.is_filtered():
            self.empty_text.setText(
                self.tr("Ningún registro coincide con la búsqueda y los filtros.")
            )
            self.empty_action.setText(self.tr("Limpiar filtros"))
        else:
            self.empty_text.setText(
                self.tr("Todavía no hay registros de este tipo en el catálogo.")
            )
            self.empty_action.setText(self.tr("Crear uno nuevo (Ctrl+N)"))
        self.table_stack.setCurrentWidget(self.empty_state)

    def hide_columns(self, hidden: set[str]) -> None:
        for column, name in enumerate(COLUMNS):
            self.table.setColumnHidden(column, name in hidden)

    def _make_table(self, model: RecordTableModel, sort: tuple[str, bool]) -> QTableView:
        table = QTableView()
        table.setObjectName("recordTable")
        table.setAccessibleName(self.tr("Registros"))
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, name in enumerate(COLUMNS):
            table.setColumnWidth(column, COLUMN_WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        key, descending = sort
        columns_by_key = {value: name for name, value in SORT_KEYS.items()}
        header.setSortIndicator(
            COLUMNS.index(columns_by_key.get(key, "code")),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        table.setSortingEnabled(True)
        return table
