"""The command line's fixed texts: one of a thing is said in the singular."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazos_desktop import cli
from lazos_desktop.cli_text import TEXTS, say


@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_one_is_singular(lang: str) -> None:
    assert "(1 fila)" in say("mapping_line", "es", column="Ejes", value="x", label="y", rows=1)
    assert "(2 filas)" in say("mapping_line", "es", column="Ejes", value="x", label="y", rows=2)
    refused = say("import_refused", lang, count=1)
    assert refused.split(":")[1].split(".")[0].strip() in {"1 problema", "1 problem"}
    assert say("new_institutions_planned", lang, count=1, names="BCRA").startswith("1 ")
    assert "instituciones" not in say("new_institutions_done", "es", count=1, names="SBS")


def test_every_singular_has_its_plural_in_three_languages() -> None:
    for key in (k for k in TEXTS if k.endswith("_one")):
        assert key.removesuffix("_one") in TEXTS
        assert set(TEXTS[key]) == {"es", "en", "pt"}


def test_a_word_copy_is_reported_without_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    assert cli.main(["--db", str(db), "init"]) == 0
    capsys.readouterr()
    word = ["--db", str(db), "brief", "record", str(tmp_path / "f.docx"), "--id", "EX-001"]
    assert cli.main(word) == 0
    said = capsys.readouterr().out
    assert "Copia de Word escrita" in said and "páginas" not in said
    pdf = ["--db", str(db), "brief", "record", str(tmp_path / "f.pdf"), "--id", "EX-001"]
    assert cli.main(pdf) == 0
    assert "Informe escrito" in capsys.readouterr().out


def test_check_says_what_it_found_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "c.sqlite3"
    assert cli.main(["--db", str(db), "init"]) == 0
    broken = sqlite3.connect(db)
    broken.execute("DELETE FROM search WHERE rowid = (SELECT min(n) FROM records)")
    broken.commit()
    broken.close()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "--lang", "pt", "check"]) == 3
    assert "sem índice: 1" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "check", "--json"]) == 3
    assert "1 unindexed" in capsys.readouterr().out  # other programs keep the English words
