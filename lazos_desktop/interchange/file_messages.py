"""Problems found in files that come from outside, and their texts in es/en/pt.

A problem names the file, the row as a spreadsheet shows it (header = row 1), the column as
written in the file, and carries a message key with its parameters so that the command line,
the JSON report and the window each say it in the officer's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain import messages as domain_messages

MESSAGES: dict[str, dict[str, str]] = {
    "calendar_name": {
        "es": "LAZOS — hitos, tareas y reuniones",
        "en": "LAZOS — milestones, tasks and meetings",
        "pt": "LAZOS — marcos, tarefas e reuniões",
    },
    "calendar_milestone": {
        "es": "[{code}] Hito: {title}",
        "en": "[{code}] Milestone: {title}",
        "pt": "[{code}] Marco: {title}",
    },
    "calendar_task": {
        "es": "[{code}] Tarea: {title}",
        "en": "[{code}] Task: {title}",
        "pt": "[{code}] Tarefa: {title}",
    },
    "calendar_activity": {
        "es": "[{code}] {type}: {title}",
        "en": "[{code}] {type}: {title}",
        "pt": "[{code}] {type}: {title}",
    },
    "calendar_status": {
        "es": "Estado: {status}",
        "en": "Status: {status}",
        "pt": "Situação: {status}",
    },
    "calendar_responsible": {
        "es": "Responsable: {name}",
        "en": "Responsible: {name}",
        "pt": "Responsável: {name}",
    },
    "calendar_participants": {
        "es": "Participantes: {names}",
        "en": "Participants: {names}",
        "pt": "Participantes: {names}",
    },
    "file_too_big": {
        "es": "El archivo pesa {size} MB; el límite es {limit} MB.",
        "en": "The file is {size} MB; the limit is {limit} MB.",
        "pt": "O arquivo tem {size} MB; o limite é {limit} MB.",
    },
    "unknown_format": {
        "es": "No se reconoce el formato de «{name}» (se esperan .csv, .xlsx, .json o .lazos).",
        "en": "The format of “{name}” is not recognised (.csv, .xlsx, .json or .lazos expected).",
        "pt": "O formato de «{name}» não é reconhecido (esperam-se .csv, .xlsx, .json ou .lazos).",
    },
    "unreadable": {
        "es": "No se puede leer el archivo: {detail}",
        "en": "The file cannot be read: {detail}",
        "pt": "Não é possível ler o arquivo: {detail}",
    },
    "empty_file": {
        "es": "El archivo no tiene fila de encabezados ni datos.",
        "en": "The file has no header row and no data.",
        "pt": "O arquivo não tem linha de cabeçalhos nem dados.",
    },
    "no_title_column": {
        "es": "Ninguna columna corresponde al título (se espera «Título», «Title» o «Título»).",
        "en": "No column holds the title (“Título”, “Title” expected).",
        "pt": "Nenhuma coluna corresponde ao título (espera-se «Título» ou «Title»).",
    },
    "unknown_kind": {
        "es": "No se sabe qué tipo de registros contiene; indique el tipo (prácticas, "
        "intercambios, herramientas o instituciones).",
        "en": "Cannot tell which kind of records this holds; give the kind (practices, "
        "exchanges, toolbox or institutions).",
        "pt": "Não se sabe que tipo de registros contém; indique o tipo (práticas, "
        "intercâmbios, ferramentas ou instituições).",
    },
    "unknown_column": {
        "es": "La columna «{column}» no corresponde a ningún campo y se ignora.",
        "en": "The column “{column}” matches no field and is ignored.",
        "pt": "A coluna «{column}» não corresponde a nenhum campo e é ignorada.",
    },
    "duplicate_column": {
        "es": "Dos columnas corresponden al campo «{field}»; se usa la primera.",
        "en": "Two columns match the field “{field}”; the first one is used.",
        "pt": "Duas colunas correspondem ao campo «{field}»; usa-se a primeira.",
    },
    "not_a_number": {
        "es": "«{value}» no es un número entero.",
        "en": "“{value}” is not a whole number.",
        "pt": "«{value}» não é um número inteiro.",
    },
    "not_a_date": {
        "es": "«{value}» no es una fecha (AAAA-MM-DD o DD/MM/AAAA).",
        "en": "“{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY).",
        "pt": "«{value}» não é uma data (AAAA-MM-DD ou DD/MM/AAAA).",
    },
    "not_a_yes_no": {
        "es": "«{value}» no es sí o no.",
        "en": "“{value}” is not yes or no.",
        "pt": "«{value}» não é sim ou não.",
    },
    "unknown_country_name": {
        "es": "«{value}» no es un país conocido (código ISO o nombre en español, inglés o "
        "portugués).",
        "en": "“{value}” is not a known country (ISO code or name in Spanish, English or "
        "Portuguese).",
        "pt": "«{value}» não é um país conhecido (código ISO ou nome em espanhol, inglês ou "
        "português).",
    },
    "unknown_label": {
        "es": "«{value}» no figura entre los valores de «{field}».",
        "en": "“{value}” is not one of the values of “{field}”.",
        "pt": "«{value}» não consta dos valores de «{field}».",
    },
    "unknown_institution": {
        "es": "«{value}» no corresponde a ninguna institución del catálogo ni del archivo.",
        "en": "“{value}” matches no institution in the catalogue or in the file.",
        "pt": "«{value}» não corresponde a nenhuma instituição do catálogo nem do arquivo.",
    },
    "bad_id": {
        "es": "«{value}» no es un identificador UUID válido.",
        "en": "“{value}” is not a valid UUID.",
        "pt": "«{value}» não é um identificador UUID válido.",
    },
    "repeated_id": {
        "es": "El identificador {value} ya aparece en la fila {other}.",
        "en": "The id {value} already appears in row {other}.",
        "pt": "O identificador {value} já aparece na linha {other}.",
    },
    "kind_mismatch": {
        "es": "El registro {value} del catálogo es de otro tipo ({other}).",
        "en": "The catalogue record {value} is of another kind ({other}).",
        "pt": "O registro {value} do catálogo é de outro tipo ({other}).",
    },
    "bad_part": {
        "es": "Línea «{value}»: {detail}",
        "en": "Line “{value}”: {detail}",
        "pt": "Linha «{value}»: {detail}",
    },
    "not_json": {
        "es": "El archivo no es JSON válido: {detail}",
        "en": "The file is not valid JSON: {detail}",
        "pt": "O arquivo não é JSON válido: {detail}",
    },
    "not_catalogue_json": {
        "es": "El JSON no es un catálogo de LAZOS (falta «{detail}»).",
        "en": "The JSON is not a LAZOS catalogue (“{detail}” missing).",
        "pt": "O JSON não é um catálogo do LAZOS (falta «{detail}»).",
    },
    "format_too_new": {
        "es": "El archivo usa la versión {version} del formato; este programa lee hasta la "
        "{known}. Actualice LAZOS Desktop.",
        "en": "The file uses format version {version}; this program reads up to {known}. "
        "Update LAZOS Desktop.",
        "pt": "O arquivo usa a versão {version} do formato; este programa lê até a {known}. "
        "Atualize o LAZOS Desktop.",
    },
    "bundle_not_zip": {
        "es": "El paquete .lazos no es un archivo zip válido.",
        "en": "The .lazos bundle is not a valid zip file.",
        "pt": "O pacote .lazos não é um arquivo zip válido.",
    },
    "bundle_unsafe_name": {
        "es": "El paquete contiene una entrada con una ruta no permitida: «{value}».",
        "en": "The bundle holds an entry with a forbidden path: “{value}”.",
        "pt": "O pacote contém uma entrada com um caminho não permitido: «{value}».",
    },
    "bundle_too_many": {
        "es": "El paquete contiene {count} entradas; el límite es {limit}.",
        "en": "The bundle holds {count} entries; the limit is {limit}.",
        "pt": "O pacote contém {count} entradas; o limite é {limit}.",
    },
    "bundle_too_large": {
        "es": "La entrada «{value}» del paquete se descomprime a más de {limit} MB; "
        "no se leyó (posible bomba zip).",
        "en": "The bundle entry “{value}” expands to more than {limit} MB; it was not read "
        "(possible zip bomb).",
        "pt": "A entrada «{value}» do pacote se descompacta em mais de {limit} MB; não foi "
        "lida (possível bomba zip).",
    },
    "bundle_missing": {
        "es": "Falta «{value}» en el paquete.",
        "en": "“{value}” is missing from the bundle.",
        "pt": "Falta «{value}» no pacote.",
    },
    "bundle_bad_manifest": {
        "es": "El manifiesto del paquete no es válido: «{value}» no tiene la forma esperada.",
        "en": "The bundle's manifest is not valid: “{value}” does not have the expected shape.",
        "pt": "O manifesto do pacote não é válido: «{value}» não tem a forma esperada.",
    },
    "bundle_not_list": {
        "es": "«{value}» del paquete no contiene una lista de registros.",
        "en": "“{value}” in the bundle does not hold a list of records.",
        "pt": "«{value}» do pacote não contém uma lista de registros.",
    },
    "bundle_count_mismatch": {
        "es": "El manifiesto anuncia {count} registros de tipo {value} y el paquete trae {other}.",
        "en": "The manifest announces {count} records of kind {value} and the bundle holds "
        "{other}.",
        "pt": "O manifesto anuncia {count} registros do tipo {value} e o pacote traz {other}.",
    },
}

SUGGESTION = {
    "es": "¿Quiso decir «{value}»?",
    "en": "Did you mean “{value}”?",
    "pt": "Quis dizer «{value}»?",
}


def render(key: str, lang: str = "es", **params: Any) -> str:
    """A message of this module, or of the domain's validation messages."""
    texts = MESSAGES.get(key)
    if texts is None:
        return domain_messages.render(key, lang, **params)
    if "field" in params:
        params = {**params, "field": domain_messages.field_label(str(params["field"]), lang)}
    return texts.get(lang, texts["es"]).format(**params)


@dataclass(frozen=True)
class FileProblem:
    """One thing wrong in a file; `row` and `column` are empty when it concerns the whole file."""

    file: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str = ""
    suggestion: str | dict[str, str] = ""  # a name, or the name in each language

    def message(self, lang: str = "es") -> str:
        text = render(self.key, lang, **self.params)
        value = self.suggestion
        if isinstance(value, dict):
            value = value.get(lang) or value.get("es", "")
        if value:
            text += " " + SUGGESTION.get(lang, SUGGESTION["es"]).format(value=value)
        return text

    def as_json(self, lang: str = "es") -> dict[str, Any]:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "message": self.message(lang),
        }


class FileRefused(Exception):
    """A whole file cannot be read (too big, not a zip, unsafe bundle); nothing was written."""

    def __init__(self, problem: FileProblem) -> None:
        self.problem = problem
        super().__init__(problem.message("en"))
