<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs.py" line="+36" />
        <source>Eliminar registro</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>¿Eliminar {what}?</source>
        <translation>Delete {what}?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Podrá deshacerlo con Ctrl+Z.</source>
        <translation>You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Abrir catálogo</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Crear catálogo nuevo</source>
        <translation>Create a new catalogue</translation>
    </message>
    <message>
        <location line="+25" />
        <source>LAZOS Desktop</source>
        <translation>LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Acerca de LAZOS Desktop</source>
        <translation>About LAZOS Desktop</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../lazos_desktop/ui/filter_bar.py" line="+48" />
        <source>Buscar (sin importar tildes)… Ctrl+F</source>
        <translation>Search (accents ignored)… Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buscar en el catálogo</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filtrar por país</source>
        <translation>Filter by country</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filtrar por eje</source>
        <translation>Filter by axis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filtrar por estado</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Año desde</source>
        <translation>From year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Año hasta</source>
        <translation>To year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limpiar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+13" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eje</source>
        <translation>Axis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Años</source>
        <translation>Years</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Todos los países</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{shown} de {total} {kind}</source>
        <translation>{shown} of {total} {kind}</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Todos los ejes</source>
        <translation>All axes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../lazos_desktop/ui/link_picker.py" line="+33" />
        <source>Relacionar {code} con…</source>
        <translation>Relate {code} to…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tipo de registro</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Buscar el registro que relacionar</source>
        <translation>Search for the record to relate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buscar…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registros encontrados</source>
        <translation>Records found</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Relacionar</source>
        <translation>Relate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Ya está relacionado</source>
        <translation>Already related</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{shown} de {total} registros</source>
        <translation>{shown} of {total} records</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lazos_desktop/ui/main_window.py" line="+317" />
        <source>{count} registros</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <location line="+5" />
        <source>eliminación de {count} registros</source>
        <translation>deletion of {count} records</translation>
    </message>
    <message>
        <location line="+29" />
        <source>relación {a} ↔ {b}</source>
        <translation>link {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>quitar relación {a} ↔ {b}</source>
        <translation>unlink {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>creación de {code}</source>
        <translation>creation of {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edición de {code}</source>
        <translation>edit of {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicado {code}</source>
        <translation>duplicate {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eliminación de {code}</source>
        <translation>deletion of {code}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Guardado: {what}</source>
        <translation>Saved: {what}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No existe el archivo {path}.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>LAZOS Desktop — {name}</source>
        <translation>LAZOS Desktop — {name}</translation>
    </message>
    <message>
        <location line="+46" />
        <location line="+105" />
        <source>Resumen</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="-60" />
        <source>&amp;Nuevo registro…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Abrir catálogo…</source>
        <translation>&amp;Open catalogue…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Crear catálogo &amp;nuevo…</source>
        <translation>Create &amp;new catalogue…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Editar registro… (Intro)</source>
        <translation>&amp;Edit record… (Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>D&amp;uplicar</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Eliminar…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Relacionar con…</source>
        <translation>&amp;Relate to…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Buscar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Atajos de teclado</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Acerca de LAZOS Desktop</source>
        <translation>&amp;About LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Catálogos &amp;recientes</source>
        <translation>&amp;Recent catalogues</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Herramientas</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nuevo registro</source>
        <translation>New record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abrir el registro seleccionado</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Intro</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Supr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deshacer / Rehacer</source>
        <translation>Undo / Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relacionar con otro registro</source>
        <translation>Relate to another record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cambiar de vista</source>
        <translation>Switch view</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cerrar un diálogo sin guardar</source>
        <translation>Close a dialog without saving</translation>
    </message>
    <message>
        <source>Copia de seguridad guardada en {path}</source>
        <translation>Backup saved to {path}</translation>
    </message>
    <message>
        <source>&amp;Copia de seguridad…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>C&amp;omprobar el catálogo</source>
        <translation>C&amp;heck the catalogue</translation>
    </message>
    <message>
        <source>&amp;Guía de uso</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Guía de uso</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Atajos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/exchange_tables.py" line="+172" />
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/overview_page.py" line="+124" />
        <source>Tipo de registro del resumen</source>
        <translation>Record type in the overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Todos los tipos</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Registros por eje de la ERISE</source>
        <translation>Records by ERISE axis</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registros por país</source>
        <translation>Records by country</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resumen del catálogo</source>
        <translation>Catalogue overview</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mostrar:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Por eje de la ERISE</source>
        <translation>By ERISE axis</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Por país (los {count} con más registros)</source>
        <translation>By country (the {count} with most records)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>De ellos, {count} son registros sintéticos de demostración.</source>
        <translation>Of these, {count} are synthetic demonstration records.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/exchange_tables.py" line="-27" />
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Papel</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_editor.py" line="+180" />
        <source>Nuevo registro: {kind}</source>
        <translation>New record: {kind}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Editar {code} — {title}</source>
        <translation>Edit {code} — {title}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Palabras separadas por comas</source>
        <translation>Words separated by commas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nombres o códigos de país separados por comas, p. ej. Perú, CO</source>
        <translation>Country names or codes separated by commas, e.g. Peru, CO</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nombre o código del país, p. ej. Colombia o CO</source>
        <translation>Country name or code, e.g. Colombia or CO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AAAA-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+112" />
        <source>escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-10</source>
        <translation>write the date as YYYY-MM-DD, e.g. 2025-03-10</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_html.py" line="+39" />
        <source>Práctica</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intercambio</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Herramienta</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Prácticas</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intercambios</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caja de herramientas</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instituciones</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location line="+8" />
        <source>sintético</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Última modificación</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seleccione un registro para ver su ficha.</source>
        <translation>Select a record to see its details.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registros relacionados</source>
        <translation>Related records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ninguno todavía.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quitar</source>
        <translation>remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relacionar con otro registro…</source>
        <translation>Relate to another record…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>prácticas</source>
        <translation>practices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intercambios</source>
        <translation>exchanges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>herramientas</source>
        <translation>tools</translation>
    </message>
    <message>
        <location line="+1" />
        <source>instituciones</source>
        <translation>institutions</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Editar (Intro)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicar</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relacionar…</source>
        <translation>Relate…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eliminar (Supr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_table_model.py" line="+62" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ejes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actualizado</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/records_page.py" line="+72" />
        <source>Ficha del registro</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Ningún registro coincide con la búsqueda y los filtros.</source>
        <translation>No record matches the search and filters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limpiar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Todavía no hay registros de este tipo en el catálogo.</source>
        <translation>There are no records of this type in the catalogue yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Crear uno nuevo (Ctrl+N)</source>
        <translation>Create one (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Registros</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/exchange_tables.py" line="-92" />
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/settings_dialog.py" line="+60" />
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+17" />
        <source>Nombre del oficial</source>
        <translation>Officer's name</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Se registra como autor de cada cambio</source>
        <translation>Recorded as the author of every change</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Tamaño de papel</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="-8" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carta (Letter)</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Archivo del catálogo</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Abrir otro…</source>
        <translation>Open another…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Crear uno nuevo…</source>
        <translation>Create a new one…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Catálogos recientes</source>
        <translation>Recent catalogues</translation>
    </message>
    <message>
        <location line="+13" />
        <source>En uso:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recientes (Intro para elegir):</source>
        <translation>Recent (Enter to choose):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Se creará al aceptar: {path}</source>
        <translation>Will be created on OK: {path}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Se abrirá al aceptar: {path}</source>
        <translation>Will be opened on OK: {path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de LAZOS Desktop</source>
        <translation>About LAZOS Desktop</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Catálogo sin conexión de cooperación Sur-Sur y triangular para la integración laboral de personas refugiadas y migrantes en América Latina y el Caribe.</source>
        <translation>Offline catalogue of South-South and triangular cooperation on the labour integration of refugees and migrants in Latin America and the Caribbean.</translation>
    </message>
    <message>
        <source>Licencia del programa: MIT. Catálogo en uso: {path}</source>
        <translation>Licence of the program: MIT. Catalogue in use: {path}</translation>
    </message>
    <message>
        <source>El programa funciona sin conexión: no se conecta a internet en ningún momento.</source>
        <translation>The program works offline: it never connects to the internet.</translation>
    </message>
    <message>
        <source>Tipografías incluidas en los informes PDF</source>
        <translation>Fonts embedded in the PDF briefs</translation>
    </message>
    <message>
        <source>Texto completo de la licencia: {path}</source>
        <translation>Full text of the licence: {path}</translation>
    </message>
    <message>
        <source>Bibliotecas</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Qt y PySide6 se usan bajo la licencia LGPL-3.0: pueden sustituirse por otra versión reemplazando sus bibliotecas en la carpeta del programa.</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0 licence: they can be replaced by another version by replacing their libraries in the program's folder.</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>CatalogueSafety</name>
    <message>
        <source>Integridad del archivo</source>
        <translation>File integrity</translation>
    </message>
    <message>
        <source>Relaciones entre tablas</source>
        <translation>Relations between tables</translation>
    </message>
    <message>
        <source>Índice de búsqueda</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>Registros en el índice</source>
        <translation>Records in the index</translation>
    </message>
    <message>
        <source>Referencias a vocabularios y países</source>
        <translation>Vocabulary and country references</translation>
    </message>
    <message>
        <source>Adjuntos</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Versión del esquema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Guardar una copia del catálogo</source>
        <translation>Save a copy of the catalogue</translation>
    </message>
    <message>
        <source>El catálogo está en buen estado.</source>
        <translation>The catalogue is in good order.</translation>
    </message>
    <message>
        <source>El catálogo tiene problemas. Haga una copia y restaure la última copia buena (lazos-desktop restore).</source>
        <translation>The catalogue has problems. Make a copy and restore the last good backup (lazos-desktop restore).</translation>
    </message>
    <message>
        <source>Comprobar el catálogo</source>
        <translation>Check the catalogue</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guía de uso — LAZOS Desktop</source>
        <translation>User guide — LAZOS Desktop</translation>
    </message>
    <message>
        <source>Guía de uso</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Idioma de la guía</source>
        <translation>Language of the guide</translation>
    </message>
    <message>
        <source>&amp;Idioma de la guía:</source>
        <translation>&amp;Language of the guide:</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No se encuentra la guía de uso en {path}.</source>
        <translation>The user guide is not found at {path}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Escriba su nombre para empezar.</source>
        <translation>Type your name to start.</translation>
    </message>
    <message>
        <source>Bienvenida — LAZOS Desktop</source>
        <translation>Welcome — LAZOS Desktop</translation>
    </message>
    <message>
        <source>Le damos la bienvenida a LAZOS Desktop</source>
        <translation>Welcome to LAZOS Desktop</translation>
    </message>
    <message>
        <source>LAZOS Desktop guarda en esta computadora, sin necesidad de internet, el catálogo regional de buenas prácticas, intercambios entre instituciones y herramientas para gobiernos locales. Antes de empezar, díganos quién es.</source>
        <translation>LAZOS Desktop keeps on this computer, with no internet needed, the regional catalogue of good practices, exchanges between institutions and tools for local governments. Before you start, tell us who you are.</translation>
    </message>
    <message>
        <source>Quién trabaja</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Nombre de la persona oficial</source>
        <translation>Name of the officer</translation>
    </message>
    <message>
        <source>Nombre y apellido</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Queda registrado como autor de cada cambio que haga en el catálogo.</source>
        <translation>It is recorded as the author of every change you make to the catalogue.</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Idioma del programa</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>El catálogo</source>
        <translation>The catalogue</translation>
    </message>
    <message>
        <source>El catálogo se guarda en este archivo:</source>
        <translation>The catalogue is kept in this file:</translation>
    </message>
    <message>
        <source>Archivo del catálogo</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <source>Empezar con el catálogo &amp;regional con fuentes</source>
        <translation>Start from the sourced &amp;regional catalogue</translation>
    </message>
    <message>
        <source>{practices} buenas prácticas, {exchanges} intercambios, {toolbox} herramientas y {institutions} instituciones, cada registro con su fuente publicada.</source>
        <translation>{practices} good practices, {exchanges} exchanges, {toolbox} tools and {institutions} institutions, each record with its published source.</translation>
    </message>
    <message>
        <source>Empezar con un catálogo &amp;vacío</source>
        <translation>Start from an &amp;empty catalogue</translation>
    </message>
    <message>
        <source>Sin registros; solo las listas de ejes, estados y tipos de institución.</source>
        <translation>No records; only the lists of axes, statuses and institution types.</translation>
    </message>
    <message>
        <source>Ese archivo ya existe: se abrirá tal como está, sin cambiar nada.</source>
        <translation>That file exists already: it will be opened as it is, with nothing changed.</translation>
    </message>
    <message>
        <source>Podrá importar registros de otros colegas (Archivo → Importar) y elegir otro archivo más tarde (Herramientas → Preferencias).</source>
        <translation>You can import records from colleagues (File → Import) and choose another file later (Tools → Preferences).</translation>
    </message>
    <message>
        <source>&amp;Empezar</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Empezar a usar LAZOS Desktop</source>
        <translation>Start using LAZOS Desktop</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Salir sin guardar nada</source>
        <translation>Quit without saving anything</translation>
    </message>
</context>
</TS>