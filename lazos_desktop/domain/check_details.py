"""The details of a catalogue check in the officer's language.

A check says what it found as parts, each a key of `DETAILS` and its values (codes, counts,
names); the command line and the window render them in es, en or pt, and `check --json`
keeps the English words other programs read. What SQLite itself says when a check cannot
run stays in SQLite's words: it is for whoever repairs the file.
"""

from __future__ import annotations

from typing import Any

from lazos_desktop.domain import languages

Said = tuple[str, dict[str, Any]]

DETAILS: dict[str, dict[str, str]] = {
    "sqlite": {"es": "{text}", "en": "{text}", "pt": "{text}"},
    "more": {"es": "(y {count} más)", "en": "(+{count})", "pt": "(e mais {count})"},
    "foreign_key_row": {
        "es": "{where}, fila {row} → {parent}",
        "en": "{where} row {row} -> {parent}",
        "pt": "{where}, linha {row} → {parent}",
    },
    "version_expected": {
        "es": "versión {version}, se esperaba {expected}",
        "en": "version {version}, expected {expected}",
        "pt": "versão {version}, esperava-se {expected}",
    },
    "version": {"es": "{version}", "en": "{version}", "pt": "{version}"},
    "application_id": {
        "es": "identificador de aplicación {value}",
        "en": "application id {value}",
        "pt": "identificador de aplicativo {value}",
    },
    "foreign_objects": {
        "es": "ajenos: {names}",
        "en": "foreign: {names}",
        "pt": "estranhos: {names}",
    },
    "missing_objects": {"es": "faltan: {names}", "en": "missing: {names}", "pt": "faltam: {names}"},
    "not_run_read_only": {
        "es": "no se hizo: el archivo se abrió solo para lectura",
        "en": "not run: the file was opened read-only",
        "pt": "não feita: o arquivo foi aberto somente para leitura",
    },
    "unindexed": {
        "es": "sin indexar: {count} ({codes})",
        "en": "{count} unindexed ({codes})",
        "pt": "sem índice: {count} ({codes})",
    },
    "orphaned": {
        "es": "filas huérfanas del índice: {count}",
        "en": "{count} orphaned",
        "pt": "linhas órfãs do índice: {count}",
    },
    "out_of_date": {
        "es": "desactualizadas en el índice: {count} ({codes})",
        "en": "{count} out of date ({codes})",
        "pt": "desatualizadas no índice: {count} ({codes})",
    },
    "unreadable_record": {
        "es": "{label}: {error}",
        "en": "{label}: {error}",
        "pt": "{label}: {error}",
    },
    "columns_differ": {
        "es": "{label}: las columnas no coinciden con el cuerpo del registro",
        "en": "{label}: columns differ from the record body",
        "pt": "{label}: as colunas não coincidem com o corpo do registro",
    },
    "record_problem": {
        "es": "{label}: {problem}",
        "en": "{label}: {problem}",
        "pt": "{label}: {problem}",
    },
    "due_dates": {
        "es": "{code}: fechas de vencimiento",
        "en": "{code}: due dates",
        "pt": "{code}: datas de vencimento",
    },
    "axes": {"es": "{code}: ejes", "en": "{code}: axes", "pt": "{code}: eixos"},
    "countries": {"es": "{code}: países", "en": "{code}: countries", "pt": "{code}: países"},
    "deleted_rows": {
        "es": "filas de registros borrados: {count}",
        "en": "{count} rows of deleted records",
        "pt": "linhas de registros excluídos: {count}",
    },
    "unknown_axis": {"es": "eje {code}", "en": "axis {code}", "pt": "eixo {code}"},
    "unknown_country": {"es": "país {code}", "en": "country {code}", "pt": "país {code}"},
    "history_entry": {"es": "entrada {entry}", "en": "entry {entry}", "pt": "entrada {entry}"},
    "attachment": {"es": "{name}", "en": "{name}", "pt": "{name}"},
}


def render_detail(said: tuple[Said, ...] | list[Said], lang: str = "es") -> str:
    """The parts joined as one line; a value with a `message(lang)` (a validation problem)
    is said in that language too."""
    lines: list[str] = []
    for key, params in said:
        values = {
            name: value.message(lang) if hasattr(value, "message") else value
            for name, value in params.items()
        }
        text = languages.render(DETAILS, key, lang, **values)
        if key == "more" and lines:
            lines[-1] += f" {text}"
        else:
            lines.append(text)
    return "; ".join(lines) if any(k in SEMICOLON for k, _ in said) else ", ".join(lines)


# Details that are separate findings of one check (not a list of names) are joined by ";".
SEMICOLON = {"version_expected", "application_id", "foreign_objects", "missing_objects"}
SEMICOLON |= {"unindexed", "orphaned", "out_of_date"}
