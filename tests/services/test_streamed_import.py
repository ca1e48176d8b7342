"""Long sheets are imported a chunk of rows at a time, with the same outcome as whole ones.

The thresholds are lowered here (`WHOLE_TABLE`, `TABLE_CHUNK`) so that a few hundred rows
take the streamed path: a million-row file is measured by `make bench`, not by the suite.
"""

from __future__ import annotations

import csv
import gc
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.interchange import csv_reader, streamed_rows, xlsx_reader
from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.services.streamed_import import ImportCancelled

HEADERS = ["ID", "Título", "Países", "Ejes", "Año", "Instituciones", "Sintético"]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables past 50 rows are streamed, 40 rows at a time."""
    monkeypatch.setattr(csv_reader, "WHOLE_TABLE", 50)
    monkeypatch.setattr(xlsx_reader, "WHOLE_TABLE", 50)
    monkeypatch.setattr(streamed_rows, "TABLE_CHUNK", 40)


def messy_rows(count: int) -> list[list[Any]]:
    """Rows with what a plan reports: refused years, mapped and unknown values, duplicates
    of earlier rows, new institutions named two ways, and the file's own numbering."""
    rows: list[list[Any]] = []
    for n in range(1, count + 1):
        title = f"Ejemplo ficticio número {n} de empleo para personas migrantes"
        country, axis, year, institution = "Perú", "empleo", 2023, ""
        if n % 23 == 0:
            year = "dos mil"
        if n % 29 == 0:
            country = "Peruu"  # mapped without asking
        if n % 31 == 0:
            country = "Narnia"  # a question
        if n % 37 == 0:
            title = rows[n - 10][1]  # a duplicate of a row of an earlier chunk
        if n % 41 == 0:
            institution = "Servicio Nacional de Prueba Ficticia (SENPF)"
        if n % 43 == 0:
            institution = "SENPF"
        rows.append([str(n), title, country, axis, year, institution, "sí"])
    return rows


def clean_rows(count: int) -> list[list[Any]]:
    """Rows every one of which is written, some with a value mapped without asking."""
    return [
        [str(n), f"Ejemplo ficticio {n} de empleo", "Peruu" if n % 29 == 0 else "Chile"]
        + ["empleo", 2023, "", "sí"]
        for n in range(1, count + 1)
    ]


def write_csv(path: Path, rows: list[list[Any]], tail: str = "") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
        if tail:
            writer.writerow([tail])
    return path


def records(catalogue: Catalogue) -> list[tuple[str, str]]:
    rows = catalogue.store.db.execute("SELECT id, data FROM records ORDER BY id").fetchall()
    return [(row[0], row[1]) for row in rows]


def report(result: ex.ImportResult, catalogue: Catalogue) -> dict[str, Any]:
    found = result.as_json("es", catalogue)
    for key in ("backup", "batch"):
        found.pop(key)
    for item in found["new_institutions"]:
        item.pop("id")
    return found


