"""Every modal question the window asks, each behind a small function.

The window calls these through this module, so tests replace one with `monkeypatch` and no
test ever waits on a modal box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lazos_desktop.domain.records import Kind, Record
from lazos_desktop.services import Catalogue, Change, RecordQuery
from lazos_desktop.ui.operations import Changes, Operations
from lazos_desktop.ui.settings import Settings

# Each dialog's module is imported when the dialog is first asked for, not with the window.
if TYPE_CHECKING:
    from lazos_desktop.ui.dialogs.import_wizard import ImportWizard
    from lazos_desktop.ui.dialogs.settings_dialog import SettingsChoice

CATALOGUE_FILTER = "LAZOS (*.sqlite3 *.sqlite *.db);;* (*)"


def edit_record(
    parent: QWidget, catalogue: Catalogue, kind: Kind, record: Record | None, lang: str
) -> Record | None:
    """The checked record the officer saved, or None when she cancelled."""
    from lazos_desktop.ui.dialogs.record_editor import RecordEditor

    editor = RecordEditor(catalogue, kind, record, lang, parent)
    return editor.record() if editor.exec() else None


def confirm_delete(parent: QWidget, description: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Eliminar registro"))
    box.setText(QCoreApplication.translate("Dialogs", "¿Eliminar {what}?").format(what=description))
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Podrá deshacerlo con Ctrl+Z."))
    delete = box.addButton(
        QCoreApplication.translate("Dialogs", "Eliminar"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Dialogs", "Cancelar"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def show_brief_dialog(
    parent: QWidget,
    catalogue: Catalogue,
    selected_ids: Sequence[str],
    query: RecordQuery | None,
    paper_size: str = "a4",
    *,
    template: str = "",
    scope: str = "",
) -> None:
    """The brief generator with its preview, on the paper the settings name; `template` and
    `scope` preset it (the card's "meeting pack with everything related")."""
    from lazos_desktop.ui.dialogs.brief_dialog import BriefDialog  # ReportLab loads on first use

    dialog = BriefDialog(
        catalogue, selected_ids=selected_ids, query=query, parent=parent, paper_size=paper_size
    )
    if template:
        dialog.set_template(template)
    if scope:
        dialog.set_scope(scope)
    dialog.exec()


def show_import_wizard(
    parent: QWidget, operations: Operations, path: Path | None, lang: str
) -> None:
    """The import wizard, reading, checking and writing on the operations' worker; every
    import or undo it performs is announced as the change it made."""
    make_import_wizard(parent, operations, path, lang).exec()


def make_import_wizard(
    parent: QWidget, operations: Operations, path: Path | None, lang: str
) -> ImportWizard:
    """The wizard wired to the operations, not yet shown (tests drive it without a modal)."""
    from lazos_desktop.ui.dialogs.import_wizard import ImportWizard  # readers load on first use

    wizard = ImportWizard(operations.catalogue, parent, path, lang=lang, operations=operations)
    # An import is one undo step; an undo from the wizard's own button takes that step.
    wizard.imported.connect(operations.imported)
    wizard.undone.connect(operations.import_undone)
    return wizard


def show_export_dialog(
    parent: QWidget,
    catalogue: Catalogue,
    query: RecordQuery | None,
    selected_ids: Sequence[str],
    lang: str = "es",
) -> None:
    from lazos_desktop.ui.dialogs.export_dialog import ExportDialog

    ExportDialog(
        catalogue, query=query, selected_ids=tuple(selected_ids), parent=parent, lang=lang
    ).exec()


def show_team_dialog(
    parent: QWidget, catalogue: Catalogue, on_change: Callable[[Change], None], lang: str
) -> None:
    from lazos_desktop.ui.dialogs.team_dialog import TeamDialog

    TeamDialog(catalogue, on_change, parent, lang=lang).exec()


def show_backups_dialog(parent: QWidget, operations: Operations) -> bool:
    """The backups list; True when the officer restored one (every page reads anew)."""
    from lazos_desktop.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(operations.catalogue, parent)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.restored.connect(lambda _: operations.announce(Changes.all()))
    dialog.exec()
    return bool(restored)


def show_check_dialog(parent: QWidget, operations: Operations) -> None:
    """The check report; a rebuild of the indexes is announced to every page."""
    from lazos_desktop.ui.dialogs.check_dialog import CheckDialog

    dialog = CheckDialog(operations.catalogue, parent)
    dialog.rebuilt.connect(lambda: operations.announce(Changes.all()))
    dialog.exec()


def confirm_undo_import(parent: QWidget, description: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Deshacer la última importación"),
        description,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_create_catalogue(parent: QWidget | None, path: Path) -> bool:
    """Asked before the window creates a catalogue at a path that names no file yet."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Crear un catálogo nuevo"),
        QCoreApplication.translate(
            "Dialogs",
            "No existe ningún catálogo en {path}.\n\n¿Crear ahí un catálogo nuevo, con los "
            "registros de partida?",
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def pick_link(parent: QWidget, catalogue: Catalogue, record: Record) -> str | None:
    from lazos_desktop.ui.dialogs.link_picker import LinkPicker

    picker = LinkPicker(catalogue, record, parent)
    return picker.chosen_id() if picker.exec() else None


def ask_catalogue_to_open(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Dialogs", "Abrir catálogo"), "", CATALOGUE_FILTER
    )
    return Path(name) if name else None


def ask_catalogue_to_create(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Crear catálogo nuevo"),
        "catalogo.sqlite3",
        CATALOGUE_FILTER,
    )
    return Path(name) if name else None


def edit_settings(
    parent: QWidget,
    settings: Settings,
    current: Path,
    ask_open: Callable[[QWidget], Path | None] | None = None,
    ask_create: Callable[[QWidget], Path | None] | None = None,
) -> SettingsChoice | None:
    from lazos_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        settings,
        current,
        ask_open or ask_catalogue_to_open,
        ask_create or ask_catalogue_to_create,
        parent,
    )
    return dialog.choice() if dialog.exec() else None


def offer_clean_import(parent: QWidget | None, message: str, clean: Path) -> bool:
    """A refused catalogue (objects of someone else's): import its records into a clean one?"""
    question = QCoreApplication.translate(
        "Dialogs",
        "¿Importar sus registros en un catálogo limpio nuevo ({path}) y abrirlo? "
        "El archivo recibido no se modifica.",
    ).format(path=clean)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Catálogo con objetos ajenos"),
        f"{message}\n\n{question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "LAZOS Desktop"), message)


def show_about(parent: QWidget, text: str) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("Dialogs", "Acerca de LAZOS Desktop"), text
    )


def show_about_dialog(parent: QWidget, catalogue_path: Path) -> None:
    """Version, catalogue in use, and the libraries and fonts carried with their licences."""
    from lazos_desktop.ui.dialogs.about_dialog import AboutDialog

    AboutDialog(catalogue_path, parent).exec()
