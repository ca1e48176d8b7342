"""Files an officer might be sent, as hypothesis strategies: CSV, XLSX, JSON and bundles.

Each strategy draws the bytes of one file, from well-formed (real headers in es/en/pt,
plausible cells, the catalogue's own JSON shape, a proper bundle manifest) to hostile
(random headers, delimiters and encodings, formulas and huge cells, damaged zip members,
truncation, plain random bytes), so that the fuzz tests reach past the first check of each
reader into row reading, validation, merge planning and writing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from lazos_desktop.domain.records import Kind, record_from_dict, record_to_dict
from lazos_desktop.domain.vocabularies import Vocabularies
from lazos_desktop.interchange import flat_rows
from lazos_desktop.interchange.headers import KIND_NAMES, SHEET_TITLE, field_header, kind_fields
from lazos_desktop.interchange.seed_files import read_vocabularies
from tests.safety.reader_harness import json_values, odd_text, record_like

LANGS = ("es", "en", "pt")
SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "catalogue.json"
# Ids and codes of the seeded records every test catalogue holds, so that some rows update
# (or conflict with) a record instead of always creating one.
SEED_RECORDS: list[dict[str, Any]] = json.loads(SEEDS.read_text(encoding="utf-8"))["records"]
SEED_IDS = [item["id"] for item in SEED_RECORDS]
SEED_CODES = [item["code"] for item in SEED_RECORDS if item.get("code")]
_RECORDS = [
    record_from_dict(item["kind"], {k: v for k, v in item.items() if k != "kind"})
    for item in SEED_RECORDS
]
_VOCAB = Vocabularies.from_terms(read_vocabularies(SEEDS.with_name("vocabularies.json")))
_NAMES = {r.id: r.title for r in _RECORDS if r.kind == Kind.INSTITUTION}
# The seeded records as this program exports them: headers and cells per kind and language,
# and JSON objects; mutated a little, they make files whose rows mostly pass every check.
EXPORTED: dict[tuple[Kind, str], tuple[list[str], list[list[Any]]]] = {
    (kind, lang): (
        flat_rows.headers(kind, lang),
        list(flat_rows.rows([r for r in _RECORDS if r.kind == kind], _VOCAB, _NAMES, lang)),
    )
    for kind in Kind
    for lang in ("es", "en", "pt")
}
SEED_OBJECTS = [record_to_dict(record) for record in _RECORDS]
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

kinds = st.sampled_from(list(Kind))

plausible_cells = st.sampled_from(
    [
        "Perú",
        "PE",
        "Colombia; Ecuador",
        "Brasil, Chile",
        "República Dominicana",
        "Bonaire, San Eustaquio y Saba",
        "Peru\nChile",
        "Atlantida",
        "empleo",
        "Empleo",
        "Formación",
        "inclusion_financiera | emprendimiento",
        "sí",
        "no",
        "x",
        "quizás",
        "2023",
        "2023,0",
        "2023.5",
        "1e400",
        "nan",
        "-0",
        "99999999999999999999999",
        "31/12/2024",
        "2024-02-30",
        "2025-06-01T10:00:00Z",
        "45000",
        "ayer",
        "Perú | Ministerio de Trabajo | offering | IN-001",
        "CO | | receiving",
        "2025-03-01 | Taller | done | nota",
        "2025-13-45 | Hito | planned",
        "Ana | OIM | ana@example.invalid | +51 1",
        "BP-001",
        "IN-002",
        "00000000-0000-0000-0000-000000000000",
        "no-es-un-uuid",
        "validated",
        "draft",
        "bilateral",
        "'=1+1",
        '=HYPERLINK("http://example.invalid")',
        "@SUM(A1)",
        "+1",
        "-",
        "\\|\\n\\",
    ]
)
seed_refs = st.one_of(st.sampled_from(SEED_IDS), st.sampled_from(SEED_CODES))
big_cells = st.sampled_from([40_000, 131_000, 140_000]).map(lambda n: "ñ" * n)
cell_texts = st.one_of(
    plausible_cells, plausible_cells, plausible_cells, odd_text, seed_refs, big_cells
)


def _headers_of(kind: Kind, lang: str) -> list[str]:
    return [field_header(name, lang) for name in kind_fields(kind)]


@st.composite
def header_rows(draw: st.DrawFn, kind: Kind | None = None) -> list[str]:
    """Headers of a sheet: a kind's real ones in some language (some dropped, shuffled,
    renamed or repeated), or random text."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.lists(st.one_of(odd_text, plausible_cells), min_size=0, max_size=8))
    chosen = kind or draw(kinds)
    real = _headers_of(chosen, draw(st.sampled_from(LANGS)))
    picked = draw(st.lists(st.sampled_from(real), min_size=1, max_size=len(real), unique=True))
    if "Título" not in picked and "Title" not in picked and draw(st.booleans()):
        picked.insert(0, real[1])
    extra = draw(st.lists(st.one_of(odd_text, st.sampled_from(real)), max_size=2))
    headers = picked + extra
    return draw(st.permutations(headers)) if draw(st.booleans()) else headers


