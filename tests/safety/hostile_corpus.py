"""A corpus of hostile and unlucky files, built by code: every class issue 14 names.

`CASES` lists each file with its class and what the command line must do with it: refuse
it (exit 1, the catalogue byte-identical) or accept it (exit 0, e.g. a `sep=;` line or a
workbook whose hidden sheet is skipped). `Case.write(folder)` puts the file there — bytes,
or a FIFO, a link to `/dev/zero`, a folder, a sparse file past the size limit.

The files are small except the two zip bombs (a few hundred kilobytes that expand past the
256 MB limit) and the sparse files (no blocks on disk).
"""

from __future__ import annotations

import functools
import io
import json
import os
import struct
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lazos_desktop.interchange.limits import (
    MAX_BUNDLE_FILE,
    MAX_ROWS,
    MAX_STREAMED_FILE,
    MAX_TABLE_FILE,
    MB,
)

REFUSED, ACCEPTED = "refused", "accepted"
PRACTICE = {
    "kind": "practice",
    "title": "Práctica de prueba",
    "countries": ["PE"],
    "axes": ["empleo"],
}
HEADER = "Título,Países,Ejes"
ROW = "Práctica de prueba,PE,empleo"


@dataclass(frozen=True)
class Case:
    """One hostile file: `name` (its suffix picks the reader), its class, the outcome the
    command line must give, and how to write it."""

    name: str
    group: str
    outcome: str
    make: Callable[[Path], None]
    needs: str = ""  # a word the Spanish message must hold, when the class has one

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        self.make(path)
        return path

    @property
    def id(self) -> str:
        return f"{self.group}:{self.name}"


