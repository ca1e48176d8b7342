"""The JSON Schema of the catalogue format, generated from the domain's pydantic records.

Generated, not written by hand, so that it cannot drift from the records; a test checks
that the shipped file equals what this function returns.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from lazos_desktop.domain.records import MODEL_BY_KIND, Kind
from lazos_desktop.interchange.catalogue_json import (
    CONTACTS_INCLUDED,
    CONTACTS_LEFT_OUT,
    FORMAT,
    VERSION,
)

SCHEMA_FILE = "lazos-catalogue.schema.json"


def catalogue_schema() -> dict[str, Any]:
    models: list[tuple[type[BaseModel], Literal["validation"]]] = [
        (MODEL_BY_KIND[kind], "validation") for kind in Kind
    ]
    refs, defs = models_json_schema(models, ref_template="#/$defs/{model}")
    definitions = defs["$defs"]
    record_refs = []
    for kind in Kind:
        ref = refs[(MODEL_BY_KIND[kind], "validation")]["$ref"]
        name = ref.rsplit("/", 1)[-1]
        definition = definitions[name]
        definition["properties"] = {
            "kind": {"const": kind.value, "title": "Kind", "type": "string"},
            **definition["properties"],
        }
        definition["required"] = ["kind", *definition.get("required", [])]
        record_refs.append({"$ref": ref})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "LAZOS Desktop catalogue",
        "description": (
            "Records of a LAZOS Desktop catalogue (good practices, exchanges, toolbox entries, "
            "institutions) as exported by the program; format version "
            f"{VERSION}. Countries are ISO 3166-1 alpha-2 codes; axes and other vocabulary "
            "fields hold codes of the catalogue's vocabularies."
        ),
        "type": "object",
        "required": ["format", "version", "records"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "integer", "minimum": 1, "maximum": VERSION},
            "producer": {"type": "string"},
            "exported_at": {"type": "string"},
            "counts": {
                "type": "object",
                "properties": {kind.value: {"type": "integer", "minimum": 0} for kind in Kind},
                "additionalProperties": False,
            },
            "contacts": {
                "enum": [CONTACTS_INCLUDED, CONTACTS_LEFT_OUT],
                "description": "Whether the records carry their focal points; when left out, "
                "records have no `contacts` key and a merge keeps the receiver's.",
            },
            "records": {"type": "array", "items": {"oneOf": record_refs}},
        },
        "additionalProperties": False,
        "$defs": definitions,
    }


def schema_text() -> str:
    return json.dumps(catalogue_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
