"""The command line's help in Spanish, English and Portuguese, and argparse's own words.

`--help`, the usage line and argparse's usage errors ("unrecognized arguments", "invalid
choice", "expected one argument") follow `--lang` (or LAZOS_LANG, else Spanish) as the
rest of the command line does. The language is known before the parser is built (cli.py
scans the arguments for it first), so every help text is written in it from the start.

Command and option names are a contract and stay as they are in every language; the help
texts, the placeholders of values (`PAÍS`, `CÓDIGO`) and argparse's messages are
translated. argparse (Python 3.11) looks its texts up through `gettext` as the module-level
names `_` and `ngettext`; a parser of this module puts its own lookups there only while it
builds itself, parses or formats, and gives the originals back afterwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, ClassVar

from lazos_desktop.domain import languages

Texts = dict[str, str]

# The help texts. `{kinds}` and `{most}` are filled in by the caller.
HELP: dict[str, Texts] = {
    "description": {
        "es": "Catálogo sin conexión de cooperación Sur-Sur y triangular para la integración "
        "laboral de personas refugiadas y migrantes. Sin orden: abre la ventana.",
        "en": "Offline catalogue of South-South and triangular cooperation for the labour "
        "integration of refugees and migrants. Without a command: opens the window.",
        "pt": "Catálogo offline de cooperação Sul-Sul e triangular para a integração laboral "
        "de pessoas refugiadas e migrantes. Sem comando: abre a janela.",
    },
    "db": {
        "es": "archivo del catálogo (por omisión: LAZOS_DB o la carpeta de datos del usuario)",
        "en": "catalogue file (default: LAZOS_DB or the user data folder)",
        "pt": "arquivo do catálogo (padrão: LAZOS_DB ou a pasta de dados do usuário)",
    },
    "lang": {
        "es": "idioma de la ayuda, los mensajes y las etiquetas (por omisión LAZOS_LANG; si "
        "no, el último elegido en la ventana; si no, es)",
        "en": "language of help, messages and labels (default LAZOS_LANG, else the one last "
        "chosen in the window, else es)",
        "pt": "idioma da ajuda, das mensagens e dos rótulos (padrão LAZOS_LANG; senão, o último "
        "escolhido na janela; senão, es)",
    },
    "officer": {
        "es": "nombre que queda como autor (updated_by) de los cambios",
        "en": "name stamped as updated_by on changes",
        "pt": "nome registrado como autor (updated_by) das alterações",
    },
    "selftest": {
        "es": "comprueba esta instalación sin conexión, en una carpeta temporal (datos "
        "iniciales, importación, informe, comprobación, ventana), y sale; no toca ninguno "
        "de sus catálogos",
        "en": "check this installation offline in a temporary folder (seeds, import, brief, "
        "check, window) and exit; touches no catalogue of yours",
        "pt": "verifica esta instalação offline, em uma pasta temporária (dados iniciais, "
        "importação, relatório, verificação, janela), e sai; não mexe em nenhum catálogo seu",
    },
    "json": {
        "es": "escribe el resultado en JSON",
        "en": "print the result as JSON",
        "pt": "escreve o resultado em JSON",
    },
    "json_codes": {
        "es": "escribe el resultado en JSON (con códigos en lugar de nombres)",
        "en": "print the result as JSON (codes rather than names)",
        "pt": "escreve o resultado em JSON (com códigos em vez de nomes)",
    },
    # stats, list, show, check
    "stats": {
        "es": "registros por tipo, eje y país",
        "en": "records by kind, axis and country",
        "pt": "registros por tipo, eixo e país",
    },
    "list": {
        "es": "registros que responden a una búsqueda y unos filtros",
        "en": "records matching a search and filters",
        "pt": "registros que atendem a uma busca e a filtros",
    },
    "kind": {
        "es": "tipo de registro: {kinds}",
        "en": "kind of record: {kinds}",
        "pt": "tipo de registro: {kinds}",
    },
    "query": {
        "es": "palabras que buscar (sin importar los acentos)",
        "en": "words to search (accents ignored)",
        "pt": "palavras a buscar (sem importar os acentos)",
    },
    "country": {
        "es": "país: código ISO o nombre en español, inglés o portugués, p. ej. PE o Perú",
        "en": "country: ISO code or name in Spanish, English or Portuguese, e.g. PE or Peru",
        "pt": "país: código ISO ou nome em espanhol, inglês ou português, p. ex. PE ou Peru",
    },
    "axis": {
        "es": "eje ERISE: código o nombre, p. ej. empleo o «Promoción del empleo»",
        "en": "ERISE axis: code or name, e.g. empleo or “Employment promotion”",
        "pt": "eixo ERISE: código ou nome, p. ex. empleo ou «Promoção do emprego»",
    },
    "status": {
        "es": "estado: código o nombre, p. ej. draft o «Borrador»",
        "en": "status: code or name, e.g. draft or “Draft”",
        "pt": "estado: código ou nome, p. ex. draft ou «Rascunho»",
    },
    "year_from": {"es": "desde este año", "en": "from this year", "pt": "a partir deste ano"},
    "year_to": {"es": "hasta este año", "en": "up to this year", "pt": "até este ano"},
    "synthetic_filter": {
        "es": "solo los registros sintéticos (yes) o solo los reales (no)",
        "en": "only synthetic records (yes) or only real ones (no)",
        "pt": "apenas os registros sintéticos (yes) ou apenas os reais (no)",
    },
    "unclassified": {
        "es": "solo los borradores por clasificar (prácticas o herramientas sin ejes o sin países)",
        "en": "only drafts still to classify (practices or toolbox entries without axes or "
        "countries)",
        "pt": "apenas os rascunhos por classificar (práticas ou ferramentas sem eixos ou sem "
        "países)",
    },
    "sort": {
        "es": "orden de la lista (por omisión: code)",
        "en": "order of the list (default: code)",
        "pt": "ordem da lista (padrão: code)",
    },
    "desc": {"es": "orden descendente", "en": "descending order", "pt": "ordem decrescente"},
    "limit": {
        "es": "muestra como mucho N registros",
        "en": "show at most N records",
        "pt": "mostra no máximo N registros",
    },
    "offset": {
        "es": "omite los N primeros registros",
        "en": "skip the first N records",
        "pt": "pula os N primeiros registros",
    },
    "show": {
        "es": "un registro, completo",
        "en": "one record, whole",
        "pt": "um registro, completo",
    },
    "record_code": {
        "es": "código del registro (p. ej. BP-001) o su id",
        "en": "the record's code (e.g. BP-001) or id",
        "pt": "código do registro (p. ex. BP-001) ou o seu id",
    },
    "check": {
        "es": "integridad, claves foráneas, índice de búsqueda, vocabularios",
        "en": "integrity, foreign keys, search index, vocabularies",
        "pt": "integridade, chaves estrangeiras, índice de busca, vocabulários",
    },
    # demo-data
    "demo-data": {
        "es": "añade registros generados, marcados como sintéticos",
        "en": "add generated records flagged synthetic",
        "pt": "adiciona registros gerados, marcados como sintéticos",
    },
    "synthetic_count": {
        "es": "cuántos (como mucho {most})",
        "en": "how many (at most {most})",
        "pt": "quantos (no máximo {most})",
    },
    "seed": {
        "es": "semilla del generador: la misma semilla da los mismos registros",
        "en": "seed of the generator: the same seed gives the same records",
        "pt": "semente do gerador: a mesma semente dá os mesmos registros",
    },
    # brief
    "brief": {
        "es": "escribe un informe PDF para una reunión (un nombre .docx escribe su copia en Word)",
        "en": "write a PDF brief for a meeting (a .docx name writes its Word copy)",
        "pt": "grava um relatório PDF para uma reunião (um nome .docx grava a sua cópia em Word)",
    },
    "template": {
        "es": "record (ficha de registro), country (ficha de país), theme (ficha temática), "
        "pack (dossier de reunión) o catalogue (catálogo)",
        "en": "record, country, theme, pack (meeting pack) or catalogue",
        "pt": "record (ficha de registro), country (ficha de país), theme (ficha temática), "
        "pack (dossiê de reunião) ou catalogue (catálogo)",
    },
    "brief_out": {
        "es": "el PDF que se escribe (o su copia en Word, si termina en .docx)",
        "en": "the PDF to write (or its Word copy, for a name ending in .docx)",
        "pt": "o PDF a gravar (ou a sua cópia em Word, se terminar em .docx)",
    },
    "brief_ids": {
        "es": "códigos de registro (ficha de registro, dossier de reunión)",
        "en": "record codes (record brief, meeting pack)",
        "pt": "códigos de registro (ficha de registro, dossiê de reunião)",
    },
    "brief_query": {
        "es": "palabras que buscar (catálogo, dossier de reunión)",
        "en": "words to search (catalogue, pack)",
        "pt": "palavras a buscar (catálogo, dossiê de reunião)",
    },
    "brief_kind": {
        "es": "solo registros de este tipo (catálogo, dossier de reunión)",
        "en": "only records of this kind (catalogue, pack)",
        "pt": "apenas registros deste tipo (catálogo, dossiê de reunião)",
    },
    "brief_lang": {
        "es": "idioma del informe (el mismo que --lang antes de la orden)",
        "en": "language of the brief (the same as --lang before the command)",
        "pt": "idioma do relatório (o mesmo que --lang antes do comando)",
    },
    "paper": {
        "es": "tamaño del papel (por omisión: a4)",
        "en": "paper size (default: a4)",
        "pt": "tamanho do papel (padrão: a4)",
    },
    "title": {
        "es": "título del informe (por omisión, el de la plantilla)",
        "en": "title of the brief (default by template)",
        "pt": "título do relatório (padrão: o do modelo)",
    },
    "meeting": {
        "es": "reunión que figura en la portada del dossier",
        "en": "meeting named on the pack's cover",
        "pt": "reunião que figura na capa do dossiê",
    },
    "meeting_date": {
        "es": "portada del dossier; el dossier lista lo que vence antes de esa fecha (por "
        "omisión: dentro de 30 días)",
        "en": "pack cover; the pack lists what falls due before it (default: 30 days ahead)",
        "pt": "capa do dossiê; o dossiê lista o que vence antes dessa data (padrão: daqui a 30 "
        "dias)",
    },
    "place": {
        "es": "dónde se celebra la reunión (portada del dossier)",
        "en": "where the meeting is held (pack cover)",
        "pt": "onde a reunião acontece (capa do dossiê)",
    },
    "participant": {
        "es": "un participante en la portada del dossier (repítalo para cada uno)",
        "en": "a participant on the pack's cover (repeat for each)",
        "pt": "um participante na capa do dossiê (repita para cada um)",
    },
    "agenda": {
        "es": "un punto del orden del día del dossier (repetible)",
        "en": "an agenda item of the pack (repeat)",
        "pt": "um item da pauta do dossiê (repetível)",
    },
    "with_related": {
        "es": "dossier: los registros indicados y todo lo relacionado con ellos",
        "en": "pack: the records given and everything related to them",
        "pt": "dossiê: os registros indicados e tudo o que se relaciona com eles",
    },
    "brief_contacts": {
        "es": "imprime los puntos focales (datos personales); sin esta opción quedan fuera",
        "en": "print focal points (personal data); left out unless given",
        "pt": "imprime os pontos focais (dados pessoais); sem esta opção ficam de fora",
    },
    # backup, init, restore, backups
    "backup": {
        "es": "escribe una copia verificada del catálogo",
        "en": "write a verified copy of the catalogue",
        "pt": "grava uma cópia verificada do catálogo",
    },
    "backup_path": {
        "es": "dónde escribirla (por omisión: la carpeta de copias de seguridad)",
        "en": "where to write it (default: the backups folder)",
        "pt": "onde gravá-la (padrão: a pasta de cópias de segurança)",
    },
    "init": {
        "es": "crea un catálogo nuevo en --db (con los registros iniciales, de fuentes citadas)",
        "en": "create a new catalogue at --db (seeded with the sourced records)",
        "pt": "cria um catálogo novo em --db (com os registros iniciais, de fontes citadas)",
    },
    "empty": {
        "es": "solo los vocabularios, sin registros",
        "en": "vocabularies only, no records",
        "pt": "apenas os vocabulários, sem registros",
    },
    "restore": {
        "es": "reemplaza el catálogo por una copia de seguridad (antes guarda una copia del "
        "archivo actual)",
        "en": "replace the catalogue by a backup (the current file is backed up first)",
        "pt": "substitui o catálogo por uma cópia de segurança (antes guarda uma cópia do "
        "arquivo atual)",
    },
    "restore_backup": {
        "es": "el archivo de la copia (véase: lazos-desktop backups)",
        "en": "the backup file (see: lazos-desktop backups)",
        "pt": "o arquivo da cópia (veja: lazos-desktop backups)",
    },
    "backups": {
        "es": "lista las copias de seguridad del catálogo, de la más reciente a la más antigua",
        "en": "list the catalogue's backups, newest first",
        "pt": "lista as cópias de segurança do catálogo, da mais recente à mais antiga",
    },
    # import, undo-import, export
    "import": {
        "es": "importa archivos CSV, XLSX, JSON o .lazos",
        "en": "import CSV, XLSX, JSON or .lazos files",
        "pt": "importa arquivos CSV, XLSX, JSON ou .lazos",
    },
    "import_paths": {
        "es": "los archivos que importar",
        "en": "the files to import",
        "pt": "os arquivos a importar",
    },
    "dry_run": {
        "es": "comprueba e informa; no escribe nada",
        "en": "check and report; write nothing",
        "pt": "verifica e informa; não grava nada",
    },
    "skip_invalid": {
        "es": "importa las filas válidas e informa de las demás",
        "en": "import the valid rows, report the others",
        "pt": "importa as linhas válidas e informa as demais",
    },
    "on_conflict": {
        "es": "registros cambiados en ambos lados: rechazar (ask, por omisión), omitirlos "
        "(skip), el del archivo (theirs) o el del catálogo (ours)",
        "en": "records changed on both sides: refuse (ask, default), skip, theirs or ours",
        "pt": "registros alterados nos dois lados: recusar (ask, padrão), omiti-los (skip), o "
        "do arquivo (theirs) ou o do catálogo (ours)",
    },
    "duplicates": {
        "es": "filas sin id que parecen un registro que ya está en el catálogo (por omisión: "
        "skip, no se importan)",
        "en": "rows without id that look like a record already held (default: skip)",
        "pt": "linhas sem id que parecem um registro que já está no catálogo (padrão: skip, "
        "não são importadas)",
    },
    "import_kind": {
        "es": "tipo de una hoja que no lo indica ({kinds})",
        "en": "kind of a sheet that does not say it ({kinds})",
        "pt": "tipo de uma planilha que não o indica ({kinds})",
    },
    "map": {
        "es": "decide un valor que la importación no sabe ubicar: las filas con VALOR en "
        "COLUMNA (encabezado o campo) toman CÓDIGO (un código, un nombre, IN-001 para una "
        "institución), o 'new' (crear la institución), 'later' (importar sin el valor) o "
        "'skip' (dejar fuera esas filas); repetible",
        "en": "answer a value the import cannot place: the rows with VALUE in COLUMN (header "
        "or field) take CODE (a code, a name, IN-001 for an institution), or 'new' (create "
        "the institution), 'later' (import without the value) or 'skip' (leave the rows "
        "out); repeatable",
        "pt": "decide um valor que a importação não consegue situar: as linhas com VALOR em "
        "COLUNA (cabeçalho ou campo) recebem CÓDIGO (um código, um nome, IN-001 para uma "
        "instituição), ou 'new' (criar a instituição), 'later' (importar sem o valor) ou "
        "'skip' (deixar essas linhas de fora); repetível",
    },
    "create_institutions": {
        "es": "las instituciones nombradas en el archivo que el catálogo no tiene (y que no "
        "se parecen a ninguna) se crean con la importación, con el país de la fila cuando lo "
        "indica",
        "en": "institutions named in the file that the catalogue does not hold (and that "
        "resemble none) are created with the import, country from the row when it has one",
        "pt": "as instituições citadas no arquivo que o catálogo não tem (e que não se parecem "
        "com nenhuma) são criadas com a importação, com o país da linha quando ela o indica",
    },
    "undo-import": {
        "es": "deshace la última importación",
        "en": "undo the last import",
        "pt": "desfaz a última importação",
    },
    "export": {
        "es": "exporta registros a CSV, XLSX, JSON, .lazos, HXL o IATI XML",
        "en": "export records to CSV, XLSX, JSON, .lazos, HXL or IATI XML",
        "pt": "exporta registros para CSV, XLSX, JSON, .lazos, HXL ou IATI XML",
    },
    "export_path": {
        "es": "el archivo que se escribe; su extensión indica el formato",
        "en": "the file to write; its extension gives the format",
        "pt": "o arquivo a gravar; a sua extensão indica o formato",
    },
    "export_kind": {
        "es": "{kinds}; o all (todos, por omisión)",
        "en": "{kinds}; or all (default)",
        "pt": "{kinds}; ou all (todos, padrão)",
    },
    "format": {
        "es": "formato (por omisión, el de la extensión); ics: un calendario de hitos, tareas "
        "con fecha y próximas reuniones",
        "en": "format (default: from the extension); ics: a calendar of milestones, dated "
        "tasks and meetings ahead",
        "pt": "formato (padrão: o da extensão); ics: um calendário de marcos, tarefas com "
        "data e próximas reuniões",
    },
    "export_id": {
        "es": "id o código de un registro (repetible)",
        "en": "a record id or code (repeatable)",
        "pt": "id ou código de um registro (repetível)",
    },
    "delimiter": {
        "es": "separador del CSV (por omisión: ,)",
        "en": "CSV delimiter (default: ,)",
        "pt": "separador do CSV (padrão: ,)",
    },
    "export_contacts": {
        "es": "incluye los puntos focales (datos personales); sin esta opción quedan fuera",
        "en": "include focal points (personal data); left out unless given",
        "pt": "inclui os pontos focais (dados pessoais); sem esta opção ficam de fora",
    },
    # attach, attachments, detach
    "attach": {
        "es": "guarda documentos dentro del catálogo, con un registro (todos o ninguno)",
        "en": "store documents inside the catalogue, with a record (all or none)",
        "pt": "guarda documentos dentro do catálogo, com um registro (todos ou nenhum)",
    },
    "attach_files": {
        "es": "los documentos que adjuntar",
        "en": "the documents to attach",
        "pt": "os documentos a anexar",
    },
    "attachments": {
        "es": "los adjuntos de un registro; --save los copia",
        "en": "a record's attachments; --save copies them",
        "pt": "os anexos de um registro; --save os copia",
    },
    "save": {
        "es": "guarda una copia de cada uno en CARPETA",
        "en": "save a copy of each into DIR",
        "pt": "salva uma cópia de cada um em PASTA",
    },
    "detach": {
        "es": "quita un adjunto de un registro",
        "en": "remove one attachment from a record",
        "pt": "remove um anexo de um registro",
    },
    "attachment_name": {
        "es": "nombre del adjunto (véase: attachments)",
        "en": "the attachment's name (see: attachments)",
        "pt": "nome do anexo (veja: attachments)",
    },
    # settings, publish, team
    "settings": {
        "es": "muestra o cambia los ajustes de este catálogo (organización IATI, licencia, "
        "carpeta del equipo)",
        "en": "show or set this catalogue's settings (IATI organisation, licence, team folder)",
        "pt": "mostra ou altera as configurações deste catálogo (organização IATI, licença, "
        "pasta da equipe)",
    },
    "setting_clears": {
        "es": '{description} ("" lo borra)',
        "en": '{description} ("" clears it)',
        "pt": '{description} ("" o apaga)',
    },
    "publish": {
        "es": "escribe una copia de solo lectura para Datasette (y su archivo de metadatos)",
        "en": "write a read-only copy for Datasette (and its metadata file)",
        "pt": "grava uma cópia somente leitura para o Datasette (e o seu arquivo de metadados)",
    },
    "publish_out": {
        "es": "la copia que se escribe",
        "en": "the copy to write",
        "pt": "a cópia a gravar",
    },
    "publish_contacts": {
        "es": "publica también las personas de contacto de los intercambios (datos personales)",
        "en": "also publish the exchanges' contact people (personal data)",
        "pt": "publica também as pessoas de contato dos intercâmbios (dados pessoais)",
    },
    "metadata": {
        "es": "archivo de metadatos (por omisión: SALIDA.metadata.json)",
        "en": "metadata file (default OUT.metadata.json)",
        "pt": "arquivo de metadados (padrão: SAÍDA.metadata.json)",
    },
    "team": {
        "es": "la carpeta del equipo: estado, escribir sus cambios, incorporar los paquetes de "
        "sus colegas",
        "en": "the team folder: status, write your changes, merge colleagues' bundles",
        "pt": "a pasta da equipe: estado, gravar as suas alterações, incorporar os pacotes dos "
        "colegas",
    },
    "team_action": {
        "es": "status (qué hay pendiente), write (escribe sus cambios), merge (incorpora los "
        "de sus colegas) o sync (merge y luego write)",
        "en": "status (what is waiting), write (your changes), merge (your colleagues') or "
        "sync (merge, then write)",
        "pt": "status (o que está pendente), write (grava as suas alterações), merge "
        "(incorpora as dos colegas) ou sync (merge e depois write)",
    },
    "team_conflict": {
        "es": "registros cambiados aquí y por un colega: rechazar (ask, por omisión), el del "
        "colega (theirs) o el suyo (ours)",
        "en": "records changed here and by a colleague: refuse (ask, default), theirs or ours",
        "pt": "registros alterados aqui e por um colega: recusar (ask, padrão), o do colega "
        "(theirs) ou o seu (ours)",
    },
    # due
    "due": {
        "es": "hitos y tareas atrasados, y luego lo que vence en los próximos días",
        "en": "late milestones and tasks, then what is due in the next days",
        "pt": "marcos e tarefas atrasados, e depois o que vence nos próximos dias",
    },
    "days": {
        "es": "días hacia adelante (por omisión: 30)",
        "en": "days ahead (default 30)",
        "pt": "dias à frente (padrão: 30)",
    },
    "responsible": {
        "es": "una persona o institución (o parte de su nombre)",
        "en": "a person or institution (part of name)",
        "pt": "uma pessoa ou instituição (ou parte do seu nome)",
    },
    "undated": {
        "es": "lista también los pendientes sin fecha",
        "en": "also list open items with no date",
        "pt": "lista também os pendentes sem data",
    },
}

# Placeholders of values in the usage lines. English keeps argparse's own where it has one
# (None: the option's name in capitals, `--country COUNTRY`).
METAVARS: dict[str, dict[str, str | None]] = {
    "command": {"es": "ORDEN", "en": "COMMAND", "pt": "COMANDO"},
    "db": {"es": "ARCHIVO", "en": None, "pt": "ARQUIVO"},
    "officer": {"es": "NOMBRE", "en": None, "pt": "NOME"},
    "kind": {"es": "TIPO", "en": None, "pt": "TIPO"},
    "query": {"es": "PALABRAS", "en": None, "pt": "PALAVRAS"},
    "country": {"es": "PAÍS", "en": None, "pt": "PAÍS"},
    "axis": {"es": "EJE", "en": None, "pt": "EIXO"},
    "status": {"es": "ESTADO", "en": None, "pt": "ESTADO"},
    "year": {"es": "AÑO", "en": "YEAR", "pt": "ANO"},
    "n": {"es": "N", "en": "N", "pt": "N"},
    "code": {"es": "CÓDIGO", "en": "CODE", "pt": "CÓDIGO"},
    "seed": {"es": "SEMILLA", "en": None, "pt": "SEMENTE"},
    "template": {"es": "PLANTILLA", "en": None, "pt": "MODELO"},
    "out_pdf": {"es": "SALIDA.pdf", "en": "OUT.pdf", "pt": "SAÍDA.pdf"},
    "title": {"es": "TÍTULO", "en": None, "pt": "TÍTULO"},
    "meeting": {"es": "REUNIÓN", "en": None, "pt": "REUNIÃO"},
    "date": {"es": "AAAA-MM-DD", "en": "YYYY-MM-DD", "pt": "AAAA-MM-DD"},
    "place": {"es": "LUGAR", "en": None, "pt": "LOCAL"},
    "participant": {"es": "PARTICIPANTE", "en": "PARTICIPANT", "pt": "PARTICIPANTE"},
    "agenda": {"es": "PUNTO", "en": "ITEM", "pt": "ITEM"},
    "path": {"es": "RUTA", "en": "PATH", "pt": "CAMINHO"},
    "backup": {"es": "COPIA", "en": "BACKUP", "pt": "CÓPIA"},
    "map": {"es": "COLUMNA:VALOR=CÓDIGO", "en": "COLUMN:VALUE=CODE", "pt": "COLUNA:VALOR=CÓDIGO"},
    "file": {"es": "ARCHIVO", "en": "FILE", "pt": "ARQUIVO"},
    "folder": {"es": "CARPETA", "en": "DIR", "pt": "PASTA"},
    "name": {"es": "NOMBRE", "en": "NAME", "pt": "NOME"},
    "value": {"es": "VALOR", "en": "VALUE", "pt": "VALOR"},
    "out_sqlite": {"es": "SALIDA.sqlite3", "en": "OUT.sqlite3", "pt": "SAÍDA.sqlite3"},
    "responsible": {"es": "NOMBRE", "en": None, "pt": "NOME"},
}

# argparse's own texts (Python 3.11), by their English original.
ARGPARSE: dict[str, dict[str, str]] = {
    "usage: ": {"es": "uso: ", "pt": "uso: "},
    "positional arguments": {"es": "argumentos posicionales", "pt": "argumentos posicionais"},
    "options": {"es": "opciones", "pt": "opções"},
    "show this help message and exit": {
        "es": "muestra esta ayuda y sale",
        "pt": "mostra esta ajuda e sai",
    },
    "%(prog)s: error: %(message)s\n": {
        "es": "%(prog)s: error: %(message)s\n",
        "pt": "%(prog)s: erro: %(message)s\n",
    },
    "argument %(argument_name)s: %(message)s": {
        "es": "argumento %(argument_name)s: %(message)s",
        "pt": "argumento %(argument_name)s: %(message)s",
    },
    "unrecognized arguments: %s": {
        "es": "argumentos no reconocidos: %s",
        "pt": "argumentos não reconhecidos: %s",
    },
    "invalid choice: %(value)r (choose from %(choices)s)": {
        "es": "opción no válida: %(value)r (elija entre %(choices)s)",
        "pt": "opção inválida: %(value)r (escolha entre %(choices)s)",
    },
    "invalid %(type)s value: %(value)r": {
        "es": "valor no válido (%(type)s): %(value)r",
        "pt": "valor inválido (%(type)s): %(value)r",
    },
    "the following arguments are required: %s": {
        "es": "faltan estos argumentos obligatorios: %s",
        "pt": "faltam estes argumentos obrigatórios: %s",
    },
    "one of the arguments %s is required": {
        "es": "hace falta uno de los argumentos %s",
        "pt": "é preciso um dos argumentos %s",
    },
    "expected one argument": {
        "es": "falta su valor (se esperaba un argumento)",
        "pt": "falta o seu valor (esperava-se um argumento)",
    },
    "expected at most one argument": {
        "es": "se esperaba como mucho un argumento",
        "pt": "esperava-se no máximo um argumento",
    },
    "expected at least one argument": {
        "es": "se esperaba al menos un argumento",
        "pt": "esperava-se pelo menos um argumento",
    },
    "expected %s argument": {
        "es": "se esperaba %s argumento",
        "pt": "esperava-se %s argumento",
    },
    "expected %s arguments": {
        "es": "se esperaban %s argumentos",
        "pt": "esperavam-se %s argumentos",
    },
    "ambiguous option: %(option)s could match %(matches)s": {
        "es": "opción ambigua: %(option)s puede ser %(matches)s",
        "pt": "opção ambígua: %(option)s pode ser %(matches)s",
    },
    "not allowed with argument %s": {
        "es": "no se admite junto con el argumento %s",
        "pt": "não é permitido junto com o argumento %s",
    },
    "ignored explicit argument %r": {
        "es": "se ignora el argumento explícito %r",
        "pt": "ignora-se o argumento explícito %r",
    },
    "unexpected option string: %s": {
        "es": "opción inesperada: %s",
        "pt": "opção inesperada: %s",
    },
    "unknown parser %(parser_name)r (choices: %(choices)s)": {
        "es": "orden desconocida %(parser_name)r (órdenes: %(choices)s)",
        "pt": "comando desconhecido %(parser_name)r (comandos: %(choices)s)",
    },
    "can't open '%(filename)s': %(error)s": {
        "es": "no se puede abrir '%(filename)s': %(error)s",
        "pt": "não é possível abrir '%(filename)s': %(error)s",
    },
    "subcommands": {"es": "órdenes", "pt": "comandos"},
}


def help_text(key: str, lang: str, **params: Any) -> str:
    """A help text in `lang` (Spanish when the language or the key's language is missing)."""
    return languages.render(HELP, key, lang, **params)


def metavar(key: str, lang: str) -> str | None:
    """The placeholder of a value in `lang`; None leaves argparse's own."""
    return METAVARS[key].get(languages.known_language(lang), METAVARS[key]["es"])


def argparse_text(message: str, lang: str) -> str:
    """argparse's `message` in `lang`; itself in English or when the table lacks it."""
    return ARGPARSE.get(message, {}).get(lang, message)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's words in `lang` for the time of the block, then as they were."""
    if lang not in ARGPARSE["usage: "]:
        yield
        return
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    ngettext: Callable[[str, str, int], str] = saved["ngettext"]

    def translate(message: str) -> str:
        translated = argparse_text(message, lang)
        return translated if translated != message else saved["_"](message)

    def translate_plural(singular: str, plural: str, count: int) -> str:
        english = ngettext(singular, plural, count)
        return argparse_text(english, lang)

    setattr(argparse, "_", translate)  # noqa: B010 - argparse's module-level lookup
    setattr(argparse, "ngettext", translate_plural)  # noqa: B010
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that builds, parses and formats in its class's language; its
    command parsers are of the same class, and so speak the same language.

    A command's options can be added `later`: the first time that command is parsed or its
    help or usage is shown. A command line runs one command, so the options of the others
    (and the modules their choices and help come from: the importers' conflict rules, the
    words for kinds) are never built."""

    lang: ClassVar[str] = "es"
    _fill: Callable[[argparse.ArgumentParser], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with speaking(self.lang):
            super().__init__(*args, **kwargs)

    def later(self, fill: Callable[[argparse.ArgumentParser], None]) -> None:
        """Add this command's options with `fill(self)` when they are first needed."""
        self._fill = fill

    def _ready(self) -> None:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)

    def add_subparsers(self, **kwargs: Any) -> Any:
        with speaking(self.lang):
            return super().add_subparsers(**kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._ready()
        with speaking(self.lang):
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._ready()
        with speaking(self.lang):
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._ready()
        with speaking(self.lang):
            return super().format_usage()

    def format_help(self) -> str:
        self._ready()
        with speaking(self.lang):
            return super().format_help()

    def error(self, message: str) -> Any:
        with speaking(self.lang):
            super().error(message)


@cache
def parser_class(lang: str) -> type[Parser]:
    """The parser class speaking `lang` (one per language, so subparsers inherit it)."""
    chosen = languages.known_language(lang)
    return type(f"Parser_{chosen}", (Parser,), {"lang": chosen})


def usage_prefix(lang: str) -> str:
    """What argparse puts before a usage line in `lang` ("uso: ", "usage: ")."""
    return argparse_text("usage: ", lang)
