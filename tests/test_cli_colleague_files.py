"""The real command line on colleagues' files: reconciled values, new institutions, --map,
--dry-run --json, and --kind in singular and plural."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue

DATA = Path(__file__).parent / "data"


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A seeded catalogue, as `lazos-desktop --db PATH init` leaves it."""
    path = tmp_path / "colegas.sqlite3"
    Catalogue.open(path).close()
    return path


def test_dry_run_json_lists_new_institutions_mappings_and_questions(db: Path) -> None:
    dry = run(
        db,
        "import",
        str(DATA / "colegas_excel_es.csv"),
        str(DATA / "colleagues_en_bom.csv"),
        str(DATA / "colegas_libreoffice.xlsx"),
        "--create-institutions",
        "--dry-run",
        "--json",
    )
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["written"] is False and report["errors"] == []
    assert report["created"] == 5 + 4 + 3
    named = [item["title"] for item in report["new_institutions"]]
    assert named[:6] == [
        "BCRA",
        "SBS",
        "INDEC",
        "INEI",
        "Servicio Nacional de la Mujer",
        "Municipalidad",
    ]
    assert "Alcaldía de Cúcuta" in named and "Municipality of Quito" in named
    cucuta = next(i for i in report["new_institutions"] if i["title"] == "Alcaldía de Cúcuta")
    assert cucuta["country"] == "CO"
    assert cucuta["rows"] == [{"file": "colegas_libreoffice.xlsx › Hoja1", "row": 3}]
    mapping = report["mappings"][0]
    assert mapping["column"] == "ERISE axis" and mapping["mapped_to"]["code"] == "formacion"
    assert report["questions"] == []
    listed = json.loads(run(db, "list", "--json").stdout)["records"]
    assert not any("ficticio" in row["title"] or "Invented" in row["title"] for row in listed)


def test_colleague_files_import_and_the_institutions_exist_afterwards(db: Path) -> None:
    for name in ("colegas_excel_es.csv", "colleagues_en_bom.csv", "colegas_libreoffice.xlsx"):
        done = run(db, "import", str(DATA / name), "--create-institutions")
        assert done.returncode == 0, done.stderr
    shown = json.loads(
        run(db, "list", "--kind", "instituciones", "--query", "BCRA", "--json").stdout
    )
    assert [row["title"] for row in shown["records"]] == ["BCRA"]
    waiting = json.loads(run(db, "list", "--unclassified", "--json").stdout)
    assert sorted(row["title"] for row in waiting["records"]) == [
        "Ejemplo ficticio: acogida de mujeres",
        "Ejemplo ficticio: mesa de trabajo municipal",
    ]
    stats = run(db, "stats")
    assert "Por clasificar (borradores sin ejes o sin países): 2" in stats.stdout


def test_text_report_names_the_new_institutions_before_writing(db: Path) -> None:
    dry = run(
        db, "import", str(DATA / "colegas_excel_es.csv"), "--create-institutions", "--dry-run"
    )
    assert dry.returncode == 0
    assert (
        "6 instituciones nuevas: BCRA, SBS, INDEC, INEI, Servicio Nacional de la Mujer, "
        "Municipalidad." in dry.stdout
    )


def test_questions_are_refused_with_how_to_fix_and_map_answers_them(db: Path) -> None:
    asked = run(db, "--lang", "en", "import", str(DATA / "valores_dudosos.csv"))
    assert asked.returncode == 1
    assert "valores_dudosos.csv:2 [Países]: “Narnia” is not a known country" in asked.stderr
    assert '--map "Países:Narnia=CODE"' in asked.stderr
    assert "Did you mean “Social cohesion / Social protection”?" in asked.stderr
    assert "Armenia" not in asked.stderr
    answered = run(
        db,
        "import",
        str(DATA / "valores_dudosos.csv"),
        "--map",
        "Países:Narnia=later",
        "--map",
        "Ejes:social=cohesion_social",
        "--map",
        "Instituciones:SENA — Servicio Nacional de la Mujer=new",
        "--json",
    )
    assert answered.returncode == 0, answered.stderr
    report = json.loads(answered.stdout)
    assert report["created"] == 4 and report["left_for_later"][0]["value"] == "Narnia"
    assert report["new_institutions"][0]["title"] == "Servicio Nacional de la Mujer"
    assert report["new_institutions"][0]["acronym"] == "SENA"


def test_a_malformed_map_is_a_usage_error(db: Path) -> None:
    bad = run(db, "import", str(DATA / "valores_dudosos.csv"), "--map", "Narnia")
    assert bad.returncode == 2 and "COLUMNA:VALOR=CÓDIGO" in bad.stderr


