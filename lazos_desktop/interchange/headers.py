"""Which column of a spreadsheet holds which field, whatever language the header is in.

Headers are matched folded (no case, accents, punctuation or underscores), so "Título",
"TITULO", "title" and "título " all name the title; the names come from the field labels
in es/en/pt plus the spellings people commonly type.
"""

from __future__ import annotations

import difflib
import re
from functools import cache, lru_cache
from typing import Any

from lazos_desktop.domain.messages import FIELD_LABELS
from lazos_desktop.domain.records import MODEL_BY_KIND, Kind
from lazos_desktop.domain.text import fold
from lazos_desktop.interchange.file_messages import FileProblem
from lazos_desktop.interchange.tables import Table

_HEADER_SEARCH = 5  # rows below the first where a title row may have pushed the headers

STAMP_LABELS: dict[str, dict[str, str]] = {
    "created_at": {"es": "Creado", "en": "Created", "pt": "Criado"},
    "updated_at": {"es": "Actualizado", "en": "Updated", "pt": "Atualizado"},
    "updated_by": {"es": "Actualizado por", "en": "Updated by", "pt": "Atualizado por"},
}

# Spellings beyond the field labels, per field; any kind that has the field accepts them.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "identificador", "identifier", "identificador unico"),
    "code": ("codigo", "cod", "ref", "referencia"),
    "title": ("titulo", "nombre", "name", "nome", "denominacion"),
    "source": ("fuente", "fonte", "fuentes", "sources", "fontes", "referencias"),
    "countries": ("pais", "country", "paises", "pais es", "country code", "countries iso"),
    "country": ("pais", "nacionalidad"),
    "axes": (
        "eje",
        "axis",
        "eixo",
        "ejes erise",
        "eje erise",
        "erise",
        "erise axis",
        "erise axes",
        "eixo erise",
        "eixos erise",
    ),
    "institutions": (
        "institucion",
        "institution",
        "instituicao",
        "entidades",
        "entidad",
        "partner institutions",
        "partners institutions",
        "institutional partners",
        "instituciones participantes",
        "instituciones socias",
        "instituicoes parceiras",
    ),
    "population_groups": (
        "poblacion",
        "population",
        "populacao",
        "grupos",
        "poblacion objetivo",
        "poblacion meta",
        "grupo meta",
        "grupos meta",
        "target group",
        "target groups",
        "target population",
        "populacao alvo",
    ),
    "year": (
        "anio",
        "ano",
        "year",
        "ano de inicio",
        "año de inicio",
        "anio de inicio",
        "ano inicio",
        "start year",
        "year started",
        "starting year",
        "year of start",
        "ano de implementacion",
        "ano de implementacao",
    ),
    "summary": ("resumen", "summary", "resumo", "sintesis"),
    "description": ("descripcion", "descricao"),
    "lessons_learned": ("lecciones", "lessons", "licoes"),
    "tags": ("etiqueta", "tag", "palabras clave", "keywords", "palavras chave"),
    "status": ("estado", "situacion", "situacao"),
    "gender_focus": ("genero", "gender", "enfoque genero"),
    "synthetic": ("sintetico", "synthetic"),
    "links": ("relacionados", "related", "vinculos", "links", "vinculados"),
    "modality": ("modalidad", "modalidade", "tipo de cooperacion"),
    "parties": ("partes", "parties", "socios", "partners"),
    "platforms": ("plataforma", "platform"),
    "start_date": (
        "inicio",
        "start",
        "fecha inicio",
        "data inicio",
        "fecha de comienzo",
        "comienzo",
        "fecha inicial",
        "desde",
        "data inicial",
        "begin",
        "start date",
    ),
    "end_date": (
        "fin",
        "end",
        "fecha fin",
        "data fim",
        "termino",
        "fecha de finalizacion",
        "finalizacion",
        "fecha final",
        "fecha de termino",
        "fecha de cierre",
        "cierre",
        "hasta",
        "data de termino",
        "data final",
        "data de conclusao",
        "end date",
        "finish",
    ),
    "milestones": ("hitos", "hito", "milestone", "marcos"),
    "tasks": ("tareas", "tarea", "tasks", "task", "seguimiento", "tarefas", "pendientes"),
    "activities": ("actividades", "actividad", "activities", "bitacora", "atividades"),
    "contacts": ("contacto", "contact", "contato", "contatos"),
    "tool_type": ("tipo", "type", "tipo de herramienta"),
    "territorial_level": ("nivel", "level", "nivel territorial"),
    "audience": ("publico", "audience", "destinatarios", "publico objetivo"),
    "how_to_use": ("uso", "como usar", "how to use"),
    "link": ("enlace", "url", "link", "sitio", "web"),
    "acronym": ("sigla", "siglas", "acronimo", "acronym", "abreviatura"),
    "institution_type": ("tipo de institucion", "tipo", "type"),
    "website": ("web", "sitio web", "site", "url", "pagina web"),
    "created_at": ("creado", "created", "creado el", "fecha de creacion", "criado em"),
    "updated_at": ("actualizado", "modificado", "updated", "ultima modificacion"),
    "updated_by": ("actualizado por", "modificado por", "updated by", "editor"),
}

