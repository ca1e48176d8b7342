"""Property tests of the exchange readers and the import service on files from anywhere.

For each format (CSV, XLSX, catalogue JSON, `.lazos` bundle) hypothesis draws files from
`file_strategies` — random bytes, well-formed files with random content, huge cells, odd
encodings, damaged zip members — and checks two levels:

* the reader alone (`read_csv`, `read_xlsx`, `read_json`, `read_bundle`) returns its result
  or refuses the file with a problem naming it, never another exception;
* the whole import (`plan_import` then `apply_import`, as `import_files` does) plans
  without raising, names file, row and column in every problem, and either writes
  (counts grow by what it says it created, and the import can be undone) or refuses with
  the catalogue unchanged: same content digest (records, links, history, vocabularies,
  meta) and same `stats()`.

The quick run tries `FILES_QUICK` files per format and level; the `slow` run `FILES_SLOW`.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lazos_desktop.interchange.bundle import read_bundle
from lazos_desktop.interchange.catalogue_json import read_json
from lazos_desktop.interchange.csv_reader import read_csv
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.merge_plan import ImportPlan, OnConflict, Outcome
from lazos_desktop.interchange.xlsx_reader import read_xlsx
from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex
from tests.safety.file_strategies import (
    bundle_files,
    catalogue_json_files,
    csv_files,
    xlsx_files,
)
from tests.safety.reader_harness import LANGUAGES, OUTCOMES, assert_reader_total, fingerprint

FILES_QUICK = int(os.environ.get("LAZOS_FUZZ_FILES_QUICK", 25))
FILES_SLOW = int(os.environ.get("LAZOS_FUZZ_FILES_SLOW", 250))
FORMATS: dict[str, tuple[str, st.SearchStrategy[bytes], Callable[[Path], Any]]] = {
    "csv": (".csv", csv_files(), read_csv),
    "xlsx": (".xlsx", xlsx_files(), read_xlsx),
    "json": (".json", catalogue_json_files(), read_json),
    "lazos": (".lazos", bundle_files(), read_bundle),
}
_names = itertools.count()


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
        database=None,
    )


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """Scratch files and the data folder (backups) of the module's catalogue."""
    previous = os.environ.get("LAZOS_DATA_DIR")
    with tempfile.TemporaryDirectory() as name:
        os.environ["LAZOS_DATA_DIR"] = str(Path(name) / "data")
        yield Path(name)
        print(f"\nfuzz outcomes: {dict(OUTCOMES)}")
    if previous is None:
        os.environ.pop("LAZOS_DATA_DIR", None)
    else:
        os.environ["LAZOS_DATA_DIR"] = previous


@pytest.fixture(scope="module")
def shared(folder: Path) -> Iterator[Catalogue]:
    """One seeded catalogue for every example: imports are undone after each, so it stays
    small and the seeded records stay there for rows that update them."""
    catalogue = Catalogue.open(folder / "fuzz-import.sqlite3", officer="fuzz")
    yield catalogue
    catalogue.close()


def write_file(folder: Path, data: bytes, suffix: str) -> Path:
    path = folder / f"archivo-{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


# The readers alone --------------------------------------------------------------------


def reader_total(reader: Callable[[Path], Any], path: Path) -> str:
    """The reader's result, or a refusal whose problem names the file."""

    def read(target: Path) -> Any:
        try:
            return reader(target)
        except FileRefused as refusal:
            assert refusal.problem.file.startswith(target.name), refusal.problem
            raise

    try:
        return assert_reader_total(read, path)
    finally:
        path.unlink()


def check_reader(folder: Path, fmt: str, data: bytes) -> None:
    suffix, _, reader = FORMATS[fmt]
    reader_total(reader, write_file(folder, data, suffix))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@fuzz(FILES_QUICK)
@given(data=st.data())
def test_reader_on_random_files(folder: Path, fmt: str, data: st.DataObject) -> None:
    check_reader(folder, fmt, data.draw(FORMATS[fmt][1], label="file"))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
@fuzz(FILES_SLOW)
@given(data=st.data())
def test_reader_on_random_files_long(folder: Path, fmt: str, data: st.DataObject) -> None:
    check_reader(folder, fmt, data.draw(FORMATS[fmt][1], label="file"))


# The whole import ---------------------------------------------------------------------

