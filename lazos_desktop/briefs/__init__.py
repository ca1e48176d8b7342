"""PDF briefs for meetings, drawn with ReportLab from plain data the services prepare.

`render(data, target)` picks the template named in `data.template`; the only module of the
program that imports ReportLab is this package.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from lazos_desktop.briefs import (
    catalogue_brief,
    country_brief,
    meeting_pack,
    record_brief,
    theme_brief,
)
from lazos_desktop.briefs.brief_data import (
    BriefInput,
    BriefRecord,
    BriefSettings,
    MappedPractices,
    RelatedRecord,
)

Template = Callable[[BriefInput, "Path | IO[bytes]"], int]

TEMPLATES: dict[str, Template] = {
    "record": record_brief.build,
    "country": country_brief.build,
    "theme": theme_brief.build,
    "pack": meeting_pack.build,
    "catalogue": catalogue_brief.build,
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
