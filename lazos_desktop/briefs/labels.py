"""Every fixed text a brief prints, in Spanish, English and Portuguese, and dates per language.

Vocabulary labels (axes, statuses, roles) come from the catalogue and country names from CLDR;
only the briefs' own words live here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import format_date

from lazos_desktop.domain import languages
from lazos_desktop.domain.agenda import LATE_WORD
from lazos_desktop.domain.dates import show_date

LANGUAGES = languages.LANGUAGES

TEXTS: dict[str, tuple[str, str, str]] = {
    # Titles of the templates
    "record_brief": ("Ficha de registro", "Record brief", "Ficha de registro"),
    "country_brief": ("Ficha de país", "Country brief", "Ficha de país"),
    "theme_brief": ("Ficha temática", "Thematic brief", "Ficha temática"),
    "pack_brief": ("Dossier de reunión", "Meeting pack", "Dossiê de reunião"),
    "catalogue_brief": (
        "Catálogo de cooperación Sur-Sur",
        "South-South cooperation catalogue",
        "Catálogo de cooperação Sul-Sul",
    ),
    "programme": (
        "LAZOS · Cooperación Sur-Sur y triangular",
        "LAZOS · South-South and triangular cooperation",
        "LAZOS · Cooperação Sul-Sul e triangular",
    ),
    "programme_long": (
        "Integración socioeconómica de personas refugiadas y migrantes en América Latina y el Caribe",
        "Socio-economic integration of refugees and migrants in Latin America and the Caribbean",
        "Integração socioeconômica de pessoas refugiadas e migrantes na América Latina e no Caribe",
    ),
    # Page furniture
    "page_of": ("Página {page} de {pages}", "Page {page} of {pages}", "Página {page} de {pages}"),
    "generated_on": ("Generado el {date}", "Generated on {date}", "Gerado em {date}"),
    "contents": ("Contenido", "Contents", "Sumário"),
    # Kinds
    "kind_practice": ("Buena práctica", "Good practice", "Boa prática"),
    "kind_exchange": ("Intercambio", "Exchange", "Intercâmbio"),
    "kind_toolbox": ("Herramienta", "Toolbox entry", "Ferramenta"),
    "kind_institution": ("Institución", "Institution", "Instituição"),
    "kinds_practice": ("Buenas prácticas", "Good practices", "Boas práticas"),
    "kinds_exchange": ("Intercambios", "Exchanges", "Intercâmbios"),
    "kinds_toolbox": ("Caja de herramientas", "Toolbox", "Caixa de ferramentas"),
    "kinds_institution": ("Instituciones", "Institutions", "Instituições"),
    # Fields
    "code": ("Código", "Code", "Código"),
    "title": ("Título", "Title", "Título"),
    "countries": ("Países", "Countries", "Países"),
    "country": ("País", "Country", "País"),
    "axes": ("Ejes ERISE", "ERISE axes", "Eixos ERISE"),
    "institutions": ("Instituciones", "Institutions", "Instituições"),
    "institution": ("Institución", "Institution", "Instituição"),
    "population_groups": ("Grupos de población", "Population groups", "Grupos populacionais"),
    "year": ("Año", "Year", "Ano"),
    "status": ("Estado", "Status", "Situação"),
    "gender_focus": ("Enfoque de género", "Gender focus", "Enfoque de gênero"),
    "yes": ("Sí", "Yes", "Sim"),
    "no": ("No", "No", "Não"),
    "summary": ("Resumen", "Summary", "Resumo"),
    "description": ("Descripción", "Description", "Descrição"),
    "results": ("Resultados", "Results", "Resultados"),
    "lessons_learned": ("Lecciones aprendidas", "Lessons learned", "Lições aprendidas"),
    "replicability": ("Replicabilidad", "Replicability", "Replicabilidade"),
    "tags": ("Etiquetas", "Tags", "Etiquetas"),
    "modality": ("Modalidad", "Modality", "Modalidade"),
    "parties": ("Partes", "Parties", "Partes"),
    "role": ("Rol", "Role", "Papel"),
    "platforms": ("Plataformas regionales", "Regional platforms", "Plataformas regionais"),
    "period": ("Periodo", "Period", "Período"),
    "objectives": ("Objetivos", "Objectives", "Objetivos"),
    "agreements": ("Acuerdos y logros", "Agreements and achievements", "Acordos e conquistas"),
    "next_steps": ("Próximos pasos", "Next steps", "Próximos passos"),
    "milestones": ("Hitos", "Milestones", "Marcos"),
    "contacts": ("Contactos", "Contacts", "Contatos"),
    "tool_type": ("Tipo de herramienta", "Tool type", "Tipo de ferramenta"),
    "territorial_level": ("Nivel territorial", "Territorial level", "Nível territorial"),
    "audience": ("Público", "Audience", "Público"),
    "how_to_use": ("Cómo usarla", "How to use it", "Como usar"),
    "link": ("Enlace", "Link", "Link"),
    "acronym": ("Sigla", "Acronym", "Sigla"),
    "institution_type": ("Tipo de institución", "Institution type", "Tipo de instituição"),
    "website": ("Sitio web", "Website", "Site"),
    "related": ("Registros relacionados", "Related records", "Registros relacionados"),
    "source": ("Fuente", "Source", "Fonte"),
    "updated": ("Última actualización", "Last updated", "Última atualização"),
    "none": ("—", "—", "—"),
    "regional": ("Regional", "Regional", "Regional"),
    # Milestone timeline
    "milestone_done": ("Cumplido", "Done", "Cumprido"),
    "milestone_pending": ("Pendiente", "Pending", "Pendente"),
    "milestone_late": (LATE_WORD["es"], LATE_WORD["en"], LATE_WORD["pt"]),
    "milestone_cancelled": ("Cancelado", "Cancelled", "Cancelado"),
    "undated": ("Sin fecha", "Undated", "Sem data"),
    "no_milestones": (
        "No hay hitos registrados.",
        "No milestones recorded.",
        "Não há marcos registrados.",
    ),
    # Cases: tasks, activity log, what is late
    "tasks": ("Tareas de seguimiento", "Follow-up tasks", "Tarefas de acompanhamento"),
    "task": ("Tarea", "Task", "Tarefa"),
    "responsible": ("Responsable", "Responsible", "Responsável"),
    "due": ("Vence", "Due", "Vence"),
    "activities": ("Registro de actividades", "Activity log", "Registro de atividades"),
    "decisions": ("Decisiones", "Decisions", "Decisões"),
    "item_milestone": ("Hito", "Milestone", "Marco"),
    "item_task": ("Tarea", "Task", "Tarefa"),
    "item_activity": ("Actividad", "Activity", "Atividade"),
    "open_tasks": ("Tareas abiertas", "Open tasks", "Tarefas abertas"),
    "case_status": ("Situación de los casos", "Where the cases stand", "Situação dos casos"),
    "late_items": ("Atrasados", "Late", "Atrasados"),
    "due_before": (
        "Vencen antes del {date}",
        "Due before {date}",
        "Vencem antes de {date}",
    ),
    "nothing_late": (
        "Ningún hito ni tarea de estos registros está atrasado.",
        "No milestone or task of these records is late.",
        "Nenhum marco ou tarefa destes registros está atrasado.",
    ),
    "nothing_due": (
        "Nada vence antes de esa fecha.",
        "Nothing falls due before that date.",
        "Nada vence antes dessa data.",
    ),
    "case_status_note": (
        "Hitos pendientes y tareas abiertas de los registros de este dossier, al {date}.",
        "Planned milestones and open tasks of the records in this pack, as of {date}.",
        "Marcos pendentes e tarefas abertas dos registros deste dossiê, em {date}.",
    ),
    "more_items": (
        "Y {count} más: véanse las secciones de cada registro.",
        "And {count} more: see each record's section.",
        "E mais {count}: veja as seções de cada registro.",
    ),
    # Figures and charts
    "key_figures": ("Cifras clave", "Key figures", "Números-chave"),
    "partner_countries": ("Países socios", "Partner countries", "Países parceiros"),
    "axes_covered": ("Ejes cubiertos", "Axes covered", "Eixos cobertos"),
    "countries_covered": ("Países con registros", "Countries with records", "Países com registros"),
    "practices_by_axis": (
        "Buenas prácticas por eje ERISE",
        "Good practices by ERISE axis",
        "Boas práticas por eixo ERISE",
    ),
    "coverage": (
        "Cobertura por país y eje",
        "Coverage by country and axis",
        "Cobertura por país e eixo",
    ),
    "coverage_note": (
        "Registros (buenas prácticas, intercambios y herramientas) por país y eje ERISE. "
        "Las celdas vacías muestran dónde faltan experiencias; la columna destacada es el eje "
        "de esta ficha.",
        "Records (good practices, exchanges and toolbox entries) by country and ERISE axis. "
        "Empty cells show where experience is missing; the highlighted column is this brief's "
        "axis.",
        "Registros (boas práticas, intercâmbios e ferramentas) por país e eixo ERISE. As "
        "células vazias mostram onde faltam experiências; a coluna destacada é o eixo desta "
        "ficha.",
    ),
    "gaps": (
        "Países con registros en otros ejes pero ninguno en este: {countries}.",
        "Countries with records on other axes but none on this one: {countries}.",
        "Países com registros em outros eixos, mas nenhum neste: {countries}.",
    ),
    "no_gaps": (
        "Todos los países con registros tienen al menos uno en este eje.",
        "Every country with records has at least one on this axis.",
        "Todos os países com registros têm ao menos um neste eixo.",
    ),
    "axis_official_name": ("Nombre oficial", "Official name", "Nome oficial"),
    "no_records": (
        "No hay registros de este tipo.",
        "There are no records of this kind.",
        "Não há registros deste tipo.",
    ),
    "exchanges_next_steps": (
        "Intercambios y próximos pasos",
        "Exchanges and next steps",
        "Intercâmbios e próximos passos",
    ),
    # Synthetic data
    "synthetic": ("sintético", "synthetic", "sintético"),
    "synthetic_record": (
        "Registro sintético: datos de prueba generados por el programa; no describe una "
        "experiencia real.",
        "Synthetic record: test data generated by the program; it does not describe a real "
        "experience.",
        "Registro sintético: dados de teste gerados pelo programa; não descreve uma "
        "experiência real.",
    ),
    "synthetic_notice": (
        "Este documento incluye {count} registros sintéticos (datos de prueba), marcados como "
        "«sintético». No describen experiencias reales.",
        "This document includes {count} synthetic records (test data), marked “synthetic”. "
        "They do not describe real experiences.",
        "Este documento inclui {count} registros sintéticos (dados de teste), marcados como "
        "«sintético». Não descrevem experiências reais.",
    ),
    "unclassified_notice": (
        "Registros por clasificar en este documento: {count} (borradores sin ejes ERISE o "
        "sin países); no cuentan en las cifras por eje o por país que les faltan.",
        "Unclassified records in this document: {count} (drafts without ERISE axes or "
        "countries); they are not counted by the axis or country they lack.",
        "Registros por classificar neste documento: {count} (rascunhos sem eixos ERISE ou "
        "sem países); não contam nos números por eixo ou país que lhes faltam.",
    ),
    # Cover and scope
    "meeting": ("Reunión", "Meeting", "Reunião"),
    "meeting_date": ("Fecha de la reunión", "Meeting date", "Data da reunião"),
    "place": ("Lugar", "Place", "Local"),
    "participants": ("Participantes", "Participants", "Participantes"),
    "agenda": ("Orden del día", "Agenda", "Pauta"),
    "pack_summary": ("Resumen del dossier", "Summary of the pack", "Resumo do dossiê"),
    "pack_summary_note": (
        "Cada código lleva a su ficha dentro de este documento.",
        "Each code leads to its section in this document.",
        "Cada código leva à sua ficha neste documento.",
    ),
    "late_milestones": ("Hitos atrasados", "Late milestones", "Marcos atrasados"),
    "pending_milestones": ("Hitos pendientes", "Pending milestones", "Marcos pendentes"),
    "kind_status": ("Tipo · estado", "Kind · status", "Tipo · situação"),
    "record_column": ("Registro", "Record", "Registro"),
    "attachments": ("Documentos adjuntos", "Attachments", "Documentos anexos"),
    "with_related_scope": (
        "{code} y todo lo relacionado",
        "{code} and everything related to it",
        "{code} e tudo o que está relacionado",
    ),
    "date": ("Fecha", "Date", "Data"),
    "prepared_by": ("Preparado por", "Prepared by", "Preparado por"),
    "records": ("Registros", "Records", "Registros"),
    "records_count": ("{count} registros", "{count} records", "{count} registros"),
    "scope": ("Alcance", "Scope", "Escopo"),
    "whole_catalogue": ("Todo el catálogo", "The whole catalogue", "Todo o catálogo"),
    "filter_text": ("búsqueda «{text}»", "search “{text}”", "busca «{text}»"),
    "index_by_country": ("Índice por país", "Index by country", "Índice por país"),
    "index_by_axis": ("Índice por eje ERISE", "Index by ERISE axis", "Índice por eixo ERISE"),
    "without_country": ("Sin país", "No country", "Sem país"),
    "without_axis": ("Sin eje", "No axis", "Sem eixo"),
    "mapped_note": (
        "El proyecto mapeó {mapped} buenas prácticas de {countries} países; este catálogo "
        "contiene {held} con fuente publicada. Las demás se incorporan por importación.",
        "The project mapped {mapped} good practices from {countries} countries; this "
        "catalogue holds {held} with a published source. The rest are added by import.",
        "O projeto mapeou {mapped} boas práticas de {countries} países; este catálogo contém "
        "{held} com fonte publicada. As demais são incorporadas por importação.",
    ),
}

_INDEX = {lang: position for position, lang in enumerate(LANGUAGES)}


def label(key: str, lang: str = "es", **params: Any) -> str:
    """The fixed text `key` in `lang` (Spanish when the language is unknown)."""
    template = TEXTS[key][_INDEX.get(lang, 0)]
    return template.format(**params) if params else template


def long_date(day: dt.date, lang: str = "es") -> str:
    """A date as a reader of `lang` writes it: "24 de noviembre de 2026", "November 24, 2026"."""
    return format_date(day, format="long", locale=_locale(lang))


def short_date(day: dt.date, lang: str = "es") -> str:
    return show_date(day, lang)


def _locale(lang: str) -> str:
    return {"es": "es", "en": "en", "pt": "pt_BR"}.get(lang, "es")
