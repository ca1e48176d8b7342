"""`publish`: the read-only copy for Datasette, served by a real Datasette in a subprocess."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.domain.records import Contact, Exchange, Party
from lazos_desktop.services import Catalogue
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services.publishing import PublishRefused, publish

PRIVATE = "persona.privada@example.org"


@pytest.fixture
def office(catalogue: Catalogue) -> Catalogue:
    """Seeds, two synthetic records and an exchange with a contact person (all test data)."""
    catalogue.add_synthetic(2, seed=3)
    catalogue.create(
        Exchange(
            title="Intercambio de prueba con contacto",
            synthetic=False,
            source="Dato de prueba de la suite",
            parties=[
                Party(country="AR", role="offering"),
                Party(country="PE", role="receiving"),
            ],
            axes=["empleo"],
            contacts=[Contact(name="Persona Privada", email=PRIVATE)],
        )
    )
    return catalogue


def tables_of(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_published_file_holds_readable_tables_only(office: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "pub" / "catalogo.sqlite3"
    out.parent.mkdir()
    result = publish(office, out)
    names = tables_of(out)
    assert {"practicas", "intercambios", "herramientas", "instituciones"} <= names
    for kept_out in ("history", "record_sync", "import_batches", "meta", "records", "contactos"):
        assert kept_out not in names
    assert result.synthetic_left_out == 2
    data = out.read_bytes()
    assert PRIVATE.encode() not in data and b"Persona Privada" not in data
    assert b"Ana P\xc3\xa9rez" not in data  # the officer's name (updated_by) stays home
    with sqlite3.connect(out) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0
        rows = db.execute('SELECT "Código", "Países", "Ejes" FROM practicas').fetchall()
    assert len(rows) == 3
    countries = {code: json.loads(found) for code, found, _ in rows}
    assert countries["BP-002"] == ["Argentina", "Perú"]
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "catalogo.metadata.json",
        "catalogo.sqlite3",
    ]
    meta = json.loads(result.metadata.read_text(encoding="utf-8"))
    practices = meta["databases"]["catalogo"]["tables"]["practicas"]
    assert {"array": "Países"} in practices["facets"] and {"array": "Ejes"} in practices["facets"]
    assert practices["columns"]["Ejes"].startswith("Ejes de la Estrategia Regional")
    assert "license" not in meta  # none set: none invented


def test_contacts_only_when_asked_and_licence_from_settings(
    office: Catalogue, tmp_path: Path
) -> None:
    settings.put_many(
        office,
        {
            settings.PUBLISH_LICENCE: "CC BY 4.0",
            settings.PUBLISH_LICENCE_URL: "https://creativecommons.org/licenses/by/4.0/",
        },
    )
    out = tmp_path / "con-contactos.sqlite3"
    result = publish(office, out, with_contacts=True)
    with sqlite3.connect(out) as db:
        found = db.execute("SELECT intercambio, correo FROM contactos").fetchall()
    assert len(found) == 1 and found[0][1] == PRIVATE
    meta = json.loads(result.metadata.read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY 4.0"


def test_never_over_the_catalogue(office: Catalogue) -> None:
    before = office.path.read_bytes()[:100]
    with pytest.raises(PublishRefused):
        publish(office, office.path)
    assert office.path.read_bytes()[:100] == before


# A real Datasette ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(office: Catalogue, tmp_path: Path) -> Iterator[str]:
    out = tmp_path / "web" / "catalogo.sqlite3"
    out.parent.mkdir()
    result = publish(office, out)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(out),
            "--metadata",
            str(result.metadata),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=os.environ.copy(),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get(base, "/-/versions.json")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read().decode() if server.stdout else ""
                    pytest.fail(f"datasette did not start: {output}")
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)
        if server.stdout is not None:
            server.stdout.close()


def get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


def test_datasette_answers_search_facet_and_practice_page(served: str) -> None:
    found = get(served, "/catalogo/practicas.json?_shape=objects&_search=peru")
    assert sorted(row["Código"] for row in found["rows"]) == ["BP-002", "BP-003"]
    faceted = get(served, "/catalogo/practicas.json?_shape=objects")
    by_country = {
        item["value"]: item["count"] for item in faceted["facet_results"]["Países"]["results"]
    }
    assert by_country["Argentina"] == 2 and by_country["Chile"] == 1
    by_axis = {item["value"] for item in faceted["facet_results"]["Ejes"]["results"]}
    assert "Inclusión financiera" in by_axis
    page = get(served, "/catalogo/practicas/BP-001.json?_shape=objects")
    assert page["rows"][0]["Título"].startswith("Casa de Acogida")
    exchanges = get(
        served,
        "/catalogo/intercambios.json?_shape=objects&"
        + urllib.parse.urlencode({"_search": "Comision Tecnica Binacional"}),
    )
    assert [row["Código"] for row in exchanges["rows"]] == ["EX-001"]
