"""The `metadata` file Datasette reads beside a published catalogue.

Datasette takes titles, descriptions, licence and source at the top, then per database
and table: title, description, column descriptions, default facets (`{"array": col}` for
the JSON-array columns of countries and axes) and the label column used for links.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lazos_desktop.interchange.headers import field_header
from lazos_desktop.interchange.published_tables import PublishedTable

TITLE = "Catálogo regional de cooperación Sur-Sur y triangular"
DESCRIPTION = (
    "Buenas prácticas, intercambios entre instituciones y herramientas para la integración "
    "socioeconómica de personas refugiadas y migrantes en América Latina y el Caribe, "
    "publicados desde LAZOS Desktop. Copia de solo lectura, sin historial ni datos personales "
    "salvo que la oficina haya publicado los contactos."
)
SOURCE = (
    "Catálogo de la oficina (LAZOS Desktop); cada registro nombra su fuente publicada en la "
    "columna «Fuente»"
)


def metadata(
    database: str,
    tables: Sequence[PublishedTable],
    *,
    licence: str = "",
    licence_url: str = "",
    published_at: str = "",
) -> dict[str, Any]:
    found: dict[str, Any] = {"title": TITLE, "description": DESCRIPTION, "source": SOURCE}
    if licence:
        found["license"] = licence
    if licence_url:
        found["license_url"] = licence_url
    described: dict[str, Any] = {}
    for table in tables:
        entry: dict[str, Any] = {
            "title": table.title,
            "description": table.description,
            "columns": dict(table.columns),
            "facets": [*table.facets, *({"array": name} for name in table.facet_arrays)],
        }
        if table.primary_key:
            entry["label_column"] = field_header("title")
        described[table.name] = entry
    found["databases"] = {
        database: {
            "title": TITLE,
            "description": f"{DESCRIPTION} Publicado: {published_at}." if published_at else "",
            "tables": described,
        }
    }
    return found


def write_metadata(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
