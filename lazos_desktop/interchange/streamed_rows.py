"""The rows of the files to import, read a chunk at a time so that no file is held whole.

`import_sources.source_rows` reads every row of every source at once; a sheet of a million
rows held that way, with the records planned from it, took gigabytes. Here a long table
(`Table.stream`) is read again from its file, `TABLE_CHUNK` rows at a time, each chunk read
by `read_table` as a whole table is, with two differences that keep the result the same:

* the lines below a list ("Fuente: …") are looked for only in the last chunk: the rows after
  each chunk's last full row are carried into the next one, so the last chunk starts at the
  table's last full row;
* whether an "ID" column is the file's own numbering is judged on the first chunk and kept
  for the others (judged on every chunk, one table could read it both ways).

Institutions named with their acronym in one row and alone in another are learnt chunk by
chunk (`References.learn_names`): the name given in full must come first or in the same
chunk for the two mentions to make one new institution.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from lazos_desktop.domain.records import Institution, Kind
from lazos_desktop.domain.validation import parse_record
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.import_sources import Source, os_problem
from lazos_desktop.interchange.limits import TABLE_CHUNK
from lazos_desktop.interchange.row_records import (
    References,
    RowData,
    full_row,
    institution_items,
    numbered_columns,
    read_table,
)
from lazos_desktop.interchange.tables import Table
from lazos_desktop.interchange.value_choices import ValueChoices


class StreamedRows:
    """The rows of `sources` in chunks; `references` ends holding the new institutions."""

    def __init__(
        self,
        sources: list[Source],
        vocab: Vocabularies,
        institutions: Iterable[Institution],
        find_record: Callable[[str], str | None],
        lang: str = "es",
        *,
        choices: ValueChoices | None = None,
        create_institutions: bool = False,
        size: int | None = None,
    ) -> None:
        self.sources = sorted(sources, key=lambda s: s.kind != Kind.INSTITUTION)
        self.vocab = vocab
        self.lang = lang
        self.choices = choices
        self.size = size or TABLE_CHUNK
        self.references = References(
            institutions, find_record, create_institutions=create_institutions, lang=lang
        )
        self.total = sum(_row_count(source) for source in sources)
        self.done = 0  # rows read so far, for a progress bar
        # Files that failed while read again: the import that reads them writes nothing.
        self.refused: list[FileProblem] = []

    def chunks(self) -> Iterator[list[RowData]]:
        """Lists of rows, institutions first; each list at most about `size` rows."""
        for source in self.sources:  # as `source_rows`: names known before rows are read
            if source.table is None:
                for row in source.rows:
                    if row.kind == Kind.INSTITUTION:
                        _add_institution(self.references, row)
            elif source.table.stream is None:
                self.references.learn_names(_institution_cells(source.table, source.mapping))
        for source in self.sources:
            if source.table is None:
                self.done += len(source.rows)
                yield source.rows
                continue
            try:
                yield from self._table_chunks(source, source.table)
            except FileRefused as refusal:  # changed or damaged since it was first read
                self.refused.append(refusal.problem)
            except OSError as error:  # gone, or no longer readable
                self.refused.append(FileProblem(source.file, os_problem(error)))

    def _table_chunks(self, source: Source, table: Table) -> Iterator[list[RowData]]:
        kind = source.kind or Kind.PRACTICE
        columns = dict(source.mapping)
        if table.stream is None:
            found = self._read(table, kind, columns, ending=True, numbering=True)
            self.done += len(table.rows)
            yield found
            return
        rows: list[list[Any]] = []
        numbers: list[int] = []
        last_full = -1  # index in `rows` of the last full row met
        first = True
        for cells, number in table.all_rows():
            if full_row(cells):
                last_full = len(rows)
            rows.append(cells)
            numbers.append(number)
            if len(rows) < self.size:
                continue
            cut = _cut(last_full, len(rows), self.size)
            if cut <= 0:
                continue
            part = _part(table, rows[:cut], numbers[:cut])
            if first:
                columns, first = numbered_columns(part, columns), False
                _keep_notes(table, part)
            self.references.learn_names(_institution_cells(part, columns))
            found = self._read(part, kind, columns, ending=False, numbering=False)
            self.done += cut
            yield found
            rows, numbers = rows[cut:], numbers[cut:]
            last_full = 0 if last_full >= cut else -1
        part = _part(table, rows, numbers)
        if first:
            columns = numbered_columns(part, columns)
        self.references.learn_names(_institution_cells(part, columns))
        found = self._read(part, kind, columns, ending=True, numbering=False)
        _keep_notes(table, part)
        self.done += len(rows)
        yield found

    def _read(
        self, part: Table, kind: Kind, columns: dict[int, str], *, ending: bool, numbering: bool
    ) -> list[RowData]:
        found = read_table(
            part,
            kind,
            self.vocab,
            self.references,
            self.lang,
            columns,
            self.choices,
            ending=ending,
            numbering=numbering,
        )
        if kind == Kind.INSTITUTION:
            for row in found:
                _add_institution(self.references, row)
        return found


def _cut(last_full: int, held: int, size: int) -> int:
    """How many held rows to read now: those before the last full row (the rows from it on
    may end the table); when no full row is held past the first, all but `size` rows once
    twice `size` are held (a list of titles alone has no full rows at all)."""
    if last_full > 0:
        return last_full
    return held - size if held >= 2 * size else 0


def _part(table: Table, rows: list[list[Any]], numbers: list[int]) -> Table:
    return Table(table.file, table.headers, rows, numbers, table.kind, table.sheet)


def _row_count(source: Source) -> int:
    return source.table.row_count if source.table is not None else len(source.rows)


def _keep_notes(table: Table, part: Table) -> None:
    """Notes a chunk raised (lines set aside, own numbering) kept on its table, once."""
    for note in part.notes:
        if note not in table.notes:
            table.notes.append(note)


def _institution_cells(table: Table, mapping: dict[int, str]) -> list[str]:
    columns = [i for i, name in mapping.items() if name == "institutions"]
    found: list[str] = []
    for row in table.rows:
        for index in columns:
            found += institution_items(table.cell(row, index))
    return found


def _add_institution(references: References, row: RowData) -> None:
    record, problems = parse_record(Kind.INSTITUTION, row.data)
    if isinstance(record, Institution) and not problems:
        references.add_institution(record)