def test_a_streamed_plan_reports_what_the_whole_plan_does(
    tmp_path: Path, catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = write_csv(tmp_path / "largo.csv", messy_rows(300), "Fuente: elaboración propia")
    whole_catalogue = Catalogue.open(tmp_path / "entero.sqlite3")
    try:
        whole = ex.import_files(whole_catalogue, [sheet], dry_run=True, create_institutions=True)
        expected = report(whole, whole_catalogue)
    finally:
        whole_catalogue.close()
    monkeypatch.setattr(csv_reader, "WHOLE_TABLE", 50)
    monkeypatch.setattr(streamed_rows, "TABLE_CHUNK", 40)
    streamed_catalogue = Catalogue.open(catalogue_path)
    try:
        streamed = ex.import_files(
            streamed_catalogue, [sheet], dry_run=True, create_institutions=True
        )
        assert streamed.plan.summary is not None  # the streamed path was taken
        found = report(streamed, streamed_catalogue)
    finally:
        streamed_catalogue.close()
    assert found["refused"] == expected["refused"] == 22  # 13 years, 9 unknown countries
    assert found["duplicates"] == expected["duplicates"] > 0
    # The two notes (own numbering, a line below the list) come in another order.
    assert sorted(found.pop("notices"), key=str) == sorted(expected.pop("notices"), key=str)
    assert found == expected


@pytest.mark.usefixtures("small_chunks")
def test_the_dry_run_of_a_long_file_says_what_the_import_then_writes(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    sheet = write_csv(tmp_path / "largo.csv", messy_rows(300))
    before = catalogue.store.counts_by_kind()["practice"]
    dry = ex.import_files(catalogue, [sheet], dry_run=True, create_institutions=True)
    assert records(catalogue) and not dry.written
    done = ex.import_files(catalogue, [sheet], create_institutions=True, skip_invalid=True)
    assert done.written and done.plan.summary is not None
    planned = dry.counts()
    assert done.counts()["refused"] == planned["refused"] == 22
    assert done.created == planned["created"] + planned["new_institutions"]
    assert catalogue.store.counts_by_kind()["practice"] == before + planned["created"]
    assert catalogue.store.counts_by_kind()["institution"] > 0
    senpf = [r for r in catalogue.iter_records("institution") if r.acronym == "SENPF"]
    assert len(senpf) == 1  # named in full in one row and by acronym in others: one
    undone = ex.undo_last_import(catalogue)
    assert undone.changed
    assert catalogue.store.counts_by_kind()["practice"] == before


@pytest.mark.usefixtures("small_chunks")
def test_a_row_refused_after_chunks_were_written_leaves_the_catalogue_as_it_was(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    rows = clean_rows(200)
    rows[180][4] = "dos mil"  # every year fine but one, four chunks down
    sheet = write_csv(tmp_path / "largo.csv", rows)
    before = records(catalogue)
    with pytest.raises(ex.ImportRefused) as refused:
        ex.import_files(catalogue, [sheet], create_institutions=True)
    assert [(p.row, p.column) for p in refused.value.plan.problems] == [(182, "Año")]
    assert records(catalogue) == before
    assert ex.last_import(catalogue) is None


@pytest.mark.usefixtures("small_chunks")
def test_cancelling_between_chunks_rolls_everything_back(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    sheet = write_csv(tmp_path / "largo.csv", messy_rows(300))
    before = records(catalogue)
    plan = ex.plan_import(catalogue, [sheet], create_institutions=True)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(ImportCancelled) as cancelled:
        ex.apply_import(
            catalogue,
            plan,
            skip_invalid=True,
            progress=progress,
            cancelled=lambda: len(seen) >= 3,
        )
    assert seen[-1][1] == 300 and 0 < seen[-1][0] < 300
    assert records(catalogue) == before
    assert ex.last_import(catalogue) is None
    assert "nada" in cancelled.value.message("es")
    assert "nothing" in cancelled.value.message("en")


@pytest.mark.usefixtures("small_chunks")
def test_a_long_workbook_is_streamed_as_a_long_csv_is(tmp_path: Path, catalogue: Catalogue) -> None:
    import openpyxl

    rows = messy_rows(200)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Prácticas")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(tmp_path / "largo.xlsx")
    from_csv = ex.import_files(catalogue, [write_csv(tmp_path / "largo.csv", rows)], dry_run=True)
    from_xlsx = ex.import_files(catalogue, [tmp_path / "largo.xlsx"], dry_run=True)
    assert from_xlsx.plan.summary is not None
    assert from_xlsx.counts() == from_csv.counts()
    assert from_xlsx.counts()["refused"] == 22  # 8 years, 6 countries, 8 institutions


def _peak_while_planning(catalogue: Catalogue, sheet: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        result = ex.import_files(catalogue, [sheet], dry_run=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.plan.summary is not None
    return peak


@pytest.mark.slow
def test_memory_does_not_grow_with_the_rows_of_a_long_file(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_reader, "WHOLE_TABLE", 500)
    monkeypatch.setattr(streamed_rows, "TABLE_CHUNK", 500)
    small = write_csv(tmp_path / "corto.csv", clean_rows(3000))
    large = write_csv(tmp_path / "largo.csv", clean_rows(9000))
    _peak_while_planning(catalogue, small)  # vocabularies and caches loaded once
    first = _peak_while_planning(catalogue, small)
    second = _peak_while_planning(catalogue, large)
    # Three times the rows; the plan keeps bounded summaries, so the peak stays put (held
    # whole, 6,000 more rows took about 26 MB).
    assert second - first < 1_000_000, (first, second)


@pytest.mark.usefixtures("small_chunks")
def test_the_command_line_lists_the_first_problems_of_a_long_file_and_counts_them_all(
    tmp_path: Path,
    catalogue_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lazos_desktop import cli
    from lazos_desktop.interchange import merge_plan

    monkeypatch.setattr(merge_plan, "KEPT_ROWS", 5)
    Catalogue.open(catalogue_path).close()
    sheet = write_csv(tmp_path / "largo.csv", messy_rows(300))
    base = ["--db", str(catalogue_path), "--lang", "es", "import", str(sheet)]
    assert cli.main([*base, "--dry-run", "--json"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert found["refused"] == 35 and not found["written"]
    assert len({(error["file"], error["row"]) for error in found["errors"]}) == 5
    assert cli.main(base) == 1
    said = capsys.readouterr().err
    assert "35 problemas" in said.splitlines()[-1]  # all of them, not those listed
    listed = {line.split()[0] for line in said.splitlines() if line.startswith("largo.csv:")}
    assert len(listed) == 5  # the rows listed: the first five refused


@pytest.mark.usefixtures("small_chunks")
def test_a_long_import_undone_says_it_cannot_be_redone_rather_than_redo_nothing(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    from lazos_desktop.services.streamed_import import RedoRefused

    sheet = write_csv(tmp_path / "largo.csv", clean_rows(120))
    before = records(catalogue)
    done = ex.import_files(catalogue, [sheet])
    assert done.written and done.created == 120 and len(done.change.ids) == 120
    ex.undo_last_import(catalogue)
    assert records(catalogue) == before
    assert done.batch is not None
    with pytest.raises(RedoRefused) as refused:
        ex.redo_import(catalogue, done.change, done.batch)
    assert "vuelva a importar" in refused.value.message("es")
    assert records(catalogue) == before


@pytest.mark.usefixtures("small_chunks")
def test_a_long_file_damaged_after_it_was_read_is_refused_with_nothing_written(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    sheet = write_csv(tmp_path / "largo.csv", clean_rows(200))
    read = ex.read_files([sheet])
    plan = ex.plan_import(catalogue, read)
    assert not plan.refused
    rows = clean_rows(200)
    rows[150] = [str(151), "Título", *["x"] * 2000]  # 2,000 cells: too wide
    write_csv(sheet, rows)
    before = records(catalogue)
    with pytest.raises(ex.ImportRefused) as refused:
        ex.apply_import(catalogue, plan, skip_invalid=True)
    problems = refused.value.plan.file_problems
    assert [(p.file, p.key, p.row) for p in problems] == [("largo.csv", "table_too_wide", 152)]
    assert records(catalogue) == before
    assert ex.last_import(catalogue) is None
    again = ex.plan_import(catalogue, read)  # the dry run says so too, without a traceback
    assert again.refused and again.file_problems[0].key == "table_too_wide"
