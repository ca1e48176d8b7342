"""Texts of the field-standard exports, publishing, settings and the team folder.

Kept apart from `messages.py` so that this family reads as one; `messages.MESSAGES` takes
them in, so the command line, the window and errors render them like any other message.
"""

from __future__ import annotations

SHARING_MESSAGES: dict[str, dict[str, str]] = {
    "setting_choice": {
        "es": "«{value}» no es un valor posible de «{name}». Valores: {choices}.",
        "en": "“{value}” is not a possible value of “{name}”. Values: {choices}.",
        "pt": "«{value}» não é um valor possível de «{name}». Valores: {choices}.",
    },
    "setting_org_ref": {
        "es": "«{value}» no parece un identificador de organización IATI (p. ej. XM-DAC-NNNNN).",
        "en": "“{value}” does not look like an IATI organisation identifier (e.g. XM-DAC-NNNNN).",
        "pt": "«{value}» não parece um identificador de organização IATI (p. ex. XM-DAC-NNNNN).",
    },
    "setting_web_address": {
        "es": "«{value}» no es una dirección web (http:// o https://); no se guardó nada.",
        "en": "“{value}” is not a web address (http:// or https://); nothing was saved.",
        "pt": "«{value}» não é um endereço web (http:// ou https://); nada foi salvo.",
    },
    "setting_folder_missing": {
        "es": "La carpeta «{value}» no existe; no se guardó nada.",
        "en": "The folder “{value}” does not exist; nothing was saved.",
        "pt": "A pasta «{value}» não existe; nada foi salvo.",
    },
    "settings_saved": {
        "es": "Configuración del catálogo guardada.",
        "en": "Catalogue settings saved.",
        "pt": "Configuração do catálogo salva.",
    },
    "setting_unset": {"es": "(sin indicar)", "en": "(not set)", "pt": "(não indicado)"},
    "iati_no_org": {
        "es": "Para exportar a IATI indique antes el identificador y el tipo de su organización: "
        "lazos-desktop settings --iati-org-ref IDENTIFICADOR --iati-org-type CÓDIGO. "
        "No se escribió nada.",
        "en": "To export to IATI first give your organisation's identifier and type: "
        "lazos-desktop settings --iati-org-ref IDENTIFIER --iati-org-type CODE. "
        "Nothing was written.",
        "pt": "Para exportar para IATI indique antes o identificador e o tipo da sua organização: "
        "lazos-desktop settings --iati-org-ref IDENTIFICADOR --iati-org-type CÓDIGO. "
        "Nada foi escrito.",
    },
    "iati_only_exchanges": {
        "es": "IATI describe actividades: solo se exportan intercambios (--kind exchanges).",
        "en": "IATI describes activities: only exchanges are exported (--kind exchanges).",
        "pt": "IATI descreve atividades: só se exportam intercâmbios (--kind exchanges).",
    },
    "iati_no_date": {
        "es": "sin fecha de inicio ni de fin (IATI exige al menos una fecha)",
        "en": "no start or end date (IATI requires at least one date)",
        "pt": "sem data de início nem de fim (IATI exige pelo menos uma data)",
    },
    "iati_no_party": {
        "es": "sin partes (IATI exige al menos una organización participante)",
        "en": "no parties (IATI requires at least one participating organisation)",
        "pt": "sem partes (IATI exige pelo menos uma organização participante)",
    },
    "iati_skipped": {
        "es": "{code}: no se escribió como actividad IATI: {reason}.",
        "en": "{code}: not written as an IATI activity: {reason}.",
        "pt": "{code}: não foi escrito como atividade IATI: {reason}.",
    },
    "iati_nothing": {
        "es": "Ningún intercambio pudo escribirse como actividad IATI; no se escribió el archivo.",
        "en": "No exchange could be written as an IATI activity; the file was not written.",
        "pt": "Nenhum intercâmbio pôde ser escrito como atividade IATI; o arquivo não foi escrito.",
    },
    "published": {
        "es": "Catálogo publicado en {path} ({count} registros) con sus metadatos en {metadata}. "
        "Pruébelo con: datasette serve {path} --metadata {metadata}",
        "en": "Catalogue published to {path} ({count} records) with its metadata in {metadata}. "
        "Try it with: datasette serve {path} --metadata {metadata}",
        "pt": "Catálogo publicado em {path} ({count} registros) com os metadados em {metadata}. "
        "Experimente com: datasette serve {path} --metadata {metadata}",
    },
    "published_synthetic_left": {
        "es": "{count} registros sintéticos (de demostración) no se publicaron.",
        "en": "{count} synthetic (demonstration) records were not published.",
        "pt": "{count} registros sintéticos (de demonstração) não foram publicados.",
    },
    "published_no_licence": {
        "es": "Aviso: no hay licencia indicada (lazos-desktop settings --publish-licence …); "
        "los metadatos no nombran ninguna.",
        "en": "Note: no licence is set (lazos-desktop settings --publish-licence …); "
        "the metadata names none.",
        "pt": "Aviso: não há licença indicada (lazos-desktop settings --publish-licence …); "
        "os metadados não nomeiam nenhuma.",
    },
    "publish_same_file": {
        "es": "La copia publicada no puede escribirse sobre el propio catálogo ({path}).",
        "en": "The published copy cannot be written over the catalogue itself ({path}).",
        "pt": "A cópia publicada não pode ser escrita sobre o próprio catálogo ({path}).",
    },
    "team_no_folder": {
        "es": "No hay carpeta de equipo: elíjala con lazos-desktop settings --team-folder CARPETA.",
        "en": "There is no team folder: choose one with lazos-desktop settings --team-folder FOLDER.",
        "pt": "Não há pasta da equipe: escolha-a com lazos-desktop settings --team-folder PASTA.",
    },
    "team_folder_gone": {
        "es": "La carpeta de equipo {path} no está disponible (¿unidad desconectada?); "
        "no se escribió ni se leyó nada.",
        "en": "The team folder {path} is not available (a drive disconnected?); "
        "nothing was written or read.",
        "pt": "A pasta da equipe {path} não está disponível (unidade desconectada?); "
        "nada foi escrito nem lido.",
    },
    "team_written": {
        "es": "Se escribieron {count} registros cambiados en {path}.",
        "en": "{count} changed records written to {path}.",
        "pt": "Foram escritos {count} registros alterados em {path}.",
    },
    "team_nothing_new": {
        "es": "No hay cambios propios desde la última escritura en la carpeta de equipo.",
        "en": "No changes of your own since the last write to the team folder.",
        "pt": "Não há alterações próprias desde a última escrita na pasta da equipe.",
    },
    "team_status": {
        "es": "Carpeta de equipo: {folder}. Paquetes de colegas sin fusionar: {pending}; "
        "incompletos o ilegibles por ahora: {incomplete}; cambios propios por escribir: {own}.",
        "en": "Team folder: {folder}. Colleagues' bundles not merged yet: {pending}; "
        "incomplete or unreadable for now: {incomplete}; own changes to write: {own}.",
        "pt": "Pasta da equipe: {folder}. Pacotes de colegas não mesclados: {pending}; "
        "incompletos ou ilegíveis por enquanto: {incomplete}; alterações próprias a escrever: "
        "{own}.",
    },
    "team_pending_line": {
        "es": "  {name} — {officer}, {when}, {count} registros",
        "en": "  {name} — {officer}, {when}, {count} records",
        "pt": "  {name} — {officer}, {when}, {count} registros",
    },
    "team_incomplete_line": {
        "es": "  {name}: todavía incompleto o ilegible; se volverá a intentar.",
        "en": "  {name}: still incomplete or unreadable; it will be tried again.",
        "pt": "  {name}: ainda incompleto ou ilegível; será tentado de novo.",
    },
    "team_merged": {
        "es": "Fusionados {bundles} paquetes de colegas: {created} creados, {updated} "
        "actualizados, {unchanged} sin cambios, {conflicts} conflictos.",
        "en": "Merged {bundles} colleagues' bundles: {created} created, {updated} updated, "
        "{unchanged} unchanged, {conflicts} conflicts.",
        "pt": "Mesclados {bundles} pacotes de colegas: {created} criados, {updated} atualizados, "
        "{unchanged} sem alterações, {conflicts} conflitos.",
    },
    "team_nothing_to_merge": {
        "es": "No hay paquetes nuevos de colegas en la carpeta de equipo.",
        "en": "There are no new colleagues' bundles in the team folder.",
        "pt": "Não há pacotes novos de colegas na pasta da equipe.",
    },
    "team_conflicts": {
        "es": "{count} registros cambiaron aquí y en otro portátil a la vez; no se fusionó nada. "
        "Decida con --on-conflict theirs u ours (o en la ventana, lado a lado).",
        "en": "{count} records changed here and on another laptop at once; nothing was merged. "
        "Decide with --on-conflict theirs or ours (or side by side in the window).",
        "pt": "{count} registros mudaram aqui e em outro portátil ao mesmo tempo; nada foi "
        "mesclado. Decida com --on-conflict theirs ou ours (ou lado a lado na janela).",
    },
}
