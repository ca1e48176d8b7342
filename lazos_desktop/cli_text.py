"""Fixed texts the command line prints, in Spanish, English and Portuguese."""

from __future__ import annotations

import errno
import re
from typing import Any

from lazos_desktop.domain import languages, messages

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
    "no_catalogue_file": {
        "es": "No existe el catálogo {path}; no se creó nada. Revise la ruta, o cree uno "
        "nuevo con: lazos-desktop --db {path} init",
        "en": "There is no catalogue at {path}; nothing was created. Check the path, or "
        "create a new one with: lazos-desktop --db {path} init",
        "pt": "Não existe o catálogo {path}; nada foi criado. Verifique o caminho, ou crie "
        "um novo com: lazos-desktop --db {path} init",
    },
    "catalogue_exists": {
        "es": "Ya existe un catálogo en {path}; no se modificó.",
        "en": "There is already a catalogue at {path}; it was left unchanged.",
        "pt": "Já existe um catálogo em {path}; não foi alterado.",
    },
    "catalogue_created": {
        "es": "Catálogo creado en {path} con {records} registros.",
        "en": "Catalogue created at {path} with {records} records.",
        "pt": "Catálogo criado em {path} com {records} registros.",
    },
    "restored": {
        "es": "Catálogo {path} restaurado. El estado anterior se guardó en {saved}",
        "en": "Catalogue {path} restored. The previous state was saved to {saved}",
        "pt": "Catálogo {path} restaurado. O estado anterior foi salvo em {saved}",
    },
    "restored_nothing_kept": {
        "es": "Catálogo {path} restaurado (no había un catálogo anterior que guardar).",
        "en": "Catalogue {path} restored (there was no previous catalogue to keep).",
        "pt": "Catálogo {path} restaurado (não havia catálogo anterior para guardar).",
    },
    "foreign_schema_hint": {
        "es": "Para conservar sus registros, impórtelos en un catálogo limpio: {command}",
        "en": "To keep its records, import them into a clean catalogue: {command}",
        "pt": "Para conservar os seus registros, importe-os num catálogo limpo: {command}",
    },
    "newest_good_backup": {
        "es": "Copia de seguridad en buen estado más reciente: {path} ({when}). Para "
        "restaurarla: lazos-desktop --db {catalogue} restore {path}",
        "en": "Newest good backup: {path} ({when}). To restore it: "
        "lazos-desktop --db {catalogue} restore {path}",
        "pt": "Cópia de segurança em bom estado mais recente: {path} ({when}). Para "
        "restaurá-la: lazos-desktop --db {catalogue} restore {path}",
    },
    "no_good_backup": {
        "es": "No hay ninguna copia de seguridad en buen estado de este catálogo en {folder}.",
        "en": "There is no good backup of this catalogue in {folder}.",
        "pt": "Não há nenhuma cópia de segurança em bom estado deste catálogo em {folder}.",
    },
    "no_backups": {
        "es": "Todavía no hay copias de seguridad de {path} (carpeta {folder}).",
        "en": "There are no backups of {path} yet (folder {folder}).",
        "pt": "Ainda não há cópias de segurança de {path} (pasta {folder}).",
    },
    "backups_of": {
        "es": "Copias de seguridad de {path} (carpeta {folder}):",
        "en": "Backups of {path} (folder {folder}):",
        "pt": "Cópias de segurança de {path} (pasta {folder}):",
    },
    "backup_unreadable_short": {
        "es": "ilegible: {problem}",
        "en": "unreadable: {problem}",
        "pt": "ilegível: {problem}",
    },
    "backup_counts": {
        "es": "{practice} prácticas, {exchange} intercambios, {toolbox} herramientas, "
        "{institution} instituciones",
        "en": "{practice} practices, {exchange} exchanges, {toolbox} tools, "
        "{institution} institutions",
        "pt": "{practice} práticas, {exchange} intercâmbios, {toolbox} ferramentas, "
        "{institution} instituições",
    },
    "reason_daily": {"es": "diaria", "en": "daily", "pt": "diária"},
    "reason_manual": {"es": "manual", "en": "manual", "pt": "manual"},
    "reason_pre-migration": {
        "es": "antes de actualizar",
        "en": "before upgrade",
        "pt": "antes de atualizar",
    },
    "reason_pre-import": {
        "es": "antes de importar",
        "en": "before import",
        "pt": "antes de importar",
    },
    "reason_pre-restore": {
        "es": "antes de restaurar",
        "en": "before restore",
        "pt": "antes de restaurar",
    },
    "daily_backup_failed": {
        "es": "Aviso: no se pudo hacer la copia de seguridad diaria: {detail}",
        "en": "Warning: the daily backup could not be made: {detail}",
        "pt": "Aviso: não foi possível fazer a cópia de segurança diária: {detail}",
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
    "brief_written_word": {
        "es": "Copia de Word escrita: {path} ({records} registros)",
        "en": "Word copy written: {path} ({records} records)",
        "pt": "Cópia do Word gravada: {path} ({records} registros)",
    },
    "brief_synthetic": {
        "es": "Incluye {count} registros sintéticos, marcados como tales en el informe.",
        "en": "It includes {count} synthetic records, marked as such in the brief.",
        "pt": "Inclui {count} registros sintéticos, marcados como tais no relatório.",
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
    "check_schema_objects": {
        "es": "Tablas e índices del esquema",
        "en": "Schema tables and indexes",
        "pt": "Tabelas e índices do esquema",
    },
    "check_records": {
        "es": "Registros legibles y válidos",
        "en": "Records readable and valid",
        "pt": "Registros legíveis e válidos",
    },
    "check_derived_tables": {
        "es": "Tablas de ejes y países para los filtros",
        "en": "Axis and country tables for filters",
        "pt": "Tabelas de eixos e países para os filtros",
    },
    "check_history": {
        "es": "Historial de cambios",
        "en": "Change history",
        "pt": "Histórico de alterações",
    },
    "check_attachments": {"es": "Adjuntos", "en": "Attachments", "pt": "Anexos"},
    "check_schema_version": {
        "es": "Versión del esquema",
        "en": "Schema version",
        "pt": "Versão do esquema",
    },
    "import_summary": {
        "es": "Creados: {created} · actualizados: {updated} · sin cambios: {unchanged} · "
        "conflictos: {conflicts} · posibles duplicados: {duplicates} · rechazados: {refused}",
        "en": "Created: {created} · updated: {updated} · unchanged: {unchanged} · "
        "conflicts: {conflicts} · possible duplicates: {duplicates} · refused: {refused}",
        "pt": "Criados: {created} · atualizados: {updated} · sem mudanças: {unchanged} · "
        "conflitos: {conflicts} · possíveis duplicados: {duplicates} · recusados: {refused}",
    },
    "import_refused": {
        "es": "Importación rechazada: {count} problemas. No se escribió nada "
        "(use --skip-invalid para importar solo las filas válidas).",
        "en": "Import refused: {count} problems. Nothing was written "
        "(use --skip-invalid to import the valid rows only).",
        "pt": "Importação recusada: {count} problemas. Nada foi gravado "
        "(use --skip-invalid para importar apenas as linhas válidas).",
    },
    "import_refused_one": {
        "es": "Importación rechazada: 1 problema. No se escribió nada "
        "(use --skip-invalid para importar solo las filas válidas).",
        "en": "Import refused: 1 problem. Nothing was written "
        "(use --skip-invalid to import the valid rows only).",
        "pt": "Importação recusada: 1 problema. Nada foi gravado "
        "(use --skip-invalid para importar apenas as linhas válidas).",
    },
    "conflicts_unsettled_one": {
        "es": "1 registro cambió en el catálogo y en el archivo. No se escribió nada; "
        "elija --on-conflict skip, theirs (el del archivo) u ours (el del catálogo).",
        "en": "1 record changed both in the catalogue and in the file. Nothing was "
        "written; choose --on-conflict skip, theirs (the file's) or ours (the catalogue's).",
        "pt": "1 registro mudou no catálogo e no arquivo. Nada foi gravado; escolha "
        "--on-conflict skip, theirs (o do arquivo) ou ours (o do catálogo).",
    },
    "mapping_line_one": {
        "es": "{column}: «{value}» se lee como «{label}» (1 fila).",
        "en": "{column}: “{value}” is read as “{label}” (1 row).",
        "pt": "{column}: «{value}» é lido como «{label}» (1 linha).",
    },
    "new_institutions_planned_one": {
        "es": "1 institución nueva: {names}.",
        "en": "1 new institution: {names}.",
        "pt": "1 instituição nova: {names}.",
    },
    "new_institutions_done_one": {
        "es": "1 institución nueva creada: {names}.",
        "en": "1 new institution created: {names}.",
        "pt": "1 instituição nova criada: {names}.",
    },
    "conflicts_unsettled": {
        "es": "{count} registros cambiaron en el catálogo y en el archivo. No se escribió nada; "
        "elija --on-conflict skip, theirs (el del archivo) u ours (el del catálogo).",
        "en": "{count} records changed both in the catalogue and in the file. Nothing was "
        "written; choose --on-conflict skip, theirs (the file's) or ours (the catalogue's).",
        "pt": "{count} registros mudaram no catálogo e no arquivo. Nada foi gravado; escolha "
        "--on-conflict skip, theirs (o do arquivo) ou ours (o do catálogo).",
    },
    "conflict_line": {
        "es": "  conflicto {file}:{row} {code} «{title}» (campos: {fields})",
        "en": "  conflict {file}:{row} {code} “{title}” (fields: {fields})",
        "pt": "  conflito {file}:{row} {code} «{title}» (campos: {fields})",
    },
    "duplicate_line": {
        "es": "  posible duplicado {file}:{row} «{title}» ≈ {code} «{other}» (no importado; "
        "--duplicates keep para importarlo)",
        "en": "  possible duplicate {file}:{row} “{title}” ≈ {code} “{other}” (not imported; "
        "--duplicates keep to import it)",
        "pt": "  possível duplicado {file}:{row} «{title}» ≈ {code} «{other}» (não importado; "
        "--duplicates keep para importá-lo)",
    },
    "unclassified_count": {
        "es": "  Por clasificar (borradores sin ejes o sin países): {count}"
        " — lazos-desktop list --unclassified",
        "en": "  Unclassified (drafts without axes or countries): {count}"
        " — lazos-desktop list --unclassified",
        "pt": "  A classificar (rascunhos sem eixos ou sem países): {count}"
        " — lazos-desktop list --unclassified",
    },
    "mapping_line": {
        "es": "{column}: «{value}» se lee como «{label}» ({rows} filas).",
        "en": "{column}: “{value}” is read as “{label}” ({rows} rows).",
        "pt": "{column}: «{value}» é lido como «{label}» ({rows} linhas).",
    },
    "new_institutions_planned": {
        "es": "{count} instituciones nuevas: {names}.",
        "en": "{count} new institutions: {names}.",
        "pt": "{count} instituições novas: {names}.",
    },
    "new_institutions_done": {
        "es": "{count} instituciones nuevas creadas: {names}.",
        "en": "{count} new institutions created: {names}.",
        "pt": "{count} instituições novas criadas: {names}.",
    },
    "dry_run": {
        "es": "Simulación: no se escribió nada.",
        "en": "Dry run: nothing was written.",
        "pt": "Simulação: nada foi gravado.",
    },
    "import_written": {
        "es": "Importación {batch} escrita; copia previa en {backup}. "
        "Para deshacerla: lazos-desktop undo-import",
        "en": "Import {batch} written; backup taken at {backup}. "
        "To undo it: lazos-desktop undo-import",
        "pt": "Importação {batch} gravada; cópia prévia em {backup}. "
        "Para desfazê-la: lazos-desktop undo-import",
    },
    "import_undone": {
        "es": "Importación deshecha: {removed} registros retirados, {restored} restaurados.",
        "en": "Import undone: {removed} records removed, {restored} restored.",
        "pt": "Importação desfeita: {removed} registros retirados, {restored} restaurados.",
    },
    "calendar_exported": {
        "es": "Calendario con {count} entradas escrito en {files}",
        "en": "Calendar with {count} entries written to {files}",
        "pt": "Calendário com {count} entradas gravado em {files}",
    },
    "due_nothing": {
        "es": "Nada atrasado ni con vencimiento en los próximos {days} días.",
        "en": "Nothing late and nothing due in the next {days} days.",
        "pt": "Nada atrasado nem com vencimento nos próximos {days} dias.",
    },
    "due_late": {
        "es": "Atrasados ({count}):",
        "en": "Late ({count}):",
        "pt": "Atrasados ({count}):",
    },
    "due_soon": {
        "es": "En los próximos {days} días ({count}):",
        "en": "In the next {days} days ({count}):",
        "pt": "Nos próximos {days} dias ({count}):",
    },
    "due_later": {
        "es": "Hasta {days} días ({count}):",
        "en": "Up to {days} days ({count}):",
        "pt": "Até {days} dias ({count}):",
    },
    "due_undated": {
        "es": "Abiertos sin fecha ({count}):",
        "en": "Open without a date ({count}):",
        "pt": "Abertos sem data ({count}):",
    },
    "item_milestone": {"es": "Hito", "en": "Milestone", "pt": "Marco"},
    "item_task": {"es": "Tarea", "en": "Task", "pt": "Tarefa"},
    "item_activity": {"es": "Actividad", "en": "Activity", "pt": "Atividade"},
    "exported": {
        "es": "Exportados {count} registros a {files}",
        "en": "Exported {count} records to {files}",
        "pt": "Exportados {count} registros para {files}",
    },
    "export_folder_missing": {
        "es": "La carpeta {folder} no existe; no se exportó nada.",
        "en": "The folder {folder} does not exist; nothing was exported.",
        "pt": "A pasta {folder} não existe; nada foi exportado.",
    },
    "unknown_export_format": {
        "es": "No se reconoce el formato de «{name}»; indique --format csv, xlsx, json, lazos, hxl o iati.",
        "en": "The format of “{name}” is not recognised; give --format csv, xlsx, json, lazos, hxl or iati.",
        "pt": "O formato de «{name}» não é reconhecido; indique --format csv, xlsx, json, lazos, hxl ou iati.",
    },
    "attached": {
        "es": "Adjuntado «{name}» a {code}.",
        "en": "Attached “{name}” to {code}.",
        "pt": "Anexado «{name}» a {code}.",
    },
    "attach_nothing": {
        "es": "lazos-desktop: no se adjuntó ningún archivo.",
        "en": "lazos-desktop: no file was attached.",
        "pt": "lazos-desktop: nenhum arquivo foi anexado.",
    },
    "no_attachments": {
        "es": "{code} no tiene adjuntos.",
        "en": "{code} has no attachments.",
        "pt": "{code} não tem anexos.",
    },
    "attachment_saved": {
        "es": "Copia guardada: {path}",
        "en": "Copy saved: {path}",
        "pt": "Cópia salva: {path}",
    },
    "detached": {
        "es": "Quitado «{name}» de {code}.",
        "en": "Removed “{name}” from {code}.",
        "pt": "Removido «{name}» de {code}.",
    },
    "import_attachments": {
        "es": "Adjuntos incorporados: {count}.",
        "en": "Attachments added: {count}.",
        "pt": "Anexos incorporados: {count}.",
    },
    "selftest_start": {
        "es": "Autoprueba de LAZOS Desktop {version} (sin conexión, en una carpeta temporal)",
        "en": "LAZOS Desktop {version} self-test (offline, in a temporary folder)",
        "pt": "Autoteste do LAZOS Desktop {version} (sem conexão, em uma pasta temporária)",
    },
    "selftest_ok": {
        "es": "Autoprueba correcta: {count} pasos en {seconds} s.",
        "en": "Self-test passed: {count} steps in {seconds} s.",
        "pt": "Autoteste correto: {count} passos em {seconds} s.",
    },
    "selftest_failed": {
        "es": "lazos-desktop: la autoprueba falló en el paso «{step}»: {error}",
        "en": "lazos-desktop: the self-test failed at the step “{step}”: {error}",
        "pt": "lazos-desktop: o autoteste falhou no passo «{step}»: {error}",
    },
    "notice": {"es": "Aviso: {text}", "en": "Notice: {text}", "pt": "Aviso: {text}"},
    "country_not_known": {
        "es": "«{value}» no es un país conocido: indique su código ISO 3166-1 (p. ej. PE) o "
        "su nombre en español, inglés o portugués.",
        "en": "“{value}” is not a known country: give its ISO 3166-1 code (e.g. PE) or its "
        "name in Spanish, English or Portuguese.",
        "pt": "«{value}» não é um país conhecido: indique o seu código ISO 3166-1 (p. ex. PE) "
        "ou o seu nome em espanhol, inglês ou português.",
    },
    "status_not_known": {
        "es": "«{value}» no es un estado conocido. Estados: {choices}.",
        "en": "“{value}” is not a known status. Statuses: {choices}.",
        "pt": "«{value}» não é um estado conhecido. Estados: {choices}.",
    },
    "did_you_mean": {
        "es": "¿Quiso decir {choices}?",
        "en": "Did you mean {choices}?",
        "pt": "Quis dizer {choices}?",
    },
    "either_or": {"es": "{first} o {last}", "en": "{first} or {last}", "pt": "{first} ou {last}"},
    "number_out_of_range": {
        "es": "{option} debe ser un número entero entre {low} y {high}; se recibió «{value}».",
        "en": "{option} must be a whole number from {low} to {high}; got “{value}”.",
        "pt": "{option} deve ser um número inteiro entre {low} e {high}; recebido «{value}».",
    },
    "os_no_space": {
        "es": "no queda espacio en el disco",
        "en": "the disk is full",
        "pt": "não há espaço no disco",
    },
    "os_no_folder": {
        "es": "la carpeta no existe (¿se movió o se desconectó?)",
        "en": "the folder does not exist (was it moved or disconnected?)",
        "pt": "a pasta não existe (foi movida ou desconectada?)",
    },
    "os_is_folder": {
        "es": "es una carpeta; indique un nombre de archivo",
        "en": "it is a folder; give a file name",
        "pt": "é uma pasta; indique um nome de arquivo",
    },
    "os_not_folder": {
        "es": "una parte de la ruta no es una carpeta",
        "en": "part of the path is not a folder",
        "pt": "uma parte do caminho não é uma pasta",
    },
    "os_no_permission": {
        "es": "no tiene permiso para escribir ahí",
        "en": "you have no permission to write there",
        "pt": "não tem permissão para gravar aí",
    },
    "os_read_only": {
        "es": "el disco o la carpeta es de solo lectura",
        "en": "the disk or folder is read-only",
        "pt": "o disco ou a pasta é somente leitura",
    },
    "os_name_too_long": {
        "es": "el nombre del archivo es demasiado largo",
        "en": "the file name is too long",
        "pt": "o nome do arquivo é longo demais",
    },
    "os_busy": {
        "es": "otro programa está usando el archivo",
        "en": "another program is using the file",
        "pt": "outro programa está usando o arquivo",
    },
    "os_other": {
        "es": "error del sistema {code}",
        "en": "system error {code}",
        "pt": "erro do sistema {code}",
    },
    "write_failed": {
        "es": "No se pudo escribir {path}: {reason}. No se escribió nada.",
        "en": "Could not write {path}: {reason}. Nothing was written.",
        "pt": "Não foi possível gravar {path}: {reason}. Nada foi gravado.",
    },
    "unexpected_error": {
        "es": "Error inesperado del programa ({detail}). La operación se canceló; las "
        "escrituras del catálogo van en una transacción, así que no quedó nada a medias. "
        "Ejecute «lazos-desktop check» e informe de este error.",
        "en": "Unexpected program error ({detail}). The operation was cancelled; catalogue "
        "writes happen in one transaction, so nothing was left half-done. Run "
        "“lazos-desktop check” and report this error.",
        "pt": "Erro inesperado do programa ({detail}). A operação foi cancelada; as gravações "
        "do catálogo são feitas em uma transação, então nada ficou pela metade. Execute "
        "«lazos-desktop check» e informe este erro.",
    },
}

# Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts the
# colour and cursor sequences), bidirectional overrides that reorder what is shown, and
# lone surrogates (undecodable bytes of a file name) that cannot be written at all.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_ERRNO_TEXT = {
    errno.ENOSPC: "os_no_space",
    errno.EDQUOT: "os_no_space",
    errno.EFBIG: "os_no_space",
    errno.ENOENT: "os_no_folder",
    errno.EISDIR: "os_is_folder",
    errno.ENOTDIR: "os_not_folder",
    errno.EACCES: "os_no_permission",
    errno.EPERM: "os_no_permission",
    errno.EROFS: "os_read_only",
    errno.ENAMETOOLONG: "os_name_too_long",
    errno.EBUSY: "os_busy",
    errno.ETXTBSY: "os_busy",
}


def printable(text: str) -> str:
    """`text` safe to print on a terminal: controls and bidi marks shown as escapes
    (`\\x1b`, `\\u202e`), line breaks and tabs kept."""
    return _UNSAFE.sub(_escape, text)


def os_reason(error: OSError, lang: str = "es") -> str:
    """What an `OSError` means, in the officer's language rather than the C library's."""
    key = _ERRNO_TEXT.get(error.errno or 0)
    if key is None:
        name = errno.errorcode.get(error.errno or 0, type(error).__name__)
        return say("os_other", lang, code=name)
    return say(key, lang)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def say(key: str, lang: str = "es", **params: Any) -> str:
    """A fixed text of the command line, or a shared one of the domain's messages."""
    if key not in TEXTS and key in messages.MESSAGES:
        return messages.render(key, lang, **params)
    if key not in TEXTS:
        return key.format(**params)
    if params.get("count", params.get("rows")) == 1 and f"{key}_one" in TEXTS:
        key = f"{key}_one"  # "1 fila", not "1 filas"
    return languages.render(TEXTS, key, lang, **params)
