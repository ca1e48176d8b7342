"""Opening and creating catalogue files from the window: the File menu's open, create and
recent entries, and the offer to import a refused file's records into a clean catalogue.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lazos_desktop.services import Catalogue, foreign_files
from lazos_desktop.services.foreign_files import ForeignCatalogue
from lazos_desktop.ui import dialogs

if TYPE_CHECKING:
    from lazos_desktop.ui.main_window import MainWindow


class CatalogueFiles:
    """Which catalogue the window shows; the window adopts what this opens."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open(self, path: Path, create: bool = False) -> bool:
        window = self.window
        if not create and not path.exists():
            missing = QCoreApplication.translate("MainWindow", "No existe el archivo {path}.")
            window.report_error(missing.format(path=path))
            return False
        try:
            # The officer of this session (``--officer`` or the settings) goes on stamping.
            officer = window.operations.catalogue.officer
            opened = Catalogue.open(path, officer=officer, daily_backup=False)
        except ForeignCatalogue as error:
            return self._offer_clean_import(path, error)
        except Exception as error:  # noqa: BLE001 - said in the window's language
            window.operations.report(error)
            return False
        window.adopt_catalogue(opened)
        return True

    def open_recent(self, path: str) -> None:
        self.open(Path(path))

    def ask_open_catalogue(self) -> None:
        path = dialogs.ask_catalogue_to_open(self.window)
        if path is not None:
            self.open(path)

    def ask_create_catalogue(self) -> None:
        path = dialogs.ask_catalogue_to_create(self.window)
        if path is not None:
            self.open(path, create=True)

    def _offer_clean_import(self, path: Path, error: ForeignCatalogue) -> bool:
        """Refused for foreign objects: offer its records in a clean catalogue, and open it."""
        window = self.window
        lang = window.lang
        clean = foreign_files.clean_catalogue_path(path, lang)
        if not dialogs.offer_clean_import(window, error.message(lang), clean):
            return False
        try:
            made = foreign_files.import_into_clean(path, window.operations.catalogue.officer, lang)
        except Exception as failure:  # noqa: BLE001 - said in the window's language
            window.operations.report(failure)
            return False
        return self.open(made)
