"""Institutions named in cells: by acronym, by name, or both ("SENA — Servicio Nacional de
Aprendizaje", "Servicio Nacional de Aprendizaje (SENA)").

A cell names a held institution only when its acronym or its whole name is written (accents,
case, punctuation and word order aside). Names that merely share words ("Servicio Nacional
de la Mujer" and "Servicio Nacional de Aprendizaje") are different institutions: a shared
"Servicio Nacional" is never taken for a match nor offered as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from lazos_desktop.domain.records import Institution
from lazos_desktop.domain.text import fold
from lazos_desktop.interchange.value_matching import allowed_edits, value_key

_DASHES = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*|\s*:\s+")
_BRACKETED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")


# International organisations under their acronym and name in each language: "OIM",
# "IOM" and "Organización Internacional para las Migraciones" are one institution.
INTERNATIONAL: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("OIT", "ILO"),
        (
            "Organización Internacional del Trabajo",
            "International Labour Organization",
            "International Labour Organisation",
            "Organização Internacional do Trabalho",
        ),
    ),
    (
        ("OIM", "IOM"),
        (
            "Organización Internacional para las Migraciones",
            "International Organization for Migration",
            "Organização Internacional para as Migrações",
        ),
    ),
    (
        ("ACNUR", "UNHCR"),
        (
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            "Agencia de la ONU para los Refugiados",
            "Office of the United Nations High Commissioner for Refugees",
            "UN Refugee Agency",
            "Alto Comissariado das Nações Unidas para Refugiados",
            "Agência da ONU para Refugiados",
        ),
    ),
    (
        ("PNUD", "UNDP"),
        (
            "Programa de las Naciones Unidas para el Desarrollo",
            "United Nations Development Programme",
            "Programa das Nações Unidas para o Desenvolvimento",
        ),
    ),
    (
        ("UNICEF",),
        (
            "Fondo de las Naciones Unidas para la Infancia",
            "United Nations Children's Fund",
            "Fundo das Nações Unidas para a Infância",
        ),
    ),
    (
        ("OEA", "OAS"),
        (
            "Organización de los Estados Americanos",
            "Organization of American States",
            "Organização dos Estados Americanos",
        ),
    ),
    (
        ("BID", "IDB"),
        (
            "Banco Interamericano de Desarrollo",
            "Inter-American Development Bank",
            "Banco Interamericano de Desenvolvimento",
        ),
    ),
    (
        ("CEPAL", "ECLAC"),
        (
            "Comisión Económica para América Latina y el Caribe",
            "Economic Commission for Latin America and the Caribbean",
            "Comissão Econômica para a América Latina e o Caribe",
        ),
    ),
    (
        ("OCDE", "OECD"),
        (
            "Organización para la Cooperación y el Desarrollo Económicos",
            "Organisation for Economic Co-operation and Development",
            "Organização para a Cooperação e Desenvolvimento Econômico",
        ),
    ),
    (
        ("OPS", "OPAS", "PAHO"),
        (
            "Organización Panamericana de la Salud",
            "Pan American Health Organization",
            "Organização Pan-Americana da Saúde",
        ),
    ),
    (
        ("SEGIB",),
        (
            "Secretaría General Iberoamericana",
            "Ibero-American General Secretariat",
            "Secretaria-Geral Ibero-Americana",
        ),
    ),
    (
        ("ONU Mujeres", "UN Women", "ONU Mulheres"),
        (
            "Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de "
            "las Mujeres",
            "United Nations Entity for Gender Equality and the Empowerment of Women",
        ),
    ),
)


def international_names(acronym: str, title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The acronyms and names of the international organisation an institution is, when it
    is one of `INTERNATIONAL` by acronym or name; empty otherwise."""
    keys = {acronym_key(acronym)} if acronym else set()
    names = {value_key(title)} if title else set()
    if len(title.strip()) <= 15:  # a title that is an acronym: "OIM", "UN Women"
        keys.add(acronym_key(title))
    for acronyms, long_names in INTERNATIONAL:
        if keys & {acronym_key(a) for a in acronyms} or names & {value_key(n) for n in long_names}:
            return acronyms, long_names
    return (), ()


@dataclass(frozen=True)
class NamedInstitution:
    """What a cell says of an institution: an acronym, a name, or both."""

    acronym: str
    name: str

    @property
    def title(self) -> str:
        return self.name or self.acronym


