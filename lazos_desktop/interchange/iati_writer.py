"""IATI activity XML (version 2.03): exchanges as activities for aid-data partners.

The mapping from the catalogue to the standard's codelists is declared once here (and
tabled in `docs/interchange.md`):

* identifier: `<organisation prefix>-<record UUID>`; the prefix (the reporting
  organisation's IATI identifier) comes from the catalogue settings, never from this code;
* status (ActivityStatus), party roles (OrganisationRole), modality (CollaborationType),
  dates (ActivityDateType), texts (DescriptionType);
* sectors: every ERISE axis under the reporting organisation's vocabulary (99), and the
  closest OECD-DAC CRS purpose code (vocabulary 1) where one fits;
* platforms as tags under the reporting organisation's tag vocabulary (99).

An activity needs at least one date and one participating organisation; exchanges without
them cannot be written as valid activities and are returned as skipped, by code, rather
than given dates or partners that nobody recorded. Contacts (personal data) and milestones
(the standard has no element for a dated step without an indicator or a transaction) are
not written.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from lazos_desktop.domain import languages
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.records import Exchange, Party
from lazos_desktop.domain.vocabularies import AXIS, PLATFORM, Vocabularies

IATI_VERSION = "2.03"
LANGUAGES = languages.LANGUAGES
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ERISE_SOURCE = (
    "https://migrationnetwork.un.org/es/practice/"
    "estrategia-regional-oit-pnud-para-la-integracion-socioeconomica-de-los-migrantes"
)

# ActivityStatus: 1 Pipeline/identification, 2 Implementation, 3 Completion,
# 4 Post-completion, 5 Cancelled, 6 Suspended.
ACTIVITY_STATUS = {
    "proposed": "1",
    "active": "2",
    "completed": "3",
    "discontinued": "5",
    "paused": "6",
}
# OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing.
ORGANISATION_ROLE = {"offering": "4", "receiving": "2", "facilitating": "3"}
# CollaborationType: 1 Bilateral, 8 Bilateral, triangular co-operation. A regional
# exchange has no code of its own in the list, so none is written for it.
COLLABORATION_TYPE = {"bilateral": "1", "triangular": "8"}
# OECD-DAC CRS purpose codes (SectorVocabulary 1) closest to each ERISE axis.
DAC_SECTOR = {
    "regularizacion": "15190",  # Facilitation of orderly, safe, regular ... migration
    "formacion": "11330",  # Vocational training
    "empleo": "16020",  # Employment creation
    "emprendimiento": "25030",  # Business development services
    "inclusion_financiera": "24010",  # Financial policy and administrative management
    "proteccion_social": "16010",  # Social protection
}
# ActivityDateType: 1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
# DescriptionType: 1 General, 2 Objectives, 4 Other.
DESCRIPTION_TYPE = {"objectives": "2", "agreements": "1", "next_steps": "4"}
# ActivityScope: 2 Regional, 3 Multi-national, 4 National.
SCOPE_REGIONAL, SCOPE_MULTINATIONAL, SCOPE_NATIONAL = "2", "3", "4"
VOCABULARY_DAC, VOCABULARY_REPORTING_ORG = "1", "99"
OTHER_IDENTIFIER_INTERNAL = "A1"


@dataclass(frozen=True)
class ReportingOrg:
    """The office that publishes: its IATI identifier, OrganisationType code and name."""

    ref: str
    type: str
    name: str = ""


@dataclass
class IatiResult:
    written: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # code -> reason key


def activity_identifier(prefix: str, record_id: str) -> str:
    return f"{prefix}-{record_id}"


def write_iati(
    path: Path,
    exchanges: Iterable[Exchange],
    reporting: ReportingOrg,
    vocab: Vocabularies,
    institution_names: Mapping[str, str],
    today: dt.date | None = None,
) -> IatiResult:
    """Write an `iati-activities` document; exchanges that cannot be valid are skipped.

    When no exchange can be written the file is not written either (the schema requires
    at least one activity) and the result says why for each one.
    """
    when = today or dt.date.today()
    result = IatiResult()
    root = ET.Element(
        "iati-activities",
        {
            "version": IATI_VERSION,
            "generated-datetime": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        },
    )
    for exchange in exchanges:
        reason = _unwritable(exchange)
        if reason:
            result.skipped[exchange.code] = reason
            continue
        root.append(_activity(exchange, reporting, vocab, institution_names, when))
        result.written.append(exchange.code)
    if result.written:
        ET.indent(root)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return result


def _unwritable(exchange: Exchange) -> str:
    if exchange.start_date is None and exchange.end_date is None:
        return "iati_no_date"
    if not exchange.parties:
        return "iati_no_party"
    return ""


def _activity(
    exchange: Exchange,
    reporting: ReportingOrg,
    vocab: Vocabularies,
    institution_names: Mapping[str, str],
    today: dt.date,
) -> ET.Element:
    activity = ET.Element(
        "iati-activity",
        {XML_LANG: "es", "last-updated-datetime": exchange.updated_at.replace("Z", "+00:00")},
    )
    _text(activity, "iati-identifier", activity_identifier(reporting.ref, exchange.id))
    org = ET.SubElement(activity, "reporting-org", {"ref": reporting.ref, "type": reporting.type})
    _narrative(org, reporting.name or reporting.ref)
    _narrative(ET.SubElement(activity, "title"), exchange.title)
    _descriptions(activity, exchange)
    for party in exchange.parties:
        _participating(activity, party, institution_names)
    ET.SubElement(
        activity,
        "other-identifier",
        {"ref": exchange.code, "type": OTHER_IDENTIFIER_INTERNAL},
    )
    ET.SubElement(activity, "activity-status", {"code": ACTIVITY_STATUS[exchange.status]})
    _dates(activity, exchange, today)
    ET.SubElement(activity, "activity-scope", {"code": _scope(exchange)})
    _recipients(activity, exchange)
    _sectors(activity, exchange, vocab)
    for platform in exchange.platforms:
        tag = ET.SubElement(
            activity, "tag", {"vocabulary": VOCABULARY_REPORTING_ORG, "code": platform}
        )
        for language in LANGUAGES:
            _narrative(tag, vocab.label(PLATFORM, platform, language), language)
    if exchange.modality in COLLABORATION_TYPE:
        ET.SubElement(
            activity, "collaboration-type", {"code": COLLABORATION_TYPE[exchange.modality]}
        )
    return activity


def _descriptions(activity: ET.Element, exchange: Exchange) -> None:
    written = False
    for name, code in DESCRIPTION_TYPE.items():
        text = getattr(exchange, name)
        if text:
            _narrative(ET.SubElement(activity, "description", {"type": code}), text)
            written = True
    if not written:
        # The schema requires a description; the title is the only text recorded.
        _narrative(ET.SubElement(activity, "description", {"type": "1"}), exchange.title)


def _participating(
    activity: ET.Element, party: Party, institution_names: Mapping[str, str]
) -> None:
    element = ET.SubElement(activity, "participating-org", {"role": ORGANISATION_ROLE[party.role]})
    name = party.institution_name or institution_names.get(party.institution, "")
    if name:
        _narrative(element, name)
        return
    # Only the country of this side is recorded: name the party by its country.
    for language in LANGUAGES:
        _narrative(element, country_name(party.country, language), language)


def _dates(activity: ET.Element, exchange: Exchange, today: dt.date) -> None:
    started = exchange.status not in ("proposed",)
    ended = exchange.status in ("completed", "discontinued")
    if exchange.start_date is not None:
        actual = started and exchange.start_date <= today
        kind = ACTUAL_START if actual else PLANNED_START
        ET.SubElement(
            activity, "activity-date", {"iso-date": exchange.start_date.isoformat(), "type": kind}
        )
    if exchange.end_date is not None:
        actual = ended and exchange.end_date <= today
        kind = ACTUAL_END if actual else PLANNED_END
        ET.SubElement(
            activity, "activity-date", {"iso-date": exchange.end_date.isoformat(), "type": kind}
        )


def _scope(exchange: Exchange) -> str:
    if exchange.modality == "regional":
        return SCOPE_REGIONAL
    return SCOPE_MULTINATIONAL if len(exchange.countries) > 1 else SCOPE_NATIONAL


def _recipients(activity: ET.Element, exchange: Exchange) -> None:
    countries = list(dict.fromkeys(p.country for p in exchange.parties if p.role == "receiving"))
    shares = _shares(len(countries))
    for country, share in zip(countries, shares, strict=True):
        attributes = {"code": country}
        if len(countries) > 1:
            attributes["percentage"] = share
        ET.SubElement(activity, "recipient-country", attributes)


def _sectors(activity: ET.Element, exchange: Exchange, vocab: Vocabularies) -> None:
    axes = list(exchange.axes)
    for axis, share in zip(axes, _shares(len(axes)), strict=True):
        attributes = {
            "vocabulary": VOCABULARY_REPORTING_ORG,
            "vocabulary-uri": ERISE_SOURCE,
            "code": axis,
        }
        if len(axes) > 1:
            attributes["percentage"] = share
        sector = ET.SubElement(activity, "sector", attributes)
        for language in LANGUAGES:
            _narrative(sector, vocab.label(AXIS, axis, language), language)
    dac = list(dict.fromkeys(DAC_SECTOR[a] for a in axes if a in DAC_SECTOR))
    for code, share in zip(dac, _shares(len(dac)), strict=True):
        attributes = {"vocabulary": VOCABULARY_DAC, "code": code}
        if len(dac) > 1:
            attributes["percentage"] = share
        ET.SubElement(activity, "sector", attributes)


def _shares(count: int) -> list[str]:
    """Equal percentages with two decimals that add up to exactly 100."""
    if count == 0:
        return []
    each = (Decimal(100) / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    last = Decimal(100) - each * (count - 1)
    return [_plain(each)] * (count - 1) + [_plain(last)]


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _narrative(parent: ET.Element, text: str, language: str | None = None) -> None:
    attributes = {XML_LANG: language} if language else {}
    _text(parent, "narrative", text).attrib.update(attributes)
