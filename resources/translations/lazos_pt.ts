<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="es">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../lazos_desktop/ui/dialogs.py" line="+36" />
        <source>Eliminar registro</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>¿Eliminar {what}?</source>
        <translation>Excluir {what}?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Podrá deshacerlo con Ctrl+Z.</source>
        <translation>Você poderá desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Eliminar</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Abrir catálogo</source>
        <translation>Abrir catálogo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Crear catálogo nuevo</source>
        <translation>Criar catálogo novo</translation>
    </message>
    <message>
        <location line="+25" />
        <source>LAZOS Desktop</source>
        <translation>LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Acerca de LAZOS Desktop</source>
        <translation>Sobre o LAZOS Desktop</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../lazos_desktop/ui/filter_bar.py" line="+48" />
        <source>Buscar (sin importar tildes)… Ctrl+F</source>
        <translation>Buscar (acentos ignorados)… Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buscar en el catálogo</source>
        <translation>Buscar no catálogo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filtrar por país</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filtrar por eje</source>
        <translation>Filtrar por eixo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filtrar por estado</source>
        <translation>Filtrar por situação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Año desde</source>
        <translation>Ano inicial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Año hasta</source>
        <translation>Ano final</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limpiar filtros</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+13" />
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eje</source>
        <translation>Eixo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Años</source>
        <translation>Anos</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Todos los países</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{shown} de {total} {kind}</source>
        <translation>{shown} de {total} {kind}</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Todos los ejes</source>
        <translation>Todos os eixos</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Todos los estados</source>
        <translation>Todas as situações</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../lazos_desktop/ui/link_picker.py" line="+33" />
        <source>Relacionar {code} con…</source>
        <translation>Relacionar {code} com…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tipo de registro</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Buscar el registro que relacionar</source>
        <translation>Buscar o registro a relacionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buscar…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registros encontrados</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Relacionar</source>
        <translation>Relacionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tipo:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Ya está relacionado</source>
        <translation>Já está relacionado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{shown} de {total} registros</source>
        <translation>{shown} de {total} registros</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lazos_desktop/ui/main_window.py" line="+317" />
        <source>{count} registros</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <location line="+5" />
        <source>eliminación de {count} registros</source>
        <translation>exclusão de {count} registros</translation>
    </message>
    <message>
        <location line="+29" />
        <source>relación {a} ↔ {b}</source>
        <translation>relação {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>quitar relación {a} ↔ {b}</source>
        <translation>remoção da relação {a} ↔ {b}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>creación de {code}</source>
        <translation>criação de {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edición de {code}</source>
        <translation>edição de {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicado {code}</source>
        <translation>duplicata {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>eliminación de {code}</source>
        <translation>exclusão de {code}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Guardado: {what}</source>
        <translation>Salvo: {what}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No existe el archivo {path}.</source>
        <translation>O arquivo {path} não existe.</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="-60" />
        <source>&amp;Nuevo registro…</source>
        <translation>&amp;Novo registro…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Abrir catálogo…</source>
        <translation>&amp;Abrir catálogo…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Crear catálogo &amp;nuevo…</source>
        <translation>Criar catálogo &amp;novo…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Salir</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deshacer</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rehacer</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Editar registro… (Intro)</source>
        <translation>&amp;Editar registro… (Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>D&amp;uplicar</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Eliminar…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Relacionar con…</source>
        <translation>&amp;Relacionar com…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Buscar</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Atajos de teclado</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Acerca de LAZOS Desktop</source>
        <translation>&amp;Sobre o LAZOS Desktop</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Archivo</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Catálogos &amp;recientes</source>
        <translation>Catálogos &amp;recentes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Editar</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Ver</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Herramientas</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ay&amp;uda</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Acciones</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nuevo registro</source>
        <translation>Novo registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abrir el registro seleccionado</source>
        <translation>Abrir o registro selecionado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Intro</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eliminar</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Supr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deshacer / Rehacer</source>
        <translation>Desfazer / Refazer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relacionar con otro registro</source>
        <translation>Relacionar com outro registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cambiar de vista</source>
        <translation>Mudar de visão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cerrar un diálogo sin guardar</source>
        <translation>Fechar um diálogo sem salvar</translation>
    </message>
    <message>
        <source>Copia de seguridad guardada en {path}</source>
        <translation>Cópia de segurança salva em {path}</translation>
    </message>
    <message>
        <source>&amp;Copia de seguridad…</source>
        <translation>&amp;Cópia de segurança…</translation>
    </message>
    <message>
        <source>C&amp;omprobar el catálogo</source>
        <translation>&amp;Verificar o catálogo</translation>
    </message>
    <message>
        <source>&amp;Guía de uso</source>
        <translation>&amp;Guia de uso</translation>
    </message>
    <message>
        <source>Guía de uso</source>
        <translation>Guia de uso</translation>
    </message>
    <message>
        <source>Atajos de teclado</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/exchange_tables.py" line="+172" />
        <source>Hito</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/overview_page.py" line="+124" />
        <source>Tipo de registro del resumen</source>
        <translation>Tipo de registro do resumo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Todos los tipos</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Registros por eje de la ERISE</source>
        <translation>Registros por eixo da ERISE</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registros por país</source>
        <translation>Registros por país</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resumen del catálogo</source>
        <translation>Resumo do catálogo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mostrar:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Por eje de la ERISE</source>
        <translation>Por eixo da ERISE</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Por país (los {count} con más registros)</source>
        <translation>Por país (os {count} com mais registros)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>De ellos, {count} son registros sintéticos de demostración.</source>
        <translation>Destes, {count} são registros sintéticos de demonstração.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/exchange_tables.py" line="-27" />
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Institución</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_editor.py" line="+180" />
        <source>Nuevo registro: {kind}</source>
        <translation>Novo registro: {kind}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Editar {code} — {title}</source>
        <translation>Editar {code} — {title}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Guardar</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Palabras separadas por comas</source>
        <translation>Palavras separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nombres o códigos de país separados por comas, p. ej. Perú, CO</source>
        <translation>Nomes ou códigos de país separados por vírgulas, p. ex. Peru, CO</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nombre o código del país, p. ej. Colombia o CO</source>
        <translation>Nome ou código do país, p. ex. Colômbia ou CO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AAAA-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Sí</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+112" />
        <source>escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-10</source>
        <translation>escreva a data como AAAA-MM-DD, p. ex. 2025-03-10</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_html.py" line="+39" />
        <source>Práctica</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intercambio</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Herramienta</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Institución</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Prácticas</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intercambios</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Caja de herramientas</source>
        <translation>Caixa de ferramentas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instituciones</source>
        <translation>Instituições</translation>
    </message>
    <message>
        <location line="+8" />
        <source>sintético</source>
        <translation>sintético</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Última modificación</source>
        <translation>Última modificação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seleccione un registro para ver su ficha.</source>
        <translation>Selecione um registro para ver sua ficha.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registros relacionados</source>
        <translation>Registros relacionados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ninguno todavía.</source>
        <translation>Nenhum ainda.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quitar</source>
        <translation>remover</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relacionar con otro registro…</source>
        <translation>Relacionar com outro registro…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>prácticas</source>
        <translation>práticas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intercambios</source>
        <translation>intercâmbios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>herramientas</source>
        <translation>ferramentas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>instituciones</source>
        <translation>instituições</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Editar (Intro)</source>
        <translation>Editar (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicar</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relacionar…</source>
        <translation>Relacionar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eliminar (Supr)</source>
        <translation>Excluir (Del)</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Sí</source>
        <translation>Sim</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../lazos_desktop/ui/record_table_model.py" line="+62" />
        <source>Código</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Países</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ejes</source>
        <translation>Eixos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estado</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Año</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actualizado</source>
        <translation>Atualizado</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../lazos_desktop/ui/records_page.py" line="+72" />
        <source>Ficha del registro</source>
        <translation>Ficha do registro</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Ningún registro coincide con la búsqueda y los filtros.</source>
        <translation>Nenhum registro corresponde à busca e aos filtros.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limpiar filtros</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Todavía no hay registros de este tipo en el catálogo.</source>
        <translation>Ainda não há registros deste tipo no catálogo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Crear uno nuevo (Ctrl+N)</source>
        <translation>Criar um novo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Registros</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../lazos_desktop/ui/exchange_tables.py" line="-92" />
        <source>Añadir</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quitar</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subir</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bajar</source>
        <translation>Descer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lazos_desktop/ui/settings_dialog.py" line="+60" />
        <source>Preferencias</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+17" />
        <source>Nombre del oficial</source>
        <translation>Nome do oficial</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Se registra como autor de cada cambio</source>
        <translation>Registrado como autor de cada alteração</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Tamaño de papel</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location line="-8" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carta (Letter)</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Archivo del catálogo</source>
        <translation>Arquivo do catálogo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Abrir otro…</source>
        <translation>Abrir outro…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Crear uno nuevo…</source>
        <translation>Criar um novo…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Catálogos recientes</source>
        <translation>Catálogos recentes</translation>
    </message>
    <message>
        <location line="+13" />
        <source>En uso:</source>
        <translation>Em uso:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recientes (Intro para elegir):</source>
        <translation>Recentes (Enter para escolher):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Se creará al aceptar: {path}</source>
        <translation>Será criado ao confirmar: {path}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Se abrirá al aceptar: {path}</source>
        <translation>Será aberto ao confirmar: {path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de LAZOS Desktop</source>
        <translation>Sobre o LAZOS Desktop</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Catálogo sin conexión de cooperación Sur-Sur y triangular para la integración laboral de personas refugiadas y migrantes en América Latina y el Caribe.</source>
        <translation>Catálogo offline de cooperação Sul-Sul e triangular para a integração laboral de pessoas refugiadas e migrantes na América Latina e no Caribe.</translation>
    </message>
    <message>
        <source>Licencia del programa: MIT. Catálogo en uso: {path}</source>
        <translation>Licença do programa: MIT. Catálogo em uso: {path}</translation>
    </message>
    <message>
        <source>El programa funciona sin conexión: no se conecta a internet en ningún momento.</source>
        <translation>O programa funciona sem conexão: nunca se conecta à internet.</translation>
    </message>
    <message>
        <source>Tipografías incluidas en los informes PDF</source>
        <translation>Fontes incluídas nos relatórios PDF</translation>
    </message>
    <message>
        <source>Texto completo de la licencia: {path}</source>
        <translation>Texto completo da licença: {path}</translation>
    </message>
    <message>
        <source>Bibliotecas</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Qt y PySide6 se usan bajo la licencia LGPL-3.0: pueden sustituirse por otra versión reemplazando sus bibliotecas en la carpeta del programa.</source>
        <translation>Qt e PySide6 são usados sob a licença LGPL-3.0: podem ser substituídos por outra versão trocando suas bibliotecas na pasta do programa.</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licencia</source>
        <translation>Licença</translation>
    </message>
</context>
<context>
    <name>CatalogueSafety</name>
    <message>
        <source>Integridad del archivo</source>
        <translation>Integridade do arquivo</translation>
    </message>
    <message>
        <source>Relaciones entre tablas</source>
        <translation>Relações entre tabelas</translation>
    </message>
    <message>
        <source>Índice de búsqueda</source>
        <translation>Índice de busca</translation>
    </message>
    <message>
        <source>Registros en el índice</source>
        <translation>Registros no índice</translation>
    </message>
    <message>
        <source>Referencias a vocabularios y países</source>
        <translation>Referências a vocabulários e países</translation>
    </message>
    <message>
        <source>Adjuntos</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Versión del esquema</source>
        <translation>Versão do esquema</translation>
    </message>
    <message>
        <source>Guardar una copia del catálogo</source>
        <translation>Salvar uma cópia do catálogo</translation>
    </message>
    <message>
        <source>El catálogo está en buen estado.</source>
        <translation>O catálogo está em bom estado.</translation>
    </message>
    <message>
        <source>El catálogo tiene problemas. Haga una copia y restaure la última copia buena (lazos-desktop restore).</source>
        <translation>O catálogo tem problemas. Faça uma cópia e restaure a última cópia boa (lazos-desktop restore).</translation>
    </message>
    <message>
        <source>Comprobar el catálogo</source>
        <translation>Verificar o catálogo</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guía de uso — LAZOS Desktop</source>
        <translation>Guia de uso — LAZOS Desktop</translation>
    </message>
    <message>
        <source>Guía de uso</source>
        <translation>Guia de uso</translation>
    </message>
    <message>
        <source>Idioma de la guía</source>
        <translation>Idioma do guia</translation>
    </message>
    <message>
        <source>&amp;Idioma de la guía:</source>
        <translation>&amp;Idioma do guia:</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No se encuentra la guía de uso en {path}.</source>
        <translation>O guia de uso não foi encontrado em {path}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Escriba su nombre para empezar.</source>
        <translation>Escreva seu nome para começar.</translation>
    </message>
    <message>
        <source>Bienvenida — LAZOS Desktop</source>
        <translation>Boas-vindas — LAZOS Desktop</translation>
    </message>
    <message>
        <source>Le damos la bienvenida a LAZOS Desktop</source>
        <translation>Boas-vindas ao LAZOS Desktop</translation>
    </message>
    <message>
        <source>LAZOS Desktop guarda en esta computadora, sin necesidad de internet, el catálogo regional de buenas prácticas, intercambios entre instituciones y herramientas para gobiernos locales. Antes de empezar, díganos quién es.</source>
        <translation>O LAZOS Desktop guarda neste computador, sem precisar de internet, o catálogo regional de boas práticas, intercâmbios entre instituições e ferramentas para governos locais. Antes de começar, diga-nos quem é você.</translation>
    </message>
    <message>
        <source>Quién trabaja</source>
        <translation>Quem trabalha</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Nombre de la persona oficial</source>
        <translation>Nome da pessoa oficial</translation>
    </message>
    <message>
        <source>Nombre y apellido</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>Queda registrado como autor de cada cambio que haga en el catálogo.</source>
        <translation>Fica registrado como autor de cada alteração que fizer no catálogo.</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Idioma del programa</source>
        <translation>Idioma do programa</translation>
    </message>
    <message>
        <source>El catálogo</source>
        <translation>O catálogo</translation>
    </message>
    <message>
        <source>El catálogo se guarda en este archivo:</source>
        <translation>O catálogo é guardado neste arquivo:</translation>
    </message>
    <message>
        <source>Archivo del catálogo</source>
        <translation>Arquivo do catálogo</translation>
    </message>
    <message>
        <source>Empezar con el catálogo &amp;regional con fuentes</source>
        <translation>Começar com o catálogo &amp;regional com fontes</translation>
    </message>
    <message>
        <source>{practices} buenas prácticas, {exchanges} intercambios, {toolbox} herramientas y {institutions} instituciones, cada registro con su fuente publicada.</source>
        <translation>{practices} boas práticas, {exchanges} intercâmbios, {toolbox} ferramentas e {institutions} instituições, cada registro com sua fonte publicada.</translation>
    </message>
    <message>
        <source>Empezar con un catálogo &amp;vacío</source>
        <translation>Começar com um catálogo &amp;vazio</translation>
    </message>
    <message>
        <source>Sin registros; solo las listas de ejes, estados y tipos de institución.</source>
        <translation>Sem registros; apenas as listas de eixos, estados e tipos de instituição.</translation>
    </message>
    <message>
        <source>Ese archivo ya existe: se abrirá tal como está, sin cambiar nada.</source>
        <translation>Esse arquivo já existe: será aberto como está, sem alterar nada.</translation>
    </message>
    <message>
        <source>Podrá importar registros de otros colegas (Archivo → Importar) y elegir otro archivo más tarde (Herramientas → Preferencias).</source>
        <translation>Você poderá importar registros de colegas (Arquivo → Importar) e escolher outro arquivo mais tarde (Ferramentas → Preferências).</translation>
    </message>
    <message>
        <source>&amp;Empezar</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>Empezar a usar LAZOS Desktop</source>
        <translation>Começar a usar o LAZOS Desktop</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Salir sin guardar nada</source>
        <translation>Sair sem salvar nada</translation>
    </message>
</context>
</TS>