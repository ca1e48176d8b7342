"""Fixed texts the command line prints, in Spanish, English and Portuguese."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "catalogue_at": {"es": "Catálogo: {path}", "en": "Catalogue: {path}", "pt": "Catálogo: {path}"},
    "kind_practice": {"es": "Buenas prácticas", "en": "Good practices", "pt": "Boas práticas"},
    "kind_exchange": {"es": "Intercambios", "en": "Exchanges", "pt": "Intercâmbios"},
    "kind_toolbox": {
        "es": "Caja de herramientas",
        "en": "Toolbox",
        "pt": "Caixa de ferramentas",
    },
    "kind_institution": {"es": "Instituciones", "en": "Institutions", "pt": "Instituições"},
    "of_which_synthetic": {
        "es": "(de ellos {count} sintéticos)",
        "en": "({count} of them synthetic)",
        "pt": "(dos quais {count} sintéticos)",
    },
    "mapped_practices": {
        "es": "El catálogo tiene {held} de las {mapped} buenas prácticas mapeadas por el proyecto; "
        "las demás llegan por importación.",
        "en": "The catalogue holds {held} of the {mapped} good practices the project mapped; "
        "the rest arrive by import.",
        "pt": "O catálogo contém {held} das {mapped} boas práticas mapeadas pelo projeto; "
        "as demais chegam por importação.",
    },
    "by_axis": {
        "es": "Prácticas por eje ERISE:",
        "en": "Practices by ERISE axis:",
        "pt": "Práticas por eixo ERISE:",
    },
    "by_country": {
        "es": "Prácticas por país:",
        "en": "Practices by country:",
        "pt": "Práticas por país:",
    },
    "synthetic": {"es": "sintético", "en": "synthetic", "pt": "sintético"},
    "shown_of_total": {
        "es": "{shown} de {total} registros",
        "en": "{shown} of {total} records",
        "pt": "{shown} de {total} registros",
    },
    "unknown_country": {
        "es": "«{value}» no es un código de país ISO 3166-1 conocido.",
        "en": "“{value}” is not a known ISO 3166-1 country code.",
        "pt": "«{value}» não é um código de país ISO 3166-1 conhecido.",
    },
    "unknown_axis": {
        "es": "«{value}» no es un eje conocido. Ejes: {choices}.",
        "en": "“{value}” is not a known axis. Axes: {choices}.",
        "pt": "«{value}» não é um eixo conhecido. Eixos: {choices}.",
    },
    "negative_count": {
        "es": "El número de registros no puede ser negativo.",
        "en": "The number of records cannot be negative.",
        "pt": "O número de registros não pode ser negativo.",
    },
    "synthetic_added": {
        "es": "Se añadieron {count} registros sintéticos.",
        "en": "{count} synthetic records added.",
        "pt": "{count} registros sintéticos adicionados.",
    },
    "backup_written": {
        "es": "Copia de seguridad verificada: {path}",
        "en": "Verified backup: {path}",
        "pt": "Cópia de segurança verificada: {path}",
    },
    "restored": {
        "es": "Catálogo {path} restaurado. El estado anterior se guardó en {saved}",
        "en": "Catalogue {path} restored. The previous state was saved to {saved}",
        "pt": "Catálogo {path} restaurado. O estado anterior foi salvo em {saved}",
    },
    "no_window": {
        "es": "La ventana no está disponible ({detail}). Use las órdenes de línea de comandos: "
        "lazos-desktop --help",
        "en": "The window is not available ({detail}). Use the command line: lazos-desktop --help",
        "pt": "A janela não está disponível ({detail}). Use a linha de comando: "
        "lazos-desktop --help",
    },
    "brief_written": {
        "es": "Informe escrito: {path} ({pages} páginas, {records} registros)",
        "en": "Brief written: {path} ({pages} pages, {records} records)",
        "pt": "Relatório gravado: {path} ({pages} páginas, {records} registros)",
    },
    "brief_synthetic": {
        "es": "Incluye {count} registros sintéticos, marcados como tales en el PDF.",
        "en": "It includes {count} synthetic records, marked as such in the PDF.",
        "pt": "Inclui {count} registros sintéticos, marcados como tais no PDF.",
    },
    "check_integrity": {
        "es": "Integridad del archivo",
        "en": "File integrity",
        "pt": "Integridade do arquivo",
    },
    "check_foreign_keys": {
        "es": "Claves foráneas",
        "en": "Foreign keys",
        "pt": "Chaves estrangeiras",
    },
    "check_search_index": {
        "es": "Índice de búsqueda",
        "en": "Search index",
        "pt": "Índice de busca",
    },
    "check_search_rows": {
        "es": "Registros en el índice",
        "en": "Records in the index",
        "pt": "Registros no índice",
    },
    "check_vocabulary_references": {
        "es": "Referencias a vocabularios y países",
        "en": "Vocabulary and country references",
        "pt": "Referências a vocabulários e países",
    },
    "check_attachments": {"es": "Adjuntos", "en": "Attachments", "pt": "Anexos"},
    "check_schema_version": {
        "es": "Versión del esquema",
        "en": "Schema version",
        "pt": "Versão do esquema",
    },
}


def say(key: str, lang: str = "es", **params: Any) -> str:
    texts = TEXTS[key]
    return texts.get(lang, texts["es"]).format(**params)
