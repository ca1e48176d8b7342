"""A record as the detail pane shows it: rich text built from data, every value escaped.

Links to related records are anchors `record:<id>`; `unlink:<id>` and `action:link` ask the
window to change the relations. Nothing a record holds is ever read as markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.dates import show_date, show_moment
from lazos_desktop.domain.messages import author_name, field_label
from lazos_desktop.domain.records import (
    Contact,
    Exchange,
    Institution,
    Kind,
    Practice,
    Record,
    ToolboxEntry,
)
from lazos_desktop.domain.vocabularies import (
    AXIS,
    EXCHANGE_STATUS,
    INSTITUTION_TYPE,
    MODALITY,
    PARTY_ROLE,
    PLATFORM,
    POPULATION_GROUP,
    PRACTICE_STATUS,
    TERRITORIAL_LEVEL,
    TOOL_TYPE,
    Vocabularies,
)
from lazos_desktop.services import Summary
from lazos_desktop.ui.kind_labels import kind_label
from lazos_desktop.ui.pages.case_html import case_html

NameOf = Callable[[str], str]


def _texts() -> dict[str, str]:
    """Fixed texts of the detail view (here, not inside f-strings, so lupdate finds them)."""
    return {
        "synthetic": QCoreApplication.translate("RecordHtml", "sintético"),
        "modified": QCoreApplication.translate("RecordHtml", "Última modificación"),
        "select": QCoreApplication.translate(
            "RecordHtml", "Seleccione un registro para ver su ficha."
        ),
        "related": QCoreApplication.translate("RecordHtml", "Registros relacionados"),
        "none_yet": QCoreApplication.translate("RecordHtml", "Ninguno todavía."),
        "unlink": QCoreApplication.translate("RecordHtml", "quitar"),
        "link_other": QCoreApplication.translate("RecordHtml", "Relacionar con otro registro…"),
    }


def count_noun(kind: str) -> str:
    """The plural noun of the count line: "23 de 48 prácticas"."""
    nouns = {
        "practice": QCoreApplication.translate("RecordHtml", "prácticas"),
        "exchange": QCoreApplication.translate("RecordHtml", "intercambios"),
        "toolbox": QCoreApplication.translate("RecordHtml", "herramientas"),
        "institution": QCoreApplication.translate("RecordHtml", "instituciones"),
    }
    return nouns.get(kind, kind)


def format_date(value: dt.date | None, lang: str = "es") -> str:
    """A day in the one date style of the program, in the officer's language."""
    return show_date(value, lang)


def record_html(
    record: Record,
    vocab: Vocabularies,
    lang: str,
    linked: list[Summary],
    institution_name: NameOf,
) -> str:
    """The whole detail view of `record`, with its related records grouped by kind."""
    label = _Labels(vocab, lang)
    actions = " · ".join(
        f"<a href='action:{name}'>{escape(text)}</a>"
        for name, text in (
            ("edit", QCoreApplication.translate("RecordHtml", "Editar (Intro)")),
            ("duplicate", QCoreApplication.translate("RecordHtml", "Duplicar")),
            ("link", QCoreApplication.translate("RecordHtml", "Relacionar…")),
            ("pack", QCoreApplication.translate("RecordHtml", "Dossier con lo relacionado…")),
            ("delete", QCoreApplication.translate("RecordHtml", "Eliminar (Supr)")),
        )
    )
    parts = [
        f"<p><small>{actions}</small></p>",
        f"<h2>{escape(record.title)}</h2>",
        f"<p><b>{escape(record.code)}</b> · {escape(kind_label(record.kind.value))}",
    ]
    if record.synthetic:
        parts.append(f" · <i>{escape(_texts()['synthetic'])}</i>")
    parts.append("</p>")
    parts.append(_links(linked))
    rows = _fields(record, label, lang, institution_name)
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for name, value in rows:
        if value:
            parts.append(
                f"<tr><td valign='top'><b>{escape(field_label(name, lang))}</b></td>"
                f"<td valign='top'>{value}</td></tr>"
            )
    parts.append("</table>")
    parts.append(case_html(record, vocab, lang, institution_name, dt.date.today()))
    stamp = escape(show_moment(record.updated_at, lang))
    who = escape(author_name(record.updated_by, lang) or "—")
    parts.append(f"<p><small>{escape(_texts()['modified'])}: {stamp} · {who}</small></p>")
    return "".join(parts)


def empty_html() -> str:
    return f"<p><i>{escape(_texts()['select'])}</i></p>"