KIND_NAMES: dict[Kind, tuple[str, ...]] = {
    Kind.PRACTICE: (
        "practices",
        "practicas",
        "buenas practicas",
        "good practices",
        "praticas",
        "boas praticas",
        "practice",
        "practica",
        "pratica",
    ),
    Kind.EXCHANGE: (
        "exchanges",
        "intercambios",
        "intercambios",
        "intercambio",
        "exchange",
        "intercambios de cooperacion",
    ),
    Kind.TOOLBOX: (
        "toolbox",
        "caja de herramientas",
        "herramientas",
        "caixa de ferramentas",
        "ferramentas",
        "tools",
        "herramienta",
    ),
    Kind.INSTITUTION: (
        "institutions",
        "instituciones",
        "instituicoes",
        "institution",
        "institucion",
        "instituicao",
    ),
}

# Names the command line and file names use for each kind.
KIND_WORDS: dict[str, Kind] = {
    "practices": Kind.PRACTICE,
    "exchanges": Kind.EXCHANGE,
    "toolbox": Kind.TOOLBOX,
    "institutions": Kind.INSTITUTION,
}
FILE_WORD: dict[Kind, dict[str, str]] = {
    Kind.PRACTICE: {"es": "practicas", "en": "practices", "pt": "praticas"},
    Kind.EXCHANGE: {"es": "intercambios", "en": "exchanges", "pt": "intercambios"},
    Kind.TOOLBOX: {"es": "herramientas", "en": "toolbox", "pt": "ferramentas"},
    Kind.INSTITUTION: {"es": "instituciones", "en": "institutions", "pt": "instituicoes"},
}
SHEET_TITLE: dict[Kind, dict[str, str]] = {
    Kind.PRACTICE: {"es": "Prácticas", "en": "Practices", "pt": "Práticas"},
    Kind.EXCHANGE: {"es": "Intercambios", "en": "Exchanges", "pt": "Intercâmbios"},
    Kind.TOOLBOX: {"es": "Herramientas", "en": "Toolbox", "pt": "Ferramentas"},
    Kind.INSTITUTION: {"es": "Instituciones", "en": "Institutions", "pt": "Instituições"},
}


