"""PDF briefs for meetings, drawn with ReportLab from plain data the services prepare.

`render(data, target)` picks the template named in `data.template`; the only module of the
program that imports ReportLab is this package.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from lazos_desktop.briefs.brief_data import (
    BriefInput,
    BriefRecord,
    BriefSettings,
    MappedPractices,
    RelatedRecord,
)

Template = Callable[[BriefInput, "Path | IO[bytes]"], int]

# Each template's module (and ReportLab with it) is imported when a brief of it is written,
# not when the package is: naming the templates, checking a request and gathering its data
# need none of them, and a country brief needs no other template's module.


def _record(data: BriefInput, target: Path | IO[bytes]) -> int:
    from lazos_desktop.briefs import record_brief

    return record_brief.build(data, target)


def _country(data: BriefInput, target: Path | IO[bytes]) -> int:
    from lazos_desktop.briefs import country_brief

    return country_brief.build(data, target)


def _theme(data: BriefInput, target: Path | IO[bytes]) -> int:
    from lazos_desktop.briefs import theme_brief

    return theme_brief.build(data, target)


def _pack(data: BriefInput, target: Path | IO[bytes]) -> int:
    from lazos_desktop.briefs import meeting_pack

    return meeting_pack.build(data, target)


def _catalogue(data: BriefInput, target: Path | IO[bytes]) -> int:
    from lazos_desktop.briefs import catalogue_brief

    return catalogue_brief.build(data, target)


TEMPLATES: dict[str, Template] = {
    "record": _record,
    "country": _country,
    "theme": _theme,
    "pack": _pack,
    "catalogue": _catalogue,
}

PAPERS = ("a4", "letter")


def render(data: BriefInput, target: Path | IO[bytes]) -> int:
    """Write the brief `data.template` to `target`; returns its number of pages."""
    return TEMPLATES[data.template](data, target)


__all__ = [
    "PAPERS",
    "TEMPLATES",
    "BriefInput",
    "BriefRecord",
    "BriefSettings",
    "MappedPractices",
    "RelatedRecord",
    "render",
]
