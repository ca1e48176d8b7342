"""The briefs use case: scope of each template, usage errors, atomic writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazos_desktop import briefs
from lazos_desktop.services import Catalogue
from lazos_desktop.services import briefs as service
from lazos_desktop.services.briefs import (
    BriefRequest,
    BriefRequestInvalid,
    prepare_brief,
    render_brief,
)
from lazos_desktop.store.queries import RecordQuery


@pytest.mark.parametrize(
    ("request_", "key"),
    [
        (BriefRequest("poster"), "unknown_template"),
        (BriefRequest("record"), "needs_id"),
        (BriefRequest("country"), "needs_country"),
        (BriefRequest("theme"), "needs_axis"),
        (BriefRequest("country", country="XX"), "unknown_country"),
        (BriefRequest("theme", axis="nada"), "unknown_axis"),
        (BriefRequest("pack", query=RecordQuery(text="palabrainexistente")), "nothing_selected"),
        (BriefRequest("catalogue", paper="a3"), "unknown_choice"),
    ],
)
def test_requests_that_cannot_be_made(
    catalogue: Catalogue, request_: BriefRequest, key: str
) -> None:
    with pytest.raises(BriefRequestInvalid) as raised:
        prepare_brief(catalogue, request_)
    assert raised.value.key == key
    assert raised.value.exit_code == 2
    assert raised.value.message("en") != raised.value.message("es")


def test_scope_of_each_template(catalogue: Catalogue) -> None:
    country = prepare_brief(catalogue, BriefRequest("country", country="pe"))
    assert country.country == "PE"
    assert country.records and all("PE" in i.record.countries_of() for i in country.records)
    assert country.counts_by_axis == {"inclusion_financiera": 1, "regularizacion": 1}
    theme = prepare_brief(catalogue, BriefRequest("theme", axis="formacion"))
    assert all("formacion" in i.record.axes_of() for i in theme.records)
    assert theme.coverage[("CO", "formacion")] >= 1
    record = prepare_brief(catalogue, BriefRequest("record", ids=("ex-001",)))
    assert {r.code for r in record.records[0].related} >= {"IN-001", "IN-002"}
    assert record.records[0].institution_names  # SENA and SECAP named from their records
    whole = prepare_brief(catalogue, BriefRequest("catalogue"))
    assert whole.mapped is not None and whole.mapped.mapped == 48
    kinds = [item.record.kind.value for item in whole.records]
    assert kinds == sorted(kinds, key=["practice", "exchange", "toolbox", "institution"].index)
    filtered = prepare_brief(
        catalogue, BriefRequest("catalogue", query=RecordQuery(text="financiera"), lang="en")
    )
    assert filtered.mapped is None
    assert filtered.scope == "search “financiera”"


def test_a_failed_render_leaves_no_file(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "informes"
    folder.mkdir()
    out = folder / "informe.pdf"
    out.write_bytes(b"previous brief")

    def broken(data: briefs.BriefInput, target: Path) -> int:
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.briefs, "render", broken)
    with pytest.raises(RuntimeError):
        render_brief(catalogue, "record", out, ids=["BP-001"])
    assert out.read_bytes() == b"previous brief"
    assert list(folder.iterdir()) == [out]


def test_synthetic_records_are_counted(catalogue: Catalogue, tmp_path: Path) -> None:
    catalogue.add_synthetic(5, seed=2)
    result = render_brief(
        catalogue, "catalogue", tmp_path / "c.pdf", query=RecordQuery(synthetic=True)
    )
    assert result.records == result.synthetic == 5
