"""Catalogue files as version 7 wrote them: a full-text index holding its own copy of the texts.

`write_v7` lays the given records into a file whose schema is the one migrations 1 to 7
create, with each search document written as the program of version 7 wrote it
(`rows.search_document`, the cited institutions' names among the facets). Tests open such
a file with the current program to see migration 8 convert it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lazos_desktop.domain.records import Institution, Record
from lazos_desktop.services import Catalogue
from lazos_desktop.store import migrations
from lazos_desktop.store.bulk_insert import cited_names
from lazos_desktop.store.rows import record_row, search_document

V7 = migrations.MIGRATIONS.index(migrations._v8_search_without_copies)


def write_v7(path: Path, records: list[Record], monkeypatch: pytest.MonkeyPatch) -> None:
    """A version-7 catalogue at `path` holding `records` (with their codes and ids)."""
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:V7])
        patched.setattr(migrations, "SCHEMA_VERSION", V7)
        opened = Catalogue.open(path, seed=False)
        store = opened.store
        vocab = store.vocabularies()
        cited = cited_names(store, records, records)
        db = store.db
        with store.transaction():
            for record in records:
                row = record_row(record)
                row.pop("cited")
                db.execute(
                    f"INSERT INTO records ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                    list(row.values()),
                )
                for code in dict.fromkeys(record.countries_of()):
                    db.execute("INSERT INTO record_countries VALUES (?, ?)", [code, row["n"]])
                for axis in dict.fromkeys(record.axes_of()):
                    db.execute("INSERT INTO record_axes VALUES (?, ?)", [axis, row["n"]])
                extra = [cited[record.id]] if record.id in cited else []
                if isinstance(record, Institution):
                    extra.append(record.acronym)
                document = search_document(record, vocab, extra)
                db.execute(
                    "INSERT INTO search (rowid, title, body, facets) VALUES (?, ?, ?, ?)",
                    [row["n"], document["title"], document["body"], document["facets"]],
                )
        assert store.schema_version() == V7
        opened.close()