@lru_cache(maxsize=4096)
def header_key(text: str) -> str:
    """The folded form headers are compared in: "Países (ISO)" -> "paises iso"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(str(text)).replace("_", " ")).split())


def kind_fields(kind: Kind) -> list[str]:
    """Every field of a kind in the order exports write them.

    Code and title first and the kind's own fields next, as an officer reads a sheet; then
    source, the technical columns (id, links) and the stamps that merging relies on.
    """
    first = ["code", "title"]
    last = ["source", "synthetic", "links", "id", *STAMP_LABELS]
    middle = [name for name in MODEL_BY_KIND[kind].model_fields if name not in first + last]
    return first + middle + last


# Columns of parties by role on an exchange sheet, as the window names them.
ROLE_LABELS: dict[str, dict[str, str]] = {
    "offering_countries": {"es": "País oferente", "en": "Offering country", "pt": "País ofertante"},
    "offering_institutions": {
        "es": "Institución oferente",
        "en": "Offering institution",
        "pt": "Instituição ofertante",
    },
    "offering_parties": {
        "es": "Oferente (país o institución)",
        "en": "Offering partner (country or institution)",
        "pt": "Ofertante (país ou instituição)",
    },
    "receiving_countries": {
        "es": "País receptor",
        "en": "Receiving country",
        "pt": "País receptor",
    },
    "receiving_institutions": {
        "es": "Institución receptora",
        "en": "Receiving institution",
        "pt": "Instituição receptora",
    },
    "receiving_parties": {
        "es": "Receptor (país o institución)",
        "en": "Receiving partner (country or institution)",
        "pt": "Receptor (país ou instituição)",
    },
    "facilitating_countries": {
        "es": "País facilitador",
        "en": "Facilitating country",
        "pt": "País facilitador",
    },
    "facilitating_institutions": {
        "es": "Institución facilitadora",
        "en": "Facilitating institution",
        "pt": "Instituição facilitadora",
    },
    "facilitating_parties": {
        "es": "Facilitador (país o institución)",
        "en": "Facilitating partner (country or institution)",
        "pt": "Facilitador (país ou instituição)",
    },
}


def field_header(name: str, lang: str = "es") -> str:
    labels = FIELD_LABELS.get(name) or STAMP_LABELS.get(name) or ROLE_LABELS.get(name) or {}
    return labels.get(lang) or labels.get("es") or name


@cache
def aliases(kind: Kind) -> dict[str, str]:
    """Folded header -> field of `kind`; the field's own labels win over shared spellings."""
    found: dict[str, str] = {}
    fields = kind_fields(kind)
    for name in fields:
        for lang in ("es", "en", "pt"):
            found[header_key(field_header(name, lang))] = name
        found[header_key(name)] = name
    for name in fields:
        for alias in EXTRA_ALIASES.get(name, ()):
            found.setdefault(header_key(alias), name)
    if kind == Kind.EXCHANGE:
        # Sheets from before follow-up tasks have a "next steps" column: it is read, and the
        # record turns its text into an open task.
        for lang in ("es", "en", "pt"):
            found.setdefault(header_key(field_header("next_steps", lang)), "next_steps")
        found.setdefault("next steps", "next_steps")
        # A simple exchange sheet lists the countries of the parties in one column.
        for alias in ("paises", "countries", "pais", "country"):
            found.setdefault(alias, "countries")
    return found


