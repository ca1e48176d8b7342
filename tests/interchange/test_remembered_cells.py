"""Reading a table remembers the codes of list cells that said nothing about their row
(`_RowReader._codes_of_list`); a cell that mapped a slip, asked a question or follows the
officer's answer is still told on every row it fills."""

from __future__ import annotations

from lazos_desktop.domain.records import Kind
from lazos_desktop.domain.vocabularies import AXIS, Term, Vocabularies
from lazos_desktop.interchange.row_records import References, RowData, read_table
from lazos_desktop.interchange.tables import Table
from lazos_desktop.interchange.value_choices import Choice, ValueChoices

VOCAB = Vocabularies.from_terms(
    [
        Term(AXIS, "empleo", {"es": "Empleo", "en": "Employment"}),
        Term(AXIS, "emprendimiento", {"es": "Emprendimiento", "en": "Entrepreneurship"}),
    ]
)


def _read(rows: list[list[str]], choices: ValueChoices | None = None) -> list[RowData]:
    table = Table("f.csv", ["Título", "Países", "Ejes"], rows, list(range(2, 2 + len(rows))))
    return read_table(table, Kind.PRACTICE, VOCAB, References([]), choices=choices)


def test_repeated_cells_give_the_same_codes_on_every_row() -> None:
    read = _read([[f"P{i}", "Perú; Chile", "Empleo; Emprendimiento"] for i in range(4)])
    assert [row.data["countries"] for row in read] == [["PE", "CL"]] * 4
    assert [row.data["axes"] for row in read] == [["empleo", "emprendimiento"]] * 4
    read[0].data["countries"].append("AR")  # each row holds its own list
    assert read[1].data["countries"] == ["PE", "CL"]


def test_a_slip_or_a_question_is_told_on_every_row() -> None:
    read = _read([[f"P{i}", "Peruu; Chile", "Empleos; Turismo espacial"] for i in range(3)])
    for row in read:
        assert row.data["countries"] == ["PE", "CL"]
        assert [(m.field, m.value, m.code) for m in row.mappings] == [
            ("countries", "Peruu", "PE"),
            ("axes", "Empleos", "empleo"),
        ]
        assert [(q.field, q.value) for q in row.questions] == [("axes", "Turismo espacial")]


def test_an_answer_is_applied_on_every_row() -> None:
    choices = ValueChoices()
    choices.set("Ejes", "Turismo espacial", Choice("skip"))
    read = _read([[f"P{i}", "Chile", "Turismo espacial"] for i in range(3)], choices)
    assert [row.skipped for row in read] == [True, True, True]
