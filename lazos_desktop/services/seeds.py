"""What the shipped regional catalogue holds, for the welcome screen and the self-test."""

from __future__ import annotations

from collections import Counter

from lazos_desktop import paths
from lazos_desktop.domain.records import Kind
from lazos_desktop.interchange.seed_files import read_seed_catalogue


def seed_counts() -> dict[str, int]:
    """Records of each kind in `seeds/catalogue.json` (every kind present, zero included)."""
    _, records = read_seed_catalogue(paths.seeds_folder() / "catalogue.json")
    counted = Counter(str(item["kind"]) for item in records)
    return {kind.value: counted.get(kind.value, 0) for kind in Kind}