@pytest.mark.parametrize("word", ["practice", "practices", "práctica", "prácticas", "Practicas"])
def test_list_and_export_take_the_kind_in_singular_and_plural(
    db: Path, tmp_path: Path, word: str
) -> None:
    listed = json.loads(run(db, "list", "--kind", word, "--json").stdout)
    assert listed["total"] == 3 and {row["kind"] for row in listed["records"]} == {"practice"}
    out = tmp_path / "p.json"
    exported = run(db, "export", str(out), "--kind", word, "--json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["counts"] == {"practice": 3}


def test_help_shows_the_kind_words_and_an_unknown_kind_is_refused(db: Path) -> None:
    shown = run(db, "list", "--help").stdout
    assert "practice/practices/práctica/prácticas" in " ".join(shown.split())
    assert run(db, "export", "x.json", "--kind", "cosas").returncode == 2


def test_colleague_files_in_other_shapes_through_the_command_line(db: Path, tmp_path: Path) -> None:
    """Files written here the way colleagues write them (issue 13 acceptance): Excel in a
    Spanish locale with a title above the headers and a source line below, Excel's
    "Unicode text", and a LibreOffice workbook with its notes sheet first and group labels
    merged over the headers. Every title says it is invented."""
    import datetime as dt

    from openpyxl import Workbook

    spanish = tmp_path / "mapeo_colombia.csv"
    spanish.write_bytes(
        (
            "Mapeo de prácticas 2023 (ejemplo ficticio);;;;;\r\n"
            "Título de la práctica;País(es);Ejes ERISE;Año de inicio;Institución responsable;"
            "Resumen/Descripción\r\n"
            "Ejemplo ficticio: certificación;Colombia y Venezuela;Formación profesional;"
            "2019-2021;SENA;Evaluación de competencias\r\n"
            "Ejemplo ficticio: mesa;Colombia;;2022;Migración Colombia;Mesa sin ejes\r\n"
            "Ejemplo ficticio: ferias;Colombia;Regularización;2020;ACNUR;Ferias\r\n"
            ";;;;;\r\nFuente: elaboración propia;;;;;\r\n"
        ).encode("cp1252")
    )
    unicode_text = tmp_path / "ecuador.txt"
    unicode_text.write_bytes(
        b"\xff\xfe"
        + (
            "Nombre\tPaíses\tEje\tAño\tInstituciones\r\n"
            "Ejemplo ficticio: ahorro\tEcuador\tFinancial inclusion\t15/03/2022\tUNHCR\r\n"
        ).encode("utf-16-le")
    )
    book = Workbook()
    book.active.title = "Notas"
    book.active.append(["Datos inventados para pruebas."])
    sheet = book.create_sheet("Hoja1")
    sheet.append(["Datos generales", None, None, "Ubicación e instituciones", None])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("D1:E1")
    sheet.append(["Título", "Eje", "Año", "País", "Institución"])
    sheet.append(["Ejemplo ficticio: oficios", "Empleo", dt.datetime(2021, 1, 1), "Chile", "SENCE"])
    workbook = tmp_path / "chile.xlsx"
    book.save(workbook)
    files = [str(spanish), str(unicode_text), str(workbook)]

    dry = run(db, "import", *files, "--create-institutions", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    report = json.loads(dry.stdout)
    assert report["errors"] == [] and report["questions"] == [], report
    assert report["created"] == 5, json.dumps(report, ensure_ascii=False)
    mapped = {(m["column"], m["value"]): m["mapped_to"]["code"] for m in report["mappings"]}
    assert mapped == {
        ("Año de inicio", "2019-2021"): "2019",
        ("Año", "15/03/2022"): "2022",
        ("Año", "2021-01-01"): "2021",
    }
    new = {item["title"]: item["country"] for item in report["new_institutions"]}
    assert new == {"Migración Colombia": "CO", "ACNUR": "", "SENCE": "CL"}  # UNHCR is ACNUR
    notices = " ".join(notice["message"] for notice in report["notices"])
    assert "fila 2" in notices and "Fuente: elaboración propia" in notices
    assert "Datos generales" in notices

    done = run(db, "import", *files, "--create-institutions")
    assert done.returncode == 0, done.stderr
    listed = json.loads(run(db, "list", "--query", "ficticio", "--json").stdout)["records"]
    by_title = {row["title"]: row for row in listed}
    assert by_title["Ejemplo ficticio: certificación"]["countries"] == ["CO", "VE"]
    waiting = json.loads(run(db, "list", "--unclassified", "--json").stdout)["records"]
    assert [row["title"] for row in waiting] == ["Ejemplo ficticio: mesa"]
    acnur = json.loads(
        run(db, "list", "--kind", "institutions", "--query", "ACNUR", "--json").stdout
    )
    assert [row["title"] for row in acnur["records"]] == ["ACNUR"]
    assert run(db, "check").returncode == 0