import_options = st.fixed_dictionaries(
    {
        "skip_invalid": st.booleans(),
        "on_conflict": st.sampled_from(list(OnConflict)),
        "duplicates": st.sampled_from(["skip", "keep", "merge"]),
    }
)


def import_total(catalogue: Catalogue, files: list[Path], options: dict[str, Any]) -> str:
    """Plan and apply as `import_files` does; 'written', 'nothing' or 'refused'."""
    names = [path.name for path in files]
    before, stats = fingerprint(catalogue), catalogue.stats()
    plan = ex.plan_import(catalogue, files)
    assert_placed(plan, names)
    for lang in LANGUAGES:
        json.dumps(ex.ImportResult(plan).as_json(lang))
    assert fingerprint(catalogue) == before, "planning changed the catalogue"
    try:
        result = ex.apply_import(catalogue, plan, **options)
    except (ex.ImportRefused, ex.ConflictsUnsettled) as refusal:
        assert refusal.plan.problems or refusal.plan.of(Outcome.CONFLICT)
        assert fingerprint(catalogue) == before, "the catalogue changed after a refusal"
        assert catalogue.stats() == stats
        OUTCOMES["import refused"] += 1
        return "refused"
    if not result.written:
        assert fingerprint(catalogue) == before, "an import that wrote nothing changed it"
        OUTCOMES["import nothing to write"] += 1
        return "nothing"
    assert Path(result.backup).is_file()
    grown = catalogue.stats()["total"] - stats["total"]
    assert grown == result.created, (grown, result.counts())
    json.dumps(result.as_json("es"))
    ex.undo_last_import(catalogue)
    assert catalogue.stats()["records"] == stats["records"], "undo left records behind"
    OUTCOMES["import written and undone"] += 1
    return "written"


def assert_placed(plan: ImportPlan, names: list[str]) -> None:
    """Every problem names one of the files; a row's problems name its row and column."""
    row_problems = [p for row in plan.of(Outcome.REFUSED) for p in row.problems]
    assert all(row.problems for row in plan.of(Outcome.REFUSED)), "a row refused silently"
    for problem in [*plan.problems, *plan.notices]:
        assert isinstance(problem, FileProblem)
        assert any(problem.file.startswith(name) for name in names), problem
        for lang in LANGUAGES:
            assert problem.message(lang).strip()
    for problem in row_problems:
        assert isinstance(problem.row, int) and problem.row >= 1, problem
        assert problem.column or problem.key in WHOLE_ROW_KEYS, problem


# Problems about a whole row rather than one of its cells (a JSON item that is not an
# object names no column).
WHOLE_ROW_KEYS = {"invalid_value", "unknown_kind"}


def check_import(catalogue: Catalogue, folder: Path, fmt: str, data: bytes, options: Any) -> None:
    path = write_file(folder, data, FORMATS[fmt][0])
    try:
        import_total(catalogue, [path], options)
    finally:
        path.unlink()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@fuzz(FILES_QUICK)
@given(data=st.data(), options=import_options)
def test_import_of_random_files(
    shared: Catalogue, folder: Path, fmt: str, data: st.DataObject, options: dict[str, Any]
) -> None:
    check_import(shared, folder, fmt, data.draw(FORMATS[fmt][1], label="file"), options)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
@fuzz(FILES_SLOW)
@given(data=st.data(), options=import_options)
def test_import_of_random_files_long(
    shared: Catalogue, folder: Path, fmt: str, data: st.DataObject, options: dict[str, Any]
) -> None:
    check_import(shared, folder, fmt, data.draw(FORMATS[fmt][1], label="file"), options)


@pytest.mark.slow
@fuzz(FILES_SLOW // 2)
@given(
    files=st.lists(st.sampled_from(sorted(FORMATS)), min_size=2, max_size=4).flatmap(
        lambda fmts: st.tuples(*(st.tuples(st.just(f), FORMATS[f][1]) for f in fmts))
    ),
    options=import_options,
)
def test_import_of_several_random_files_at_once(
    shared: Catalogue, folder: Path, files: tuple[tuple[str, bytes], ...], options: Any
) -> None:
    paths = [write_file(folder, data, FORMATS[fmt][0]) for fmt, data in files]
    try:
        import_total(shared, paths, options)
    finally:
        for path in paths:
            path.unlink()
