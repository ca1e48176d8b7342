"""Cell text to field values and back: lists, yes/no, numbers, dates, and formula safety.

Reading is lenient about how people type (lists split on `;` `|` `,` or line breaks,
"2023.0", "sí", "31/12/2024"); writing is strict and always the same, so that a file this
program wrote reads back to the same values.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lazos_desktop.domain.text import fold

# OWASP "CSV injection": cells starting with these are taken as formulas by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PART_SEPARATOR = " | "

_YES = {"si", "sí", "yes", "y", "true", "verdadero", "sim", "x", "1", "s", "vrai", "verdadeiro"}
_NO = {"no", "n", "false", "falso", "nao", "não", "0", ""}


def neutralise(text: str) -> str:
    """A leading apostrophe before a formula start, as OWASP recommends for CSV exports.

    Text that already starts with apostrophes before a formula start gets one more, so that
    `unneutralise` gives back exactly what was stored.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def unneutralise(text: str) -> str:
    """Undo `neutralise`, so text written by this program reads back exactly."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def cell_text(value: Any) -> str:
    """The text of a cell whatever type the reader gave it."""
    if type(value) is str:  # a CSV's every cell: asked ~40 times a row, answered first
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def split_list(value: Any) -> list[str]:
    """Items of a list cell: on line breaks, else `;`, else `|`, else `,`."""
    text = cell_text(value).strip()
    if not text:
        return []
    for separator in ("\n", ";", "|", ","):
        if separator in text:
            return [part.strip() for part in text.split(separator) if part.strip()]
    return [text]


def split_lines(value: Any, *, semicolons: bool = False) -> list[str]:
    """Items of a structured cell (parties, milestones, contacts): one per line.

    With `semicolons`, a single line without " | " may list items separated by `;`, as
    people type parties ("Perú; Chile").
    """
    text = cell_text(value).strip()
    if not text:
        return []
    if "\n" in text or not semicolons or "|" in text:
        return [part.strip() for part in text.split("\n") if part.strip()]
    return [part.strip() for part in text.split(";") if part.strip()]


def split_parts(line: str) -> list[str]:
    """Parts of one item on " | "; a `\\|` is a bar inside a part, `\\n` a line break."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(line)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append({"n": "\n", "|": "|", "\\": "\\"}.get(following, char + following))
        elif char == "|":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


def join_parts(parts: list[str]) -> str:
    """One line from parts, escaping what `split_parts` would otherwise split on."""
    escaped = [
        part.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n") for part in parts
    ]
    while escaped and not escaped[-1]:
        escaped.pop()
    return PART_SEPARATOR.join(escaped)


def parse_int(value: Any) -> int | None:
    """A whole number from 2023, 2023.0, "2023" or "2023,0"; raises ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    text = cell_text(value).strip().replace(",", ".")
    if not text:
        return None
    number = float(text)
    if not number.is_integer():
        raise ValueError(value)
    return int(number)


_YEAR_SPAN = re.compile(
    r"^((?:19|20)\d{2})\s*(?:-|–|—|/|a|al|to|até|ate|hasta)\s*((?:19|20)?\d{2})$", re.IGNORECASE
)


_YEAR_GROUPED = re.compile(r"^(1[.,]9\d\d|2[.,][01]\d\d)$")  # "2.021": a number grouped
_YEAR_NOTED = re.compile(r"^((?:19|20)\d{2})\s*[(\[][^)\]]*[)\]]$")  # "2021 (piloto)"
_SPREADSHEET_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's and LibreOffice's dates


def parse_year(value: Any) -> tuple[int | None, bool]:
    """A year, and whether it was read out of something else: a date (its year: a typed
    date, "15/03/2022", "2022-03-15"), a span of years (its first: "2019-2021", "2019 a
    2021"), a year with a note in brackets ("2021 (piloto)") or grouped as a number
    ("2.021"). A year that a spreadsheet shows as a date (2021 formatted as a date is
    13/07/1905, its day 2021) is that year. Raises ValueError for anything else that is not
    a whole number."""
    try:
        return parse_int(value), False
    except ValueError:
        pass
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        serial = (day - _SPREADSHEET_EPOCH).days
        return (serial if day.year < 1950 and 1950 <= serial <= 2100 else day.year), True
    text = cell_text(value).strip()
    span = _YEAR_SPAN.match(text)
    if span:
        first, last = span.group(1), span.group(2)
        last = first[:2] + last if len(last) == 2 else last
        if int(last) >= int(first):
            return int(first), True
        raise ValueError(value)
    if _YEAR_GROUPED.match(text):
        return int(text[0] + text[2:]), True
    noted = _YEAR_NOTED.match(text)
    if noted:
        return int(noted.group(1)), True
    return parse_date(text).year if text else None, True  # type: ignore[union-attr]


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    key = fold(cell_text(value))
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(value)


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: Any) -> dt.date | None:
    """ISO dates, dates typed by a spreadsheet, or day/month/year as Latin America writes."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value).strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text[:10])


def stamp_text(value: Any) -> str:
    """An ISO stamp as records hold it ("2025-12-01T00:00:00Z") from text or a datetime."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.replace(microsecond=0).isoformat() + "Z"
    if isinstance(value, dt.date):
        return f"{value.isoformat()}T00:00:00Z"
    return cell_text(value).strip()
