"""Seconds to write PDF briefs, each next to a bare ReportLab document of the same text.

Cases: a record brief (EX-001), a country brief of 300 records, a catalogue of 1,000 records.
The records beyond the seeds are generated and flagged synthetic: 300 of them in Peru
(plus the seeded ones there), 700 elsewhere. "prepare" is reading the
catalogue; "layout" is ReportLab writing the brief; "bare" is one pass of a plain
SimpleDocTemplate with a Paragraph per text field of the same records (built-in Helvetica,
no tables, charts, contents, outline or embedded font). Each figure is the median of
--repeat runs.

    .venv/bin/python benchmarks/briefs_bench.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from lazos_desktop import briefs  # noqa: E402
from lazos_desktop.domain.records import Exchange, Institution, Party, Record  # noqa: E402
from lazos_desktop.domain.synthetic import synthetic_records  # noqa: E402
from lazos_desktop.services import Catalogue  # noqa: E402
from lazos_desktop.services.briefs import BriefInput, BriefRequest, prepare_brief  # noqa: E402
from lazos_desktop.store.queries import RecordQuery  # noqa: E402

COUNTRY = "PE"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LAZOS_DATA_DIR"] = str(Path(folder) / "data")
        catalogue = Catalogue.open(Path(folder) / "bench.sqlite3", officer="benchmark")
        written = catalogue.store.create_many(_records(), "benchmark", check=False)
        print(f"catalogue: seeds + {written} synthetic records\n")
        cases = [
            ("record brief (EX-001)", BriefRequest("record", ids=("EX-001",))),
            (f"country brief ({COUNTRY})", BriefRequest("country", country=COUNTRY)),
            (
                "catalogue (the synthetic records)",
                BriefRequest("catalogue", query=RecordQuery(synthetic=True)),
            ),
        ]
        header = f"{'case':<34}{'records':>8}{'pages':>7}{'prepare':>9}{'layout':>9}{'bare':>8}{'ratio':>7}"
        print(header)
        print("-" * len(header))
        for name, request in cases:
            prepare = _median(args.repeat, lambda r=request: prepare_brief(catalogue, r))
            data = prepare_brief(catalogue, request)
            pages = briefs.render(data, io.BytesIO())
            layout = _median(args.repeat, lambda d=data: briefs.render(d, io.BytesIO()))
            bare = _median(args.repeat, lambda d=data: _bare(d))
            print(
                f"{name:<34}{len(data.records):>8}{pages:>7}"
                f"{prepare:>8.2f}s{layout:>8.2f}s{bare:>7.2f}s{layout / bare:>6.1f}x"
            )
        catalogue.close()
    return 0


def country_brief_against_bare(in_country: int = 500, repeat: int = 3) -> dict[str, float]:
    """Seconds for a country brief of `in_country` records (prepare + layout) and bare."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LAZOS_DATA_DIR"] = str(Path(folder) / "data")
        catalogue = Catalogue.open(Path(folder) / "bench.sqlite3", officer="benchmark")
        catalogue.store.create_many(
            _records(in_country + 200, in_country), "benchmark", check=False
        )
        request = BriefRequest("country", country=COUNTRY)
        data = prepare_brief(catalogue, request)
        pages = briefs.render(data, io.BytesIO())
        ours = _median(
            repeat, lambda: briefs.render(prepare_brief(catalogue, request), io.BytesIO())
        )
        bare = _median(repeat, lambda: _bare(data))
        catalogue.close()
    return {"records": float(len(data.records)), "pages": float(pages), "ours": ours, "bare": bare}


def _records(count: int = 1000, in_country: int = 300) -> Iterator[Record]:
    """`in_country` synthetic records in PE, then the rest elsewhere (PE replaced by AR)."""
    for index, record in enumerate(synthetic_records(count, seed=2026)):
        if isinstance(record, Institution):
            yield record.model_copy(update={"country": COUNTRY if index < in_country else "AR"})
            continue
        if isinstance(record, Exchange):
            parties = list(record.parties)
            if index < in_country:
                parties[0] = parties[0].model_copy(update={"country": COUNTRY})
            parties = [
                p
                if index < in_country or p.country != COUNTRY
                else Party(**{**p.model_dump(), "country": "AR"})
                for p in parties
            ]
            yield record.model_copy(update={"parties": parties})
            continue
        others = [code for code in record.countries_of() if code != COUNTRY]
        countries = [COUNTRY, *others] if index < in_country else (others or ["AR"])
        yield record.model_copy(update={"countries": countries})


def _bare(data: BriefInput) -> int:
    """The same record text in a plain ReportLab document: one Paragraph per field."""
    sheet = getSampleStyleSheet()
    story = []
    for item in data.records:
        record = item.record
        story.append(Paragraph(escape(f"{record.code} {record.title}"), sheet["Heading2"]))
        for text in record.searchable_texts():
            if text:
                story.append(Paragraph(escape(text), sheet["BodyText"]))
    document = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    document.build(story)
    return document.page


def _median(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main())
