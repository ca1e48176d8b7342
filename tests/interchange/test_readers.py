"""Reading files as people send them: encodings, delimiters, typed cells, headers in 3 languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lazos_desktop.domain.records import MODEL_BY_KIND, Kind
from lazos_desktop.interchange.csv_reader import decode, read_csv, sniff_delimiter
from lazos_desktop.interchange.file_messages import FileRefused
from lazos_desktop.interchange.headers import (
    STAMP_LABELS,
    field_header,
    kind_from_headers,
    kind_from_name,
    map_headers,
)
from lazos_desktop.interchange.xlsx_reader import read_xlsx

DATA = Path(__file__).parent.parent / "data"


def test_spanish_excel_csv_is_read_as_windows_1252_with_semicolons() -> None:
    table = read_csv(DATA / "excel_es_practicas.csv")
    assert table.headers[:3] == ["Título", "Países", "Ejes"]
    assert table.numbers == [2, 3, 4]
    assert table.rows[2][0] == "Ejemplo ficticio: «crédito semilla» en Santo Domingo"
    assert table.rows[2][5] == "Microcréditos; acompañamiento"
    assert all(not cell.endswith("\r") for row in table.rows for cell in row)


def test_bom_csv_keeps_line_breaks_inside_cells_and_numbers_records_as_rows() -> None:
    table = read_csv(DATA / "utf8_bom_multilinea.csv")
    assert table.headers[0] == "Title"  # the BOM is not part of the first header
    assert table.numbers == [2, 3]
    assert table.rows[0][4] == "Primera línea\nSegunda línea\nTercera, con coma"
    assert table.rows[1][0] == 'Ejemplo ficticio: "comillas" y saltos'


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = delimiter.join(["Título", "Países", "Resumen"]) + "\n"
    text += delimiter.join(["Uno", '"Perú, Chile"', "a; b, c"]) + "\n"
    assert sniff_delimiter(text) == delimiter


def test_decoding_falls_back_from_utf8_to_windows_1252_and_latin1() -> None:
    assert decode("Año«»€".encode("cp1252")) == "Año«»€"
    assert decode("Año".encode()) == "Año"
    assert decode("\ufeffAño".encode()) == "Año"
    assert decode(b"A\x81o") == "A\x81o"  # undefined in cp1252: read as Latin-1
    assert decode("Año".encode("utf-16")) == "Año"


def test_xlsx_reads_a_sheet_per_kind_and_ignores_the_extra_sheet() -> None:
    tables = read_xlsx(DATA / "libro_tipado.xlsx")
    assert [(t.sheet, t.kind) for t in tables] == [
        ("Buenas prácticas", Kind.PRACTICE),
        ("Intercambios", Kind.EXCHANGE),
    ]
    practices = tables[0]
    assert practices.rows[0][3] == 2023 and isinstance(practices.rows[0][3], int)
    assert practices.rows[0][4] is True
    assert practices.numbers == [2, 3]
    assert tables[1].rows[0][3] == dt.date(2024, 3, 1)


def test_first_sheet_is_read_when_no_sheet_names_a_kind(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Hoja1"
    book.active.append(["Title", "Countries"])
    book.active.append(["Ejemplo ficticio", "PE"])
    book.create_sheet("Hoja2").append(["nada"])
    book.save(tmp_path / "uno.xlsx")
    tables = read_xlsx(tmp_path / "uno.xlsx")
    assert len(tables) == 1 and tables[0].kind is None and tables[0].sheet == "Hoja1"


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lazos_desktop.interchange import csv_reader

    monkeypatch.setattr(csv_reader, "MAX_STREAMED_FILE", 100)
    path = tmp_path / "grande.csv"
    path.write_text("Título\n" + "x\n" * 200, encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        read_csv(path)
    assert refused.value.problem.key == "file_too_big"
    assert "MB" in refused.value.problem.message("es")


def test_an_unclosed_quote_is_refused_naming_the_row_where_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "comillas.csv"
    rows = ["Título;País"] + [f"Práctica {n};Perú" for n in range(2, 40)]
    rows[29] = 'Práctica 31;"Perú y ' + "x" * 200_000  # row 30 opens a quote it never closes
    path.write_text("sep=;\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        read_csv(path)
    assert refused.value.problem.key == "csv_cell_too_long"
    assert refused.value.problem.row == 30


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_every_field_of_every_kind_maps_from_its_header_in_each_language(
    kind: Kind, lang: str
) -> None:
    fields = list(dict.fromkeys([*MODEL_BY_KIND[kind].model_fields, *STAMP_LABELS]))
    written = [field_header(name, lang).upper() for name in fields]
    mapping = map_headers(kind, written)
    assert [mapping[i] for i in range(len(fields))] == fields


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("título", "title"),
        ("TITLE", "title"),
        ("Países", "countries"),
        ("paises", "countries"),
        ("Countries", "countries"),
        ("ejes", "axes"),
        ("Axes", "axes"),
        ("Eixos", "axes"),
        ("año", "year"),
        ("Year", "year"),
        ("ano", "year"),
        ("Instituciones", "institutions"),
        ("Institutions", "institutions"),
        ("Instituições", "institutions"),
        ("resumen", "summary"),
        ("Resumo", "summary"),
        ("Fuente", "source"),
        ("Fonte", "source"),
        ("Código", "code"),
        ("code", "code"),
        ("ID", "id"),
        ("uuid", "id"),
    ],
)
def test_common_headers_in_three_languages(header: str, field: str) -> None:
    assert map_headers(Kind.PRACTICE, [header]) == {0: field}


def test_kind_is_told_by_sheet_name_or_headers() -> None:
    assert kind_from_name("Buenas prácticas") == Kind.PRACTICE
    assert kind_from_name("Caixa de ferramentas") == Kind.TOOLBOX
    assert kind_from_name("INSTITUCIONES") == Kind.INSTITUTION
    assert kind_from_name("Hoja1") is None
    assert kind_from_headers(["Título", "Modalidad", "Partes"]) == Kind.EXCHANGE
    assert kind_from_headers(["Nombre", "Sigla", "País"]) == Kind.INSTITUTION
    assert kind_from_headers(["Title", "Countries"]) == Kind.PRACTICE


def test_xlsx_xml_is_parsed_through_defusedxml() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML is True
