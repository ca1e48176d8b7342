"""The command line in the officer's language: help, usage errors and messages follow
`--lang` (or LAZOS_LANG, else Spanish), and the filters take countries, axes and statuses
by name in any of the three languages as the window does."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop import cli, cli_help
from lazos_desktop.services import Catalogue


def run(
    db: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100", **(env or {})},
        timeout=120,
    )


def in_process(*args: str) -> tuple[int, str, str]:
    """`main` run here (quicker than a process), with its exit status and both streams."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeded catalogue, read only by these tests."""
    path = tmp_path_factory.mktemp("language") / "cli.sqlite3"
    Catalogue.open(path).close()
    return path


def listed(db: Path, *args: str) -> list[str]:
    code, out, err = in_process("--db", str(db), "list", "--json", *args)
    assert code == 0, err
    return [row["code"] for row in json.loads(out)["records"]]


# Help ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected", "foreign"),
    [
        (
            "es",
            ["uso:", "opciones:", "muestra esta ayuda y sale", "Sin orden: abre la ventana"],
            "options:",
        ),
        (
            "en",
            ["usage:", "options:", "show this help message and exit", "opens the window"],
            "opciones:",
        ),
        (
            "pt",
            ["uso:", "opções:", "mostra esta ajuda e sai", "Sem comando: abre a janela"],
            "options:",
        ),
    ],
)
def test_the_top_level_help_is_in_the_chosen_language(
    lang: str, expected: list[str], foreign: str
) -> None:
    code, out, _ = in_process("--lang", lang, "--help")
    assert code == 0
    for text in expected:
        assert text in out
    assert foreign not in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "pt", "list", "--help"], ["palavras a buscar", "--country PAÍS", "opções:"]),
        (["--lang=pt", "due", "--help"], ["dias à frente", "marcos e tarefas atrasados"]),
        (["list", "--help"], ["palabras que buscar", "--country PAÍS", "--axis EJE", "opciones:"]),
        (["import", "--help"], ["COLUMNA:VALOR=CÓDIGO", "comprueba e informa; no escribe nada"]),
        (["--lang", "en", "export", "--help"], ["the file to write", "--country COUNTRY"]),
        (["--lang", "pt", "brief", "--help"], ["dossiê de reunião", "SAÍDA.pdf"]),
        (["--lang", "pt", "settings", "--help"], ["Licença do catálogo publicado", '("" o apaga)']),
        (["--lang", "en", "team", "--help"], ["records changed here and by a colleague"]),
    ],
)
def test_a_command_help_is_in_the_chosen_language(args: list[str], expected: list[str]) -> None:
    code, out, _ = in_process(*args)
    assert code == 0
    flat = " ".join(out.split())
    for text in expected:
        assert text in flat, (text, out)


def test_lazos_lang_chooses_the_help_language_and_lang_wins_over_it(db: Path) -> None:
    shown = run(db, "stats", "--help", env={"LAZOS_LANG": "pt"})
    assert shown.returncode == 0 and "registros por tipo, eixo e país" in shown.stdout
    chosen = run(db, "--lang", "en", "stats", "--help", env={"LAZOS_LANG": "pt"})
    assert "records by kind, axis and country" in chosen.stdout


def test_every_help_text_and_placeholder_is_written_in_the_three_languages() -> None:
    for key, texts in cli_help.HELP.items():
        assert set(texts) == {"es", "en", "pt"} and all(texts.values()), key
        assert "%" not in "".join(texts.values()), key  # argparse %-formats help texts
    for key, names in cli_help.METAVARS.items():
        assert names["es"] and names["pt"], key
    for message, texts in cli_help.ARGPARSE.items():
        assert set(texts) == {"es", "pt"}, message


def test_every_command_and_option_has_translated_help() -> None:
    """No help left in English in the Spanish parser (beyond names that are a contract)."""
    english, spanish = cli.build_parser("en"), cli.build_parser("es")
    pairs = [(english, spanish)]
    while pairs:
        one, other = pairs.pop()
        for mine, theirs in zip(one._actions, other._actions, strict=True):
            if isinstance(mine, argparse._SubParsersAction):
                assert isinstance(theirs, argparse._SubParsersAction)
                pairs += [(mine.choices[name], theirs.choices[name]) for name in mine.choices]
                continue
            where = f"{other.prog} {theirs.option_strings or theirs.dest}"
            assert theirs.help, f"{where}: no help"
            assert mine.help != theirs.help, f"{where}: {theirs.help!r} left in English"


def test_argparse_words_come_back_after_a_parse() -> None:
    """The translation lasts for the parser's work only: other parsers keep English."""
    in_process("--lang", "es", "--help")
    plain = argparse.ArgumentParser(prog="other")
    assert "options:" in plain.format_help()
    assert "show this help message and exit" in plain.format_help()


# Usage errors ----------------------------------------------------------------------------


def test_a_usage_error_in_spanish_exits_2_in_spanish(db: Path) -> None:
    result = run(db, "list", "--no-such-option")
    assert result.returncode == 2
    assert "uso: lazos-desktop" in result.stderr
    assert "lazos-desktop: error: argumentos no reconocidos: --no-such-option" in result.stderr
    assert "usage:" not in result.stderr and "unrecognized" not in result.stderr


