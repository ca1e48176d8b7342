"""Colleagues' files in the shapes the issue-13 acceptance found refused or misread: lists
joined with "y" or "/", years as spans and dates, institutions by acronym and by name in
different rows, international organisations, exchanges with a column per role, and
another tool's JSON list. Every file is built here; every title says it is invented."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook

from lazos_desktop.domain.records import Exchange, Institution, Kind, Practice
from lazos_desktop.interchange.value_choices import Choice, ValueChoices
from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex


def _write(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.replace("\n", "\r\n").encode(encoding))
    return path


def _practices(catalogue: Catalogue) -> dict[str, Practice]:
    found = {r.title: r for r in catalogue.iter_records("practice") if isinstance(r, Practice)}
    return {title: record for title, record in found.items() if "ficticio" in title}


def _institution(catalogue: Catalogue, title: str) -> Institution:
    (found,) = [r for r in catalogue.iter_records("institution") if r.title == title]
    assert isinstance(found, Institution)
    return found


def test_lists_joined_with_y_e_and_slash_are_split_when_every_part_is_a_name(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "paises.csv",
        "Título;País(es);Ejes ERISE\n"
        "Ejemplo ficticio: uno;Colombia y Venezuela;Emprendimiento / Inclusión financiera\n"
        "Ejemplo ficticio: dos;Brasil e Argentina;Formación y empleo\n"
        '"Ejemplo ficticio: tres";"Perú, Chile y Ecuador";Vocational training and skills '
        "certification\n"
        "Ejemplo ficticio: cuatro;Trinidad y Tobago;Brasil/Brazil\n"
        "Ejemplo ficticio: cinco;Argentina / Uruguay;Protección social y salud\n",
        "cp1252",
    )
    plan = ex.plan_import(catalogue, [path])
    questions = {(g.column, g.value) for g in plan.questions()}
    assert questions == {("Ejes ERISE", "Brasil/Brazil")}  # not an axis: asked
    mapped = {(g.column, g.value): g.code for g in plan.mappings()}
    assert mapped == {
        ("Ejes ERISE", "Vocational training and skills certification"): "formacion",
        ("Ejes ERISE", "Protección social y salud"): "proteccion_social",
    }
    ex.apply_import(catalogue, ex.plan_import(catalogue, [path], choices=_later("Ejes ERISE")))
    found = {t: (r.countries, r.axes) for t, r in _practices(catalogue).items()}
    assert found == {
        "Ejemplo ficticio: uno": (["CO", "VE"], ["emprendimiento", "inclusion_financiera"]),
        "Ejemplo ficticio: dos": (["BR", "AR"], ["formacion", "empleo"]),
        "Ejemplo ficticio: tres": (["PE", "CL", "EC"], ["formacion"]),
        "Ejemplo ficticio: cuatro": (["TT"], []),
        "Ejemplo ficticio: cinco": (["AR", "UY"], ["proteccion_social"]),
    }


def _later(column: str) -> ValueChoices:
    choices = ValueChoices()
    choices.set(column, "Brasil/Brazil", Choice("later"))
    return choices


def test_years_written_as_spans_dates_and_floats_are_read_and_said(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "anios.csv",
        "Título,Año de inicio\n"
        "Ejemplo ficticio: rango,2019-2021\n"
        "Ejemplo ficticio: fecha,15/03/2022\n"
        "Ejemplo ficticio: decimal,2021.0\n"
        "Ejemplo ficticio: al revés,2021-2019\n",
    )
    plan = ex.plan_import(catalogue, [path])
    mapped = {g.value: g.code for g in plan.mappings()}
    assert mapped == {"2019-2021": "2019", "15/03/2022": "2022"}
    (problem,) = plan.problems
    assert problem.row == 5 and problem.key == "not_a_number"
    years = {p.record.title: p.record.year for p in plan.rows if isinstance(p.record, Practice)}
    assert years == {
        "Ejemplo ficticio: rango": 2019,
        "Ejemplo ficticio: fecha": 2022,
        "Ejemplo ficticio: decimal": 2021,
    }


def test_an_acronym_and_a_name_in_different_rows_make_one_new_institution(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "mtpe.csv",
        "Nombre;Paises;Instituciones\n"
        "Ejemplo ficticio: ventanilla;Perú;Ministerio de Trabajo y Promoción del Empleo\n"
        'Ejemplo ficticio: bolsa;"Perú; Chile";MTPE\n'
        "Ejemplo ficticio: campaña;Perú;Ministerio de Trabajo y Promoción del Empleo (MTPE)\n",
        bom=b"\xef\xbb\xbf",
    )
    plan = ex.plan_import(catalogue, [path], create_institutions=True)
    assert plan.questions() == []
    (new,) = plan.institutions_to_create()
    assert (new.record.acronym, new.record.title) == (
        "MTPE",
        "Ministerio de Trabajo y Promoción del Empleo",
    )
    assert new.record.country == "PE"  # every row naming it names Perú
    ex.apply_import(catalogue, plan)
    ministry = _institution(catalogue, "Ministerio de Trabajo y Promoción del Empleo")
    assert {t: r.institutions for t, r in _practices(catalogue).items()} == {
        "Ejemplo ficticio: ventanilla": [ministry.id],
        "Ejemplo ficticio: bolsa": [ministry.id],
        "Ejemplo ficticio: campaña": [ministry.id],
    }


def test_international_organisations_are_one_under_every_acronym_and_have_no_country(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "organismos.csv",
        "Título,Países,Instituciones\n"
        "Ejemplo ficticio: interiorización,Brasil,ACNUR\n"
        "Invented example: savings groups,Brazil,UNHCR\n"
        "Ejemplo ficticio: red de empleadores,Argentina,ILO\n"
        "Ejemplo ficticio: ferias,Perú,Organización Internacional para las Migraciones\n"
        "Ejemplo ficticio: talleres,Perú,OIM\n",
    )
    plan = ex.plan_import(catalogue, [path], create_institutions=True)
    made = sorted(
        (n.record.title, n.record.country, n.record.institution_type)
        for n in plan.institutions_to_create()
    )
    assert made == [
        ("ACNUR", "", "international"),
        ("Organización Internacional para las Migraciones", "", "international"),
    ]
    ex.apply_import(catalogue, plan)
    records = {r.title: r for r in catalogue.iter_records("practice") if isinstance(r, Practice)}
    oit = catalogue.get("IN-007")  # the seeded Organización Internacional del Trabajo
    assert records["Ejemplo ficticio: red de empleadores"].institutions == [oit.id]
    assert (
        records["Ejemplo ficticio: interiorización"].institutions
        == records["Invented example: savings groups"].institutions
    )
    assert (
        records["Ejemplo ficticio: ferias"].institutions
        == records["Ejemplo ficticio: talleres"].institutions
    )


def test_a_question_offering_an_institution_of_the_file_names_it(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """One acronym given two names: the rows are not joined, and the question offers the
    institution the import creates by its name, not its identifier."""
    path = _write(
        tmp_path / "sigla.csv",
        "Título,Países,Instituciones\n"
        "Ejemplo ficticio: a,Perú,MTPE\n"
        'Ejemplo ficticio: b,Perú,"Ministerio de Trabajo y Promoción del Empleo (MTPE)"\n'
        'Ejemplo ficticio: c,Perú,"MTPE — Ministerio del Trabajo"\n',
    )
    result = ex.import_files(catalogue, [path], dry_run=True, create_institutions=True)
    report = result.as_json("es", catalogue)
    labels = [c["label"] for q in report["questions"] for c in q["candidates"]]
    assert labels and all(label == "MTPE" for label in labels)
    assert "MTPE" in " ".join(e["message"] for e in report["errors"])


def test_exchanges_with_a_column_per_role_become_parties(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Intercambios"
    sheet.append(
        [
            "Título del intercambio",
            "Modalidad",
            "País oferente",
            "Institución oferente",
            "País receptor",
            "Institución receptora",
            "Estado",
            "Inicio",
            "Fecha de finalización",
            "Eje",
        ]
    )
    sheet.append(
        [
            "Ejemplo ficticio: asistencia técnica",
            "Sur-Sur bilateral",
            "Colombia",
            "SENA",
            "Rep. Dominicana",
            "Ministerio de Trabajo",
            "en curso",
            dt.datetime(2023, 4, 1),
            None,
            "Formación profesional",
        ]
    )
    sheet.append(
        [
            "Ejemplo ficticio: pasantía",
            "Triangular",
            "Chile",
            "ChileValora",
            "Perú; Ecuador",
            "Ministerio A (ficticio); Ministerio B (ficticio)",
            "Finalizado",
            "15/03/2022",
            "30/11/2022",
            "Formación",
        ]
    )
    path = tmp_path / "intercambios.xlsx"
    book.save(path)
    plan = ex.plan_import(catalogue, [path])
    assert plan.problems == [] and plan.questions() == []
    ex.apply_import(catalogue, plan)
    exchanges = {r.title: r for r in catalogue.iter_records("exchange") if isinstance(r, Exchange)}
    first = exchanges["Ejemplo ficticio: asistencia técnica"]
    assert [(p.country, p.role, p.institution_name) for p in first.parties] == [
        ("CO", "offering", "SENA"),
        ("DO", "receiving", "Ministerio de Trabajo"),
    ]
    assert first.parties[0].institution == catalogue.get("IN-001").id
    assert (first.status, first.start_date, first.modality) == (
        "active",
        dt.date(2023, 4, 1),
        "bilateral",
    )
    second = exchanges["Ejemplo ficticio: pasantía"]
    assert [(p.country, p.role, p.institution_name) for p in second.parties] == [
        ("CL", "offering", "ChileValora"),
        ("PE", "receiving", "Ministerio A (ficticio)"),
        ("EC", "receiving", "Ministerio B (ficticio)"),
    ]
    assert (second.status, second.end_date) == ("completed", dt.date(2022, 11, 30))


def test_role_columns_that_cannot_be_paired_are_said_not_guessed(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "intercambios.csv",
        "Título,País oferente,Institución oferente,Receptor\n"
        'Ejemplo ficticio: x,"Chile, Perú","Institución A (ficticia), Institución B '
        '(ficticia), Institución C (ficticia)",Ecuador\n',
    )
    plan = ex.plan_import(catalogue, [path])
    (problem,) = plan.problems
    assert problem.key == "role_parties_unpaired" and problem.column == "Institución oferente"


def test_another_tools_json_list_is_read_like_a_sheet(catalogue: Catalogue, tmp_path: Path) -> None:
    items = [
        {
            "titulo": "Ejemplo ficticio: acompañamiento",
            "pais": "Perú",
            "ejes": ["Emprendimiento"],
            "anio": "2022",
            "instituciones": ["OIM"],
        },
        {
            "titulo": "Ejemplo ficticio: orientación",
            "pais": "Ecuador; Colombia",
            "ejes": "Promoción del empleo",
            "anio": 2021,
            "instituciones": "SECAP",
        },
        {"titulo": "Ejemplo ficticio: registro", "pais": "Colombia", "ejes": [], "anio": None},
    ]
    path = tmp_path / "formulario.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    plan = ex.plan_import(catalogue, [path], create_institutions=True)
    assert plan.problems == []
    assert [n.record.title for n in plan.institutions_to_create()] == ["OIM"]
    ex.apply_import(catalogue, plan)
    found = {t: (r.countries, r.axes, r.year) for t, r in _practices(catalogue).items()}
    assert found == {
        "Ejemplo ficticio: acompañamiento": (["PE"], ["emprendimiento"], 2022),
        "Ejemplo ficticio: orientación": (["EC", "CO"], ["empleo"], 2021),
        "Ejemplo ficticio: registro": (["CO"], [], None),
    }


def test_a_json_list_of_records_that_say_their_kind_is_still_read_as_records(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = tmp_path / "registros.json"
    record = {"kind": "practice", "title": "Ejemplo ficticio: registro", "countries": ["PE"]}
    path.write_text(json.dumps([record]), encoding="utf-8")
    (source,) = ex.read_files([path]).sources
    assert source.table is None and [row.data["title"] for row in source.rows] == [
        "Ejemplo ficticio: registro"
    ]


def test_an_id_column_of_the_files_own_numbers_and_a_source_line_below_are_set_aside(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "numerada.csv",
        'ID;Título*;"País (separar con ;)";Año (AAAA);Fecha de inicio\n'
        "1;Ejemplo ficticio: mentoras;Chile;2022;01/03/2022\n"
        '2;Ejemplo ficticio: oficina;"Chile; Perú";2020;\n'
        ";;;;\n"
        "Fuente: elaboración propia (datos ficticios);;;;\n",
        "cp1252",
    )
    plan = ex.plan_import(catalogue, [path])
    assert plan.problems == []
    notes = {note.key: note for note in plan.notices}
    assert notes["id_column_own"].column == "ID"
    assert "Fuente: elaboración propia" in notes["note_rows_skipped"].message("es")
    assert "5" in notes["note_rows_skipped"].params["rows"]
    again = ex.plan_import(catalogue, ex.read_files([path]))
    assert [n.key for n in again.notices].count("id_column_own") == 1
    ex.apply_import(catalogue, plan)
    found = {t: (r.countries, r.year) for t, r in _practices(catalogue).items()}
    assert found == {
        "Ejemplo ficticio: mentoras": (["CL"], 2022),
        "Ejemplo ficticio: oficina": (["CL", "PE"], 2020),
    }


def test_an_id_column_of_this_programs_identifiers_is_still_read(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    seeded = catalogue.get("BP-001")
    path = _write(
        tmp_path / "ids.csv", f"ID,Título\n{seeded.id},{seeded.title}\n,Ejemplo ficticio\n"
    )
    plan = ex.plan_import(catalogue, [path])
    assert "id_column_own" not in [n.key for n in plan.notices]
    assert plan.counts()["created"] == 1 and plan.counts()["unchanged"] == 1


def test_a_ministry_whose_name_holds_a_comma_is_one_institution(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Prácticas"
    sheet.append(["Título", "Países", "Instituciones"])
    sheet.append(
        [
            "Ejemplo ficticio: cuidados",
            "Argentina",
            "Ministerio de Trabajo, Empleo y Seguridad Social (MTEySS)",
        ]
    )
    sheet.append(["Ejemplo ficticio: bolsa", "Argentina", "MTEySS"])
    sheet.append(["Ejemplo ficticio: dos", "Argentina", "INAES, MTEySS"])
    path = tmp_path / "comas.xlsx"
    book.save(path)
    plan = ex.plan_import(catalogue, [path], create_institutions=True)
    made = {(n.record.acronym, n.record.title) for n in plan.institutions_to_create()}
    assert made == {
        ("MTEySS", "Ministerio de Trabajo, Empleo y Seguridad Social"),
        ("", "INAES"),
    }


def test_a_party_whose_country_is_left_for_later_is_left_out_not_refused(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "partes.csv",
        "Título del intercambio;Modalidad;Partes;Estado\n"
        'Ejemplo ficticio: pasantía;Triangular;"Colombia | SENA | oferente\n'
        "Costa Rica | Instituto ficticio | receptor\n"
        'Internacional | OIT | facilitador";Finalizado\n'
        'Ejemplo ficticio: misión;Bilateral;" | SENA | oferente\n'
        'Perú | Ministerio ficticio | receptor";en curso\n'
        'Ejemplo ficticio: sin país;Bilateral;" | Agencia ficticia | oferente\n'
        'Perú | Ministerio ficticio | receptor";en curso\n',
        "cp1252",
    )
    asked = ex.plan_import(catalogue, [path])
    keys = sorted((p.row, p.key) for p in asked.problems)
    assert keys == [(2, "unknown_country_name"), (4, "party_without_country")]
    choices = ValueChoices()
    choices.set("Partes", "Internacional", Choice("later"))
    plan = ex.plan_import(catalogue, [path], choices=choices)
    assert [(p.row, p.key) for p in plan.problems] == [(4, "party_without_country")]
    exchanges = {r.title: r for p in plan.rows if isinstance(r := p.record, Exchange)}
    triangular = exchanges["Ejemplo ficticio: pasantía"]
    assert [(p.country, p.role) for p in triangular.parties] == [
        ("CO", "offering"),
        ("CR", "receiving"),
    ]
    mission = exchanges["Ejemplo ficticio: misión"]
    assert [p.country for p in mission.parties] == ["CO", "PE"]  # SENA's country


def test_the_window_offers_the_role_columns_of_an_exchange_sheet() -> None:
    offered = dict(ex.field_choices(Kind.EXCHANGE, "en"))
    assert offered["offering_countries"] == "Offering country"
    assert offered["receiving_institutions"] == "Receiving institution"
    assert "offering_countries" not in dict(ex.field_choices(Kind.PRACTICE))


def test_lines_below_the_list_in_the_title_column_are_notes_not_records(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "notas.csv",
        "Título;Países;Ejes\n"
        "Ejemplo ficticio: uno;Perú;Empleo\n"
        "Ejemplo ficticio: solo título\n"
        "Total;2;\n"
        ";;\n"
        "Elaborado por la oficina (ficticio)\n",
        "cp1252",
    )
    plan = ex.plan_import(catalogue, [path])
    titles = [p.record.title for p in plan.rows if p.record is not None]
    assert titles == ["Ejemplo ficticio: uno", "Ejemplo ficticio: solo título"]
    (note,) = [n for n in plan.notices if n.key == "note_rows_skipped"]
    assert note.params["rows"] == "4, 6"


def test_more_ways_of_writing_a_year(catalogue: Catalogue, tmp_path: Path) -> None:
    """ "2.021" (a number grouped by Excel in Spanish), "2021 (piloto)", and a year the
    spreadsheet shows as a date (2021 formatted as a date is 13/07/1905)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Título", "Año"])
    sheet.append(["Ejemplo ficticio: agrupado", "2.021"])
    sheet.append(["Ejemplo ficticio: con nota", "2021 (piloto)"])
    sheet.append(["Ejemplo ficticio: como fecha", dt.datetime(1905, 7, 13)])
    sheet.append(["Ejemplo ficticio: fecha de verdad", dt.datetime(2022, 3, 15)])
    sheet.append(["Ejemplo ficticio: no es un año", "3.021"])
    path = tmp_path / "anios.xlsx"
    book.save(path)
    plan = ex.plan_import(catalogue, [path])
    years = {p.record.title: p.record.year for p in plan.rows if isinstance(p.record, Practice)}
    assert years == {
        "Ejemplo ficticio: agrupado": 2021,
        "Ejemplo ficticio: con nota": 2021,
        "Ejemplo ficticio: como fecha": 2021,
        "Ejemplo ficticio: fecha de verdad": 2022,
    }
    assert [(p.row, p.key) for p in plan.problems] == [(6, "not_a_number")]
    assert len(plan.mappings()) == 4


