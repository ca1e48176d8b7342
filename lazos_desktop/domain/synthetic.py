"""Generated records for tests and benchmarks, every one flagged `synthetic`.

The text is plausible Spanish built from fragments, so search, sorting and briefs behave as
with real data, but nothing here describes a real practice: titles end with "(sintético)".
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from lazos_desktop.domain.case_items import Activity, FollowUpTask
from lazos_desktop.domain.records import (
    Contact,
    Exchange,
    Institution,
    Kind,
    Milestone,
    Party,
    Practice,
    Record,
    ToolboxEntry,
)
from lazos_desktop.domain.vocabularies import ERISE_AXES

COUNTRIES = ["AR", "CO", "PE", "DO", "EC", "CL", "BR", "CR", "MX", "PA", "UY", "PY", "BO", "TT"]
GROUPS = [
    "mujeres",
    "jovenes",
    "personas_retornadas",
    "comunidades_de_acogida",
    "personas_refugiadas",
    "personas_migrantes",
]
_ACTIONS = [
    "Ventanilla única de orientación laboral",
    "Programa de certificación de competencias",
    "Red municipal de empleo",
    "Fondo de capital semilla",
    "Alianza con cooperativas de ahorro y crédito",
    "Mesa técnica de estadísticas de migración",
    "Formación dual en oficios",
    "Campaña contra la xenofobia en el trabajo",
    "Afiliación a la seguridad social",
    "Mentorías para emprendedoras",
    "Reconocimiento de títulos técnicos",
    "Bolsa de empleo inclusiva",
]
_FOR = [
    "para personas migrantes y refugiadas",
    "para mujeres migrantes",
    "para jóvenes de comunidades de acogida",
    "para personas retornadas",
    "con enfoque de género",
    "en zonas de frontera",
]
_SENTENCES = [
    "La iniciativa articuló a gobiernos locales, servicios de empleo y organizaciones de la sociedad civil.",
    "Se priorizó la atención a mujeres jefas de hogar y a personas con estatus migratorio en trámite.",
    "El proceso incluyó la validación tripartita con organizaciones de empleadores y de trabajadores.",
    "La población objetivo accedió a orientación, formación y acompañamiento para la inserción laboral.",
    "Se documentaron obstáculos administrativos en la apertura de cuentas bancarias y en la regularización.",
    "La coordinación interinstitucional permitió reducir los tiempos de atención en las oficinas de empleo.",
    "La experiencia puede adaptarse a municipios con alta recepción de población venezolana.",
    "La migración laboral se abordó desde la cohesión social y la lucha contra la discriminación.",
    "Se elaboró un protocolo de atención con información accesible en los servicios públicos.",
    "El seguimiento de trayectorias laborales mostró mejoras en la calidad del empleo.",
]
_ORGS = [
    "Servicio de Empleo",
    "Instituto de Formación",
    "Ministerio de Trabajo",
    "Oficina de Estadística",
    "Cámara de Comercio",
    "Central Sindical",
    "Municipalidad",
]
_ORG_TYPES = [
    "employment_service",
    "vocational_training",
    "labour_ministry",
    "statistics_office",
    "employers",
    "workers",
    "local_government",
]


def synthetic_records(count: int, seed: int = 0) -> Iterator[Record]:
    """`count` records: about 60% practices, 20% exchanges, 15% toolbox, 5% institutions.

    Codes are left empty: the catalogue gives each the next free code of its kind.
    """
    rng = random.Random(seed)
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            kind = Kind.PRACTICE
        elif roll < 0.8:
            kind = Kind.EXCHANGE
        elif roll < 0.95:
            kind = Kind.TOOLBOX
        else:
            kind = Kind.INSTITUTION
        yield _make(kind, rng)


def _make(kind: Kind, rng: random.Random) -> Record:
    identity = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    countries = rng.sample(COUNTRIES, rng.choice([1, 1, 2, 3]))
    axes = rng.sample(ERISE_AXES, rng.choice([1, 1, 2]))
    title = f"{rng.choice(_ACTIONS)} {rng.choice(_FOR)} (sintético)"
    common: dict[str, Any] = {
        "id": identity,
        "title": title,
        "synthetic": True,
        "source": "Datos sintéticos generados por lazos-desktop demo-data",
    }
    if kind is Kind.PRACTICE:
        return Practice(
            **common,
            countries=countries,
            axes=axes,
            population_groups=rng.sample(GROUPS, rng.choice([1, 2])),
            year=rng.randint(2018, 2025),
            summary=_paragraph(rng, 2),
            description=_paragraph(rng, 4),
            results=_paragraph(rng, 2),
            lessons_learned=_paragraph(rng, 2),
            replicability=_paragraph(rng, 1),
            status=rng.choice(["draft", "validated", "published"]),
            gender_focus=rng.random() < 0.4,
        )
    if kind is Kind.EXCHANGE:
        pair = countries if len(countries) >= 2 else rng.sample(COUNTRIES, 2)
        start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2200))
        return Exchange(
            **common,
            modality="triangular" if len(pair) > 2 else "bilateral",
            parties=[
                Party(country=c, institution_name=f"{rng.choice(_ORGS)} ({c})", role=role)
                for c, role in zip(pair, ["offering", "receiving", "facilitating"], strict=False)
            ],
            axes=axes,
            status=rng.choice(["proposed", "active", "paused", "completed", "discontinued"]),
            start_date=start,
            objectives=_paragraph(rng, 2),
            agreements=_paragraph(rng, 1),
            tasks=[
                FollowUpTask(
                    title=f"Tarea {i + 1}: {rng.choice(_ACTIONS).lower()}",
                    responsible="Persona responsable (sintética)",
                    due=start + timedelta(days=60 * (i + 1) + rng.randint(0, 2000)),
                    status=rng.choice(["open", "open", "done"]),
                )
                for i in range(rng.randint(0, 2))
            ],
            activities=[
                Activity(
                    date=start + timedelta(days=45 * i),
                    type=rng.choice(["meeting", "call", "workshop", "mission", "note"]),
                    summary=_paragraph(rng, 1),
                )
                for i in range(rng.randint(0, 3))
            ],
            milestones=[
                Milestone(
                    date=start + timedelta(days=90 * i),
                    title=f"Hito {i + 1}: {rng.choice(_ACTIONS).lower()}",
                    status=rng.choice(["planned", "done"]),
                )
                for i in range(rng.randint(0, 4))
            ],
            contacts=[Contact(name="Persona de contacto (sintética)")],
        )
    if kind is Kind.TOOLBOX:
        return ToolboxEntry(
            **common,
            tool_type=rng.choice(["guide", "methodology", "checklist", "template", "case_study"]),
            territorial_level=rng.choice(["municipal", "provincial", "national", "regional"]),
            countries=countries,
            axes=axes,
            audience="Gobiernos locales",
            summary=_paragraph(rng, 2),
            how_to_use=_paragraph(rng, 1),
            year=rng.randint(2018, 2025),
        )
    index = rng.randrange(len(_ORGS))
    return Institution(
        **common | {"title": f"{_ORGS[index]} de {countries[0]} (sintética)"},
        country=countries[0],
        institution_type=_ORG_TYPES[index],
        summary=_paragraph(rng, 1),
    )


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(_SENTENCES) for _ in range(sentences))
