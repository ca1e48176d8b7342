"""One kind's records page: its filters, its table (or empty state), its card and history.

Each kind has its own page, so each view keeps its own search, filters, sort, selection and
card; switching views shows that view as it was left. The page reads through the operation
layer and refreshes itself from the `Changes` every operation announces. What a click asks
for beyond the page (edit, delete, follow a link) leaves as a signal for the shell.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
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

from lazos_desktop.domain.records import Record
from lazos_desktop.services import Catalogue, RecordQuery
from lazos_desktop.ui.operations import Changes, Operations
from lazos_desktop.ui.pages.attachments_panel import AttachmentsPanel, FileDrops
from lazos_desktop.ui.pages.filter_bar import FilterBar
from lazos_desktop.ui.pages.history_panel import HistoryPanel
from lazos_desktop.ui.pages.record_html import count_noun, empty_html, record_html
from lazos_desktop.ui.pages.record_table_model import COLUMNS, SORT_KEYS, RecordTableModel

COLUMN_WIDTHS = {
    "code": 72,
    "title": 300,
    "countries": 125,
    "axes": 160,
    "status": 90,
    "due": 118,
    "year": 52,
    "updated": 90,
}
# The table shares the width with the card: the update date is on the card.
# Only exchanges have milestones and tasks, so only their list shows what falls due.
HIDDEN_COLUMNS = {
    "practice": {"updated", "due"},
    "exchange": {"updated"},
    "toolbox": {"updated", "due"},
    "institution": {"axes", "status", "year", "updated", "due"},
}
CARD_ACTIONS = ("edit", "duplicate", "link", "pack", "delete", "log", "task")


class RecordsPage(QWidget):
    """The records of one kind, filtered and sorted as the officer left them."""

    recordShown = Signal(object)  # noqa: N815 - the id on the card, or None
    linkFollowed = Signal(str)  # noqa: N815 - a related record clicked on the card
    actionRequested = Signal(str)  # noqa: N815 - one of CARD_ACTIONS, or "new"
    unlinkRequested = Signal(str, str)  # noqa: N815
    revertRequested = Signal(object)  # noqa: N815 - a HistoryEntry
    itemDoneRequested = Signal(str, str)  # noqa: N815 - record id, milestone or task id
    notice = Signal(str)  # a sentence for the status bar

    def __init__(self, kind: str, operations: Operations, lang: str) -> None:
        super().__init__()
        self.kind = kind
        self.lang = lang
        self.operations = operations
        self.sort: tuple[str, bool] = ("code", False)
        self.shown_id: str | None = None
        self._selected_n: int | None = None
        self._select_after_query: str | None = None
        self._stale = True
        self._shown_total: tuple[int, int] | None = None  # rows listed, records of the kind
        self._waiting = 0  # drafts to classify, answered after the rows
        vocab = self.catalogue.vocabularies()
        self.model = RecordTableModel(self.catalogue.summaries_for, vocab, lang, self)
        self.filters = FilterBar(vocab, lang)
        self.filters.set_kind(kind)
        self.table = self._make_table()
        self._build_layout()
        self.hide_columns(HIDDEN_COLUMNS.get(kind, set()))
        if kind == "exchange":
            # What is late or due is what an officer scans exchanges for: it comes right after
            # the title, in sight on a laptop's screen beside the card.
            header = self.table.horizontalHeader()
            header.moveSection(header.visualIndex(COLUMNS.index("due")), 2)
        self.filters.changed.connect(self.refresh_list)
        self.filters.search.returnPressed.connect(self.focus_results)
        self.filters.search.installEventFilter(self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _: self.actionRequested.emit("edit"))
        self.empty_action.clicked.connect(self._empty_action)
        self.detail.anchorClicked.connect(self._anchor_clicked)
        self.history.revert_requested.connect(self.revertRequested)
        operations.changed.connect(self.on_changes)

    @property
    def catalogue(self) -> Catalogue:
        return self.operations.catalogue

    # What the shell asks --------------------------------------------------------------

    def activate(self) -> None:
        """Shown again: catch up with changes announced while it was hidden."""
        if self._stale:
            self._stale = False
            self.refresh_list()
            self.refresh_countries()
            self.show_record(self.shown_id)

    def current_query(self) -> RecordQuery:
        """What the table shows: the kind, the search and the filters, in the page's order."""
        key, descending = self.sort
        return RecordQuery(
            kind=self.kind, sort=key, descending=descending, **self.filters.query_fields()
        )

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [
            self.model.data(self.model.index(row, 0), Qt.ItemDataRole.UserRole) for row in rows
        ]
        return [str(record_id) for record_id in found if record_id]

    def shown_record(self) -> Record | None:
        return self.catalogue.find(self.shown_id) if self.shown_id else None

    def reveal(self, record_id: str) -> None:
        """Show `record_id` on the card and select it in the list, clearing the filters when
        they hide it (and saying so)."""
        self._select_after_query = record_id
        self.show_record(record_id)
        self._stale = False
        self.refresh_list()

    def refresh_list(self) -> None:
        """The rows and their count; then, asked after them on the same reader thread, the
        drafts waiting to be classified (counting them reads the rows of every draft, so the
        rows are not kept waiting for it)."""
        query, kind_only = self.current_query(), RecordQuery(kind=self.kind)
        self.operations.query(
            f"list-{self.kind}",
            lambda reader: (reader.row_numbers(query), reader.count(kind_only)),
            self._show_rows,
        )
        if self.kind in ("practice", "toolbox"):
            waiting = RecordQuery(kind=self.kind, unclassified=True)
            self.operations.query(
                f"waiting-{self.kind}", lambda reader: reader.count(waiting), self._show_waiting
            )

    def refresh_countries(self) -> None:
        kind = self.kind
        self.operations.query(
            f"countries-{kind}",
            lambda reader: list(reader.counts_by_country(kind)),
            self.filters.set_countries,
        )

    def show_record(self, record_id: str | None) -> None:
        record = self.catalogue.find(record_id) if record_id else None
        self.shown_id = record.id if record is not None else None
        self.attachments.show_record(self.shown_id)
        if record is None:
            self.detail.setHtml(empty_html())
        else:
            self.history.show_record(record.id)
            self.detail.setHtml(
                record_html(
                    record,
                    self.catalogue.vocabularies(),
                    self.lang,
                    self.catalogue.linked(record.id),
                    self._institution_name,
                )
            )
        self.recordShown.emit(self.shown_id)

    def on_changes(self, changes: Changes) -> None:
        """Refresh what `changes` touches; a hidden page only notes that it is stale."""
        if changes.everything:
            vocab = self.catalogue.vocabularies()
            self.model.set_vocabularies(vocab)
        if changes.created and changes.touches_kind(self.kind):
            created = self.catalogue.find(changes.created)
            if created is not None and created.kind.value == self.kind:
                self._select_after_query = created.id
                self.shown_id = created.id
        if changes.touches_kind(self.kind):
            self.model.refresh()
            self._stale = True
        if self.shown_id and (changes.touches_record(self.shown_id) or changes.links):
            self._stale = True
        if self._stale and self.isVisible():
            self.activate()

    def focus_results(self) -> None:
        """Typing done: the results take the keyboard, the first one selected."""
        self.operations.wait(2000)
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down arrow in the search field goes to the results, as in a mail program."""
        if (
            watched is self.filters.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def hide_columns(self, hidden: set[str]) -> None:
        for column, name in enumerate(COLUMNS):
            self.table.setColumnHidden(column, name in hidden)

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

    # Answers --------------------------------------------------------------------------

    def _show_rows(self, result: tuple[list[int], int]) -> None:
        numbers, total = result
        self._shown_total = (len(numbers), total)
        wanted, self._select_after_query = self._select_after_query, None
        self.model.set_rows(numbers)
        self.filters.show_count(len(numbers), total, count_noun(self.kind), self._waiting)
        self.show_rows(bool(numbers))
        target = -1
        if wanted:
            found = self.catalogue.query(RecordQuery(ids=(wanted,)))
            target = self.model.row_of_number(found.rows[0].n) if found.rows else -1
            if target < 0 and found.rows and self.filters.is_filtered():
                self.notice.emit(
                    self.tr(
                        "Se limpiaron la búsqueda y los filtros de esta vista: «{code}» no "
                        "coincidía con ellos."
                    ).format(code=found.rows[0].code)
                )
                self._select_after_query = wanted
                self.filters.clear()
                return
        elif self._selected_n is not None:
            target = self.model.row_of_number(self._selected_n)
        if target >= 0:
            self.table.selectRow(target)
            self.table.scrollTo(self.model.index(target, 0))
        else:
            self._selected_n = None

    def _show_waiting(self, waiting: int) -> None:
        self._waiting = waiting
        if self._shown_total is not None:
            shown, total = self._shown_total
            self.filters.show_count(shown, total, count_noun(self.kind), waiting)

    def _selection_changed(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            summary = self.model.summary(current.row())
            self._selected_n = summary.n if summary else None
            if summary is None or summary.id != self.shown_id:
                self.show_record(summary.id if summary else None)
        elif ids := self.selected_ids():
            self.show_record(ids[0])

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self.sort:
            self.sort = (key, descending)
            self.refresh_list()

    def _empty_action(self) -> None:
        if self.filters.is_filtered():
            self.filters.clear()
        else:
            self.actionRequested.emit("new")

    def _anchor_clicked(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == "record":
            self.linkFollowed.emit(value)
        elif scheme == "unlink" and self.shown_id:
            self.unlinkRequested.emit(self.shown_id, value)
        elif scheme == "done" and self.shown_id:
            self.itemDoneRequested.emit(self.shown_id, value)
        elif scheme == "action" and value in CARD_ACTIONS:
            self.actionRequested.emit(value)
        elif scheme in {"http", "https"}:
            QDesktopServices.openUrl(url)

    def _institution_name(self, record_id: str) -> str:
        found = self.catalogue.find(record_id) if record_id else None
        return found.title if found else record_id

    # Building -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.empty_state = QWidget()
        self.empty_state.setObjectName("emptyState")
        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_action = QPushButton(self.tr("Crear uno nuevo (Ctrl+N)"))
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
        self.history = HistoryPanel(self.catalogue)
        self.history.setObjectName("historyPanel")
        self.history.table.setAccessibleName(self.tr("Historial"))
        self.attachments = AttachmentsPanel(self.operations)
        self.attachments.notice.connect(self.notice)
        card = QSplitter(Qt.Orientation.Vertical)
        card.setObjectName("recordCard")
        card.addWidget(self.detail)
        card.addWidget(self.attachments)
        card.setStretchFactor(0, 4)
        card.setStretchFactor(1, 1)
        card.setChildrenCollapsible(False)
        self.file_drops = FileDrops(self.attachments.attach, self)
        for target in (self.detail.viewport(), self.attachments.list.viewport(), card):
            target.setAcceptDrops(True)
            target.installEventFilter(self.file_drops)

        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(card, self.tr("Ficha"))
        self.side_tabs.addTab(self.history, self.tr("Historial"))
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

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("recordTable")
        table.setAccessibleName(self.tr("Registros"))
        table.setModel(self.model)
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
        key, descending = self.sort
        columns_by_key = {value: name for name, value in SORT_KEYS.items()}
        header.setSortIndicator(
            COLUMNS.index(columns_by_key.get(key, "code")),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        table.setSortingEnabled(True)
        return table
