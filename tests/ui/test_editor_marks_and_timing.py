"""The editor marks what a record cannot be saved without, and speaks of a field's problems
once the officer has left it, not while they are still typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazos_desktop.services import Catalogue
from lazos_desktop.ui.dialogs.record_editor import RecordEditor


def leave(widget: object) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))  # type: ignore[arg-type]


def test_required_fields_are_marked_for_eyes_and_screen_readers(
    catalogue: Catalogue, qtbot: QtBot
) -> None:
    editor = RecordEditor(catalogue, "practice", None, "es")
    qtbot.addWidget(editor)
    assert editor.field_labels["title"].text() == "Título *"
    assert editor.inputs["title"].accessibleDescription() == "obligatorio"
    # A draft may wait for its classification; validating it asks for countries and axes.
    assert not editor.field_labels["countries"].text().endswith("*")
    status = editor.inputs["status"]
    status.setCurrentIndex(status.findData("validated"))
    assert editor.field_labels["countries"].text().endswith(" *")
    assert editor.field_labels["axes"].text().endswith(" *")
    assert editor.inputs["axes"].accessibleDescription() == "obligatorio"
    exchange = RecordEditor(catalogue, "exchange", None, "en")
    qtbot.addWidget(exchange)
    assert exchange.field_labels["parties"].text().endswith(" *")


def test_a_field_is_judged_after_it_is_left(catalogue: Catalogue, qtbot: QtBot) -> None:
    editor = RecordEditor(catalogue, "practice", None, "es")
    qtbot.addWidget(editor)
    title = editor.inputs["title"]
    warning = editor.problem_labels["title"]
    title.setText("B")
    title.textEdited.emit("B")
    title.setText("")
    title.textEdited.emit("")
    qtbot.wait(400)  # longer than the editor's pause after typing
    assert warning.isHidden()  # still typing: nothing said yet
    leave(title)
    assert not warning.isHidden() and "obligatorio" in warning.text.text()
    title.setText("Práctica de prueba")
    title.textEdited.emit("Práctica de prueba")
    qtbot.waitUntil(warning.isHidden, timeout=2000)  # once said, a fix clears it at once


def test_tab_leaves_a_date_field(catalogue: Catalogue, qtbot: QtBot) -> None:
    """Qt's date field walks its day, month and year on Tab; ours goes to the next field,
    so a form can be filled from the keyboard as a person expects."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    editor = RecordEditor(catalogue, "exchange", None, "es")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    start = editor.inputs["start_date"]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    QTest.keyClick(start, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not start, focused
    assert focused is editor.inputs["end_date"], focused.objectName()


def test_a_date_is_picked_from_the_keyboard(catalogue: Catalogue, qtbot: QtBot) -> None:
    """From "—" an arrow starts at today (not at the year 1900), Delete empties the field,
    and F4 opens the calendar."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from lazos_desktop.ui.dialogs.exchange_tables import picked

    editor = RecordEditor(catalogue, "exchange", None, "es")
    qtbot.addWidget(editor)
    editor.show()
    start = editor.inputs["start_date"]
    assert picked(start) is None
    QTest.keyClick(start, Qt.Key.Key_Up)
    assert picked(start) == dt.date.today().isoformat()
    QTest.keyClick(start, Qt.Key.Key_Delete)
    assert picked(start) is None and start.text() == "—"
    QTest.keyClick(start, Qt.Key.Key_F4)
    qtbot.waitUntil(start.calendarWidget().isVisible, timeout=2000)
    assert start.calendarWidget().selectedDate().toPython() == dt.date.today()
