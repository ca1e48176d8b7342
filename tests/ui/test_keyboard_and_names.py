"""Keyboard and screen readers (issue 18): within each menu, and within each page and
dialog, no two entries share an accelerator letter in Spanish, English or Portuguese; every
input, button, list and table of the window, its pages and its dialogs has a name a screen
reader can say; each dialog opens with the keyboard on its first field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QStackedLayout,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from lazos_desktop.ui.i18n import install_language
from lazos_desktop.ui.settings import Settings
from tests.ui.surfaces import dialog_builders, every_page

pytestmark = pytest.mark.gui

NAMED = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QAbstractButton,
    QAbstractItemView,
)
INPUTS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
    QAbstractItemView,
)
# Windows that are read rather than filled: the keyboard starts on the text, so that the
# arrows and Page Down move through it at once.
READING = {"guide": "guideBrowser"}


@pytest.fixture(params=["es", "en", "pt"])
def any_window(request, qtbot, catalogue_path: Path, tmp_path: Path):  # noqa: ANN001, ANN201
    """The window in each language, with a recent file so that File holds that submenu too."""
    from lazos_desktop.ui.app import build_main_window

    Settings().remember_recent(str(tmp_path / "otro.sqlite3"))
    built = build_main_window(catalogue_path, request.param)
    qtbot.addWidget(built)
    built.show()
    built.wait_for_queries()
    yield built
    install_language("es")


# Accelerators --------------------------------------------------------------------------


def accelerator(text: str) -> str:
    """The letter Alt+ reaches in `text` ("&Nuevo" → "n"), "" when none ("&&" is a '&')."""
    position = 0
    while position < len(text) - 1:
        if text[position] == "&":
            if text[position + 1] != "&":
                return text[position + 1].lower()
            position += 1
        position += 1
    return ""


def menu_clashes(menu: QMenu | QMenuBar, where: str) -> list[str]:
    clashes, seen = [], {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = accelerator(action.text())
        if key and key in seen:
            clashes.append(f"{where}: {seen[key]!r} and {action.text()!r} share {key}")
        seen.setdefault(key, action.text())
        if action.menu() is not None:
            clashes += menu_clashes(action.menu(), action.text())
    return clashes


def shown_together(one: QWidget, other: QWidget, root: QWidget) -> bool:
    """False when the two sit on different pages of a stack (tabs, wizard pages), where
    only one page at a time is on screen and its accelerators are the only ones alive."""

    def pages(widget: QWidget) -> dict[int, int]:
        found, child, parent = {}, widget, widget.parentWidget()
        while parent is not None and child is not root:
            if isinstance(parent, QStackedWidget) or isinstance(parent.layout(), QStackedLayout):
                found[id(parent)] = id(child)
            if isinstance(child, QWizardPage):
                found[id(child.wizard())] = id(child)
            child, parent = parent, parent.parentWidget()
        return found

    first, second = pages(one), pages(other)
    return all(first[stack] == second[stack] for stack in first.keys() & second.keys())


def accelerated(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    """(letter, text, widget) of every accelerator in `root`'s window: buttons, labels with
    a buddy, group boxes, tabs and the menu bar's titles."""
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window():
            continue  # a popup of its own
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts = [action.text() for action in widget.actions()]
        for text in texts:
            if key := accelerator(text):
                yield key, text, widget


def widget_clashes(root: QWidget, where: str) -> list[str]:
    found = list(accelerated(root))
    clashes = []
    for position, (key, text, widget) in enumerate(found):
        for other_key, other_text, other in found[position + 1 :]:
            if key == other_key and shown_together(widget, other, root):
                clashes.append(f"{where}: {text!r} and {other_text!r} share {key}")
    return clashes


def test_no_two_entries_of_a_menu_page_or_dialog_share_an_accelerator(any_window) -> None:  # noqa: ANN001
    window = any_window
    clashes = menu_clashes(window.menuBar(), "menu bar")
    for key in every_page(window):
        clashes += widget_clashes(window, f"window, {key} page")
    for name, build in dialog_builders(window).items():
        dialog = build()
        try:
            clashes += widget_clashes(dialog, name)
        finally:
            dialog.deleteLater()
    assert sorted(set(clashes)) == [], f"in {window.lang}"


def test_the_spanish_menus_give_each_entry_its_own_letter(window) -> None:  # noqa: ANN001
    """The clashes issue 18 named: Nuevo registro / Crear catálogo nuevo, Editar / Eliminar."""
    assert accelerator(window.action_new.text()) == "n"
    assert accelerator(window.action_create.text()) not in {"", "n"}
    assert accelerator(window.action_edit.text()) == "e"
    assert accelerator(window.action_delete.text()) not in {"", "e"}


# Names ---------------------------------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for `widget`: its accessible name, else a button's text,
    else the text of the label whose buddy it is (Qt names a widget by a sibling label)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    parent = widget.parentWidget()
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget:
            return label.text().replace("&", "")
    return ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, NAMED) or widget.window() is not root.window():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the text field inside a spin box or an editable combo box
        if not any(character.isalpha() for character in spoken_name(widget)):
            parent = widget.parentWidget()
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(parent).__name__} {parent.objectName()!r}"
            )
    return missing


def test_every_control_of_the_window_pages_and_dialogs_has_a_name(window, qtbot) -> None:  # noqa: ANN001
    missing = []
    for key in every_page(window):
        missing += [f"window, {key} page: {what}" for what in unnamed(window)]
    for name, build in dialog_builders(window).items():
        dialog = build()
        qtbot.addWidget(dialog)
        missing += [f"{name}: {what}" for what in unnamed(dialog)]
    assert sorted(set(missing)) == []


# First focus ---------------------------------------------------------------------------


def first_field(root: QWidget) -> QWidget | None:
    """The first input the Tab key reaches from `root` (a dialog, or a wizard's page: the
    wizard's own buttons come first in Qt's chain but are not fields)."""
    widget, seen = root.nextInFocusChain(), set()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        if (
            isinstance(widget, INPUTS)
            and widget.window() is root.window()
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget.parentWidget(), QDialogButtonBox)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def test_each_dialog_opens_with_the_keyboard_on_its_first_field(window, qtbot) -> None:  # noqa: ANN001
    wrong = []
    for name, build in dialog_builders(window).items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.windowHandle().requestActivate()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        focused = QApplication.focusWidget()
        if name in READING:
            expected = dialog.findChild(QWidget, READING[name])
        elif isinstance(dialog, QWizard):
            expected = first_field(dialog.currentPage()) or first_field(dialog)
        else:
            expected = first_field(dialog)
        if expected is None or focused is not expected:
            wrong.append(
                f"{name}: focus on {_describe(focused)}, first field {_describe(expected)}"
            )
        dialog.close()
    assert wrong == []


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
