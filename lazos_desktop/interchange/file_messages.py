"""Problems found in files that come from outside, and their texts in es/en/pt.

A problem names the file, the row as a spreadsheet shows it (header = row 1), the column as
written in the file, and carries a message key with its parameters so that the command line,
the JSON report and the window each say it in the officer's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lazos_desktop.domain import languages
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
    "csv_unclosed_quote": {
        "es": (
            "Unas comillas que abren una celda en la fila {row} no se cierran: el resto del "
            "archivo quedaría en esa celda. Cierre las comillas o quítelas."
        ),
        "en": (
            "A quote opening a cell on row {row} is never closed: the rest of the file would "
            "fall into that cell. Close the quote or remove it."
        ),
        "pt": (
            "Umas aspas que abrem uma célula na linha {row} não se fecham: o resto do arquivo "
            "ficaria nessa célula. Feche as aspas ou retire-as."
        ),
    },
    "stamp_invalid": {
        "es": "«{field}» no es una fecha y hora ({value}); déjela vacía o corríjala.",
        "en": "“{field}” is not a date and time ({value}); leave it empty or correct it.",
        "pt": "«{field}» não é uma data e hora ({value}); deixe-a vazia ou corrija-a.",
    },
    "stamp_in_future": {
        "es": (
            "«{field}» está en el futuro ({value}): revise el reloj del equipo que escribió "
            "el archivo. Con esa fecha, una copia más vieja del registro reemplazaría sin "
            "aviso lo que se edite aquí."
        ),
        "en": (
            "“{field}” lies in the future ({value}): check the clock of the computer that "
            "wrote the file. With that date an older copy of the record would silently "
            "replace what is edited here."
        ),
        "pt": (
            "«{field}» está no futuro ({value}): verifique o relógio do computador que "
            "gravou o arquivo. Com essa data, uma cópia mais antiga do registro substituiria "
            "sem aviso o que for editado aqui."
        ),
    },
    "table_too_wide": {
        "es": (
            "La hoja tiene {count} columnas con datos; este programa lee hasta {limit}. "
            "Quite las columnas que sobran (quizá celdas vacías con formato a la derecha)."
        ),
        "en": (
            "The sheet has {count} columns with data; this program reads up to {limit}. "
            "Remove the extra columns (perhaps formatted empty cells on the right)."
        ),
        "pt": (
            "A planilha tem {count} colunas com dados; este programa lê até {limit}. "
            "Remova as colunas que sobram (talvez células vazias formatadas à direita)."
        ),
    },
    "too_many_rows": {
        "es": (
            "El archivo tiene más de {limit} filas o registros; divídalo en varios archivos "
            "e impórtelos uno tras otro."
        ),
        "en": (
            "The file has more than {limit} rows or records; split it into several files "
            "and import them one after another."
        ),
        "pt": (
            "O arquivo tem mais de {limit} linhas ou registros; divida-o em vários arquivos "
            "e importe-os um após o outro."
        ),
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
    "file_not_found": {
        "es": "El archivo no existe (¿se movió, se borró o falta conectar el disco?).",
        "en": "The file does not exist (was it moved or deleted, or is the disk not connected?).",
        "pt": "O arquivo não existe (foi movido, apagado ou o disco não está conectado?).",
    },
    "file_no_permission": {
        "es": "No tiene permiso para leer el archivo.",
        "en": "You have no permission to read the file.",
        "pt": "Não tem permissão para ler o arquivo.",
    },
    "file_os_error": {
        "es": "El sistema no pudo leer el archivo (disco desconectado o dañado).",
        "en": "The system could not read the file (disk disconnected or damaged).",
        "pt": "O sistema não conseguiu ler o arquivo (disco desconectado ou danificado).",
    },
    "not_a_file_folder": {
        "es": "Es una carpeta, no un archivo.",
        "en": "It is a folder, not a file.",
        "pt": "É uma pasta, não um arquivo.",
    },
    "not_a_file_fifo": {
        "es": "Es una tubería (FIFO), no un archivo: no se lee porque podría no terminar nunca.",
        "en": "It is a pipe (FIFO), not a file: it is not read because it might never end.",
        "pt": "É um pipe (FIFO), não um arquivo: não é lido porque poderia nunca terminar.",
    },
    "not_a_file_device": {
        "es": "Es un dispositivo del sistema, no un archivo.",
        "en": "It is a system device, not a file.",
        "pt": "É um dispositivo do sistema, não um arquivo.",
    },
    "not_a_file_socket": {
        "es": "Es un socket del sistema, no un archivo.",
        "en": "It is a system socket, not a file.",
        "pt": "É um socket do sistema, não um arquivo.",
    },
    "not_a_file_other": {
        "es": "No es un archivo normal.",
        "en": "It is not a regular file.",
        "pt": "Não é um arquivo comum.",
    },
    "zip_duplicate_name": {
        "es": "El archivo comprimido tiene dos entradas llamadas «{value}»; cada programa "
        "mostraría una distinta, así que no se lee ninguna.",
        "en": "The compressed file holds two entries named “{value}”; each program would show "
        "a different one, so neither is read.",
        "pt": "O arquivo compactado tem duas entradas chamadas «{value}»; cada programa "
        "mostraria uma diferente, então nenhuma é lida.",
    },
    "zip_unsupported": {
        "es": "El archivo comprimido pide una versión del formato zip que este programa no lee.",
        "en": "The compressed file asks for a version of the zip format this program does not "
        "read.",
        "pt": "O arquivo compactado pede uma versão do formato zip que este programa não lê.",
    },
    "zip_encrypted": {
        "es": "La entrada «{value}» está protegida con contraseña; pida el archivo sin contraseña.",
        "en": "The entry “{value}” is password-protected; ask for the file without a password.",
        "pt": "A entrada «{value}» está protegida por senha; peça o arquivo sem senha.",
    },
    "zip_compression": {
        "es": "La entrada «{value}» usa un método de compresión que este programa no lee "
        "(solo «stored» y «deflate»).",
        "en": "The entry “{value}” uses a compression method this program does not read "
        "(only stored and deflate).",
        "pt": "A entrada «{value}» usa um método de compressão que este programa não lê "
        "(apenas stored e deflate).",
    },
    "zip_bad_crc": {
        "es": "La entrada «{value}» no supera la comprobación de integridad (CRC): el archivo "
        "se dañó al copiarlo o fue modificado. Pida una copia nueva.",
        "en": "The entry “{value}” fails its integrity check (CRC): the file was damaged in "
        "copying or altered. Ask for a new copy.",
        "pt": "A entrada «{value}» não passa na verificação de integridade (CRC): o arquivo "
        "foi danificado na cópia ou alterado. Peça uma nova cópia.",
    },
    "zip_damaged": {
        "es": "La entrada «{value}» está dañada o cortada (sus datos comprimidos no se "
        "pueden descomprimir enteros). Pida una copia nueva.",
        "en": "The entry “{value}” is damaged or cut short (its compressed data cannot be "
        "expanded whole). Ask for a new copy.",
        "pt": "A entrada «{value}» está danificada ou cortada (seus dados compactados não "
        "podem ser descompactados inteiros). Peça uma nova cópia.",
    },
    "json_not_utf8": {
        "es": "El JSON no está en UTF-8 (la codificación que exige el formato).",
        "en": "The JSON is not in UTF-8 (the encoding the format requires).",
        "pt": "O JSON não está em UTF-8 (a codificação que o formato exige).",
    },
    "json_too_deep": {
        "es": "El JSON anida {count} niveles de listas u objetos; un catálogo no pasa de "
        "{limit}. No se lee.",
        "en": "The JSON nests {count} levels of lists or objects; a catalogue needs at most "
        "{limit}. It is not read.",
        "pt": "O JSON aninha {count} níveis de listas ou objetos; um catálogo não passa de "
        "{limit}. Não é lido.",
    },
    "json_number_too_long": {
        "es": "El JSON contiene un número de {count} cifras; ningún campo admite números tan "
        "largos.",
        "en": "The JSON holds a number of {count} digits; no field takes numbers that long.",
        "pt": "O JSON contém um número de {count} dígitos; nenhum campo admite números tão longos.",
    },
    "json_syntax": {
        "es": "El archivo no es JSON válido: error en la línea {line}, columna {column}.",
        "en": "The file is not valid JSON: error at line {line}, column {column}.",
        "pt": "O arquivo não é JSON válido: erro na linha {line}, coluna {column}.",
    },
    "json_duplicate_key": {
        "es": "La clave «{value}» aparece dos veces; no se sabe cuál de los dos valores vale.",
        "en": "The key “{value}” appears twice; which of its two values holds is unknown.",
        "pt": "A chave «{value}» aparece duas vezes; não se sabe qual dos dois valores vale.",
    },
    "xlsx_not_zip": {
        "es": "El archivo no es un libro XLSX (quizá es un CSV o un .xls antiguo con otra "
        "extensión, o está cortado).",
        "en": "The file is not an XLSX workbook (perhaps a CSV or an old .xls under another "
        "extension, or cut short).",
        "pt": "O arquivo não é uma pasta de trabalho XLSX (talvez um CSV ou um .xls antigo com "
        "outra extensão, ou está cortado).",
    },
    "xlsx_damaged": {
        "es": "El libro XLSX está dañado: falta una de sus partes o una no es válida. Ábralo "
        "en Excel o LibreOffice y guárdelo de nuevo.",
        "en": "The XLSX workbook is damaged: one of its parts is missing or invalid. Open it "
        "in Excel or LibreOffice and save it again.",
        "pt": "A pasta de trabalho XLSX está danificada: falta uma de suas partes ou uma não é "
        "válida. Abra-a no Excel ou LibreOffice e salve de novo.",
    },
    "xlsx_no_sheets": {
        "es": (
            "El libro no tiene ninguna hoja que se pueda leer: está dañado, o se guardó como "
            "«Hoja de cálculo Open XML estricta». Ábralo en Excel o LibreOffice y guárdelo "
            "como «Libro de Excel (.xlsx)»."
        ),
        "en": (
            "The workbook has no sheet that can be read: it is damaged, or was saved as "
            "“Strict Open XML Spreadsheet”. Open it in Excel or LibreOffice and save it as "
            "“Excel Workbook (.xlsx)”."
        ),
        "pt": (
            "A pasta de trabalho não tem nenhuma planilha legível: está danificada, ou foi "
            "salva como «Planilha Open XML Estrita». Abra-a no Excel ou no LibreOffice e "
            "salve-a como «Pasta de Trabalho do Excel (.xlsx)»."
        ),
    },
    "xlsx_only_hidden": {
        "es": "El libro solo tiene datos en hojas ocultas ({value}); no se importan. "
        "Muéstrelas en Excel si deben importarse.",
        "en": "The workbook holds data only in hidden sheets ({value}); they are not imported. "
        "Unhide them in Excel if they should be.",
        "pt": "A pasta de trabalho só tem dados em planilhas ocultas ({value}); não são "
        "importadas. Reexiba-as no Excel se devem ser importadas.",
    },
    "xlsx_hidden_sheet": {
        "es": "La hoja oculta «{value}» no se importó (no se ve al abrir el libro).",
        "en": "The hidden sheet “{value}” was not imported (it does not show when the "
        "workbook is opened).",
        "pt": "A planilha oculta «{value}» não foi importada (não aparece ao abrir a pasta).",
    },
    "csv_is_zip": {
        "es": "El archivo se llama .csv pero es un libro de Excel (XLSX) u otro archivo "
        "comprimido; cámbiele la extensión a .xlsx o guárdelo como CSV.",
        "en": "The file is named .csv but is an Excel workbook (XLSX) or another compressed "
        "file; rename it to .xlsx or save it as CSV.",
        "pt": "O arquivo se chama .csv mas é uma pasta do Excel (XLSX) ou outro arquivo "
        "compactado; mude a extensão para .xlsx ou salve-o como CSV.",
    },
    "csv_is_xls": {
        "es": "El archivo se llama .csv pero es un libro de Excel antiguo (.xls); ábralo en "
        "Excel y guárdelo como CSV o XLSX.",
        "en": "The file is named .csv but is an old Excel workbook (.xls); open it in Excel "
        "and save it as CSV or XLSX.",
        "pt": "O arquivo se chama .csv mas é uma pasta antiga do Excel (.xls); abra-a no "
        "Excel e salve como CSV ou XLSX.",
    },
    "csv_is_binary": {
        "es": "El archivo se llama .csv pero no es texto (es un PDF, una imagen, un archivo "
        "comprimido u otro formato).",
        "en": "The file is named .csv but is not text (a PDF, an image, a compressed file or "
        "another format).",
        "pt": "O arquivo se chama .csv mas não é texto (é um PDF, uma imagem, um arquivo "
        "compactado ou outro formato).",
    },
    "csv_utf16_no_bom": {
        "es": "El archivo está en UTF-16 sin marca de orden de bytes, una codificación que no "
        "se puede reconocer con seguridad; guárdelo como «CSV UTF-8» o Windows-1252.",
        "en": "The file is in UTF-16 without a byte-order mark, an encoding that cannot be "
        "recognised safely; save it as “CSV UTF-8” or Windows-1252.",
        "pt": "O arquivo está em UTF-16 sem marca de ordem de bytes, uma codificação que não "
        "se pode reconhecer com segurança; salve-o como «CSV UTF-8» ou Windows-1252.",
    },
    "csv_encoding": {
        "es": "El archivo está en {value}, una codificación que este programa no lee; "
        "guárdelo como «CSV UTF-8».",
        "en": "The file is in {value}, an encoding this program does not read; save it as "
        "“CSV UTF-8”.",
        "pt": "O arquivo está em {value}, uma codificação que este programa não lê; salve-o "
        "como «CSV UTF-8».",
    },
    "json_records_not_list": {
        "es": "«records» del JSON no es una lista de registros.",
        "en": "“records” in the JSON is not a list of records.",
        "pt": "«records» do JSON não é uma lista de registros.",
    },
    "csv_bad_utf16": {
        "es": "El archivo dice estar en UTF-16 pero está cortado o tiene caracteres rotos; "
        "guárdelo de nuevo como «CSV UTF-8».",
        "en": "The file says it is UTF-16 but is cut short or holds broken characters; save "
        "it again as “CSV UTF-8”.",
        "pt": "O arquivo diz estar em UTF-16 mas está cortado ou tem caracteres quebrados; "
        "salve-o de novo como «CSV UTF-8».",
    },
    "csv_cell_too_long": {
        "es": "Una celda del CSV pasa de {limit} caracteres (quizá falta cerrar unas comillas).",
        "en": "A cell of the CSV is longer than {limit} characters (perhaps a quote is not "
        "closed).",
        "pt": "Uma célula do CSV passa de {limit} caracteres (talvez falte fechar aspas).",
    },
    "csv_damaged": {
        "es": "El CSV no se puede dividir en filas y columnas (comillas o saltos de línea "
        "mal puestos).",
        "en": "The CSV cannot be split into rows and columns (misplaced quotes or line breaks).",
        "pt": "O CSV não pode ser dividido em linhas e colunas (aspas ou quebras de linha "
        "mal colocadas).",
    },
    "header_row_below": {
        "es": "La primera fila («{value}») no es la de encabezados: estos parecen estar en la "
        "fila {row}. Borre las filas de encima e importe de nuevo.",
        "en": "The first row (“{value}”) is not the header row: the headers seem to be in row "
        "{row}. Delete the rows above it and import again.",
        "pt": "A primeira linha («{value}») não é a de cabeçalhos: eles parecem estar na linha "
        "{row}. Apague as linhas acima e importe de novo.",
    },
    "title_rows_skipped": {
        "es": "Los encabezados están en la fila {row}; lo escrito encima («{value}») se deja "
        "de lado como título de la hoja.",
        "en": "The headers are in row {row}; what is written above them (“{value}”) is set "
        "aside as the sheet's title.",
        "pt": "Os cabeçalhos estão na linha {row}; o que está escrito acima («{value}») fica "
        "de fora como título da planilha.",
    },
    "id_column_own": {
        "es": "La columna «{column}» no tiene identificadores de este programa sino una "
        "numeración propia del archivo: se ignora y las filas entran como registros nuevos.",
        "en": "The column “{column}” holds the file's own numbering, not this program's "
        "identifiers: it is ignored and the rows come in as new records.",
        "pt": "A coluna «{column}» não tem identificadores deste programa, mas uma numeração "
        "própria do arquivo: é ignorada e as linhas entram como registros novos.",
    },
    "note_rows_skipped": {
        "es": "Bajo la lista, fila(s) {rows}: solo una nota («{value}»); no se importa.",
        "en": "Below the list, row(s) {rows}: only a note (“{value}”); not imported.",
        "pt": "Abaixo da lista, linha(s) {rows}: só uma nota («{value}»); não é importada.",
    },
    "repeated_header": {
        "es": "La fila {row} repite los encabezados (quizá se unieron dos hojas); bórrela e "
        "importe de nuevo.",
        "en": "Row {row} repeats the headers (perhaps two sheets were joined); delete it and "
        "import again.",
        "pt": "A linha {row} repete os cabeçalhos (talvez duas planilhas foram unidas); "
        "apague-a e importe de novo.",
    },
    "no_title_near": {
        "es": "Ninguna columna corresponde al título; la columna «{column}» no se reconoce.",
        "en": "No column holds the title; the column “{column}” is not recognised.",
        "pt": "Nenhuma coluna corresponde ao título; a coluna «{column}» não é reconhecida.",
    },
    "empty_file": {
        "es": "El archivo no tiene fila de encabezados ni datos.",
        "en": "The file has no header row and no data.",
        "pt": "O arquivo não tem linha de cabeçalhos nem dados.",
    },
    "no_title_column": {
        "es": "Ninguna columna corresponde al título (se espera «Título», «Title» o «Nombre»).",
        "en": "No column holds the title (“Título”, “Title” or “Nombre” expected).",
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
        "es": "«{value}» no es un número entero. Escríbalo en cifras (por ejemplo 2023) o deje "
        "la celda vacía.",
        "en": "“{value}” is not a whole number. Write it in figures (for example 2023) or leave "
        "the cell empty.",
        "pt": "«{value}» não é um número inteiro. Escreva-o em algarismos (por exemplo 2023) ou "
        "deixe a célula vazia.",
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
    "title_missing": {
        "es": "La fila no tiene título: escriba uno en «{column}» o borre la fila.",
        "en": "The row has no title: write one in “{column}” or delete the row.",
        "pt": "A linha não tem título: escreva um em «{column}» ou apague a linha.",
    },
    "bad_choice": {
        "es": "La respuesta «{code}» para «{value}» no es un valor de «{field}».",
        "en": "The answer “{code}” for “{value}” is not a value of “{field}”.",
        "pt": "A resposta «{code}» para «{value}» não é um valor de «{field}».",
    },
    "bad_map_argument": {
        "es": "«{value}» no tiene la forma COLUMNA:VALOR=CÓDIGO (CÓDIGO puede ser también "
        "new, later o skip).",
        "en": "“{value}” is not of the form COLUMN:VALUE=CODE (CODE may also be new, later or "
        "skip).",
        "pt": "«{value}» não tem a forma COLUNA:VALOR=CÓDIGO (CÓDIGO pode ser também new, "
        "later ou skip).",
    },
    "import_redo_long": {
        "es": "Una importación de un archivo tan largo no se puede rehacer: vuelva a "
        "importar el archivo.",
        "en": "An import of a file this long cannot be redone: import the file again.",
        "pt": "Uma importação de um arquivo tão longo não pode ser refeita: importe o "
        "arquivo novamente.",
    },
    "import_cancelled": {
        "es": "Importación cancelada: no se escribió nada en el catálogo.",
        "en": "Import cancelled: nothing was written to the catalogue.",
        "pt": "Importação cancelada: nada foi gravado no catálogo.",
    },
    "created_by_import": {
        "es": "Creada al importar {file}, fila {row}.",
        "en": "Created when importing {file}, row {row}.",
        "pt": "Criada ao importar {file}, linha {row}.",
    },
    "imported_unclassified": {
        "es": "Sin ejes o sin países: se importa como borrador por clasificar, no como «{value}».",
        "en": "No axes or no countries: imported as an unclassified draft, not as “{value}”.",
        "pt": "Sem eixos ou sem países: importado como rascunho por classificar, não como "
        "«{value}».",
    },
    "bad_id": {
        "es": "«{value}» no es un identificador UUID válido. Deje la celda vacía para crear un "
        "registro nuevo, o copie el identificador de una exportación.",
        "en": "“{value}” is not a valid UUID. Leave the cell empty to create a new record, or "
        "copy the id from an export.",
        "pt": "«{value}» não é um identificador UUID válido. Deixe a célula vazia para criar um "
        "registro novo, ou copie o identificador de uma exportação.",
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
    "party_without_country": {
        "es": "La parte «{value}» no dice de qué país es: escríbalo antes de la primera barra "
        "(país | institución | rol).",
        "en": "The party “{value}” does not say which country it is from: write it before "
        "the first bar (country | institution | role).",
        "pt": "A parte «{value}» não diz de que país é: escreva-o antes da primeira barra "
        "(país | instituição | papel).",
    },
    "role_parties_unpaired": {
        "es": "No se sabe de qué país es cada institución ({value}): escriba tantos países "
        "como instituciones, en el mismo orden, o una parte por línea en «Partes» "
        "(país | institución | rol).",
        "en": "Which country each institution ({value}) belongs to is unclear: write as many "
        "countries as institutions, in the same order, or one party per line in “Parties” "
        "(country | institution | role).",
        "pt": "Não se sabe de que país é cada instituição ({value}): escreva tantos países "
        "quanto instituições, na mesma ordem, ou uma parte por linha em «Partes» "
        "(país | instituição | papel).",
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
    "format_version_invalid": {
        "es": (
            "La versión del formato que declara el archivo («{value}») no es un número entero "
            "positivo: el archivo está dañado o no lo escribió LAZOS Desktop."
        ),
        "en": (
            "The format version the file declares (“{value}”) is not a positive whole "
            "number: the file is damaged or was not written by LAZOS Desktop."
        ),
        "pt": (
            "A versão do formato que o arquivo declara («{value}») não é um número inteiro "
            "positivo: o arquivo está danificado ou não foi gravado pelo LAZOS Desktop."
        ),
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
    "bundle_attachment_tampered": {
        "es": "El adjunto «{value}» del paquete no coincide con su huella sha256 (fue "
        "modificado o está dañado); no se importó nada del paquete.",
        "en": "The attachment “{value}” in the bundle does not match its sha256 hash (it was "
        "changed or is damaged); nothing of the bundle was imported.",
        "pt": "O anexo «{value}» do pacote não coincide com sua impressão sha256 (foi "
        "modificado ou está danificado); nada do pacote foi importado.",
    },
}

# How to answer a question from the command line; the window offers the choice instead.
COMMAND_HINTS: dict[str, dict[str, str]] = {
    "unknown_country_name": {
        "es": 'Elija el país con --map "{column}:{value}=CÓDIGO" (o =later para dejarlo por '
        "clasificar).",
        "en": 'Choose the country with --map "{column}:{value}=CODE" (or =later to leave it '
        "unclassified).",
        "pt": 'Escolha o país com --map "{column}:{value}=CÓDIGO" (ou =later para deixá-lo '
        "por classificar).",
    },
    "unknown_label": {
        "es": 'Elija el valor con --map "{column}:{value}=CÓDIGO" (o =later, =skip).',
        "en": 'Choose the value with --map "{column}:{value}=CODE" (or =later, =skip).',
        "pt": 'Escolha o valor com --map "{column}:{value}=CÓDIGO" (ou =later, =skip).',
    },
    "unknown_institution": {
        "es": "Impórtela como nueva con --create-institutions (o --map "
        '"{column}:{value}=new"), o indique una con --map "{column}:{value}=IN-001".',
        "en": 'Import it as new with --create-institutions (or --map "{column}:{value}=new"), '
        'or name one with --map "{column}:{value}=IN-001".',
        "pt": "Importe-a como nova com --create-institutions (ou --map "
        '"{column}:{value}=new"), ou indique uma com --map "{column}:{value}=IN-001".',
    },
}

SUGGESTION = {
    "es": "¿Quiso decir «{value}»?",
    "en": "Did you mean “{value}”?",
    "pt": "Quis dizer «{value}»?",
}


def render(key: str, lang: str = "es", **params: Any) -> str:
    """A message of this module, or of the domain's validation messages."""
    if key not in MESSAGES:
        return domain_messages.render(key, lang, **params)
    if "field" in params:
        params = {**params, "field": domain_messages.field_label(str(params["field"]), lang)}
    return languages.render(MESSAGES, key, lang, **params)


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
        text = render(self.key, lang, **{"column": self.column, **self.params})
        value = self.suggestion
        if isinstance(value, dict):
            value = value.get(lang) or value.get("es", "")
        if value:
            text += " " + languages.pick(SUGGESTION, lang).format(value=value)
        return text

    def as_json(self, lang: str = "es") -> dict[str, Any]:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "message": self.message(lang),
        }

    def command_message(self, lang: str = "es") -> str:
        """The message with, for a value to answer, how to answer it on the command line."""
        hint = COMMAND_HINTS.get(self.key)
        if hint is None:
            return self.message(lang)
        params = {"column": self.column, **self.params}
        return self.message(lang) + " " + hint.get(lang, hint["es"]).format(**params)


class FileRefused(Exception):
    """A whole file cannot be read (too big, not a zip, unsafe bundle); nothing was written."""

    def __init__(self, problem: FileProblem) -> None:
        self.problem = problem
        super().__init__(problem.message("en"))
