"""Texts of the catalogue file's own refusals: foreign schema objects, journals that are not
the file's own, a file moved while written, outputs that are not plain files.

Kept apart from the record messages so that each table stays readable; `messages.MESSAGES`
takes these in, so `messages.render` and every error of the store find them.
"""

from __future__ import annotations

FILE_SAFETY_MESSAGES: dict[str, dict[str, str]] = {
    "foreign_schema": {
        "es": (
            "{path} contiene objetos que LAZOS Desktop no crea ({objects}). No se abrió, "
            "porque podrían cambiar o borrar registros sin que usted lo note; no se modificó."
        ),
        "en": (
            "{path} holds objects LAZOS Desktop does not create ({objects}). It was not "
            "opened, because they could change or delete records unnoticed; it was left "
            "unchanged."
        ),
        "pt": (
            "{path} contém objetos que o LAZOS Desktop não cria ({objects}). Não foi aberto, "
            "porque poderiam alterar ou apagar registros sem que você perceba; não foi "
            "alterado."
        ),
    },
    "catalogue_incomplete": {
        "es": "{path} no es un catálogo completo: le faltan {objects}. No se restauró.",
        "en": "{path} is not a whole catalogue: it lacks {objects}. It was not restored.",
        "pt": "{path} não é um catálogo completo: faltam {objects}. Não foi restaurado.",
    },
    "catalogue_records_invalid": {
        "es": "{path} tiene registros que no se pueden leer ({detail}). No se restauró.",
        "en": "{path} holds records that cannot be read ({detail}). It was not restored.",
        "pt": "{path} tem registros que não podem ser lidos ({detail}). Não foi restaurado.",
    },
    "journal_foreign": {
        "es": (
            "El diario {journal} que estaba junto a {path} no corresponde a ese archivo "
            "({detail}). El archivo y el diario quedaron como estaban y hay una copia de "
            "ambos en {kept}. Para abrir el catálogo sin ese diario, mueva {journal} a otra "
            "carpeta."
        ),
        "en": (
            "The journal {journal} beside {path} does not belong to that file ({detail}). "
            "The file and the journal were left as they were, and a copy of both is in "
            "{kept}. To open the catalogue without that journal, move {journal} to another "
            "folder."
        ),
        "pt": (
            "O diário {journal} junto de {path} não corresponde a esse arquivo ({detail}). "
            "O arquivo e o diário ficaram como estavam e há uma cópia de ambos em {kept}. "
            "Para abrir o catálogo sem esse diário, mova {journal} para outra pasta."
        ),
    },
    "journal_unsafe": {
        "es": (
            "No se pudo apartar el diario {journal} de {path} antes de abrirlo ({detail}); "
            "no se abrió para no aplicarle un diario ajeno."
        ),
        "en": (
            "The journal {journal} of {path} could not be set aside before opening it "
            "({detail}); it was not opened, so that no foreign journal is applied to it."
        ),
        "pt": (
            "Não foi possível separar o diário {journal} de {path} antes de abri-lo "
            "({detail}); não foi aberto, para não lhe aplicar um diário alheio."
        ),
    },
    "catalogue_moved": {
        "es": (
            "Otro programa movió o borró el archivo del catálogo {path} durante la "
            "operación. No se guardó nada: vuelva a abrir el catálogo donde esté ahora."
        ),
        "en": (
            "Another program moved or deleted the catalogue file {path} during the "
            "operation. Nothing was saved: open the catalogue again where it is now."
        ),
        "pt": (
            "Outro programa moveu ou apagou o arquivo do catálogo {path} durante a "
            "operação. Nada foi gravado: abra o catálogo de novo onde ele estiver agora."
        ),
    },
    "catalogue_moved_written": {
        "es": (
            "Otro programa movió el archivo del catálogo {path} durante la operación: los "
            "cambios se guardaron en {where}, no en {path}."
        ),
        "en": (
            "Another program moved the catalogue file {path} during the operation: the "
            "changes were saved in {where}, not in {path}."
        ),
        "pt": (
            "Outro programa moveu o arquivo do catálogo {path} durante a operação: as "
            "alterações foram gravadas em {where}, não em {path}."
        ),
    },
    "catalogue_moved_lost": {
        "es": (
            "Otro programa movió o borró el archivo del catálogo {path} durante la "
            "operación: los cambios quedaron en un archivo que ya no está en {path} "
            "({where}). Vuelva a abrir el catálogo y repita la operación."
        ),
        "en": (
            "Another program moved or deleted the catalogue file {path} during the "
            "operation: the changes went into a file that is no longer at {path} "
            "({where}). Open the catalogue again and repeat the operation."
        ),
        "pt": (
            "Outro programa moveu ou apagou o arquivo do catálogo {path} durante a "
            "operação: as alterações foram para um arquivo que já não está em {path} "
            "({where}). Abra o catálogo de novo e repita a operação."
        ),
    },
    "output_is_folder": {
        "es": "{path} es una carpeta, no un archivo; no se escribió nada.",
        "en": "{path} is a folder, not a file; nothing was written.",
        "pt": "{path} é uma pasta, não um arquivo; nada foi gravado.",
    },
    "output_is_device": {
        "es": "{path} es un dispositivo, no un archivo; no se escribió nada.",
        "en": "{path} is a device, not a file; nothing was written.",
        "pt": "{path} é um dispositivo, não um arquivo; nada foi gravado.",
    },
    "output_is_fifo": {
        "es": "{path} es una tubería (FIFO), no un archivo; no se escribió nada.",
        "en": "{path} is a pipe (FIFO), not a file; nothing was written.",
        "pt": "{path} é um pipe (FIFO), não um arquivo; nada foi gravado.",
    },
    "output_is_special": {
        "es": "{path} no es un archivo común; no se escribió nada.",
        "en": "{path} is not a plain file; nothing was written.",
        "pt": "{path} não é um arquivo comum; nada foi gravado.",
    },
    "catalogue_empty": {
        "es": (
            "{path} está vacío (0 bytes): no es un catálogo, o otro programa lo vació. "
            "No se modificó; «lazos-desktop --db {path} init» crea uno nuevo en él."
        ),
        "en": (
            "{path} is empty (0 bytes): it is not a catalogue, or another program emptied "
            "it. It was left unchanged; “lazos-desktop --db {path} init” creates a new one "
            "there."
        ),
        "pt": (
            "{path} está vazio (0 bytes): não é um catálogo, ou outro programa o esvaziou. "
            "Não foi alterado; «lazos-desktop --db {path} init» cria um novo nele."
        ),
    },
    "catalogue_unreadable": {
        "es": "{path} no se puede leer como catálogo de LAZOS Desktop: {detail}.",
        "en": "{path} cannot be read as a LAZOS Desktop catalogue: {detail}.",
        "pt": "{path} não pode ser lido como catálogo do LAZOS Desktop: {detail}.",
    },
    "record_unreadable": {
        "es": (
            "Un registro del catálogo no se puede leer: su contenido está dañado o lo cambió "
            "otro programa. «lazos-desktop check» dice cuál; restaure una copia de seguridad."
        ),
        "en": (
            "A record of the catalogue cannot be read: its content is damaged or another "
            "program changed it. “lazos-desktop check” says which; restore a backup."
        ),
        "pt": (
            "Um registro do catálogo não pode ser lido: o seu conteúdo está danificado ou "
            "outro programa o alterou. «lazos-desktop check» diz qual; restaure uma cópia "
            "de segurança."
        ),
    },
    "catalogue_is_folder": {
        "es": "{path} es una carpeta, no un archivo de catálogo; no se modificó nada.",
        "en": "{path} is a folder, not a catalogue file; nothing was changed.",
        "pt": "{path} é uma pasta, não um arquivo de catálogo; nada foi alterado.",
    },
    "catalogue_is_device": {
        "es": "{path} es un dispositivo, no un archivo de catálogo; no se modificó nada.",
        "en": "{path} is a device, not a catalogue file; nothing was changed.",
        "pt": "{path} é um dispositivo, não um arquivo de catálogo; nada foi alterado.",
    },
    "catalogue_is_fifo": {
        "es": "{path} es una tubería (FIFO), no un archivo de catálogo; no se modificó nada.",
        "en": "{path} is a pipe (FIFO), not a catalogue file; nothing was changed.",
        "pt": "{path} é um pipe (FIFO), não um arquivo de catálogo; nada foi alterado.",
    },
    "catalogue_is_special": {
        "es": "{path} no es un archivo común; no se modificó nada.",
        "en": "{path} is not a plain file; nothing was changed.",
        "pt": "{path} não é um arquivo comum; nada foi alterado.",
    },
    "output_is_catalogue": {
        "es": (
            "{path} es el archivo del catálogo abierto (o su diario); elija otro nombre. "
            "No se escribió nada."
        ),
        "en": (
            "{path} is the open catalogue's file (or its journal); choose another name. "
            "Nothing was written."
        ),
        "pt": (
            "{path} é o arquivo do catálogo aberto (ou o seu diário); escolha outro nome. "
            "Nada foi gravado."
        ),
    },
    "output_folder_missing": {
        "es": "La carpeta {folder} no existe; no se escribió {path}.",
        "en": "The folder {folder} does not exist; {path} was not written.",
        "pt": "A pasta {folder} não existe; {path} não foi gravado.",
    },
    "output_failed": {
        "es": "No se pudo escribir {path}: {detail}. No quedó nada a medio escribir.",
        "en": "{path} could not be written: {detail}. Nothing was left half-written.",
        "pt": "Não foi possível gravar {path}: {detail}. Nada ficou gravado pela metade.",
    },
    "output_swapped": {
        "es": (
            "Otro programa cambió el archivo temporal de {path} mientras se escribía; "
            "no se escribió nada."
        ),
        "en": (
            "Another program replaced the temporary file of {path} while it was written; "
            "nothing was written."
        ),
        "pt": (
            "Outro programa trocou o arquivo temporário de {path} durante a gravação; "
            "nada foi gravado."
        ),
    },
    "clean_import_refused": {
        "es": (
            "No se creó el catálogo limpio: {count} registros de {path} no pasan las "
            "comprobaciones de la importación. El primero: {first}"
        ),
        "en": (
            "The clean catalogue was not made: {count} records of {path} do not pass the "
            "import's checks. The first: {first}"
        ),
        "pt": (
            "O catálogo limpo não foi criado: {count} registros de {path} não passam nas "
            "verificações da importação. O primeiro: {first}"
        ),
    },
    "import_into_itself": {
        "es": "{path} es el catálogo abierto: no se puede importar en sí mismo.",
        "en": "{path} is the open catalogue: it cannot be imported into itself.",
        "pt": "{path} é o catálogo aberto: não pode ser importado em si mesmo.",
    },
}