# Words that qualify a header without changing the field it names ("Institución
# responsable", "Lead institution", "País(es)", "Ejes temáticos").
QUALIFIERS = frozenset(
    [
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "da",
        "do",
        "das",
        "dos",
        "of",
        "the",
        "a",
        "o",
        "es",
        "s",
        "as",
        "os",
        "responsable",
        "responsables",
        "responsavel",
        "responsaveis",
        "principal",
        "principales",
        "principais",
        "lead",
        "main",
        "involucrada",
        "involucradas",
        "involucrado",
        "involucrados",
        "participante",
        "participantes",
        "socia",
        "socias",
        "socio",
        "socios",
        "parceira",
        "parceiras",
        "parceiro",
        "parceiros",
        "partner",
        "partners",
        "implementadora",
        "implementadoras",
        "ejecutora",
        "ejecutoras",
        "implementing",
        "tematico",
        "tematicos",
        "tematica",
        "tematicas",
        "thematic",
        "breve",
        "short",
        "brief",
        "general",
        "actual",
        "current",
        "atual",
        "implementacion",
        "implementation",
        "implementacao",
        "ejecucion",
        "execucao",
    ]
)
# Words naming the record a sheet lists: they qualify a header of a sheet of that kind
# ("Título de la práctica", "Nombre de la herramienta"), and alone they name its title
# ("Práctica", "Exchange", "Iniciativa").
_ANY_RECORD = "iniciativa iniciativas initiative experiencia experiencias experience proyecto "
_ANY_RECORD += "proyectos projeto projetos project projects"
_INSTITUTION_WORDS = frozenset(
    [
        "institucion",
        "instituciones",
        "institution",
        "institutions",
        "instituicao",
        "instituicoes",
        "entidad",
        "entidades",
        "organismo",
        "organismos",
        "organizacion",
        "organizaciones",
        "organization",
        "organizations",
    ]
)
RECORD_NOUNS: dict[Kind, frozenset[str]] = {
    Kind.PRACTICE: frozenset(
        f"""practica practicas pratica praticas practice practices buena buenas boa boas
        good {_ANY_RECORD}""".split()
    ),
    Kind.EXCHANGE: frozenset(f"intercambio intercambios exchange exchanges {_ANY_RECORD}".split()),
    Kind.TOOLBOX: frozenset(
        f"""herramienta herramientas ferramenta ferramentas tool tools recurso recursos
        resource {_ANY_RECORD}""".split()
    ),
    Kind.INSTITUTION: _INSTITUTION_WORDS,
}
# Columns of an exchange sheet that give the parties by role ("País oferente",
# "Institución receptora", "Offering country", or a bare "Oferente" holding countries or
# institutions): `<role>_countries`, `<role>_institutions`, `<role>_parties`.
ROLE_WORDS = {
    "oferente": "offering",
    "oferentes": "offering",
    "ofertante": "offering",
    "ofertantes": "offering",
    "offering": "offering",
    "provider": "offering",
    "providers": "offering",
    "receptor": "receiving",
    "receptora": "receiving",
    "receptores": "receiving",
    "receptoras": "receiving",
    "receiving": "receiving",
    "recipient": "receiving",
    "recipients": "receiving",
    "beneficiario": "receiving",
    "beneficiaria": "receiving",
    "facilitador": "facilitating",
    "facilitadora": "facilitating",
    "facilitadores": "facilitating",
    "facilitating": "facilitating",
    "facilitator": "facilitating",
}
_SECOND = frozenset(["segundo", "segunda", "second"])  # "segundo oferente": facilitating
_COUNTRY_WORDS = frozenset(["pais", "paises", "country", "countries"])
ROLE_FIELDS = tuple(
    f"{role}_{what}"
    for role in ("offering", "receiving", "facilitating")
    for what in ("countries", "institutions", "parties")
)


def map_headers(kind: Kind, headers: list[str]) -> dict[int, str]:
    """Column index -> field, the first column winning when two name the same field.

    Headers written as a field's name are placed first; then, for the fields still free,
    headers that name one with qualifying words around it ("Título de la práctica",
    "Resumen/Descripción"), and on an exchange sheet the columns of parties by role.
    """
    table = aliases(kind)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = table.get(header_key(header))
        if name and name not in taken:
            mapping[index] = name
            taken.add(name)
    # A header naming a field beside qualifying words ("Título de la práctica") goes before
    # one made of the record's noun alone ("Proyecto"), whatever their order.
    loose = [
        (rank, index, name)
        for index, header in enumerate(headers)
        if index not in mapping and header_key(header)
        for rank, name in enumerate(_loose_fields(kind, str(header)))
    ]
    for _, index, name in sorted(
        loose,
        key=lambda item: (
            item[2] == "title" and _noun_only(kind, headers[item[1]]),
            item[0],
            item[1],
        ),
    ):
        if index not in mapping and name not in taken:
            mapping[index] = name
            taken.add(name)
    return mapping


def _noun_only(kind: Kind, header: str) -> bool:
    """A header made of the record's noun alone ("Práctica", "Proyecto", "Exchange")."""
    words = header_key(_BRACKETED.sub(" ", header)).split()
    return not [w for w in words if w not in QUALIFIERS and w not in RECORD_NOUNS[kind]]


def _loose_fields(kind: Kind, header: str) -> list[str]:
    """Fields a header names once its qualifying words are set aside, most likely first."""
    table = aliases(kind)
    found: list[str] = []
    bare = _BRACKETED.sub(" ", header)  # "Año (AAAA)", "País (separar con ;)"
    parts = [header_key(part) for part in re.split(r"[/|]", bare)] if "/" in bare else []
    keys = [header_key(header), header_key(bare), *parts]
    for key in dict.fromkeys(key for key in keys if key):
        words = key.split()
        if kind == Kind.EXCHANGE and (role := _role_field(words)):
            found.append(role)
            continue
        if key in table:
            found.append(table[key])
            continue
        nouns = RECORD_NOUNS[kind]
        core = [word for word in words if word not in QUALIFIERS and word not in nouns]
        if core and " ".join(core) in table:
            found.append(table[" ".join(core)])
        elif not core and nouns & set(words):
            found.append("title")
    return list(dict.fromkeys(found))


