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


# Found by the fuzz runs, kept as plain regressions ----------------------------------------


def _workbook(path: Path, damage: dict[str, bytes | None]) -> Path:
    """A small valid workbook with some members replaced (or removed, for None)."""
    import io
    import zipfile

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Prácticas"
    workbook.active.append(["Título", "Países", "Ejes"])
    workbook.active.append(["Ejemplo ficticio", "Perú", "Empleo"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = damage.get(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
    return path


@pytest.mark.parametrize(
    "damage",
    [
        {"docProps/core.xml": b""},  # ParseError while opening
        {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row><c r="},  # while streaming
        {"xl/worksheets/sheet1.xml": None},  # a missing part (KeyError, refused before too)
        {"xl/workbook.xml": b"\x00\xff basura"},
        {"xl/styles.xml": b"<styleSheet><cellXfs><xf numFmtId='x'/></cellXfs></styleSheet>"},
    ],
    ids=["core-empty", "sheet-cut", "sheet-missing", "workbook-garbage", "styles-wrong-type"],
)
def test_a_workbook_with_a_damaged_part_is_refused_naming_the_file(
    tmp_path: Path, damage: dict[str, bytes | None]
) -> None:
    """openpyxl raised xml ParseError (and others) that escaped `read_xlsx`."""
    path = _workbook(tmp_path / "dañado.xlsx", damage)
    with pytest.raises(FileRefused) as refused:
        read_xlsx(path)
    assert refused.value.problem.file == "dañado.xlsx"
    assert refused.value.problem.key in (
        "xlsx_damaged",
        "zip_damaged",
        "empty_file",
        "xlsx_no_sheets",
    )


def test_a_utf16_csv_cut_short_is_refused(tmp_path: Path) -> None:
    """`b'\\xff\\xfe"'` (a BOM and half a character) raised UnicodeDecodeError."""
    path = tmp_path / "cortado.csv"
    path.write_bytes(b'\xff\xfe"')
    with pytest.raises(FileRefused) as refused:
        read_csv(path)
    assert refused.value.problem.key == "csv_bad_utf16"
    assert "UTF-16" in refused.value.problem.message("es")


@pytest.mark.parametrize("bad_id", [{"": None}, ["x"], 5, True, "no-es-un-uuid"])
def test_a_json_record_whose_id_is_not_a_uuid_is_refused_on_its_row(
    shared: Catalogue, folder: Path, bad_id: Any
) -> None:
    """An object as id raised TypeError (unhashable) while the plan looked records up."""
    document = {
        "format": "lazos-catalogue",
        "version": 1,
        "records": [
            {
                "kind": "practice",
                "title": "Ejemplo ficticio",
                "countries": ["PE"],
                "axes": ["empleo"],
            },
            {
                "kind": "practice",
                "id": bad_id,
                "title": "Otro ejemplo ficticio",
                "countries": ["PE"],
            },
        ],
    }
    path = write_file(folder, json.dumps(document).encode(), ".json")
    before = fingerprint(shared)
    plan = ex.plan_import(shared, [path])
    refused = plan.of(Outcome.REFUSED)
    assert [row.number for row in refused] == [2]
    assert any(p.key == "bad_id" and p.column == "id" for p in refused[0].problems)
    with pytest.raises(ex.ImportRefused):
        ex.apply_import(shared, plan)
    assert fingerprint(shared) == before


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"members": True}, "bundle_bad_manifest"),
        ({"members": ["records/practice.json"]}, "bundle_bad_manifest"),
        ({"counts": [1]}, "bundle_bad_manifest"),
        ({"counts": {"practice": "1"}}, "bundle_bad_manifest"),
        ({"counts": {"practice": -1}}, "bundle_bad_manifest"),
        ({"members": {"practice": "records/otro.json"}}, "bundle_not_list"),
    ],
)
def test_a_bundle_manifest_of_the_wrong_shape_is_refused(
    tmp_path: Path, change: dict[str, Any], key: str
) -> None:
    """`"members": true` raised AttributeError; a member holding an object was read as an
    empty bundle instead of refused."""
    import zipfile

    record = {"kind": "practice", "title": "Ejemplo ficticio", "countries": ["PE"]}
    manifest = {
        "format": "lazos-bundle",
        "format_version": 1,
        "counts": {"practice": 1},
        "members": {"practice": "records/practice.json"},
        **change,
    }
    path = tmp_path / "raro.lazos"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("records/practice.json", json.dumps([record]))
        archive.writestr("records/otro.json", json.dumps({"records": [record]}))
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == key
    assert refused.value.problem.file == "raro.lazos"
    assert all(refused.value.problem.message(lang) for lang in LANGUAGES)
