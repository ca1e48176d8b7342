"""The status bar's lasting line when something is late: "3 hitos atrasados, 2 tareas vencen
esta semana", a link to the agenda. It asks the catalogue off the window's thread after
every change, like any page. Its first question waits for the window to ask it
(`refresh`), once the page in front has asked for its rows: the reader thread answers in
turn, and counting the exchanges' dates must not keep the first rows waiting.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel

from lazos_desktop.domain.agenda import LATE_HEX
from lazos_desktop.services import cases
from lazos_desktop.ui.operations import Changes, Operations


class DueNotice(QLabel):
    """Hidden while nothing is late or due this week."""

    agendaRequested = Signal()

    def __init__(self, operations: Operations) -> None:
        super().__init__()
        self._operations = operations
        self.setObjectName("dueNotice")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setVisible(False)
        self.linkActivated.connect(lambda _: self.agendaRequested.emit())
        operations.changed.connect(self.on_changes)

    def refresh(self) -> None:
        self._operations.query("due-summary", cases.due_summary, self._show)

    def on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def _show(self, counts: dict[str, int]) -> None:
        self.setText(due_notice_html(counts))
        self.setVisible(bool(self.text()))


def due_notice_html(counts: dict[str, int]) -> str:
    """ "3 hitos atrasados, 2 tareas vencen esta semana" as a link to the agenda; empty when
    nothing is late or due this week."""
    late_m, late_t, week = (
        counts.get("late_milestones", 0),
        counts.get("late_tasks", 0),
        counts.get("tasks_this_week", 0),
    )
    texts = {
        "milestone": (
            QCoreApplication.translate("CaseEditing", "1 hito atrasado"),
            QCoreApplication.translate("CaseEditing", "{n} hitos atrasados"),
        ),
        "task": (
            QCoreApplication.translate("CaseEditing", "1 tarea atrasada"),
            QCoreApplication.translate("CaseEditing", "{n} tareas atrasadas"),
        ),
        "week": (
            QCoreApplication.translate("CaseEditing", "1 tarea vence esta semana"),
            QCoreApplication.translate("CaseEditing", "{n} tareas vencen esta semana"),
        ),
    }
    parts = [
        (texts[key][0] if count == 1 else texts[key][1].format(n=count))
        for key, count in (("milestone", late_m), ("task", late_t), ("week", week))
        if count
    ]
    if not parts:
        return ""
    colour = LATE_HEX if late_m or late_t else "#B26A1E"
    text = escape(", ".join(parts))
    return f"<a href='agenda:' style='color:{colour}'><b>{text}</b></a>"
