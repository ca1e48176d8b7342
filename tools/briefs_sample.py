"""Write one sample of every brief template to docs/briefs/, with PNGs of the first pages.

Run by `make briefs-sample`. The samples come from the seeded catalogue; the last two also
hold generated records, flagged synthetic, to show how briefs mark them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lazos_desktop.services import Catalogue  # noqa: E402
from lazos_desktop.services.briefs import render_brief  # noqa: E402
from lazos_desktop.store.queries import RecordQuery  # noqa: E402

OFFICER = "Oficial regional (muestra)"

SEEDED = [
    ("ficha-registro-EX-001-es", dict(template="record", ids=["EX-001"], lang="es")),
    ("ficha-registro-BP-002-en", dict(template="record", ids=["BP-002"], lang="en")),
    ("ficha-pais-PE-es", dict(template="country", country="PE", lang="es")),
    ("ficha-pais-CO-pt", dict(template="country", country="CO", lang="pt", paper="letter")),
    ("ficha-tematica-formacion-es", dict(template="theme", axis="formacion", lang="es")),
    (
        "ficha-tematica-cohesion_social-en",
        dict(template="theme", axis="cohesion_social", lang="en"),
    ),
    (
        "dossier-reunion-es",
        dict(
            template="pack",
            ids=["EX-001", "EX-005", "BP-002", "TB-004"],
            lang="es",
            title="Reconocimiento de competencias laborales",
            meeting="Comisión Técnica Binacional SENA–SECAP",
        ),
    ),
    ("catalogo-es", dict(template="catalogue", lang="es")),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "briefs")
    parser.add_argument("--pages", type=int, default=2, help="first pages drawn as PNG")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.pdf"), *out.glob("*.png")]:
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LAZOS_DATA_DIR"] = str(Path(folder) / "data")
        catalogue = Catalogue.open(Path(folder) / "muestra.sqlite3", officer=OFFICER)
        written = [_write(catalogue, out / f"{name}.pdf", options) for name, options in SEEDED]
        related = _related_pack(catalogue, Path(folder), out)
        catalogue.add_synthetic(60, seed=5)
        synthetic = [row.code for row in catalogue.query(RecordQuery(synthetic=True, limit=6)).rows]
        written.append(
            _write(
                catalogue,
                out / "dossier-con-sinteticos-es.pdf",
                dict(
                    template="pack",
                    ids=["EX-001", "BP-001", *synthetic],
                    lang="es",
                    meeting="Prueba de formato con datos sintéticos",
                ),
            )
        )
        written.append(
            _write(
                catalogue,
                out / "catalogo-con-sinteticos-pt.pdf",
                dict(template="catalogue", lang="pt"),
            )
        )
        catalogue.close()
    for pdf in written:
        _pictures(pdf, args.pages)
    _pictures(related, 99)  # every page of the pack made for a meeting
    return 0


def _related_pack(catalogue: Catalogue, folder: Path, out: Path) -> Path:
    """The pack for "EX-001 and everything related": a meeting date, place, participants,
    agenda and logo; example case entries, an attached document and a focal point (left out
    unless chosen), each marked "(ejemplo)"."""
    import datetime as dt

    from lazos_desktop.domain.case_items import Activity, FollowUpTask
    from lazos_desktop.domain.records import Contact
    from lazos_desktop.services import attachments, brief_logo

    today = dt.date.today()
    record = catalogue.get("EX-001")
    milestones = list(record.milestones)  # type: ignore[attr-defined]
    milestones[-1] = milestones[-1].model_copy(update={"date": today - dt.timedelta(days=15)})
    catalogue.update(
        record.model_copy(
            update={
                "milestones": milestones,
                "activities": [
                    Activity(
                        date=today - dt.timedelta(days=11),
                        type="meeting",
                        place="Quito (ejemplo)",
                        participants=["Persona de ejemplo"],
                        summary="Reunión de seguimiento de la comisión (ejemplo).",
                        decisions="Preparar un borrador de la hoja de ruta (ejemplo).",
                    )
                ],
                "tasks": [
                    *record.tasks,  # type: ignore[attr-defined]
                    FollowUpTask(
                        title="Enviar el acta (ejemplo)",
                        responsible="Persona de ejemplo",
                        due=today + dt.timedelta(days=5),
                    ),
                ],
                "contacts": [Contact(name="Punto focal (ejemplo)", email="focal@example.org")],
            }
        )
    )
    roadmap = folder / "Hoja de ruta de la comisión (ejemplo).pdf"
    roadmap.write_bytes(b"%PDF-1.4\n% documento de ejemplo de la muestra\n%%EOF\n")
    attachments.attach_files(catalogue, "EX-001", [roadmap])
    brief_logo.set_logo_file(catalogue, ROOT / "resources" / "icons" / "lazos-desktop-128.png")
    return _write(
        catalogue,
        out / "dossier-EX-001-relacionado-es.pdf",
        dict(
            template="pack",
            ids=["EX-001"],
            with_related=True,
            lang="es",
            meeting="Comisión Técnica Binacional SENA–SECAP (ejemplo)",
            meeting_date=today + dt.timedelta(days=10),
            place="Quito (ejemplo)",
            participants="SENA (Colombia)\nSECAP (Ecuador)",
            agenda="Avance de la hoja de ruta\nTareas pendientes\nPróxima reunión",
        ),
    )


def _write(catalogue: Catalogue, path: Path, options: dict) -> Path:  # type: ignore[type-arg]
    result = render_brief(catalogue, out_path=path, officer=OFFICER, **options)
    print(f"{path.relative_to(ROOT)}: {result.pages} pages, {result.records} records")
    return path


def _pictures(pdf: Path, pages: int) -> None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm not found: install poppler-utils for the PNG pages", file=sys.stderr)
        return
    subprocess.run(
        [tool, "-png", "-r", "60", "-f", "1", "-l", str(pages), str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )


if __name__ == "__main__":
    raise SystemExit(main())