def test_institutions_joined_with_y_or_slash_are_split_only_when_each_part_is_one(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "juntas.csv",
        "Título;País;Instituciones\n"
        "Ejemplo ficticio: a;Perú;MTPE y OIM\n"
        "Ejemplo ficticio: b;Colombia;SENA/SECAP\n"
        "Ejemplo ficticio: c;Perú;Ministerio de Trabajo y Promoción del Empleo\n"
        "Ejemplo ficticio: d;Perú;OIT/Cinterfor\n",
    )
    plan = ex.plan_import(catalogue, [path], create_institutions=True)
    made = sorted(n.record.title for n in plan.institutions_to_create())
    assert made == ["MTPE", "Ministerio de Trabajo y Promoción del Empleo", "OIM"]
    found = {p.record.title: p.record for p in plan.rows if isinstance(p.record, Practice)}
    sena, secap, cinterfor = (catalogue.get(code).id for code in ("IN-001", "IN-002", "IN-004"))
    assert found["Ejemplo ficticio: b"].institutions == [sena, secap]
    assert found["Ejemplo ficticio: d"].institutions == [cinterfor]


def test_a_file_name_naming_a_kind_does_not_win_over_headers_of_another(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "practicas_e_instituciones.csv",
        "Título;Países;Ejes;Instituciones\nEjemplo ficticio: a;Perú;Empleo;SENA\n",
    )
    (source,) = ex.read_files([path]).sources
    assert source.kind == Kind.PRACTICE
    path = _write(tmp_path / "instituciones.csv", "Nombre;País\nAgencia ficticia;Perú\n")
    (source,) = ex.read_files([path]).sources
    assert source.kind == Kind.INSTITUTION


