"""The case parts of a record's card: milestones, follow-up tasks and the activity timeline.

"Late" is written with the one word and colour of `domain.agenda`, as the list, the agenda,
the dashboard and the briefs write it. Open items carry a `done:<id>` link that marks them
done (undoably); every value is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from lazos_desktop.domain.agenda import LATE_HEX, late_word
from lazos_desktop.domain.case_items import Activity, FollowUpTask, Milestone
from lazos_desktop.domain.dates import show_date
from lazos_desktop.domain.messages import field_label
from lazos_desktop.domain.records import Exchange, Practice, Record
from lazos_desktop.domain.vocabularies import (
    ACTIVITY_TYPE,
    MILESTONE_STATUS,
    TASK_STATUS,
    Vocabularies,
)

NameOf = Callable[[str], str]
MUTED = "#5E6B73"


def late_marker(lang: str) -> str:
    return f"<b><span style='color:{LATE_HEX}'>{escape(late_word(lang).upper())}</span></b>"


def case_html(
    record: Record, vocab: Vocabularies, lang: str, name_of: NameOf, today: dt.date
) -> str:
    """Milestones, tasks and the activity log of an exchange (the log alone for a practice)."""
    if not isinstance(record, Exchange | Practice):
        return ""
    parts: list[str] = ["<a name='case'></a>"]
    if isinstance(record, Exchange):
        parts.append(_milestones(record.milestones, vocab, lang, name_of, today))
        parts.append(_tasks(record.tasks, vocab, lang, name_of, today))
    parts.append(_timeline(record.activities, vocab, lang, name_of))
    return "".join(parts)


def _texts() -> dict[str, str]:
    return {
        "done": QCoreApplication.translate("CaseHtml", "marcar hecho"),
        "log": QCoreApplication.translate("CaseHtml", "Registrar actividad…"),
        "task": QCoreApplication.translate("CaseHtml", "Añadir tarea…"),
        "no_log": QCoreApplication.translate("CaseHtml", "Sin actividades registradas."),
        "no_tasks": QCoreApplication.translate("CaseHtml", "Sin tareas de seguimiento."),
        "participants": QCoreApplication.translate("CaseHtml", "Participantes"),
        "decisions": QCoreApplication.translate("CaseHtml", "Decisiones"),
        "undated": QCoreApplication.translate("CaseHtml", "sin fecha"),
    }


def _who(responsible: str, institution: str, name_of: NameOf) -> str:
    return ", ".join(
        part for part in (responsible, name_of(institution) if institution else "") if part
    )


def _state(
    item: Milestone | FollowUpTask, vocabulary: str, vocab: Vocabularies, lang: str, today: dt.date
) -> str:
    if item.is_late(today):
        return late_marker(lang)
    return escape(vocab.label(vocabulary, item.status, lang))


def _done_link(item: Milestone | FollowUpTask) -> str:
    if not item.is_open:
        return ""
    return f" (<a href='done:{escape(item.id, quote=True)}'>{escape(_texts()['done'])}</a>)"


def _row(when: str, title: str, details: list[str], state: str) -> str:
    """One item: its date at the left (kept on one line), the title, then who and the state."""
    line = " · ".join([*(escape(d) for d in details if d), state])
    return (
        f"<tr><td valign='top' style='white-space:nowrap'>{when}</td>"
        f"<td valign='top' width='100%'>{escape(title)}<br><small>{line}</small></td></tr>"
    )


def _milestones(
    milestones: list[Milestone], vocab: Vocabularies, lang: str, name_of: NameOf, today: dt.date
) -> str:
    if not milestones:
        return ""
    rows = []
    for m in milestones:
        state = _state(m, MILESTONE_STATUS, vocab, lang, today) + _done_link(m)
        details = [_who(m.responsible, m.institution, name_of), m.note]
        rows.append(_row(escape(show_date(m.date, lang)) or "—", m.title, details, state))
    return (
        f"<h3>{escape(field_label('milestones', lang))}</h3>"
        f"<table width='100%' cellpadding='3'>{''.join(rows)}</table>"
    )


def _tasks(
    tasks: list[FollowUpTask], vocab: Vocabularies, lang: str, name_of: NameOf, today: dt.date
) -> str:
    texts = _texts()
    head = (
        f"<h3>{escape(field_label('tasks', lang))} · "
        f"<small><a href='action:task'>{escape(texts['task'])}</a></small></h3>"
    )
    if not tasks:
        return head + f"<p><i>{escape(texts['no_tasks'])}</i></p>"
    ordered = sorted(tasks, key=lambda t: (not t.is_open, t.due or dt.date.max))
    rows = []
    for t in ordered:
        when = escape(show_date(t.due, lang)) if t.due else escape(texts["undated"])
        state = _state(t, TASK_STATUS, vocab, lang, today) + _done_link(t)
        rows.append(_row(when, t.title, [_who(t.responsible, t.institution, name_of)], state))
    return head + f"<table width='100%' cellpadding='3'>{''.join(rows)}</table>"


def _timeline(activities: list[Activity], vocab: Vocabularies, lang: str, name_of: NameOf) -> str:
    texts = _texts()
    head = (
        f"<h3>{escape(field_label('activities', lang))} · "
        f"<small><a href='action:log'>{escape(texts['log'])}</a></small></h3>"
    )
    if not activities:
        return head + f"<p><i>{escape(texts['no_log'])}</i></p>"
    entries = []
    for a in sorted(activities, key=lambda a: a.date, reverse=True):
        kind = escape(vocab.label(ACTIVITY_TYPE, a.type, lang))
        line = f"<b>{escape(show_date(a.date, lang))}</b> · {kind}"
        if a.place:
            line += f" · {escape(a.place)}"
        body = [f"<p style='margin-bottom:0'>{line}"]
        if a.summary:
            body.append("<br>" + escape(a.summary).replace("\n", "<br>"))
        names = [name_of(ref) for ref in a.institutions] + a.participants
        if names:
            body.append(
                f"<br><small><b>{escape(texts['participants'])}:</b> {escape(', '.join(names))}</small>"
            )
        if a.decisions:
            body.append(
                f"<br><small><b>{escape(texts['decisions'])}:</b> "
                + escape(a.decisions).replace("\n", "<br>")
                + "</small>"
            )
        body.append("</p>")
        entries.append("".join(body))
    return head + "".join(entries)
