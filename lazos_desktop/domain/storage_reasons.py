"""What SQLite and the C library say in English, said in the officer's language.

A refused file or a failed write carries the library's reason as `detail` ("database disk
image is malformed", "disk I/O error", "no such column: kind", "No space left on device").
Printed as it came, that English sat inside Spanish and Portuguese sentences. `localized`
turns every reason these libraries give for a catalogue file into a phrase in es/en/pt;
a reason it does not know is left as it came (it still helps whoever reads a report).
"""

from __future__ import annotations

import re

from lazos_desktop.domain import languages

Texts = dict[str, str]

_DAMAGED: Texts = {
    "es": "su estructura interna está dañada",
    "en": "its internal structure is damaged",
    "pt": "a sua estrutura interna está danificada",
}
_NOT_SQLITE: Texts = {
    "es": "no es un archivo de base de datos SQLite",
    "en": "it is not an SQLite database file",
    "pt": "não é um arquivo de banco de dados SQLite",
}
_IO: Texts = {
    "es": "error de lectura o escritura (¿es un archivo común, en un disco conectado?)",
    "en": "a read or write error (is it a plain file, on a connected disk?)",
    "pt": "erro de leitura ou gravação (é um arquivo comum, num disco conectado?)",
}
_CANNOT_OPEN: Texts = {
    "es": "no se puede abrir el archivo (¿existe su carpeta y es un archivo común?)",
    "en": "the file cannot be opened (does its folder exist, is it a plain file?)",
    "pt": "não é possível abrir o arquivo (a pasta existe, é um arquivo comum?)",
}
_READ_ONLY: Texts = {
    "es": "el archivo o su carpeta es de solo lectura",
    "en": "the file or its folder is read-only",
    "pt": "o arquivo ou a sua pasta é somente leitura",
}
_FULL: Texts = {
    "es": "no queda espacio en el disco",
    "en": "the disk is full",
    "pt": "não há espaço no disco",
}
_LOCKED: Texts = {
    "es": "otro programa lo está usando",
    "en": "another program is using it",
    "pt": "outro programa o está usando",
}
_NO_TABLE: Texts = {
    "es": "le falta la tabla «{name}»",
    "en": "it lacks the table “{name}”",
    "pt": "falta-lhe a tabela «{name}»",
}
_NO_COLUMN: Texts = {
    "es": "le falta la columna «{name}»",
    "en": "it lacks the column “{name}”",
    "pt": "falta-lhe a coluna «{name}»",
}
_NO_FILE: Texts = {
    "es": "el archivo o su carpeta no existe",
    "en": "the file or its folder does not exist",
    "pt": "o arquivo ou a sua pasta não existe",
}
_NO_PERMISSION: Texts = {
    "es": "no tiene permiso para usar ese archivo o carpeta",
    "en": "you have no permission to use that file or folder",
    "pt": "não tem permissão para usar esse arquivo ou pasta",
}
_NAME_TOO_LONG: Texts = {
    "es": "el nombre del archivo es demasiado largo",
    "en": "the file name is too long",
    "pt": "o nome do arquivo é longo demais",
}
_IS_FOLDER: Texts = {
    "es": "es una carpeta, no un archivo",
    "en": "it is a folder, not a file",
    "pt": "é uma pasta, não um arquivo",
}
_NOT_FOLDER: Texts = {
    "es": "una parte de la ruta no es una carpeta",
    "en": "part of the path is not a folder",
    "pt": "uma parte do caminho não é uma pasta",
}
_LINKS: Texts = {
    "es": "demasiados enlaces simbólicos encadenados (¿un enlace que apunta a sí mismo?)",
    "en": "too many symbolic links in a row (a link pointing at itself?)",
    "pt": "links simbólicos encadeados demais (um link que aponta para si mesmo?)",
}

# Checked in order; the first pattern found anywhere in the reason (ignoring case) wins.
_REASONS: tuple[tuple[re.Pattern[str], Texts], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), texts)
    for pattern, texts in (
        (r"malformed|corrupt", _DAMAGED),
        (r"not a database|encrypted", _NOT_SQLITE),
        (r"no such table: *([\w.]+)", _NO_TABLE),
        (r"no such column: *([\w.]+)", _NO_COLUMN),
        (r"database or disk is full|no space left|disk quota|file too large", _FULL),
        (r"locked|busy", _LOCKED),
        (r"read-?only", _READ_ONLY),
        (r"unable to open", _CANNOT_OPEN),
        (r"disk i/o|input/output error", _IO),
        (r"no such file or directory", _NO_FILE),
        (r"permission denied|operation not permitted", _NO_PERMISSION),
        (r"file name too long", _NAME_TOO_LONG),
        (r"is a directory", _IS_FOLDER),
        (r"not a directory", _NOT_FOLDER),
        (r"too many levels of symbolic links", _LINKS),
    )
)


def localized(reason: str, lang: str = "es") -> str:
    """`reason` (SQLite's or the system's English) as a phrase in `lang`; unknown reasons
    are returned unchanged."""
    for pattern, texts in _REASONS:
        found = pattern.search(reason)
        if found:
            name = found.group(1) if found.groups() else ""
            return languages.pick(texts, lang).format(name=name)
    return reason