def test_a_name_shared_by_institutions_of_two_countries_is_two_institutions(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """ "Ministerio de Trabajo" in a row about Argentina and in one about the Dominican
    Republic are two ministries, in one import and in the next; "SENA" in a row about Perú
    is still the SENA (an acronym decides)."""
    first = _write(
        tmp_path / "uno.csv",
        "Título;Países;Instituciones\n"
        "Ejemplo ficticio: feria de empleo;Argentina;Ministerio de Trabajo\n"
        "Ejemplo ficticio: bolsa de trabajo;República Dominicana;Ministerio de Trabajo\n"
        "Ejemplo ficticio: certificación binacional;Argentina, Uruguay;Ministerio de Trabajo\n",
    )
    plan = ex.plan_import(catalogue, [first], create_institutions=True)
    made = sorted((n.record.title, n.record.country) for n in plan.institutions_to_create())
    assert made == [("Ministerio de Trabajo", "AR"), ("Ministerio de Trabajo", "DO")]
    ex.apply_import(catalogue, plan)
    second = _write(
        tmp_path / "dos.csv",
        "Título;Países;Instituciones\n"
        "Ejemplo ficticio: diálogo con empleadores;República Dominicana;Ministerio de Trabajo\n"
        "Ejemplo ficticio: escuela taller;Chile;Ministerio de Trabajo\n"
        "Ejemplo ficticio: formación de cuidadoras;Perú;SENA\n",
    )
    plan = ex.plan_import(catalogue, [second], create_institutions=True)
    assert [(n.record.title, n.record.country) for n in plan.institutions_to_create()] == [
        ("Ministerio de Trabajo", "CL")
    ]
    ex.apply_import(catalogue, plan)
    held = {
        (r.title, r.country): r.id
        for r in catalogue.iter_records("institution")
        if isinstance(r, Institution)
    }
    found = {t: r.institutions for t, r in _practices(catalogue).items()}
    assert (
        found["Ejemplo ficticio: feria de empleo"]
        == found["Ejemplo ficticio: certificación binacional"]
    )
    assert found["Ejemplo ficticio: feria de empleo"] == [held[("Ministerio de Trabajo", "AR")]]
    assert (
        found["Ejemplo ficticio: bolsa de trabajo"]
        == found["Ejemplo ficticio: diálogo con empleadores"]
    )
    assert found["Ejemplo ficticio: diálogo con empleadores"] == [
        held[("Ministerio de Trabajo", "DO")]
    ]
    assert found["Ejemplo ficticio: escuela taller"] == [held[("Ministerio de Trabajo", "CL")]]
    assert found["Ejemplo ficticio: formación de cuidadoras"] == [catalogue.get("IN-001").id]


def test_an_acronym_the_file_pairs_with_a_held_name_is_that_institution(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """The catalogue holds "Ministerio de Trabajo y Promoción del Empleo" without its
    acronym; a file writing "MTPE" in one row and the name with "(MTPE)" in another links
    both to it instead of creating a second ministry."""
    first = _write(
        tmp_path / "uno.csv",
        "Título;País;Instituciones\n"
        "Ejemplo ficticio: reconversión;Perú;Ministerio de Trabajo y Promoción del Empleo\n",
    )
    ex.import_files(catalogue, [first], create_institutions=True)
    ministry = _institution(catalogue, "Ministerio de Trabajo y Promoción del Empleo")
    second = _write(
        tmp_path / "dos.csv",
        "Título;País;Instituciones\n"
        "Ejemplo ficticio: bolsa binacional;Perú;MTPE\n"
        "Ejemplo ficticio: campaña en medios;Perú;"
        "Ministerio de Trabajo y Promoción del Empleo (MTPE)\n",
    )
    plan = ex.plan_import(catalogue, [second], create_institutions=True)
    assert plan.problems == [] and plan.institutions_to_create() == []
    found = [p.record.institutions for p in plan.rows if isinstance(p.record, Practice)]
    assert found == [[ministry.id], [ministry.id]]


def test_a_year_read_out_of_a_span_can_be_left_for_later(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _write(tmp_path / "rango.csv", "Título,Año\nEjemplo ficticio: rango,2019-2021\n")
    choices = ValueChoices()
    choices.set("Año", "2019-2021", Choice("later"))
    plan = ex.plan_import(catalogue, [path], choices=choices)
    assert plan.mappings() == [] and [g.value for g in plan.left_for_later()] == ["2019-2021"]
    (planned,) = plan.rows
    assert isinstance(planned.record, Practice) and planned.record.year is None