class _Labels:
    def __init__(self, vocab: Vocabularies, lang: str) -> None:
        self.vocab = vocab
        self.lang = lang

    def term(self, vocabulary: str, code: str) -> str:
        return escape(self.vocab.label(vocabulary, code, self.lang)) if code else ""

    def terms(self, vocabulary: str, codes: list[str]) -> str:
        return escape(", ".join(self.vocab.label(vocabulary, c, self.lang) for c in codes))

    def countries(self, codes: list[str]) -> str:
        return escape(", ".join(country_name(code, self.lang) for code in codes))


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _link(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        return escape(url)
    return f"<a href='{escape(url, quote=True)}'>{escape(url)}</a>"


def _fields(
    record: Record, label: _Labels, lang: str, institution_name: NameOf
) -> list[tuple[str, str]]:
    if isinstance(record, Practice):
        return [
            ("status", label.term(PRACTICE_STATUS, record.status)),
            ("countries", label.countries(record.countries)),
            ("axes", label.terms(AXIS, record.axes)),
            ("year", str(record.year or "")),
            ("institutions", escape(", ".join(institution_name(i) for i in record.institutions))),
            ("population_groups", label.terms(POPULATION_GROUP, record.population_groups)),
            (
                "gender_focus",
                escape(QCoreApplication.translate("RecordHtml", "Sí"))
                if record.gender_focus
                else "",
            ),
            ("summary", _text(record.summary)),
            ("description", _text(record.description)),
            ("results", _text(record.results)),
            ("lessons_learned", _text(record.lessons_learned)),
            ("replicability", _text(record.replicability)),
            ("tags", escape(", ".join(record.tags))),
            ("source", _text(record.source)),
        ]
    if isinstance(record, Exchange):
        parties = "<br>".join(
            f"{label.countries([p.country])} — "
            f"{escape(p.institution_name or institution_name(p.institution))} "
            f"({label.term(PARTY_ROLE, p.role)})"
            for p in record.parties
        )
        return [
            ("status", label.term(EXCHANGE_STATUS, record.status)),
            ("modality", label.term(MODALITY, record.modality)),
            ("parties", parties),
            ("axes", label.terms(AXIS, record.axes)),
            ("platforms", label.terms(PLATFORM, record.platforms)),
            ("start_date", escape(format_date(record.start_date, lang))),
            ("end_date", escape(format_date(record.end_date, lang))),
            ("objectives", _text(record.objectives)),
            ("agreements", _text(record.agreements)),
            ("contacts", _contacts(record.contacts)),
            ("source", _text(record.source)),
        ]
    if isinstance(record, ToolboxEntry):
        return [
            ("status", label.term(PRACTICE_STATUS, record.status)),
            ("tool_type", label.term(TOOL_TYPE, record.tool_type)),
            ("territorial_level", label.term(TERRITORIAL_LEVEL, record.territorial_level)),
            ("countries", label.countries(record.countries)),
            ("axes", label.terms(AXIS, record.axes)),
            ("year", str(record.year or "")),
            ("audience", _text(record.audience)),
            ("summary", _text(record.summary)),
            ("how_to_use", _text(record.how_to_use)),
            ("link", _link(record.link)),
            ("source", _text(record.source)),
        ]
    if isinstance(record, Institution):
        return [
            ("acronym", escape(record.acronym)),
            ("country", label.countries(record.countries)),
            ("institution_type", label.term(INSTITUTION_TYPE, record.institution_type)),
            ("website", _link(record.website)),
            ("summary", _text(record.summary)),
            ("contacts", _contacts(record.contacts)),
            ("source", _text(record.source)),
        ]
    return []


def _links(linked: list[Summary]) -> str:
    """Related records grouped by kind, each a link; near the top, since they lead on."""
    texts = _texts()
    parts = [
        f"<p><b>{escape(texts['related'])}</b> · "
        f"<a href='action:link'>{escape(texts['link_other'])}</a></p>"
    ]
    if not linked:
        parts.append(f"<p><i>{escape(texts['none_yet'])}</i></p>")
        return "".join(parts)
    parts.append("<table cellspacing='0' cellpadding='2'>")
    for kind in Kind:
        group = [row for row in linked if row.kind == kind.value]
        if not group:
            continue
        items = "<br>".join(
            f"<a href='record:{escape(row.id, quote=True)}'>{escape(row.code)}</a> "
            f"{escape(row.title)} <small>(<a href='unlink:{escape(row.id, quote=True)}'>"
            f"{escape(texts['unlink'])}</a>)</small>"
            for row in group
        )
        parts.append(
            f"<tr><td valign='top'><i>{escape(kind_label(kind.value, plural=True))}</i></td>"
            f"<td valign='top'>{items}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _contacts(contacts: list[Contact]) -> str:
    """Focal points on the card (the officer's own catalogue: shown whole, consent included)."""
    lines = []
    for contact in contacts:
        parts = [contact.name, contact.role, contact.organisation, contact.email, contact.phone]
        line = escape(" · ".join(part for part in parts if part))
        if contact.consent_date or contact.consent_note:
            consent = " ".join(
                filter(None, [str(contact.consent_date or ""), contact.consent_note])
            )
            label = QCoreApplication.translate("RecordHtml", "consentimiento")
            line += f"<br><small>{escape(label)}: {escape(consent)}</small>"
        lines.append(line)
    return "<br>".join(lines)
