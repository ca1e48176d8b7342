"""The window: a shell over pages, with the navigation, the undo stack, the catalogue file
and the language.

It is built in two phases so that the officer sees the real window at once: the frame
(`window_frame`: title, menus, navigation, "Abriendo el catálogo…") from Qt alone, then,
once shown, `fill` with the open catalogue (`window_filling`: operations and pages). A
command chosen in between waits in `when_ready`. Records (one page per kind), the overview
and the agenda are pages; record commands live in `record_editing`, the menus' dialogs in
`menu_commands`, the actions in `actions`. Every read and write goes through `operations`,
whose `changed` signal each page listens to: the shell refreshes no page itself (as Anki's
operations fire one hook).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDeadlineTimer, QEventLoop, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolButton, QWidget

from lazos_desktop.ui import window_frame
from lazos_desktop.ui.actions import KINDS
from lazos_desktop.ui.i18n import install_language
from lazos_desktop.ui.navigation import VisitHistory
from lazos_desktop.ui.settings import LANGUAGE, WINDOW_GEOMETRY, Settings

if TYPE_CHECKING:  # loaded by `fill`, after the frame is on screen
    from lazos_desktop.domain.records import Record
    from lazos_desktop.services import Catalogue, Change, RecordQuery
    from lazos_desktop.ui.case_editing import CaseEditing
    from lazos_desktop.ui.catalogue_files import CatalogueFiles
    from lazos_desktop.ui.due_notice import DueNotice
    from lazos_desktop.ui.menu_commands import MenuCommands
    from lazos_desktop.ui.navigation_bar import NavigationBar
    from lazos_desktop.ui.operations import Changes, Operations
    from lazos_desktop.ui.pages.agenda_page import AgendaPage
    from lazos_desktop.ui.pages.overview_page import OverviewPage
    from lazos_desktop.ui.pages.records_page import RecordsPage
    from lazos_desktop.ui.record_editing import RecordEditing
    from lazos_desktop.ui.window_frame import OpeningPage

IMPORTABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".json", ".lazos"}


class MainWindow(QMainWindow):
    """One open catalogue, browsed page by page; every change is undoable."""

    filled = Signal()  # the catalogue is open and the pages are built

    # Built by the frame (phase 1, `window_frame`):
    _actions: dict[str, QAction]
    action_back: QAction
    action_forward: QAction
    pages: QStackedWidget
    opening: OpeningPage
    navigation: NavigationBar
    nav_buttons: dict[str, QToolButton]
    # Built once the catalogue is open (phase 2, `window_filling`):
    operations: Operations
    editing: RecordEditing
    cases: CaseEditing
    commands: MenuCommands
    files: CatalogueFiles
    due_notice: DueNotice

    def __init__(self, settings: Settings, lang: str, catalogue_path: Path) -> None:
        """The frame only (phase 1): `fill` gives it the catalogue opened at `catalogue_path`."""
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.catalogue_path = catalogue_path
        self.undo_stack = QUndoStack(self)
        self.visits = VisitHistory()
        self.pages_by_key: dict[str, QWidget] = {}
        self._waiting: list[Callable[[], None]] | None = []  # None once filled
        self._page = "practice"
        self._last_records = "practice"
        self._going = False
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        window_frame.build_frame(self)

    def fill(self, catalogue: Catalogue) -> None:
        """Phase 2: show `catalogue` in the frame, then run the commands chosen meanwhile."""
        from lazos_desktop.ui import window_filling

        self.catalogue_path = catalogue.path
        window_filling.fill(self, catalogue)
        waiting, self._waiting = self._waiting or [], None
        self.show_page(self._page)
        self.due_notice.refresh()  # after the rows asked by the page in front (one reader)
        self.commands.start_daily_backup()
        self.commands.announce_team_bundles()
        self.filled.emit()
        for command in waiting:
            command()

    def is_filled(self) -> bool:
        return self._waiting is None

    def when_ready(self, command: Callable[[], None]) -> None:
        """Run `command` now, or as soon as the catalogue is open (a shortcut pressed while
        it opens is kept, not lost)."""
        if self._waiting is None:
            command()
        else:
            self._waiting.append(command)

    @property
    def catalogue(self) -> Catalogue:
        return self.operations.catalogue

    @property
    def overview(self) -> OverviewPage:
        """The overview page (built when first shown or asked for)."""
        return self._page_widget("overview")  # type: ignore[return-value]

    @property
    def agenda(self) -> AgendaPage:
        return self._page_widget("agenda")  # type: ignore[return-value]

    def records_page(self) -> RecordsPage:
        """The records page in view, or the last one seen when another page is in front."""
        return self._records_page(self._page if self._page in KINDS else self._last_records)

    def widget(self) -> QWidget:
        return self

    def current_page_key(self) -> str:
        return self._page

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
        from lazos_desktop.ui import dialogs

        self.statusBar().showMessage(message, 10_000)
        dialogs.show_error(self, message)

    def wait_for_queries(self, msecs: int = 10_000) -> None:
        """Let the catalogue open, pending searches start and every worker deliver (tests,
        benchmarks and screenshots)."""
        deadline = QDeadlineTimer(msecs)
        if not self.is_filled():
            opening = QEventLoop()
            self.filled.connect(opening.quit)
            QTimer.singleShot(msecs, opening.quit)
            opening.exec()
            self.filled.disconnect(opening.quit)
            if not self.is_filled():
                return
        for page in self._records_pages():
            if page.filters.search_pending():
                page.filters.apply_now()
        self.operations.wait(max(0, int(deadline.remainingTime())) or 1)

    # Navigation -------------------------------------------------------------------------

    def choose_page(self, key: str) -> None:
        """The navigation's choice: shown now, or once the catalogue is open."""
        self._page = key
        self.when_ready(lambda: self.show_page(key))

    def show_page(self, key: str) -> None:
        self._page = key
        if key in KINDS:
            self._last_records = key
        page = self._page_widget(key)
        self.navigation.set_current(key)
        self.pages.setCurrentWidget(page)
        page.activate()  # type: ignore[attr-defined]
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

    def _go(self, visit: Any) -> None:
        if visit is None:
            return
        self._going = True
        try:
            self.go_to_record(visit.record_id)
        finally:
            self._going = False
        self._update_actions()

    def record_shown(self, kind: str, record_id: str | None) -> None:
        """A records page put `record_id` on its card: a visit, unless going back or on."""
        if record_id and kind == self._page and not self._going:
            self.visits.visit(kind, record_id)
        self._update_actions()

    def on_changes(self, changes: Changes) -> None:
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
        self.catalogue_path = opened.path
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
            self.when_ready(lambda: self.commands.open_import_wizard(files[0]))

    def restore_geometry(self) -> None:
        """The size and place the window had when last closed, where that screen still is."""
        saved = self.settings.get(WINDOW_GEOMETRY)
        if saved:
            self.restoreGeometry(QByteArray.fromHex(saved.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toHex().data()).decode())
        if self.is_filled():
            for page in self._records_pages():
                page.filters.cancel_pending()
                page.attachments.forget_private_copies()
            self.operations.close()
        else:
            self._waiting = []  # closed while opening: nothing chosen meanwhile runs
        super().closeEvent(event)

    # Building ---------------------------------------------------------------------------

    def _records_page(self, kind: str) -> RecordsPage:
        from lazos_desktop.ui import window_filling

        return window_filling.records_page(self, kind)

    def _page_widget(self, key: str) -> QWidget:
        from lazos_desktop.ui import window_filling

        return window_filling.page(self, key)

    def _records_pages(self) -> list[RecordsPage]:
        from lazos_desktop.ui import window_filling

        return window_filling.records_pages(self)

    def _rebuild(self, keep_views: bool) -> None:
        from lazos_desktop.ui import window_filling

        window_filling.rebuild(self, keep_views)
        self.show_page(self._page if keep_views else "practice")
        self.due_notice.refresh()

    def _update_actions(self) -> None:
        on_records = self._page in KINDS
        has_record = on_records and self.records_page().shown_id is not None
        for key in ("edit", "duplicate", "link", "delete"):
            self._actions[key].setEnabled(has_record)
        self.action_back.setEnabled(self.visits.can_go_back())
        self.action_forward.setEnabled(self.visits.can_go_forward())


def _importable(urls: list[QUrl]) -> list[Path]:
    """Local files the import wizard can read, from a drag and drop."""
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORTABLE_SUFFIXES
    ]
