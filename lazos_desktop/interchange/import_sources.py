"""Files to import, read into sources: tables (CSV, XLSX sheets) or records (JSON, bundles).

Reading is separate from planning so that the window can show the first rows and the
column mapping, let the officer correct it, and plan again without reading the file twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lazos_desktop.domain.records import Institution, Kind
from lazos_desktop.domain.validation import parse_record
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.interchange.bundle import SUFFIX, IncomingAttachment, read_bundle_parts
from lazos_desktop.interchange.catalogue_json import read_json
from lazos_desktop.interchange.csv_reader import read_csv
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.headers import (
    kind_from_headers,
    kind_from_name,
    lift_headers,
    map_headers,
)
from lazos_desktop.interchange.records_json import rows_from_objects
from lazos_desktop.interchange.row_records import (
    NewInstitution,
    References,
    RowData,
    institution_items,
    read_table,
)
from lazos_desktop.interchange.tables import Table
from lazos_desktop.interchange.value_choices import ValueChoices
from lazos_desktop.store import catalogue_reader
from lazos_desktop.store.errors import CatalogueError

TABLE_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm"}
FORMATS = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "lazos": SUFFIX}


@dataclass
class Source:
    """One readable part of a file: a table with its kind and mapping, or records."""

    file: str
    table: Table | None = None
    kind: Kind | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    rows: list[RowData] = field(default_factory=list)
    attachments: list[IncomingAttachment] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.table.label if self.table is not None else self.file

    def unknown_columns(self) -> list[str]:
        if self.table is None:
            return []
        return [h for i, h in enumerate(self.table.headers) if i not in self.mapping and h]


@dataclass
class ReadResult:
    sources: list[Source] = field(default_factory=list)
    refused: list[FileProblem] = field(default_factory=list)


def format_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in {".csv", ".txt", ".tsv"}:
        return "csv"
    if suffix in {".xlsx", ".xlsm"}:
        return "xlsx"
    if suffix == ".json":
        return "json"
    if suffix == SUFFIX:
        return "lazos"
    return None


def read_sources(paths: list[Path], kind: Kind | None = None) -> ReadResult:
    """Every file read; a file that cannot be read whole is listed as refused."""
    result = ReadResult()
    for path in paths:
        try:
            result.sources += _read_one(Path(path), kind)
        except FileRefused as refusal:
            result.refused.append(refusal.problem)
        except OSError as error:
            result.refused.append(FileProblem(Path(path).name, os_problem(error)))
    return result


def source_rows(
    sources: list[Source],
    vocab: Vocabularies,
    institutions: list[Institution],
    find_record: object,
    lang: str = "es",
    *,
    choices: ValueChoices | None = None,
    create_institutions: bool = False,
) -> tuple[list[RowData], list[NewInstitution]]:
    """Rows of every source, and the institutions they name that nothing holds yet.

    Institutions in the files are known before other rows are read, so that a sheet of
    institutions beside a sheet of practices links rather than creates.
    """
    references = References(
        institutions,
        find_record,  # type: ignore[arg-type]
        create_institutions=create_institutions,
        lang=lang,
    )
    rows: list[RowData] = []
    for source in sources:
        if source.table is None:
            for row in source.rows:
                if row.kind == Kind.INSTITUTION:
                    _add_institution(references, row)
        else:
            references.learn_names(_institution_cells(source))
    ordered = sorted(sources, key=lambda s: s.kind != Kind.INSTITUTION)
    by_source: dict[int, list[RowData]] = {}
    for source in ordered:
        if source.table is None:
            by_source[id(source)] = source.rows
            continue
        read = read_table(
            source.table,
            source.kind or Kind.PRACTICE,
            vocab,
            references,
            lang,
            source.mapping,
            choices,
        )
        if source.kind == Kind.INSTITUTION:
            for row in read:
                _add_institution(references, row)
        by_source[id(source)] = read
    for source in sources:
        rows += by_source[id(source)]
    return rows, references.new_institutions()


def _institution_cells(source: Source) -> list[str]:
    """Every institution a table's institution columns name, one per item of a list."""
    assert source.table is not None
    columns = [i for i, name in source.mapping.items() if name == "institutions"]
    found: list[str] = []
    for row in source.table.rows:
        for index in columns:
            found += institution_items(source.table.cell(row, index))
    return found


def _add_institution(references: References, row: RowData) -> None:
    record, problems = parse_record(Kind.INSTITUTION, row.data)
    if isinstance(record, Institution) and not problems:
        references.add_institution(record)


def os_problem(error: OSError) -> str:
    """The message key for a file the system would not open (its own text is English)."""
    if isinstance(error, FileNotFoundError):
        return "file_not_found"
    if isinstance(error, PermissionError):
        return "file_no_permission"
    return "file_os_error"


def _read_one(path: Path, kind: Kind | None) -> list[Source]:
    if catalogue_reader.is_catalogue_name(path):
        return [_catalogue_source(path)]
    fmt = format_of(path)
    if fmt is None:
        raise FileRefused(FileProblem(path.name, "unknown_format", {"name": path.name}))
    if fmt == "csv":
        return [_table_source(read_csv(path), kind, kind_from_name(path.stem))]
    if fmt == "xlsx":
        from lazos_desktop.interchange.xlsx_reader import read_xlsx

        return [_table_source(table, table.kind or kind) for table in read_xlsx(path)]
    if fmt == "json":
        found = read_json(path)
        if isinstance(found, Table):  # another tool's list of objects: read as a sheet
            return [_table_source(found, kind, kind_from_name(path.stem))]
        return [Source(path.name, rows=found)]
    parts = read_bundle_parts(path)
    return [Source(path.name, rows=parts.rows, attachments=parts.attachments)]


def _catalogue_source(path: Path) -> Source:
    """Another catalogue file's records, read as data (see `store.catalogue_reader`)."""
    try:
        items = catalogue_reader.read_catalogue_records(path)
    except CatalogueError as error:
        params = {**error.params, "path": path.name}
        raise FileRefused(FileProblem(path.name, error.key, params)) from error
    return Source(path.name, rows=rows_from_objects(items, path.name))


def _table_source(table: Table, kind: Kind | None, named: Kind | None = None) -> Source:
    """A table read as `kind` (the officer's choice or the sheet's name), else as the kind
    its file's name says ("practicas.csv") unless its headers name more fields of another
    ("Prácticas e instituciones.csv" with Título, Países, Ejes), else as its headers say."""
    table = lift_headers(table)
    chosen = kind or kind_from_headers(table.headers)
    fits = named and len(map_headers(named, table.headers)) >= len(
        map_headers(chosen, table.headers)
    )
    if not kind and named and fits:
        chosen = named
    return Source(table.file, table, chosen, map_headers(chosen, table.headers))
