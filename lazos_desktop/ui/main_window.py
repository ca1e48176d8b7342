"""The main window: navigation, the records table with search and filters, the detail pane,
the overview, and every change written at once and undoable.

Screens do not reach into each other: every change a service returns goes through
`apply_change`, which refreshes the table, the detail pane and the overview (as Anki's
operations fire one "did execute" hook with what changed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.messages import field_label
from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.domain.validation import RecordInvalid
from lazos_desktop.services import Catalogue, Change, safety
from lazos_desktop.store.catalogue_store import HistoryEntry, Store
from lazos_desktop.store.errors import CatalogueError
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs.guide_window import GuideWindow
from lazos_desktop.ui.pages.history_panel import HistoryPanel
from lazos_desktop.ui.i18n import install_language
from lazos_desktop.ui.pages.overview_page import OverviewFigures, OverviewPage, overview_figures
from lazos_desktop.ui.query_runner import QueryRunner
from lazos_desktop.ui.pages.record_html import count_noun, empty_html, kind_label, record_html
from lazos_desktop.ui.pages.record_table_model import RecordTableModel
from lazos_desktop.ui.pages.records_page import RecordsPage
from lazos_desktop.ui.settings import LANGUAGE, OFFICER_NAME, PAPER_SIZE, RECENT_FILES, Settings
from lazos_desktop.ui.undo_commands import command_for

KINDS = ("practice", "exchange", "toolbox", "institution")
NAV_NAMES = {
    "practice": "navPractices",
    "exchange": "navExchanges",
    "toolbox": "navToolbox",
    "institution": "navInstitutions",
    "overview": "navOverview",
}
# The table shares the width with the detail pane: the update date is in the detail pane.
HIDDEN_COLUMNS = {
    "practice": {"updated"},
    "exchange": {"updated"},
    "toolbox": {"updated"},
    "institution": {"axes", "status", "year", "updated"},
}


class MainWindow(QMainWindow):
    """One open catalogue, browsed and edited; every change is undoable."""

    def __init__(self, catalogue: Catalogue, settings: Settings, lang: str) -> None:
        super().__init__()
        self._catalogue = catalogue
        self.settings = settings
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.runner = QueryRunner(catalogue.path, self)
        self.runner.error.connect(self.report_error)
        self.background = QueryRunner(catalogue.path, self)
        self.background.error.connect(self.report_error)
        self._kind = "practice"
        self._page = "practice"
        self._sort: tuple[str, bool] = ("code", False)
        self._shown_id: str | None = None
        self._selected_n: int | None = None
        self._select_after_query: str | None = None
        self._total_of_kind = 0
        self._guide: GuideWindow | None = None
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build()
        self.show_kind("practice")
        self._start_daily_backup()

    # Public API (the lead wires other dialogs through these) ----------------------------

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    def current_query(self) -> RecordQuery:
        """What the table shows: the kind, the search and the filters, in the current order."""
        fields = self.filters.query_fields()
        key, descending = self._sort
        return RecordQuery(kind=self._kind, sort=key, descending=descending, **fields)

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [
            self.model.data(self.model.index(row, 0), Qt.ItemDataRole.UserRole) for row in rows
        ]
        return [str(record_id) for record_id in found if record_id]

    def push_command(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def apply_change(self, change: Change) -> None:
        """Refresh what a change touches: the list, the detail pane, the facets, the overview."""
        if not change.changed:
            return
        self.model.refresh()
        if change.action == "created" and change.after and change.after[0].kind.value == self._kind:
            self._select_after_query = change.after[0].id
        self.refresh_list()
        self._refresh_countries()
        if self._shown_id and (
            self._shown_id in change.ids or change.action in {"linked", "unlinked"}
        ):
            self.show_record(self._shown_id)
        if self._page == "overview":
            self.refresh_overview()
        if self._shown_id and self._shown_id in change.ids:
            self.history.refresh()

    def report_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        dialogs.show_error(self, message)

    # Navigation -------------------------------------------------------------------------

    def show_kind(self, kind: str) -> None:
        self._page = kind
        self.nav_buttons[kind].setChecked(True)
        self.pages.setCurrentWidget(self.records_page)
        if kind != self._kind or not self.model.rowCount():
            self._kind = kind
            self.filters.set_kind(kind)
            self.records_page.hide_columns(HIDDEN_COLUMNS.get(kind, set()))
            self.refresh_list()
            self._refresh_countries()

    def show_overview(self) -> None:
        self._page = "overview"
        self.nav_buttons["overview"].setChecked(True)
        self.pages.setCurrentWidget(self.overview)
        self.refresh_overview()

    def go_to_record(self, record_id: str) -> None:
        """Show a related record: its kind's list, cleared of filters, with it selected."""
        record = self.catalogue.find(record_id)
        if record is None:
            return
        self._select_after_query = record.id
        self.show_record(record.id)
        if self._kind != record.kind.value or self._page == "overview":
            self._kind = ""
            self.filters.blockSignals(True)
            self.filters.clear()
            self.filters.blockSignals(False)
            self.show_kind(record.kind.value)
        else:
            self.filters.clear()

    # Queries ----------------------------------------------------------------------------

    def refresh_list(self) -> None:
        query = self.current_query()
        kind_only = RecordQuery(kind=self._kind)

        def job(store: Store) -> tuple[list[int], int]:
            return store.row_numbers(query), store.count(kind_only)

        self.runner.submit("list", job, self._show_rows)

    def refresh_overview(self) -> None:
        kind = self.overview.current_kind()
        self.runner.submit(
            "overview", lambda store: overview_figures(store, kind), self._show_overview
        )

    def wait_for_queries(self, msecs: int = 10_000) -> None:
        """Let the query thread finish and deliver (tests and screenshots use it)."""
        timer = QElapsedTimer()
        timer.start()
        while (self.runner.busy() or self.filters.search_pending()) and timer.elapsed() < msecs:
            self.runner.wait(20)
            QCoreApplication.processEvents()

    def _show_rows(self, result: tuple[list[int], int]) -> None:
        numbers, total = result
        keep = self._selected_n
        self.model.set_rows(numbers)
        self._total_of_kind = total
        self.filters.show_count(len(numbers), total, count_noun(self._kind))
        self.records_page.show_rows(bool(numbers))
        target = -1
        if self._select_after_query:
            wanted = self.catalogue.query(RecordQuery(ids=(self._select_after_query,)))
            self._select_after_query = None
            if wanted.rows:
                target = self.model.row_of_number(wanted.rows[0].n)
        elif keep is not None:
            target = self.model.row_of_number(keep)
        if target >= 0:
            self.table.selectRow(target)
            self.table.scrollTo(self.model.index(target, 0))
        else:
            self._selected_n = None

    def _show_overview(self, figures: OverviewFigures) -> None:
        self.overview.show_figures(figures, self.catalogue.vocabularies())

    def _refresh_countries(self) -> None:
        kind = self._kind
        self.runner.submit(
            "countries",
            lambda store: list(store.counts_by_country(kind)),
            self.filters.set_countries,
        )

    def _empty_action(self) -> None:
        if self.filters.is_filtered():
            self.filters.clear()
        else:
            self.new_record()

    # Detail -----------------------------------------------------------------------------

    def show_record(self, record_id: str | None) -> None:
        self._shown_id = record_id
        record = self.catalogue.find(record_id) if record_id else None
        if record is None:
            self._shown_id = None
            self.detail.setHtml(empty_html())
            return
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

    def shown_record(self) -> Record | None:
        return self.catalogue.find(self._shown_id) if self._shown_id else None

    def _institution_name(self, record_id: str) -> str:
        found = self.catalogue.find(record_id) if record_id else None
        return found.title if found else record_id

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            summary = self.model.summary(current.row())
            self._selected_n = summary.n if summary else None
            self.show_record(summary.id if summary else None)
        elif ids:
            self.show_record(ids[0])
        self._update_actions()

    def _anchor_clicked(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == "record":
            self.go_to_record(value)
        elif scheme == "unlink" and self._shown_id:
            self.unlink_records(self._shown_id, value)
        elif scheme == "action":
            actions: dict[str, Callable[[], None]] = {
                "edit": self.edit_record,
                "duplicate": self.duplicate_record,
                "link": self.link_record,
                "delete": self.delete_records,
            }
            if value in actions:
                actions[value]()
        elif scheme in {"http", "https"}:
            QDesktopServices.openUrl(url)

    # Changes ----------------------------------------------------------------------------

    def new_record(self) -> None:
        kind = Kind(self._kind if self._page != "overview" else "practice")
        record = dialogs.edit_record(self, self.catalogue, kind, None, self.lang)
        if record is not None:
            self._perform(lambda: self.catalogue.create(record), self._describe("create"))

    def edit_record(self) -> None:
        record = self.shown_record()
        if record is None:
            return
        edited = dialogs.edit_record(self, self.catalogue, record.kind, record, self.lang)
        if edited is not None:
            self._perform(lambda: self.catalogue.update(edited), self._describe("update"))

    def duplicate_record(self) -> None:
        record = self.shown_record()
        if record is not None:
            self._perform(lambda: self.catalogue.duplicate(record.id), self._describe("duplicate"))

    def delete_records(self) -> None:
        ids = self.selected_ids() or ([self._shown_id] if self._shown_id else [])
        if not ids:
            return
        if len(ids) == 1:
            record = self.catalogue.find(ids[0])
            if record is None:
                return
            what = f"{record.code} — {record.title}"
        else:
            what = self.tr("{count} registros").format(count=len(ids))
        if not dialogs.confirm_delete(self, what):
            return
        if len(ids) > 1:
            self.undo_stack.beginMacro(
                self.tr("eliminación de {count} registros").format(count=len(ids))
            )
        for record_id in ids:
            self._perform(
                lambda rid=record_id: self.catalogue.delete(rid), self._describe("delete")
            )
        if len(ids) > 1:
            self.undo_stack.endMacro()
        if self._shown_id in ids:
            self.show_record(None)

    def link_record(self) -> None:
        record = self.shown_record()
        if record is None:
            return
        other = dialogs.pick_link(self, self.catalogue, record)
        if other:
            self._perform(lambda: self.catalogue.link(record.id, other), self._describe("link"))

    def unlink_records(self, first: str, second: str) -> None:
        self._perform(lambda: self.catalogue.unlink(first, second), self._describe("unlink"))

    def _describe(self, action: str) -> Callable[[Change], str]:
        def text(change: Change) -> str:
            record = (change.after or change.before or (None,))[0]
            code = record.code if record is not None else ""
            if action in {"link", "unlink"}:
                codes = [self._code_of(record_id) for record_id in change.ids[:2]]
                template = (
                    self.tr("relación {a} ↔ {b}")
                    if action == "link"
                    else self.tr("quitar relación {a} ↔ {b}")
                )
                return template.format(a=codes[0], b=codes[-1])
            templates = {
                "create": self.tr("creación de {code}"),
                "update": self.tr("edición de {code}"),
                "duplicate": self.tr("duplicado {code}"),
                "delete": self.tr("eliminación de {code}"),
            }
            return templates[action].format(code=code)

        return text

    def _code_of(self, record_id: str) -> str:
        found = self.catalogue.find(record_id)
        return found.code if found else record_id[:8]

    def _perform(self, operation: Callable[[], Change], describe: Callable[[Change], str]) -> None:
        try:
            change = operation()
        except RecordInvalid as error:
            self.report_error("\n".join(p.message(self.lang) for p in error.problems))
            return
        except CatalogueError as error:
            self.report_error(error.message(self.lang))
            return
        command = command_for(self, change, describe(change))
        if command is not None:
            self.undo_stack.push(command)
            self.statusBar().showMessage(
                self.tr("Guardado: {what}").format(what=command.text()), 5000
            )
        self.apply_change(change)

    # Catalogue files, settings and language ---------------------------------------------

    def open_catalogue(self, path: Path, create: bool = False) -> bool:
        if not create and not path.exists():
            self.report_error(self.tr("No existe el archivo {path}.").format(path=path))
            return False
        try:
            opened = Catalogue.open(
                path, officer=self.settings.get(OFFICER_NAME), daily_backup=False
            )
        except CatalogueError as error:
            self.report_error(error.message(self.lang))
            return False
        self.runner.close()
        self._catalogue.close()
        self._catalogue = opened
        self.undo_stack.clear()
        self.settings.remember_catalogue(str(opened.path))
        self.runner = QueryRunner(opened.path, self)
        self.runner.error.connect(self.report_error)
        self.background.close()
        self.background = QueryRunner(opened.path, self)
        self.background.error.connect(self.report_error)
        self._rebuild()
        self._start_daily_backup()
        return True

    def ask_open_catalogue(self) -> None:
        path = dialogs.ask_catalogue_to_open(self)
        if path is not None:
            self.open_catalogue(path)

    def ask_create_catalogue(self) -> None:
        path = dialogs.ask_catalogue_to_create(self)
        if path is not None:
            self.open_catalogue(path, create=True)

    def open_import_wizard(self, path: Path | None = None) -> None:
        dialogs.show_import_wizard(self, self.catalogue, path, self.lang, self.apply_change)

    def open_export_dialog(self) -> None:
        dialogs.show_export_dialog(self, self.catalogue, self.current_query(), self.selected_ids())

    def undo_last_import(self) -> None:
        """Take back the last import as a whole, after saying what it brought."""
        from lazos_desktop.services import exchange_files

        batch = exchange_files.last_import(self.catalogue)
        if batch is None:
            dialogs.show_error(self, self.tr("No hay ninguna importación que deshacer."))
            return
        question = self.tr("¿Deshacer la importación del {when} ({files})?").format(
            when=batch.get("at", ""), files=", ".join(batch.get("files", []))
        )
        if not dialogs.confirm_undo_import(self, question):
            return
        try:
            change = exchange_files.undo_last_import(self.catalogue)
        except CatalogueError as error:
            dialogs.show_error(self, error.message(self.lang))
            return
        self.apply_change(change)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _importable(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = _importable(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.open_import_wizard(files[0])

    def revert_history_entry(self, entry: HistoryEntry) -> None:
        """Put one past change back as a new, undoable change."""
        field = field_label(entry.field, self.lang) if entry.field else ""
        self._perform(
            lambda: safety.revert_change(self.catalogue, entry),
            lambda change: self.tr("Revertir {field} de {code}").format(
                field=field, code=entry.code
            ),
        )

    def open_backups_dialog(self) -> None:
        if dialogs.show_backups_dialog(self, self.catalogue):
            self.catalogue.store.forget_cached()
            self.undo_stack.clear()
            self._rebuild()

    def open_check_dialog(self) -> None:
        dialogs.show_check_dialog(self, self.catalogue)
        self.catalogue.store.forget_cached()
        self.model.refresh()
        self.refresh_list()

    def open_brief_dialog(self) -> None:
        dialogs.show_brief_dialog(self, self.catalogue, self.selected_ids(), self.current_query())

    def open_settings(self) -> None:
        choice = dialogs.edit_settings(self, self.settings, self.catalogue.path)
        if choice is None:
            return
        self.settings.set(OFFICER_NAME, choice.officer)
        self.catalogue.officer = choice.officer
        self.settings.set(PAPER_SIZE, choice.paper_size)
        if choice.catalogue is not None:
            self.open_catalogue(choice.catalogue, create=choice.create_catalogue)
        if choice.language != self.lang:
            self.set_language(choice.language)

    def set_language(self, lang: str) -> None:
        """Remember the language, install its translators and rebuild the window's texts."""
        self.settings.set(LANGUAGE, lang)
        install_language(lang)
        self.lang = lang
        if self._guide is not None:
            self._guide.close()
            self._guide.deleteLater()
            self._guide = None
        self._rebuild()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.filters.cancel_pending()
        self.runner.close()
        self.background.close()
        self._catalogue.close()
        super().closeEvent(event)

    # Building ---------------------------------------------------------------------------

    def _rebuild(self) -> None:
        fields = self.filters.query_fields()
        page, shown = self._page, self._shown_id
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._build()
        self.filters.blockSignals(True)
        self.filters.search.setText(fields["text"])
        self.filters.blockSignals(False)
        self._kind = ""
        if page == "overview":
            self._kind = "practice"
            self.filters.set_kind("practice")
            self.refresh_list()
            self.show_overview()
        else:
            self.show_kind(page)
        self.show_record(shown)

    def _build(self) -> None:
        self.setWindowTitle(self.tr("LAZOS Desktop — {name}").format(name=self.catalogue.path.name))
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.model = RecordTableModel(
            self.catalogue.summaries_for, self.catalogue.vocabularies(), self.lang, self
        )

        self.records_page = RecordsPage(
            self.model, self.catalogue.vocabularies(), self.lang, self._sort
        )
        self.filters = self.records_page.filters
        self.table = self.records_page.table
        self.detail = self.records_page.detail
        self.table_stack = self.records_page.table_stack
        self.empty_state = self.records_page.empty_state
        self.empty_action = self.records_page.empty_action
        self.filters.changed.connect(self.refresh_list)
        self.model.sortRequested.connect(self._sort_requested)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _: self.edit_record())
        self.empty_action.clicked.connect(self._empty_action)
        self.detail.anchorClicked.connect(self._anchor_clicked)
        self.filters.search.returnPressed.connect(self._focus_results)
        self.filters.search.installEventFilter(self)
        self.history = HistoryPanel(self.catalogue)
        self.history.setObjectName("historyPanel")
        self.history.revert_requested.connect(self.revert_history_entry)
        self.records_page.add_side_tab(self.history, self.tr("Historial"))

        self.overview = OverviewPage(self.lang)
        self.overview.kindChanged.connect(lambda _: self.refresh_overview())
        self.pages = QStackedWidget()
        self.pages.addWidget(self.records_page)
        self.pages.addWidget(self.overview)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self._build_navigation())
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(str(self.catalogue.path))

    def _build_navigation(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("navigation")
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 0, 0, 0)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        entries = [(kind, kind_label(kind, plural=True)) for kind in KINDS]
        entries.append(("overview", self.tr("Resumen")))
        for position, (key, text) in enumerate(entries, start=1):
            button = QToolButton()
            button.setObjectName(NAV_NAMES[key])
            button.setText(text)
            button.setToolTip(f"{text} (Ctrl+{position})")
            button.setAccessibleName(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
            if key == "overview":
                button.clicked.connect(self.show_overview)
            else:
                button.clicked.connect(lambda _=False, k=key: self.show_kind(k))
            self.nav_group.addButton(button)
            self.nav_buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        bar.setFixedWidth(
            max(button.sizeHint().width() for button in self.nav_buttons.values()) + 16
        )
        return bar

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        for old in getattr(self, "_actions", []):
            self.removeAction(old)
            old.deleteLater()
        self.action_new = self._action(
            self.tr("&Nuevo registro…"), self.new_record, QKeySequence.StandardKey.New, "actionNew"
        )
        self.action_open = self._action(
            self.tr("&Abrir catálogo…"),
            self.ask_open_catalogue,
            QKeySequence.StandardKey.Open,
            "actionOpen",
        )
        self.action_create = self._action(
            self.tr("Crear catálogo &nuevo…"),
            self.ask_create_catalogue,
            "Ctrl+Shift+N",
            "actionCreateCatalogue",
        )
        self.action_brief = self._action(
            self.tr("&Generar informe…"),
            self.open_brief_dialog,
            QKeySequence.StandardKey.Print,
            "actionBrief",
        )
        self.action_import = self._action(
            self.tr("&Importar…"), self.open_import_wizard, "Ctrl+I", "actionImport"
        )
        self.action_export = self._action(
            self.tr("E&xportar…"), self.open_export_dialog, "Ctrl+E", "actionExport"
        )
        self.action_undo_import = self._action(
            self.tr("Deshacer la última &importación…"),
            self.undo_last_import,
            None,
            "actionUndoImport",
        )
        self.action_backups = self._action(
            self.tr("&Copias de seguridad…"), self.open_backups_dialog, None, "actionBackups"
        )
        self.action_check = self._action(
            self.tr("&Verificar catálogo…"), self.open_check_dialog, None, "actionCheck"
        )
        self.action_settings = self._action(
            self.tr("&Preferencias…"), self.open_settings, "Ctrl+,", "actionSettings"
        )
        self.action_quit = self._action(
            self.tr("&Salir"), self.close, QKeySequence.StandardKey.Quit, "actionQuit"
        )
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("Deshacer"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.setObjectName("actionUndo")
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("Rehacer"))
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_redo.setObjectName("actionRedo")
        self.action_edit = self._action(
            self.tr("&Editar registro… (Intro)"), self.edit_record, None, "actionEdit"
        )
        self.action_duplicate = self._action(
            self.tr("D&uplicar"), self.duplicate_record, "Ctrl+D", "actionDuplicate"
        )
        self.action_delete = self._action(
            self.tr("&Eliminar…"),
            self.delete_records,
            QKeySequence.StandardKey.Delete,
            "actionDelete",
        )
        self.action_link = self._action(
            self.tr("&Relacionar con…"), self.link_record, "Ctrl+L", "actionLink"
        )
        self.action_find = self._action(
            self.tr("&Buscar"), self._focus_search, QKeySequence.StandardKey.Find, "actionFind"
        )
        self.action_clear = self._action(
            self.tr("&Limpiar filtros"),
            lambda: self.filters.clear(),
            "Ctrl+Shift+F",
            "actionClearFilters",
        )
        self.view_actions = []
        for position, kind in enumerate(KINDS, start=1):
            self.view_actions.append(
                self._action(
                    kind_label(kind, plural=True),
                    lambda k=kind: self.show_kind(k),
                    f"Ctrl+{position}",
                )
            )
        self.view_actions.append(
            self._action(self.tr("Resumen"), self.show_overview, "Ctrl+5", "actionOverview")
        )
        self.action_guide = self._action(
            self.tr("&Guía de uso"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            "actionGuide",
        )
        self.action_keys = self._action(
            self.tr("&Atajos de teclado"), self._show_keys, "Ctrl+F1", "actionKeys"
        )
        self.action_about = self._action(
            self.tr("&Acerca de LAZOS Desktop"), self._show_about, None, "actionAbout"
        )
        self._actions = [
            self.action_new,
            self.action_open,
            self.action_create,
            self.action_brief,
            self.action_import,
            self.action_export,
            self.action_undo_import,
            self.action_backups,
            self.action_check,
            self.action_settings,
            self.action_quit,
            self.action_undo,
            self.action_redo,
            self.action_edit,
            self.action_duplicate,
            self.action_delete,
            self.action_link,
            self.action_find,
            self.action_clear,
            *self.view_actions,
            self.action_guide,
            self.action_keys,
            self.action_about,
        ]
        self.addActions(self._actions)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Archivo"))
        self.file_menu.setObjectName("menuFile")
        self.file_menu.addAction(self.action_new)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_open)
        self.file_menu.addAction(self.action_create)
        recent = [
            path for path in self.settings.get(RECENT_FILES) if path != str(self.catalogue.path)
        ]
        if recent:
            self.recent_menu = self.file_menu.addMenu(self.tr("Catálogos &recientes"))
            for path in recent:
                action = self.recent_menu.addAction(path)
                action.triggered.connect(lambda _=False, p=path: self.open_catalogue(Path(p)))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_import)
        self.file_menu.addAction(self.action_export)
        self.file_menu.addAction(self.action_brief)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_backups)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)

        self.edit_menu = bar.addMenu(self.tr("&Editar"))
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addAction(self.action_undo_import)
        self.edit_menu.addSeparator()
        for action in (
            self.action_edit,
            self.action_duplicate,
            self.action_link,
            self.action_delete,
        ):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find)

        self.view_menu = bar.addMenu(self.tr("&Ver"))
        self.view_menu.setObjectName("menuView")
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.action_clear)

        self.tools_menu = bar.addMenu(self.tr("&Herramientas"))
        self.tools_menu.setObjectName("menuTools")
        self.tools_menu.addAction(self.action_check)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.action_settings)

        self.help_menu = bar.addMenu(self.tr("Ay&uda"))
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.action_guide)
        self.help_menu.addAction(self.action_keys)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Acciones"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.action_new,
            self.action_edit,
            self.action_duplicate,
            self.action_link,
            self.action_delete,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.action_undo)
        toolbar.addAction(self.action_redo)
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        has_record = self._shown_id is not None
        for action in (
            self.action_edit,
            self.action_duplicate,
            self.action_link,
            self.action_delete,
        ):
            action.setEnabled(has_record)

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down arrow in the search field goes to the results, as in a mail program."""
        if (
            watched is self.filters.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def _start_daily_backup(self) -> None:
        """The day's automatic backup, on its own worker so searches never wait behind it."""

        def job(store: Store) -> str:
            problem = None
            try:
                written = safety.ensure_daily_backup(store)
            except safety.BackupFailed as error:
                written, problem = None, error
            self._catalogue.backup_problem = problem
            return str(written or "")

        self.background.submit("daily-backup", job, self._daily_backup_done)

    def _daily_backup_done(self, written: str) -> None:
        problem = self.catalogue.backup_problem
        if problem is not None:
            self.statusBar().showMessage(
                self.tr("No se pudo hacer la copia de seguridad diaria: {detail}").format(
                    detail=problem
                )
            )
        elif written:
            self.statusBar().showMessage(
                self.tr("Copia de seguridad diaria guardada en {path}").format(path=written), 8000
            )

    def _focus_results(self) -> None:
        """Typing done: the results take the keyboard, the first one selected."""
        self.wait_for_queries(2000)
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _focus_search(self) -> None:
        if self._page == "overview":
            self.show_kind(self._kind or "practice")
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _show_keys(self) -> None:
        lines = [
            (self.tr("Buscar"), "Ctrl+F"),
            (self.tr("Nuevo registro"), "Ctrl+N"),
            (self.tr("Abrir el registro seleccionado"), self.tr("Intro")),
            (self.tr("Eliminar"), self.tr("Supr")),
            (self.tr("Deshacer / Rehacer"), "Ctrl+Z / Ctrl+Shift+Z"),
            (self.tr("Relacionar con otro registro"), "Ctrl+L"),
            (self.tr("Cambiar de vista"), "Ctrl+1 … Ctrl+5"),
            (self.tr("Cerrar un diálogo sin guardar"), "Esc"),
            (self.tr("Guía de uso"), "F1"),
            (self.tr("Atajos de teclado"), "Ctrl+F1"),
        ]
        rows = "".join(f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>" for what, keys in lines)
        dialogs.show_about(self, f"<table cellpadding='4'>{rows}</table>")

    def _show_about(self) -> None:
        dialogs.show_about_dialog(self, self.catalogue.path)

    def show_guide(self) -> GuideWindow:
        """The user guide beside the window (not modal), in the window's language."""
        if self._guide is None:
            self._guide = GuideWindow(self.lang, self)
        else:
            self._guide.language.setCurrentIndex(max(0, self._guide.language.findData(self.lang)))
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide


IMPORTABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".json", ".lazos"}


def _importable(urls: list[QUrl]) -> list[Path]:
    """Local files the import wizard can read, from a drag and drop."""
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORTABLE_SUFFIXES
    ]
