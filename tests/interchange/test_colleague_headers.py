"""Headers as colleagues write them, and a title above the header row (issue 13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from lazos_desktop.domain.records import Kind
from lazos_desktop.interchange.csv_reader import read_csv
from lazos_desktop.interchange.headers import header_problem, lift_headers, map_headers
from lazos_desktop.interchange.import_sources import read_sources
from lazos_desktop.interchange.xlsx_reader import read_xlsx


@pytest.mark.parametrize(
    ("kind", "header", "field"),
    [
        (Kind.PRACTICE, "Título de la práctica", "title"),
        (Kind.PRACTICE, "Nombre de la buena práctica", "title"),
        (Kind.PRACTICE, "Practice title", "title"),
        (Kind.PRACTICE, "Nome da prática", "title"),
        (Kind.PRACTICE, "Iniciativa", "title"),
        (Kind.PRACTICE, "País(es)", "countries"),
        (Kind.PRACTICE, "Institución responsable", "institutions"),
        (Kind.PRACTICE, "Lead institution", "institutions"),
        (Kind.PRACTICE, "Instituciones participantes", "institutions"),
        (Kind.PRACTICE, "Resumen/Descripción", "summary"),
        (Kind.PRACTICE, "Ejes temáticos", "axes"),
        (Kind.PRACTICE, "Año de inicio", "year"),
        (Kind.PRACTICE, "Start year", "year"),
        (Kind.PRACTICE, "Estado actual", "status"),
        (Kind.EXCHANGE, "Título del intercambio", "title"),
        (Kind.EXCHANGE, "Exchange", "title"),
        (Kind.EXCHANGE, "Fecha de finalización", "end_date"),
        (Kind.EXCHANGE, "Fecha de término", "end_date"),
        (Kind.EXCHANGE, "País oferente", "offering_countries"),
        (Kind.EXCHANGE, "Offering country", "offering_countries"),
        (Kind.EXCHANGE, "Institución receptora", "receiving_institutions"),
        (Kind.EXCHANGE, "Receptor", "receiving_parties"),
        (Kind.EXCHANGE, "Segundo oferente", "facilitating_parties"),
        (Kind.TOOLBOX, "Nombre de la herramienta", "title"),
        (Kind.INSTITUTION, "Nombre de la institución", "title"),
    ],
)
def test_headers_with_qualifying_words_name_their_field(
    kind: Kind, header: str, field: str
) -> None:
    assert map_headers(kind, [header]) == {0: field}


@pytest.mark.parametrize(
    "header",
    ["Nombre de la institución", "Título del intercambio", "Fecha de registro", "Herramienta"],
)
def test_headers_naming_another_thing_are_not_the_title_of_a_practice(header: str) -> None:
    assert "title" not in map_headers(Kind.PRACTICE, [header]).values()


def test_a_header_naming_the_title_with_qualifiers_wins_over_a_bare_record_noun() -> None:
    headers = ["Proyecto", "Nombre de la práctica", "Población objetivo"]
    assert map_headers(Kind.PRACTICE, headers) == {1: "title", 2: "population_groups"}
    assert map_headers(Kind.PRACTICE, ["Proyecto", "Países"]) == {0: "title", 1: "countries"}


def test_a_header_written_as_the_field_wins_over_one_with_qualifiers() -> None:
    headers = ["Título de la práctica", "Título", "Resumen/Descripción", "Descripción"]
    assert map_headers(Kind.PRACTICE, headers) == {
        1: "title",
        3: "description",
        2: "summary",
    }


def _csv(tmp_path: Path, text: str, name: str = "lista.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return path


def test_a_title_row_and_a_blank_row_above_the_headers_are_set_aside(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Relevamiento 2023 — Oficina regional (ejemplo ficticio);;;\r\n;;;\r\n"
        "Título;Países;Ejes;Año\r\nEjemplo ficticio: taller;Perú;empleo;2023\r\n;;;\r\n",
    )
    table = lift_headers(read_csv(path))
    assert table.headers == ["Título", "Países", "Ejes", "Año"]
    assert table.numbers == [4] and table.rows[0][0] == "Ejemplo ficticio: taller"
    (note,) = table.notes
    assert note.key == "title_rows_skipped" and note.params["row"] == 3
    assert "Relevamiento 2023" in note.message("es") and "row 3" in note.message("en")
    assert header_problem(table, Kind.PRACTICE, map_headers(Kind.PRACTICE, table.headers)) is None


def test_a_table_above_the_headers_is_not_set_aside_but_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Oficina;Año\r\nRegional;2024\r\nTítulo;Países;Ejes\r\nA;Perú;empleo\r\n")
    table = lift_headers(read_csv(path))
    assert table.headers == ["Oficina", "Año"]
    problem = header_problem(table, Kind.PRACTICE, map_headers(Kind.PRACTICE, table.headers))
    assert problem is not None and problem.key == "header_row_below"


def test_a_workbook_with_notes_first_and_a_merged_title_over_the_headers(tmp_path: Path) -> None:
    """As LibreOffice saves it: the notes sheet first, the list's title merged across the
    columns (its text in the first cell only), typed years and dates."""
    book = Workbook()
    notes = book.active
    notes.title = "Notas"
    notes.append(["Lista de trabajo; datos inventados."])
    sheet = book.create_sheet("Hoja1")
    sheet.append(["Catastro de prácticas — Región Metropolitana (ficticio)", None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["Título", "País", "Año", "Fecha de registro"])
    sheet.append(["Ejemplo ficticio: intermediación", "Chile", 2022.0, dt.datetime(2022, 3, 15)])
    path = tmp_path / "catastro.xlsx"
    book.save(path)
    (table,) = read_xlsx(path)
    assert table.sheet == "Hoja1" and table.headers[:3] == ["Título", "País", "Año"]
    assert table.rows == [["Ejemplo ficticio: intermediación", "Chile", 2022, dt.date(2022, 3, 15)]]
    assert [note.key for note in table.notes] == ["title_rows_skipped"]


def test_a_notes_sheet_before_a_portuguese_list_is_passed_over(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Leia-me"
    book.active.append(["Planilha de levantamento (dados fictícios)"])
    sheet = book.create_sheet("Planilha1")
    sheet.append(["Nome da prática", "Países", "Eixos", "Ano de início", "Instituições parceiras"])
    sheet.append(["Exemplo fictício: curso", "Brasil", "Formação profissional", 2021, "SENAI"])
    path = tmp_path / "levantamento.xlsx"
    book.save(path)
    (source,) = read_sources([path]).sources
    assert source.table is not None and source.table.sheet == "Planilha1"
    assert sorted(source.mapping.values()) == ["axes", "countries", "institutions", "title", "year"]


def test_excel_unicode_text_is_read_with_its_tabs(tmp_path: Path) -> None:
    """Excel's "Texto Unicode" (.txt): UTF-16 with its byte-order mark, tab-separated."""
    path = tmp_path / "lista.txt"
    text = "Título\tPaíses\tEjes\r\nEjemplo ficticio: bolsa\tEcuador\tPromoción del empleo\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (source,) = read_sources([path]).sources
    assert source.table is not None
    assert source.table.headers == ["Título", "Países", "Ejes"]
    assert source.table.rows == [["Ejemplo ficticio: bolsa", "Ecuador", "Promoción del empleo"]]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Año (AAAA)", "year"),
        ("País (separar con ;)", "countries"),
        ("Título*", "title"),
        ("Ejes\nERISE", "axes"),
    ],
)
def test_hints_and_marks_in_a_header_are_set_aside(header: str, field: str) -> None:
    assert map_headers(Kind.PRACTICE, [header]) == {0: field}


