"""The one way dates are shown to an officer: CLDR's medium style in their language.

"27 ago 2025", "Aug 27, 2025", "27 de ago. de 2025": the window, the command line's plain
output, calendars and briefs all show a day like this; files and JSON keep ISO dates.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

_LOCALES = {"es": "es", "en": "en", "pt": "pt_BR"}


def show_date(day: dt.date | None, lang: str = "es") -> str:
    if day is None:
        return ""
    return format_date(day, format="medium", locale=_LOCALES.get(lang, "es"))
