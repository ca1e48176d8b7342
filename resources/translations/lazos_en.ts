<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/about_dialog.py" line="+23"/>
        <location line="+3"/>
        <source>Acerca de LAZOS Desktop</source>
        <translation>About LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Catálogo sin conexión de cooperación Sur-Sur y triangular para la integración laboral de personas refugiadas y migrantes en América Latina y el Caribe.</source>
        <translation>Offline catalogue of South-South and triangular cooperation on the labour integration of refugees and migrants in Latin America and the Caribbean.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licencia del programa: MIT. Catálogo en uso: {path}</source>
        <translation>Licence of the program: MIT. Catalogue in use: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>El programa funciona sin conexión: no se conecta a internet en ningún momento.</source>
        <translation>The program works offline: it never connects to the internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tipografías incluidas en los informes PDF</source>
        <translation>Fonts embedded in the PDF briefs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texto completo de la licencia: {path}</source>
        <translation>Full text of the licence: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bibliotecas</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt y PySide6 se usan bajo la licencia LGPL-3.0: pueden sustituirse por otra versión reemplazando sus bibliotecas en la carpeta del programa.</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0 licence: they can be replaced by another version by replacing their libraries in the program&apos;s folder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/activity_dialog.py" line="+157"/>
        <source>Registrar…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location line="-110"/>
        <source>Registrar actividad</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editar actividad</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nombres separados por punto y coma</source>
        <translation>Names separated by semicolons</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fecha</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lugar</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instituciones</source>
        <translation>&amp;Institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participantes</source>
        <translation>Pa&amp;rticipants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resumen</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisiones</source>
        <translation>D&amp;ecisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/agenda_page.py" line="+42"/>
        <source>Atrasados</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En los próximos 30 días</source>
        <translation>In the next 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De 31 a {days} días</source>
        <translation>From 31 to {days} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abiertos sin fecha</source>
        <translation>Open, undated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarea</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+38"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Filtrar por país</source>
        <translation>Filter by country</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrar por eje</source>
        <translation>Filter by axis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Todos los ejes</source>
        <translation>All axes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responsable (persona o institución)</source>
        <translation>Responsible (person or institution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrar por responsable</source>
        <translation>Filter by who is responsible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marcar hecho (Ctrl+Intro)</source>
        <translation>Mark done (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exportar calendario…</source>
        <translation>Export calendar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eje</source>
        <translation>Axis</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Todos los países</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nada pendiente con estos filtros.</source>
        <translation>Nothing pending with these filters.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Próxima</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atrasados: {late} · En 30 días: {soon} · Sin fecha: {undated}</source>
        <translation>Late: {late} · In 30 days: {soon} · Undated: {undated}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/attachments_panel.py" line="+43"/>
        <source>Adjuntar documentos</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documentos ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guardar una copia</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renombrar adjunto</source>
        <translation>Rename attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Documentos adjuntos</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adjuntar…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardar copia…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renombrar…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrastre archivos sobre la ficha para adjuntarlos.</source>
        <translation>Drag files onto the record card to attach them.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documentos adjuntos ({count})</source>
        <translation>Attached documents ({count})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adjuntar {count} documentos</source>
        <translation>Attach {count} documents</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copia guardada en {path}</source>
        <translation>Copy saved to {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Quitar «{name}»</source>
        <translation>Remove “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjunto quitado; Edición ▸ Deshacer lo devuelve.</source>
        <translation>Attachment removed; Edit ▸ Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/backups_dialog.py" line="+65"/>
        <location line="+15"/>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Se guardan automáticamente las copias de los últimos {days} días y una antes de cada actualización, importación y restauración. Cada copia se verifica al escribirla. Carpeta: {folder}</source>
        <translation>Backups from the last {days} days are kept automatically, plus one before every upgrade, import and restore. Each backup is verified as it is written. Folder: {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prácticas</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herramientas</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Todavía no hay copias de seguridad de este catálogo.</source>
        <translation>There are no backups of this catalogue yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hacer una copia ahora</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurar la copia seleccionada…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Verificable</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ilegible: {problem}</source>
        <translation>Unreadable: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No se hizo la copia</source>
        <translation>The backup was not made</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>¿Restaurar la copia del {date} ({reason})? El catálogo actual se reemplazará por esta copia ({total} registros). Antes se guardará una copia del estado actual, para poder volver atrás.</source>
        <translation>Restore the backup of {date} ({reason})? The current catalogue will be replaced by this backup ({total} records). A copy of the current state is kept first, so that you can go back.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restaurar copia de seguridad</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No se restauró la copia</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Diaria</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes de actualizar</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes de importar</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes de restaurar</source>
        <translation>Before restore</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/brief_dialog.py" line="+113"/>
        <source>Generar informe</source>
        <translation>Generate brief</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ficha de registro</source>
        <translation>Record brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ficha de país</source>
        <translation>Country brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ficha temática (un eje)</source>
        <translation>Thematic brief (one axis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier de reunión</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catálogo</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registros seleccionados ({count})</source>
        <translation>Selected records ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtro actual</source>
        <translation>Current filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Todo el catálogo</source>
        <translation>The whole catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un país</source>
        <translation>One country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un eje</source>
        <translation>One axis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seleccionados y todo lo relacionado ({count})</source>
        <translation>Selected and everything related ({count})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carta (Letter)</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Por defecto, el de la plantilla</source>
        <translation>Default: the template&apos;s title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre de la reunión (portada del dossier)</source>
        <translation>Name of the meeting (cover of the pack)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Una persona o institución por línea</source>
        <translation>One person or institution per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un punto del orden del día por línea</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incluir datos de contacto</source>
        <translation>Include contact details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Los puntos focales son datos personales: solo se imprimen si lo marca.</source>
        <translation>Focal points are personal data: they are printed only if you tick this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plantilla</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alcance</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eje</source>
        <translation>Axis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papel</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha de la reunión</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orden del día</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactos</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vista previa</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vista previa (Ctrl+Intro)</source>
        <translation>Preview (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardar como…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardar el PDF (Ctrl+S), con o sin vista previa</source>
        <translation>Save the PDF (Ctrl+S), with or without a preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardar como &amp;Word…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abrir en el visor del sistema</source>
        <translation>&amp;Open in the system viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vista previa del informe</source>
        <translation>Preview of the brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◀ Anterior</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siguiente ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Generando el informe…</source>
        <translation>Generating the brief…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Informe listo: {pages} páginas.</source>
        <translation>Brief ready: {pages} pages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No se pudo generar el informe: {detail}</source>
        <translation>The brief could not be generated: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Página {page} de {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No se pudo guardar {path}: {detail}</source>
        <translation>Could not save {path}: {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Guardado en {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardar como Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documentos Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guardar informe</source>
        <translation>Save brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ficha-registro</source>
        <translation>record-brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ficha-pais</source>
        <translation>country-brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ficha-tematica</source>
        <translation>thematic-brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier-reunion</source>
        <translation>meeting-pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogo</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seleccione uno o más registros en la tabla antes de generar esta ficha.</source>
        <translation>Select one or more records in the table before generating this brief.</translation>
    </message>
</context>
<context>
    <name>CaseEditing</name>
    <message>
        <location filename="../../lazos_desktop/ui/case_editing.py" line="+37"/>
        <source>Exportar calendario</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendario (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>actividad en {code}</source>
        <translation>activity on {code}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tarea en {code}</source>
        <translation>task on {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>marcado como hecho en {code}</source>
        <translation>marked done on {code}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calendario con {count} entradas en {path}</source>
        <translation>Calendar with {count} entries saved to {path}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/due_notice.py" line="+54"/>
        <source>1 hito atrasado</source>
        <translation>1 late milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hitos atrasados</source>
        <translation>{n} late milestones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 tarea atrasada</source>
        <translation>1 late task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} tareas atrasadas</source>
        <translation>{n} late tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 tarea vence esta semana</source>
        <translation>1 task due this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} tareas vencen esta semana</source>
        <translation>{n} tasks due this week</translation>
    </message>
</context>
<context>
    <name>CaseHtml</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/case_html.py" line="+52"/>
        <source>marcar hecho</source>
        <translation>mark done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrar actividad…</source>
        <translation>Log activity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Añadir tarea…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin actividades registradas.</source>
        <translation>No activities logged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin tareas de seguimiento.</source>
        <translation>No follow-up tasks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisiones</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sin fecha</source>
        <translation>undated</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/check_dialog.py" line="+37"/>
        <location line="+7"/>
        <source>Verificar catálogo</source>
        <translation>Check the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verificación</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verificar de nuevo</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconstruir índices</source>
        <translation>Rebuild indexes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehace el índice de búsqueda y los filtros a partir de los registros.</source>
        <translation>Rebuilds the search index and the filters from the records.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Correcto</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Con problemas</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detalle: {detail}</source>
        <translation>Detail: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qué protege: {detail}</source>
        <translation>What it protects: {detail}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copia de seguridad de hoy</source>
        <translation>Today&apos;s backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No se pudo hacer</source>
        <translation>Could not be made</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encontrado</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>El catálogo está en buen estado: se superaron las {count} verificaciones.</source>
        <translation>The catalogue is in good shape: all {count} checks passed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se encontraron problemas en {failed} de {count} verificaciones.</source>
        <translation>Problems were found in {failed} of {count} checks.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>El archivo está dañado. Restaure la copia de seguridad más reciente en buen estado desde Archivo → Copias de seguridad; antes se guardará una copia del archivo actual.</source>
        <translation>The file is damaged. Restore the newest good backup from File → Backups; a copy of the current file is kept first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Los registros están bien, pero sus índices de búsqueda o de filtros no coinciden con ellos. Pulse «Reconstruir índices» para rehacerlos a partir de los registros.</source>
        <translation>The records are fine, but their search or filter indexes do not match them. Press “Rebuild indexes” to rebuild them from the records.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Integridad del archivo</source>
        <translation>File integrity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite lee cada página del archivo sin encontrar daños.</source>
        <translation>SQLite reads every page of the file without finding damage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referencias entre tablas</source>
        <translation>References between tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada relación y cada adjunto apuntan a un registro que existe.</source>
        <translation>Every link and every attachment points to a record that exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versión del catálogo</source>
        <translation>Catalogue version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El archivo es un catálogo de LAZOS de la versión que este programa usa.</source>
        <translation>The file is a LAZOS catalogue of the version this program uses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tablas e índices</source>
        <translation>Tables and indexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Están todas las tablas e índices que el catálogo necesita.</source>
        <translation>All the tables and indexes the catalogue needs are there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Índice de búsqueda</source>
        <translation>Search index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El índice de texto completo está íntegro.</source>
        <translation>The full-text index is intact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros en el índice de búsqueda</source>
        <translation>Records in the search index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada registro se encuentra al buscarlo, y nada más que los registros.</source>
        <translation>Every record is found when searched for, and nothing but the records.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros legibles y válidos</source>
        <translation>Records readable and valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cada registro se lee completo y sus ejes, países y vocabularios son conocidos.</source>
        <translation>Every record reads in full and its axes, countries and vocabularies are known.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tablas de ejes y países</source>
        <translation>Axis and country tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los filtros por eje y por país dan exactamente los registros que deben.</source>
        <translation>The axis and country filters give exactly the records they should.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ejes y países conocidos</source>
        <translation>Known axes and countries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los filtros solo usan ejes del vocabulario y códigos de país ISO.</source>
        <translation>The filters use only axes of the vocabulary and ISO country codes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Historial de cambios</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada cambio guardado puede mostrarse y revertirse.</source>
        <translation>Every saved change can be shown and reverted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentos adjuntos</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada adjunto conserva su tamaño y su huella (SHA-256).</source>
        <translation>Every attachment keeps its size and its fingerprint (SHA-256).</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="+345"/>
        <source>Elegir el archivo</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV o XLSX de cualquier hoja de cálculo, JSON de catálogo o paquete .lazos. También puede arrastrar el archivo hasta esta ventana.</source>
        <translation>CSV or XLSX from any spreadsheet, catalogue JSON or a .lazos bundle. You can also drag the file onto this window.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Ruta del archivo</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examinar…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detectar por el nombre de la hoja o las columnas</source>
        <translation>Detect from the sheet name or the columns</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archivo:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de registros:</source>
        <translation>Record type:</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location line="+517"/>
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasta aquí no se ha escrito nada en el catálogo.</source>
        <translation>Nothing has been written to the catalogue so far.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registros nuevos: {created}
Registros actualizados: {updated}
Sin cambios: {unchanged}
Filas que no se importarán (rechazadas, conflictos omitidos o duplicados): {skipped}

Antes de escribir se hará una copia de seguridad del catálogo; la importación se podrá deshacer desde la pantalla siguiente.</source>
        <translation>New records: {created}
Updated records: {updated}
Unchanged: {unchanged}
Rows that will not be imported (refused, skipped conflicts or duplicates): {skipped}

A backup of the catalogue is made before anything is written; the import can be undone from the next screen.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n instituciones nuevas: {names}.</source>
        <translation>
            <numerusform>%n new institution: {names}.</numerusform>
            <numerusform>%n new institutions: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Valores asignados sin preguntar: %n.</source>
        <translation>
            <numerusform>Value assigned without asking: %n.</numerusform>
            <numerusform>Values assigned without asking: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Registros por clasificar (sin ejes o sin países): %n.</source>
        <translation>
            <numerusform>Record to classify (no axes or no countries): %n.</numerusform>
            <numerusform>Records to classify (no axes or no countries): %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/contacts_editor.py" line="+37"/>
        <source>Puntos focales</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datos personales: anote la fecha y la forma en que la persona aceptó que se guarden. No salen en exportaciones, paquetes ni informes salvo que marque «incluir datos de contacto».</source>
        <translation>Personal data: note the date on which, and the way in which, the person agreed to their details being kept. They are left out of exports, bundles and briefs unless you tick “include contact details”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consentimiento (fecha)</source>
        <translation>Consent (date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consentimiento (cómo)</source>
        <translation>Consent (how)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/dashboard_panel.py" line="+45"/>
        <source>Prácticas</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herramientas</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cobertura de buenas prácticas por país y eje</source>
        <translation>Coverage of good practices by country and axis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atrasados</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vencen en 30 días</source>
        <translation>Due in 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actividad reciente</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registros por estado</source>
        <translation>Records by status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cobertura de buenas prácticas: país × eje</source>
        <translation>Coverage of good practices: country × axis</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{held} de las {total} prácticas mapeadas por el programa</source>
        <translation>{held} of the {total} good practices mapped by the programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cuentan solo las prácticas cuya fuente cita ese mapeo, no las creadas aquí)</source>
        <translation>(only practices whose source cites that mapping count, not those created here)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 intercambio con atrasos</source>
        <translation>1 exchange with late items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} intercambios con atrasos</source>
        <translation>{count} exchanges with late items</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nada atrasado.</source>
        <translation>Nothing late.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nada vence en los próximos 30 días.</source>
        <translation>Nothing falls due in the next 30 days.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>y {count} más en Seguimiento</source>
        <translation>and {count} more in Follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Todavía no hay actividades registradas.</source>
        <translation>No activities logged yet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sintético</source>
        <translation>synthetic</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/__init__.py" line="+42"/>
        <source>Eliminar registro</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Eliminar {what}?</source>
        <translation>Delete {what}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podrá deshacerlo con Ctrl+Z.</source>
        <translation>You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Deshacer la última importación</source>
        <translation>Undo the last import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Crear un catálogo nuevo</source>
        <translation>Create a new catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No existe ningún catálogo en {path}.

¿Crear ahí un catálogo nuevo, con los registros de partida?</source>
        <translation>There is no catalogue at {path}.

Create a new catalogue there, with the starting records?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Abrir catálogo</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crear catálogo nuevo</source>
        <translation>Create a new catalogue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>¿Importar sus registros en un catálogo limpio nuevo ({path}) y abrirlo? El archivo recibido no se modifica.</source>
        <translation>Import its records into a new, clean catalogue ({path}) and open it? The file received is not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catálogo con objetos ajenos</source>
        <translation>Catalogue with foreign objects</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LAZOS Desktop</source>
        <translation>LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acerca de LAZOS Desktop</source>
        <translation>About LAZOS Desktop</translation>
    </message>
</context>
<context>
    <name>DocumentsSettingsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/documents_settings.py" line="+38"/>
        <source>Elegir logotipo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imágenes (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Adjuntos y logotipo del catálogo</source>
        <translation>Catalogue attachments and logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Elegir PNG o SVG…</source>
        <translation>Choose PNG or SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin logotipo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tamaño máximo por adjunto</source>
        <translation>Maximum size per attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logotipo de las portadas</source>
        <translation>Logo on the covers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se guardan dentro del catálogo: quien reciba una copia del archivo los tiene.</source>
        <translation>They are kept inside the catalogue: whoever receives a copy of the file has them.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} no es un SVG legible.</source>
        <translation>{name} is not a readable SVG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} no es una imagen PNG.</source>
        <translation>{name} is not a PNG image.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/export_dialog.py" line="+44"/>
        <source>Exportar a…</source>
        <translation>Export to…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exportar registros</source>
        <translation>Export records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel (.xlsx), una hoja por tipo</source>
        <translation>Excel (.xlsx), one sheet per type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv), un archivo por tipo</source>
        <translation>CSV (.csv), one file per type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON de catálogo (.json)</source>
        <translation>Catalogue JSON (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paquete LAZOS (.lazos), catálogo completo</source>
        <translation>LAZOS bundle (.lazos), whole catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HXL (.csv con etiquetas humanitarias)</source>
        <translation>HXL (.csv with humanitarian hashtags)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI 2.03 (.xml), intercambios como actividades</source>
        <translation>IATI 2.03 (.xml), exchanges as activities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Todos los tipos</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buenas prácticas</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caja de herramientas</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Los registros del filtro actual</source>
        <translation>The records of the current filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Los registros seleccionados ({count})</source>
        <translation>The selected records ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Todo el catálogo</source>
        <translation>The whole catalogue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Punto y coma (Excel en español)</source>
        <translation>Semicolon (Spanish-locale Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulador</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incluir datos de contacto</source>
        <translation>Include contact details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Los puntos focales son datos personales: sin esta casilla el archivo no los lleva y lo dice, y al importarlo en otro catálogo no borra los contactos de ese catálogo.</source>
        <translation>Focal points are personal data: unless this box is ticked the file leaves them out and says so, and importing it into another catalogue does not delete that catalogue&apos;s contacts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archivo de destino</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Formato:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registros:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separador CSV:</source>
        <translation>CSV separator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactos:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exportar</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La carpeta {folder} no existe.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../lazos_desktop/ui/failures.py" line="+28"/>
        <source>No se pudo usar el archivo {path}: {detail}</source>
        <translation>The file {path} could not be used: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocurrió un error inesperado: {detail}</source>
        <translation>An unexpected error occurred: {detail}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/filter_bar.py" line="+50"/>
        <source>Buscar (sin importar tildes)… Ctrl+F</source>
        <translation>Search (accents ignored)… Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buscar en el catálogo</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtrar por país</source>
        <translation>Filter by country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrar por eje</source>
        <translation>Filter by axis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrar por estado</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año desde</source>
        <translation>From year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año hasta</source>
        <translation>To year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solo registros con hitos pendientes o tareas abiertas cuya fecha ya pasó</source>
        <translation>Only records with pending milestones or open tasks whose date has passed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limpiar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eje</source>
        <translation>Axis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Años</source>
        <translation>Years</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Todos los países</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} de {total} {kind}</source>
        <translation>{shown} of {total} {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} por clasificar</source>
        <translation>{count} to classify</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Todos los ejes</source>
        <translation>All axes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Por clasificar</source>
        <translation>To classify</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borradores sin ejes o sin países</source>
        <translation>Drafts without axes or countries</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/guide_window.py" line="+42"/>
        <source>Guía de uso — LAZOS Desktop</source>
        <translation>User guide — LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guía de uso</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Idioma de la guía</source>
        <translation>Language of the guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Idioma de la guía:</source>
        <translation>&amp;Language of the guide:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No se encuentra la guía de uso en {path}.</source>
        <translation>The user guide is not found at {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/history_panel.py" line="+47"/>
        <source>Seleccione un registro para ver su historial.</source>
        <translation>Select a record to see its history.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Después</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llegó por importación</source>
        <translation>Arrived by import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revertir este cambio</source>
        <translation>Revert this change</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Historial de {code} — {title}</source>
        <translation>History of {code} — {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historial de {code} (registro eliminado)</source>
        <translation>History of {code} (deleted record)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hay historial para este registro.</source>
        <translation>There is no history for this record.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Creación</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modificación</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminación</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recuperación</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relación añadida</source>
        <translation>Link added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relación quitada</source>
        <translation>Link removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjunto añadido</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjunto quitado</source>
        <translation>Attachment removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjunto renombrado</source>
        <translation>Attachment renamed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>importado por {who} el {when} desde {files}</source>
        <translation>imported by {who} on {when} from {files}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registro completo ({code})</source>
        <translation>Whole record ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="-844"/>
        <source>Elegir un archivo para importar</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catálogos (*.csv *.xlsx *.json *.lazos);;Todos los archivos (*)</source>
        <translation>Catalogues (*.csv *.xlsx *.json *.lazos);;All files (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importar registros</source>
        <translation>Import records</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt; Atrás</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siguiente &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%v de %m filas</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filas leídas</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location line="+870"/>
        <source>Buenas prácticas</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caja de herramientas</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Institutions</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/link_picker.py" line="+32"/>
        <source>Relacionar {code} con…</source>
        <translation>Relate {code} to…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tipo de registro</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buscar el registro que relacionar</source>
        <translation>Search for the record to relate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buscar…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros encontrados</source>
        <translation>Records found</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relacionar</source>
        <translation>Relate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ya está relacionado</source>
        <translation>Already related</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{shown} de {total} registros</source>
        <translation>{shown} of {total} records</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_editing.py" line="+93"/>
        <source>{count} registros</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eliminación de {count} registros</source>
        <translation>deletion of {count} records</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>relación {a} ↔ {b}</source>
        <translation>link {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quitar relación {a} ↔ {b}</source>
        <translation>unlink {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>creación de {code}</source>
        <translation>creation of {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edición de {code}</source>
        <translation>edit of {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicado {code}</source>
        <translation>duplicate {code}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>eliminación de {code}</source>
        <translation>deletion of {code}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/case_editing.py" line="+20"/>
        <location filename="../../lazos_desktop/ui/record_editing.py" line="+39"/>
        <source>Guardado: {what}</source>
        <translation>Saved: {what}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/catalogue_files.py" line="+29"/>
        <source>No existe el archivo {path}.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/menu_commands.py" line="+122"/>
        <source>No hay ninguna importación que deshacer.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>¿Deshacer la importación del {when} ({files})?</source>
        <translation>Undo the import of {when} ({files})?</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/record_editing.py" line="-14"/>
        <source>Revertir {field} de {code}</source>
        <translation>Revert {field} of {code}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/window_frame.py" line="+77"/>
        <source>LAZOS Desktop — {name}</source>
        <translation>LAZOS Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/actions.py" line="+85"/>
        <source>Resumen</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Nuevo registro…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abrir catálogo…</source>
        <translation>&amp;Open catalogue…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generar informe…</source>
        <translation>&amp;Generate brief…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xportar…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deshacer la última &amp;importación…</source>
        <translation>Undo the last &amp;import…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Copias de seguridad…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Verificar catálogo…</source>
        <translation>&amp;Check the catalogue…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cr&amp;ear catálogo nuevo…</source>
        <translation>Create ne&amp;w catalogue…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Editar registro… (Intro)</source>
        <translation>&amp;Edit record… (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicar</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Relacionar con…</source>
        <translation>&amp;Relate to…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Co&amp;mpartir: carpeta del equipo e IATI…</source>
        <translation>&amp;Share: team folder and IATI…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E&amp;liminar…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrar &amp;actividad…</source>
        <translation>Log &amp;activity…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Añadir &amp;tarea…</source>
        <translation>Add &amp;task…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Atrás</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;delante</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adjuntos y &amp;logotipo…</source>
        <translation>Attachments and &amp;logo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guía de uso</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acerca de LAZOS Desktop</source>
        <translation>&amp;About LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Catálogos &amp;recientes</source>
        <translation>&amp;Recent catalogues</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Exportar ca&amp;lendario…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A&amp;tajos de teclado</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Herramientas</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/menu_commands.py" line="+96"/>
        <source>No se pudo hacer la copia de seguridad diaria: {detail}</source>
        <translation>The daily backup could not be made: {detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copia de seguridad diaria guardada en {path}</source>
        <translation>Daily backup saved to {path}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>{count} paquetes de colegas esperan en la carpeta del equipo (Archivo → Compartir).</source>
        <translation>{count} colleagues&apos; bundles are waiting in the team folder (File → Share).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Nuevo registro</source>
        <translation>New record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abrir el registro seleccionado</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deshacer / Rehacer</source>
        <translation>Undo / Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relacionar con otro registro</source>
        <translation>Relate to another record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambiar de vista</source>
        <translation>Switch view</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registro anterior / siguiente de los visitados</source>
        <translation>Previous / next visited record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cerrar un diálogo sin guardar</source>
        <translation>Close a dialog without saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guía de uso</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atajos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/operations.py" line="+258"/>
        <source>importación de {files}</source>
        <translation>import of {files}</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="+309"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../lazos_desktop/ui/navigation_bar.py" line="+39"/>
        <source>Resumen</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/window_frame.py" line="-35"/>
        <source>Abriendo el catálogo…</source>
        <translation>Opening the catalogue…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/overview_page.py" line="+115"/>
        <source>Tipo de registro del resumen</source>
        <translation>Record type in the overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Todos los tipos</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registros por eje de la ERISE</source>
        <translation>Records by ERISE axis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros por país</source>
        <translation>Records by country</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resumen del catálogo</source>
        <translation>Catalogue overview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mostrar:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Por eje de la ERISE</source>
        <translation>By ERISE axis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Por país (los {count} con más registros)</source>
        <translation>By country (the {count} with most records)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>De ellos, {count} son registros sintéticos de demostración.</source>
        <translation>Of these, {count} are synthetic demonstration records.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Por clasificar (borradores sin ejes o sin países): {count}; el filtro de estado «Por clasificar» los muestra.</source>
        <translation>To classify (drafts without axes or countries): {count}; the status filter “To classify” shows them.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="-28"/>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papel</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="-656"/>
        <source>Vista previa y columnas</source>
        <translation>Preview and columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compruebe que cada columna corresponde al campo correcto; cambie la correspondencia si hace falta. Las columnas sin campo se ignoran.</source>
        <translation>Check that each column goes to the right field; change the mapping if needed. Columns without a field are ignored.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primeras filas del archivo</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campo de cada columna</source>
        <translation>Field of each column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columna del archivo</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hoja o archivo:</source>
        <translation>Sheet or file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de registros:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Importar registros</source>
        <translation>Import records</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Archivo de catálogo con %n registros; sus campos se leen por nombre.</source>
        <translation>
            <numerusform>Catalogue file with %n record; its fields are read by name.</numerusform>
            <numerusform>Catalogue file with %n records; its fields are read by name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n filas de datos. Primeras filas tal como están en el archivo:</source>
        <translation>
            <numerusform>%n data row. First rows as they are in the file:</numerusform>
            <numerusform>%n data rows. First rows as they are in the file:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— ignorar —</source>
        <translation>— ignore —</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/record_editor.py" line="+202"/>
        <source>Nuevo registro: {kind}</source>
        <translation>New record: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editar {code} — {title}</source>
        <translation>Edit {code} — {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* obligatorio</source>
        <translation>* required</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Palabras separadas por comas</source>
        <translation>Words separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombres o códigos de país separados por comas, p. ej. Perú, CO</source>
        <translation>Country names or codes separated by commas, e.g. Peru, CO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre o código del país, p. ej. Colombia o CO</source>
        <translation>Country name or code, e.g. Colombia or CO</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>obligatorio</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-10</source>
        <translation>write the date as YYYY-MM-DD, e.g. 2025-03-10</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../../lazos_desktop/ui/kind_labels.py" line="+15"/>
        <source>Práctica</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambio</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herramienta</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prácticas</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caja de herramientas</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/pages/record_html.py" line="+50"/>
        <source>sintético</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Última modificación</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seleccione un registro para ver su ficha.</source>
        <translation>Select a record to see its details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros relacionados</source>
        <translation>Related records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ninguno todavía.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitar</source>
        <translation>remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relacionar con otro registro…</source>
        <translation>Relate to another record…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prácticas</source>
        <translation>practices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intercambios</source>
        <translation>exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>herramientas</source>
        <translation>tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instituciones</source>
        <translation>institutions</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Editar (Intro)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicar</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relacionar…</source>
        <translation>Relate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier con lo relacionado…</source>
        <translation>Meeting pack with related records…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminar (Supr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>consentimiento</source>
        <translation>consent</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/record_table_model.py" line="+78"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ejes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actualizado</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/records_page.py" line="+334"/>
        <source>Ficha del registro</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ficha</source>
        <translation>Record card</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Ningún registro coincide con la búsqueda y los filtros.</source>
        <translation>No record matches the search and filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limpiar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Todavía no hay registros de este tipo en el catálogo.</source>
        <translation>There are no records of this type in the catalogue yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Crear uno nuevo (Ctrl+N)</source>
        <translation>Create one (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Se limpiaron la búsqueda y los filtros de esta vista: «{code}» no coincidía con ellos.</source>
        <translation>The search and filters of this view were cleared: “{code}” did not match them.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+18"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Registros</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="+38"/>
        <source>Comprobación</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cada fila se comprobó sin escribir nada. Haga clic en una línea para ver la fila del archivo o, en un conflicto, las dos versiones lado a lado.</source>
        <translation>Every row was checked without writing anything. Click a line to see the row of the file or, for a conflict, the two versions side by side.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valores del archivo y su correspondencia en el catálogo</source>
        <translation>Values of the file and what they match in the catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aplicar y volver a comprobar</source>
        <translation>Apply and check again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problemas y decisiones por fila</source>
        <translation>Problems and decisions by row</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Columna</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Problema o decisión</source>
        <translation>Problem or decision</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Detalle de la línea elegida</source>
        <translation>Details of the chosen line</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importar solo las filas válidas y omitir las rechazadas</source>
        <translation>Import only the valid rows and skip the refused ones</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nuevos: {created} · actualizados: {updated} · sin cambios: {unchanged} · conflictos: {conflicts} · posibles duplicados: {duplicates} · filas rechazadas: {refused}</source>
        <translation>New: {created} · updated: {updated} · unchanged: {unchanged} · conflicts: {conflicts} · possible duplicates: {duplicates} · refused rows: {refused}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Haga clic en una línea para ver la fila del archivo.</source>
        <translation>Click a line to see the row of the file.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Importar registros</source>
        <translation>Import records</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Todos los valores corresponden al catálogo.</source>
        <translation>Every value matches the catalogue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valores por decidir: {question} · instituciones nuevas: {new} · asignados sin preguntar: {mapped} · para después: {later}.</source>
        <translation>Values to decide: {question} · new institutions: {new} · assigned without asking: {mapped} · left for later: {later}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nuevas: {names}.</source>
        <translation>New: {names}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Conflicto: {code}</source>
        <translation>Conflict: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cambiado en ambos lados: omitir</source>
        <translation>Changed on both sides: skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usar la versión del archivo</source>
        <translation>Use the version in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservar la versión del catálogo</source>
        <translation>Keep the version in the catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parece {code}</source>
        <translation>Looks like {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posible duplicado: no importar</source>
        <translation>Possible duplicate: do not import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importar como registro nuevo</source>
        <translation>Import as a new record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fusionar con {code}</source>
        <translation>Merge with {code}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fila {row} de {file}</source>
        <translation>Row {row} of {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Doble clic para corregir esta celda</source>
        <translation>Double-click to correct this cell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En el catálogo</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En el archivo</source>
        <translation>In the file</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="-121"/>
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/settings_dialog.py" line="+60"/>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Nombre del oficial</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Se registra como autor de cada cambio</source>
        <translation>Recorded as the author of every change</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Tamaño de papel</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carta (Letter)</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archivo del catálogo</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abrir otro…</source>
        <translation>Open another…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crear uno nuevo…</source>
        <translation>Create a new one…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catálogos recientes</source>
        <translation>Recent catalogues</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>En uso:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recientes (Intro para elegir):</source>
        <translation>Recent (Enter to choose):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Se creará al aceptar: {path}</source>
        <translation>Will be created on OK: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se abrirá al aceptar: {path}</source>
        <translation>Will be opened on OK: {path}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="+116"/>
        <source>Importación terminada</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los registros ya están en el catálogo.</source>
        <translation>The records are now in the catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deshacer esta importación</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nuevos: {created} · actualizados: {updated} · sin cambios: {unchanged} · conflictos: {conflicts} · posibles duplicados: {duplicates} · filas rechazadas: {refused}</source>
        <translation>New: {created} · updated: {updated} · unchanged: {unchanged} · conflicts: {conflicts} · possible duplicates: {duplicates} · refused rows: {refused}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>De ellos, %n instituciones nuevas: {names}.</source>
        <translation>
            <numerusform>Of these, %n new institution: {names}.</numerusform>
            <numerusform>Of these, %n new institutions: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copia de seguridad previa: {path}</source>
        <translation>Backup taken before the import: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Importación deshecha: %n registros retirados.</source>
        <translation>
            <numerusform>Import undone: %n record removed.</numerusform>
            <numerusform>Import undone: %n records removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/task_dialog.py" line="+33"/>
        <source>Añadir tarea de seguimiento</source>
        <translation>Add a follow-up task</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nombre de la persona</source>
        <translation>Name of the person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Tarea</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsable</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institución</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vence</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origen</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Escriba qué hay que hacer</source>
        <translation>Write what needs to be done</translation>
    </message>
</context>
<context>
    <name>TasksEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="+195"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarea</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/team_dialog.py" line="+47"/>
        <location line="+24"/>
        <location line="+13"/>
        <source>Carpeta del equipo</source>
        <translation>Team folder</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Compartir: carpeta del equipo e IATI</source>
        <translation>Share: team folder and IATI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Una carpeta de OneDrive, Nextcloud, Syncthing…</source>
        <translation>A OneDrive, Nextcloud, Syncthing… folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campos</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conservar</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aplicar estas decisiones</source>
        <translation>Apply these decisions</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Cambiado aquí y por un colega a la vez</source>
        <translation>Changed here and by a colleague at the same time</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Las dos versiones, lado a lado</source>
        <translation>The two versions, side by side</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(sin indicar)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quién informa y con qué licencia</source>
        <translation>Who reports, and under which licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identificador IATI de la organización</source>
        <translation>Organisation&apos;s IATI identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de organización (IATI)</source>
        <translation>Organisation type (IATI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de la organización</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licencia del catálogo publicado</source>
        <translation>Licence of the published catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dirección de la licencia</source>
        <translation>Licence URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Guardado.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fusionados {merged} paquetes de colegas; escritos {written} cambios propios.</source>
        <translation>Merged {merged} colleagues&apos; bundles; wrote {written} changes of your own.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>La del colega</source>
        <translation>The colleague&apos;s</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>La mía</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Elija qué versión conservar de cada registro y pulse «Aplicar».</source>
        <translation>Choose which version of each record to keep and press “Apply these decisions”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sin carpeta del equipo.</source>
        <translation>No team folder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paquetes de colegas sin fusionar: {pending}. Incompletos por ahora: {incomplete}. Cambios propios por escribir: {own}.</source>
        <translation>Colleagues&apos; bundles not merged yet: {pending}. Incomplete for now: {incomplete}. Own changes to write: {own}.</translation>
    </message>
</context>
<context>
    <name>ValueLinesTable</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_values.py" line="+82"/>
        <source>Valor en el archivo</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columna</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qué hacer</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valor del catálogo</source>
        <translation>Catalogue value</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sin correspondencia segura: elija qué hacer.</source>
        <translation>No sure match: choose what to do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institución nueva: se creará con la importación.</source>
        <translation>New institution: it will be created with the import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asignado sin preguntar: puede cambiarlo.</source>
        <translation>Assigned without asking: you can change it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asignado según su decisión: puede cambiarlo.</source>
        <translation>Assigned as you decided: you can change it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se importa sin este valor, para clasificar después.</source>
        <translation>Imported without this value, to classify later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asignar a…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crear institución nueva</source>
        <translation>Create a new institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dejar para después</source>
        <translation>Leave for later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omitir las filas</source>
        <translation>Skip the rows</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Se creará como institución nueva</source>
        <translation>Will be created as a new institution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin valor por ahora</source>
        <translation>No value for now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¿{names}? Escriba para buscar…</source>
        <translation>{names}? Type to search…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escriba para buscar…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/welcome_dialog.py" line="+177"/>
        <location line="+84"/>
        <source>Escriba su nombre para empezar.</source>
        <translation>Type your name to start.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Bienvenida — LAZOS Desktop</source>
        <translation>Welcome — LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le damos la bienvenida a LAZOS Desktop</source>
        <translation>Welcome to LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LAZOS Desktop guarda en esta computadora, sin necesidad de internet, el catálogo regional de buenas prácticas, intercambios entre instituciones y herramientas para gobiernos locales. Antes de empezar, díganos quién es.</source>
        <translation>LAZOS Desktop keeps on this computer, with no internet needed, the regional catalogue of good practices, exchanges between institutions and tools for local governments. Before you start, tell us who you are.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quién trabaja</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de la persona oficial</source>
        <translation>Name of the officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre y apellido</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queda registrado como autor de cada cambio que haga en el catálogo.</source>
        <translation>It is recorded as the author of every change you make to the catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idioma del programa</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El catálogo</source>
        <translation>The catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El catálogo se guarda en este archivo:</source>
        <translation>The catalogue is kept in this file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo del catálogo</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empezar con el catálogo &amp;regional con fuentes</source>
        <translation>Start from the sourced &amp;regional catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{practices} buenas prácticas, {exchanges} intercambios, {toolbox} herramientas y {institutions} instituciones, cada registro con su fuente publicada.</source>
        <translation>{practices} good practices, {exchanges} exchanges, {toolbox} tools and {institutions} institutions, each record with its published source.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Empezar con un catálogo &amp;vacío</source>
        <translation>Start from an &amp;empty catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin registros; solo las listas de ejes, estados y tipos de institución.</source>
        <translation>No records; only the lists of axes, statuses and institution types.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ese archivo ya existe: se abrirá tal como está, sin cambiar nada.</source>
        <translation>That file exists already: it will be opened as it is, with nothing changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Podrá importar registros de otros colegas (Archivo → Importar) y elegir otro archivo más tarde (Herramientas → Preferencias).</source>
        <translation>You can import records from colleagues (File → Import) and choose another file later (Tools → Preferences).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Empezar</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empezar a usar LAZOS Desktop</source>
        <translation>Start using LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salir sin guardar nada</source>
        <translation>Quit without saving anything</translation>
    </message>
</context>
</TS>
