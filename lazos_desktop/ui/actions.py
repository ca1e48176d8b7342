"""Every window action declared once: its text, shortcut, menu, toolbar and what it runs.

The shell builds its actions, menus and toolbar from `ACTIONS`, so adding a command is one
row here and a method where it belongs. Texts are the Spanish sources, translated under
the "MainWindow" context as before; `slot` names a method of the window, or of one of its
parts ("editing.delete_records").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from lazos_desktop.ui.kind_labels import kind_label

Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    key: str  # the window keeps it as `action_<key>`
    text: str
    slot: str
    shortcuts: tuple[Shortcut, ...] = ()
    menu: str = ""
    group: int = 0  # a separator goes between groups of the same menu
    toolbar: int = 0  # 0: not on the toolbar; else its group there
    arg: str = ""  # passed to the slot (the page a view action shows)
    name: str = ""  # objectName the tests and screenshots find it by


KINDS = ("practice", "exchange", "toolbox", "institution")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "&Nuevo registro…"), "editing.new_record",
               (Key.New,), "file", 0, 1, name="actionNew"),
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Abrir catálogo…"), "files.ask_open_catalogue",
               (Key.Open,), "file", 1, name="actionOpen"),
    ActionSpec("create", QT_TRANSLATE_NOOP("MainWindow", "Cr&ear catálogo nuevo…"),
               "files.ask_create_catalogue", ("Ctrl+Shift+N",), "file", 1, name="actionCreateCatalogue"),
    ActionSpec("recent", "", "", (), "file", 1),
    ActionSpec("import", QT_TRANSLATE_NOOP("MainWindow", "&Importar…"),
               "commands.open_import_wizard", ("Ctrl+I",), "file", 2, name="actionImport"),
    ActionSpec("export", QT_TRANSLATE_NOOP("MainWindow", "E&xportar…"),
               "commands.open_export_dialog", ("Ctrl+E",), "file", 2, name="actionExport"),
    ActionSpec("brief", QT_TRANSLATE_NOOP("MainWindow", "&Generar informe…"),
               "commands.open_brief_dialog", (Key.Print,), "file", 2, name="actionBrief"),
    ActionSpec("calendar", QT_TRANSLATE_NOOP("MainWindow", "Exportar ca&lendario…"),
               "cases.export_calendar", (), "file", 2, name="actionCalendar"),
    ActionSpec("team", QT_TRANSLATE_NOOP("MainWindow", "Co&mpartir: carpeta del equipo e IATI…"),
               "commands.open_team_dialog", (), "file", 2, name="actionTeam"),
    ActionSpec("backups", QT_TRANSLATE_NOOP("MainWindow", "&Copias de seguridad…"),
               "commands.open_backups_dialog", (), "file", 3, name="actionBackups"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Salir"), "close",
               (Key.Quit,), "file", 4, name="actionQuit"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "Deshacer"), "", (Key.Undo,),
               "edit", 0, 2, name="actionUndo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "Rehacer"), "",
               ("Ctrl+Shift+Z", "Ctrl+Y"), "edit", 0, 2, name="actionRedo"),
    ActionSpec("undo_import", QT_TRANSLATE_NOOP("MainWindow", "Deshacer la última &importación…"),
               "commands.undo_last_import", (), "edit", 0, name="actionUndoImport"),
    ActionSpec("edit", QT_TRANSLATE_NOOP("MainWindow", "&Editar registro… (Intro)"),
               "editing.edit_record", (), "edit", 1, 1, name="actionEdit"),
    ActionSpec("duplicate", QT_TRANSLATE_NOOP("MainWindow", "D&uplicar"),
               "editing.duplicate_record", ("Ctrl+D",), "edit", 1, 1, name="actionDuplicate"),
    ActionSpec("link", QT_TRANSLATE_NOOP("MainWindow", "&Relacionar con…"),
               "editing.link_record", ("Ctrl+L",), "edit", 1, 1, name="actionLink"),
    ActionSpec("delete", QT_TRANSLATE_NOOP("MainWindow", "E&liminar…"),
               "editing.delete_records", (Key.Delete,), "edit", 1, 1, name="actionDelete"),
    ActionSpec("log_activity", QT_TRANSLATE_NOOP("MainWindow", "Registrar &actividad…"),
               "cases.log_activity", ("Ctrl+Shift+A",), "edit", 1, name="actionLogActivity"),
    ActionSpec("add_task", QT_TRANSLATE_NOOP("MainWindow", "Añadir &tarea…"),
               "cases.add_task", ("Ctrl+T",), "edit", 1, name="actionAddTask"),
    ActionSpec("find", QT_TRANSLATE_NOOP("MainWindow", "&Buscar"), "focus_search",
               (Key.Find,), "edit", 2, name="actionFind"),
    *(
        ActionSpec(f"view_{kind}", "", "show_page", (f"Ctrl+{n}",), "view", 0, arg=kind)
        for n, kind in enumerate(KINDS, start=1)
    ),
    ActionSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Resumen"), "show_page",
               ("Ctrl+5",), "view", 0, arg="overview", name="actionOverview"),
    ActionSpec("agenda", QT_TRANSLATE_NOOP("MainWindow", "Seguimiento"), "show_page",
               ("Ctrl+6",), "view", 0, arg="agenda", name="actionAgenda"),
    ActionSpec("back", QT_TRANSLATE_NOOP("MainWindow", "&Atrás"), "go_back",
               ("Alt+Left",), "view", 1, name="actionBack"),
    ActionSpec("forward", QT_TRANSLATE_NOOP("MainWindow", "A&delante"), "go_forward",
               ("Alt+Right",), "view", 1, name="actionForward"),
    ActionSpec("clear", QT_TRANSLATE_NOOP("MainWindow", "&Limpiar filtros"), "clear_filters",
               ("Ctrl+Shift+F",), "view", 2, name="actionClearFilters"),
    ActionSpec("check", QT_TRANSLATE_NOOP("MainWindow", "&Verificar catálogo…"),
               "commands.open_check_dialog", (), "tools", 0, name="actionCheck"),
    ActionSpec("documents", QT_TRANSLATE_NOOP("MainWindow", "Adjuntos y &logotipo…"),
               "commands.open_documents_settings", (), "tools", 1, name="actionDocuments"),
    ActionSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "&Preferencias…"),
               "commands.open_settings", ("Ctrl+,",), "tools", 1, name="actionSettings"),
    ActionSpec("guide", QT_TRANSLATE_NOOP("MainWindow", "&Guía de uso"), "commands.show_guide",
               (Key.HelpContents,), "help", 0, name="actionGuide"),
    ActionSpec("keys", QT_TRANSLATE_NOOP("MainWindow", "A&tajos de teclado"),
               "commands.show_keys", ("Ctrl+F1",), "help", 0, name="actionKeys"),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&Acerca de LAZOS Desktop"),
               "commands.show_about", (), "help", 1, name="actionAbout"),
)  # fmt: skip

MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&Archivo"), "menuFile"),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Editar"), "menuEdit"),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&Ver"), "menuView"),
    ("tools", QT_TRANSLATE_NOOP("MainWindow", "&Herramientas"), "menuTools"),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "Ay&uda"), "menuHelp"),
)


def build_actions(window: Any) -> dict[str, QAction]:
    """The window's actions from `ACTIONS`, each kept as `window.action_<key>`."""
    built: dict[str, QAction] = {}
    for spec in ACTIONS:
        if spec.key == "recent":
            continue
        if spec.key in ("undo", "redo"):
            make = window.undo_stack.createUndoAction
            if spec.key == "redo":
                make = window.undo_stack.createRedoAction
            action = make(window, _tr(spec.text))
        else:
            is_view = spec.key.startswith("view_")
            action = QAction(
                kind_label(spec.arg, plural=True) if is_view else _tr(spec.text), window
            )
            action.triggered.connect(_slot(window, spec))
        action.setShortcuts([QKeySequence(shortcut) for shortcut in spec.shortcuts])
        if spec.name:
            action.setObjectName(spec.name)
        built[spec.key] = action
        setattr(window, f"action_{spec.key}", action)
    window.addActions(list(built.values()))
    return built