def test_a_list_of_practices_with_a_start_date_is_still_practices() -> None:
    from lazos_desktop.interchange.headers import kind_from_headers

    headers = ["ID", "Código", "Título", "País", "Eje ERISE", "Año", "Fecha de inicio"]
    assert kind_from_headers(headers) == Kind.PRACTICE
    assert kind_from_headers(["Título", "País(es)", "Ejes ERISE"]) == Kind.PRACTICE
    assert kind_from_headers(["Título", "País oferente", "País receptor"]) == Kind.EXCHANGE


def test_group_labels_over_the_headers_are_set_aside(tmp_path: Path) -> None:
    """Two header rows, the upper one of labels merged over groups of columns."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Datos generales", None, None, "Partes", None, None, None])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("D1:G1")
    sheet.append(
        [
            "Nombre del intercambio",
            "Modalidad",
            "Eje",
            "País oferente",
            "Institución oferente",
            "País receptor",
            "Institución receptora",
        ]
    )
    sheet.append(
        [
            "Ejemplo ficticio: ruta",
            "Bilateral",
            "Empleo",
            "Costa Rica",
            "MTSS",
            "Panamá",
            "Mitradel",
        ]
    )
    path = tmp_path / "dos_filas.xlsx"
    book.save(path)
    (source,) = read_sources([path]).sources
    assert source.kind == Kind.EXCHANGE and source.table is not None
    assert source.table.numbers == [3]
    assert "Datos generales · Partes" in source.table.notes[0].message("es")


def test_a_data_row_above_the_headers_is_not_taken_for_group_labels(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Regional;;2024;\r\nTítulo;Países;Ejes;Año\r\nA;Perú;empleo;2023\r\n")
    assert lift_headers(read_csv(path)).headers == ["Regional", "", "2024", ""]
