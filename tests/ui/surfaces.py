"""Every surface of the window a test may walk: the main window with each page built,
and each dialog the menus, the card and the first run open, built on the window's
catalogue (shown by no `exec`, so no test waits on a modal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QWidget

from lazos_desktop.domain.records import Kind
from lazos_desktop.services import RecordQuery, cases
from lazos_desktop.services.seeds import seed_counts

PAGES = ("practice", "exchange", "toolbox", "institution", "overview", "agenda")
DATA = Path(__file__).parent.parent / "data"


def first_of(window, kind: Kind):  # noqa: ANN001, ANN201
    rows = window.catalogue.query(RecordQuery(kind=kind.value, sort="title")).rows
    return window.catalogue.get(rows[0].id)


def dialog_builders(window) -> dict[str, Callable[[], QWidget]]:  # noqa: ANN001
    """Name → a function building that dialog over `window`, in the window's language."""
    from lazos_desktop.ui import dialogs
    from lazos_desktop.ui.dialogs.about_dialog import AboutDialog
    from lazos_desktop.ui.dialogs.activity_dialog import ActivityDialog
    from lazos_desktop.ui.dialogs.backups_dialog import BackupsDialog
    from lazos_desktop.ui.dialogs.brief_dialog import BriefDialog
    from lazos_desktop.ui.dialogs.check_dialog import CheckDialog
    from lazos_desktop.ui.dialogs.documents_settings import DocumentsSettingsDialog
    from lazos_desktop.ui.dialogs.export_dialog import ExportDialog
    from lazos_desktop.ui.dialogs.guide_window import GuideWindow
    from lazos_desktop.ui.dialogs.link_picker import LinkPicker
    from lazos_desktop.ui.dialogs.record_editor import RecordEditor
    from lazos_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from lazos_desktop.ui.dialogs.task_dialog import TaskDialog
    from lazos_desktop.ui.dialogs.team_dialog import TeamDialog
    from lazos_desktop.ui.dialogs.welcome_dialog import WelcomeDialog

    catalogue, lang = window.catalogue, window.lang
    exchange = catalogue.get("EX-001")
    institutions = window.cases.institutions()
    built: dict[str, Callable[[], QWidget]] = {}
    for kind in Kind:
        built[f"editor-new-{kind.value}"] = lambda k=kind: RecordEditor(
            catalogue, k, None, lang, window
        )
        built[f"editor-{kind.value}"] = lambda k=kind: RecordEditor(
            catalogue, k, first_of(window, k), lang, window
        )
    built.update(
        {
            "editor-exchange-case": lambda: RecordEditor(
                catalogue, Kind.EXCHANGE, exchange, lang, window
            ),
            "import": lambda: dialogs.make_import_wizard(
                window, window.operations, DATA / "excel_es_practicas.csv", lang
            ),
            "export": lambda: ExportDialog(catalogue, parent=window, lang=lang),
            "brief": lambda: BriefDialog(catalogue, selected_ids=[exchange.id], parent=window),
            "settings": lambda: SettingsDialog(
                window.settings, catalogue.path, lambda _: None, lambda _: None, window
            ),
            "backups": lambda: BackupsDialog(catalogue, window),
            "check": lambda: CheckDialog(catalogue, window),
            "team": lambda: TeamDialog(catalogue, lambda _: None, window, lang=lang),
            "activity": lambda: ActivityDialog(
                catalogue.vocabularies(), lang, institutions, None, window
            ),
            "task": lambda: TaskDialog(lang, institutions, cases.origins(exchange, lang), window),
            "link": lambda: LinkPicker(catalogue, exchange, window),
            "about": lambda: AboutDialog(catalogue.path, window),
            "welcome": lambda: WelcomeDialog(catalogue.path, True, seed_counts(), lang, window),
            "documents": lambda: DocumentsSettingsDialog(catalogue, lang, window),
            "guide": lambda: GuideWindow(lang, window),
        }
    )
    return built


def every_page(window) -> Iterator[str]:  # noqa: ANN001
    """Shows each page in turn (its widgets built and filled), yielding its key."""
    for key in PAGES:
        window.show_page(key)
        window.wait_for_queries()
        yield key
