"""Publishing: a read-only copy of the catalogue for Datasette, and its metadata file.

The office publishes with an existing engine (`datasette serve`, or Datasette Lite from a
web address) rather than a server of our own. The copy holds the real records only:
synthetic demonstration records are left out, and so are contacts unless the office asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazos_desktop.domain.records import Exchange, now_utc
from lazos_desktop.interchange.datasette_metadata import metadata, write_metadata
from lazos_desktop.interchange.published_tables import tables
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.store import output_files
from lazos_desktop.store.errors import CatalogueError
from lazos_desktop.store.published_copy import write_published


class PublishRefused(CatalogueError):
    exit_code = 1


@dataclass(frozen=True)
class PublishResult:
    path: Path
    metadata: Path
    counts: dict[str, int] = field(default_factory=dict)
    synthetic_left_out: int = 0
    contacts: bool = False
    licence: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "metadata": str(self.metadata),
            "tables": self.counts,
            "synthetic_left_out": self.synthetic_left_out,
            "contacts": self.contacts,
            "licence": self.licence,
        }


def metadata_path_for(out: Path) -> Path:
    return out.with_name(f"{out.stem}.metadata.json")


def publish(
    catalogue: Catalogue,
    out: Path | str,
    *,
    with_contacts: bool = False,
    metadata_path: Path | str | None = None,
) -> PublishResult:
    """Write the published copy at `out` and its metadata (default `<out stem>.metadata.json`)."""
    target = Path(out)
    meta_target = Path(metadata_path) if metadata_path else metadata_path_for(target)
    if _same_file(target, catalogue.path) or _same_file(meta_target, catalogue.path):
        raise PublishRefused("publish_same_file", catalogue.path)
    records, synthetic = [], 0
    for record in catalogue.iter_records():
        if record.synthetic:
            synthetic += 1
        else:
            records.append(record)
    codes = {record.id: record.code for record in records}
    refs = {p.institution for r in records if isinstance(r, Exchange) for p in r.parties}
    refs |= {ref for r in records for ref in getattr(r, "institutions", [])}
    refs.discard("")
    names = catalogue.store.institution_names(refs)
    built = tables(records, catalogue.vocabularies(), codes, names, with_contacts=with_contacts)
    write_published(target, built)
    licence = settings.get(catalogue, settings.PUBLISH_LICENCE)
    data = metadata(
        target.stem,
        built,
        licence=licence,
        licence_url=settings.get(catalogue, settings.PUBLISH_LICENCE_URL),
        published_at=now_utc(),
    )
    output_files.write_atomically(meta_target, lambda partial: write_metadata(partial, data))
    return PublishResult(
        target,
        meta_target,
        {table.name: len(table.rows) for table in built},
        synthetic,
        with_contacts,
        licence,
    )


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False
