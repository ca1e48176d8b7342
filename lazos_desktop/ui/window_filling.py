"""The main window's second phase: the open catalogue, the operations and the pages.

`fill` runs once the frame (`window_frame`) is on screen: it gives the window its
operations and command groups and the due-date notice; each page (records, overview,
agenda) is built the first time it is shown, so a start builds only the one in front. This module is where the
services, the records and the pages are imported, so importing it is the heavy part of a
start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lazos_desktop.services import Catalogue
from lazos_desktop.ui import window_frame
from lazos_desktop.ui.actions import KINDS
from lazos_desktop.ui.case_editing import CaseEditing
from lazos_desktop.ui.catalogue_files import CatalogueFiles
from lazos_desktop.ui.due_notice import DueNotice
from lazos_desktop.ui.menu_commands import MenuCommands
from lazos_desktop.ui.operations import Operations
from lazos_desktop.ui.pages.records_page import RecordsPage
from lazos_desktop.ui.record_editing import RecordEditing
from lazos_desktop.ui.window_frame import window_title

if TYPE_CHECKING:
    from lazos_desktop.ui.main_window import MainWindow


def fill(window: MainWindow, catalogue: Catalogue) -> None:
    """Give `window` its catalogue, operations, command groups and pages."""
    window.operations = Operations(catalogue, window.lang, window.undo_stack, window)
    window.operations.failed.connect(window.report_error)
    window.operations.changed.connect(window.on_changes)
    window.editing = RecordEditing(window)
    window.cases = CaseEditing(window)
    window.commands = MenuCommands(window)
    window.files = CatalogueFiles(window)
    build_pages(window)


def build_pages(window: MainWindow) -> None:
    """The due notice, and the opening page taken down; each page is built the first time it
    is shown (the overview and the agenda are not, at start). The due notice asks its counts
    when the window says so, after the page in front has asked for its rows."""
    window.setWindowTitle(window_title(window.catalogue.path))
    window.statusBar().showMessage(str(window.catalogue.path))
    window.pages_by_key = {}
    window.pages.removeWidget(window.opening)
    window.opening.deleteLater()
    _build_due_notice(window)


def rebuild(window: MainWindow, keep_views: bool) -> None:
    """Frame and pages built again (a new language, another catalogue); with `keep_views`,
    each records page keeps its search, sort and card."""
    kept = {
        page.kind: (page.filters.search.text(), page.sort, page.shown_id)
        for page in records_pages(window)
        if keep_views
    }
    for built in window.pages_by_key.values():
        window.operations.changed.disconnect(built.on_changes)  # type: ignore[attr-defined]
    window_frame.clear_frame(window)
    window_frame.build_frame(window)
    build_pages(window)
    for kind, (text, sort, shown) in kept.items():
        page = records_page(window, kind)
        page.sort = sort
        page.filters.search.setText(text)
        page.filters.cancel_pending()
        page.shown_id = shown


def page(window: MainWindow, key: str) -> QWidget:
    """The page `key` (a kind, "overview" or "agenda"), built the first time it is asked for."""
    if key not in window.pages_by_key:
        if key == "overview":
            _add_overview(window)
        elif key == "agenda":
            _add_agenda(window)
    return records_page(window, key) if key in KINDS else window.pages_by_key[key]


def records_page(window: MainWindow, kind: str) -> RecordsPage:
    """Each kind's page, built the first time it is shown."""
    page = window.pages_by_key.get(kind)
    if isinstance(page, RecordsPage):
        return page
    page = RecordsPage(kind, window.operations, window.lang)
    page.recordShown.connect(lambda record_id, k=kind: window.record_shown(k, record_id))
    page.linkFollowed.connect(window.go_to_record)
    page.actionRequested.connect(lambda name: card_action(window, name))
    page.unlinkRequested.connect(window.editing.unlink_records)
    page.revertRequested.connect(window.editing.revert_history_entry)
    page.itemDoneRequested.connect(window.cases.mark_done)
    page.notice.connect(lambda text: window.say(text, 10_000))
    window.pages_by_key[kind] = page
    window.pages.addWidget(page)
    return page


def records_pages(window: MainWindow) -> list[RecordsPage]:
    """The records pages built so far."""
    return [page for page in window.pages_by_key.values() if isinstance(page, RecordsPage)]


def card_action(window: MainWindow, name: str) -> None:
    """A command asked from the card or the empty state ("new", "edit", "delete" ...)."""
    if name in {"log", "task"}:
        (window.cases.log_activity if name == "log" else window.cases.add_task)()
        return
    if name == "pack":
        window.commands.open_related_pack()
        return
    method = "new_record" if name == "new" else f"{name}_record"
    getattr(window.editing, "delete_records" if name == "delete" else method)()


def _add_overview(window: MainWindow) -> None:
    from lazos_desktop.ui.pages.overview_page import OverviewPage

    overview = OverviewPage(window.lang, window.operations)
    overview.dashboard.recordRequested.connect(window.go_to_record)
    overview.dashboard.agendaRequested.connect(window.show_agenda)
    window.pages_by_key["overview"] = overview
    window.pages.addWidget(overview)


def _add_agenda(window: MainWindow) -> None:
    from lazos_desktop.ui.pages.agenda_page import AgendaPage

    agenda = AgendaPage(window.operations, window.lang)
    agenda.recordRequested.connect(window.go_to_record)
    agenda.doneRequested.connect(window.cases.mark_done)
    agenda.calendarRequested.connect(window.cases.export_calendar)
    window.pages_by_key["agenda"] = agenda
    window.pages.addWidget(agenda)


def _build_due_notice(window: MainWindow) -> None:
    old = getattr(window, "due_notice", None)
    if old is not None:
        window.statusBar().removeWidget(old)
        window.operations.changed.disconnect(old.on_changes)
        old.deleteLater()
    window.due_notice = DueNotice(window.operations)
    window.due_notice.agendaRequested.connect(window.show_agenda)
    window.statusBar().addPermanentWidget(window.due_notice)
