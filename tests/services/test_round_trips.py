"""Export → import into an empty catalogue → export again gives the same records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lazos_desktop import paths
from lazos_desktop.domain.records import Kind, record_to_dict
from lazos_desktop.interchange.json_schema import SCHEMA_FILE, schema_text
from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex

SCHEMA_PATH = paths.resources_folder() / "schema" / SCHEMA_FILE


def _records(catalogue: Catalogue, *, stamps: bool = True) -> dict[str, dict[str, Any]]:
    found = {}
    for record in catalogue.iter_records():
        data = record_to_dict(record)
        if not stamps:
            for name in ("created_at", "updated_at", "updated_by"):
                data.pop(name)
        found[record.id] = data
    return found


def _fresh(tmp_path: Path, name: str) -> Catalogue:
    return Catalogue.open(tmp_path / f"{name}.sqlite3", officer="Bea", seed=False)


@pytest.mark.parametrize("fmt", ["lazos", "json", "xlsx", "csv"])
def test_every_format_round_trips_the_seeded_catalogue(
    catalogue: Catalogue, tmp_path: Path, fmt: str
) -> None:
    exported = ex.export(catalogue, tmp_path / f"todo.{fmt}", fmt=fmt)
    copy = _fresh(tmp_path, "copia")
    try:
        result = ex.import_files(copy, list(exported.paths))
        assert result.plan.problems == [] and result.created == sum(exported.counts.values())
        assert _records(copy) == _records(catalogue)
        again = ex.export(copy, tmp_path / f"otra.{fmt}", fmt=fmt)
        if fmt in ("csv", "lazos", "json"):
            for first, second in zip(exported.paths, again.paths, strict=True):
                assert _payload(first, fmt) == _payload(second, fmt)
    finally:
        copy.close()


def _payload(path: Path, fmt: str) -> Any:
    if fmt == "csv":
        return path.read_bytes()
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("exported_at")
        return data
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "manifest.json"}


def test_shipped_schema_is_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "regenerate resources/schema with: python -c 'from lazos_desktop.interchange."
        'json_schema import schema_text; print(schema_text(), end="")\' > ' + str(SCHEMA_PATH)
    )


def test_json_export_validates_against_the_shipped_schema(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    catalogue.add_synthetic(40, seed=3)
    ex.export(catalogue, tmp_path / "c.json")
    document = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["counts"]["practice"] == sum(
        1 for r in document["records"] if r["kind"] == "practice"
    )
    document["records"][0]["unexpected"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_export_of_a_query_or_of_ids_holds_only_those(catalogue: Catalogue, tmp_path: Path) -> None:
    from lazos_desktop.store.queries import RecordQuery

    peru = ex.export(
        catalogue, tmp_path / "pe.json", kind="practices", query=RecordQuery(country="PE")
    )
    data = json.loads((tmp_path / "pe.json").read_text(encoding="utf-8"))
    assert peru.counts == {"practice": len(data["records"])} and data["records"]
    assert all("PE" in r["countries"] and r["kind"] == "practice" for r in data["records"])
    one = catalogue.get("EX-001")
    ex.export(catalogue, tmp_path / "uno.json", ids=[one.id])
    data = json.loads((tmp_path / "uno.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in data["records"]] == [one.id]


def test_csv_export_opens_in_spanish_excel(catalogue: Catalogue, tmp_path: Path) -> None:
    result = ex.export(catalogue, tmp_path / "p.csv", kind="practices", delimiter=";")
    raw = result.paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    header = raw[3:].split(b"\r\n")[0].decode("utf-8")
    assert header.startswith("Código;Título;")


def test_xlsx_export_has_a_sheet_per_kind_frozen_header_and_widths(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    ex.export(catalogue, tmp_path / "c.xlsx")
    book = load_workbook(tmp_path / "c.xlsx")
    assert book.sheetnames == ["Prácticas", "Intercambios", "Herramientas", "Instituciones"]
    sheet = book["Prácticas"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "Código" and sheet["A1"].font.b
    widths = [sheet.column_dimensions[c].width for c in "ABC"]
    assert all(8 <= w <= 60 for w in widths) and widths[1] > widths[0]


def test_export_writes_nothing_outside_the_chosen_folder(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    folder = tmp_path / "salida"
    folder.mkdir()
    before = {p for p in tmp_path.rglob("*") if not p.is_relative_to(folder)}
    for fmt in ("csv", "xlsx", "json", "lazos"):
        ex.export(catalogue, folder / f"c.{fmt}", fmt=fmt)
    after = {p for p in tmp_path.rglob("*") if not p.is_relative_to(folder)}
    written = {p.name for p in folder.iterdir()}
    assert after == before
    assert written == {
        "c-practicas.csv",
        "c-intercambios.csv",
        "c-herramientas.csv",
        "c-instituciones.csv",
        "c.xlsx",
        "c.json",
        "c.lazos",
    }


text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    max_size=40,
)
title = text.map(str.strip).filter(bool)


@st.composite
def catalogue_content(draw: st.DrawFn) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from([Kind.PRACTICE, Kind.TOOLBOX, Kind.EXCHANGE]))
        common = {
            "title": draw(title),
            "source": draw(text),
            "synthetic": draw(st.booleans()),
            "axes": draw(
                st.lists(st.sampled_from(["empleo", "formacion"]), min_size=1, unique=True)
            ),
        }
        countries = draw(
            st.lists(st.sampled_from(["PE", "CO", "DO", "BR"]), min_size=1, max_size=3, unique=True)
        )
        if kind == Kind.EXCHANGE:
            items.append(
                {
                    "kind": kind,
                    **common,
                    "modality": "regional",
                    "parties": [{"country": c, "institution_name": draw(text)} for c in countries],
                    "milestones": [{"title": draw(title), "note": draw(text)}],
                }
            )
        else:
            items.append(
                {
                    "kind": kind,
                    **common,
                    "countries": countries,
                    "year": draw(st.none() | st.integers(1950, 2100)),
                    "summary": draw(text),
                }
            )
    return items


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(content=catalogue_content(), fmt=st.sampled_from(["lazos", "json", "csv", "xlsx"]))
def test_any_catalogue_survives_export_and_import(
    tmp_path_factory: pytest.TempPathFactory, content: list[dict[str, Any]], fmt: str
) -> None:
    from lazos_desktop.domain.records import record_from_dict

    folder = tmp_path_factory.mktemp("prop")
    source = Catalogue.open(folder / "a.sqlite3", officer="Ana", seed=False)
    copy = Catalogue.open(folder / "b.sqlite3", officer="Bea", seed=False)
    try:
        records = [record_from_dict(item.pop("kind"), item) for item in content]
        source.store.create_many(records, "Ana")
        if len(records) > 1:
            source.link(records[0].id, records[-1].id)
        exported = ex.export(source, folder / f"c.{fmt}")
        result = ex.import_files(copy, list(exported.paths))
        assert result.plan.problems == []
        assert _records(copy) == _records(source)
    finally:
        source.close()
        copy.close()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_text_that_looks_like_a_formula_round_trips_exactly(
    empty_catalogue: Catalogue, tmp_path: Path, fmt: str
) -> None:
    from lazos_desktop.domain.records import Practice

    titles = ["=1+1", "'=ya con apóstrofo", "-menos", "@arroba", "+más", "'apóstrofo", "<b>x</b>"]
    empty_catalogue.store.create_many(
        [Practice(title=t, countries=["PE"], axes=["empleo"], summary=t) for t in titles], "Ana"
    )
    exported = ex.export(empty_catalogue, tmp_path / f"f.{fmt}", kind="practices")
    copy = _fresh(tmp_path, "copia")
    try:
        ex.import_files(copy, list(exported.paths))
        assert sorted(r.title for r in copy.iter_records()) == sorted(titles)
    finally:
        copy.close()
