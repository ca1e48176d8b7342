"""Writes the sample files of tests/data: run once, commit the output (kept small).

Every row is invented for tests and says so (title "Ejemplo ficticio", Sintético = sí);
none describes a real practice.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent


def spanish_excel_csv() -> None:
    """Windows-1252, `;`, CRLF: what Excel in a Spanish locale writes."""
    rows = [
        "Título;Países;Ejes;Año;Instituciones;Resumen;Fuente;Estado;Sintético",
        "Ejemplo ficticio: ventanilla de empleo en Lima;Perú;Promoción del empleo;2023;;"
        "Orientación laboral para personas migrantes;Datos de prueba;Borrador;sí",
        "Ejemplo ficticio: certificación binacional;Colombia, Ecuador;formacion;2022;SENA;"
        "Reconocimiento de competencias;Datos de prueba;Validada;sí",
        "Ejemplo ficticio: «crédito semilla» en Santo Domingo;República Dominicana;"
        'Inclusión financiera|Emprendimiento;2024;;"Microcréditos; acompañamiento";'
        "Datos de prueba;publicada;sí",
    ]
    (HERE / "excel_es_practicas.csv").write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")


def bom_multiline_csv() -> None:
    """UTF-8 with BOM, `,`, cells holding line breaks, English and Portuguese headers."""
    text = (
        "Title,Countries,Eixos,Year,Resumo,Source,Synthetic\n"
        '"Ejemplo ficticio: mentoría entre pares","Brazil, Argentina",cohesion_social,2021,'
        '"Primera línea\nSegunda línea\nTercera, con coma",Datos de prueba,yes\n'
        '"Ejemplo ficticio: ""comillas"" y saltos",Chile,"Protección social",2020,'
        '"Una línea\n\nTras una línea vacía",Datos de prueba,yes\n'
    )
    (HERE / "utf8_bom_multilinea.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def bad_rows_csv() -> None:
    text = (
        "Título,Países,Ejes,Año,ID,Sintético\n"
        "Ejemplo ficticio: bien,Perú,empleo,2023,,sí\n"
        "Ejemplo ficticio: país mal escrito,Peruu,empleo,2023,,sí\n"
        "Ejemplo ficticio: eje desconocido,Chile,Empleos,2023,,sí\n"
        "Ejemplo ficticio: año con letras,Chile,empleo,dos mil,,sí\n"
        ",Chile,empleo,2023,,sí\n"
        "Ejemplo ficticio: identificador roto,Chile,empleo,2023,no-es-un-uuid,sí\n"
    )
    (HERE / "filas_malas.csv").write_text(text, encoding="utf-8")


def formula_csv() -> None:
    text = (
        "Título,Países,Ejes,Resumen,Fuente,Sintético\n"
        '"=HYPERLINK(""http://example.invalid"",""clic"")",Perú,empleo,+1+1,-2,sí\n'
        'Ejemplo ficticio: arroba,Chile,empleo,@SUM(A1:A2),"\tcon tabulador",sí\n'
    )
    (HERE / "formulas.csv").write_text(text, encoding="utf-8")


def typed_workbook() -> None:
    """Typed cells (numbers as floats, booleans, dates), a sheet per kind and an extra sheet."""
    book = Workbook()
    notes = book.active
    notes.title = "Notas"
    notes.append(["Esta hoja no es de registros y se ignora."])
    practices = book.create_sheet("Buenas prácticas")
    practices.append(["Título", "Países", "Ejes", "Año", "Enfoque de género", "Sintético"])
    practices.append(["Ejemplo ficticio: hoja tipada", "PE; CL", "empleo", 2023.0, True, True])
    practices.append(["Ejemplo ficticio: segunda fila", "Uruguay", "formacion", 2019, False, True])
    exchanges = book.create_sheet("Intercambios")
    exchanges.append(["Título", "Partes", "Ejes", "Fecha de inicio", "Hitos", "Sintético"])
    exchanges.append(
        [
            "Ejemplo ficticio: intercambio tipado",
            "Argentina | Ministerio ficticio | Oferente\nPerú | Agencia ficticia | Receptor",
            "inclusion_financiera",
            dt.datetime(2024, 3, 1),
            "2024-04-01 | Primera reunión | Cumplido\n | Informe final | Pendiente",
            "sí",
        ]
    )
    book.save(HERE / "libro_tipado.xlsx")


def dotdot_bundle() -> None:
    with zipfile.ZipFile(HERE / "paquete_punto_punto.lazos", "w") as archive:
        archive.writestr(
            "manifest.json",
            '{"format": "lazos-bundle", "format_version": 1, "counts": {}, "members": {}}',
        )
        archive.writestr("../fuera.json", "[]")


def colleague_spanish_excel_csv() -> None:
    """A colleague's list as Excel in a Spanish locale saves it (cp1252, `;`, CRLF, cells
    holding `;` quoted): institutions by acronym the catalogue does not hold, one row
    without axes."""
    rows = [
        "Título;País;Eje ERISE;Año;Instituciones;Resumen;Sintético",
        'Ejemplo ficticio: cuentas básicas para personas migrantes;"Argentina; Perú";'
        'Inclusión financiera;2023;"BCRA; SBS";Apertura de cuentas con documento extranjero;sí',
        "Ejemplo ficticio: encuesta con variables de movilidad;Argentina, Perú;"
        'Regularización;2024;"INDEC; INEI";Preguntas comunes en dos encuestas;sí',
        "Ejemplo ficticio: acogida de mujeres;Chile;;2022;Servicio Nacional de la Mujer;"
        "Sin clasificar todavía;sí",
        "Ejemplo ficticio: ventanilla municipal;Perú;Promoción del empleo;2021;Municipalidad;"
        "Orientación en la municipalidad;sí",
        "Ejemplo ficticio: certificación con el SENA;Colombia;Formación;2020;"
        "SENA — Servicio Nacional de Aprendizaje;Reconocimiento de competencias;sí",
    ]
    (HERE / "colegas_excel_es.csv").write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")


def colleague_english_bom_csv() -> None:
    """UTF-8 with a byte-order mark, English headers and axis wordings that are not the
    catalogue's labels."""
    text = (
        "Title,Country,ERISE axis,Year,Partner institutions,Summary,Status,Synthetic\n"
        '"Invented example: skills passport pilot",Dominican Republic,'
        '"Vocational training and skills certification",2024,INFOTEP,'
        '"Mutual recognition of certificates",Published,yes\n'
        '"Invented example: tailoring course",Brazil,Vocational training,2023,,'
        '"Short course for newcomers",Draft,yes\n'
        '"Invented example: savings groups",Peru,"Financial Inclusion",2022,SBS,'
        '"Community savings",Validated,yes\n'
        '"Invented example: neighbourhood fairs",Ecuador,Social cohesion,2021,'
        'Municipality of Quito,"Fairs with host communities",Published,yes\n'
    )
    (HERE / "colleagues_en_bom.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def colleague_libreoffice_xlsx() -> None:
    """As LibreOffice Calc saves a colleague's workbook: a notes sheet first, the list on
    "Hoja1" with typed cells (whole numbers, dates, booleans), country names, local
    institutions."""
    book = Workbook()
    book.properties.creator = "LibreOffice Calc"
    notes = book.active
    notes.title = "Notas"
    notes.append(["Lista de trabajo; los ejes se completarán después."])
    notes.append(["Datos inventados para pruebas."])
    sheet = book.create_sheet("Hoja1")
    sheet.append(["Nombre", "Países", "Ejes", "Año", "Institución", "Resumen", "Sintético"])
    sheet.append(
        [
            "Ejemplo ficticio: bolsa de empleo local",
            "República Dominicana",
            "Promoción del empleo",
            2023,
            "Ayuntamiento de Santo Domingo Este",
            "Vacantes para personas migrantes",
            True,
        ]
    )
    sheet.append(
        [
            "Ejemplo ficticio: mesa de trabajo municipal",
            "Colombia",
            None,
            2022,
            "Alcaldía de Cúcuta",
            "Mesa sin clasificar aún",
            True,
        ]
    )
    sheet.append(
        [
            "Ejemplo ficticio: feria de emprendimiento",
            "Ecuador; Colombia",
            "Emprendimiento",
            dt.datetime(2024, 5, 1).year,
            "SECAP",
            "Feria binacional",
            True,
        ]
    )
    book.save(HERE / "colegas_libreoffice.xlsx")


def doubtful_values_csv() -> None:
    """The values the issue quotes as refused or wrongly suggested."""
    text = (
        "Título,Países,Ejes,Instituciones,Sintético\n"
        "Ejemplo ficticio: país inventado,Narnia,Empleo,,sí\n"
        "Ejemplo ficticio: eje ambiguo,Perú,Social,,sí\n"
        "Ejemplo ficticio: sigla y nombre que no coinciden,Chile,Protección social,"
        "SENA — Servicio Nacional de la Mujer,sí\n"
    )
    (HERE / "valores_dudosos.csv").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    spanish_excel_csv()
    bom_multiline_csv()
    bad_rows_csv()
    formula_csv()
    typed_workbook()
    dotdot_bundle()
    colleague_spanish_excel_csv()
    colleague_english_bom_csv()
    colleague_libreoffice_xlsx()
    doubtful_values_csv()