def build_menus(window: QMainWindow, built: dict[str, QAction], recent: list[str]) -> None:
    """Menus in `MENUS` order, kept as `window.<name>_menu`; the recent files after Create."""
    bar = window.menuBar()
    for key, title, name in MENUS:
        menu = bar.addMenu(_tr(title))
        menu.setObjectName(name)
        setattr(window, f"{key}_menu", menu)
        group = None
        for spec in (s for s in ACTIONS if s.menu == key):
            if group is not None and spec.group != group:
                menu.addSeparator()
            group = spec.group
            if spec.key == "recent":
                _recent_menu(window, menu, recent)
            else:
                menu.addAction(built[spec.key])


def build_toolbar(window: QMainWindow, built: dict[str, QAction]) -> QToolBar:
    toolbar = QToolBar(_tr(QT_TRANSLATE_NOOP("MainWindow", "Acciones")))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    group = None
    for spec in sorted((s for s in ACTIONS if s.toolbar), key=lambda s: s.toolbar):
        if group is not None and spec.toolbar != group:
            toolbar.addSeparator()
        group = spec.toolbar
        toolbar.addAction(built[spec.key])
    window.addToolBar(toolbar)
    return toolbar


def _recent_menu(window: Any, menu: QMenu, recent: list[str]) -> None:
    if not recent:
        return
    window.recent_menu = menu.addMenu(_tr(QT_TRANSLATE_NOOP("MainWindow", "Catálogos &recientes")))
    for path in recent:
        action = window.recent_menu.addAction(path)
        action.triggered.connect(
            lambda _=False, p=path: window.when_ready(lambda: window.files.open_recent(p))
        )


def _slot(window: Any, spec: ActionSpec) -> Any:
    """What the action runs: the method named by `spec.slot`, looked up when it runs (the
    window's parts exist only once its catalogue is open) and, until then, kept by the
    window to run as soon as it is (`when_ready`); Quit runs at once."""

    def run() -> None:
        target = window
        *owners, name = spec.slot.split(".")
        for owner in owners:
            target = getattr(target, owner)
        method = getattr(target, name)
        if spec.arg:
            method(spec.arg)
        else:
            method()

    if spec.key == "quit":
        return lambda _=False: run()
    return lambda _=False: window.when_ready(run)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
