"""Reading the shipped seed files (vocabularies and the sourced starting catalogue).

The seeds ship with the program, but the same reader also takes a seed file an office
prepares, so it treats its input as untrusted: any file gives either the data or a
`FileRefused` listing every problem, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lazos_desktop.domain.records import Kind
from lazos_desktop.domain.validation import Problem
from lazos_desktop.domain.vocabularies import Term

MAX_PROBLEMS = 100  # a refusal names this many problems at most, then stops reading


class FileRefused(ValueError):
    """A file that cannot be used; `problems` say where (field path) and why."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("; ".join(problem.message("en") for problem in problems[:5]))


def read_vocabularies(path: Path) -> list[Term]:
    data = _load_object(path)
    terms = _list_of_objects(path, data, "terms")
    problems: list[Problem] = []
    found: list[Term] = []
    for index, item in enumerate(terms):
        where = f"terms[{index}]"
        fields = {name: item.get(name) for name in ("vocabulary", "code")}
        wrong = [name for name, value in fields.items() if not isinstance(value, str) or not value]
        labels = item.get("labels")
        if not isinstance(labels, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in labels.items()
        ):
            wrong.append("labels")
        descriptions = item.get("descriptions", {})
        if not isinstance(descriptions, dict) or not all(
            isinstance(v, str) for v in descriptions.values()
        ):
            wrong.append("descriptions")
        position, source = item.get("position", 0), item.get("source", "")
        if not isinstance(position, int) or isinstance(position, bool):
            wrong.append("position")
        if not isinstance(source, str):
            wrong.append("source")
        if wrong:
            problems += [_problem(path, f"{where}.{name}", "file_expected_text") for name in wrong]
            if len(problems) >= MAX_PROBLEMS:
                break
            continue
        found.append(
            Term(
                vocabulary=str(fields["vocabulary"]),
                code=str(fields["code"]),
                labels=dict(labels),  # type: ignore[arg-type]
                descriptions=dict(descriptions),
                position=position,
                source=source,
            )
        )
    if problems:
        raise FileRefused(path, problems)
    return found


def read_seed_catalogue(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The catalogue's meta (e.g. how many practices were mapped) and its records as data.

    Each record is an object with a known `kind`; its fields are checked later, record by
    record, by `parse_record` and the catalogue's vocabularies.
    """
    data = _load_object(path)
    meta = data.get("meta", {})
    problems: list[Problem] = []
    if not isinstance(meta, dict):
        problems.append(_problem(path, "meta", "file_expected_object"))
    records = _list_of_objects(path, data, "records")
    kinds = {kind.value for kind in Kind}
    for index, item in enumerate(records):
        kind = item.get("kind")
        if not isinstance(kind, str) or kind not in kinds:
            value = kind if isinstance(kind, str) else json.dumps(kind)[:40]
            problems.append(
                _problem(path, f"records[{index}].kind", "file_unknown_kind", value=value)
            )
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise FileRefused(path, problems)
    return meta, records


def _load_object(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FileRefused(
            path, [_problem(path, "", "file_unreadable", detail=str(error.strerror))]
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        detail = f"not UTF-8 text at byte {error.start}"
        raise FileRefused(path, [_problem(path, "", "file_not_json", detail=detail)]) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        detail = f"line {error.lineno}, column {error.colno}: {error.msg}"
        raise FileRefused(path, [_problem(path, "", "file_not_json", detail=detail)]) from error
    except RecursionError as error:
        detail = "nested too deeply"
        raise FileRefused(path, [_problem(path, "", "file_not_json", detail=detail)]) from error
    if not isinstance(data, dict):
        raise FileRefused(path, [_problem(path, "", "file_top_not_object")])
    return data


def _list_of_objects(path: Path, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key)
    if not isinstance(items, list):
        raise FileRefused(path, [_problem(path, key, "file_expected_list")])
    wrong = [index for index, item in enumerate(items) if not isinstance(item, dict)]
    if wrong:
        raise FileRefused(
            path,
            [_problem(path, f"{key}[{i}]", "file_expected_object") for i in wrong[:MAX_PROBLEMS]],
        )
    return items


def _problem(path: Path, where: str, key: str, **params: Any) -> Problem:
    return Problem(where, key, {"path": str(path), **params})
