"""Text folding shared by sorting, matching of names and search queries."""

from __future__ import annotations

import re
import unicodedata

_COMBINING_MARKS = re.compile(
    r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def fold(text: str) -> str:
    """Lower case without accents or surrounding blanks: "  Perú " -> "peru"."""
    stripped = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(stripped.casefold().split())


def sort_key(text: str) -> str:
    """Key that orders Spanish titles as a reader expects (accents and case ignored)."""
    return fold(text).lstrip("\"'«¿¡(")


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to at most `limit` characters with an ellipsis: a heading
    typed on the command line can be any length, a page cannot."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + "…"
