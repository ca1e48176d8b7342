"""Exports in the field standards partners read: HXL (humanitarian) and IATI (aid data).

Called by `exchange_files.export` once the records are chosen, so both formats share its
selection (query, ids, kind), its temporary-file-then-rename writing and its sync stamps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazos_desktop.domain.records import Exchange, Kind, Record
from lazos_desktop.interchange.headers import FILE_WORD
from lazos_desktop.interchange.hxl_writer import HXL_KINDS, Context, write_hxl
from lazos_desktop.interchange.iati_writer import IatiResult, ReportingOrg, write_iati
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.store import import_batches as batches
from lazos_desktop.store.errors import CatalogueError

STANDARD_FORMATS = ("hxl", "iati")
Atomic = Callable[[Path, Callable[[Path], Any]], None]


class StandardExportRefused(CatalogueError):
    """The export cannot be written as asked (settings missing, nothing valid): exit 1."""

    exit_code = 1


@dataclass
class StandardExport:
    paths: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # record code -> reason key
    exported: list[Record] = field(default_factory=list)


def export_standard(
    catalogue: Catalogue,
    fmt: str,
    target: Path,
    kinds: Sequence[Kind],
    records: Sequence[Record],
    atomic: Atomic,
    *,
    lang: str = "es",
    delimiter: str = ",",
) -> StandardExport:
    if fmt == "hxl":
        return _hxl(catalogue, target, kinds, records, atomic, lang, delimiter)
    return _iati(catalogue, target, kinds, records, atomic)


def reporting_org(catalogue: Catalogue) -> ReportingOrg:
    """The reporting organisation from the settings; refused when its identity is missing."""
    ref = settings.get(catalogue, settings.IATI_ORG_REF)
    kind = settings.get(catalogue, settings.IATI_ORG_TYPE)
    if not ref or not kind:
        raise StandardExportRefused("iati_no_org")
    return ReportingOrg(ref, kind, settings.get(catalogue, settings.IATI_ORG_NAME))


def _hxl(
    catalogue: Catalogue,
    target: Path,
    kinds: Sequence[Kind],
    records: Sequence[Record],
    atomic: Atomic,
    lang: str,
    delimiter: str,
) -> StandardExport:
    chosen = [kind for kind in kinds if kind in HXL_KINDS]
    counts = {kind.value: sum(1 for r in records if r.kind == kind) for kind in chosen}
    shown = [kind for kind in chosen if counts[kind.value]] or chosen[:1]
    context = Context(
        catalogue.vocabularies(),
        _institution_names(catalogue, records),
        _codes(catalogue, records),
    )
    result = StandardExport(counts=counts)
    for kind in shown:
        destination = target if len(shown) == 1 else _kind_path(target, kind, lang)
        of_kind = [r for r in records if r.kind == kind]
        atomic(destination, _hxl_writer(kind, of_kind, context, lang, delimiter))
        result.paths.append(destination)
        result.exported += of_kind
    return result


def _hxl_writer(
    kind: Kind, records: list[Record], context: Context, lang: str, delimiter: str
) -> Callable[[Path], int]:
    return lambda partial: write_hxl(partial, kind, records, context, lang, delimiter)


def _iati(
    catalogue: Catalogue,
    target: Path,
    kinds: Sequence[Kind],
    records: Sequence[Record],
    atomic: Atomic,
) -> StandardExport:
    if Kind.EXCHANGE not in kinds:
        raise StandardExportRefused("iati_only_exchanges")
    reporting = reporting_org(catalogue)
    exchanges = [r for r in records if isinstance(r, Exchange)]
    names = _institution_names(catalogue, exchanges)
    vocab = catalogue.vocabularies()
    outcome = IatiResult()

    def write(partial: Path) -> None:
        found = write_iati(partial, exchanges, reporting, vocab, names)
        outcome.written, outcome.skipped = found.written, found.skipped
        if not found.written:
            raise StandardExportRefused("iati_nothing")

    atomic(target, write)
    written = set(outcome.written)
    return StandardExport(
        paths=[target],
        counts={Kind.EXCHANGE.value: len(written)},
        skipped=outcome.skipped,
        exported=[r for r in exchanges if r.code in written],
    )


def _institution_names(catalogue: Catalogue, records: Sequence[Record]) -> dict[str, str]:
    refs = {ref for r in records for ref in getattr(r, "institutions", [])}
    refs |= {p.institution for r in records if isinstance(r, Exchange) for p in r.parties}
    refs.discard("")
    return catalogue.store.institution_names(refs)


def _codes(catalogue: Catalogue, records: Sequence[Record]) -> dict[str, str]:
    """Codes of every record linked from those exported (links hold ids)."""
    wanted = {ref for r in records for ref in r.links}
    return {
        ref: found.code for ref, found in batches.records_by_id(catalogue.store, wanted).items()
    }


def _kind_path(target: Path, kind: Kind, lang: str) -> Path:
    return target.with_name(f"{target.stem}-{FILE_WORD[kind][lang]}{target.suffix}")
