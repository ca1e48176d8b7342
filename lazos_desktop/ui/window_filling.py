"""The main window's second phase: the open catalogue, the operations and the pages.

`fill` runs once the frame (`window_frame`) is on screen: it gives the window its
operations and command groups, builds the overview and agenda pages (each records page is
built the first time it is shown) and the due-date notice. This module is where the
services, the records and the pages are imported, so importing it is the heavy part of a
start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lazos_desktop.services import Catalogue
from lazos_desktop.ui.case_editing import CaseEditing
from lazos_desktop.ui.catalogue_files import CatalogueFiles
from lazos_desktop.ui.due_notice import DueNotice
from lazos_desktop.ui.menu_commands import MenuCommands
from lazos_desktop.ui.operations import Operations
from lazos_desktop.ui.pages.agenda_page import AgendaPage
from lazos_desktop.ui.pages.overview_page import OverviewPage
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
    """The overview, the agenda and the due notice in place of the opening page."""
    window.setWindowTitle(window_title(window.catalogue.path))
    window.statusBar().showMessage(str(window.catalogue.path))
    window.overview = OverviewPage(window.lang, window.operations)
    window.overview.dashboard.recordRequested.connect(window.go_to_record)
    window.overview.dashboard.agendaRequested.connect(window.show_agenda)
    window.agenda = AgendaPage(window.operations, window.lang)
    window.agenda.recordRequested.connect(window.go_to_record)
    window.agenda.doneRequested.connect(window.cases.mark_done)
    window.agenda.calendarRequested.connect(window.cases.export_calendar)
    window.pages_by_key = {"overview": window.overview, "agenda": window.agenda}
    window.pages.addWidget(window.overview)
    window.pages.addWidget(window.agenda)
    window.pages.removeWidget(window.opening)
    window.opening.deleteLater()
    _build_due_notice(window)


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


def _build_due_notice(window: MainWindow) -> None:
    old = getattr(window, "due_notice", None)
    if old is not None:
        window.statusBar().removeWidget(old)
        window.operations.changed.disconnect(old.on_changes)
        old.deleteLater()
    window.due_notice = DueNotice(window.operations)
    window.due_notice.agendaRequested.connect(window.show_agenda)
    window.statusBar().addPermanentWidget(window.due_notice)