def data(payload: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(payload() if callable(payload) else payload)

    return make


# Zip building blocks ----------------------------------------------------------------------


def manifest(counts: dict[str, Any] | None = None, **extra: Any) -> bytes:
    document = {
        "format": "lazos-bundle",
        "format_version": 1,
        "producer": "corpus",
        "counts": {"practice": 1} if counts is None else counts,
        "members": {"practice": "records/practice.json"},
        **extra,
    }
    return json.dumps(document).encode()


RECORDS = json.dumps([PRACTICE]).encode()


def zip_of(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip with these entries in order (repeated names allowed, as an attacker writes)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", method) as archive:
        warnings.simplefilter("ignore")  # zipfile warns of the repeated names asked for
        for name, content in members:
            info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, content)
    return buffer.getvalue()


def bundle(
    records: bytes = RECORDS,
    head: bytes | None = None,
    extra: list[tuple[str, bytes]] | None = None,
) -> bytes:
    return zip_of(
        [("manifest.json", head or manifest()), ("records/practice.json", records), *(extra or [])]
    )


def workbook(sheets: list[tuple[str, str, list[list[Any]]]] | None = None) -> bytes:
    """An XLSX written by openpyxl: (title, state, rows) per sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, state, rows in sheets or [
        ("Prácticas", "visible", [HEADER.split(","), ROW.split(",")])
    ]:
        sheet = book.create_sheet(title)
        sheet.sheet_state = state
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed(buffer.getvalue())


def _fixed(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_of([(name, source.read(name)) for name in source.namelist()])


def _headers(data: bytes) -> list[tuple[int, int]]:
    """(offset of the local header, offset of the central header) of every entry."""
    found: list[tuple[int, int]] = []
    central = data.find(b"PK\x01\x02")
    local = 0
    while central >= 0:
        found.append((data.find(b"PK\x03\x04", local), central))
        local = found[-1][0] + 4
        central = data.find(b"PK\x01\x02", central + 4)
    return found


def patch(data: bytes, member: int, local: int, central: int, value: bytes) -> bytes:
    """`value` written at `local` bytes into entry `member`'s local header and at
    `central` bytes into its central directory header."""
    out = bytearray(data)
    start, middle = _headers(data)[member]
    out[start + local : start + local + len(value)] = value
    out[middle + central : middle + central + len(value)] = value
    return bytes(out)


def flagged(data: bytes, member: int, bit: int) -> bytes:
    start, _ = _headers(data)[member]
    flags = struct.unpack_from("<H", data, start + 6)[0] | bit
    return patch(data, member, 6, 8, struct.pack("<H", flags))


def method(data: bytes, member: int, number: int) -> bytes:
    return patch(data, member, 8, 10, struct.pack("<H", number))


def crc(data: bytes, member: int) -> bytes:
    start, _ = _headers(data)[member]
    value = struct.unpack_from("<I", data, start + 14)[0] ^ 0xDEADBEEF
    return patch(data, member, 14, 16, struct.pack("<I", value))


def sizes(data: bytes, member: int, factor: float) -> bytes:
    """The uncompressed size the headers declare, multiplied (under- or over-stated)."""
    start, _ = _headers(data)[member]
    size = struct.unpack_from("<I", data, start + 22)[0]
    return patch(data, member, 22, 24, struct.pack("<I", max(0, int(size * factor))))


def garbled(data: bytes, member: int, at: float = 0.5) -> bytes:
    """Bytes of the compressed data of entry `member` overwritten (a broken deflate)."""
    start, _ = _headers(data)[member]
    name_length, extra_length = struct.unpack_from("<HH", data, start + 26)
    size = struct.unpack_from("<I", data, start + 18)[0]
    body = start + 30 + name_length + extra_length
    out = bytearray(data)
    where = body + int(size * at)
    out[where : where + 8] = b"\xff\x00\xff\x00\xfe\x01\xfd\x02"[: max(1, min(8, size))]
    return bytes(out)


def renamed_local(data: bytes, member: int) -> bytes:
    """The local header's name differs from the directory's (one byte changed)."""
    start, _ = _headers(data)[member]
    out = bytearray(data)
    out[start + 30] ^= 0x01
    return bytes(out)


@functools.cache
def bomb(container: str, declared: str) -> bytes:
    """A member of 300 MB of zeros (about 300 KB compressed), its size declared honestly
    (refused from the directory) or as 1 KB (refused by its CRC after 1 KB read)."""
    base = bundle() if container == "bundle" else workbook()
    target = "records/practice.json" if container == "bundle" else "xl/worksheets/sheet1.xml"
    source = zipfile.ZipFile(io.BytesIO(base))
    buffer = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            if name != target:
                archive.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), source.read(name))
        info = zipfile.ZipInfo(target, (2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as stream:
            for _ in range(300):
                stream.write(chunk)
    built = buffer.getvalue()
    if declared == "honest":
        return built
    return patch(built, -1, 22, 24, struct.pack("<I", 1024))


# Special files ----------------------------------------------------------------------------


def fifo(path: Path) -> None:
    os.mkfifo(path)


def link_to(target: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        os.symlink(target, path)

    return make


def folder(path: Path) -> None:
    path.mkdir()


def sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)

    return make


def text(content: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return data(content.encode(encoding))


def deep(depth: int, opener: bytes = b"[", closer: bytes = b"]", wrap: bool = False) -> bytes:
    if opener == b"{":
        inner = b'{"a":' * depth + b"1" + b"}" * depth
    else:
        inner = opener * depth + closer * depth
    return b'{"records": [' + inner + b"]}" if wrap else inner


def records_json(*items: dict[str, Any], raw: str | None = None) -> bytes:
    if raw is not None:
        return raw.encode()
    return json.dumps({"format": "lazos-catalogue", "version": 1, "records": list(items)}).encode()


def practice(**fields: Any) -> dict[str, Any]:
    return {**PRACTICE, **fields}


# The corpus -------------------------------------------------------------------------------


def _zip_cases() -> list[Case]:
    cases: list[Case] = []
    containers: dict[str, tuple[str, Callable[[], bytes]]] = {
        "bundle": (".lazos", bundle),
        "xlsx": (".xlsx", workbook),
    }
    for container, (suffix, base) in containers.items():

        def add(
            label: str,
            build: Callable[[], bytes],
            needs: str = "",
            _s: str = suffix,
            _c: str = container,
        ) -> None:
            cases.append(Case(f"{_c}-{label}{_s}", f"zip_{_c}", REFUSED, data(build), needs))

        add("duplicate-first", lambda b=base: _duplicate(b(), 0), "dos entradas")
        add("duplicate-last", lambda b=base: _duplicate(b(), -1), "dos entradas")
        add("duplicate-case", lambda b=base: _duplicate(b(), -1, upper=True), "dos entradas")
        for member in (0, -1):
            add(f"encrypted-{member}", lambda b=base, m=member: flagged(b(), m, 0x1), "contraseña")
            add(f"crc-{member}", lambda b=base, m=member: crc(b(), m), "CRC")
            add(f"understated-{member}", lambda b=base, m=member: sizes(b(), m, 0.5))
            add(f"overstated-{member}", lambda b=base, m=member: sizes(b(), m, 3))
            add(f"deflate-{member}", lambda b=base, m=member: garbled(b(), m), "")
            add(f"deflate-start-{member}", lambda b=base, m=member: garbled(b(), m, 0.0))
            add(f"renamed-local-{member}", lambda b=base, m=member: renamed_local(b(), m))
        for number in (1, 6, 9, 12, 14, 95, 99):
            add(f"method-{number}", lambda b=base, n=number: method(b(), 0, n), "compresión")
        add("stored-method-lzma", lambda b=base: method(b(), -1, 14), "compresión")
        for cut in (0.1, 0.5, 0.9, 0.99):
            add(f"cut-{cut}", lambda b=base, c=cut: b()[: int(len(b()) * c)])
        add("empty", lambda: b"")
        add("not-zip", lambda: b"Esto no es un zip, es texto.\n")
        add("only-directory", lambda b=base: b()[b().find(b"PK\x01\x02") :])
        add("bomb-declared", lambda c=container: bomb(c, "honest"), "MB")
        add("bomb-understated", lambda c=container: bomb(c, "understated"), "CRC")
        for unsafe in ("../fuera.json", "/abs.json", "C:/x.json", "a\\b.json"):
            add(
                f"unsafe-{len(unsafe)}-{unsafe[0] if unsafe[0].isalnum() else 'x'}",
                lambda b=base, u=unsafe: _with_extra(b(), u),
                "ruta",
            )
        many = 2100 if container == "xlsx" else 80
        add("too-many", lambda b=base, n=many: _with_many(b(), n), "entradas")
    return cases


def _duplicate(data: bytes, which: int, upper: bool = False) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    entries = [(n, source.read(n)) for n in source.namelist()]
    name, content = entries[which]
    copy = name.upper() if upper else name
    payload = content if not name.endswith(".json") else b"[]"
    return zip_of([*entries, (copy, payload)])


def _with_extra(data: bytes, name: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_of([*[(n, source.read(n)) for n in source.namelist()], (name, b"{}")])


def _with_many(data: bytes, count: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    entries = [(n, source.read(n)) for n in source.namelist()]
    return zip_of(entries + [(f"extra/{i}.txt", b"x") for i in range(count)], zipfile.ZIP_STORED)


def _bundle_cases() -> list[Case]:
    def add(
        label: str, build: Callable[[], bytes], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"manifest-{label}.lazos", "bundle_manifest", outcome, data(build), needs)

    return [
        add(
            "not-json",
            lambda: zip_of([("manifest.json", b"{no"), ("records/practice.json", RECORDS)]),
            needs="JSON",
        ),
        add("wrong-format", lambda: bundle(head=manifest(format="otra-cosa"))),
        add("too-new", lambda: bundle(head=manifest(format_version=99)), needs="versión"),
        add("count-mismatch", lambda: bundle(head=manifest({"practice": 5}))),
        add("count-negative", lambda: bundle(head=manifest({"practice": -1}))),
        add("count-huge", lambda: bundle(head=manifest({"practice": 10**30}))),
        add(
            "count-digits",
            lambda: bundle(
                head=b'{"format":"lazos-bundle","format_version":1,"counts":{"practice":'
                + b"9" * 5000
                + b'},"members":{"practice":"records/practice.json"}}'
            ),
            needs="cifras",
        ),
        add("members-list", lambda: bundle(head=manifest(members=["records/practice.json"]))),
        add("member-missing", lambda: zip_of([("manifest.json", manifest())]), needs="Falta"),
        add(
            "member-unsafe",
            lambda: bundle(head=manifest(members={"practice": "../../etc/passwd"})),
            needs="ruta",
        ),
        add("member-not-list", lambda: bundle(records=b'{"a": 1}')),
        add(
            "duplicate-key",
            lambda: bundle(
                head=b'{"format":"lazos-bundle","format_version":1,"format_version":1,"counts":{"practice":1},"members":{"practice":"records/practice.json"}}'
            ),
            needs="dos veces",
        ),
        add(
            "record-duplicate-key",
            lambda: bundle(
                records=b'[{"kind":"practice","title":"A","title":"B","countries":["PE"],"axes":["empleo"]}]'
            ),
            needs="dos veces",
        ),
        add("records-deep", lambda: bundle(records=deep(5000)), needs="niveles"),
        add(
            "manifest-deep",
            lambda: zip_of([("manifest.json", deep(100_000)), ("records/practice.json", RECORDS)]),
            needs="niveles",
        ),
        add(
            "records-latin1",
            lambda: bundle(
                records=json.dumps([practice(title="Acción")], ensure_ascii=False).encode("latin-1")
            ),
            needs="UTF-8",
        ),
        add("fine", lambda: bundle(), ACCEPTED),
    ]


def _xlsx_cases() -> list[Case]:
    visible = [HEADER.split(","), ["Visible", "PE", "empleo"]]
    hidden_rows = [HEADER.split(","), ["Oculta", "PE", "empleo"]]

    def add(
        label: str, build: Callable[[], bytes], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"libro-{label}.xlsx", "xlsx_sheets", outcome, data(build), needs)

    return [
        add(
            "hidden-kind-sheet",
            lambda: workbook([("Prácticas", "hidden", hidden_rows), ("Hoja1", "visible", visible)]),
            ACCEPTED,
            "oculta",
        ),
        add(
            "very-hidden",
            lambda: workbook(
                [("Prácticas", "veryHidden", hidden_rows), ("Prácticas 2", "visible", visible)]
            ),
            ACCEPTED,
            "oculta",
        ),
        add(
            "only-hidden",
            lambda: _edited(
                workbook([("Prácticas", "visible", hidden_rows)]),
                "xl/workbook.xml",
                b'state="visible"',
                b'state="hidden"',
            ),
            needs="ocult",
        ),
        add(
            "hidden-first",
            lambda: workbook(
                [("Hoja oculta", "hidden", hidden_rows), ("Hoja", "visible", visible)]
            ),
            ACCEPTED,
            "oculta",
        ),
        add("csv-inside", lambda: f"{HEADER}\n{ROW}\n".encode(), needs="XLSX"),
        add("xls-inside", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), needs="XLSX"),
        add(
            "title-row",
            lambda: workbook([("Prácticas", "visible", [["Catálogo 2024"], *visible])]),
            ACCEPTED,  # the title above the headers is set aside, with a notice naming row 2
            "fila 2",
        ),
        add(
            "repeated-header",
            lambda: workbook(
                [("Prácticas", "visible", [*visible, HEADER.split(","), ["Otra", "CO", "empleo"]])]
            ),
            needs="repite",
        ),
        add(
            "control-chars",
            lambda: _edited(
                workbook(
                    [("Prácticas", "visible", [HEADER.split(","), ["ConXsalto", "PE", "empleo"]])]
                ),
                "xl/worksheets/sheet1.xml",
                b"ConXsalto",
                b"Con_x000B_salto",
            ),
            ACCEPTED,
        ),
        add("missing-workbook", lambda: _without(workbook(), "xl/workbook.xml")),
        add("garbage-sheet", lambda: _replaced(workbook(), "xl/worksheets/sheet1.xml", b"<no")),
        add("garbage-styles", lambda: _replaced(workbook(), "xl/styles.xml", b"\x00\x01\x02")),
        add("empty-core", lambda: _replaced(workbook(), "docProps/core.xml", b"")),
        add(
            "entity-bomb",
            lambda: _replaced(workbook(), "xl/worksheets/sheet1.xml", _billion_laughs()),
        ),
    ]


def _edited(data: bytes, name: str, old: bytes, new: bytes) -> bytes:
    """The workbook with `old` replaced in one part: what openpyxl itself refuses to write
    (a workbook of hidden sheets only, Excel's `_x000B_` escape of a control character)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = [(n, source.read(n)) for n in source.namelist()]
    edited = [(n, content.replace(old, new) if n == name else content) for n, content in parts]
    assert edited != parts, f"{old!r} not in {name}"
    return zip_of(edited)


def _without(data: bytes, name: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_of([(n, source.read(n)) for n in source.namelist() if n != name])


def _replaced(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_of([(n, content if n == name else source.read(n)) for n in source.namelist()])


def _billion_laughs() -> bytes:
    entities = "".join(
        f'<!ENTITY l{i} "{"&l" + str(i - 1) + ";" * 1}' * 1 + "&l" + str(i - 1) + ';">'
        for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "ja">{entities}]><worksheet>&l9;</worksheet>'
    ).encode()


def _json_cases() -> list[Case]:
    def add(
        label: str, build: bytes | Callable[[], bytes], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"catalogo-{label}.json", "json", outcome, data(build), needs)

    return [
        add("deep-arrays-100k", deep(100_000), needs="niveles"),
        add("deep-objects-100k", deep(100_000, b"{"), needs="niveles"),
        add("deep-in-records", deep(100_000, wrap=True), needs="niveles"),
        add("deep-65", deep(65), needs="niveles"),
        add("deep-1000", deep(1000, wrap=True), needs="niveles"),
        add("deep-strings-fine", records_json(practice(title="[[[[" * 50 + "{{{{" * 50)), ACCEPTED),
        add(
            "int-5000-digits",
            records_json(raw='[{"kind":"practice","title":"x","year":' + "9" * 5000 + "}]"),
            needs="cifras",
        ),
        add(
            "int-100k-digits",
            records_json(raw='[{"kind":"practice","title":"x","year":-' + "1" * 100_000 + "}]"),
            needs="cifras",
        ),
        add(
            "int-in-unknown-field",
            records_json(raw='{"records":[],"x":' + "7" * 4400 + "}"),
            needs="cifras",
        ),
        add(
            "float-5000-digits",
            records_json(
                raw='[{"kind":"practice","title":"x","countries":["PE"],"axes":["empleo"],"year":'
                + "9" * 5000
                + ".5}]"
            ),
            needs="entero",
        ),
        add(
            "exponent-huge",
            records_json(
                raw='[{"kind":"practice","title":"x","countries":["PE"],"axes":["empleo"],"year":1e999999}]'
            ),
        ),
        add("year-64-bit", records_json(practice(year=2**64))),
        add(
            "nan",
            records_json(
                raw='[{"kind":"practice","title":"x","countries":["PE"],"axes":["empleo"],"year":NaN}]'
            ),
        ),
        add(
            "duplicate-title",
            records_json(
                raw='[{"kind":"practice","title":"A","title":"B","countries":["PE"],"axes":["empleo"]}]'
            ),
            needs="dos veces",
        ),
        add(
            "duplicate-nested",
            records_json(
                raw='[{"kind":"exchange","title":"E","parties":[{"country":"CO","country":"EC"},{"country":"AR"}]}]'
            ),
            needs="dos veces",
        ),
        add(
            "duplicate-records",
            records_json(
                raw='{"format":"lazos-catalogue","records":[],"records":[{"kind":"practice","title":"x"}]}'
            ),
            needs="dos veces",
        ),
        add(
            "duplicate-kind",
            records_json(
                raw='[{"kind":"practice","kind":"exchange","title":"x","countries":["PE"],"axes":["empleo"]}]'
            ),
            needs="dos veces",
        ),
        add(
            "utf16-bom",
            lambda: (
                "\ufeff".encode("utf-16-le") if False else json.dumps([PRACTICE]).encode("utf-16")
            ),
            needs="UTF-8",
        ),
        add(
            "latin1",
            json.dumps([practice(title="Acción")], ensure_ascii=False).encode("latin-1"),
            needs="UTF-8",
        ),
        add("utf8-bom-fine", b"\xef\xbb\xbf" + records_json(PRACTICE), ACCEPTED),
        add("trailing-comma", b'[{"kind":"practice","title":"x",}]', needs="línea"),
        add("cut", records_json(PRACTICE)[:-7], needs="línea"),
        add("empty", b"", needs="línea"),
        add("not-records", b'{"hola": 1}', needs="falta"),
        add("records-number", b'{"records": 5}'),
        add(
            "lone-surrogate",
            records_json(
                raw='[{"kind":"practice","title":"a\\ud800b","countries":["PE"],"axes":["empleo"]}]'
            ),
        ),
        add(
            "version-huge",
            records_json(
                raw='{"format":"lazos-catalogue","version":' + "9" * 30 + ',"records":[]}'
            ),
            needs="versión",
        ),
        add("kind-object", records_json(raw='[{"kind":{"a":1},"title":"x"}]')),
        add("title-600", records_json(practice(title="x" * 600)), needs="500"),
        add("text-300k", records_json(practice(summary="á" * 300_000)), needs="200000"),
        add("unknown-field", records_json(practice(color="rojo")), needs="campo"),
        add("status-wrong", records_json(practice(status="quizás")), needs="valores"),
    ]


def _code_cases() -> list[Case]:
    codes = {
        "huge": "BP-" + "9" * 30,
        "20-digits": "BP-" + "1" * 20,
        "10-digits": "BP-1234567890",
        "arabic-indic": "BP-\u0661\u0662\u0663",
        "devanagari": "BP-\u0967\u0968",
        "fullwidth": "BP-\uff11\uff12",
        "superscript": "BP-\u00b2",
        "exchange-huge": "EX-" + "8" * 25,
        "overflow-64": "BP-" + str(2**64),
    }
    cases = [
        Case(
            f"codigo-{label}.json",
            "record_codes",
            REFUSED,
            data(records_json(practice(code=code))),
            "código",
        )
        for label, code in codes.items()
    ]
    cases += [
        Case(
            f"codigo-{label}.csv",
            "record_codes",
            REFUSED,
            text(f"Código,{HEADER}\n{code},{ROW}\n"),
            "código",
        )
        for label, code in list(codes.items())[:5]
    ]
    cases.append(
        Case(
            "codigo-largo-41.json",
            "record_codes",
            REFUSED,
            data(records_json(practice(code="BP-" + "0" * 38))),
            "40",
        )
    )
    return cases


def _csv_cases() -> list[Case]:
    def add(
        label: str, make: Callable[[Path], None], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"tabla-{label}.csv", "csv_encoding_and_shape", outcome, make, needs)

    body = f"{HEADER}\n{ROW}\n"
    return [
        add("utf16-le-no-bom", text(body, "utf-16-le"), needs="UTF-16"),
        add("utf16-be-no-bom", text(body, "utf-16-be"), needs="UTF-16"),
        add("utf16-bom-cut", data(b'\xff\xfe"'), needs="UTF-16"),
        add("utf16-bom-fine", text(body, "utf-16"), ACCEPTED),
        add("utf32", text(body, "utf-32"), needs="UTF-32"),
        add("utf32-be", data(b"\x00\x00\xfe\xff" + body.encode("utf-32-be")), needs="UTF-32"),
        add("xlsx-named-csv", data(workbook), needs="XLSX"),
        add("xls-named-csv", data(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), needs=".xls"),
        add("pdf-named-csv", data(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), needs="no es texto"),
        add("png-named-csv", data(b"\x89PNG\r\n\x1a\n" + bytes(100)), needs="no es texto"),
        add(
            "gzip-named-csv",
            data(zlib.compress(body.encode())[:2] and b"\x1f\x8b\x08\x00" + bytes(50)),
            needs="no es texto",
        ),
        add("sqlite-named-csv", data(b"SQLite format 3\x00" + bytes(200)), needs="no es texto"),
        add("nul-heavy", data(bytes(range(256)) * 8), needs="no es texto"),
        add(
            "sep-semicolon",
            text(f"sep=;\n{HEADER.replace(',', ';')}\n{ROW.replace(',', ';')}\n"),
            ACCEPTED,
        ),
        add(
            "sep-tab",
            text(f"sep=\t\r\n{HEADER.replace(',', chr(9))}\r\n{ROW.replace(',', chr(9))}\r\n"),
            ACCEPTED,
        ),
        add(
            "sep-pipe",
            text(f"SEP=|\n{HEADER.replace(',', '|')}\n{ROW.replace(',', '|')}\n"),
            ACCEPTED,
        ),
        add("title-row", text(f"Catálogo de prácticas 2024\n{body}"), ACCEPTED, "fila 2"),
        add("two-title-rows", text(f"Catálogo\nOficina regional\n{body}"), ACCEPTED, "fila 3"),
        add(
            "table-above-headers",
            text(f"Oficina,Año\nRegional,2024\n{body}"),
            needs="fila 3",
        ),
        add("repeated-header", text(f"{body}{HEADER}\nOtra práctica,CO,empleo\n"), needs="repite"),
        add(
            "english-header-under",
            text(f"{body}Title,Countries,Axes\nOther,CO,empleo\n"),
            needs="repite",
        ),
        add("header-typo-title", text("Titlo,Países,Ejes\nHola,PE,empleo\n"), needs="Título"),
        add("header-typo-accent", text("Tíulo,Países,Ejes\nHola,PE,empleo\n"), needs="Título"),
        add("no-title", text("Color,Tamaño\nrojo,grande\n"), needs="título"),
        add(
            "other-typo-notice",
            text("Título,Paíse,Ejes\nHola,PE,empleo\n"),
            ACCEPTED,
            "Países",
        ),
        add("cell-too-long", text('Título,Países\n"' + "x" * 200_000 + "\n"), needs="caracteres"),
        add("empty", data(b""), needs="encabezados"),
        add("only-blanks", text(" , ,\n\n  \n"), needs="encabezados"),
        add("cp1252-fine", text(f"{HEADER}\nAcción €,PE,empleo\n", "cp1252"), ACCEPTED),
        add("cr-lines-fine", text(body.replace("\n", "\r")), ACCEPTED),
        add("year-huge", text(f"{HEADER},Año\n{ROW},{'9' * 5000}\n")),
        add("year-exponent", text(f"{HEADER},Año\n{ROW},1e400\n")),
        add("formula", text(f'{HEADER}\n"=HYPERLINK(""http://x"")",PE,empleo\n'), ACCEPTED),
    ]


def _control_cases() -> list[Case]:
    payloads = {
        "ansi": "Roja\x1b[31m\x1b[2J",
        "bel": "Campana\x07",
        "nul": "Nulo\x00aquí",
        "soh": "Inicio\x01",
        "backspace": "Borra\x08\x08",
        "escape-title": "\x1b]0;titulo\x07",
        "form-feed": "Hoja\x0cnueva",
        "c1": "Uno\x1fdos",
    }
    cases = [
        Case(
            f"control-{label}.csv",
            "control_characters",
            REFUSED,
            text(f"{HEADER}\n{value},PE,empleo\n"),
            "control",
        )
        for label, value in payloads.items()
    ]
    cases += [
        Case(
            f"control-{label}.json",
            "control_characters",
            REFUSED,
            data(records_json(practice(title=value))),
            "control",
        )
        for label, value in list(payloads.items())[:5]
    ]
    cases += [
        Case(
            "control-bidi.csv",
            "control_characters",
            ACCEPTED,
            text(f"{HEADER}\nAbc\u202eedcba,PE,empleo\n"),
        ),
        Case(
            "control-vertical-tab.csv",
            "control_characters",
            ACCEPTED,
            text(f'{HEADER}\n"Salto\x0bde Word",PE,empleo\n'),
        ),
    ]
    return cases


def _special_cases() -> list[Case]:
    def add(name: str, make: Callable[[Path], None], needs: str = "") -> Case:
        return Case(name, "special_files", REFUSED, make, needs)

    return [
        add("tuberia.csv", fifo, "FIFO"),
        add("tuberia.json", fifo, "FIFO"),
        add("tuberia.xlsx", fifo, "FIFO"),
        add("tuberia.lazos", fifo, "FIFO"),
        add("cero.csv", link_to("/dev/zero"), "dispositivo"),
        add("cero.json", link_to("/dev/zero"), "dispositivo"),
        add("cero.lazos", link_to("/dev/zero"), "dispositivo"),
        add("aleatorio.xlsx", link_to("/dev/urandom"), "dispositivo"),
        add("nulo.csv", link_to("/dev/null"), "dispositivo"),
        add("carpeta.csv", folder, "carpeta"),
        add("carpeta.lazos", folder, "carpeta"),
        add("enlace-carpeta.json", link_to("/"), "carpeta"),
        add("roto.csv", link_to("/no/existe/en/ninguna/parte.csv")),
        add("grande.csv", sparse(MAX_STREAMED_FILE + MB), "MB"),
        add("grande.json", sparse(MAX_TABLE_FILE + MB), "MB"),
        add("grande.xlsx", sparse(MAX_STREAMED_FILE + MB), "MB"),
        add("grande.lazos", sparse(MAX_BUNDLE_FILE + MB), "MB"),
        add("sin-extension", data(b"hola"), "formato"),
        add("archivo.docx", data(b"PK\x03\x04"), "formato"),
    ]


# Second pass (issue 14): classes and variations the first corpus did not hold, found by an
# attack run over the real command line. Each case that once failed says how in a comment.


def _second_csv_cases() -> list[Case]:
    def add(
        label: str, make: Callable[[Path], None], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"hoja-{label}.csv", "second_csv", outcome, make, needs)

    body = f"{HEADER}\n{ROW}\n"
    return [
        add("nul-in-cell", text(f"{HEADER}\nPrác\x00tica,PE,empleo\n"), needs="control"),
        add("nul-in-header", text(f"Tít\x00ulo,Países,Ejes\n{ROW}\n")),
        add("cr-only-multiline", text(f'{HEADER}\r"Línea uno\rLínea dos",PE,empleo\r'), ACCEPTED),
        add(
            "mixed-endings",
            text(f"{HEADER}\r\nUno,PE,empleo\nDos,CO,empleo\rTres,EC,empleo\r\n"),
            ACCEPTED,
        ),
        add("only-bom", data(b"\xef\xbb\xbf"), needs="encabezados"),
        add("bom-and-blank-lines", data(b"\xef\xbb\xbf\r\n\r\n\r\n"), needs="encabezados"),
        add("bom-twice", data(b"\xef\xbb\xbf\xef\xbb\xbf" + body.encode()), ACCEPTED),
        # Read as Latin-1 (0x81 is not Windows-1252), its C1 controls were stored as text.
        add(
            "latin1-c1",
            data(f"{HEADER}\n".encode("latin-1") + b"Acci\xf3n\x81\x8d\x9b31m,PE,empleo\n"),
            needs="control",
        ),
        # U+009B is CSI: a terminal acts on it as on ESC [.
        add("c1-csi", text(f"{HEADER}\nRoja\u009b31mX,PE,empleo\n"), needs="control"),
        add(
            "utf8-overlong",
            data(f"{HEADER}\n".encode() + b"Sl\xc0\xafash \xe0\x80\xaf,PE,empleo\n"),
        ),
        add("utf8-surrogate", data(f"{HEADER}\n".encode() + b"Sur\xed\xa0\x80ro,PE,empleo\n")),
        add(
            "smart-quotes-1252",
            data(
                f"{HEADER}\n\u201cComillas\u201d \u2014 \u2018x\u2019 \u2026,PE,empleo\n".encode(
                    "cp1252"
                )
            ),
            ACCEPTED,
        ),
        # The unclosed quote took the rest of the file into one title: one record, exit 0.
        add(
            "unclosed-quote",
            text(f'{HEADER}\n"Sin cerrar,PE,empleo\nOtra,CO,empleo\n'),
            needs="comillas",
        ),
        add("quote-inside-cell", text(f'{HEADER}\nHo"la"x,PE,empleo\n'), ACCEPTED),
        add("duplicate-columns", text("Título,Título,Países,Ejes\nA,B,PE,empleo\n"), ACCEPTED),
        add("empty-header-names", text(",,Título,,\n,,Hola,,\n"), ACCEPTED),
        add("whitespace-title", text(f"{HEADER}\n   \t ,PE,empleo\n"), needs="título"),
        add("escape-in-header", text(f"\x1b[2JTítulo,Países,Ejes\n{ROW}\n")),
        add("ansi-in-value", text("Título,Países,Ejes\nHola,PE,\x1b[2Jempleo\n")),
        add("sep-empty", text(f"sep=\n{body}"), ACCEPTED),
        add("sep-only", text("sep=")),
        add("year-fullwidth", text(f"{HEADER},Año\n{ROW},２０２４\n"), ACCEPTED),
        add("year-float", text(f"{HEADER},Año\n{ROW},2024.5\n"), needs="entero"),
        add("year-nan", text(f"{HEADER},Año\n{ROW},nan\n"), needs="entero"),
        add("uuid-100k", text(f"ID,{HEADER}\n{'a' * 100_000},{ROW}\n")),
        add(
            "cell-too-long-list",
            text(f'{HEADER}\nHola,"' + ";".join(["PE"] * 50_000) + '",empleo\n'),
            needs="caracteres",
        ),
        # A header of 100,000 columns took minutes of header matching (each unknown column
        # looked up with difflib); 60 million commas also took 1.3 GB.
        add(
            "columns-1001",
            text(",".join(["Título"] + [f"c{i}" for i in range(1001)]) + "\nHola\n"),
            needs="columnas",
        ),
        add(
            "row-of-3000-cells",
            text(f"{HEADER}\nHola,PE,empleo" + ",x" * 3000 + "\n"),
            needs="columnas",
        ),
        add(
            "trailing-empty-columns",
            text(f"{HEADER}" + "," * 5000 + "\nHola,PE,empleo" + "," * 5000 + "\n"),
            ACCEPTED,
        ),
        add(
            f"rows-{MAX_ROWS + 1}",
            text("Título\n" + "".join(f"p{i}\n" for i in range(MAX_ROWS + 1))),
            needs="filas",
        ),
        # A hundred thousand blank lines before the header were popped one by one (pop(0)).
        add("blank-lines-before-header", text("\n" * 100_000 + body), ACCEPTED),
        add("ebcdic", data(body.encode("cp500"))),
    ]


def _sheet_xml(rows: str, dimension: str = "") -> bytes:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}">{dim}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    ).encode()


def _cells(number: int, *values: str, refs: tuple[str, ...] = ("A", "B", "C")) -> str:
    cells = "".join(
        f'<c r="{ref}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
        for ref, value in zip(refs, values, strict=False)
    )
    return f'<row r="{number}">{cells}</row>'


def _sheet(rows: str, dimension: str = "") -> Callable[[], bytes]:
    def build() -> bytes:
        return _replaced(workbook(), "xl/worksheets/sheet1.xml", _sheet_xml(rows, dimension))

    return build


def _second_xlsx_cases() -> list[Case]:
    def add(
        label: str, build: Callable[[], bytes], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"libro2-{label}.xlsx", "second_xlsx", outcome, data(build), needs)

    head = _cells(1, "Título", "Países", "Ejes")
    row = _cells(2, "Hola libro", "PE", "empleo")
    laughs = (
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
        + "]>"
    )
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return [
        add("inline-strings", _sheet(head + row), ACCEPTED),
        # openpyxl padded every row to the declared 16,384 columns.
        add("dimension-to-xfd", _sheet(head + row, "A1:XFD1048576"), ACCEPTED),
        # ... and a million padded rows when one cell sat on the last row.
        add(
            "cell-on-last-row",
            _sheet(head + row + _cells(1_048_576, "Abajo"), "A1:XFD1048576"),
            ACCEPTED,
        ),
        # A declared size smaller than the data: openpyxl dropped the rows below it.
        add(
            "dimension-understated",
            _sheet(
                head + "".join(_cells(n, f"Fila {n}", "PE", "empleo") for n in range(2, 7)), "A1:C2"
            ),
            ACCEPTED,
        ),
        add("row-past-excel", _sheet(head + _cells(99_999_999_999, "Más allá")), needs="dañado"),
        add(
            "columns-1001",
            _sheet(
                '<row r="1">'
                + "".join(f'<c t="inlineStr"><is><t>c{i}</t></is></c>' for i in range(1001))
                + "</row>"
                + row
            ),
            needs="columnas",
        ),
        # A date serial past openpyxl's calendar printed its UserWarning in English.
        add(
            "date-serial-huge",
            _sheet(head + row.replace("</row>", '<c r="D2" s="1"><v>99999999999</v></c></row>')),
            ACCEPTED,
        ),
        add(
            "number-1e400",
            _sheet(
                _cells(1, "Título", "Año")
                + '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2"><v>1e400</v></c></row>'
            ),
            needs="entero",
        ),
        add(
            "number-5000-digits",
            _sheet(
                _cells(1, "Título", "Año")
                + '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2"><v>'
                + "9" * 5000
                + "</v></c></row>"
            ),
        ),
        add(
            "shared-string-index-out",
            _sheet(head + '<row r="2"><c r="A2" t="s"><v>999</v></c></row>'),
        ),
        add(
            "shared-string-index-text",
            _sheet(head + '<row r="2"><c r="A2" t="s"><v>abc</v></c></row>'),
        ),
        add(
            "error-cell-type",
            _sheet(head + '<row r="2"><c r="A2" t="zz"><v>x</v></c></row>'),
            ACCEPTED,
        ),
        add(
            "formula-cells",
            _sheet(
                head
                + '<row r="2"><c r="A2" t="str"><f>HYPERLINK("http://x","y")</f><v>=HYPERLINK("http://x","y")</v></c><c r="B2" t="inlineStr"><is><t>PE</t></is></c></row>'
            ),
            ACCEPTED,
        ),
        add(
            "control-escape-in-cell",  # inline strings hold Excel's escape as plain text
            _sheet(head + _cells(2, "Hola_x001B_[2J_x0007_", "PE", "empleo")),
            ACCEPTED,
        ),
        add(
            "sst-entity-bomb",
            lambda: _replaced(
                _sheet(head + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>')(),
                "xl/sharedStrings.xml",
                f'<?xml version="1.0"?>{laughs}<sst xmlns="{ns}"><si><t>&j;</t></si></sst>'.encode(),
            ),
        ),
        add(
            "sst-external-entity",
            lambda: _replaced(
                _sheet(head + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>')(),
                "xl/sharedStrings.xml",
                f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst xmlns="{ns}"><si><t>&e;</t></si></sst>'.encode(),
            ),
        ),
        add(
            "workbook-entity-bomb",
            lambda: _edited(
                workbook(), "xl/workbook.xml", b"<workbook", laughs.encode() + b"<workbook"
            ),
        ),
        add(
            "sheet-relation-outside",
            lambda: _edited(
                workbook(),
                "xl/_rels/workbook.xml.rels",
                b"worksheets/sheet1.xml",
                b"../../../../etc/passwd",
            ),
            needs="hoja",
        ),
        add(
            "sheet-relation-url",
            lambda: _edited(
                workbook(),
                "xl/_rels/workbook.xml.rels",
                b"worksheets/sheet1.xml",
                b"http://evil.example/x.xml",
            ),
            needs="hoja",
        ),
        add(
            "strict-namespace-in-workbook-part",  # openpyxl still finds the sheet
            lambda: _edited(
                workbook(),
                "xl/workbook.xml",
                b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                b"http://purl.oclc.org/ooxml/spreadsheetml/main",
            ),
            ACCEPTED,
        ),
        add(
            "macro-part",
            lambda: zip_of(
                [
                    *[
                        (n, zipfile.ZipFile(io.BytesIO(workbook())).read(n))
                        for n in zipfile.ZipFile(io.BytesIO(workbook())).namelist()
                    ],
                    ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + bytes(2000)),
                ]
            ),
            ACCEPTED,
        ),
        add(
            "nested-zip-as-sheet",
            lambda: _replaced(workbook(), "xl/worksheets/sheet1.xml", workbook()),
        ),
        add("junk-before-zip", lambda: b"MZ" + bytes(5000) + workbook(), ACCEPTED),
        add("stored-members", lambda: _fixed_stored(workbook()), ACCEPTED),
    ]


def _fixed_stored(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_of([(name, source.read(name)) for name in source.namelist()], zipfile.ZIP_STORED)


def _second_json_cases() -> list[Case]:
    def add(
        label: str, build: bytes | Callable[[], bytes], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"datos-{label}.json", "second_json", outcome, data(build), needs)

    return [
        *[
            add(f"top-{label}", raw.encode(), needs="records")
            for label, raw in {"int": "42", "string": '"x"', "null": "null", "true": "true"}.items()
        ],
        add(
            "infinity-title",
            records_json(
                raw='[{"kind":"practice","title":Infinity,"countries":["PE"],"axes":["empleo"]}]'
            ),
            needs="texto",
        ),
        add(
            "nan-in-list",
            records_json(
                raw='[{"kind":"practice","title":"x","countries":[NaN],"axes":["empleo"]}]'
            ),
        ),
        add("whitespace-only", b"   \n\t  ", needs="línea"),
        add("nul-bytes", bytes(1000), needs="línea"),
        add("comment", b"// nota\n" + records_json(PRACTICE), needs="línea"),
        add("single-quotes", b"[{'kind':'practice','title':'x'}]", needs="línea"),
        add(
            "two-documents", records_json(PRACTICE) + b"\n" + records_json(PRACTICE), needs="línea"
        ),
        add("utf16-no-bom", json.dumps([PRACTICE]).encode("utf-16-le")),
        add("utf32", json.dumps([PRACTICE]).encode("utf-32"), needs="UTF-8"),
        add("nul-escape", records_json(practice(title="a\x00b")), needs="control"),
        add("c1-escape", records_json(practice(title="Hola\u009b2J")), needs="control"),
        # A version written as text, as 2.0 or as true was refused as "newer than this
        # program, update it"; true and -1 were read as versions.
        add(
            "version-text",
            records_json(raw='{"format":"lazos-catalogue","version":"2","records":[]}'),
            needs="entero",
        ),
        add(
            "version-float",
            records_json(raw='{"format":"lazos-catalogue","version":2.0,"records":[]}'),
            needs="entero",
        ),
        add(
            "version-true",
            records_json(raw='{"format":"lazos-catalogue","version":true,"records":[]}'),
            needs="entero",
        ),
        add(
            "version-negative",
            records_json(raw='{"format":"lazos-catalogue","version":-1,"records":[]}'),
            needs="entero",
        ),
        add("records-object", b'{"records": {"a": 1}}'),
        add("title-list", records_json(practice(title=["a", "b"])), needs="texto"),
        add("countries-text", records_json(practice(countries="PE")), needs="lista"),
        add(
            "record-null-and-numbers",
            records_json(
                raw='[null, 1, "x", [], {"kind":"practice","title":"ok","countries":["PE"],"axes":["empleo"]}]'
            ),
        ),
        add(
            "escaped-key-repeats",
            records_json(
                raw='[{"kind":"practice","t\\u0069tle":"a","title":"b","countries":["PE"],"axes":["empleo"]}]'
            ),
            needs="dos veces",
        ),
        add(
            "exchange-date-number",
            records_json(raw='[{"kind":"exchange","title":"E","start_date":' + "1" * 30 + "}]"),
            needs="fecha",
        ),
        # A bare list of objects without "kind" is read as a sheet: a million keys were a
        # million columns to match.
        add(
            "object-keys-1001",
            ("[{" + ",".join(f'"k{i}":1' for i in range(1001)) + "}]").encode(),
            needs="columnas",
        ),
        add(
            "records-100001",
            lambda: json.dumps(
                {"records": [{"kind": "practice", "title": "p"}] * 100_001}
            ).encode(),
            needs="filas",
        ),
        add("title-50k", records_json(practice(title="t" * 50_000)), needs="500"),
        # A stamp from the future (or a word, sorting after every date) decided merges for
        # ever: an older copy then replaced the officer's later edit without a conflict.
        add(
            "stamp-future",
            records_json(practice(updated_at="9999-12-31T23:59:59Z")),
            needs="futuro",
        ),
        add("stamp-word", records_json(practice(updated_at="ayer")), needs="fecha"),
        add(
            "stamp-offset-fine",
            records_json(practice(updated_at="2024-06-01T10:00:00+02:00")),
            ACCEPTED,
        ),
        add("bom-fine", b"\xef\xbb\xbf" + records_json(PRACTICE), ACCEPTED),
        add("bidi-title", records_json(practice(title="abc\u202edcba")), ACCEPTED),
    ]


def _second_bundle_cases() -> list[Case]:
    import hashlib

    def add(
        label: str, build: Callable[[], bytes], outcome: str = REFUSED, needs: str = ""
    ) -> Case:
        return Case(f"paquete-{label}.lazos", "second_bundle", outcome, data(build), needs)

    record_id = "55555555-5555-4555-8555-555555555555"
    records = json.dumps([{**PRACTICE, "id": record_id}]).encode()
    document = b"%PDF-1.4 documento\n" * 10
    sha = hashlib.sha256(document).hexdigest()

    def attached(**entry: Any) -> Callable[[], bytes]:
        item = {
            "id": "77777777-7777-4777-8777-777777777777",
            "record_id": record_id,
            "name": "doc.pdf",
            "mime": "application/pdf",
            "size": len(document),
            "sha256": sha,
            "created_at": "2024-01-01T00:00:00Z",
            "created_by": "x",
            **entry,
        }
        return lambda: bundle(
            records, manifest(attachments=[item]), [(f"attachments/{sha}", document)]
        )

    symlink = zipfile.ZipInfo("records/practice.json", (2025, 1, 1, 0, 0, 0))
    symlink.external_attr = (0o120777) << 16

    def with_symlink() -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("manifest.json", manifest())
            archive.writestr(symlink, b"/etc/passwd")
        return buffer.getvalue()

    return [
        add("attachment-fine", attached(), ACCEPTED),
        add("attachment-sha-differs", attached(sha256="a" * 64)),
        add("attachment-200mb-declared", attached(size=200 * 1024 * 1024)),
        add("attachment-size-understated", attached(size=5)),
        add("attachment-name-escapes", attached(name="a\x1b[2J\u202efdp.exe"), ACCEPTED),
        add("attachment-name-dotdot", attached(name=".."), needs="manifiesto"),
        add("attachment-name-traversal", attached(name="../../../.bashrc"), ACCEPTED),
        add(
            "attachment-other-record",
            attached(record_id="88888888-8888-4888-8888-888888888888"),
            needs="manifiesto",
        ),
        add(
            "attachment-member-elsewhere",
            attached(member="records/practice.json"),
            needs="manifiesto",
        ),
        add("symlink-member", with_symlink, needs="línea"),
        add("nested-zip-member", lambda: bundle(records=bundle())),
        add("manifest-is-list", lambda: bundle(head=b"[1, 2]"), needs="format"),
        add(
            "manifest-folder",
            lambda: zip_of([("manifest.json/", b""), ("records/practice.json", RECORDS)]),
            needs="manifest",
        ),
        add(
            "member-is-manifest",
            lambda: bundle(head=manifest(members={"practice": "manifest.json"}, counts={})),
        ),
        add("version-text", lambda: bundle(head=manifest(format_version="1")), needs="entero"),
        add("version-true", lambda: bundle(head=manifest(format_version=True)), needs="entero"),
        add("version-negative", lambda: bundle(head=manifest(format_version=-3)), needs="entero"),
        add("version-missing", lambda: bundle(head=manifest(format_version=None)), needs="entero"),
        add("count-float", lambda: bundle(head=manifest({"practice": 1.0})), needs="manifiesto"),
        add("empty-zip", lambda: zip_of([]), needs="manifest"),
        add("junk-before-zip", lambda: b"#!/bin/sh\n" + bytes(3000) + bundle(), ACCEPTED),
        add("zip-comment-64k", lambda: _commented(bundle(), b"c" * 65535), ACCEPTED),
        add(
            "records-100001",
            lambda: bundle(json.dumps([PRACTICE] * 100_001).encode(), manifest({})),
            needs="filas",
        ),
    ]


def _commented(data: bytes, comment: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, source.read(name))
        archive.comment = comment
    return buffer.getvalue()


def _other_program(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places(url) VALUES ('http://x')")
    connection.commit()
    connection.close()


def _records_of_another_shape(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE records(id TEXT, body TEXT)")
    connection.execute("INSERT INTO records VALUES ('x', '{}')")
    connection.commit()
    connection.close()


def _second_catalogue_cases() -> list[Case]:
    """Catalogue files given to `import` (read as data by `store.catalogue_reader`)."""

    def add(name: str, make: Callable[[Path], None], needs: str = "") -> Case:
        return Case(name, "second_catalogue_files", REFUSED, make, needs)

    return [
        add("vacio.sqlite3", data(b""), "catálogo"),
        add("texto.sqlite3", text("esto no es una base de datos\n" * 50), "catálogo"),
        add("cabecera.sqlite3", data(b"SQLite format 3\x00" + bytes(84))),
        add("otro-programa.sqlite3", _other_program, "catálogo"),
        # "no such column: kind" inside a Spanish sentence.
        add("otra-forma.sqlite3", _records_of_another_shape, "columna"),
        # A FIFO named .sqlite3 kept SQLite waiting for ever.
        add("tuberia.sqlite3", fifo, "FIFO"),
        add("cero.db", link_to("/dev/zero"), "dispositivo"),
        add("carpeta.sqlite", folder, "carpeta"),
    ]


def all_cases() -> list[Case]:
    return [
        *_zip_cases(),
        *_bundle_cases(),
        *_xlsx_cases(),
        *_json_cases(),
        *_code_cases(),
        *_csv_cases(),
        *_control_cases(),
        *_special_cases(),
        *_second_csv_cases(),
        *_second_xlsx_cases(),
        *_second_json_cases(),
        *_second_bundle_cases(),
        *_second_catalogue_cases(),
    ]


CASES = all_cases()


def counts() -> Counter[str]:
    """Cases per class, for the report."""
    return Counter(case.group for case in CASES)


if __name__ == "__main__":
    for group, count in sorted(counts().items()):
        print(f"{group:<28} {count:>4}")
    print(f"{'total':<28} {len(CASES):>4}")
