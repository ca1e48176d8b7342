"""Texts of validation and import problems in Spanish, English and Portuguese.

These messages travel in JSON reports and the command line as well as in the window, so
they live with the data rather than in Qt's translation files.
"""

from __future__ import annotations

from typing import Any

from lazos_desktop.domain import languages, storage_reasons
from lazos_desktop.domain.file_safety_messages import FILE_SAFETY_MESSAGES

MESSAGES: dict[str, dict[str, str]] = {
    "import_has_problems": {
        "es": "No se importó nada: {count} filas o archivos tienen problemas. Corríjalos o "
        "elija omitir las filas con problemas.",
        "en": "Nothing was imported: {count} rows or files have problems. Correct them or "
        "choose to skip the rows with problems.",
        "pt": "Nada foi importado: {count} linhas ou arquivos têm problemas. Corrija-os ou "
        "escolha omitir as linhas com problemas.",
    },
    "import_has_conflicts": {
        "es": "No se importó nada: {count} registros cambiaron en el archivo y en el catálogo; "
        "decida cuál conservar en cada uno.",
        "en": "Nothing was imported: {count} records changed both in the file and in the "
        "catalogue; decide which to keep for each.",
        "pt": "Nada foi importado: {count} registros mudaram no arquivo e no catálogo; "
        "decida qual manter em cada um.",
    },
    "required": {
        "es": "El campo «{field}» es obligatorio.",
        "en": "The field “{field}” is required.",
        "pt": "O campo «{field}» é obrigatório.",
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
    "unknown_term": {
        "es": "«{value}» no figura en el vocabulario «{vocabulary}».",
        "en": "“{value}” is not in the “{vocabulary}” vocabulary.",
        "pt": "«{value}» não consta do vocabulário «{vocabulary}».",
    },
    "need_one": {
        "es": "Indique al menos un valor en «{field}».",
        "en": "Give at least one value in “{field}”.",
        "pt": "Indique pelo menos um valor em «{field}».",
    },
    "need_one_to_finish": {
        "es": "Indique al menos un valor en «{field}» para validar o publicar; un borrador "
        "puede quedar por clasificar.",
        "en": "Give at least one value in “{field}” to validate or publish; a draft may stay "
        "unclassified.",
        "pt": "Indique pelo menos um valor em «{field}» para validar ou publicar; um rascunho "
        "pode ficar por classificar.",
    },
    "invalid_value": {
        "es": "Valor no válido en «{field}»: {detail}",
        "en": "Invalid value in “{field}”: {detail}",
        "pt": "Valor inválido em «{field}»: {detail}",
    },
    "duplicate_item": {
        "es": "Dos elementos de «{field}» tienen el mismo identificador ({value}).",
        "en": "Two items of “{field}” have the same identifier ({value}).",
        "pt": "Dois itens de «{field}» têm o mesmo identificador ({value}).",
    },
    "unknown_origin": {
        "es": "La tarea dice venir de «{value}», que no es un hito ni una actividad de este registro.",
        "en": "The task says it comes from “{value}”, which is not a milestone or activity of this record.",
        "pt": "A tarefa diz vir de «{value}», que não é um marco nem uma atividade deste registro.",
    },
    "too_long": {
        "es": "«{field}» admite como mucho {limit} caracteres.",
        "en": "“{field}” takes at most {limit} characters.",
        "pt": "«{field}» admite no máximo {limit} caracteres.",
    },
    "too_short": {
        "es": "«{field}» necesita al menos {limit} caracteres o valores.",
        "en": "“{field}” needs at least {limit} characters or values.",
        "pt": "«{field}» precisa de pelo menos {limit} caracteres ou valores.",
    },
    "not_whole_number": {
        "es": "«{field}» debe ser un número entero.",
        "en": "“{field}” must be a whole number.",
        "pt": "«{field}» deve ser um número inteiro.",
    },
    "out_of_range": {
        "es": "«{field}» debe estar entre los límites admitidos ({limit}).",
        "en": "“{field}” must be within the allowed limits ({limit}).",
        "pt": "«{field}» deve estar dentro dos limites admitidos ({limit}).",
    },
    "not_yes_no_value": {
        "es": "«{field}» debe ser sí o no.",
        "en": "“{field}” must be yes or no.",
        "pt": "«{field}» deve ser sim ou não.",
    },
    "not_text_value": {
        "es": "«{field}» debe ser un texto.",
        "en": "“{field}” must be text.",
        "pt": "«{field}» deve ser um texto.",
    },
    "not_a_list": {
        "es": "«{field}» debe ser una lista de valores.",
        "en": "“{field}” must be a list of values.",
        "pt": "«{field}» deve ser uma lista de valores.",
    },
    "not_an_object": {
        "es": "«{field}» debe ser un objeto con campos y valores.",
        "en": "“{field}” must be an object with fields and values.",
        "pt": "«{field}» deve ser um objeto com campos e valores.",
    },
    "not_a_date_value": {
        "es": "«{field}» no es una fecha válida (AAAA-MM-DD).",
        "en": "“{field}” is not a valid date (YYYY-MM-DD).",
        "pt": "«{field}» não é uma data válida (AAAA-MM-DD).",
    },
    "not_one_of": {
        "es": "«{field}» debe ser uno de estos valores: {choices}.",
        "en": "“{field}” must be one of these values: {choices}.",
        "pt": "«{field}» deve ser um destes valores: {choices}.",
    },
    "unknown_field": {
        "es": "«{field}» no es un campo de este tipo de registro.",
        "en": "“{field}” is not a field of this kind of record.",
        "pt": "«{field}» não é um campo deste tipo de registro.",
    },
    "not_valid": {
        "es": "El valor de «{field}» no es válido.",
        "en": "The value of “{field}” is not valid.",
        "pt": "O valor de «{field}» não é válido.",
    },
    "bad_code": {
        "es": "«{value}» no es un código válido: tras el prefijo van como mucho {limit} "
        "cifras del 0 al 9 (por ejemplo BP-012).",
        "en": "“{value}” is not a valid code: the prefix is followed by at most {limit} "
        "digits 0 to 9 (for example BP-012).",
        "pt": "«{value}» não é um código válido: após o prefixo vêm no máximo {limit} "
        "algarismos de 0 a 9 (por exemplo BP-012).",
    },
    "control_characters": {
        "es": "«{field}» contiene caracteres de control invisibles (código {value}); "
        "bórrelos del archivo.",
        "en": "“{field}” holds invisible control characters (code {value}); remove them "
        "from the file.",
        "pt": "«{field}» contém caracteres de controle invisíveis (código {value}); "
        "apague-os do arquivo.",
    },
    "import_id_clash": {
        "es": "Al escribir, un registro del archivo chocó con otro del catálogo que tiene el "
        "mismo identificador (el catálogo cambió durante la importación). No se escribió "
        "nada; importe de nuevo.",
        "en": "While writing, a record of the file clashed with one in the catalogue with the "
        "same id (the catalogue changed during the import). Nothing was written; import "
        "again.",
        "pt": "Ao gravar, um registro do arquivo colidiu com outro do catálogo com o mesmo "
        "identificador (o catálogo mudou durante a importação). Nada foi gravado; importe "
        "de novo.",
    },
    "synthetic_seed_used": {
        "es": "Los registros sintéticos de la semilla {seed} ya están en el catálogo; use otra "
        "--seed para añadir más.",
        "en": "The synthetic records of seed {seed} are already in the catalogue; use another "
        "--seed to add more.",
        "pt": "Os registros sintéticos da semente {seed} já estão no catálogo; use outra "
        "--seed para adicionar mais.",
    },
    "end_before_start": {
        "es": "La fecha de fin es anterior a la de inicio.",
        "en": "The end date is earlier than the start date.",
        "pt": "A data de fim é anterior à de início.",
    },
    "parties_too_few": {
        "es": "Un intercambio necesita al menos dos partes de países distintos.",
        "en": "An exchange needs at least two parties from different countries.",
        "pt": "Um intercâmbio precisa de pelo menos duas partes de países diferentes.",
    },
    "unknown_reference": {
        "es": "«{value}» no corresponde a ningún registro del catálogo.",
        "en": "“{value}” does not match any record in the catalogue.",
        "pt": "«{value}» não corresponde a nenhum registro do catálogo.",
    },
    "suggestion": {
        "es": "¿Quiso decir «{value}»?",
        "en": "Did you mean “{value}”?",
        "pt": "Quis dizer «{value}»?",
    },
    "catalogue_missing": {
        "es": "No hay ningún catálogo en {path}.",
        "en": "There is no catalogue at {path}.",
        "pt": "Não há nenhum catálogo em {path}.",
    },
    "folder_missing": {
        "es": "La carpeta {folder} no existe; no se creó el catálogo {path}.",
        "en": "The folder {folder} does not exist; the catalogue {path} was not created.",
        "pt": "A pasta {folder} não existe; o catálogo {path} não foi criado.",
    },
    "cannot_read": {
        "es": "No se puede leer {path}: {detail}.",
        "en": "Cannot read {path}: {detail}.",
        "pt": "Não é possível ler {path}: {detail}.",
    },
    "cannot_write": {
        "es": "No se puede escribir en {path}: {detail}. No se modificó nada.",
        "en": "Cannot write to {path}: {detail}. Nothing was changed.",
        "pt": "Não é possível gravar em {path}: {detail}. Nada foi alterado.",
    },
    "catalogue_busy": {
        "es": "El catálogo {path} está en uso por otro programa; inténtelo de nuevo.",
        "en": "The catalogue {path} is in use by another program; try again.",
        "pt": "O catálogo {path} está em uso por outro programa; tente novamente.",
    },
    "catalogue_damaged": {
        "es": "El catálogo {path} está dañado ({detail}). Restaure una copia de seguridad.",
        "en": "The catalogue {path} is damaged ({detail}). Restore a backup.",
        "pt": "O catálogo {path} está danificado ({detail}). Restaure uma cópia de segurança.",
    },
    "not_a_catalogue": {
        "es": "{path} no es un catálogo de LAZOS Desktop.",
        "en": "{path} is not a LAZOS Desktop catalogue.",
        "pt": "{path} não é um catálogo do LAZOS Desktop.",
    },
    "catalogue_too_new": {
        "es": (
            "{path} fue escrito por una versión más reciente de LAZOS Desktop (esquema "
            "{version}; este programa conoce hasta el {known}). No se modificó."
        ),
        "en": (
            "{path} was written by a newer LAZOS Desktop (schema {version}; this program "
            "knows up to {known}). It was left unchanged."
        ),
        "pt": (
            "{path} foi gravado por uma versão mais recente do LAZOS Desktop (esquema "
            "{version}; este programa conhece até o {known}). Não foi alterado."
        ),
    },
    "catalogue_full": {
        "es": (
            "No queda espacio para escribir en {path} ({detail}). No se modificó nada: "
            "libere espacio en el disco y repita la operación."
        ),
        "en": (
            "There is no room left to write to {path} ({detail}). Nothing was changed: "
            "free some disk space and try again."
        ),
        "pt": (
            "Não há espaço para gravar em {path} ({detail}). Nada foi alterado: "
            "libere espaço no disco e repita a operação."
        ),
    },
    "backup_failed": {
        "es": "No se pudo escribir la copia de seguridad {path}: {detail}.",
        "en": "The backup {path} could not be written: {detail}.",
        "pt": "Não foi possível gravar a cópia de segurança {path}: {detail}.",
    },
    "backup_unreadable": {
        "es": "{path} no es una copia de seguridad válida: {detail}. No se restauró nada.",
        "en": "{path} is not a valid backup: {detail}. Nothing was restored.",
        "pt": "{path} não é uma cópia de segurança válida: {detail}. Nada foi restaurado.",
    },
    "revert_record_gone": {
        "es": "No se puede revertir este cambio: el registro {ref} ya no está en el catálogo.",
        "en": "This change cannot be reverted: the record {ref} is no longer in the catalogue.",
        "pt": "Não é possível reverter esta alteração: o registro {ref} não está mais no catálogo.",
    },
    "revert_record_exists": {
        "es": "No se puede revertir esta eliminación: el registro {ref} ya está en el catálogo.",
        "en": "This deletion cannot be reverted: the record {ref} is already in the catalogue.",
        "pt": "Não é possível reverter esta exclusão: o registro {ref} já está no catálogo.",
    },
    "revert_unknown_operation": {
        "es": "No se sabe revertir un cambio de tipo «{operation}».",
        "en": "A change of type “{operation}” cannot be reverted.",
        "pt": "Não se sabe reverter uma alteração do tipo «{operation}».",
    },
    "invalid_text": {
        "es": "El campo «{field}» contiene caracteres que no son texto válido (Unicode).",
        "en": "The field “{field}” holds characters that are not valid (Unicode) text.",
        "pt": "O campo «{field}» contém caracteres que não são texto válido (Unicode).",
    },
    "duplicate_id": {
        "es": "Ya hay en el catálogo un registro con el identificador «{value}».",
        "en": "The catalogue already holds a record with the id “{value}”.",
        "pt": "O catálogo já contém um registro com o identificador «{value}».",
    },
    "unknown_kind": {
        "es": "«{value}» no es un tipo de registro (práctica, intercambio, herramienta, institución).",
        "en": "“{value}” is not a record kind (practice, exchange, toolbox, institution).",
        "pt": "«{value}» não é um tipo de registro (prática, intercâmbio, ferramenta, instituição).",
    },
    "record_not_object": {
        "es": "El registro no es un objeto con campos y valores.",
        "en": "The record is not an object with fields and values.",
        "pt": "O registro não é um objeto com campos e valores.",
    },
    "file_unreadable": {
        "es": "No se puede leer {path}: {detail}.",
        "en": "Cannot read {path}: {detail}.",
        "pt": "Não é possível ler {path}: {detail}.",
    },
    "file_not_json": {
        "es": "{path} no es un archivo JSON válido ({detail}).",
        "en": "{path} is not a valid JSON file ({detail}).",
        "pt": "{path} não é um arquivo JSON válido ({detail}).",
    },
    "file_expected_object": {
        "es": "{path}: «{field}» debería ser un objeto JSON ({{...}}).",
        "en": "{path}: “{field}” should be a JSON object ({{...}}).",
        "pt": "{path}: «{field}» deveria ser um objeto JSON ({{...}}).",
    },
    "file_top_not_object": {
        "es": "{path}: el archivo debería contener un objeto JSON ({{...}}) en su primer nivel.",
        "en": "{path}: the file should hold a JSON object ({{...}}) at its top level.",
        "pt": "{path}: o arquivo deveria conter um objeto JSON ({{...}}) no primeiro nível.",
    },
    "file_expected_list": {
        "es": "{path}: «{field}» debería ser una lista JSON ([...]).",
        "en": "{path}: “{field}” should be a JSON list ([...]).",
        "pt": "{path}: «{field}» deveria ser uma lista JSON ([...]).",
    },
    "file_expected_text": {
        "es": "{path}: «{field}» debería ser un texto.",
        "en": "{path}: “{field}” should be a text.",
        "pt": "{path}: «{field}» deveria ser um texto.",
    },
    "file_unknown_kind": {
        "es": "{path}: «{field}» tiene un tipo de registro desconocido «{value}».",
        "en": "{path}: “{field}” has an unknown record kind “{value}”.",
        "pt": "{path}: «{field}» tem um tipo de registro desconhecido «{value}».",
    },
    "record_not_found": {
        "es": "No hay ningún registro con el código o identificador «{ref}».",
        "en": "There is no record with the code or id “{ref}”.",
        "pt": "Não há nenhum registro com o código ou identificador «{ref}».",
    },
    "attachment_not_found": {
        "es": "El registro no tiene ningún adjunto llamado «{name}».",
        "en": "The record has no attachment called “{name}”.",
        "pt": "O registro não tem nenhum anexo chamado «{name}».",
    },
    "attachment_bad_name": {
        "es": "«{name}» no sirve como nombre de adjunto.",
        "en": "“{name}” cannot be used as an attachment name.",
        "pt": "«{name}» não serve como nome de anexo.",
    },
    "attachment_name_taken": {
        "es": "El registro ya tiene un adjunto llamado «{name}»; elija otro nombre.",
        "en": "The record already has an attachment called “{name}”; choose another name.",
        "pt": "O registro já tem um anexo chamado «{name}»; escolha outro nome.",
    },
    "attachment_size_changed": {
        "es": "«{name}» cambió de tamaño mientras se leía; no se adjuntó.",
        "en": "“{name}” changed size while it was read; it was not attached.",
        "pt": "«{name}» mudou de tamanho durante a leitura; não foi anexado.",
    },
    "attachment_hash_mismatch": {
        "es": "El contenido de «{name}» no coincide con su huella sha256; no se adjuntó.",
        "en": "The content of “{name}” does not match its sha256 hash; it was not attached.",
        "pt": "O conteúdo de «{name}» não coincide com sua impressão sha256; não foi anexado.",
    },
    "attachment_too_big": {
        "es": "«{name}» pesa {size} MB; el límite por adjunto es {limit} MB "
        "(se cambia en Preferencias). No se adjuntó.",
        "en": "“{name}” is {size} MB; the limit per attachment is {limit} MB "
        "(change it in Settings). It was not attached.",
        "pt": "«{name}» tem {size} MB; o limite por anexo é {limit} MB "
        "(muda-se em Preferências). Não foi anexado.",
    },
    "attachment_kind_refused": {
        "es": "«{name}» no es de un tipo que se pueda adjuntar (PDF, Office, OpenDocument, "
        "imágenes o texto).",
        "en": "“{name}” is not of a kind that can be attached (PDF, Office, OpenDocument, "
        "images or text).",
        "pt": "«{name}» não é de um tipo que se possa anexar (PDF, Office, OpenDocument, "
        "imagens ou texto).",
    },
    "attachment_unreadable": {
        "es": "No se puede leer «{name}»: {detail}",
        "en": "“{name}” cannot be read: {detail}",
        "pt": "Não é possível ler «{name}»: {detail}",
    },
    "attachment_not_a_file": {
        "es": "«{name}» no es un archivo.",
        "en": "“{name}” is not a file.",
        "pt": "«{name}» não é um arquivo.",
    },
    "logo_not_png": {
        "es": "«{name}» no es una imagen PNG; elija un PNG (o un SVG desde la ventana).",
        "en": "“{name}” is not a PNG image; choose a PNG (or an SVG from the window).",
        "pt": "«{name}» não é uma imagem PNG; escolha um PNG (ou um SVG pela janela).",
    },
    "logo_too_big": {
        "es": "«{name}» pesa más de {limit} MB; un logotipo debe ser más liviano.",
        "en": "“{name}” weighs more than {limit} MB; a logo must be lighter.",
        "pt": "«{name}» tem mais de {limit} MB; um logotipo deve ser mais leve.",
    },
    "save_folder_missing": {
        "es": "La carpeta «{folder}» no existe.",
        "en": "The folder “{folder}” does not exist.",
        "pt": "A pasta «{folder}» não existe.",
    },
    "nothing_to_undo": {
        "es": "No hay ninguna importación que deshacer en {path}.",
        "en": "There is no import to undo in {path}.",
        "pt": "Não há nenhuma importação a desfazer em {path}.",
    },
    "undo_not_last": {
        "es": "No se puede deshacer esa importación: después se importó otro archivo en "
        "{path}. Deshaga antes la importación posterior. No se modificó nada.",
        "en": "That import cannot be undone: another file was imported into {path} after it. "
        "Undo the later import first. Nothing was changed.",
        "pt": "Não é possível desfazer essa importação: outro arquivo foi importado em {path} "
        "depois dela. Desfaça antes a importação posterior. Nada foi alterado.",
    },
    "undo_changed_since": {
        "es": "No se puede deshacer la última importación: el registro {ref} cambió después. "
        "No se modificó nada.",
        "en": "The last import cannot be undone: the record {ref} changed since. Nothing was "
        "changed.",
        "pt": "Não é possível desfazer a última importação: o registro {ref} mudou depois. "
        "Nada foi alterado.",
    },
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "title": {"es": "Título", "en": "Title", "pt": "Título"},
    "code": {"es": "Código", "en": "Code", "pt": "Código"},
    "created_at": {"es": "Creado", "en": "Created", "pt": "Criado"},
    "updated_at": {"es": "Última modificación", "en": "Last changed", "pt": "Última alteração"},
    "updated_by": {"es": "Modificado por", "en": "Changed by", "pt": "Alterado por"},
    "countries": {"es": "Países", "en": "Countries", "pt": "Países"},
    "country": {"es": "País", "en": "Country", "pt": "País"},
    "axes": {"es": "Ejes", "en": "Axes", "pt": "Eixos"},
    "institutions": {"es": "Instituciones", "en": "Institutions", "pt": "Instituições"},
    "population_groups": {
        "es": "Grupos de población",
        "en": "Population groups",
        "pt": "Grupos populacionais",
    },
    "year": {"es": "Año", "en": "Year", "pt": "Ano"},
    "summary": {"es": "Resumen", "en": "Summary", "pt": "Resumo"},
    "description": {"es": "Descripción", "en": "Description", "pt": "Descrição"},
    "results": {"es": "Resultados", "en": "Results", "pt": "Resultados"},
    "lessons_learned": {
        "es": "Lecciones aprendidas",
        "en": "Lessons learned",
        "pt": "Lições aprendidas",
    },
    "replicability": {"es": "Replicabilidad", "en": "Replicability", "pt": "Replicabilidade"},
    "tags": {"es": "Etiquetas", "en": "Tags", "pt": "Etiquetas"},
    "status": {"es": "Estado", "en": "Status", "pt": "Situação"},
    "gender_focus": {"es": "Enfoque de género", "en": "Gender focus", "pt": "Enfoque de gênero"},
    "source": {"es": "Fuente", "en": "Source", "pt": "Fonte"},
    "modality": {"es": "Modalidad", "en": "Modality", "pt": "Modalidade"},
    "parties": {"es": "Partes", "en": "Parties", "pt": "Partes"},
    "platforms": {"es": "Plataformas", "en": "Platforms", "pt": "Plataformas"},
    "start_date": {"es": "Fecha de inicio", "en": "Start date", "pt": "Data de início"},
    "end_date": {"es": "Fecha de fin", "en": "End date", "pt": "Data de fim"},
    "objectives": {"es": "Objetivos", "en": "Objectives", "pt": "Objetivos"},
    "agreements": {
        "es": "Acuerdos y productos",
        "en": "Agreements and outputs",
        "pt": "Acordos e produtos",
    },
    "next_steps": {"es": "Próximos pasos", "en": "Next steps", "pt": "Próximos passos"},
    "milestones": {"es": "Hitos", "en": "Milestones", "pt": "Marcos"},
    "tasks": {
        "es": "Tareas de seguimiento",
        "en": "Follow-up tasks",
        "pt": "Tarefas de acompanhamento",
    },
    "activities": {
        "es": "Registro de actividades",
        "en": "Activity log",
        "pt": "Registro de atividades",
    },
    "contacts": {"es": "Contactos", "en": "Contacts", "pt": "Contatos"},
    "tool_type": {"es": "Tipo de herramienta", "en": "Tool type", "pt": "Tipo de ferramenta"},
    "territorial_level": {
        "es": "Nivel territorial",
        "en": "Territorial level",
        "pt": "Nível territorial",
    },
    "audience": {"es": "Público", "en": "Audience", "pt": "Público"},
    "how_to_use": {"es": "Cómo usarla", "en": "How to use it", "pt": "Como usar"},
    "link": {"es": "Enlace", "en": "Link", "pt": "Link"},
    "acronym": {"es": "Sigla", "en": "Acronym", "pt": "Sigla"},
    "institution_type": {
        "es": "Tipo de institución",
        "en": "Institution type",
        "pt": "Tipo de instituição",
    },
    "website": {"es": "Sitio web", "en": "Website", "pt": "Site"},
    "links": {
        "es": "Registros relacionados",
        "en": "Related records",
        "pt": "Registros relacionados",
    },
    "synthetic": {"es": "Sintético", "en": "Synthetic", "pt": "Sintético"},
    "id": {"es": "Identificador", "en": "Identifier", "pt": "Identificador"},
}

MESSAGES.update(FILE_SAFETY_MESSAGES)


def field_label(field: str, lang: str = "es") -> str:
    head = field.split(".")[0]
    labels = FIELD_LABELS.get(head)
    if labels is None:
        return field
    return languages.pick(labels, lang)


SEED_AUTHOR = "semilla"  # the name stamped on the sourced records a catalogue starts with
_SEED_AUTHOR_NAMES = {"es": "semilla", "en": "seed catalogue", "pt": "catálogo inicial"}


def author_name(name: str, lang: str = "es") -> str:
    """Who made a change, as shown: the seed's stamp in the officer's language."""
    return languages.pick(_SEED_AUTHOR_NAMES, lang) if name == SEED_AUTHOR else name


def render(key: str, lang: str = "es", **params: Any) -> str:
    if "field" in params:
        params = {**params, "field": field_label(str(params["field"]), lang)}
    if key in _LIBRARY_DETAIL and isinstance(params.get("detail"), str):
        params = {**params, "detail": storage_reasons.localized(params["detail"], lang)}
    return languages.render(MESSAGES, key, lang, **params)


# Messages whose `detail` is what SQLite or the system said, in English.
_LIBRARY_DETAIL = {
    "cannot_read",
    "cannot_write",
    "catalogue_damaged",
    "catalogue_full",
    "backup_failed",
    "backup_unreadable",
    "catalogue_unreadable",
    "file_unreadable",
    "attachment_unreadable",
    "catalogue_records_invalid",
    "journal_foreign",
    "journal_unsafe",
    "output_failed",
}


def _take_sharing_messages() -> None:
    from lazos_desktop.domain.sharing_messages import SHARING_MESSAGES

    MESSAGES.update(SHARING_MESSAGES)


_take_sharing_messages()
