"""Reading the shipped seed files (vocabularies and the sourced starting catalogue)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lazos_desktop.domain.vocabularies import Term


def read_vocabularies(path: Path) -> list[Term]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Term(
            vocabulary=item["vocabulary"],
            code=item["code"],
            labels=item["labels"],
            descriptions=item.get("descriptions", {}),
            position=int(item.get("position", 0)),
            source=item.get("source", ""),
        )
        for item in data["terms"]
    ]


def read_seed_catalogue(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The catalogue's meta (e.g. how many practices were mapped) and its records as data."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("meta", {}), data["records"]
