"""What the File, Tools and Help menus open: import, export, briefs, backups, check,
settings, the guide, the keys and the about box.

Each opens its dialog on the catalogue and the scope of the view in front, and lets the
operation layer announce what the dialog changed; nothing here refreshes a page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lazos_desktop.services import Catalogue, catalogue_settings
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.operations import Changes, failure_text
from lazos_desktop.ui.settings import BACKUP_COUNT, OFFICER_NAME, PAPER_SIZE

if TYPE_CHECKING:
    from lazos_desktop.ui.dialogs.guide_window import GuideWindow
    from lazos_desktop.ui.main_window import MainWindow


class MenuCommands:
    """The window's dialogs, opened with what they need and nothing more."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.guide: GuideWindow | None = None

    def open_import_wizard(self, path: Path | None = None) -> None:
        window = self.window
        dialogs.show_import_wizard(window, window.operations, path, window.lang)

    def open_export_dialog(self) -> None:
        page = self.window.records_page()
        dialogs.show_export_dialog(
            self.window,
            self.window.catalogue,
            page.current_query(),
            page.selected_ids(),
            self.window.lang,
        )

    def open_brief_dialog(self) -> None:
        page = self.window.records_page()
        dialogs.show_brief_dialog(
            self.window,
            self.window.catalogue,
            page.selected_ids(),
            page.current_query(),
            self.window.settings.get(PAPER_SIZE),
        )

    def open_documents_settings(self) -> None:
        """The catalogue's attachment size limit and brief logo."""
        from lazos_desktop.ui.dialogs.documents_settings import DocumentsSettingsDialog

        window = self.window
        DocumentsSettingsDialog(window.operations.catalogue, window.lang, window).exec()

    def open_related_pack(self) -> None:
        """The meeting pack of the record on the card and everything related to it."""
        page = self.window.records_page()
        if page.shown_id is None:
            return
        dialogs.show_brief_dialog(
            self.window,
            self.window.catalogue,
            [page.shown_id],
            None,
            self.window.settings.get(PAPER_SIZE),
            template="pack",
            scope="related",
        )

    def open_team_dialog(self) -> None:
        window = self.window
        dialogs.show_team_dialog(
            window, window.operations.catalogue, window.operations.apply_change, window.lang
        )

    def announce_team_bundles(self) -> None:
        """On opening: say in the status bar when colleagues' bundles wait in the team folder."""
        window = self.window

        def job(reader: Any) -> int:
            # Most catalogues have no team folder: then the sharing services (and the
            # importers they use) are not loaded at all (team_folder.folder_or_none).
            folder = catalogue_settings.team_folder(reader)
            if folder is None or not folder.is_dir():
                return 0
            from lazos_desktop.services import team_folder

            return len(team_folder.status(reader).pending)

        def done(pending: int) -> None:
            if pending:
                window.statusBar().showMessage(
                    _tr(
                        QT_TRANSLATE_NOOP(
                            "MainWindow",
                            "{count} paquetes de colegas esperan en la carpeta del equipo "
                            "(Archivo → Compartir).",
                        )
                    ).format(count=pending),
                    15_000,
                )

        window.operations.query("team-status", job, done)

    def undo_last_import(self) -> None:
        """Take back the last import as a whole, after saying what it brought."""
        from lazos_desktop.services import exchange_files

        window = self.window
        batch = exchange_files.last_import(window.catalogue)
        if batch is None:
            dialogs.show_error(
                window,
                _tr(QT_TRANSLATE_NOOP("MainWindow", "No hay ninguna importación que deshacer.")),
            )
            return
        question = _tr(
            QT_TRANSLATE_NOOP("MainWindow", "¿Deshacer la importación del {when} ({files})?")
        ).format(when=batch.get("at", ""), files=", ".join(batch.get("files", [])))
        if not dialogs.confirm_undo_import(window, question):
            return
        step = window.operations.last_import_step()
        if step is not None and step.batch == batch["batch"]:
            window.undo_stack.undo()  # the same step Ctrl+Z takes back, so redo can follow
        else:
            window.operations.background(exchange_files.undo_last_import, Changes.of)

    def open_backups_dialog(self) -> None:
        window = self.window
        if dialogs.show_backups_dialog(window, window.operations):
            window.undo_stack.clear()

    def open_check_dialog(self) -> None:
        dialogs.show_check_dialog(self.window, self.window.operations)

    def open_settings(self) -> None:
        window = self.window
        choice = dialogs.edit_settings(window, window.settings, window.catalogue.path)
        if choice is None:
            return
        window.settings.set(OFFICER_NAME, choice.officer)
        window.operations.set_officer(choice.officer)
        window.settings.set(PAPER_SIZE, choice.paper_size)
        if choice.catalogue is not None:
            window.open_catalogue(choice.catalogue, create=choice.create_catalogue)
        if choice.language != window.lang:
            window.set_language(choice.language)

    def show_guide(self) -> GuideWindow:
        """The user guide beside the window (not modal), in the window's language."""
        lang = self.window.lang
        if self.guide is None:
            from lazos_desktop.ui.dialogs.guide_window import GuideWindow

            self.guide = GuideWindow(lang, self.window)
        else:
            self.guide.language.setCurrentIndex(max(0, self.guide.language.findData(lang)))
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def close_guide(self) -> None:
        if self.guide is not None:
            self.guide.close()
            self.guide.deleteLater()
            self.guide = None

    def show_keys(self) -> None:
        lines = [
            (QT_TRANSLATE_NOOP("MainWindow", "Buscar"), "Ctrl+F"),
            (QT_TRANSLATE_NOOP("MainWindow", "Nuevo registro"), "Ctrl+N"),
            (
                QT_TRANSLATE_NOOP("MainWindow", "Abrir el registro seleccionado"),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "Intro")),
            ),
            (
                QT_TRANSLATE_NOOP("MainWindow", "Eliminar"),
                _tr(QT_TRANSLATE_NOOP("MainWindow", "Supr")),
            ),
            (QT_TRANSLATE_NOOP("MainWindow", "Deshacer / Rehacer"), "Ctrl+Z / Ctrl+Shift+Z"),
            (QT_TRANSLATE_NOOP("MainWindow", "Relacionar con otro registro"), "Ctrl+L"),
            (QT_TRANSLATE_NOOP("MainWindow", "Cambiar de vista"), "Ctrl+1 … Ctrl+6"),
            (
                QT_TRANSLATE_NOOP("MainWindow", "Registro anterior / siguiente de los visitados"),
                "Alt+← / Alt+→",
            ),
            (QT_TRANSLATE_NOOP("MainWindow", "Cerrar un diálogo sin guardar"), "Esc"),
            (QT_TRANSLATE_NOOP("MainWindow", "Guía de uso"), "F1"),
            (QT_TRANSLATE_NOOP("MainWindow", "Atajos de teclado"), "Ctrl+F1"),
        ]
        rows = "".join(
            f"<tr><td>{_tr(what)}</td><td><b>{keys}</b></td></tr>" for what, keys in lines
        )
        dialogs.show_about(self.window, f"<table cellpadding='4'>{rows}</table>")

    def start_daily_backup(self) -> None:
        """The day's automatic backup, on the reader's worker so the first rows never wait."""

        keep = self.window.settings.get(BACKUP_COUNT)

        def job(reader: Catalogue) -> tuple[str, object]:
            written = reader.take_daily_backup(keep)
            return str(written or ""), reader.backup_problem

        self.window.operations.query("daily-backup", job, self._daily_backup_done)

    def _daily_backup_done(self, result: tuple[str, object]) -> None:
        written, problem = result
        if problem is not None:
            self.window.catalogue.backup_problem = problem  # type: ignore[assignment]
            self.window.statusBar().showMessage(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "MainWindow", "No se pudo hacer la copia de seguridad diaria: {detail}"
                    )
                ).format(
                    detail=failure_text(problem, self.window.lang)  # type: ignore[arg-type]
                )
            )
        elif written:
            self.window.statusBar().showMessage(
                _tr(
                    QT_TRANSLATE_NOOP("MainWindow", "Copia de seguridad diaria guardada en {path}")
                ).format(path=written),
                8000,
            )

    def show_about(self) -> None:
        dialogs.show_about_dialog(self.window, self.window.catalogue.path)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
