<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/about_dialog.py" line="+23"/>
        <location line="+3"/>
        <source>Acerca de LAZOS Desktop</source>
        <translation>Sobre o LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Catálogo sin conexión de cooperación Sur-Sur y triangular para la integración laboral de personas refugiadas y migrantes en América Latina y el Caribe.</source>
        <translation>Catálogo offline de cooperação Sul-Sul e triangular para a integração laboral de pessoas refugiadas e migrantes na América Latina e no Caribe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licencia del programa: MIT. Catálogo en uso: {path}</source>
        <translation>Licença do programa: MIT. Catálogo em uso: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>El programa funciona sin conexión: no se conecta a internet en ningún momento.</source>
        <translation>O programa funciona sem conexão: nunca se conecta à internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tipografías incluidas en los informes PDF</source>
        <translation>Fontes incluídas nos relatórios PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texto completo de la licencia: {path}</source>
        <translation>Texto completo da licença: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bibliotecas</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt y PySide6 se usan bajo la licencia LGPL-3.0: pueden sustituirse por otra versión reemplazando sus bibliotecas en la carpeta del programa.</source>
        <translation>Qt e PySide6 são usados sob a licença LGPL-3.0: podem ser substituídos por outra versão trocando suas bibliotecas na pasta do programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nombre</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versión</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licencia</source>
        <translation>Licença</translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/activity_dialog.py" line="+157"/>
        <source>Registrar…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editar…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitar</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location line="-110"/>
        <source>Registrar actividad</source>
        <translation>Registrar atividade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editar actividad</source>
        <translation>Editar atividade</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nombres separados por punto y coma</source>
        <translation>Nomes separados por ponto e vírgula</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fecha</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lugar</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instituciones</source>
        <translation>&amp;Instituições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participantes</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resumen</source>
        <translation>&amp;Resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisiones</source>
        <translation>D&amp;ecisões</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardar</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/agenda_page.py" line="+42"/>
        <source>Atrasados</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En los próximos 30 días</source>
        <translation>Nos próximos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De 31 a {days} días</source>
        <translation>De 31 a {days} dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abiertos sin fecha</source>
        <translation>Abertos sem data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hito</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarea</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actividad</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+38"/>
        <source>Seguimiento</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Filtrar por país</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrar por eje</source>
        <translation>Filtrar por eixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Todos los ejes</source>
        <translation>Todos os eixos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responsable (persona o institución)</source>
        <translation>Responsável (pessoa ou instituição)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrar por responsable</source>
        <translation>Filtrar por responsável</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marcar hecho (Ctrl+Intro)</source>
        <translation>Marcar como feito (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exportar calendario…</source>
        <translation>Exportar calendário…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qué</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Responsable</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eje</source>
        <translation>Eixo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Todos los países</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nada pendiente con estos filtros.</source>
        <translation>Nada pendente com estes filtros.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Próxima</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atrasados: {late} · En 30 días: {soon} · Sin fecha: {undated}</source>
        <translation>Atrasados: {late} · Em 30 dias: {soon} · Sem data: {undated}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/attachments_panel.py" line="+43"/>
        <source>Adjuntar documentos</source>
        <translation>Anexar documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documentos ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guardar una copia</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renombrar adjunto</source>
        <translation>Renomear anexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Documentos adjuntos</source>
        <translation>Documentos anexos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adjuntar…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abrir</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardar copia…</source>
        <translation>Salvar cópia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renombrar…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitar</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrastre archivos sobre la ficha para adjuntarlos.</source>
        <translation>Arraste arquivos sobre a ficha para anexá-los.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documentos adjuntos ({count})</source>
        <translation>Documentos anexos ({count})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adjuntar {count} documentos</source>
        <translation>Anexar {count} documentos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copia guardada en {path}</source>
        <translation>Cópia salva em {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Quitar «{name}»</source>
        <translation>Remover «{name}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjunto quitado; Edición ▸ Deshacer lo devuelve.</source>
        <translation>Anexo removido; Editar ▸ Desfazer o traz de volta.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/backups_dialog.py" line="+65"/>
        <location line="+15"/>
        <source>Copias de seguridad</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Se guardan automáticamente las copias de los últimos {days} días y una antes de cada actualización, importación y restauración. Cada copia se verifica al escribirla. Carpeta: {folder}</source>
        <translation>As cópias dos últimos {days} dias são guardadas automaticamente, além de uma antes de cada atualização, importação e restauração. Cada cópia é verificada ao ser gravada. Pasta: {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prácticas</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herramientas</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Instituições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamaño</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Todavía no hay copias de seguridad de este catálogo.</source>
        <translation>Ainda não há cópias de segurança deste catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hacer una copia ahora</source>
        <translation>Fazer uma cópia agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurar la copia seleccionada…</source>
        <translation>Restaurar a cópia selecionada…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Verificable</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ilegible: {problem}</source>
        <translation>Ilegível: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No se hizo la copia</source>
        <translation>A cópia não foi feita</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>¿Restaurar la copia del {date} ({reason})? El catálogo actual se reemplazará por esta copia ({total} registros). Antes se guardará una copia del estado actual, para poder volver atrás.</source>
        <translation>Restaurar a cópia de {date} ({reason})? O catálogo atual será substituído por esta cópia ({total} registros). Antes será guardada uma cópia do estado atual, para poder voltar atrás.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restaurar copia de seguridad</source>
        <translation>Restaurar cópia de segurança</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No se restauró la copia</source>
        <translation>A cópia não foi restaurada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Diaria</source>
        <translation>Diária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes de actualizar</source>
        <translation>Antes de atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes de importar</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes de restaurar</source>
        <translation>Antes de restaurar</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/brief_dialog.py" line="+113"/>
        <source>Generar informe</source>
        <translation>Gerar relatório</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ficha de registro</source>
        <translation>Ficha de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ficha de país</source>
        <translation>Ficha de país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ficha temática (un eje)</source>
        <translation>Ficha temática (um eixo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier de reunión</source>
        <translation>Dossiê de reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catálogo</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registros seleccionados ({count})</source>
        <translation>Registros selecionados ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtro actual</source>
        <translation>Filtro atual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Todo el catálogo</source>
        <translation>Todo o catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un país</source>
        <translation>Um país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un eje</source>
        <translation>Um eixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seleccionados y todo lo relacionado ({count})</source>
        <translation>Selecionados e todos os relacionados ({count})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carta (Letter)</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Por defecto, el de la plantilla</source>
        <translation>Por padrão, o título do modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre de la reunión (portada del dossier)</source>
        <translation>Nome da reunião (capa do dossiê)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Una persona o institución por línea</source>
        <translation>Uma pessoa ou instituição por linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un punto del orden del día por línea</source>
        <translation>Um item da pauta por linha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incluir datos de contacto</source>
        <translation>Incluir dados de contato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Los puntos focales son datos personales: solo se imprimen si lo marca.</source>
        <translation>Os pontos focais são dados pessoais: só são impressos se você marcar esta opção.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plantilla</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alcance</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eje</source>
        <translation>Eixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reunión</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha de la reunión</source>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lugar</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participantes</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orden del día</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactos</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vista previa</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vista previa (Ctrl+Intro)</source>
        <translation>Visualizar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardar como…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardar el PDF (Ctrl+S), con o sin vista previa</source>
        <translation>Salvar o PDF (Ctrl+S), com ou sem visualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardar como &amp;Word…</source>
        <translation>Salvar como &amp;Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abrir en el visor del sistema</source>
        <translation>&amp;Abrir no visualizador do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vista previa del informe</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◀ Anterior</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siguiente ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Generando el informe…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Informe listo: {pages} páginas.</source>
        <translation>Relatório pronto: {pages} páginas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No se pudo generar el informe: {detail}</source>
        <translation>Não foi possível gerar o relatório: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Página {page} de {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No se pudo guardar {path}: {detail}</source>
        <translation>Não foi possível salvar {path}: {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Guardado en {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardar como Word</source>
        <translation>Salvar como Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documentos Word (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guardar informe</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documentos PDF (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ficha-registro</source>
        <translation>ficha-registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ficha-pais</source>
        <translation>ficha-pais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ficha-tematica</source>
        <translation>ficha-tematica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier-reunion</source>
        <translation>dossie-reuniao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogo</source>
        <translation>catalogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seleccione uno o más registros en la tabla antes de generar esta ficha.</source>
        <translation>Selecione um ou mais registros na tabela antes de gerar esta ficha.</translation>
    </message>
</context>
<context>
    <name>CaseEditing</name>
    <message>
        <location filename="../../lazos_desktop/ui/case_editing.py" line="+37"/>
        <source>Exportar calendario</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendario (*.ics)</source>
        <translation>Calendário (*.ics)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>actividad en {code}</source>
        <translation>atividade em {code}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tarea en {code}</source>
        <translation>tarefa em {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>marcado como hecho en {code}</source>
        <translation>marcado como feito em {code}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calendario con {count} entradas en {path}</source>
        <translation>Calendário com {count} entradas salvo em {path}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/due_notice.py" line="+54"/>
        <source>1 hito atrasado</source>
        <translation>1 marco atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hitos atrasados</source>
        <translation>{n} marcos atrasados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 tarea atrasada</source>
        <translation>1 tarefa atrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} tareas atrasadas</source>
        <translation>{n} tarefas atrasadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 tarea vence esta semana</source>
        <translation>1 tarefa vence esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} tareas vencen esta semana</source>
        <translation>{n} tarefas vencem esta semana</translation>
    </message>
</context>
<context>
    <name>CaseHtml</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/case_html.py" line="+52"/>
        <source>marcar hecho</source>
        <translation>marcar como feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrar actividad…</source>
        <translation>Registrar atividade…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Añadir tarea…</source>
        <translation>Adicionar tarefa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin actividades registradas.</source>
        <translation>Nenhuma atividade registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin tareas de seguimiento.</source>
        <translation>Nenhuma tarefa de acompanhamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participantes</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisiones</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sin fecha</source>
        <translation>sem data</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/check_dialog.py" line="+37"/>
        <location line="+7"/>
        <source>Verificar catálogo</source>
        <translation>Verificar catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verificación</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verificar de nuevo</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconstruir índices</source>
        <translation>Reconstruir índices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehace el índice de búsqueda y los filtros a partir de los registros.</source>
        <translation>Refaz o índice de busca e os filtros a partir dos registros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Correcto</source>
        <translation>Correto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Con problemas</source>
        <translation>Com problemas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detalle: {detail}</source>
        <translation>Detalhe: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qué protege: {detail}</source>
        <translation>O que protege: {detail}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copia de seguridad de hoy</source>
        <translation>Cópia de segurança de hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No se pudo hacer</source>
        <translation>Não foi possível fazer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encontrado</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>El catálogo está en buen estado: se superaron las {count} verificaciones.</source>
        <translation>O catálogo está em bom estado: as {count} verificações foram aprovadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se encontraron problemas en {failed} de {count} verificaciones.</source>
        <translation>Foram encontrados problemas em {failed} de {count} verificações.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>El archivo está dañado. Restaure la copia de seguridad más reciente en buen estado desde Archivo → Copias de seguridad; antes se guardará una copia del archivo actual.</source>
        <translation>O arquivo está danificado. Restaure a cópia de segurança em bom estado mais recente em Arquivo → Cópias de segurança; antes será guardada uma cópia do arquivo atual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Los registros están bien, pero sus índices de búsqueda o de filtros no coinciden con ellos. Pulse «Reconstruir índices» para rehacerlos a partir de los registros.</source>
        <translation>Os registros estão bem, mas os índices de busca ou de filtros não correspondem a eles. Clique em «Reconstruir índices» para refazê-los a partir dos registros.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Integridad del archivo</source>
        <translation>Integridade do arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite lee cada página del archivo sin encontrar daños.</source>
        <translation>O SQLite lê cada página do arquivo sem encontrar danos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referencias entre tablas</source>
        <translation>Referências entre tabelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada relación y cada adjunto apuntan a un registro que existe.</source>
        <translation>Cada relação e cada anexo apontam para um registro que existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versión del catálogo</source>
        <translation>Versão do catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El archivo es un catálogo de LAZOS de la versión que este programa usa.</source>
        <translation>O arquivo é um catálogo do LAZOS da versão que este programa usa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tablas e índices</source>
        <translation>Tabelas e índices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Están todas las tablas e índices que el catálogo necesita.</source>
        <translation>Estão presentes todas as tabelas e índices de que o catálogo precisa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Índice de búsqueda</source>
        <translation>Índice de busca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El índice de texto completo está íntegro.</source>
        <translation>O índice de texto completo está íntegro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros en el índice de búsqueda</source>
        <translation>Registros no índice de busca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada registro se encuentra al buscarlo, y nada más que los registros.</source>
        <translation>Cada registro é encontrado ao buscá-lo, e nada além dos registros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros legibles y válidos</source>
        <translation>Registros legíveis e válidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cada registro se lee completo y sus ejes, países y vocabularios son conocidos.</source>
        <translation>Cada registro é lido por completo e seus eixos, países e vocabulários são conhecidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tablas de ejes y países</source>
        <translation>Tabelas de eixos e países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los filtros por eje y por país dan exactamente los registros que deben.</source>
        <translation>Os filtros por eixo e por país retornam exatamente os registros devidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ejes y países conocidos</source>
        <translation>Eixos e países conhecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los filtros solo usan ejes del vocabulario y códigos de país ISO.</source>
        <translation>Os filtros usam apenas eixos do vocabulário e códigos de país ISO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Historial de cambios</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada cambio guardado puede mostrarse y revertirse.</source>
        <translation>Cada alteração salva pode ser exibida e revertida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentos adjuntos</source>
        <translation>Documentos anexos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cada adjunto conserva su tamaño y su huella (SHA-256).</source>
        <translation>Cada anexo conserva seu tamanho e sua impressão digital (SHA-256).</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="+345"/>
        <source>Elegir el archivo</source>
        <translation>Escolher o arquivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV o XLSX de cualquier hoja de cálculo, JSON de catálogo o paquete .lazos. También puede arrastrar el archivo hasta esta ventana.</source>
        <translation>CSV ou XLSX de qualquer planilha, JSON de catálogo ou pacote .lazos. Você também pode arrastar o arquivo até esta janela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Ruta del archivo</source>
        <translation>Caminho do arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examinar…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detectar por el nombre de la hoja o las columnas</source>
        <translation>Detectar pelo nome da aba ou pelas colunas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archivo:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de registros:</source>
        <translation>Tipo de registros:</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location line="+517"/>
        <source>Confirmar</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasta aquí no se ha escrito nada en el catálogo.</source>
        <translation>Até aqui nada foi gravado no catálogo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importar</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registros nuevos: {created}
Registros actualizados: {updated}
Sin cambios: {unchanged}
Filas que no se importarán (rechazadas, conflictos omitidos o duplicados): {skipped}

Antes de escribir se hará una copia de seguridad del catálogo; la importación se podrá deshacer desde la pantalla siguiente.</source>
        <translation>Registros novos: {created}
Registros atualizados: {updated}
Sem alterações: {unchanged}
Linhas que não serão importadas (recusadas, conflitos omitidos ou duplicados): {skipped}

Antes de gravar, será feita uma cópia de segurança do catálogo; a importação poderá ser desfeita na tela seguinte.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n instituciones nuevas: {names}.</source>
        <translation>
            <numerusform>%n instituição nova: {names}.</numerusform>
            <numerusform>%n instituições novas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Valores asignados sin preguntar: %n.</source>
        <translation>
            <numerusform>Valor atribuído sem perguntar: %n.</numerusform>
            <numerusform>Valores atribuídos sem perguntar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Registros por clasificar (sin ejes o sin países): %n.</source>
        <translation>
            <numerusform>Registro a classificar (sem eixos ou sem países): %n.</numerusform>
            <numerusform>Registros a classificar (sem eixos ou sem países): %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/contacts_editor.py" line="+37"/>
        <source>Puntos focales</source>
        <translation>Pontos focais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datos personales: anote la fecha y la forma en que la persona aceptó que se guarden. No salen en exportaciones, paquetes ni informes salvo que marque «incluir datos de contacto».</source>
        <translation>Dados pessoais: anote a data e a forma em que a pessoa aceitou que eles sejam guardados. Não saem em exportações, pacotes nem relatórios, a menos que você marque «incluir dados de contato».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nombre</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organización</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teléfono</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consentimiento (fecha)</source>
        <translation>Consentimento (data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consentimiento (cómo)</source>
        <translation>Consentimento (como)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/dashboard_panel.py" line="+45"/>
        <source>Prácticas</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herramientas</source>
        <translation>Caixa de ferramentas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cobertura de buenas prácticas por país y eje</source>
        <translation>Cobertura de boas práticas por país e eixo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atrasados</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vencen en 30 días</source>
        <translation>Vencem em 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actividad reciente</source>
        <translation>Atividade recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registros por estado</source>
        <translation>Registros por situação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cobertura de buenas prácticas: país × eje</source>
        <translation>Cobertura de boas práticas: país × eixo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{held} de las {total} prácticas mapeadas por el programa</source>
        <translation>{held} das {total} boas práticas mapeadas pelo programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cuentan solo las prácticas cuya fuente cita ese mapeo, no las creadas aquí)</source>
        <translation>(contam apenas as práticas cuja fonte cita esse mapeamento, não as criadas aqui)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 intercambio con atrasos</source>
        <translation>1 intercâmbio com atrasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} intercambios con atrasos</source>
        <translation>{count} intercâmbios com atrasos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nada atrasado.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nada vence en los próximos 30 días.</source>
        <translation>Nada vence nos próximos 30 dias.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>y {count} más en Seguimiento</source>
        <translation>e mais {count} em Acompanhamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Todavía no hay actividades registradas.</source>
        <translation>Ainda não há atividades registradas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sintético</source>
        <translation>sintético</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/__init__.py" line="+42"/>
        <source>Eliminar registro</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Eliminar {what}?</source>
        <translation>Excluir {what}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podrá deshacerlo con Ctrl+Z.</source>
        <translation>Você poderá desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminar</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Deshacer la última importación</source>
        <translation>Desfazer a última importação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Crear un catálogo nuevo</source>
        <translation>Criar um catálogo novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No existe ningún catálogo en {path}.

¿Crear ahí un catálogo nuevo, con los registros de partida?</source>
        <translation>Não existe nenhum catálogo em {path}.

Criar ali um catálogo novo, com os registros iniciais?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Abrir catálogo</source>
        <translation>Abrir catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crear catálogo nuevo</source>
        <translation>Criar catálogo novo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>¿Importar sus registros en un catálogo limpio nuevo ({path}) y abrirlo? El archivo recibido no se modifica.</source>
        <translation>Importar seus registros para um catálogo novo e limpo ({path}) e abri-lo? O arquivo recebido não é modificado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catálogo con objetos ajenos</source>
        <translation>Catálogo com objetos alheios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LAZOS Desktop</source>
        <translation>LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acerca de LAZOS Desktop</source>
        <translation>Sobre o LAZOS Desktop</translation>
    </message>
</context>
<context>
    <name>DocumentsSettingsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/documents_settings.py" line="+38"/>
        <source>Elegir logotipo</source>
        <translation>Escolher logotipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imágenes (*.png *.svg)</source>
        <translation>Imagens (*.png *.svg)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Adjuntos y logotipo del catálogo</source>
        <translation>Anexos e logotipo do catálogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Elegir PNG o SVG…</source>
        <translation>Escolher PNG ou SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin logotipo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tamaño máximo por adjunto</source>
        <translation>Tamanho máximo por anexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logotipo de las portadas</source>
        <translation>Logotipo das capas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se guardan dentro del catálogo: quien reciba una copia del archivo los tiene.</source>
        <translation>São guardados dentro do catálogo: quem receber uma cópia do arquivo os terá.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} no es un SVG legible.</source>
        <translation>{name} não é um SVG legível.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} no es una imagen PNG.</source>
        <translation>{name} não é uma imagem PNG.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(ninguno)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/export_dialog.py" line="+44"/>
        <source>Exportar a…</source>
        <translation>Exportar para…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exportar registros</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel (.xlsx), una hoja por tipo</source>
        <translation>Excel (.xlsx), uma aba por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv), un archivo por tipo</source>
        <translation>CSV (.csv), um arquivo por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON de catálogo (.json)</source>
        <translation>JSON de catálogo (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paquete LAZOS (.lazos), catálogo completo</source>
        <translation>Pacote LAZOS (.lazos), catálogo completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HXL (.csv con etiquetas humanitarias)</source>
        <translation>HXL (.csv com etiquetas humanitárias)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI 2.03 (.xml), intercambios como actividades</source>
        <translation>IATI 2.03 (.xml), intercâmbios como atividades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Todos los tipos</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buenas prácticas</source>
        <translation>Boas práticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caja de herramientas</source>
        <translation>Caixa de ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Instituições</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Los registros del filtro actual</source>
        <translation>Os registros do filtro atual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Los registros seleccionados ({count})</source>
        <translation>Os registros selecionados ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Todo el catálogo</source>
        <translation>Todo o catálogo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Punto y coma (Excel en español)</source>
        <translation>Ponto e vírgula (Excel em espanhol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coma</source>
        <translation>Vírgula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabulador</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incluir datos de contacto</source>
        <translation>Incluir dados de contato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Los puntos focales son datos personales: sin esta casilla el archivo no los lleva y lo dice, y al importarlo en otro catálogo no borra los contactos de ese catálogo.</source>
        <translation>Os pontos focais são dados pessoais: sem esta opção marcada, o arquivo não os inclui e informa isso, e ao importá-lo em outro catálogo não apaga os contatos desse catálogo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archivo de destino</source>
        <translation>Arquivo de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elegir…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Formato:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registros:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separador CSV:</source>
        <translation>Separador CSV:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactos:</source>
        <translation>Contatos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exportar</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La carpeta {folder} no existe.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../lazos_desktop/ui/failures.py" line="+28"/>
        <source>No se pudo usar el archivo {path}: {detail}</source>
        <translation>Não foi possível usar o arquivo {path}: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocurrió un error inesperado: {detail}</source>
        <translation>Ocorreu um erro inesperado: {detail}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/filter_bar.py" line="+50"/>
        <source>Buscar (sin importar tildes)… Ctrl+F</source>
        <translation>Buscar (acentos ignorados)… Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buscar en el catálogo</source>
        <translation>Buscar no catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtrar por país</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrar por eje</source>
        <translation>Filtrar por eixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrar por estado</source>
        <translation>Filtrar por situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año desde</source>
        <translation>Ano inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año hasta</source>
        <translation>Ano final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solo registros con hitos pendientes o tareas abiertas cuya fecha ya pasó</source>
        <translation>Apenas registros com marcos pendentes ou tarefas abertas cuja data já passou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limpiar filtros</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eje</source>
        <translation>Eixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Años</source>
        <translation>Anos</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Todos los países</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} de {total} {kind}</source>
        <translation>{shown} de {total} {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} por clasificar</source>
        <translation>{count} a classificar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Todos los ejes</source>
        <translation>Todos os eixos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Todos los estados</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Por clasificar</source>
        <translation>A classificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borradores sin ejes o sin países</source>
        <translation>Rascunhos sem eixos ou países</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/guide_window.py" line="+42"/>
        <source>Guía de uso — LAZOS Desktop</source>
        <translation>Guia de uso — LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guía de uso</source>
        <translation>Guia de uso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Idioma de la guía</source>
        <translation>Idioma do guia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Idioma de la guía:</source>
        <translation>&amp;Idioma do guia:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No se encuentra la guía de uso en {path}.</source>
        <translation>O guia de uso não foi encontrado em {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/history_panel.py" line="+47"/>
        <source>Seleccione un registro para ver su historial.</source>
        <translation>Selecione um registro para ver seu histórico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quién</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambio</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antes</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Después</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llegó por importación</source>
        <translation>Chegou por importação</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revertir este cambio</source>
        <translation>Reverter esta alteração</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Historial de {code} — {title}</source>
        <translation>Histórico de {code} — {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historial de {code} (registro eliminado)</source>
        <translation>Histórico de {code} (registro excluído)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hay historial para este registro.</source>
        <translation>Não há histórico para este registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>(sin nombre)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Creación</source>
        <translation>Criação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modificación</source>
        <translation>Modificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminación</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recuperación</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relación añadida</source>
        <translation>Relação adicionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relación quitada</source>
        <translation>Relação removida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjunto añadido</source>
        <translation>Anexo adicionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjunto quitado</source>
        <translation>Anexo removido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjunto renombrado</source>
        <translation>Anexo renomeado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>importado por {who} el {when} desde {files}</source>
        <translation>importado por {who} em {when} de {files}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registro completo ({code})</source>
        <translation>Registro completo ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sí</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="-844"/>
        <source>Elegir un archivo para importar</source>
        <translation>Escolher um arquivo para importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catálogos (*.csv *.xlsx *.json *.lazos);;Todos los archivos (*)</source>
        <translation>Catálogos (*.csv *.xlsx *.json *.lazos);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importar registros</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt; Atrás</source>
        <translation>&lt; Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siguiente &gt;</source>
        <translation>Avançar &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%v de %m filas</source>
        <translation>%v de %m linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filas leídas</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <location line="+870"/>
        <source>Buenas prácticas</source>
        <translation>Boas práticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caja de herramientas</source>
        <translation>Caixa de ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Instituições</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/link_picker.py" line="+32"/>
        <source>Relacionar {code} con…</source>
        <translation>Relacionar {code} com…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tipo de registro</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buscar el registro que relacionar</source>
        <translation>Buscar o registro a relacionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buscar…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros encontrados</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relacionar</source>
        <translation>Relacionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tipo:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ya está relacionado</source>
        <translation>Já está relacionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{shown} de {total} registros</source>
        <translation>{shown} de {total} registros</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_editing.py" line="+93"/>
        <source>{count} registros</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eliminación de {count} registros</source>
        <translation>exclusão de {count} registros</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>relación {a} ↔ {b}</source>
        <translation>relação {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quitar relación {a} ↔ {b}</source>
        <translation>remoção da relação {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>creación de {code}</source>
        <translation>criação de {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edición de {code}</source>
        <translation>edição de {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicado {code}</source>
        <translation>duplicata {code}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>eliminación de {code}</source>
        <translation>exclusão de {code}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/case_editing.py" line="+20"/>
        <location filename="../../lazos_desktop/ui/record_editing.py" line="+39"/>
        <source>Guardado: {what}</source>
        <translation>Salvo: {what}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/catalogue_files.py" line="+29"/>
        <source>No existe el archivo {path}.</source>
        <translation>O arquivo {path} não existe.</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/menu_commands.py" line="+122"/>
        <source>No hay ninguna importación que deshacer.</source>
        <translation>Não há nenhuma importação para desfazer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>¿Deshacer la importación del {when} ({files})?</source>
        <translation>Desfazer a importação de {when} ({files})?</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/record_editing.py" line="-14"/>
        <source>Revertir {field} de {code}</source>
        <translation>Reverter {field} de {code}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/window_frame.py" line="+77"/>
        <source>LAZOS Desktop — {name}</source>
        <translation>LAZOS Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/actions.py" line="+85"/>
        <source>Resumen</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Nuevo registro…</source>
        <translation>&amp;Novo registro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abrir catálogo…</source>
        <translation>&amp;Abrir catálogo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generar informe…</source>
        <translation>&amp;Gerar relatório…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xportar…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deshacer la última &amp;importación…</source>
        <translation>Desfazer a última &amp;importação…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Copias de seguridad…</source>
        <translation>&amp;Cópias de segurança…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Verificar catálogo…</source>
        <translation>&amp;Verificar catálogo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Salir</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cr&amp;ear catálogo nuevo…</source>
        <translation>Criar catálogo no&amp;vo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deshacer</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehacer</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Editar registro… (Intro)</source>
        <translation>&amp;Editar registro… (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicar</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Relacionar con…</source>
        <translation>&amp;Relacionar com…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Co&amp;mpartir: carpeta del equipo e IATI…</source>
        <translation>Co&amp;mpartilhar: pasta da equipe e IATI…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E&amp;liminar…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrar &amp;actividad…</source>
        <translation>Registrar &amp;atividade…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Añadir &amp;tarea…</source>
        <translation>Adicionar &amp;tarefa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seguimiento</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Atrás</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;delante</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adjuntos y &amp;logotipo…</source>
        <translation>Anexos e &amp;logotipo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guía de uso</source>
        <translation>&amp;Guia de uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acerca de LAZOS Desktop</source>
        <translation>&amp;Sobre o LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Archivo</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Catálogos &amp;recientes</source>
        <translation>Catálogos &amp;recentes</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Editar</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Exportar ca&amp;lendario…</source>
        <translation>Exportar ca&amp;lendário…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A&amp;tajos de teclado</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ver</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Herramientas</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ay&amp;uda</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Acciones</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/menu_commands.py" line="+96"/>
        <source>No se pudo hacer la copia de seguridad diaria: {detail}</source>
        <translation>Não foi possível fazer a cópia de segurança diária: {detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copia de seguridad diaria guardada en {path}</source>
        <translation>Cópia de segurança diária salva em {path}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>{count} paquetes de colegas esperan en la carpeta del equipo (Archivo → Compartir).</source>
        <translation>{count} pacotes de colegas aguardam na pasta da equipe (Arquivo → Compartilhar).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Nuevo registro</source>
        <translation>Novo registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abrir el registro seleccionado</source>
        <translation>Abrir o registro selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eliminar</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deshacer / Rehacer</source>
        <translation>Desfazer / Refazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relacionar con otro registro</source>
        <translation>Relacionar com outro registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambiar de vista</source>
        <translation>Mudar de visão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registro anterior / siguiente de los visitados</source>
        <translation>Registro anterior / seguinte entre os visitados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cerrar un diálogo sin guardar</source>
        <translation>Fechar um diálogo sem salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guía de uso</source>
        <translation>Guia de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atajos de teclado</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/operations.py" line="+258"/>
        <source>importación de {files}</source>
        <translation>importação de {files}</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="+309"/>
        <source>Hito</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../lazos_desktop/ui/navigation_bar.py" line="+39"/>
        <source>Resumen</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seguimiento</source>
        <translation>Acompanhamento</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/window_frame.py" line="-35"/>
        <source>Abriendo el catálogo…</source>
        <translation>Abrindo o catálogo…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/overview_page.py" line="+115"/>
        <source>Tipo de registro del resumen</source>
        <translation>Tipo de registro do resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Todos los tipos</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registros por eje de la ERISE</source>
        <translation>Registros por eixo da ERISE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros por país</source>
        <translation>Registros por país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resumen del catálogo</source>
        <translation>Resumo do catálogo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mostrar:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Por eje de la ERISE</source>
        <translation>Por eixo da ERISE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Por país (los {count} con más registros)</source>
        <translation>Por país (os {count} com mais registros)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>De ellos, {count} son registros sintéticos de demostración.</source>
        <translation>Destes, {count} são registros sintéticos de demonstração.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Por clasificar (borradores sin ejes o sin países): {count}; el filtro de estado «Por clasificar» los muestra.</source>
        <translation>A classificar (rascunhos sem eixos ou sem países): {count}; o filtro de situação «A classificar» os mostra.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="-28"/>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institución</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="-656"/>
        <source>Vista previa y columnas</source>
        <translation>Pré-visualização e colunas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compruebe que cada columna corresponde al campo correcto; cambie la correspondencia si hace falta. Las columnas sin campo se ignoran.</source>
        <translation>Verifique se cada coluna corresponde ao campo correto; altere a correspondência se necessário. As colunas sem campo são ignoradas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primeras filas del archivo</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campo de cada columna</source>
        <translation>Campo de cada coluna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columna del archivo</source>
        <translation>Coluna do arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hoja o archivo:</source>
        <translation>Aba ou arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de registros:</source>
        <translation>Tipo de registros:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Importar registros</source>
        <translation>Importar registros</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Archivo de catálogo con %n registros; sus campos se leen por nombre.</source>
        <translation>
            <numerusform>Arquivo de catálogo com %n registro; seus campos são lidos pelo nome.</numerusform>
            <numerusform>Arquivo de catálogo com %n registros; seus campos são lidos pelo nome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n filas de datos. Primeras filas tal como están en el archivo:</source>
        <translation>
            <numerusform>%n linha de dados. Primeiras linhas tal como estão no arquivo:</numerusform>
            <numerusform>%n linhas de dados. Primeiras linhas tal como estão no arquivo:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— ignorar —</source>
        <translation>— ignorar —</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/record_editor.py" line="+202"/>
        <source>Nuevo registro: {kind}</source>
        <translation>Novo registro: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editar {code} — {title}</source>
        <translation>Editar {code} — {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guardar</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* obligatorio</source>
        <translation>* obrigatório</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Palabras separadas por comas</source>
        <translation>Palavras separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombres o códigos de país separados por comas, p. ej. Perú, CO</source>
        <translation>Nomes ou códigos de país separados por vírgulas, p. ex. Peru, CO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre o código del país, p. ej. Colombia o CO</source>
        <translation>Nome ou código do país, p. ex. Colômbia ou CO</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sí</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>obligatorio</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-10</source>
        <translation>escreva a data como AAAA-MM-DD, p. ex. 2025-03-10</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../../lazos_desktop/ui/kind_labels.py" line="+15"/>
        <source>Práctica</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambio</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herramienta</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institución</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prácticas</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercambios</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caja de herramientas</source>
        <translation>Caixa de ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instituciones</source>
        <translation>Instituições</translation>
    </message>
    <message>
        <location filename="../../lazos_desktop/ui/pages/record_html.py" line="+50"/>
        <source>sintético</source>
        <translation>sintético</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Última modificación</source>
        <translation>Última modificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seleccione un registro para ver su ficha.</source>
        <translation>Selecione um registro para ver sua ficha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registros relacionados</source>
        <translation>Registros relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ninguno todavía.</source>
        <translation>Nenhum ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quitar</source>
        <translation>remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relacionar con otro registro…</source>
        <translation>Relacionar com outro registro…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prácticas</source>
        <translation>práticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intercambios</source>
        <translation>intercâmbios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>herramientas</source>
        <translation>ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instituciones</source>
        <translation>instituições</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Editar (Intro)</source>
        <translation>Editar (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicar</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relacionar…</source>
        <translation>Relacionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier con lo relacionado…</source>
        <translation>Dossiê com os registros relacionados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminar (Supr)</source>
        <translation>Excluir (Del)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sí</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>consentimiento</source>
        <translation>consentimento</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/record_table_model.py" line="+78"/>
        <source>Código</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Países</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ejes</source>
        <translation>Eixos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actualizado</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/pages/records_page.py" line="+334"/>
        <source>Ficha del registro</source>
        <translation>Ficha do registro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ficha</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Ningún registro coincide con la búsqueda y los filtros.</source>
        <translation>Nenhum registro corresponde à busca e aos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limpiar filtros</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Todavía no hay registros de este tipo en el catálogo.</source>
        <translation>Ainda não há registros deste tipo no catálogo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Crear uno nuevo (Ctrl+N)</source>
        <translation>Criar um novo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Se limpiaron la búsqueda y los filtros de esta vista: «{code}» no coincidía con ellos.</source>
        <translation>A busca e os filtros desta visão foram limpos: «{code}» não correspondia a eles.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+18"/>
        <source>Historial</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Registros</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="+38"/>
        <source>Comprobación</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cada fila se comprobó sin escribir nada. Haga clic en una línea para ver la fila del archivo o, en un conflicto, las dos versiones lado a lado.</source>
        <translation>Cada linha foi verificada sem gravar nada. Clique em um item da lista para ver a linha do arquivo ou, em um conflito, as duas versões lado a lado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valores del archivo y su correspondencia en el catálogo</source>
        <translation>Valores do arquivo e sua correspondência no catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aplicar y volver a comprobar</source>
        <translation>Aplicar e verificar novamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problemas y decisiones por fila</source>
        <translation>Problemas e decisões por linha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archivo</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fila</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Columna</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Problema o decisión</source>
        <translation>Problema ou decisão</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Detalle de la línea elegida</source>
        <translation>Detalhe do item escolhido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importar solo las filas válidas y omitir las rechazadas</source>
        <translation>Importar apenas as linhas válidas e omitir as recusadas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nuevos: {created} · actualizados: {updated} · sin cambios: {unchanged} · conflictos: {conflicts} · posibles duplicados: {duplicates} · filas rechazadas: {refused}</source>
        <translation>Novos: {created} · atualizados: {updated} · sem alterações: {unchanged} · conflitos: {conflicts} · possíveis duplicados: {duplicates} · linhas recusadas: {refused}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Haga clic en una línea para ver la fila del archivo.</source>
        <translation>Clique em um item da lista para ver a linha do arquivo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Importar registros</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Todos los valores corresponden al catálogo.</source>
        <translation>Todos os valores correspondem ao catálogo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valores por decidir: {question} · instituciones nuevas: {new} · asignados sin preguntar: {mapped} · para después: {later}.</source>
        <translation>Valores a decidir: {question} · instituições novas: {new} · atribuídos sem perguntar: {mapped} · para depois: {later}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nuevas: {names}.</source>
        <translation>Novas: {names}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Conflicto: {code}</source>
        <translation>Conflito: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cambiado en ambos lados: omitir</source>
        <translation>Alterado nos dois lados: omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usar la versión del archivo</source>
        <translation>Usar a versão do arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservar la versión del catálogo</source>
        <translation>Manter a versão do catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parece {code}</source>
        <translation>Parece {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posible duplicado: no importar</source>
        <translation>Possível duplicado: não importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importar como registro nuevo</source>
        <translation>Importar como registro novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fusionar con {code}</source>
        <translation>Mesclar com {code}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fila {row} de {file}</source>
        <translation>Linha {row} de {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valor</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Doble clic para corregir esta celda</source>
        <translation>Clique duas vezes para corrigir esta célula</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En el catálogo</source>
        <translation>No catálogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En el archivo</source>
        <translation>No arquivo</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="-121"/>
        <source>Añadir</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitar</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subir</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bajar</source>
        <translation>Descer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/settings_dialog.py" line="+60"/>
        <source>Preferencias</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Nombre del oficial</source>
        <translation>Nome do oficial</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Se registra como autor de cada cambio</source>
        <translation>Registrado como autor de cada alteração</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Tamaño de papel</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carta (Letter)</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archivo del catálogo</source>
        <translation>Arquivo do catálogo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abrir otro…</source>
        <translation>Abrir outro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crear uno nuevo…</source>
        <translation>Criar um novo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catálogos recientes</source>
        <translation>Catálogos recentes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>En uso:</source>
        <translation>Em uso:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recientes (Intro para elegir):</source>
        <translation>Recentes (Enter para escolher):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Se creará al aceptar: {path}</source>
        <translation>Será criado ao confirmar: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se abrirá al aceptar: {path}</source>
        <translation>Será aberto ao confirmar: {path}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_wizard.py" line="+116"/>
        <source>Importación terminada</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los registros ya están en el catálogo.</source>
        <translation>Os registros já estão no catálogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deshacer esta importación</source>
        <translation>Desfazer esta importação</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nuevos: {created} · actualizados: {updated} · sin cambios: {unchanged} · conflictos: {conflicts} · posibles duplicados: {duplicates} · filas rechazadas: {refused}</source>
        <translation>Novos: {created} · atualizados: {updated} · sem alterações: {unchanged} · conflitos: {conflicts} · possíveis duplicados: {duplicates} · linhas recusadas: {refused}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>De ellos, %n instituciones nuevas: {names}.</source>
        <translation>
            <numerusform>Destes, %n instituição nova: {names}.</numerusform>
            <numerusform>Destes, %n instituições novas: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copia de seguridad previa: {path}</source>
        <translation>Cópia de segurança prévia: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Importación deshecha: %n registros retirados.</source>
        <translation>
            <numerusform>Importação desfeita: %n registro retirado.</numerusform>
            <numerusform>Importação desfeita: %n registros retirados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/task_dialog.py" line="+33"/>
        <source>Añadir tarea de seguimiento</source>
        <translation>Adicionar tarefa de acompanhamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nombre de la persona</source>
        <translation>Nome da pessoa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Tarea</source>
        <translation>&amp;Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsable</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institución</source>
        <translation>&amp;Instituição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vence</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origen</source>
        <translation>&amp;Origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nota</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardar</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Escriba qué hay que hacer</source>
        <translation>Escreva o que precisa ser feito</translation>
    </message>
</context>
<context>
    <name>TasksEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/exchange_tables.py" line="+195"/>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarea</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institución</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/team_dialog.py" line="+47"/>
        <location line="+24"/>
        <location line="+13"/>
        <source>Carpeta del equipo</source>
        <translation>Pasta da equipe</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Compartir: carpeta del equipo e IATI</source>
        <translation>Compartilhar: pasta da equipe e IATI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Una carpeta de OneDrive, Nextcloud, Syncthing…</source>
        <translation>Uma pasta do OneDrive, Nextcloud, Syncthing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elegir…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sincronizar ahora</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campos</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conservar</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aplicar estas decisiones</source>
        <translation>Aplicar estas decisões</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Cambiado aquí y por un colega a la vez</source>
        <translation>Alterado aqui e por um colega ao mesmo tempo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Las dos versiones, lado a lado</source>
        <translation>As duas versões, lado a lado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(sin indicar)</source>
        <translation>(não indicado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quién informa y con qué licencia</source>
        <translation>Quem informa e com qual licença</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identificador IATI de la organización</source>
        <translation>Identificador IATI da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de organización (IATI)</source>
        <translation>Tipo de organização (IATI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de la organización</source>
        <translation>Nome da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licencia del catálogo publicado</source>
        <translation>Licença do catálogo publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dirección de la licencia</source>
        <translation>Endereço da licença</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guardar</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Guardado.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fusionados {merged} paquetes de colegas; escritos {written} cambios propios.</source>
        <translation>Mesclados {merged} pacotes de colegas; escritas {written} alterações próprias.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>La del colega</source>
        <translation>A do colega</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>La mía</source>
        <translation>A minha</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Elija qué versión conservar de cada registro y pulse «Aplicar».</source>
        <translation>Escolha qual versão manter de cada registro e clique em «Aplicar estas decisões».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sin carpeta del equipo.</source>
        <translation>Sem pasta da equipe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paquetes de colegas sin fusionar: {pending}. Incompletos por ahora: {incomplete}. Cambios propios por escribir: {own}.</source>
        <translation>Pacotes de colegas não mesclados: {pending}. Incompletos por enquanto: {incomplete}. Alterações próprias a escrever: {own}.</translation>
    </message>
</context>
<context>
    <name>ValueLinesTable</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/import_values.py" line="+82"/>
        <source>Valor en el archivo</source>
        <translation>Valor no arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columna</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filas</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qué hacer</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valor del catálogo</source>
        <translation>Valor do catálogo</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sin correspondencia segura: elija qué hacer.</source>
        <translation>Sem correspondência segura: escolha o que fazer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institución nueva: se creará con la importación.</source>
        <translation>Instituição nova: será criada com a importação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asignado sin preguntar: puede cambiarlo.</source>
        <translation>Atribuído sem perguntar: você pode alterá-lo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asignado según su decisión: puede cambiarlo.</source>
        <translation>Atribuído conforme sua decisão: você pode alterá-lo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se importa sin este valor, para clasificar después.</source>
        <translation>É importado sem este valor, para classificar depois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asignar a…</source>
        <translation>Atribuir a…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crear institución nueva</source>
        <translation>Criar instituição nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dejar para después</source>
        <translation>Deixar para depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omitir las filas</source>
        <translation>Omitir as linhas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Se creará como institución nueva</source>
        <translation>Será criada como instituição nova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin valor por ahora</source>
        <translation>Sem valor por enquanto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¿{names}? Escriba para buscar…</source>
        <translation>{names}? Digite para buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escriba para buscar…</source>
        <translation>Digite para buscar…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs/welcome_dialog.py" line="+177"/>
        <location line="+84"/>
        <source>Escriba su nombre para empezar.</source>
        <translation>Escreva seu nome para começar.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Bienvenida — LAZOS Desktop</source>
        <translation>Boas-vindas — LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le damos la bienvenida a LAZOS Desktop</source>
        <translation>Boas-vindas ao LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LAZOS Desktop guarda en esta computadora, sin necesidad de internet, el catálogo regional de buenas prácticas, intercambios entre instituciones y herramientas para gobiernos locales. Antes de empezar, díganos quién es.</source>
        <translation>O LAZOS Desktop guarda neste computador, sem precisar de internet, o catálogo regional de boas práticas, intercâmbios entre instituições e ferramentas para governos locais. Antes de começar, diga-nos quem é você.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quién trabaja</source>
        <translation>Quem trabalha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nombre:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de la persona oficial</source>
        <translation>Nome da pessoa oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre y apellido</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queda registrado como autor de cada cambio que haga en el catálogo.</source>
        <translation>Fica registrado como autor de cada alteração que fizer no catálogo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idioma del programa</source>
        <translation>Idioma do programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El catálogo</source>
        <translation>O catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El catálogo se guarda en este archivo:</source>
        <translation>O catálogo é guardado neste arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo del catálogo</source>
        <translation>Arquivo do catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empezar con el catálogo &amp;regional con fuentes</source>
        <translation>Começar com o catálogo &amp;regional com fontes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{practices} buenas prácticas, {exchanges} intercambios, {toolbox} herramientas y {institutions} instituciones, cada registro con su fuente publicada.</source>
        <translation>{practices} boas práticas, {exchanges} intercâmbios, {toolbox} ferramentas e {institutions} instituições, cada registro com sua fonte publicada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Empezar con un catálogo &amp;vacío</source>
        <translation>Começar com um catálogo &amp;vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin registros; solo las listas de ejes, estados y tipos de institución.</source>
        <translation>Sem registros; apenas as listas de eixos, estados e tipos de instituição.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ese archivo ya existe: se abrirá tal como está, sin cambiar nada.</source>
        <translation>Esse arquivo já existe: será aberto como está, sem alterar nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Podrá importar registros de otros colegas (Archivo → Importar) y elegir otro archivo más tarde (Herramientas → Preferencias).</source>
        <translation>Você poderá importar registros de colegas (Arquivo → Importar) e escolher outro arquivo mais tarde (Ferramentas → Preferências).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Empezar</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empezar a usar LAZOS Desktop</source>
        <translation>Começar a usar o LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Salir</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salir sin guardar nada</source>
        <translation>Sair sem salvar nada</translation>
    </message>
</context>
</TS>