_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _role_field(words: list[str]) -> str | None:
    """ "País oferente" -> offering_countries, "Institución receptora" ->
    receiving_institutions, "Segundo oferente" -> facilitating_parties."""
    roles = {ROLE_WORDS[word] for word in words if word in ROLE_WORDS}
    if len(roles) != 1:
        return None
    role = roles.pop()
    if role == "offering" and _SECOND & set(words):
        role = "facilitating"
    nouns = RECORD_NOUNS[Kind.EXCHANGE]
    rest = {w for w in words if w not in ROLE_WORDS and w not in QUALIFIERS | _SECOND | nouns}
    if not rest:
        return f"{role}_parties"
    if rest <= _COUNTRY_WORDS:
        return f"{role}_countries"
    if rest <= _INSTITUTION_WORDS:
        return f"{role}_institutions"
    return None


def kind_from_name(text: str) -> Kind | None:
    """A kind from a sheet or file name in es/en/pt ("Buenas prácticas", "toolbox")."""
    key = header_key(text)
    for kind, names in KIND_NAMES.items():
        if key in names:
            return kind
    for kind, names in KIND_NAMES.items():
        if any(name in key for name in names[:3]):
            return kind
    return None


# What the command line's --kind takes: singular and plural, in English and Spanish.
KIND_ARGUMENTS: dict[Kind, tuple[str, ...]] = {
    Kind.PRACTICE: ("practice", "practices", "práctica", "prácticas"),
    Kind.EXCHANGE: ("exchange", "exchanges", "intercambio", "intercambios"),
    Kind.TOOLBOX: ("toolbox", "tool", "tools", "herramienta", "herramientas"),
    Kind.INSTITUTION: ("institution", "institutions", "institución", "instituciones"),
}


def kind_from_word(text: str) -> Kind | None:
    """A kind from what a person types for it: "practice", "Prácticas", "practicas"."""
    key = header_key(text)
    for kind, words in KIND_ARGUMENTS.items():
        if key in {header_key(word) for word in words}:
            return kind
    return kind_from_name(text) if key else None


def kind_from_headers(headers: list[str]) -> Kind:
    """The kind whose fields the headers name most, then whose own fields they name most;
    practices when nothing tells.

    Practices are the bulk of what officers receive, and a sheet with only a title,
    countries, axes and a year is read as practices. Counting every field named first
    keeps "Título, País(es), Ejes" a list of practices although "País" is an institution's
    own field and "Ejes" names nothing of an institution.
    """
    scores: dict[Kind, tuple[int, int]] = {}
    for kind in Kind:
        named = set(map_headers(kind, headers).values())
        scores[kind] = (len(named), len(named & _own_fields(kind)))
    best = max(scores.values())
    if best[1] == 0 and scores[Kind.PRACTICE][0] == best[0]:
        return Kind.PRACTICE
    return next(kind for kind in Kind if scores[kind] == best)


# Fields a list of practices often has too, though practices do not keep them: they do not
# make a sheet a list of exchanges.
_WEAK_EVIDENCE = frozenset(["start_date", "end_date"])


@cache
def _own_fields(kind: Kind) -> frozenset[str]:
    others = set().union(*(kind_fields(other) for other in Kind if other != kind))
    own = set(kind_fields(kind)) - others - _WEAK_EVIDENCE
    return frozenset(own | set(ROLE_FIELDS) if kind == Kind.EXCHANGE else own)


def nearest_field(kind: Kind, header: str) -> str | None:
    """The field a mistyped header most likely meant ("Titlo" -> title), or None."""
    key = header_key(header)
    if len(key) < 3:
        return None
    table = aliases(kind)
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.75)
    return table[close[0]] if close else None


def names_title(headers: list[str]) -> bool:
    """Whether a column of these headers holds the title, for the kind they suggest."""
    return "title" in map_headers(kind_from_headers(headers), headers).values()


