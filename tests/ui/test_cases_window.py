"""Following SENA–SECAP in the window by keyboard: log, tasks, a late milestone seen
everywhere, marked done from the agenda and undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from lazos_desktop.domain.agenda import LATE_HEX
from lazos_desktop.ui import dialogs
from lazos_desktop.ui.dialogs import activity_dialog, task_dialog
from lazos_desktop.ui.dialogs.record_editor import RecordEditor
from lazos_desktop.ui.pages.record_table_model import COLUMNS

pytestmark = pytest.mark.gui
TODAY = dt.date.today()
SECAP = "83fdcdf2-4e11-513a-ad02-15666f1a7139"


def show_sena(window) -> None:  # noqa: ANN001
    window.go_to_record(window.catalogue.get("EX-001").id)
    window.wait_for_queries()


def test_the_sena_secap_case_by_keyboard(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    show_sena(window)

    def log(parent, vocab, lang, institutions, entry=None):  # noqa: ANN001, ANN202
        form = activity_dialog.ActivityDialog(vocab, lang, institutions, entry, parent)
        qtbot.addWidget(form)
        form.date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
        form.place.setText("Quito")
        for row in range(form.institutions.count()):
            item = form.institutions.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == SECAP:
                item.setCheckState(Qt.CheckState.Checked)
        form.participants.setText("Ana Pérez; Luis Gómez")
        form.summary.setPlainText("Tercera sesión de la Comisión Técnica Binacional")
        form.decisions.setPlainText("Preparar el borrador de la hoja de ruta.")
        return form.entry()

    monkeypatch.setattr(activity_dialog, "ask_activity", log)
    QTest.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.wait_for_queries()
    sena = window.catalogue.get("EX-001")
    assert sena.activities[0].participants == ["Ana Pérez", "Luis Gómez"]
    assert sena.activities[0].institutions == [SECAP]

    tasks = iter(
        [
            ("Enviar el acta", "Ana Pérez", 3),
            ("Circular el borrador", "Luis Gómez", 45),
        ]
    )

    def add(parent, lang, institutions, origins):  # noqa: ANN001, ANN202
        title, who, days = next(tasks)
        form = task_dialog.TaskDialog(lang, institutions, origins, parent)
        qtbot.addWidget(form)
        form.title.setText(title)
        form.responsible.setText(who)
        form.due.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(days))
        form.origin.setCurrentIndex(form.origin.count() - 1)  # the meeting just logged
        return form.task()

    monkeypatch.setattr(task_dialog, "ask_task", add)
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        window.wait_for_queries()
    sena = window.catalogue.get("EX-001")
    assert [t.title for t in sena.tasks[-2:]] == ["Enviar el acta", "Circular el borrador"]
    assert sena.tasks[-1].origin == sena.activities[0].id

    def move_date(parent, catalogue, kind, record, lang):  # noqa: ANN001, ANN202
        editor = RecordEditor(catalogue, kind, record, lang, parent)
        qtbot.addWidget(editor)
        past = QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-10)
        editor.inputs["milestones"].date_picker_at(3).setDate(past)
        editor.save()
        return editor.record()

    monkeypatch.setattr(dialogs, "edit_record", move_date)
    window.action_edit.trigger()
    window.wait_for_queries()

    page = window.records_page()
    model = page.model
    row = [model.data(model.index(r, 0)) for r in range(model.rowCount())].index("EX-001")
    due = model.index(row, COLUMNS.index("due"))
    assert model.data(due) == "Atrasado"
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) == QColor(LATE_HEX)
    card = page.detail.toPlainText()
    assert "ATRASADO" in card and "Tercera sesión" in card and "Enviar el acta" in card
    page.filters.late.setChecked(True)
    window.wait_for_queries()
    assert model.rowCount() == 1
    assert "1 hito atrasado" in window.due_notice.text()

    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    window.wait_for_queries()
    tree = window.agenda.tree
    late_group = tree.topLevelItem(0)
    assert late_group.text(0).startswith("Atrasados (1)")
    line = late_group.child(0).child(0)
    assert "Interconexión" in line.text(1) and line.text(3) == "Atrasado"
    tree.setCurrentItem(line)
    QTest.keyClick(tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.wait_for_queries()
    assert not window.catalogue.get("EX-001").milestones[3].is_late(TODAY)
    assert not window.agenda.tree.topLevelItem(0).text(0).startswith("Atrasados")
    window.action_undo.trigger()
    window.wait_for_queries()
    assert window.catalogue.get("EX-001").milestones[3].is_late(TODAY)
    assert window.agenda.tree.topLevelItem(0).text(0).startswith("Atrasados (1)")

    window.show_overview()
    window.wait_for_queries()
    assert "ATRASADO" in window.overview.dashboard.late.text()
    assert "Tercera sesión" in window.overview.dashboard.recent.text()
    assert "0 de las 48" in window.overview.dashboard.mapped.text()


def test_what_is_due_comes_right_after_the_title_of_an_exchange(window, qtbot) -> None:  # noqa: ANN001
    window.show_kind("exchange")
    header = window.records_page().table.horizontalHeader()
    assert header.visualIndex(COLUMNS.index("due")) == 2
    assert not window.records_page().table.isColumnHidden(COLUMNS.index("due"))
    window.show_kind("practice")
    practices = window.records_page().table.horizontalHeader()
    assert practices.visualIndex(COLUMNS.index("due")) == COLUMNS.index("due")


def test_the_dashboard_marks_generated_records(window, qtbot) -> None:  # noqa: ANN001
    window.catalogue.add_synthetic(60, seed=4)
    window.show_overview()
    window.overview.refresh()
    window.wait_for_queries()
    shown = window.overview.dashboard.late.text() + window.overview.dashboard.recent.text()
    assert "[sintético]" in shown
