"""Record text made safe for ReportLab's paragraph markup.

`Paragraph` reads a small XML dialect (<b>, <font size=40>, <para>, <a href>): a title typed
as "Red <b>municipal</b> & <font size=40>" must print exactly so and change nothing else in
the page. Every piece of record text goes through `text()` or `block()` before it reaches a
Paragraph; only the briefs' own fixed markup is left unescaped.
"""

from __future__ import annotations

import re

# Characters XML 1.0 forbids; ReportLab's parser stops on them, so they are dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def _xml_escape(value: str, entities: dict[str, str] | None = None) -> str:
    """`xml.sax.saxutils.escape` (&, >, < then `entities`), without loading that module: it
    imports urllib, http and ssl, a fifth of the time a small brief takes to start."""
    value = value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for key, replacement in (entities or {}).items():
        value = value.replace(key, replacement)
    return value


def text(value: object) -> str:
    """One line of record text as paragraph markup: escaped, inner line breaks kept."""
    cleaned = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    escaped = _xml_escape(cleaned, {'"': "&quot;"})
    return escaped.strip().replace("\n", "<br/>")


def block(value: object) -> list[str]:
    """A long text as escaped paragraphs, split on blank lines so each can break across pages."""
    cleaned = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return [text(part) for part in _BLANK_LINES.split(cleaned) if part.strip()]


def plain(value: object) -> str:
    """Record text for places that take no markup (outline entries, chart strings)."""
    return " ".join(_CONTROL.sub("", str(value)).split())


def link(target: str, label_markup: str, colour: str) -> str:
    """An internal link to a bookmark; `label_markup` must already be escaped."""
    escaped = _xml_escape(target, {'"': "&quot;"})
    return f'<a href="#{escaped}" color="{colour}">{label_markup}</a>'


_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)]")


def linkify(value: object, colour: str) -> str:
    """Record text with its http(s) addresses turned into links; everything else escaped."""
    cleaned = plain(value)
    parts: list[str] = []
    last = 0
    for found in _URL.finditer(cleaned):
        parts.append(_xml_escape(cleaned[last : found.start()]))
        href = _xml_escape(found.group(0), {'"': "&quot;"})
        parts.append(f'<a href="{href}" color="{colour}">{href}</a>')
        last = found.end()
    parts.append(_xml_escape(cleaned[last:]))
    return "".join(parts)
