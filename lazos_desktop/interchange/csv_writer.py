"""CSV files that open right in Spanish-locale Excel: UTF-8 with a BOM, CRLF, no live formula."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lazos_desktop.interchange.cells import neutralise


def write_csv(
    path: Path,
    headers: list[str],
    rows: Iterable[list[Any]],
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
) -> int:
    """Write the table; text cells that a spreadsheet would run as formulas get an apostrophe.

    The BOM is for Excel; tools that read a standard (HXL) get plain UTF-8 (`encoding`).
    """
    written = 0
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in row])
            written += 1
    return written
