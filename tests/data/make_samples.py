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


if __name__ == "__main__":
    spanish_excel_csv()
    bom_multiline_csv()
    bad_rows_csv()
    formula_csv()
    typed_workbook()
    dotdot_bundle()
