"""A table of many rows is measured one page at a time (ReportLab's `LongTable`) and writes
the very pages a plain `Table` writes."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab import rl_config
from reportlab.platypus import Table

from lazos_desktop.briefs import parts
from lazos_desktop.briefs.brief_data import BriefSettings
from lazos_desktop.briefs.document import write_document

ROWS = [
    (f"BP-{n:03d}", f"Práctica número {n} de inclusión financiera en Perú", "PE, CO", "2024")
    for n in range(1, 301)
]


def _written(monkeypatch: pytest.MonkeyPatch, table_class: type[Table]) -> tuple[bytes, int]:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or ids: same input, same bytes
    monkeypatch.setattr(parts, "LongTable", table_class)
    table = parts.data_table(["Código", "Título", "Países", "Año"], ROWS, [60, 250, 80, 60])
    out = io.BytesIO()
    settings = BriefSettings(generated=dt.date(2026, 1, 5))
    pages = write_document(out, [table], settings, title="T", subject="S", keywords=["k"])
    return out.getvalue(), pages


def test_a_long_table_writes_the_pages_a_plain_table_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_bytes, long_pages = _written(monkeypatch, parts.LongTable)
    plain_bytes, plain_pages = _written(monkeypatch, Table)
    assert long_pages == plain_pages > 5
    assert long_bytes.startswith(b"%PDF") and long_bytes == plain_bytes
