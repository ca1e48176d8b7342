"""The one way dates are shown to an officer: CLDR's medium style in their language.

"27 ago 2025", "Aug 27, 2025", "27 de ago. de 2025": the window, the command line's plain
output, calendars and briefs all show a day like this; a moment (a change, a backup) is that
day and the local time, "27 ago 2025, 14:05". Files and JSON keep ISO dates and UTC stamps.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time

_LOCALES = {"es": "es", "en": "en", "pt": "pt_BR"}


def show_date(day: dt.date | None, lang: str = "es") -> str:
    if day is None:
        return ""
    return format_date(day, format="medium", locale=_LOCALES.get(lang, "es"))


def show_moment(moment: dt.datetime | str | None, lang: str = "es") -> str:
    """A stored moment (ISO 8601, UTC when it says so) as the local day and time; text that
    is not a moment is shown as it is."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        try:
            parsed = dt.datetime.fromisoformat(moment.strip().replace("Z", "+00:00"))
        except ValueError:
            return moment
    else:
        parsed = moment
    local = parsed.astimezone() if parsed.tzinfo else parsed
    locale = _LOCALES.get(lang, "es")
    return f"{show_date(local.date(), lang)}, {format_time(local, format='short', locale=locale)}"