def test_a_usage_error_in_portuguese_says_erro(db: Path) -> None:
    result = run(db, "--lang", "pt", "list", "--no-such-option")
    assert result.returncode == 2
    assert "lazos-desktop: erro: argumentos não reconhecidos: --no-such-option" in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["nada"], "argumento ORDEN: opción no válida: 'nada' (elija entre 'stats'"),
        (["list", "--sort", "x"], "argumento --sort: opción no válida: 'x' (elija entre"),
        (["list", "--country"], "argumento --country: falta su valor"),
        (["demo-data"], "faltan estos argumentos obligatorios: --synthetic"),
        (["due", "--days", "x"], "argumento --days: valor no válido (int): 'x'"),
        (["--lang", "pt", "restore"], "erro: faltam estes argumentos obrigatórios: CÓPIA"),
        (["--lang", "pt", "list", "--year-from", "1e9"], "deve ser um número inteiro"),
        (["--lang", "en", "list", "--countr"], "argument --country: expected one argument"),
        (["--lang", "en", "nada"], "invalid choice: 'nada'"),
    ],
)
def test_argparse_errors_are_translated_and_exit_2(args: list[str], expected: str) -> None:
    code, out, err = in_process(*args)
    assert code == 2
    assert expected in err, err
    assert out == ""


def test_an_ambiguous_option_is_named_in_spanish() -> None:
    code, _, err = in_process("brief", "record", "x.pdf", "--with")
    assert code == 2
    assert "opción ambigua: --with puede ser --with-related, --with-contacts" in err


# Values by name ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Perú", "peru", "PERU", "Peru", "pe", "PER"])
def test_a_country_by_name_lists_what_its_code_lists(db: Path, name: str) -> None:
    by_code = listed(db, "--country", "PE")
    assert by_code
    assert listed(db, "--country", name) == by_code


@pytest.mark.parametrize(
    "name", ["Republica Dominicana", "República Dominicana", "Dominican Republic"]
)
def test_a_country_of_two_words_without_accents(db: Path, name: str) -> None:
    by_code = listed(db, "--country", "DO")
    assert by_code
    assert listed(db, "--country", name) == by_code


@pytest.mark.parametrize(
    "name",
    ["Financial inclusion", "Inclusión financiera", "inclusion financiera", "Inclusão financeira"],
)
def test_an_axis_by_its_label_in_any_language(db: Path, name: str) -> None:
    by_code = listed(db, "--axis", "inclusion_financiera")
    assert by_code
    assert listed(db, "--axis", name) == by_code


@pytest.mark.parametrize(("name", "code"), [("Borrador", "draft"), ("Active", "active")])
def test_a_status_by_its_label(db: Path, name: str, code: str) -> None:
    assert listed(db, "--status", name) == listed(db, "--status", code)


def test_export_due_and_brief_take_names_too(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.json"
    code, said, err = in_process(
        "--db",
        str(db),
        "export",
        str(out),
        "--country",
        "Perú",
        "--axis",
        "Financial inclusion",
        "--json",
    )
    assert code == 0, err
    by_name = json.loads(said)["counts"]
    code, said, _ = in_process(
        "--db",
        str(db),
        "export",
        str(out),
        "--country",
        "PE",
        "--axis",
        "inclusion_financiera",
        "--json",
    )
    assert json.loads(said)["counts"] == by_name and sum(by_name.values()) > 0

    def agenda(*args: str) -> dict[str, object]:
        code, said, err = in_process("--db", str(db), "due", "--days", "3650", "--json", *args)
        assert code == 0, err
        return json.loads(said)

    assert agenda("--country", "peru") == agenda("--country", "PE")
    brief = tmp_path / "peru.pdf"
    code, said, err = in_process(
        "--db", str(db), "brief", "country", str(brief), "--country", "Perú", "--json"
    )
    assert code == 0, err
    assert json.loads(said)["records"] > 0 and brief.exists()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "«Narnia» no es un país conocido"),
        ("en", "“Narnia” is not a known country"),
        ("pt", "«Narnia» não é um país conhecido"),
    ],
)
def test_an_unknown_country_is_refused_in_the_chosen_language(
    db: Path, lang: str, expected: str
) -> None:
    code, out, err = in_process("--db", str(db), "--lang", lang, "list", "--country", "Narnia")
    assert code == 2
    assert expected in err and out == ""
    assert "?" not in err  # nothing is like Narnia: no guess offered


def test_a_likely_slip_is_named_but_not_taken(db: Path) -> None:
    code, _, err = in_process("--db", str(db), "list", "--country", "Peur")
    assert code == 2
    assert "¿Quiso decir Perú (PE)?" in err
    code, _, err = in_process("--db", str(db), "--lang", "en", "list", "--axis", "social")
    assert code == 2
    assert "Did you mean Social cohesion (cohesion_social) or Social protection" in err


def test_an_unknown_status_names_the_statuses_of_the_kind(db: Path) -> None:
    code, _, err = in_process("--db", str(db), "list", "--kind", "exchange", "--status", "Borrador")
    assert code == 2
    assert "«Borrador» no es un estado conocido. Estados: proposed, active" in err
    assert "draft" not in err


def test_an_unknown_value_in_json_mode_is_a_json_error(db: Path) -> None:
    code, out, _ = in_process("--db", str(db), "--lang", "pt", "list", "--axis", "x", "--json")
    assert code == 2
    assert json.loads(out)["exit_code"] == 2 and "não é um eixo" in json.loads(out)["error"]