@st.composite
def table_rows(draw: st.DrawFn, width: int) -> list[list[str]]:
    size = draw(st.integers(0, 6))
    rows = []
    for _ in range(size):
        cells = draw(st.lists(cell_texts, min_size=0, max_size=width + 2))
        rows.append(cells)
    return rows


new_titles = st.one_of(
    st.text(st.characters(codec="utf-8"), min_size=3, max_size=60).filter(str.strip),
    st.text(st.characters(codec="utf-8"), min_size=3, max_size=60).filter(str.strip),
    odd_text,
)


@st.composite
def exported_tables(draw: st.DrawFn, kind: Kind | None = None) -> tuple[list[str], list[list[Any]]]:
    """A kind's exported sheet of seeded records with a few rows and cells changed: new
    titles (creates), ids removed (duplicates), cells replaced by hostile text, columns
    dropped or reordered."""
    chosen = kind or draw(kinds)
    headers, rows = EXPORTED[(chosen, draw(st.sampled_from(LANGS)))]
    if not rows:
        return headers, []
    picked = draw(st.lists(st.sampled_from(rows), min_size=1, max_size=5))
    title, ident = 1, kind_fields(chosen).index("id")
    changed = []
    for row in picked:
        row = list(row)
        if draw(st.integers(0, 2)):
            row[title] = draw(new_titles)
            row[ident] = ""
        for _ in range(draw(st.integers(0, 2))):
            row[draw(st.integers(0, len(row) - 1))] = draw(cell_texts)
        changed.append(row)
    columns = list(range(len(headers)))
    if draw(st.integers(0, 3)) == 0:
        columns = [title] + draw(st.lists(st.sampled_from(columns), unique=True, max_size=8))
        columns = list(dict.fromkeys(columns))
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    return [headers[i] for i in columns], [[row[i] for i in columns] for row in changed]


@st.composite
def sheets(draw: st.DrawFn, kind: Kind | None = None) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows: mostly an exported sheet changed a little, else random."""
    if draw(st.integers(0, 2)):
        return draw(exported_tables(kind))
    headers = draw(header_rows(kind))
    return headers, draw(table_rows(len(headers)))


# CSV ------------------------------------------------------------------------------------


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV as spreadsheets and scripts write it, or broken in one of the usual ways."""
    shape = draw(st.integers(0, 9))
    if shape == 0:
        return draw(st.binary(max_size=600))
    headers, rows = draw(sheets())
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", " "]))
    buffer = io.StringIO(newline="")
    if shape == 1:  # joined by hand: no quoting, so cells with delimiters or quotes split
        for record in [headers, *rows]:
            buffer.write(
                delimiter.join(map(str, record)) + draw(st.sampled_from(["\r\n", "\n", "\r"]))
            )
    else:
        writer = csv.writer(
            buffer,
            delimiter=delimiter,
            quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
            lineterminator=draw(st.sampled_from(["\r\n", "\n"])),
        )
        writer.writerow(headers)
        writer.writerows(rows)
    text = buffer.getvalue()
    if draw(st.integers(0, 6)) == 0:
        text = draw(st.sampled_from(['"', '"\n', "\x00", "\r", '"a""'])) + text
    data = _encode(
        text, draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    )
    if draw(st.integers(0, 6)) == 0 and data:
        data = _cut(draw, data)
    return data