def lift_headers(table: Table) -> Table:
    """The table read from its header row when headings stand above it.

    People put a title over a list ("Relevamiento 2023 — Región Metropolitana"), or group
    labels over its columns ("Datos generales", "Partes"), often in merged cells, which
    leave their text in the first cell only. When a row within the first few names the
    title and another field, and every row above it is such a heading (one text, or a few
    texts, none a number, over at most half as many columns as the headers fill), that row
    is the header row and the rows above are set aside, with a note. Anything else above
    the headers is left for `header_problem` to refuse.
    """
    if table.kind is not None:
        if "title" in map_headers(table.kind, table.headers).values():
            return table
    elif names_title(table.headers):
        return table
    rows: list[list[Any]] = [list(table.headers), *table.rows[:_HEADER_SEARCH]]
    for position in range(1, len(rows)):
        cells = [str(cell).strip() if cell is not None else "" for cell in rows[position]]
        found = map_headers(table.kind or kind_from_headers(cells), cells)
        if "title" not in found.values() or len(found) < 2:
            continue
        width = len([cell for cell in cells if cell])
        if not all(_heading(row, width) for row in rows[:position]):
            return table
        above = [text for row in rows[:position] for text in _texts(row)]
        shown = " · ".join(dict.fromkeys(above))
        shown = shown if len(shown) <= 80 else shown[:79] + "…"
        number = table.numbers[position - 1]
        note = FileProblem(table.label, "title_rows_skipped", {"row": number, "value": shown})
        return Table(
            table.file,
            cells,
            table.rows[position:],
            table.numbers[position:],
            table.kind,
            table.sheet,
            [*table.notes, note],
            table.stream,
            max(table.count - position, 0),
        )
    return table


_NUMBER = re.compile(r"^[-+]?\d[\d.,]*$")


def _texts(row: list[Any]) -> list[str]:
    return [str(cell).strip() for cell in row if cell is not None and str(cell).strip()]


def _heading(row: list[Any], width: int) -> bool:
    """A title or a row of group labels over the columns, not a row of data."""
    texts = _texts(row)
    if len(set(texts)) <= 1:
        return True
    numbers = any(not isinstance(cell, str) for cell in row if cell not in (None, ""))
    numbers = numbers or any(_NUMBER.match(text) for text in texts)
    return not numbers and 2 * len(texts) <= width


def header_problem(table: Table, kind: Kind, mapping: dict[int, str]) -> FileProblem | None:
    """Why the headers of `table` cannot be read as `kind`, said once for the whole sheet.

    Without this, a title row above the headers, a mistyped title header or a repeated
    header row each came out as "«Título» is required" on every row.
    """
    if "title" in mapping.values():
        title = next(index for index, name in mapping.items() if name == "title")
        return _repeated_header(table, kind, title)
    for row, number in zip(table.rows[:_HEADER_SEARCH], table.numbers, strict=False):
        found = map_headers(kind, [str(cell or "") for cell in row])
        if "title" in found.values() and len(found) >= 2:
            shown = " ".join(h for h in table.headers if h)[:60]
            return FileProblem(table.label, "header_row_below", {"value": shown, "row": number})
    for header in table.headers:
        name = nearest_field(kind, header) if header else None
        if name == "title":
            labels = {lang: field_header("title", lang) for lang in ("es", "en", "pt")}
            return FileProblem(
                table.label, "no_title_near", {"column": header}, 1, header, suggestion=labels
            )
    return FileProblem(table.label, "no_title_column", {}, 1)


def _repeated_header(table: Table, kind: Kind, title: int) -> FileProblem | None:
    """The first row below the header whose title cell is a title header and that names
    other fields too: two sheets pasted one under the other."""
    names = aliases(kind)
    for row, number in zip(table.rows, table.numbers, strict=True):
        cell = table.cell(row, title)
        if not isinstance(cell, str) or names.get(header_key(cell)) != "title":
            continue
        if len(map_headers(kind, [str(value or "") for value in row])) >= 2:
            return FileProblem(table.label, "repeated_header", {"row": number}, number)
    return None
