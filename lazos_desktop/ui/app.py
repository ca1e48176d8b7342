"""Starting the window: the application object, the language, the catalogue to open.

`build_main_window` builds the window without starting the event loop (tests and `run`
use it); `prepare_window` adds the welcome screen of the first run; `run` is what
`lazos-desktop` with no command calls.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lazos_desktop import paths
from lazos_desktop.domain import languages

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.services.foreign_files import ForeignCatalogue
    from lazos_desktop.ui.main_window import MainWindow
    from lazos_desktop.ui.settings import Settings

EXIT_NO_DISPLAY = 2
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")

NO_DISPLAY = {
    "es": "lazos-desktop: no hay pantalla disponible para abrir la ventana (DISPLAY y "
    "WAYLAND_DISPLAY no están definidos); use la línea de comandos: lazos-desktop --help",
    "en": "lazos-desktop: there is no display to open the window on (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set); use the command line: lazos-desktop --help",
    "pt": "lazos-desktop: não há tela disponível para abrir a janela (DISPLAY e "
    "WAYLAND_DISPLAY não estão definidos); use a linha de comando: lazos-desktop --help",
}


def has_display() -> bool:
    """Whether Qt can show a window here; on Linux it aborts without a display server."""
    if not sys.platform.startswith("linux"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(HEADLESS_PLATFORMS):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_main_window(
    db_path: Path | str | None,
    lang: str | None = None,
    settings: Settings | None = None,
    officer: str = "",
) -> MainWindow:
    """The main window on the catalogue at `db_path` (the last or default one when None),
    with both phases done: the frame, then the catalogue opened into it. An error opening
    the catalogue is raised as `Catalogue.open` raises it.

    Qt is imported here, not at module level, so that `run` can refuse politely where there
    is no display before anything of Qt loads. `settings` defaults to the officer's own
    (the self-test passes private ones). `officer` (``--officer``) stamps this session's
    changes instead of the remembered name. A `db_path` given for this start joins the
    recent files but does not become the catalogue of the next plain start.
    """
    window = frame_window(db_path, lang, settings)
    try:
        fill_window(window, db_path, officer)
    except BaseException:
        window.deleteLater()
        raise
    return window


def frame_window(
    db_path: Path | str | None, lang: str | None = None, settings: Settings | None = None
) -> MainWindow:
    """Phase 1: the real main window, placed but not shown, with its title, menus and
    navigation and "Abriendo el catálogo…" in the officer's language — from Qt and the
    settings alone, so it can be on screen before the services are imported."""
    from PySide6.QtWidgets import QApplication

    from lazos_desktop.ui.i18n import install_language
    from lazos_desktop.ui.main_window import MainWindow
    from lazos_desktop.ui.screen_fit import place_main_window
    from lazos_desktop.ui.settings import LANGUAGE, Settings

    if QApplication.instance() is None:
        _make_application()
    settings = settings if settings is not None else Settings()
    language = lang or settings.get(LANGUAGE)
    install_language(language)
    path = _asked_catalogue(db_path, settings) or paths.default_catalogue()
    window = MainWindow(settings, language, path)
    place_main_window(window)
    window.restore_geometry()
    return window


def fill_window(window: MainWindow, db_path: Path | str | None, officer: str = "") -> None:
    """Phase 2: open the catalogue the frame was made for, remember it, fill the window."""
    from lazos_desktop.services import Catalogue
    from lazos_desktop.ui.settings import OFFICER_NAME

    settings = window.settings
    catalogue = Catalogue.open(
        _asked_catalogue(db_path, settings),
        officer=officer or settings.get(OFFICER_NAME),
        daily_backup=False,
    )
    if db_path is None:
        settings.remember_catalogue(str(catalogue.path))
    else:
        settings.remember_recent(str(catalogue.path))
    window.fill(catalogue)


def run(db_path: Path | str | None = None, lang: str | None = None, officer: str = "") -> int:
    """Open the window and run until it closes; the exit status of `lazos-desktop`.

    The frame is shown at once; the catalogue is opened into it once it has been painted.
    When it cannot be opened the officer is told as `prepare_window` tells her, the window
    closes and its exit status is returned."""
    if not has_display():
        print(languages.pick(NO_DISPLAY, lang or "es"), file=sys.stderr)
        return EXIT_NO_DISPLAY
    app = _make_application()
    asked = _ask_before_opening(db_path, lang)
    if isinstance(asked, int):
        return asked
    db_path, language = asked
    window = frame_window(db_path, language)
    window.show()
    refused: list[int] = []

    def open_catalogue() -> None:
        status = _fill_or_say(window, db_path, language, officer)
        if status is not None:
            refused.append(status)
            window.hide()  # as before, no window is left; the loop ends with the status
            app.exit(status)

    from lazos_desktop.ui.window_frame import once_painted

    once_painted(window.opening, open_catalogue)
    status = int(app.exec())
    return refused[0] if refused else status


def prepare_window(
    db_path: Path | str | None, lang: str | None = None, officer: str = ""
) -> MainWindow | int:
    """The window to show, after the welcome screen on a first run; or the exit status when
    the officer left the welcome screen or declined to create a missing file (0), or the
    catalogue cannot be opened. Both phases are done before it returns (`run` shows the
    frame between them)."""
    asked = _ask_before_opening(db_path, lang)
    if isinstance(asked, int):
        return asked
    db_path, language = asked
    window = frame_window(db_path, language)
    status = _fill_or_say(window, db_path, language, officer)
    if status is not None:
        window.deleteLater()
        return status
    return window


def _ask_before_opening(
    db_path: Path | str | None, lang: str | None
) -> tuple[Path | str | None, str] | int:
    """The welcome screen on a first run, or the question whether to create a missing
    `--db` file: the catalogue and language to open, or the exit status (0 when the officer
    left). Only Qt and the settings are loaded unless a question is asked."""
    from lazos_desktop.ui import first_run
    from lazos_desktop.ui.i18n import install_language
    from lazos_desktop.ui.settings import LANGUAGE, LAST_CATALOGUE, Settings

    settings = Settings()
    language = lang or settings.get(LANGUAGE)
    try:
        if first_run.needs_welcome(settings):
            install_language(language)
            target = _catalogue_path(db_path, settings.get(LAST_CATALOGUE))
            target = target or paths.default_catalogue()
            choice = first_run.ask_welcome(target, language)
            if choice is None:
                return 0
            chosen = first_run.apply_welcome(settings, choice, target, default=db_path is None)
            return (None if db_path is None else chosen), choice.language
        if db_path is not None and not Path(db_path).exists():
            from lazos_desktop.ui import dialogs

            install_language(language)
            if not dialogs.confirm_create_catalogue(None, Path(db_path)):
                return 0
    except _catalogue_errors() as error:
        return _say_refused(_error_text(error, language), _exit_code(error))
    return db_path, language


def _fill_or_say(
    window: MainWindow, db_path: Path | str | None, language: str, officer: str
) -> int | None:
    """Phase 2, with the answers of a start to a catalogue that cannot be opened: None when
    the window is filled; else the exit status, after printing the reason and showing it.
    A foreign catalogue first offers a clean copy, which then fills the window."""
    from lazos_desktop.services.foreign_files import ForeignCatalogue

    try:
        fill_window(window, db_path, officer)
        return None
    except ForeignCatalogue as error:
        clean = _offer_clean_import(error, window.settings, language)
        if clean is not None:
            fill_window(window, clean, officer)
            return None
        return _say_refused(error.message(language), error.exit_code)
    except _catalogue_errors() as error:
        return _say_refused(_error_text(error, language), _exit_code(error))


def _catalogue_errors() -> tuple[type[Exception], ...]:
    """What opening a catalogue raises that the officer is told about; evaluated only when
    an error is raised, so a start imports no service for its `except`."""
    from lazos_desktop.services import CatalogueError

    return CatalogueError, OSError


def _error_text(error: Exception, language: str) -> str:
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror or error}"
    return error.message(language)  # type: ignore[attr-defined]


def _exit_code(error: Exception) -> int:
    return 1 if isinstance(error, OSError) else int(error.exit_code)  # type: ignore[attr-defined]


def _say_refused(message: str, code: int) -> int:
    from lazos_desktop.ui import dialogs

    print(f"lazos-desktop: {message}", file=sys.stderr)
    dialogs.show_error(None, message)
    return code


def _offer_clean_import(error: ForeignCatalogue, settings: Settings, language: str) -> Path | None:
    """The clean catalogue made from a refused one if the officer asks for it, else None
    (a failed import is said in a box of its own)."""
    from lazos_desktop.services import foreign_files
    from lazos_desktop.ui import dialogs
    from lazos_desktop.ui.failures import failure_text
    from lazos_desktop.ui.settings import OFFICER_NAME

    refused = error.path or paths.default_catalogue()
    clean = foreign_files.clean_catalogue_path(refused, language)
    if not dialogs.offer_clean_import(None, error.message(language), clean):
        return None
    try:
        return foreign_files.import_into_clean(refused, settings.get(OFFICER_NAME), language)
    except Exception as failure:  # noqa: BLE001 - said in the window's language
        dialogs.show_error(None, failure_text(failure, language))
        return None


def _make_application() -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("LAZOS Desktop")
    app.setDesktopFileName("org.lazos.LazosDesktop")
    app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    """The icon at every size shipped, so each platform picks the sharpest."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((paths.resources_folder() / "icons").glob("lazos-desktop-*.png")):
        icon.addFile(str(png))
    return icon


def _asked_catalogue(db_path: Path | str | None, settings: Settings) -> Path | None:
    from lazos_desktop.ui.settings import LAST_CATALOGUE

    return _catalogue_path(db_path, settings.get(LAST_CATALOGUE))


def _catalogue_path(asked: Path | str | None, last: str) -> Path | None:
    if asked is not None:
        return Path(asked)
    if os.environ.get("LAZOS_DB"):
        return Path(os.environ["LAZOS_DB"])
    if last and Path(last).is_file():
        return Path(last)
    return None