def _cut(draw: st.DrawFn, data: bytes) -> bytes:
    """The bytes cut short at a drawn fraction of their length (not at a drawn index, whose
    range would change with the length and make hypothesis's replay inconsistent)."""
    return data[: len(data) * draw(st.integers(0, 999)) // 1000]


def _encode(text: str, encoding: str) -> bytes:
    if encoding.startswith("utf-8"):
        return text.encode(encoding, "surrogatepass")
    return text.encode(encoding, "replace" if encoding == "utf-16" else "ignore")


# XLSX -----------------------------------------------------------------------------------

xlsx_values = st.one_of(
    cell_texts,
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.times(),
    st.sampled_from(["=1/0", "=SUM(A1:A3)", '=HYPERLINK("http://example.invalid","x")', "=A1"]),
    st.integers(30_000, 33_000).map(lambda n: "ç" * n),  # about Excel's 32,767 limit
)


@st.composite
def xlsx_files(draw: st.DrawFn) -> bytes:
    """A workbook written by openpyxl (sheets named after kinds or not, typed cells and
    formulas), sometimes with one of its zip members damaged, or not a workbook at all."""
    import openpyxl

    shape = draw(st.integers(0, 9))
    if shape == 0:
        return draw(st.binary(max_size=600))
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(kinds)
        title = draw(
            st.one_of(
                st.sampled_from(
                    [SHEET_TITLE[kind][lang] for lang in LANGS] + list(KIND_NAMES[kind])
                ),
                st.text(st.characters(blacklist_characters="[]:*?/\\'"), min_size=1, max_size=31),
            )
        )
        title = _xml_safe(title)[:31].strip() or "Hoja"
        if title.lower() in used:
            continue
        used.add(title.lower())
        sheet = workbook.create_sheet(title)
        headers, rows = draw(sheets(kind))
        if draw(st.integers(0, 2)) == 0:
            rows = draw(st.lists(st.lists(xlsx_values, max_size=len(headers) + 2), max_size=5))
        sheet.append([_xml_safe(h) for h in headers] or [None])
        for row in rows:
            sheet.append([_xml_safe(v) if isinstance(v, str) else v for v in row])
    if not workbook.worksheets:
        workbook.create_sheet("Vacía")
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = _fixed_times(buffer.getvalue())
    if shape == 1:
        return _cut(draw, data)
    if shape in (2, 3):
        return _damage_member(draw, data)
    return data


_MODIFIED = re.compile(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*")


def _fixed_times(data: bytes) -> bytes:
    """The workbook with the times openpyxl stamps at saving (document properties and zip
    entries) fixed, so that the same draws give the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>2025-01-01T00:00:00Z", content)
            target.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _damage_member(draw: st.DrawFn, data: bytes) -> bytes:
    """The workbook with one member replaced by garbage, cut short or removed."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = draw(st.sampled_from(names))
    how = draw(st.integers(0, 2))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            if name == victim:
                if how == 0:
                    continue
                content = draw(st.binary(max_size=200)) if how == 1 else _cut(draw, content)
            target.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


# JSON -----------------------------------------------------------------------------------


@st.composite
def catalogue_records(draw: st.DrawFn) -> list[Any]:
    """Records shaped like the catalogue format: seeded records changed a little (new
    title and no id: a create; same id and a later stamp: an update or a conflict), and
    records built from random field values, some carrying a seeded record's id."""
    records: list[Any] = []
    for item in draw(st.lists(st.sampled_from(SEED_OBJECTS), max_size=4)):
        item = dict(item)
        if draw(st.booleans()):
            item["title"] = draw(new_titles)
            item.pop("id")
            item.pop("code", None)
        else:
            item["updated_at"] = draw(st.sampled_from(["2099-01-01T00:00:00Z", item["updated_at"]]))
        for _ in range(draw(st.integers(0, 2))):
            _, data = draw(record_like(Kind(item["kind"])))
            if data:
                name = draw(st.sampled_from(sorted(data)))
                item[name] = data[name]
        records.append(item)
    for kind, data in draw(st.lists(record_like(), max_size=5)):
        item: dict[str, Any] = {"kind": kind, **data}
        if draw(st.integers(0, 3)) == 0:
            item["id"] = draw(st.sampled_from(SEED_IDS))
            item["updated_at"] = draw(
                st.sampled_from(["2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "ayer", ""])
            )
        records.append(item)
    if draw(st.integers(0, 6)) == 0:
        records.append(draw(json_values))
    return records


@st.composite
def catalogue_json_files(draw: st.DrawFn) -> bytes:
    shape = draw(st.integers(0, 7))
    if shape == 0:
        return draw(st.binary(max_size=400))
    if shape == 1:
        document: Any = draw(json_values)
    elif shape == 2:
        document = draw(catalogue_records())
    else:
        document = {
            "format": draw(st.sampled_from(["lazos-catalogue", "otro"])),
            "version": draw(st.one_of(st.just(1), json_values)),
            "records": draw(catalogue_records()),
        }
        if draw(st.integers(0, 4)) == 0:
            document[draw(odd_text)] = draw(json_values)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
    encoding = draw(st.sampled_from(["utf-8"] * 4 + ["utf-8-sig", "utf-16", "latin-1"]))
    data = _encode(text, encoding)
    if draw(st.integers(0, 7)) == 0 and data:
        data = _cut(draw, data)
    return data


# Bundles --------------------------------------------------------------------------------


@st.composite
def bundle_files(draw: st.DrawFn) -> bytes:
    """A `.lazos` zip: a manifest and a JSON list of catalogue-shaped records per kind, with
    at most one thing wrong — random bytes, a random or missing manifest, an unsafe or odd
    member name, a member that is not a list of records, wrong counts, another format
    version, stray members, or the zip cut short."""
    flaw = draw(st.integers(0, 11))
    if flaw == 0:
        return draw(st.binary(max_size=600))
    members: dict[str, bytes] = {}
    names: dict[str, Any] = {}
    counts: dict[str, Any] = {}
    for kind in draw(st.lists(kinds, unique=True, min_size=1, max_size=4)):
        name = f"records/{kind.value}.json"
        if flaw == 5 and draw(st.booleans()):
            unsafe = ["../fuera.json", "/abs.json", "C:/x.json", "a\\b.json", ""]
            name = draw(st.one_of(st.sampled_from(unsafe), odd_text, json_values))
        records = draw(catalogue_records())
        content = json.dumps(records, allow_nan=True).encode("utf-8", "surrogatepass")
        if flaw == 6 and draw(st.booleans()):
            content = draw(
                st.one_of(
                    st.just(
                        json.dumps(draw(json_values), allow_nan=True).encode("utf-8", "ignore")
                    ),
                    st.binary(max_size=100),
                )
            )
        names[kind.value] = name
        counts[kind.value] = len(records)
        if flaw == 7 and draw(st.booleans()):
            counts[kind.value] = draw(json_values)
        if isinstance(name, str) and name and "\x00" not in name:
            members[name] = content
    manifest: Any = {
        "format": "lazos-bundle",
        "format_version": draw(json_values) if flaw == 8 else 1,
        "producer": "LAZOS Desktop 0.1.0",
        "counts": counts,
        "members": names,
    }
    if flaw == 1:
        manifest = draw(json_values)
    elif flaw == 2:
        manifest[draw(st.sampled_from(["counts", "members", "format"]))] = draw(json_values)
    if flaw == 9:
        for extra in draw(st.lists(odd_text, min_size=1, max_size=2)):
            if extra and "\x00" not in extra and extra not in members:
                members[extra] = draw(st.binary(max_size=50))
    buffer = io.BytesIO()
    compression = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        if flaw != 3:
            manifest_bytes = json.dumps(manifest, allow_nan=True).encode("utf-8", "ignore")
            archive.writestr("manifest.json", manifest_bytes)
        for name, content in members.items():
            if name == "manifest.json":
                continue
            try:
                archive.writestr(name, content)
            except (ValueError, UnicodeEncodeError):
                continue  # a name zipfile itself cannot write
    data = buffer.getvalue()
    if flaw == 4:
        data = _cut(draw, data)
    return data
