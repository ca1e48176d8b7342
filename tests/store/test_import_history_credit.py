"""An import's created records get their history rows written already credited: the author
and time the file gives (the importer and the import's time when it gives none) and the
batch, with no second pass over the rows (`bulk_insert._write_batch`)."""

from __future__ import annotations

from pathlib import Path

from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex


def test_created_rows_credit_the_files_author_and_time_and_name_the_batch(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    csv = tmp_path / "dos.csv"
    csv.write_text(
        "Título,Países,Ejes,Modificado por,Última modificación\n"
        "Red de empleo (sintético),Perú,Empleo,Rosa Quispe,2024-01-02T03:04:05Z\n"
        "Feria laboral (sintético),Chile,Empleo,,\n",
        encoding="utf-8",
    )
    result = ex.import_files(catalogue, [csv])
    assert result.written and result.created == 2
    rows = catalogue.store.db.execute(
        "SELECT r.title, h.at, h.who, h.batch, h.operation FROM history h"
        " JOIN records r ON r.id = h.record_id WHERE h.batch IS NOT NULL OR r.title LIKE '%(sint%'"
        " ORDER BY r.title"
    ).fetchall()
    # A row without a time was stamped when the import was planned (the record's own time).
    feria = next(r for r in catalogue.iter_records("practice") if r.title.startswith("Feria"))
    assert rows == [
        ("Feria laboral (sintético)", feria.updated_at, catalogue.officer, result.batch, "create"),
        (
            "Red de empleo (sintético)",
            "2024-01-02T03:04:05Z",
            "Rosa Quispe",
            result.batch,
            "create",
        ),
    ]
