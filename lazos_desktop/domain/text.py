"""Text folding shared by sorting, matching of names and search queries."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents or surrounding blanks: "  Perú " -> "peru"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def sort_key(text: str) -> str:
    """Key that orders Spanish titles as a reader expects (accents and case ignored)."""
    return fold(text).lstrip("\"'«¿¡(")
