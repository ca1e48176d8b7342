"""The window: a shell over pages, with the navigation, the undo stack, the catalogue file
and the language.

Records (one page per kind), the overview and, later, the agenda are pages; record
commands live in `record_editing`, the menus' dialogs in `menu_commands`, the actions in
`actions`. Every read and write goes through `operations`, whose `changed` signal each page
listens to: the shell refreshes no page itself (as Anki's operations fire one hook).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from lazos_desktop.domain.records import Record
from lazos_desktop.services import Catalogue, Change, RecordQuery
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.actions import KINDS, build_actions, build_menus, build_toolbar
from lazos_desktop.ui.case_editing import CaseEditing
from lazos_desktop.ui.catalogue_files import CatalogueFiles
from lazos_desktop.ui.due_notice import DueNotice
from lazos_desktop.ui.i18n import install_language
from lazos_desktop.ui.menu_commands import MenuCommands
from lazos_desktop.ui.navigation import VisitHistory
from lazos_desktop.ui.navigation_bar import NavigationBar
from lazos_desktop.ui.operations import Changes, Operations
from lazos_desktop.ui.pages.agenda_page import AgendaPage
from lazos_desktop.ui.pages.overview_page import OverviewPage
from lazos_desktop.ui.pages.records_page import RecordsPage
from lazos_desktop.ui.record_editing import RecordEditing
from lazos_desktop.ui.settings import LANGUAGE, RECENT_FILES, Settings

IMPORTABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".json", ".lazos"}


class MainWindow(QMainWindow):
    """One open catalogue, browsed page by page; every change is undoable."""

    def __init__(self, catalogue: Catalogue, settings: Settings, lang: str) -> None:
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.operations = Operations(catalogue, lang, self.undo_stack, self)
        self.operations.failed.connect(self.report_error)
        self.operations.changed.connect(self._on_changes)
        self.visits = VisitHistory()
        self.editing = RecordEditing(self)
        self.cases = CaseEditing(self)
        self.commands = MenuCommands(self)
        self.files = CatalogueFiles(self)
        self._page = "practice"
        self._last_records = "practice"
        self._going = False
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build()
        self.show_page("practice")
        self.commands.start_daily_backup()
        self.commands.announce_team_bundles()

    @property
    def catalogue(self) -> Catalogue:
        return self.operations.catalogue

    def records_page(self) -> RecordsPage:
        """The records page in view, or the last one seen when another page is in front."""
        return self._records_page(self._page if self._page in KINDS else self._last_records)

    def widget(self) -> QWidget:
        return self

    def shown_case(self) -> Record | None:
        """The record on the card of the records page in view (or last seen)."""
        return self.records_page().shown_record()

    def current_query(self) -> RecordQuery:
        return self.records_page().current_query()

    def selected_ids(self) -> list[str]:
        return self.records_page().selected_ids()

    def apply_change(self, change: Change) -> None:
        """Announce a change written elsewhere (the import wizard reports its own)."""
        self.operations.apply_change(change)

    def say(self, message: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(message, msecs)

    def report_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        dialogs.show_error(self, message)

    def wait_for_queries(self, msecs: int = 10_000) -> None:
        """Let pending searches start and every worker deliver (tests and screenshots)."""
        for page in self._pages.values():
            if isinstance(page, RecordsPage) and page.filters.search_pending():
                page.filters.apply_now()
        self.operations.wait(msecs)

    # Navigation -------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        self._page = key
        if key in KINDS:
            self._last_records = key
        page = self._records_page(key) if key in KINDS else self._pages[key]
        self.navigation.set_current(key)
        self.pages.setCurrentWidget(page)
        page.activate()
        self._update_actions()

    def show_kind(self, kind: str) -> None:
        self.show_page(kind)

    def show_overview(self) -> None:
        self.show_page("overview")

    def show_agenda(self) -> None:
        self.show_page("agenda")

    def go_to_record(self, record_id: str) -> None:
        """Show a record on its kind's page, selected (that page's filters yield if they must)."""
        record = self.catalogue.find(record_id)
        if record is not None:
            self.show_page(record.kind.value)
            self._records_page(record.kind.value).reveal(record.id)

    def go_back(self) -> None:
        self._go(self.visits.back())

    def go_forward(self) -> None:
        self._go(self.visits.forward())

    def focus_search(self) -> None:
        if self._page not in KINDS:
            self.show_page(self._last_records)
        self.records_page().focus_search()

    def clear_filters(self) -> None:
        self.records_page().filters.clear()

    def _go(self, visit: object) -> None:
        if visit is None:
            return
        self._going = True
        try:
            self.go_to_record(visit.record_id)  # type: ignore[attr-defined]
        finally:
            self._going = False
        self._update_actions()

    def _record_shown(self, kind: str, record_id: str | None) -> None:
        if record_id and kind == self._page and not self._going:
            self.visits.visit(kind, record_id)
        self._update_actions()

    def _on_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.visits = VisitHistory()
        elif changes.records:
            visited = {visit.record_id for visit in self.visits.visits} & changes.records
            self.visits.forget({rid for rid in visited if self.catalogue.find(rid) is None})
        self._update_actions()

    # Catalogue files and language -------------------------------------------------------

    def open_catalogue(self, path: Path, create: bool = False) -> bool:
        return self.files.open(path, create)

    def adopt_catalogue(self, opened: Catalogue) -> None:
        """Show `opened` in place of the catalogue in view (`files` opened it)."""
        self.operations.replace_catalogue(opened)
        self.settings.remember_catalogue(str(opened.path))
        self.visits = VisitHistory()
        self._rebuild(keep_views=False)
        self.commands.start_daily_backup()
        self.commands.announce_team_bundles()

    def set_language(self, lang: str) -> None:
        """Remember the language, install its translators and rebuild the window's texts."""
        self.settings.set(LANGUAGE, lang)
        install_language(lang)
        self.lang = self.operations.lang = lang
        self.commands.close_guide()
        self._rebuild(keep_views=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _importable(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = _importable(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.commands.open_import_wizard(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for page in self._pages.values():
            if isinstance(page, RecordsPage):
                page.filters.cancel_pending()
                page.attachments.forget_private_copies()
        self.operations.close()
        super().closeEvent(event)

    # Building ---------------------------------------------------------------------------

    def _records_page(self, kind: str) -> RecordsPage:
        """Each kind's page, built the first time it is shown."""
        page = self._pages.get(kind)
        if not isinstance(page, RecordsPage):
            page = RecordsPage(kind, self.operations, self.lang)
            page.recordShown.connect(lambda record_id, k=kind: self._record_shown(k, record_id))
            page.linkFollowed.connect(self.go_to_record)
            page.actionRequested.connect(self._card_action)
            page.unlinkRequested.connect(self.editing.unlink_records)
            page.revertRequested.connect(self.editing.revert_history_entry)
            page.itemDoneRequested.connect(self.cases.mark_done)
            page.notice.connect(lambda text: self.say(text, 10_000))
            self._pages[kind] = page
            self.pages.addWidget(page)
        return page

    def _card_action(self, name: str) -> None:
        """A command asked from the card or the empty state ("new", "edit", "delete" ...)."""
        if name in {"log", "task"}:
            (self.cases.log_activity if name == "log" else self.cases.add_task)()
            return
        if name == "pack":
            self.commands.open_related_pack()
            return
        method = "new_record" if name == "new" else f"{name}_record"
        getattr(self.editing, "delete_records" if name == "delete" else method)()

    def _rebuild(self, keep_views: bool) -> None:
        kept = {
            kind: (page.filters.search.text(), page.sort, page.shown_id)
            for kind, page in self._pages.items()
            if keep_views and isinstance(page, RecordsPage)
        }
        for old in self._actions.values():
            self.removeAction(old)
            old.deleteLater()
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        for page in self._pages.values():
            self.operations.changed.disconnect(page.on_changes)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._build()
        for kind, (text, sort, shown) in kept.items():
            page = self._records_page(kind)
            page.sort = sort
            page.filters.search.setText(text)
            page.filters.cancel_pending()
            page.shown_id = shown
        self.show_page(self._page if keep_views else "practice")

    def _build(self) -> None:
        self.setWindowTitle(self.tr("LAZOS Desktop — {name}").format(name=self.catalogue.path.name))
        self._actions = build_actions(self)
        here = str(self.catalogue.path)
        recent = [path for path in self.settings.get(RECENT_FILES) if path != here]
        build_menus(self, self._actions, recent)
        build_toolbar(self, self._actions)
        self.pages = QStackedWidget()
        self.overview = OverviewPage(self.lang, self.operations)
        self.overview.dashboard.recordRequested.connect(self.go_to_record)
        self.overview.dashboard.agendaRequested.connect(self.show_agenda)
        self.agenda = AgendaPage(self.operations, self.lang)
        self.agenda.recordRequested.connect(self.go_to_record)
        self.agenda.doneRequested.connect(self.cases.mark_done)
        self.agenda.calendarRequested.connect(self.cases.export_calendar)
        self._pages: dict[str, RecordsPage | OverviewPage | AgendaPage] = {
            "overview": self.overview,
            "agenda": self.agenda,
        }
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.agenda)
        central = QWidget()
        layout = QHBoxLayout(central)
        self.navigation = NavigationBar()
        self.navigation.pageChosen.connect(self.show_page)
        self.nav_buttons = self.navigation.buttons
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(here)
        self._build_due_notice()

    def _build_due_notice(self) -> None:
        old = getattr(self, "due_notice", None)
        if old is not None:
            self.statusBar().removeWidget(old)
            self.operations.changed.disconnect(old.on_changes)
            old.deleteLater()
        self.due_notice = DueNotice(self.operations)
        self.due_notice.agendaRequested.connect(self.show_agenda)
        self.statusBar().addPermanentWidget(self.due_notice)

    def _update_actions(self) -> None:
        on_records = self._page in KINDS
        has_record = on_records and self.records_page().shown_id is not None
        for action in (
            self.action_edit,
            self.action_duplicate,
            self.action_link,
            self.action_delete,
        ):
            action.setEnabled(has_record)
        self.action_back.setEnabled(self.visits.can_go_back())
        self.action_forward.setEnabled(self.visits.can_go_forward())


def _importable(urls: list[QUrl]) -> list[Path]:
    """Local files the import wizard can read, from a drag and drop."""
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORTABLE_SUFFIXES
    ]