def looks_like_acronym(text: str) -> bool:
    """One word with at least two capitals and more capitals than small letters ("INEI",
    "OIT/Cinterfor", "SBS"), or any one short word written in capitals."""
    word = text.strip()
    if not word or " " in word or len(word) > 20:
        return False
    capitals = sum(1 for c in word if c.isupper())
    small = sum(1 for c in word if c.islower())
    return capitals >= 2 and (capitals >= small or "/" in word)


def read_named(text: str) -> NamedInstitution:
    """The acronym and name a cell gives, whichever order and separator it uses."""
    stripped = " ".join(text.split())
    parts = [part.strip() for part in _DASHES.split(stripped, maxsplit=1) if part.strip()]
    if len(parts) == 2:
        first, second = parts
        if looks_like_acronym(first) and not looks_like_acronym(second):
            return NamedInstitution(first, second)
        if looks_like_acronym(second) and not looks_like_acronym(first):
            return NamedInstitution(second, first)
    bracketed = _BRACKETED.match(stripped)
    if bracketed:
        outer, inner = bracketed.group("outer").strip(), bracketed.group("inner").strip()
        if looks_like_acronym(inner) and not looks_like_acronym(outer):
            return NamedInstitution(inner, outer)
        if looks_like_acronym(outer) and not looks_like_acronym(inner):
            return NamedInstitution(outer, inner)
    if looks_like_acronym(stripped):
        return NamedInstitution(stripped, "")
    return NamedInstitution("", stripped)


def acronym_key(text: str) -> str:
    """ "OIT/Cinterfor", "oit-cinterfor" and "OIT Cinterfor" -> "oitcinterfor"."""
    return re.sub(r"[^0-9a-z]+", "", fold(text))


class InstitutionIndex:
    """Institutions by acronym and by name, to find the one a cell names."""

    def __init__(self) -> None:
        self._by_acronym: dict[str, set[str]] = {}
        self._by_name: dict[str, set[str]] = {}
        self._names: dict[str, str] = {}
        self._other_names: dict[str, set[str]] = {}

    def add(self, institution: Institution) -> None:
        if institution.acronym:
            self._by_acronym.setdefault(acronym_key(institution.acronym), set()).add(institution.id)
        self._by_name.setdefault(value_key(institution.title), set()).add(institution.id)
        # A title that is itself an acronym ("OIT") is found as one.
        if looks_like_acronym(institution.title):
            self._by_acronym.setdefault(acronym_key(institution.title), set()).add(institution.id)
        self._names[institution.id] = value_key(institution.title)
        # An international organisation is found under its acronyms and names in every
        # language ("ILO" and "Organização Internacional do Trabalho" are the OIT).
        acronyms, names = international_names(institution.acronym, institution.title)
        for acronym in acronyms:
            self._by_acronym.setdefault(acronym_key(acronym), set()).add(institution.id)
        for name in names:
            self._by_name.setdefault(value_key(name), set()).add(institution.id)
        if names:
            self._other_names[institution.id] = {value_key(name) for name in names}

    def find(self, text: str) -> str | None:
        """The id of the one institution the cell names, or None (none, or several)."""
        found = self.candidates(text)
        return found[0] if len(found) == 1 and self.agrees(text, found[0]) else None

    def candidates(self, text: str) -> list[str]:
        """Institutions the cell's acronym or name points at (exactly, or by a typing slip
        of the whole name), for a question when `find` gives nothing."""
        named = read_named(text)
        found: set[str] = set()
        for acronym in {named.acronym, text}:
            if acronym:
                found |= self._by_acronym.get(acronym_key(acronym), set())
        for name in {named.name, text}:
            if name:
                found |= self._by_name.get(value_key(name), set())
        if not found and named.name:
            key = value_key(named.name)
            allowed = allowed_edits(len(key))
            found = {
                record_id
                for record_id, other in self._names.items()
                if allowed and _edits(key, other) <= allowed
            }
        return sorted(found)

    def agrees(self, text: str, record_id: str) -> bool:
        """A cell giving acronym and name names this institution only if the name is its
        name too: "SENA — Servicio Nacional de la Mujer" is not SENA."""
        named = read_named(text)
        if not (named.acronym and named.name):
            return True
        held = self._names.get(record_id, "")
        key = value_key(named.name)
        if key in self._other_names.get(record_id, set()):
            return True
        return key == held or _edits(key, held) <= allowed_edits(min(len(key), len(held)))


def _edits(first: str, second: str) -> int:
    return int(OSA.distance(first, second))
