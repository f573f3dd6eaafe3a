<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>journeyscope::Attribution</name>
    <message>
        <source>the Markov order must be 1, 2 or 3, not %1</source>
        <translation>el orden de Markov debe ser 1, 2 o 3, no %1</translation>
    </message>
    <message>
        <source>the chain of order %1 has %L2 states, more than %L3: use a lower order or channels</source>
        <translation>la cadena de orden %1 tiene %L2 estados, más de %L3: use un orden menor o canales</translation>
    </message>
</context>
<context>
    <name>journeyscope::BoostedTrees</name>
    <message>
        <source>XGBoost: %1</source>
        <translation>XGBoost: %1</translation>
    </message>
    <message>
        <source>a model needs at least one feature</source>
        <translation>un modelo necesita al menos una variable</translation>
    </message>
    <message>
        <source>%1 rows of features but %2 labels</source>
        <translation>%1 filas de variables pero %2 etiquetas</translation>
    </message>
    <message>
        <source>the validation rows have other features than the training rows</source>
        <translation>las filas de validación tienen variables distintas de las filas de entrenamiento</translation>
    </message>
    <message>
        <source>the stored model is empty</source>
        <translation>el modelo guardado está vacío</translation>
    </message>
    <message>
        <source>the stored model cannot be read (%1): train it again</source>
        <translation>no se puede leer el modelo guardado (%1): vuelva a entrenarlo</translation>
    </message>
</context>
<context>
    <name>journeyscope::ClassificationMetrics</name>
    <message>
        <source>%1 labels but %2 predictions</source>
        <translation>%1 etiquetas pero %2 predicciones</translation>
    </message>
    <message>
        <source>label %1 of case %2 is not 0 or 1</source>
        <translation>la etiqueta %1 del caso %2 no es 0 ni 1</translation>
    </message>
    <message>
        <source>prediction %1 of case %2 is not in [0, 1]</source>
        <translation>la predicción %1 del caso %2 no está en [0, 1]</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>no medible</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>no better than chance</source>
        <translation>no mejor que el azar</translation>
    </message>
    <message>
        <source>The test cases hold only one outcome, so the model cannot be judged.</source>
        <translation>Los casos de prueba tienen un solo resultado, así que no se puede evaluar el modelo.</translation>
    </message>
    <message>
        <source>Given one case with the outcome and one without, the model ranks the first higher %1 % of the times: %2.</source>
        <translation>Dado un caso con el resultado y otro sin él, el modelo sitúa al primero por encima el %1 % de las veces: %2.</translation>
    </message>
</context>
<context>
    <name>journeyscope::ClickstreamGenerator</name>
    <message>
        <source>Could not write the sample data: %1</source>
        <translation>No se pudieron escribir los datos de ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::ColumnMapping</name>
    <message>
        <source>not a JSON mapping file (%1 at byte %2)</source>
        <translation>no es un archivo de asignación JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;columns&quot; object</source>
        <translation>se esperaba un objeto JSON con un objeto &quot;columns&quot;</translation>
    </message>
    <message>
        <source>field &quot;columns&quot;: expected an object mapping column names to roles</source>
        <translation>campo &quot;columns&quot;: se esperaba un objeto que asigne roles a los nombres de columna</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: unknown role &quot;%2&quot;; expected one of %3</source>
        <translation>columna &quot;%1&quot;: rol desconocido &quot;%2&quot;; se esperaba uno de %3</translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: %1</source>
        <translation>campo &quot;time_format&quot;: %1</translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: expected a string such as &quot;iso&quot;</source>
        <translation>campo &quot;time_format&quot;: se esperaba una cadena como &quot;iso&quot;</translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;</source>
        <translation>campo &quot;delimiter&quot;: se esperaba un carácter o &quot;tab&quot;</translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;, found &quot;%1&quot;</source>
        <translation>campo &quot;delimiter&quot;: se esperaba un carácter o &quot;tab&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: expected an object mapping date columns to event names</source>
        <translation>campo &quot;event_names&quot;: se esperaba un objeto que asigne nombres de evento a las columnas de fecha</translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: column &quot;%1&quot;: expected an event name</source>
        <translation>campo &quot;event_names&quot;: columna &quot;%1&quot;: se esperaba un nombre de evento</translation>
    </message>
</context>
<context>
    <name>journeyscope::Correlation</name>
    <message>
        <source>Customers who reached %1</source>
        <translation>Clientes que llegaron a %1</translation>
    </message>
    <message>
        <source>Customers with %1</source>
        <translation>Clientes con %1</translation>
    </message>
    <message>
        <source>%1: odds of converting %2 times higher (%3 % of them converted, against %4 % of the others)</source>
        <translation>%1: probabilidades de convertir %2 veces mayores (convirtió el %3 % de ellos, frente al %4 % de los demás)</translation>
    </message>
    <message>
        <source>%1: odds of converting %2 times lower (%3 % of them converted, against %4 % of the others)</source>
        <translation>%1: probabilidades de convertir %2 veces menores (convirtió el %3 % de ellos, frente al %4 % de los demás)</translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvReader</name>
    <message>
        <source>the record is longer than %1 MiB; is a closing quote missing?</source>
        <translation>el registro supera los %1 MiB; ¿falta una comilla de cierre?</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>el delimitador no puede ser una comilla ni un salto de línea</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation>el archivo está codificado en %1 (empieza con una marca de orden de bytes %1); guárdelo como UTF-8 e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>expected a closing quote for the field that starts here before the end of the file</source>
        <translation>se esperaba una comilla de cierre para el campo que empieza aquí antes del final del archivo</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote, found &apos;%1&apos;</source>
        <translation>se esperaba un delimitador o el final de la línea tras la comilla de cierre, se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected at most %1 fields in a record, found more</source>
        <translation>se esperaban como máximo %1 campos en un registro, se encontraron más</translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvRecordSource</name>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation>el archivo está vacío: se esperaba una línea de encabezado</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>se esperaba texto UTF-8, se encontraron bytes no válidos (guarde el archivo como UTF-8)</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerAttributes</name>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customer table was imported</source>
        <translation>no hay atributo de cliente &quot;%1&quot;: no se importó ninguna tabla de clientes</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation>no hay atributo de cliente &quot;%1&quot;; los atributos son %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerErasure</name>
    <message>
        <source>no customer with this id in the project</source>
        <translation>no hay ningún cliente con este ID en el proyecto</translation>
    </message>
    <message>
        <source>its customers live in a database server and the project holds none of their data: erase them there</source>
        <translation>sus clientes residen en un servidor de bases de datos y el proyecto no contiene ninguno de sus datos: bórrelos allí</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerScores</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <source>a drop-off model scores journeys: the events are needed</source>
        <translation>un modelo de abandono puntúa recorridos: se necesitan los eventos</translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation>el modelo %1 es un modelo de %2, que no puntúa clientes</translation>
    </message>
    <message>
        <source>the customer&apos;s journey is not in flight: model %1 scores only journeys that have not reached the goal yet</source>
        <translation>el recorrido del cliente no está en curso: el modelo %1 solo puntúa recorridos que aún no han alcanzado el objetivo</translation>
    </message>
    <message>
        <source>the customer has no attributes to score</source>
        <translation>el cliente no tiene atributos que puntuar</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerTable</name>
    <message>
        <source>no customer has &quot;%1&quot;: no customer table was imported</source>
        <translation>ningún cliente tiene &quot;%1&quot;: no se importó ninguna tabla de clientes</translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;; the attributes are %2</source>
        <translation>ningún cliente tiene &quot;%1&quot;; los atributos son %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::Database</name>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>the file is in use by another process</source>
        <translation>otro proceso está usando el archivo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
</context>
<context>
    <name>journeyscope::DefaultViews</name>
    <message>
        <source>No goal set</source>
        <translation>Sin objetivo definido</translation>
    </message>
    <message>
        <source>This view judges journeys by a goal: set one (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</source>
        <translation>Esta vista evalúa los recorridos según un objetivo: defina uno (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation>no hay ningún punto de contacto &quot;%1&quot; en el proyecto</translation>
    </message>
    <message>
        <source>No funnel yet</source>
        <translation>Aún no hay embudo</translation>
    </message>
    <message>
        <source>A funnel needs stages and a goal: load stages (journeyscope-cli stages PROJECT --load FILE) and set a goal.</source>
        <translation>Un embudo necesita etapas y un objetivo: cargue las etapas (journeyscope-cli stages PROJECT --load FILE) y defina un objetivo.</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Aún no hay modelo</translation>
    </message>
    <message>
        <source>Train one to see how well it predicts drop-off (journeyscope-cli train PROJECT).</source>
        <translation>Entrene uno para ver con qué precisión predice el abandono (journeyscope-cli train PROJECT).</translation>
    </message>
</context>
<context>
    <name>journeyscope::DropoffModel</name>
    <message>
        <source>the %1 journeys have %2 rows that dropped off and %3 that converted: a model needs at least %4 of each (is the goal right?)</source>
        <translation>los %1 recorridos tienen %2 filas con abandono y %3 con conversión: un modelo necesita al menos %4 de cada tipo (¿es correcto el objetivo?)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>reservados</translation>
    </message>
</context>
<context>
    <name>journeyscope::Error</name>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventConverter</name>
    <message>
        <source>wrong number of fields</source>
        <translation>número de campos incorrecto</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos como en el encabezado, se encontraron %2</translation>
    </message>
    <message>
        <source>empty customer id</source>
        <translation>ID de cliente vacío</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a customer id, found an empty field</source>
        <translation>columna &quot;%1&quot;: se esperaba un ID de cliente, se encontró un campo vacío</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>hora no válida</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected %2, found %3</source>
        <translation>columna &quot;%1&quot;: se esperaba %2, se encontró %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>expected a date in at least one of the date columns, found none</source>
        <translation>se esperaba una fecha en al menos una de las columnas de fecha, no se encontró ninguna</translation>
    </message>
    <message>
        <source>empty event</source>
        <translation>evento vacío</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected an event name, found an empty field</source>
        <translation>columna &quot;%1&quot;: se esperaba un nombre de evento, se encontró un campo vacío</translation>
    </message>
    <message>
        <source>bad value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a number, found %2</source>
        <translation>columna &quot;%1&quot;: se esperaba un número, se encontró %2</translation>
    </message>
    <message>
        <source>bad consent</source>
        <translation>consentimiento no válido</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected yes or no (true/false, 1/0, granted/denied), found %2</source>
        <translation>columna &quot;%1&quot;: se esperaba un valor sí/no (yes/no, true/false, 1/0, granted/denied), se encontró %2</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>columna &quot;%1&quot;: se esperaba texto UTF-8, se encontraron bytes no válidos (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>se esperaba texto UTF-8, se encontraron bytes no válidos (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 blank values read as missing, not as 0</source>
        <translation>columna &quot;%1&quot;: %2 valores en blanco leídos como ausentes, no como 0</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected at most %2 different channels in a project, found one more, %3: map a column with fewer values as the channel</source>
        <translation>columna &quot;%1&quot;: se esperaban como máximo %2 canales distintos por proyecto, se encontró uno más, %3: asigne como canal una columna con menos valores</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected at most %2 different events in a project, found one more, %3</source>
        <translation>columna &quot;%1&quot;: se esperaban como máximo %2 eventos distintos por proyecto, se encontró uno más, %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventLog</name>
    <message>
        <source>the project file is damaged: ids from %1 to %2 for %3 rows</source>
        <translation>el archivo del proyecto está dañado: ID de %1 a %2 para %3 filas</translation>
    </message>
    <message>
        <source>the project holds more than %1 touchpoints or %2 channels</source>
        <translation>el proyecto contiene más de %1 puntos de contacto o %2 canales</translation>
    </message>
    <message>
        <source>the project file is damaged: customer %1 is merged into %2, which cannot be</source>
        <translation>el archivo del proyecto está dañado: el cliente %1 está fusionado con %2, lo cual es imposible</translation>
    </message>
    <message>
        <source>its events live in a database server; this needs them imported</source>
        <translation>sus eventos residen en un servidor de base de datos; esto necesita importarlos</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventScan</name>
    <message>
        <source>the project file is damaged: an event refers to touchpoint %1 and channel %2, and one of them does not exist</source>
        <translation>el archivo del proyecto está dañado: un evento hace referencia al punto de contacto %1 y al canal %2, y uno de ellos no existe</translation>
    </message>
    <message>
        <source>the project file is damaged: an event at %1 ms since 1970, outside the years 1 to 9999</source>
        <translation>el archivo del proyecto está dañado: un evento a %1 ms desde 1970, fuera de los años 1 a 9999</translation>
    </message>
</context>
<context>
    <name>journeyscope::Experiment</name>
    <message>
        <source>no customers with an outcome in the control group &quot;%1&quot;; the groups are %2</source>
        <translation>no hay clientes con resultado en el grupo de control &quot;%1&quot;; los grupos son %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::FilterBar</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Persona or segment</source>
        <translation>Persona o segmento</translation>
    </message>
    <message>
        <source>Customer attribute</source>
        <translation>Atributo del cliente</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Every customer, every channel, all dates</source>
        <translation>Todos los clientes, todos los canales, todas las fechas</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Quitar el foco</translation>
    </message>
    <message>
        <source>Focus on a touchpoint</source>
        <translation>Foco en un punto de contacto</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>que pasan por %1</translation>
    </message>
    <message>
        <source>reaching %1</source>
        <translation>que llegan a %1</translation>
    </message>
    <message>
        <source>Through %1  ✕</source>
        <translation>Pasan por %1  ✕</translation>
    </message>
    <message>
        <source>Reaching %1  ✕</source>
        <translation>Llegan a %1  ✕</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
</context>
<context>
    <name>journeyscope::Friction</name>
    <message>
        <source>friction weights must be numbers of 0 or more</source>
        <translation>los pesos de fricción deben ser números mayores o iguales que 0</translation>
    </message>
    <message>
        <source>at least one friction weight must be more than 0</source>
        <translation>al menos un peso de fricción debe ser mayor que 0</translation>
    </message>
    <message>
        <source>%1 segment labels for %2 people</source>
        <translation>%1 etiquetas de segmento para %2 personas</translation>
    </message>
</context>
<context>
    <name>journeyscope::Funnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation>Un embudo necesita al menos un paso</translation>
    </message>
    <message>
        <source>Funnel step %1 has no touchpoint</source>
        <translation>El paso %1 del embudo no tiene punto de contacto</translation>
    </message>
    <message>
        <source>Funnel step %1 names touchpoint %2; the log has %3</source>
        <translation>El paso %1 del embudo indica el punto de contacto %2; el registro tiene %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelBuilderDialog</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Funnel Steps</source>
        <translation>Pasos del embudo</translation>
    </message>
    <message>
        <source>Find a touchpoint</source>
        <translation>Buscar un punto de contacto</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Add Step →</source>
        <translation>&amp;Añadir paso →</translation>
    </message>
    <message>
        <source>Add as &amp;Alternative →</source>
        <translation>Añadir como al&amp;ternativa →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Pasos, en orden</translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelScene</name>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 recorridos</translation>
    </message>
    <message>
        <source>%1 of the previous</source>
        <translation>%1 del anterior</translation>
    </message>
    <message>
        <source>%1 of the first</source>
        <translation>%1 del primero</translation>
    </message>
    <message>
        <source>median %1 after</source>
        <translation>mediana: %1 después</translation>
    </message>
    <message>
        <source>%L1 dropped off:</source>
        <translation>%L1 abandonaron:</translation>
    </message>
    <message>
        <source>  ended there: %1</source>
        <translation>  terminaron ahí: %1</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>No hay datos para este filtro</translation>
    </message>
    <message>
        <source>No journey reaches the first step with these filters.</source>
        <translation>Ningún recorrido llega al primer paso con estos filtros.</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Embudo: %1</translation>
    </message>
    <message>
        <source>%L1 journeys looked at; %2 reach the last step</source>
        <translation>%L1 recorridos analizados; el %2 llega al último paso</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>recorridos</translation>
    </message>
</context>
<context>
    <name>journeyscope::Goal</name>
    <message>
        <source>converted</source>
        <translation>convertido</translation>
    </message>
    <message>
        <source>dropped off</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
</context>
<context>
    <name>journeyscope::GraphLayout</name>
    <message>
        <source>edge %1 joins nodes that do not exist</source>
        <translation>la arista %1 une nodos que no existen</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out</source>
        <translation>Graphviz no pudo distribuir el grafo</translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipFile</name>
    <message>
        <source>a gzip file can only be opened for reading</source>
        <translation>un archivo gzip solo se puede abrir para lectura</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation>no se puede iniciar zlib: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the gzip data ends early, at byte offset %1: unexpected end of file (is the file truncated?)</source>
        <translation>los datos gzip terminan antes de tiempo, en el byte %1: final de archivo inesperado (¿está truncado el archivo?)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt at byte offset %1: %2</source>
        <translation>los datos gzip están dañados en el byte %1: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipWriter</name>
    <message>
        <source>a gzip stream can only be opened for writing</source>
        <translation>un flujo gzip solo se puede abrir para escritura</translation>
    </message>
    <message>
        <source>the target device is not open for writing</source>
        <translation>el dispositivo de destino no está abierto para escritura</translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation>no se puede iniciar zlib: %1</translation>
    </message>
    <message>
        <source>cannot write the compressed data: %1</source>
        <translation>no se pueden escribir los datos comprimidos: %1</translation>
    </message>
    <message>
        <source>zlib failed: %1</source>
        <translation>zlib falló: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::HeaderRow</name>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::HeatmapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>No hay datos para este filtro</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Ningún recorrido pasa los filtros: amplíe las fechas, los canales o el segmento.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>punto de contacto</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>Friction by %1 and %2</source>
        <translation>Fricción por %1 y %2</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>muy pocos</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 recorridos</translation>
    </message>
    <message>
        <source>0 · little friction</source>
        <translation>0 · poca fricción</translation>
    </message>
    <message>
        <source>1 · most friction</source>
        <translation>1 · máxima fricción</translation>
    </message>
    <message>
        <source>Score: %1. Cells with fewer than %L2 journeys are not scored.</source>
        <translation>Puntuación: %1. Las celdas con menos de %L2 recorridos no se puntúan.</translation>
    </message>
</context>
<context>
    <name>journeyscope::IdentityResolver</name>
    <message>
        <source>there is no link %1</source>
        <translation>no existe el vínculo %1</translation>
    </message>
    <message>
        <source>link %1 was undone already</source>
        <translation>el vínculo %1 ya se deshizo</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportIntoProject</name>
    <message>
        <source>this project pseudonymises customer keys and personal data; they can be kept as they are only in a project created so</source>
        <translation>este proyecto seudonimiza las claves de cliente y los datos personales; solo pueden conservarse tal cual en un proyecto creado así</translation>
    </message>
    <message>
        <source>could not move the new project into place from %1</source>
        <translation>no se pudo mover el nuevo proyecto a su lugar desde %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportJob</name>
    <message>
        <source>the same data was already imported from %1 on %2 (SHA-256 %3); use --force to import it again</source>
        <translation>los mismos datos ya se importaron desde %1 el %2 (SHA-256 %3); use --force para importarlos de nuevo</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats are csv, jsonl, xes and table</source>
        <translation>formato desconocido &quot;%1&quot;; los formatos conocidos son csv, jsonl, xes y table</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had rows out of time order; their sessions were cut from their events in time order</source>
        <translation>
            <numerusform>%n cliente tenía filas fuera de orden temporal; sus sesiones se cortaron a partir de sus eventos en orden temporal</numerusform>
            <numerusform>%n clientes tenían filas fuera de orden temporal; sus sesiones se cortaron a partir de sus eventos en orden temporal</numerusform>
        </translation>
    </message>
    <message>
        <source>its events live in a database server; import files into a project of their own (a customers table joins with connect --customers-table)</source>
        <translation>sus eventos residen en un servidor de bases de datos; importe los archivos en un proyecto propio (una tabla de clientes se une con connect --customers-table)</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportReport</name>
    <message>
        <source>%1: customer table, %2 of %3 imported, %4 skipped; %5</source>
        <translation>%1: tabla de clientes, %2 de %3 importadas, %4 omitidas; %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln cliente nuevo</numerusform>
            <numerusform>%Ln clientes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 from %3, %4 skipped; %5, %6</source>
        <translation>%1: %2 de %3, %4 omitidas; %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  skipped %Ln row(s): %1; first at %2: %3</source>
        <translation>
            <numerusform>  %Ln fila omitida: %1; la primera en %2: %3</numerusform>
            <numerusform>  %Ln filas omitidas: %1; la primera en %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln customer(s) found to be the same person, %1 merged</source>
        <translation>
            <numerusform>  %Ln cliente identificado como la misma persona, %1 fusionados</numerusform>
            <numerusform>  %Ln clientes identificados como la misma persona, %1 fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer table row(s)</source>
        <translation>
            <numerusform>%Ln fila de tabla de clientes</numerusform>
            <numerusform>%Ln filas de tabla de clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 in %2 s (%3 rows/s)</source>
        <translation>%1 importadas en %2 s (%3 filas/s)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportWizard</name>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Keep customer ids and personal data as they are</source>
        <translation>Conservar tal cual los ID de cliente y los datos personales</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Clickstream or CRM exports, JSON Lines or XES event logs. They are imported together: all of them or none.</source>
        <translation>Exportaciones de clickstream o de CRM, registros de eventos JSON Lines o XES. Se importan juntos: todos o ninguno.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos para importar</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>&amp;Añadir archivos...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Detect from each file</source>
        <translation>Detectar en cada archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>New &amp;project:</source>
        <translation>Nuevo &amp;proyecto:</translation>
    </message>
    <message>
        <source>Into project:</source>
        <translation>En el proyecto:</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Proyectos de Journeyscope (*.journey)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>How journeys are cut into sessions and what to do with a bad row.</source>
        <translation>Cómo se dividen los recorridos en sesiones y qué hacer con una fila incorrecta.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session gap in minutes</source>
        <translation>Intervalo de sesión en minutos</translation>
    </message>
    <message>
        <source>Stop: import nothing and say where</source>
        <translation>Detener: no importar nada e indicar dónde</translation>
    </message>
    <message>
        <source>Skip the row and report it</source>
        <translation>Omitir la fila e informar de ella</translation>
    </message>
    <message>
        <source>On a bad row</source>
        <translation>Ante una fila incorrecta</translation>
    </message>
    <message>
        <source>Otherwise they are pseudonymised with a key kept in the project</source>
        <translation>De lo contrario, se seudonimizan con una clave guardada en el proyecto</translation>
    </message>
    <message>
        <source>Chosen when the project was created</source>
        <translation>Se eligió al crear el proyecto</translation>
    </message>
    <message>
        <source>A new &amp;session after a gap of:</source>
        <translation>Nueva &amp;sesión tras una inactividad de:</translation>
    </message>
    <message>
        <source>On a &amp;bad row:</source>
        <translation>Ante una fila &amp;incorrecta:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>Importando %n archivo...</numerusform>
            <numerusform>Importando %n archivos...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the project is as it was.</source>
        <translation>Importación cancelada: el proyecto sigue como estaba.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %L1 events.</source>
        <translation>Se importaron %L1 eventos.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
</context>
<context>
    <name>journeyscope::Importer</name>
    <message>
        <source>Events in a CSV or text table</source>
        <translation>Eventos en un CSV o tabla de texto</translation>
    </message>
    <message>
        <source>CSV and text tables (*.csv *.tsv *.txt *.dat)</source>
        <translation>CSV y tablas de texto (*.csv *.tsv *.txt *.dat)</translation>
    </message>
    <message>
        <source>Customer table (one row per customer)</source>
        <translation>Tabla de clientes (una fila por cliente)</translation>
    </message>
    <message>
        <source>Events in JSON Lines</source>
        <translation>Eventos en JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</translation>
    </message>
    <message>
        <source>XES event log</source>
        <translation>Registro de eventos XES</translation>
    </message>
    <message>
        <source>XES event logs (*.xes *.xes.gz)</source>
        <translation>Registros de eventos XES (*.xes *.xes.gz)</translation>
    </message>
    <message>
        <source>the XES standard</source>
        <translation>el estándar XES</translation>
    </message>
</context>
<context>
    <name>journeyscope::IssuesPanel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Model caveat</source>
        <translation>Limitación del modelo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyGraphScene</name>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 clientes</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 recorridos</translation>
    </message>
    <message>
        <source>%1
%L2 customers, %L3 events
%L4 journeys start here, %L5 end here, %L6 of them without the goal</source>
        <translation>%1
%L2 clientes, %L3 eventos
%L4 recorridos empiezan aquí, %L5 terminan aquí, %L6 de ellos sin el objetivo</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>No hay datos para este filtro</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Ningún recorrido pasa los filtros: amplíe las fechas, los canales o el segmento.</translation>
    </message>
    <message>
        <source>%1 → %2
%L3 transitions (%4 % of those leaving %1)</source>
        <translation>%1 → %2
%L3 transiciones (%4 % de las que salen de %1)</translation>
    </message>
    <message>
        <source>
median %1, 90 % within %2</source>
        <translation>
mediana %1, el 90 % en menos de %2</translation>
    </message>
    <message>
        <source>%L1 · %2 %</source>
        <translation>%L1 · %2 %</translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; node colour: friction score (0 little, 1 most; grey: too few journeys); dashed: loops back.</source>
        <translation>%L1 recorridos de %L2 clientes. Grosor de arista: transiciones; color de nodo: puntuación de fricción (0 poca, 1 máxima; gris: muy pocos recorridos); discontinua: vuelve atrás.</translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; colour: median time (pale fast, deep slow); node border: share ending there without the goal; dashed: loops back.</source>
        <translation>%L1 recorridos de %L2 clientes. Grosor de arista: transiciones; color: tiempo mediano (claro rápido, oscuro lento); borde de nodo: proporción que termina ahí sin el objetivo; discontinua: vuelve atrás.</translation>
    </message>
    <message>
        <source>Simplified: %1 % of transitions and %2 % of events hidden.</source>
        <translation>Simplificado: se ocultan el %1 % de las transiciones y el %2 % de los eventos.</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMap</name>
    <message>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>No hay datos para este filtro</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Ningún recorrido pasa los filtros: amplíe las fechas, los canales o el segmento.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido</translation>
    </message>
    <message>
        <source>%L1 journeys, %2 converted</source>
        <translation>%L1 recorridos, %2 convertidos</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 recorridos</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>%1
%L2 journeys, %L3 events%4</source>
        <translation>%1
%L2 recorridos, %L3 eventos%4</translation>
    </message>
    <message>
        <source>, mostly %1</source>
        <translation>, sobre todo %1</translation>
    </message>
    <message>
        <source>+ %L1 more</source>
        <translation>+ %L1 más</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Acciones del cliente</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>%1 of journeys reach it</source>
        <translation>llega el %1 de los recorridos</translation>
    </message>
    <message>
        <source>%1 of them convert</source>
        <translation>de ellos, convierte el %1</translation>
    </message>
    <message>
        <source>median %1 in the stage</source>
        <translation>mediana de %1 en la etapa</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Fricción</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 drop off here</source>
        <translation>aquí abandona el %1</translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation>Riesgo previsto</translation>
    </message>
    <message>
        <source>No drop-off model yet: train one (journeyscope-cli train PROJECT) to see where journeys are likely to end.</source>
        <translation>Aún no hay modelo de abandono: entrene uno (journeyscope-cli train PROJECT) para ver dónde es probable que terminen los recorridos.</translation>
    </message>
    <message>
        <source>%1 likely to drop off</source>
        <translation>abandono probable: %1</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>factores: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>No CSAT, NPS or sentiment column in the customer tables: import one, or set emotions by hand (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</source>
        <translation>No hay columna de CSAT, NPS ni sentimiento en las tablas de clientes: importe una o defina las emociones a mano (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</translation>
    </message>
    <message>
        <source>set by hand, -2 to 2</source>
        <translation>definida a mano, de -2 a 2</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>%1: friction %2, %3 end here</source>
        <translation>%1: fricción %2, aquí termina el %3</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>None noted yet (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</source>
        <translation>Aún no se ha anotado ninguna (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</translation>
    </message>
    <message>
        <source>Chips: touchpoints by the journeys that reach them, in their main channel&apos;s colour. Actions: the first visit to a stage, share of its journeys. Friction: 0 little, 1 most. ✎ written by the team.</source>
        <translation>Fichas: puntos de contacto según los recorridos que los alcanzan, en el color de su canal principal. Acciones: la primera visita a una etapa, proporción de sus recorridos. Fricción: 0 poca, 1 máxima. ✎ escrito por el equipo.</translation>
    </message>
    <message>
        <source>(%1, needs retraining)</source>
        <translation>(%1, hay que reentrenarlo)</translation>
    </message>
</context>
<context>
    <name>journeyscope::JsonLinesReader</name>
    <message>
        <source>the record is longer than %1 MiB; is the file JSON Lines (one object per line)?</source>
        <translation>el registro supera los %1 MiB; ¿es el archivo JSON Lines (un objeto por línea)?</translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation>el archivo está codificado en %1 (empieza con una marca de orden de bytes %1); guárdelo como UTF-8 e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found the byte 0x%1 (is the file in another encoding?)</source>
        <translation>se esperaba texto UTF-8, se encontró el byte 0x%1 (¿está el archivo en otra codificación?)</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>el final de la línea</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>el carácter de control U+%1</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found an array</source>
        <translation>se esperaba un objeto JSON (&apos;{&apos;) para el registro, se encontró un array</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a string</source>
        <translation>se esperaba un objeto JSON (&apos;{&apos;) para el registro, se encontró una cadena</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a number</source>
        <translation>se esperaba un objeto JSON (&apos;{&apos;) para el registro, se encontró un número</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found %1</source>
        <translation>se esperaba un objeto JSON (&apos;{&apos;) para el registro, se encontró %1</translation>
    </message>
    <message>
        <source>expected the end of the line after the record&apos;s closing &apos;}&apos;, found %1</source>
        <translation>se esperaba el final de la línea tras la &apos;}&apos; de cierre del registro, se encontró %1</translation>
    </message>
    <message>
        <source>expected at most %1 levels of nested objects and arrays, found more</source>
        <translation>se esperaban como máximo %1 niveles de objetos y arrays anidados, se encontraron más</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>se esperaba una clave entre comillas dobles, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>se esperaba &apos;:&apos; tras la clave, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member of the object, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; tras un miembro del objeto, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element of the array, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; tras un elemento del array, se encontró %1</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null), found %1</source>
        <translation>se esperaba un valor (un objeto, array, cadena, número, true, false o null), se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close the string, found %1</source>
        <translation>se esperaba &apos;&quot;&apos; para cerrar la cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected an escape sequence such as \t instead of %1 in the string</source>
        <translation>se esperaba una secuencia de escape como \t en lugar de %1 en la cadena</translation>
    </message>
    <message>
        <source>expected an escape sequence (\&quot; \\ \/ \b \f \n \r \t or \uXXXX) after &apos;\&apos;, found %1</source>
        <translation>se esperaba una secuencia de escape (\&quot; \\ \/ \b \f \n \r \t o \uXXXX) tras &apos;\&apos;, se encontró %1</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after &apos;\u&apos;, found %1</source>
        <translation>se esperaban cuatro dígitos hexadecimales tras &apos;\u&apos;, se encontró %1</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;, found %1</source>
        <translation>se esperaba un dígito tras &apos;-&apos;, se encontró %1</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>se esperaba un dígito tras el punto decimal, se encontró %1</translation>
    </message>
    <message>
        <source>expected a digit in the exponent, found %1</source>
        <translation>se esperaba un dígito en el exponente, se encontró %1</translation>
    </message>
    <message>
        <source>expected at most %1 values in the record, found more</source>
        <translation>se esperaban como máximo %1 valores en el registro, se encontraron más</translation>
    </message>
    <message>
        <source>expected at most %1 MiB of field names (dotted paths) in the record, found more</source>
        <translation>se esperaban como máximo %1 MiB de nombres de campo (rutas con puntos) en el registro, se encontraron más</translation>
    </message>
</context>
<context>
    <name>journeyscope::LabelModel</name>
    <message>
        <source>&quot;%1&quot; has %2 customers with %3 and %4 without: a model needs at least %5 of each</source>
        <translation>&quot;%1&quot; tiene %2 clientes con %3 y %4 sin ese valor: un modelo necesita al menos %5 de cada tipo</translation>
    </message>
    <message>
        <source>the customer tables have no column besides &quot;%1&quot; to learn from</source>
        <translation>las tablas de clientes no tienen ninguna columna aparte de &quot;%1&quot; de la que aprender</translation>
    </message>
</context>
<context>
    <name>journeyscope::Layout</name>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation>la columna &quot;%1&quot; mezcla fechas con el día primero y con el mes primero; indique el formato con --time-format</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: every date fits both day/month and month/day order (for example &quot;%2&quot;); say which with --time-format dmy or --time-format mdy</source>
        <translation>columna &quot;%1&quot;: todas las fechas encajan tanto en el orden día/mes como en mes/día (por ejemplo, &quot;%2&quot;); indique cuál con --time-format dmy o --time-format mdy</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: dates read as %2, because of values such as &quot;%3&quot;</source>
        <translation>columna &quot;%1&quot;: fechas leídas como %2 por valores como &quot;%3&quot;</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>the file has no header line: its columns are numbered</source>
        <translation>el archivo no tiene línea de encabezado: sus columnas están numeradas</translation>
    </message>
</context>
<context>
    <name>journeyscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Journeyscope</source>
        <translation>Journeyscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nuevo proyecto...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>&amp;Import Data...</source>
        <translation>&amp;Importar datos...</translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation>&amp;Guardar proyecto como...</translation>
    </message>
    <message>
        <source>&amp;Export View...</source>
        <translation>&amp;Exportar vista...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>S&amp;tages...</source>
        <translation>&amp;Etapas...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Redraw</source>
        <translation>&amp;Redibujar</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Present...</source>
        <translation>&amp;Presentar...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Journeyscope</source>
        <translation>&amp;Acerca de Journeyscope</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Proyectos de Journeyscope (*.journey)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>%1 - Journeyscope</source>
        <translation>%1 - Journeyscope</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Select something in the project or click a node, a chip or a line to see its numbers.</source>
        <translation>Seleccione algo en el proyecto o haga clic en un nodo, una ficha o una línea para ver sus cifras.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Issues (%L1)</source>
        <translation>Incidencias (%L1)</translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation>Cambiar las rutas</translation>
    </message>
    <message>
        <source>Cannot show the paths</source>
        <translation>No se pueden mostrar las rutas</translation>
    </message>
    <message>
        <source>Choose a view that is drawn to export it.</source>
        <translation>Elija una vista ya dibujada para exportarla.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Imagen PNG, 300 ppp (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se exportó %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Open a project to present it.</source>
        <translation>Abra un proyecto para presentarlo.</translation>
    </message>
    <message>
        <source>About Journeyscope</source>
        <translation>Acerca de Journeyscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer-journey mapping driven by data. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Mapeo del recorrido del cliente basado en datos. Sus datos permanecen en este equipo.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language shows from the next start. Restart Journeyscope now?</source>
        <translation>El nuevo idioma se aplica en el próximo inicio. ¿Reiniciar Journeyscope ahora?</translation>
    </message>
    <message>
        <source>Take in the touchpoints and channels the warehouse table gained since the project was connected</source>
        <translation>Incorporar los puntos de contacto y canales que la tabla del almacén ganó desde que se conectó el proyecto</translation>
    </message>
    <message>
        <source>Refresh from Warehouse</source>
        <translation>Actualizar desde el almacén</translation>
    </message>
    <message>
        <source>Refresh from &amp;Warehouse</source>
        <translation>Ac&amp;tualizar desde el almacén</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>What the team saw or wants to try</source>
        <translation>Lo que el equipo observó o quiere probar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Emotion from -2 (very negative) to 2 (very positive)</source>
        <translation>Emoción de -2 (muy negativa) a 2 (muy positiva)</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Carril:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteEdits</name>
    <message>
        <source>Add note on %1</source>
        <translation>Añadir nota sobre %1</translation>
    </message>
    <message>
        <source>Delete note on %1</source>
        <translation>Eliminar nota sobre %1</translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation>no hay ninguna nota %1 en el mapa</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNotes</name>
    <message>
        <source>expected STAGE:pain=TEXT, STAGE:opportunity=TEXT or STAGE:emotion=-2..2, found &quot;%1&quot;</source>
        <translation>se esperaba STAGE:pain=TEXT, STAGE:opportunity=TEXT o STAGE:emotion=-2..2, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;; the stages are %2</source>
        <translation>no existe la etapa &quot;%1&quot;; las etapas son %2</translation>
    </message>
    <message>
        <source>expected an emotion from -2 (very negative) to 2 (very positive), found &quot;%1&quot;</source>
        <translation>se esperaba una emoción de -2 (muy negativa) a 2 (muy positiva), se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the lane pain, opportunity or emotion, found &quot;%1&quot;</source>
        <translation>se esperaba el carril pain, opportunity o emotion, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the note for %1 is empty</source>
        <translation>la nota para %1 está vacía</translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation>no hay ninguna nota %1 en el mapa</translation>
    </message>
</context>
<context>
    <name>journeyscope::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>How each column is read. Change a role where the guess is wrong.</source>
        <translation>Cómo se lee cada columna. Cambie un rol si la suposición es incorrecta.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Roles de las columnas</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>&amp;Cargar asignación...</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>&amp;Guardar asignación...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Only one column can be the %1.</source>
        <translation>Solo una columna puede tener el rol %1.</translation>
    </message>
    <message>
        <source>An import needs a column for: %1.</source>
        <translation>Una importación necesita una columna para: %1.</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Cargar asignación</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Asignaciones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar asignación</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Asignaciones (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>Se guardó la asignación en %1.</translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelBytes</name>
    <message>
        <source>it does not begin as a model</source>
        <translation>no empieza como un modelo</translation>
    </message>
    <message>
        <source>bytes follow the end of the model at byte %1</source>
        <translation>hay bytes tras el final del modelo en el byte %1</translation>
    </message>
    <message>
        <source>the model ends early</source>
        <translation>el modelo termina antes de tiempo</translation>
    </message>
    <message>
        <source>a length at byte %1 is not an integer</source>
        <translation>una longitud en el byte %1 no es un entero</translation>
    </message>
    <message>
        <source>a length at byte %1 (%2) does not fit in the model</source>
        <translation>una longitud en el byte %1 (%2) no cabe en el modelo</translation>
    </message>
    <message>
        <source>the model nests deeper than %1 levels</source>
        <translation>el modelo se anida en más de %1 niveles</translation>
    </message>
    <message>
        <source>an unknown marker at byte %1</source>
        <translation>un marcador desconocido en el byte %1</translation>
    </message>
    <message>
        <source>a typed array at byte %1 is malformed</source>
        <translation>una matriz tipada en el byte %1 está mal formada</translation>
    </message>
    <message>
        <source>it states %1 = %2, more than it holds</source>
        <translation>indica %1 = %2, más de lo que contiene</translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelReportScene</name>
    <message>
        <source>%1: ROC-AUC %2, PR-AUC %3 on %L4 held-out cases</source>
        <translation>%1: ROC-AUC %2, PR-AUC %3 en %L4 casos reservados</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>tasa de falsos positivos</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Precisión y exhaustividad</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>Lift by decile (1: highest scores)</source>
        <translation>Lift por decil (1: puntuaciones más altas)</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>lift</translation>
    </message>
    <message>
        <source>What drives it (mean |SHAP|, log odds)</source>
        <translation>Factores (|SHAP| medio, log odds)</translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation>|SHAP| medio</translation>
    </message>
</context>
<context>
    <name>journeyscope::NextStepModel</name>
    <message>
        <source>%1 journeys are too few to learn and test next steps</source>
        <translation>%1 recorridos son demasiado pocos para aprender y probar los pasos siguientes</translation>
    </message>
</context>
<context>
    <name>journeyscope::Paths</name>
    <message>
        <source>Unknown anchor touchpoint %1; the log has %2</source>
        <translation>Punto de contacto de referencia desconocido: %1; el registro tiene %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::PeopleSelection</name>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation>no hay ningún punto de contacto &quot;%1&quot; en el proyecto</translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;</source>
        <translation>no existe la etapa &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>journeyscope::PersonaScene</name>
    <message>
        <source>%1 of customers (%L2)</source>
        <translation>%1 de los clientes (%L2)</translation>
    </message>
    <message>
        <source>Its segment cannot be recomputed on this data.</source>
        <translation>Su segmento no se puede recalcular con estos datos.</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>En cifras</translation>
    </message>
    <message>
        <source>converts %1 · mean value %2 · %3 sessions on average</source>
        <translation>convierte el %1 · valor medio %2 · %3 sesiones de media</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Typical path (%L1 start this way)</source>
        <translation>Ruta típica (%L1 empiezan así)</translation>
    </message>
    <message>
        <source>%1 (%2 of their drop-offs)</source>
        <translation>%1 (%2 de sus abandonos)</translation>
    </message>
    <message>
        <source>Where they drop off</source>
        <translation>Dónde abandonan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <source>Draft them from the segments: journeyscope-cli segments PROJECT --save-personas.</source>
        <translation>Créelas a partir de los segmentos: journeyscope-cli segments PROJECT --save-personas.</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>No hay datos para este filtro</translation>
    </message>
    <message>
        <source>No customer of any persona passes the filters.</source>
        <translation>Ningún cliente de ninguna persona pasa los filtros.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>journeyscope::Personas</name>
    <message>
        <source>lapsed customers</source>
        <translation>clientes inactivos</translation>
    </message>
    <message>
        <source>loyalists</source>
        <translation>fieles</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>compradores</translation>
    </message>
    <message>
        <source>regulars</source>
        <translation>habituales</translation>
    </message>
    <message>
        <source>one-time visitors</source>
        <translation>visitantes de una sola vez</translation>
    </message>
    <message>
        <source>browsers</source>
        <translation>exploradores</translation>
    </message>
    <message>
        <source>who abandon carts</source>
        <translation>que abandonan el carrito</translation>
    </message>
    <message>
        <source>who abandon checkout</source>
        <translation>que abandonan el pago</translation>
    </message>
    <message>
        <source>who drop off at %1</source>
        <translation>que abandonan en %1</translation>
    </message>
    <message>
        <source>I got as far as %1, and then I left.</source>
        <translation>Llegué hasta %1 y luego me fui.</translation>
    </message>
    <message>
        <source>I used to come here. Lately nothing has given me a reason to.</source>
        <translation>Antes venía por aquí. Últimamente nada me ha dado un motivo para hacerlo.</translation>
    </message>
    <message>
        <source>I know what I want, and I keep coming back for it.</source>
        <translation>Sé lo que quiero y siempre vuelvo por ello.</translation>
    </message>
    <message>
        <source>When I find what I need, I buy it.</source>
        <translation>Cuando encuentro lo que necesito, lo compro.</translation>
    </message>
    <message>
        <source>I come back often, but I am not convinced yet.</source>
        <translation>Vuelvo a menudo, pero todavía no estoy convencido.</translation>
    </message>
    <message>
        <source>I had a look once. Nothing made me stay.</source>
        <translation>Eché un vistazo una vez. Nada hizo que me quedara.</translation>
    </message>
    <message>
        <source>I am just looking around for now.</source>
        <translation>De momento solo estoy mirando.</translation>
    </message>
    <message>
        <source>Do everything on %1</source>
        <translation>Hacerlo todo en %1</translation>
    </message>
    <message>
        <source>Move between %1 and %2 without starting over</source>
        <translation>Pasar de %1 a %2 sin empezar de nuevo</translation>
    </message>
    <message>
        <source>Get service that matches what they spend</source>
        <translation>Recibir un servicio acorde a lo que gasta</translation>
    </message>
    <message>
        <source>Find a reason to come back</source>
        <translation>Encontrar un motivo para volver</translation>
    </message>
    <message>
        <source>Pick up where they left off on every visit</source>
        <translation>Retomar lo que dejó en cada visita</translation>
    </message>
    <message>
        <source>Get from %1 to %2 quickly</source>
        <translation>Ir de %1 a %2 rápidamente</translation>
    </message>
    <message>
        <source>Buy quickly, without detours</source>
        <translation>Comprar rápido, sin rodeos</translation>
    </message>
    <message>
        <source>Decide in a single visit</source>
        <translation>Decidir en una sola visita</translation>
    </message>
    <message>
        <source>Compare options before committing</source>
        <translation>Comparar opciones antes de decidirse</translation>
    </message>
    <message>
        <source>Leaves the cart without buying</source>
        <translation>Abandona el carrito sin comprar</translation>
    </message>
    <message>
        <source>Gives up at %1</source>
        <translation>Se rinde en %1</translation>
    </message>
    <message>
        <source>Leaves at %1 without converting</source>
        <translation>Se va en %1 sin convertir</translation>
    </message>
    <message>
        <source>Does not find a reason to convert</source>
        <translation>No encuentra un motivo para convertir</translation>
    </message>
    <message>
        <source>Nothing has brought them back lately</source>
        <translation>Últimamente nada le ha hecho volver</translation>
    </message>
    <message>
        <source>Needs many steps to get anywhere</source>
        <translation>Necesita muchos pasos para llegar a algún sitio</translation>
    </message>
    <message>
        <source>no persona %1</source>
        <translation>no existe la persona %1</translation>
    </message>
    <message>
        <source>High-value</source>
        <translation>de alto valor</translation>
    </message>
    <message>
        <source>Low-value</source>
        <translation>de bajo valor</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;: its k-means model is missing or damaged</source>
        <translation>segmento &quot;%1&quot;: su modelo k-means falta o está dañado</translation>
    </message>
    <message>
        <source>no segment &quot;%1&quot;; expected rfm:NAME (%2) or a persona&apos;s segment</source>
        <translation>no existe el segmento &quot;%1&quot;; se esperaba rfm:NOMBRE (%2) o el segmento de una persona</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <comment>persona name: value tier, channel, who they are, where they drop off; any may be empty</comment>
        <translation>%3 %2 %1 %4</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>no existe la persona %1; `personas PROJECT` las enumera</translation>
    </message>
</context>
<context>
    <name>journeyscope::PgConnection</name>
    <message>
        <source>the database returned &quot;%1&quot; where a whole number belongs (%2)</source>
        <translation>la base de datos devolvió «%1» donde corresponde un número entero (%2)</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>no se puede conectar con la base de datos: %1</translation>
    </message>
    <message>
        <source>quoting the name &quot;%1&quot;</source>
        <translation>se entrecomillaba el nombre «%1»</translation>
    </message>
    <message>
        <source>sending a query</source>
        <translation>se enviaba una consulta</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>se esperaba una respuesta</translation>
    </message>
    <message>
        <source>the database refused a query: %1</source>
        <translation>la base de datos rechazó una consulta: %1</translation>
    </message>
    <message>
        <source>reading an answer</source>
        <translation>se leía una respuesta</translation>
    </message>
    <message>
        <source>the connection string cannot be read: %1</source>
        <translation>la cadena de conexión no se puede leer: %1</translation>
    </message>
    <message>
        <source>the connection string holds a password, which would be stored in the project file: give it in PGPASSWORD or ~/.pgpass instead</source>
        <translation>la cadena de conexión contiene una contraseña, que se guardaría en el archivo del proyecto: indíquela en PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>the database connection failed while %1: %2</source>
        <translation>la conexión con la base de datos falló mientras %1: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationDialog</name>
    <message>
        <source>Presenter notes on the other screen</source>
        <translation>Notas del presentador en la otra pantalla</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Slides, in order:</source>
        <translation>Diapositivas, en orden:</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>Pan&amp;talla:</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositiva %1 de %2: %3</translation>
    </message>
    <message>
        <source>, stage %1 of %2</source>
        <translation>, etapa %1 de %2</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresenterNotes</name>
    <message>
        <source>Presenter notes</source>
        <translation>Notas del presentador</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Última diapositiva</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>No hay notas para esta diapositiva.</translation>
    </message>
</context>
<context>
    <name>journeyscope::Project</name>
    <message>
        <source>no such project file</source>
        <translation>no existe el archivo de proyecto</translation>
    </message>
    <message>
        <source>not a Journeyscope project (the file is empty)</source>
        <translation>no es un proyecto de Journeyscope (el archivo está vacío)</translation>
    </message>
    <message>
        <source>not a Journeyscope project (not an SQLite database)</source>
        <translation>no es un proyecto de Journeyscope (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>not a Journeyscope project (an SQLite database of another application)</source>
        <translation>no es un proyecto de Journeyscope (es una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>made by a newer version of Journeyscope (project format %1; this version reads up to %2): update Journeyscope to open it</source>
        <translation>creado con una versión más reciente de Journeyscope (formato de proyecto %1; esta versión lee hasta el %2): actualice Journeyscope para abrirlo</translation>
    </message>
    <message>
        <source>not a Journeyscope project (no format version)</source>
        <translation>no es un proyecto de Journeyscope (sin versión de formato)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>made by an older version of Journeyscope; open it for writing once to upgrade it</source>
        <translation>creado con una versión anterior de Journeyscope; ábralo una vez para escritura para actualizarlo</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>the project&apos;s pseudonymisation key is missing</source>
        <translation>falta la clave de seudonimización del proyecto</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectCopy</name>
    <message>
        <source>is the project itself</source>
        <translation>es el propio proyecto</translation>
    </message>
    <message>
        <source>cannot be replaced</source>
        <translation>no se puede reemplazar</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation>Explorador del proyecto</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectOutline</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1
format %2
%3 rows, %4 imported, %5 skipped
imported %6</source>
        <translation>%1
formato %2
%3 filas, %4 importadas, %5 omitidas
importado el %6</translation>
    </message>
    <message>
        <source>Stages and touchpoints</source>
        <translation>Etapas y puntos de contacto</translation>
    </message>
    <message>
        <source>%1
%2 events</source>
        <translation>%1
%2 eventos</translation>
    </message>
    <message>
        <source>%1
%2 touchpoints</source>
        <translation>%1
%2 puntos de contacto</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
    <message>
        <source>Touchpoints without a stage: give them one to place them on the map.</source>
        <translation>Puntos de contacto sin etapa: asígneles una para situarlos en el mapa.</translation>
    </message>
    <message>
        <source>Segments and personas</source>
        <translation>Segmentos y personas</translation>
    </message>
    <message>
        <source>Persona %1
&quot;%2&quot;
segment %3</source>
        <translation>Persona %1
&quot;%2&quot;
segmento %3</translation>
    </message>
    <message>
        <source>RFM segment %1: by recency, frequency and value</source>
        <translation>Segmento RFM %1: por recencia, frecuencia y valor</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>%1
ROC-AUC %2, PR-AUC %3 on %4 held-out cases
%5
trained %6</source>
        <translation>%1
ROC-AUC %2, PR-AUC %3 en %4 casos reservados
%5
entrenado el %6</translation>
    </message>
    <message>
        <source>ROC-AUC %1 (%2): read its risks as hints, not forecasts</source>
        <translation>ROC-AUC %1 (%2): tome sus riesgos como indicios, no como pronósticos</translation>
    </message>
    <message>
        <source>weaker for %1: ROC-AUC %2 on %3 cases (%4 overall)</source>
        <translation>más débil para %1: ROC-AUC %2 en %3 casos (%4 en general)</translation>
    </message>
    <message>
        <source>trained before the latest import: train again to include the new data</source>
        <translation>entrenado antes de la última importación: vuelva a entrenarlo para incluir los datos nuevos</translation>
    </message>
    <message>
        <source>needs retraining: a customer it learnt from was erased since, and it still holds what it learnt from them</source>
        <translation>hay que reentrenarlo: un cliente del que aprendió se ha borrado desde entonces, y aún conserva lo que aprendió de él</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectSummaryWidget</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Fecha de importación</translation>
    </message>
    <message>
        <source>Open a project (*.journey) with File &gt; Open.</source>
        <translation>Abra un proyecto (*.journey) con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectViews</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Change the %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change the funnel steps</source>
        <translation>Cambiar los pasos del embudo</translation>
    </message>
    <message>
        <source>Loading the events of %1...</source>
        <translation>Cargando los eventos de %1...</translation>
    </message>
    <message>
        <source>Cannot load the events</source>
        <translation>No se pueden cargar los eventos</translation>
    </message>
    <message>
        <source>Drawing the %1...</source>
        <translation>Dibujando %1...</translation>
    </message>
    <message>
        <source>Cannot draw this view</source>
        <translation>No se puede dibujar esta vista</translation>
    </message>
    <message>
        <source>Drawing cancelled</source>
        <translation>Dibujo cancelado</translation>
    </message>
    <message>
        <source>Press F5 to draw this view.</source>
        <translation>Pulse F5 para dibujar esta vista.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>Open the project again to see its views.</source>
        <translation>Vuelva a abrir el proyecto para ver sus vistas.</translation>
    </message>
    <message>
        <source>no view is drawn to export</source>
        <translation>no hay ninguna vista dibujada para exportar</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the Funnel</source>
        <translation>Añadir &quot;%1&quot; al embudo</translation>
    </message>
    <message>
        <source>Only Journeys Through &quot;%1&quot;</source>
        <translation>Solo recorridos que pasan por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Paths into &quot;%1&quot;</source>
        <translation>Rutas hacia &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation>Cambiar las rutas</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Only Journeys Reaching &quot;%1&quot;</source>
        <translation>Solo recorridos que llegan a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Warehouse password</source>
        <translation>Contraseña del almacén</translation>
    </message>
    <message>
        <source>%1

The password for %2 (kept until the project is closed, never saved):</source>
        <translation>%1

La contraseña de %2 (se guarda hasta cerrar el proyecto, nunca se almacena):</translation>
    </message>
    <message>
        <source>Taking in what %1&apos;s table gained...</source>
        <translation>Incorporando lo que ganó la tabla de %1...</translation>
    </message>
    <message>
        <source>new touchpoints (in no stage yet): %1</source>
        <translation>nuevos puntos de contacto (aún en ninguna etapa): %1</translation>
    </message>
    <message>
        <source>new channels: %1</source>
        <translation>nuevos canales: %1</translation>
    </message>
    <message>
        <source>The warehouse table holds no new touchpoint or channel.</source>
        <translation>La tabla del almacén no contiene ningún punto de contacto ni canal nuevo.</translation>
    </message>
    <message>
        <source>Taken in from the warehouse: %1.</source>
        <translation>Incorporado desde el almacén: %1.</translation>
    </message>
</context>
<context>
    <name>journeyscope::RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Leales</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Leales potenciales</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Necesitan atención</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>A punto de dormirse</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>No podemos perderlos</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
</context>
<context>
    <name>journeyscope::RoleDetector</name>
    <message>
        <source>not recognised: kept as an attribute</source>
        <translation>no reconocida: se conserva como atributo</translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot;, which is not in the header; the columns are %3</source>
        <translation>%1 indica la columna &quot;%2&quot;, que no está en el encabezado; las columnas son %3</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>indicado por %1</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>encabezado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; names an amount</source>
        <translation>el encabezado &quot;%1&quot; indica un importe</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;: another id of the customer</source>
        <translation>encabezado &quot;%1&quot;: otro ID del cliente</translation>
    </message>
    <message>
        <source>values look like email addresses</source>
        <translation>los valores parecen direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>values look like IP addresses</source>
        <translation>los valores parecen direcciones IP</translation>
    </message>
    <message>
        <source>values look like international phone numbers</source>
        <translation>los valores parecen números de teléfono internacionales</translation>
    </message>
    <message>
        <source>first column of a table without a header</source>
        <translation>primera columna de una tabla sin encabezado</translation>
    </message>
    <message>
        <source>last decimal column of a table without a header</source>
        <translation>última columna decimal de una tabla sin encabezado</translation>
    </message>
    <message>
        <source>values look like times</source>
        <translation>los valores parecen fechas y horas</translation>
    </message>
    <message>
        <source>a date in a table without an event column</source>
        <translation>una fecha en una tabla sin columna de evento</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>no event column: each date column gives an event (%1)</source>
        <translation>sin columna de evento: cada columna de fecha da lugar a un evento (%1)</translation>
    </message>
    <message>
        <source>an event name is given for &quot;%1&quot;, which is not a date column of an activity table</source>
        <translation>se indicó un nombre de evento para &quot;%1&quot;, que no es una columna de fecha de una tabla de actividad</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>no %1 column: expected a column named like %2, or %3 COLUMN; the columns are %4</source>
        <translation>no hay columna de %1: se esperaba una columna con un nombre como %2, o %3 COLUMN; las columnas son %4</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation>la columna &quot;%1&quot; mezcla fechas con el día primero y con el mes primero; indique el formato con --time-format</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the values are not times in a known format; give one with --time-format (for example &quot;%d.%m.%Y %H:%M&quot;)</source>
        <translation>columna &quot;%1&quot;: los valores no son fechas y horas en un formato conocido; indique uno con --time-format (por ejemplo, &quot;%d.%m.%Y %H:%M&quot;)</translation>
    </message>
</context>
<context>
    <name>journeyscope::SankeyScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>No hay datos para este filtro</translation>
    </message>
    <message>
        <source>No journey passes %1 with these filters.</source>
        <translation>Ningún recorrido pasa por %1 con estos filtros.</translation>
    </message>
    <message>
        <source>Paths from %1</source>
        <translation>Rutas desde %1</translation>
    </message>
    <message>
        <source>Paths to %1</source>
        <translation>Rutas hacia %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys pass it; ribbons as wide as the journeys taking them</source>
        <translation>%L1 de %L2 recorridos pasan por él; cada banda es tan ancha como los recorridos que la siguen</translation>
    </message>
</context>
<context>
    <name>journeyscope::SceneExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>unsaved project</source>
        <translation>proyecto sin guardar</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>todos los clientes</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>datos %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>generated %1 UTC</source>
        <translation>generado el %1 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>expected pdf, png or svg, found &quot;%1&quot;</source>
        <translation>se esperaba pdf, png o svg, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot encode the picture as PNG</source>
        <translation>no se puede codificar la imagen como PNG</translation>
    </message>
    <message>
        <source>a pack needs at least one view</source>
        <translation>un paquete necesita al menos una vista</translation>
    </message>
</context>
<context>
    <name>journeyscope::Segmentation</name>
    <message>
        <source>Cluster %1</source>
        <translation>Clúster %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>journeyscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Session gap of new imports</source>
        <translation>Intervalo de sesión de las nuevas importaciones</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Números y fechas</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Session gap of new imports:</source>
        <translation>Intervalo de &amp;sesión de las nuevas importaciones:</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Números y fechas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageChange</name>
    <message>
        <source>a stage is renamed to &quot;%1&quot;, which is not one of the stages</source>
        <translation>una etapa se renombra a &quot;%1&quot;, que no es ninguna de las etapas</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEditorDialog</name>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Añadir etapa</translation>
    </message>
    <message>
        <source>&amp;Remove Stage</source>
        <translation>&amp;Quitar etapa</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Propose from the Data</source>
        <translation>&amp;Proponer a partir de los datos</translation>
    </message>
    <message>
        <source>Stages cut where touchpoints usually come in the journeys</source>
        <translation>Etapas delimitadas según dónde suelen aparecer los puntos de contacto en los recorridos</translation>
    </message>
    <message>
        <source> stages</source>
        <translation> etapas</translation>
    </message>
    <message>
        <source>Stages to propose</source>
        <translation>Etapas que proponer</translation>
    </message>
    <message>
        <source>Drag touchpoints between stages and stages into their order; double-click a stage to rename it.</source>
        <translation>Arrastre los puntos de contacto entre etapas, y las etapas para ordenarlas; haga doble clic en una etapa para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
    <message>
        <source>%1 stages, %2 touchpoints without one.</source>
        <translation>%1 etapas, %2 puntos de contacto sin etapa.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Nueva etapa %1</translation>
    </message>
    <message>
        <source>The events are in a warehouse: journeyscope-cli stages PROJECT --auto 5 --accept proposes stages there</source>
        <translation>Los eventos están en un almacén: journeyscope-cli stages PROJECT --auto 5 --accept propone etapas allí</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEdits</name>
    <message>
        <source>Edit stages</source>
        <translation>Editar etapas</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageMappingFile</name>
    <message>
        <source>expected a header with touchpoint and stage</source>
        <translation>se esperaba un encabezado con touchpoint y stage</translation>
    </message>
    <message>
        <source>expected a header with the columns touchpoint and stage</source>
        <translation>se esperaba un encabezado con las columnas touchpoint y stage</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, se encontraron %2</translation>
    </message>
    <message>
        <source>expected a touchpoint name</source>
        <translation>se esperaba un nombre de punto de contacto</translation>
    </message>
    <message>
        <source>expected a stage name</source>
        <translation>se esperaba un nombre de etapa</translation>
    </message>
    <message>
        <source>the project has no touchpoint &quot;%1&quot;</source>
        <translation>el proyecto no tiene ningún punto de contacto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in stage &quot;%2&quot; (line %3)</source>
        <translation>&quot;%1&quot; ya está en la etapa &quot;%2&quot; (línea %3)</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageModel</name>
    <message>
        <source>a stage needs a name</source>
        <translation>una etapa necesita un nombre</translation>
    </message>
    <message>
        <source>there is already a stage %1</source>
        <translation>ya existe una etapa %1</translation>
    </message>
    <message>
        <source>there is no stage %1</source>
        <translation>no existe la etapa %1</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Consideración</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>cannot move stage %1 to %2: there are stages 1 to %3</source>
        <translation>no se puede mover la etapa %1 a %2: hay etapas de la 1 a la %3</translation>
    </message>
    <message>
        <source>cannot add a stage at position %1 of %2</source>
        <translation>no se puede añadir una etapa en la posición %1 de %2</translation>
    </message>
    <message>
        <source>a project has %1 to %2 stages, not %3</source>
        <translation>un proyecto tiene de %1 a %2 etapas, no %3</translation>
    </message>
    <message>
        <source>stage %1 has no name</source>
        <translation>la etapa %1 no tiene nombre</translation>
    </message>
    <message>
        <source>there are two stages %1</source>
        <translation>hay dos etapas %1</translation>
    </message>
    <message>
        <source>touchpoint %1 is put in %2, which is not a stage</source>
        <translation>el punto de contacto %1 está asignado a %2, que no es una etapa</translation>
    </message>
    <message>
        <source>the stage model is written inside a transaction</source>
        <translation>el modelo de etapas se escribe dentro de una transacción</translation>
    </message>
    <message>
        <source>there is no touchpoint %1 in the project</source>
        <translation>no hay ningún punto de contacto %1 en el proyecto</translation>
    </message>
    <message>
        <source>auto-staging makes %1 to %2 stages, not %3</source>
        <translation>la creación automática de etapas genera de %1 a %2 etapas, no %3</translation>
    </message>
    <message>
        <source>%1 stages need at least %1 touchpoints with events, not %2</source>
        <translation>%1 etapas necesitan al menos %1 puntos de contacto con eventos, no %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageTree</name>
    <message>
        <source>Stages and their touchpoints</source>
        <translation>Etapas y sus puntos de contacto</translation>
    </message>
</context>
<context>
    <name>journeyscope::StoredModel</name>
    <message>
        <source>drop-off model %1</source>
        <translation>modelo de abandono %1</translation>
    </message>
    <message>
        <source>model %1 of %2</source>
        <translation>modelo %1 de %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::TimestampFormat</name>
    <message>
        <source>Unknown time format &quot;%1&quot;: use iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd or a pattern such as %d/%m/%Y %H:%M.</source>
        <translation>Formato de fecha y hora desconocido &quot;%1&quot;: use iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd o un patrón como %d/%m/%Y %H:%M.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; ends with a lone %: write %% for a percent sign.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; termina con un % suelto: escriba %% para un signo de porcentaje.</translation>
    </message>
    <message>
        <source>Unknown directive %1 in time format &quot;%2&quot;: use %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F or %%.</source>
        <translation>Directiva desconocida %1 en el formato de fecha y hora &quot;%2&quot;: use %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F o %%.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; gives the same field twice (again at %2).</source>
        <translation>El formato de fecha y hora &quot;%1&quot; indica el mismo campo dos veces (de nuevo en %2).</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no year: add %Y, %y or %F.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; no tiene año: añada %Y, %y o %F.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no month: add %m, %b, %B or %F.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; no tiene mes: añada %m, %b, %B o %F.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no day: add %d, %e or %F.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; no tiene día: añada %d, %e o %F.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %I without %p: add %p, or use %H for a 24-hour clock.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; usa %I sin %p: añada %p o use %H para un reloj de 24 horas.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %p without %I: use %I for the hour on a 12-hour clock.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; usa %p sin %I: use %I para la hora en un reloj de 12 horas.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has minutes but no hour: add %H or %I.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; tiene minutos pero no hora: añada %H o %I.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has seconds but no minutes: add %M.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; tiene segundos pero no minutos: añada %M.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has %f but no seconds: add %S.</source>
        <translation>El formato de fecha y hora &quot;%1&quot; tiene %f pero no segundos: añada %S.</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2024-03-01T10:22:33Z</source>
        <translation>una fecha y hora ISO 8601 como 2024-03-01T10:22:33Z</translation>
    </message>
    <message>
        <source>Unix time in seconds such as 1709288553</source>
        <translation>tiempo Unix en segundos como 1709288553</translation>
    </message>
    <message>
        <source>Unix time in milliseconds such as 1709288553000</source>
        <translation>tiempo Unix en milisegundos como 1709288553000</translation>
    </message>
    <message>
        <source>Unix time in microseconds such as 1709288553000000</source>
        <translation>tiempo Unix en microsegundos como 1709288553000000</translation>
    </message>
    <message>
        <source>Unix time in nanoseconds such as 1709288553000000000</source>
        <translation>tiempo Unix en nanosegundos como 1709288553000000000</translation>
    </message>
    <message>
        <source>a day-first date such as 24/03/2024 14:22</source>
        <translation>una fecha con el día primero como 24/03/2024 14:22</translation>
    </message>
    <message>
        <source>a month-first date such as 03/24/2024 2:22 PM</source>
        <translation>una fecha con el mes primero como 03/24/2024 2:22 PM</translation>
    </message>
    <message>
        <source>a date written YYYYMMDD such as 20240324</source>
        <translation>una fecha escrita AAAAMMDD como 20240324</translation>
    </message>
    <message>
        <source>a time in a custom pattern</source>
        <translation>una fecha y hora con un patrón personalizado</translation>
    </message>
    <message>
        <source>a time in the format &quot;%1&quot; such as %2</source>
        <translation>una fecha y hora en el formato &quot;%1&quot; como %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::TouchpointLookup</name>
    <message>
        <source>the table holds the event &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>la tabla contiene el evento «%1», que el proyecto no conoce: actualice el proyecto (connect PROJECT --refresh) para incluirlo</translation>
    </message>
    <message numerus="yes">
        <source>the table holds %n event(s) of names the project does not know: refresh the project (connect PROJECT --refresh) to take them in</source>
        <translation>
            <numerusform>la tabla contiene %n evento de un nombre que el proyecto no conoce: actualice el proyecto (connect PROJECT --refresh) para incluirlo</numerusform>
            <numerusform>la tabla contiene %n eventos de nombres que el proyecto no conoce: actualice el proyecto (connect PROJECT --refresh) para incluirlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewFilter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>channels %1</source>
        <translation>canales %1</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>todos los clientes</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;</source>
        <translation>no existe el canal &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewKind</name>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido</translation>
    </message>
    <message>
        <source>Journey graph</source>
        <translation>Grafo del recorrido</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Fricción</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewOptionsBar</name>
    <message>
        <source>Nodes:</source>
        <translation>Nodos:</translation>
    </message>
    <message>
        <source>Graph level</source>
        <translation>Nivel del grafo</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detalle:</translation>
    </message>
    <message>
        <source>Share of nodes shown</source>
        <translation>Proporción de nodos mostrados</translation>
    </message>
    <message>
        <source>Share of transitions shown</source>
        <translation>Proporción de transiciones mostradas</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Graph colours</source>
        <translation>Colores del grafo</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Fricción</translation>
    </message>
    <message>
        <source>&amp;Steps...</source>
        <translation>&amp;Pasos...</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>The busiest touchpoint of each stage, to the goal</source>
        <translation>El punto de contacto más concurrido de cada etapa, hasta el objetivo</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>into</source>
        <translation>hacia</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Anchor touchpoint</source>
        <translation>Punto de contacto de referencia</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Friction table</source>
        <translation>Tabla de fricción</translation>
    </message>
    <message>
        <source>Stages by channel</source>
        <translation>Etapas por canal</translation>
    </message>
    <message>
        <source>Touchpoints by RFM segment</source>
        <translation>Puntos de contacto por segmento RFM</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>the busiest touchpoint of each stage, to the goal</source>
        <translation>el punto de contacto más concurrido de cada etapa, hasta el objetivo</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <source>%1 % of nodes, %2 % of transitions</source>
        <translation>%1 % de los nodos, %2 % de las transiciones</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseConnect</name>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds neither times (timestamp, timestamptz, date) nor whole numbers (milliseconds since 1970)</source>
        <translation>la columna «%1» no contiene ni fechas (timestamp, timestamptz, date) ni números enteros (milisegundos desde 1970)</translation>
    </message>
    <message>
        <source>the column holds more than %L1 different events; a journey map needs fewer: name a column of touchpoints</source>
        <translation>la columna contiene más de %L1 eventos distintos; un mapa de recorrido necesita menos: indique una columna de puntos de contacto</translation>
    </message>
    <message>
        <source>the column holds more than %L1 different channels</source>
        <translation>la columna contiene más de %L1 canales distintos</translation>
    </message>
    <message>
        <source>the table has no column besides the customer ids</source>
        <translation>la tabla no tiene ninguna columna aparte de los identificadores de cliente</translation>
    </message>
    <message>
        <source>its events were imported; only a project connected to a warehouse is refreshed</source>
        <translation>sus eventos se importaron; solo se actualiza un proyecto conectado a un almacén</translation>
    </message>
    <message>
        <source>the project would know more than %L1 different events</source>
        <translation>el proyecto conocería más de %L1 eventos distintos</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseEventLog</name>
    <message>
        <source>the table holds the channel &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>la tabla contiene el canal «%1», que el proyecto no conoce: actualice el proyecto (connect PROJECT --refresh) para incluirlo</translation>
    </message>
    <message>
        <source>more than %L1 events to learn from: narrow the dates or the customers (train --sample 0.1 draws a tenth of them)</source>
        <translation>más de %L1 eventos para aprender: acote las fechas o los clientes (train --sample 0.1 toma una décima parte de ellos)</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseFriction</name>
    <message>
        <source>the database returned a stage out of range</source>
        <translation>la base de datos devolvió una etapa fuera de rango</translation>
    </message>
    <message>
        <source>the database returned a segment it was not given</source>
        <translation>la base de datos devolvió un segmento que no se le había dado</translation>
    </message>
    <message>
        <source>the table holds the channel &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>la tabla contiene el canal «%1», que el proyecto no conoce: actualice el proyecto (connect PROJECT --refresh) para incluirlo</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseFunnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation>Un embudo necesita al menos un paso</translation>
    </message>
    <message>
        <source>the database returned a step out of range</source>
        <translation>la base de datos devolvió un paso fuera de rango</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseGraphCounter</name>
    <message>
        <source>the database returned a node out of range</source>
        <translation>la base de datos devolvió un nodo fuera de rango</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseModelRows</name>
    <message>
        <source>more than %L1 journeys to learn from: train on a random sample of the customers (--sample 0.1 draws a tenth)</source>
        <translation>más de %L1 recorridos para aprender: entrene con una muestra aleatoria de los clientes (--sample 0.1 toma una décima parte)</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseSource</name>
    <message>
        <source>the project file is damaged: its warehouse source is incomplete</source>
        <translation>el archivo del proyecto está dañado: su origen de almacén está incompleto</translation>
    </message>
    <message>
        <source>no customers table was connected (connect --customers-table)</source>
        <translation>no se conectó ninguna tabla de clientes (connect --customers-table)</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customers table was connected (connect --customers-table)</source>
        <translation>no hay atributo de cliente «%1»: no se conectó ninguna tabla de clientes (connect --customers-table)</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation>no hay atributo de cliente &quot;%1&quot;; los atributos son %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::WhitespaceTableReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation>el archivo está vacío: se esperaba una línea de encabezado</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>se esperaba texto UTF-8, se encontraron bytes no válidos (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <source>the line is longer than 64 MiB</source>
        <translation>la línea supera los 64 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>expected at most %1 fields in a line, found more</source>
        <translation>se esperaban como máximo %1 campos en una línea, se encontraron más</translation>
    </message>
</context>
<context>
    <name>journeyscope::XesReader</name>
    <message>
        <source>expected an XES &lt;log&gt; element, found &lt;%1&gt;</source>
        <translation>se esperaba un elemento XES &lt;log&gt;, se encontró &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element has no key</source>
        <translation>el elemento de atributo &lt;%1&gt; no tiene clave</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element &quot;%2&quot; has no value</source>
        <translation>el elemento de atributo &lt;%1&gt; &quot;%2&quot; no tiene valor</translation>
    </message>
    <message>
        <source>expected elements nested at most %1 deep, found deeper</source>
        <translation>se esperaban elementos anidados como máximo %1 niveles, se encontraron más profundos</translation>
    </message>
    <message>
        <source>expected at most %1 attributes for an event and its trace, found more</source>
        <translation>se esperaban como máximo %1 atributos para un evento y su traza, se encontraron más</translation>
    </message>
    <message>
        <source>expected the keys and values of an event&apos;s attributes, with its trace&apos;s, to take at most %1 MiB, found more</source>
        <translation>se esperaba que las claves y valores de los atributos de un evento y de su traza ocuparan como máximo %1 MiB, se encontró más</translation>
    </message>
    <message>
        <source>expected an element, text or comment of at most %1 MiB, found a longer one</source>
        <translation>se esperaba un elemento, texto o comentario de como máximo %1 MiB, se encontró uno más largo</translation>
    </message>
    <message>
        <source>expected at most %1 attributes on an element, found more</source>
        <translation>se esperaban como máximo %1 atributos en un elemento, se encontraron más</translation>
    </message>
    <message>
        <source>expected a DOCTYPE without declarations (an XES log needs none), found one with an internal subset</source>
        <translation>se esperaba un DOCTYPE sin declaraciones (un registro XES no las necesita), se encontró uno con subconjunto interno</translation>
    </message>
</context>
<context>
    <name>journeyscope::XesWriter</name>
    <message>
        <source>cannot write the XES log: %1</source>
        <translation>no se puede escribir el registro XES: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli</name>
    <message>
        <source>import files into a project</source>
        <translation>importar archivos a un proyecto</translation>
    </message>
    <message>
        <source>show what a project holds</source>
        <translation>mostrar lo que contiene un proyecto</translation>
    </message>
    <message>
        <source>show or set the project&apos;s goal</source>
        <translation>mostrar o definir el objetivo del proyecto</translation>
    </message>
    <message>
        <source>the journey graph: which touchpoint follows which</source>
        <translation>el grafo del recorrido: qué punto de contacto sigue a cuál</translation>
    </message>
    <message>
        <source>how many journeys get through steps</source>
        <translation>cuántos recorridos superan una serie de pasos</translation>
    </message>
    <message>
        <source>path variants, Sankey paths, step matrix</source>
        <translation>variantes de ruta, rutas Sankey, matriz de pasos</translation>
    </message>
    <message>
        <source>show, edit or propose stages</source>
        <translation>mostrar, editar o proponer etapas</translation>
    </message>
    <message>
        <source>where journeys struggle</source>
        <translation>dónde se atascan los recorridos</translation>
    </message>
    <message>
        <source>pain points, opportunities and emotions written on the map</source>
        <translation>puntos de dolor, oportunidades y emociones anotados en el mapa</translation>
    </message>
    <message>
        <source>customer segments and persona drafts</source>
        <translation>segmentos de clientes y borradores de personas</translation>
    </message>
    <message>
        <source>the project&apos;s personas with their numbers</source>
        <translation>las personas del proyecto con sus cifras</translation>
    </message>
    <message>
        <source>which touchpoints and attributes go with converting</source>
        <translation>qué puntos de contacto y atributos van asociados a la conversión</translation>
    </message>
    <message>
        <source>which channels get credit for conversions</source>
        <translation>qué canales se llevan el crédito de las conversiones</translation>
    </message>
    <message>
        <source>how well the next touchpoint is predicted</source>
        <translation>con qué precisión se predice el siguiente punto de contacto</translation>
    </message>
    <message>
        <source>conversion and lift per group of an experiment</source>
        <translation>conversión y lift por grupo de un experimento</translation>
    </message>
    <message>
        <source>train and store a model of drop-off or of a customer column</source>
        <translation>entrenar y guardar un modelo de abandono o de una columna de cliente</translation>
    </message>
    <message>
        <source>score customers and list those most at risk</source>
        <translation>puntuar clientes y listar los de mayor riesgo</translation>
    </message>
    <message>
        <source>what drives a model, or one score</source>
        <translation>los factores de un modelo o de una puntuación</translation>
    </message>
    <message>
        <source>the models&apos; accuracy beside published figures</source>
        <translation>la precisión de los modelos junto a cifras publicadas</translation>
    </message>
    <message>
        <source>the models stored in the project</source>
        <translation>los modelos guardados en el proyecto</translation>
    </message>
    <message>
        <source>list or undo merges of customers into one person</source>
        <translation>listar o deshacer fusiones de clientes en una sola persona</translation>
    </message>
    <message>
        <source>write the events as XES or CSV</source>
        <translation>escribir los eventos como XES o CSV</translation>
    </message>
    <message>
        <source>erase every trace of one customer</source>
        <translation>borrar todo rastro de un cliente</translation>
    </message>
    <message>
        <source>write a demo clickstream CSV (seeded)</source>
        <translation>escribir un CSV de clickstream de demostración (con semilla)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Escribir un único documento JSON en stdout.</translation>
    </message>
    <message>
        <source>journeyscope-cli %1: missing arguments (see --help)</source>
        <translation>journeyscope-cli %1: faltan argumentos (consulte --help)</translation>
    </message>
    <message>
        <source>Usage: journeyscope-cli COMMAND [options]

Customer-journey mapping driven by data: import exports into a project file and analyse them.

Commands:
</source>
        <translation>Uso: journeyscope-cli COMMAND [opciones]

Mapeo del recorrido del cliente basado en datos: importe exportaciones a un archivo de proyecto y analícelas.

Comandos:
</translation>
    </message>
    <message>
        <source>
Run journeyscope-cli COMMAND --help for a command&apos;s options; --version for the version.
</source>
        <translation>
Ejecute journeyscope-cli COMMAND --help para ver las opciones de un comando; --version para ver la versión.
</translation>
    </message>
    <message>
        <source>journeyscope-cli: unknown command &quot;%1&quot; (see --help)</source>
        <translation>journeyscope-cli: comando desconocido &quot;%1&quot; (consulte --help)</translation>
    </message>
    <message>
        <source>a project whose events stay in a PostgreSQL-compatible database</source>
        <translation>un proyecto cuyos eventos permanecen en una base de datos compatible con PostgreSQL</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::analysis</name>
    <message>
        <source>expected a date such as 2025-03-01 or 2025-03-01T10:00:00Z, found &quot;%1&quot;</source>
        <translation>se esperaba una fecha como 2025-03-01 o 2025-03-01T10:00:00Z, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation>se esperaba ATTRIBUTE=VALUE[,VALUE...], se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>no existe la persona %1; `personas PROJECT` las enumera</translation>
    </message>
    <message>
        <source>Only events at or after this time (UTC).</source>
        <translation>Solo eventos de este momento en adelante (UTC).</translation>
    </message>
    <message>
        <source>Only events before this time (UTC).</source>
        <translation>Solo eventos anteriores a este momento (UTC).</translation>
    </message>
    <message>
        <source>Only events of these channels (comma-separated).</source>
        <translation>Solo eventos de estos canales (separados por comas).</translation>
    </message>
    <message>
        <source>Only customers with an event at this touchpoint (repeatable).</source>
        <translation>Solo clientes con un evento en este punto de contacto (repetible).</translation>
    </message>
    <message>
        <source>Only customers with an event in this stage (repeatable).</source>
        <translation>Solo clientes con un evento en esta etapa (repetible).</translation>
    </message>
    <message>
        <source>Only customers whose attribute has one of these values (repeatable).</source>
        <translation>Solo clientes cuyo atributo tiene uno de estos valores (repetible).</translation>
    </message>
    <message>
        <source>Only the customers of an RFM segment, e.g. &quot;rfm:Champions&quot;.</source>
        <translation>Solo los clientes de un segmento RFM, p. ej., &quot;rfm:Champions&quot;.</translation>
    </message>
    <message>
        <source>Only the customers of a persona&apos;s segment (see personas).</source>
        <translation>Solo los clientes del segmento de una persona (consulte el comando personas).</translation>
    </message>
    <message>
        <source>A journey is all of a customer&apos;s events, or one session.</source>
        <translation>Un recorrido son todos los eventos de un cliente, o una sesión.</translation>
    </message>
    <message>
        <source>Touchpoints that count as success (comma-separated).</source>
        <translation>Puntos de contacto que cuentan como éxito (separados por comas).</translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation>Tiempo desde el inicio de un recorrido para alcanzar el objetivo (por defecto 30d), o none.</translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation>O bien, el éxito como atributo del cliente: ATTRIBUTE (true, yes o 1) o ATTRIBUTE=VALUE,...</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;; the channels are %2</source>
        <translation>no existe el canal &quot;%1&quot;; los canales son %2</translation>
    </message>
    <message>
        <source>expected customer or session, found &quot;%1&quot;</source>
        <translation>se esperaba customer o session, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>se esperaba una duración como 30d o 12h, o none; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no goal: give --goal TOUCHPOINTS or --outcome, or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation>sin objetivo: indique --goal TOUCHPOINTS o --outcome, o defina el objetivo del proyecto (goal PROJECT --set)</translation>
    </message>
    <message>
        <source>expected ATTRIBUTE or ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation>se esperaba ATTRIBUTE o ATTRIBUTE=VALUE[,VALUE...], se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;; did you mean %2?</source>
        <translation>no existe el punto de contacto &quot;%1&quot;; ¿quería decir %2?</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::attribute</name>
    <message>
        <source>Shares the conversions out among the channels (or touchpoints) before them: first touch, last touch, linear, and the Markov chain removal effect.</source>
        <translation>Reparte las conversiones entre los canales (o puntos de contacto) que las preceden: primer contacto, último contacto, lineal y el efecto de eliminación de la cadena de Markov.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>What gets credit.</source>
        <translation>Qué recibe el crédito.</translation>
    </message>
    <message>
        <source>Markov order: a state is the last 1 to 3 touches (default 1).</source>
        <translation>Orden de Markov: un estado son los últimos 1 a 3 contactos (por defecto 1).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Salida en CSV.</translation>
    </message>
    <message>
        <source>expected channel or touchpoint, found &quot;%1&quot;</source>
        <translation>se esperaba channel o touchpoint, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation>se esperaba 1, 2 o 3, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>attribution needs a goal touchpoint: give --goal TOUCHPOINTS or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation>la atribución necesita un punto de contacto objetivo: indique --goal TOUCHPOINTS o defina el objetivo del proyecto (goal PROJECT --set)</translation>
    </message>
    <message>
        <source>%L1 conversions of %L2 paths; Markov chain of order %3, %L4 states
</source>
        <translation>%L1 conversiones de %L2 rutas; cadena de Markov de orden %3, %L4 estados
</translation>
    </message>
    <message>
        <source>markov  first   last    linear  removal  name
</source>
        <translation>markov  primero último  lineal  elimin.  nombre
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::connect</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>Creates a project whose events stay in a table of a PostgreSQL-compatible database; the analyses run there as SQL and only their counts travel. The password comes from PGPASSWORD or ~/.pgpass, never from the project.</source>
        <translation>Crea un proyecto cuyos eventos permanecen en una tabla de una base de datos compatible con PostgreSQL; los análisis se ejecutan allí como SQL y solo viajan sus recuentos. La contraseña procede de PGPASSWORD o ~/.pgpass, nunca del proyecto.</translation>
    </message>
    <message>
        <source>The project file to create (*.journey).</source>
        <translation>El archivo de proyecto que se creará (*.journey).</translation>
    </message>
    <message>
        <source>The database, e.g. postgresql://analyst@127.0.0.1:5432/shop.</source>
        <translation>La base de datos, p. ej. postgresql://analyst@127.0.0.1:5432/shop.</translation>
    </message>
    <message>
        <source>The table of events (SCHEMA.TABLE).</source>
        <translation>La tabla de eventos (ESQUEMA.TABLA).</translation>
    </message>
    <message>
        <source>The column of customer ids.</source>
        <translation>La columna de identificadores de cliente.</translation>
    </message>
    <message>
        <source>The column of event times (timestamp, date, or milliseconds).</source>
        <translation>La columna de horas de los eventos (timestamp, date o milisegundos).</translation>
    </message>
    <message>
        <source>The column of event names (touchpoints).</source>
        <translation>La columna de nombres de eventos (puntos de contacto).</translation>
    </message>
    <message>
        <source>The column of channels (optional).</source>
        <translation>La columna de canales (opcional).</translation>
    </message>
    <message>
        <source>The column of event values (optional).</source>
        <translation>La columna de valores de los eventos (opcional).</translation>
    </message>
    <message>
        <source>The column of session ids (optional; else cut by --session-gap).</source>
        <translation>La columna de identificadores de sesión (opcional; si no, se cortan según --session-gap).</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation>Inactividad que inicia una nueva sesión (30m por omisión).</translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation>se esperaba una duración como 30m, 90s, 1h o 2d; se encontró «%1»</translation>
    </message>
    <message>
        <source>Connected to %1: %L2 events of %L3 customers, %L4 touchpoints, %L5 channels.
</source>
        <translation>Conectado a %1: %L2 eventos de %L3 clientes, %L4 puntos de contacto, %L5 canales.
</translation>
    </message>
    <message>
        <source>A table of customers whose other columns are their attributes (optional; SCHEMA.TABLE).</source>
        <translation>Una tabla de clientes cuyas demás columnas son sus atributos (opcional; ESQUEMA.TABLA).</translation>
    </message>
    <message>
        <source>The column of the customers table that holds the ids of --customer (default: the same name).</source>
        <translation>La columna de la tabla de clientes que contiene los identificadores de --customer (por defecto: el mismo nombre).</translation>
    </message>
    <message>
        <source>needs --customers-table</source>
        <translation>necesita --customers-table</translation>
    </message>
    <message>
        <source>Customer attributes: %1.
</source>
        <translation>Atributos de cliente: %1.
</translation>
    </message>
    <message>
        <source>Refreshed from %1: %L2 events of %L3 customers.
</source>
        <translation>Actualizado desde %1: %L2 eventos de %L3 clientes.
</translation>
    </message>
    <message>
        <source>No new touchpoints.
</source>
        <translation>Ningún punto de contacto nuevo.
</translation>
    </message>
    <message>
        <source>New touchpoints (in no stage yet): %1.
</source>
        <translation>Nuevos puntos de contacto (aún en ninguna etapa): %1.
</translation>
    </message>
    <message>
        <source>New channels: %1.
</source>
        <translation>Nuevos canales: %1.
</translation>
    </message>
    <message>
        <source>Take in what the table gained since PROJECT was connected (new touchpoints and channels, the customers table&apos;s columns); no URI or columns needed.</source>
        <translation>Incorpora lo que la tabla ganó desde que se conectó PROJECT (nuevos puntos de contacto y canales, las columnas de la tabla de clientes); no hacen falta URI ni columnas.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::correlate</name>
    <message>
        <source>Which touchpoints and customer attributes go with converting: the odds ratio of converting between the customers who did something and those who did not.</source>
        <translation>Qué puntos de contacto y atributos del cliente van asociados a la conversión: la odds ratio de convertir entre los clientes que hicieron algo y los que no.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Customer attributes to compare (comma-separated; default: those with at most 20 values).</source>
        <translation>Atributos del cliente que comparar (separados por comas; por defecto: los que tienen como máximo 20 valores).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Salida en CSV.</translation>
    </message>
    <message>
        <source>%L1 closed journeys, %L2 converted; listed: what at least %L3 did and %L3 did not
</source>
        <translation>%L1 recorridos cerrados, %L2 convertidos; se listan: lo que al menos %L3 hicieron y al menos %L3 no
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::erase</name>
    <message>
        <source>Erases every trace of one customer (a right-to-erasure request): their events, sessions, identities, consent and scores, and the customers merged with them. Models trained on their data are flagged for retraining, the erasure is recorded in the project&apos;s audit log (without naming them), and the file is vacuumed so the bytes are gone.</source>
        <translation>Borra todo rastro de un cliente (una solicitud de derecho de supresión): sus eventos, sesiones, identidades, consentimientos y puntuaciones, y los clientes fusionados con él. Los modelos entrenados con sus datos se marcan para volver a entrenarlos, el borrado se anota en el registro de auditoría del proyecto (sin identificar al cliente) y el archivo se compacta (vacuum) para que los bytes desaparezcan.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>The customer id as in the imported files, or as score --out writes it.</source>
        <translation>El ID del cliente tal como figura en los archivos importados, o como lo escribe score --out.</translation>
    </message>
    <message>
        <source>Erased %L1 customer records with %L2 events, %L3 sessions, %L4 identities, %L5 consent statements and %L6 scores.</source>
        <translation>Se borraron %L1 registros de clientes con %L2 eventos, %L3 sesiones, %L4 identidades, %L5 declaraciones de consentimiento y %L6 puntuaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) to train again (see models).</source>
        <translation>
            <numerusform>Hay que volver a entrenar %n modelo (consulte models).</numerusform>
            <numerusform>Hay que volver a entrenar %n modelos (consulte models).</numerusform>
        </translation>
    </message>
    <message>
        <source>No erasures recorded in this project.</source>
        <translation>No hay borrados registrados en este proyecto.</translation>
    </message>
    <message>
        <source>%1  %2: customer records %L3, events %L4, sessions %L5, identities %L6, consent statements %L7, scores %L8; models flagged for retraining %L9</source>
        <translation>%1  %2: registros de clientes %L3, eventos %L4, sesiones %L5, identidades %L6, consentimientos %L7, puntuaciones %L8; modelos marcados para reentrenar %L9</translation>
    </message>
    <message>
        <source>Erase no one: list the erasures recorded in the project&apos;s audit log.</source>
        <translation>No borrar a nadie: listar los borrados registrados en el registro de auditoría del proyecto.</translation>
    </message>
    <message>
        <source>lists the erasures and erases no one: leave out CUSTOMER</source>
        <translation>lista los borrados y no borra a nadie: omita CUSTOMER</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::experiment</name>
    <message>
        <source>Reads out an experiment: conversion per group of a customer column (variant, control, hold-out) with 95 % intervals, and each group&apos;s lift over the control group with its significance.</source>
        <translation>Analiza un experimento: la conversión por grupo de una columna de cliente (variante, control, reserva) con intervalos del 95 %, y el lift de cada grupo sobre el grupo de control con su significación.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>The customer column that says each customer&apos;s group.</source>
        <translation>La columna de cliente que indica el grupo de cada cliente.</translation>
    </message>
    <message>
        <source>The control group (default control).</source>
        <translation>El grupo de control (por defecto control).</translation>
    </message>
    <message>
        <source>journeyscope-cli experiment: missing --assignment (see --help)</source>
        <translation>journeyscope-cli experiment: falta --assignment (consulte --help)</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 converted, %4 (95 % %5 to %6)%7
</source>
        <translation>%1: %L2 de %L3 convirtieron, %4 (95 %: %5 a %6)%7
</translation>
    </message>
    <message>
        <source>; %L1 still open</source>
        <translation>; %L1 aún abiertos</translation>
    </message>
    <message>
        <source>%1 against %2: %3 points (95 % %4 to %5), %6 relative; p = %7, %8
</source>
        <translation>%1 frente a %2: %3 puntos (95 %: %4 a %5), %6 relativo; p = %7, %8
</translation>
    </message>
    <message>
        <source>significant at 5 %</source>
        <translation>significativo al 5 %</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>no significativo</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::explain</name>
    <message>
        <source>no customer &quot;%1&quot; (use the id score --out writes)</source>
        <translation>no existe el cliente &quot;%1&quot; (use el ID que escribe score --out)</translation>
    </message>
    <message>
        <source>%1, on its held-out data:
</source>
        <translation>%1, en sus datos reservados:
</translation>
    </message>
    <message>
        <source>what drives it (mean |SHAP|, log odds):
</source>
        <translation>factores (|SHAP| medio, log odds):
</translation>
    </message>
    <message>
        <source>by stage:
</source>
        <translation>por etapa:
</translation>
    </message>
    <message>
        <source>by last touchpoint (the 10 with most journeys):
</source>
        <translation>por último punto de contacto (los 10 con más recorridos):
</translation>
    </message>
    <message>
        <source>What drives a stored model: importance, and for a drop-off model the predicted risk and its drivers per stage and touchpoint; with --customer, why one customer scores as they do.</source>
        <translation>Los factores de un modelo guardado: la importancia y, para un modelo de abandono, el riesgo previsto y sus factores por etapa y punto de contacto; con --customer, por qué un cliente obtiene su puntuación.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Explain this customer&apos;s score (the id score --out writes).</source>
        <translation>Explicar la puntuación de este cliente (el ID que escribe score --out).</translation>
    </message>
    <message>
        <source>With --customer and a drop-off model: the journey as it stood at this date (default: the end of the data).</source>
        <translation>Con --customer y un modelo de abandono: el recorrido tal como estaba en esta fecha (por defecto: el final de los datos).</translation>
    </message>
    <message>
        <source>%1: %2 % under %3
</source>
        <translation>%1: %2 % según %3
</translation>
    </message>
    <message>
        <source>  %1 (+%2 log odds)
</source>
        <translation>  %1 (+%2 log odds)
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::export</name>
    <message>
        <source>Writes the project&apos;s events, one trace per person, as an XES event log (for process-mining tools) or as CSV; people without analytics consent are left out. With --view, draws a view as PDF, PNG or SVG instead.</source>
        <translation>Escribe los eventos del proyecto, una traza por persona, como registro de eventos XES (para herramientas de minería de procesos) o como CSV; se excluye a las personas sin consentimiento para analítica. Con --view, en cambio, dibuja una vista como PDF, PNG o SVG.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>The file to write; a name ending in .gz is compressed.</source>
        <translation>El archivo que escribir; un nombre terminado en .gz se comprime.</translation>
    </message>
    <message>
        <source>journeyscope-cli export: missing --output FILE (see --help)</source>
        <translation>journeyscope-cli export: falta --output FILE (consulte --help)</translation>
    </message>
    <message>
        <source>journeyscope-cli export: --format must be xes or csv (see --help)</source>
        <translation>journeyscope-cli export: --format debe ser xes o csv (consulte --help)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3%4</source>
        <translation>Se escribieron %L1 eventos de %L2 clientes en %3%4</translation>
    </message>
    <message>
        <source> (%L1 customers left out for lack of consent)</source>
        <translation> (%L1 clientes excluidos por falta de consentimiento)</translation>
    </message>
    <message>
        <source>expected dots per inch from 36 to 1200, found &quot;%1&quot;</source>
        <translation>se esperaban puntos por pulgada de 36 a 1200, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected light or dark, found &quot;%1&quot;</source>
        <translation>se esperaba light o dark, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the paths view needs an anchor: --from-touchpoint or --to-touchpoint</source>
        <translation>la vista de rutas necesita un punto de referencia: --from-touchpoint o --to-touchpoint</translation>
    </message>
    <message>
        <source>the funnel view needs its steps, such as &quot;Product page,Cart&quot;</source>
        <translation>la vista de embudo necesita sus pasos, como &quot;Product page,Cart&quot;</translation>
    </message>
    <message>
        <source>Draw a view instead of writing the events: %1.</source>
        <translation>Dibujar una vista en lugar de escribir los eventos: %1.</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 300).</source>
        <translation>Resolución de un PNG (por defecto 300).</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light (por defecto) o dark.</translation>
    </message>
    <message>
        <source>The heatmap view: stages by channel (the default) or touchpoints by segment.</source>
        <translation>La vista de mapa de calor: etapas por canal (por defecto) o puntos de contacto por segmento.</translation>
    </message>
    <message>
        <source>The heatmap&apos;s segments: RFM (the default) or a customer attribute&apos;s values.</source>
        <translation>Los segmentos del mapa de calor: RFM (por defecto) o los valores de un atributo del cliente.</translation>
    </message>
    <message>
        <source>The paths view: where journeys go after this touchpoint.</source>
        <translation>La vista de rutas: adónde van los recorridos después de este punto de contacto.</translation>
    </message>
    <message>
        <source>The paths view: how journeys come to this touchpoint.</source>
        <translation>La vista de rutas: cómo llegan los recorridos a este punto de contacto.</translation>
    </message>
    <message>
        <source>The views of a pack, in order (default: %1; the funnel only with --steps).</source>
        <translation>Las vistas de un paquete, en orden (por defecto: %1; el embudo solo con --steps).</translation>
    </message>
    <message>
        <source>The funnel view&apos;s steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation>Los pasos de la vista de embudo, separados por comas; un paso &quot;A|B&quot; se alcanza con cualquiera de los dos.</translation>
    </message>
    <message>
        <source>The funnel view per channel of the first step, or per value of a customer attribute.</source>
        <translation>La vista de embudo por canal del primer paso, o por valor de un atributo del cliente.</translation>
    </message>
    <message>
        <source>The graph view&apos;s colours: median time of the edges (the default) or friction of the nodes.</source>
        <translation>Los colores de la vista de grafo: tiempo mediano de las aristas (por defecto) o fricción de los nodos.</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>se esperaba %1, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a pack is a PDF of several pages</source>
        <translation>un paquete es un PDF de varias páginas</translation>
    </message>
    <message>
        <source>expected some of %1, found &quot;%2&quot;</source>
        <translation>se esperaba alguno de %1, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Drew the %1 to %2</source>
        <translation>Se dibujó %1 en %2</translation>
    </message>
    <message>
        <source>xes or csv for the events; pdf, png or svg for a view (default: what the output&apos;s name ends in).</source>
        <translation>xes o csv para los eventos; pdf, png o svg para una vista (por defecto: la extensión del nombre de salida).</translation>
    </message>
    <message>
        <source>expected time or friction, found &quot;%1&quot;</source>
        <translation>se esperaba time o friction, se encontró &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::friction</name>
    <message>
        <source>score  exit    loop    backtrack  dwell    %1%2
</source>
        <translation>punt.  salida  bucle   retroceso  espera   %1%2
</translation>
    </message>
    <message>
        <source>drop-off  </source>
        <translation>abandono  </translation>
    </message>
    <message>
        <source>%L1 journeys: %L2 converted, %L3 dropped off, %L4 open
</source>
        <translation>%L1 recorridos: %L2 convertidos, %L3 abandonados, %L4 abiertos
</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>punto de contacto</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>dwell: median time to the next event against the overall median (%1); units reached by fewer than %L2 journeys get no score
</source>
        <translation>espera: tiempo mediano hasta el siguiente evento frente a la mediana global (%1); las unidades alcanzadas por menos de %L2 recorridos no reciben puntuación
</translation>
    </message>
    <message>
        <source>expected four numbers E,L,B,D of 0 or more, not all 0, such as 0.4,0.2,0.2,0.2; found &quot;%1&quot;</source>
        <translation>se esperaban cuatro números E,L,B,D mayores o iguales que 0, no todos 0, como 0.4,0.2,0.2,0.2; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Where journeys struggle: exits without the goal, loops, repeats, backtracks and slow steps per touchpoint, stage and channel, with a friction score from 0 to 1.</source>
        <translation>Dónde se atascan los recorridos: salidas sin el objetivo, bucles, repeticiones, retrocesos y pasos lentos por punto de contacto, etapa y canal, con una puntuación de fricción de 0 a 1.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>A heatmap table instead: stages by channel, or touchpoints by segment (see --segment-by).</source>
        <translation>En su lugar, una tabla de mapa de calor: etapas por canal, o puntos de contacto por segmento (consulte --segment-by).</translation>
    </message>
    <message>
        <source>The segments of touchpoint-segment: RFM, or a customer attribute&apos;s values.</source>
        <translation>Los segmentos de touchpoint-segment: RFM, o los valores de un atributo del cliente.</translation>
    </message>
    <message>
        <source>Fewer journeys than this give no score (default 20).</source>
        <translation>Con menos recorridos que este número no hay puntuación (por defecto 20).</translation>
    </message>
    <message>
        <source>The score&apos;s weights of exit, loop, backtrack and dwell (default 0.4,0.2,0.2,0.2).</source>
        <translation>Los pesos de salida, bucle, retroceso y espera en la puntuación (por defecto 0.4,0.2,0.2,0.2).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Salida en CSV.</translation>
    </message>
    <message>
        <source>expected a number of journeys of 1 or more, found &quot;%1&quot;</source>
        <translation>se esperaba un número de recorridos de 1 o más, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected stage-channel or touchpoint-segment, found &quot;%1&quot;</source>
        <translation>se esperaba stage-channel o touchpoint-segment, se encontró &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::funnel</name>
    <message>
        <source>%L1 journeys
</source>
        <translation>%L1 recorridos
</translation>
    </message>
    <message>
        <source>%1. %2  %L3  (%4 % of previous, %5 % of first; median %6 %7)
</source>
        <translation>%1. %2  %L3  (%4 % del anterior, %5 % del primero; mediana %6 %7)
</translation>
    </message>
    <message>
        <source>from the journey&apos;s start</source>
        <translation>desde el inicio del recorrido</translation>
    </message>
    <message>
        <source>from the previous step</source>
        <translation>desde el paso anterior</translation>
    </message>
    <message>
        <source>   dropped %L1: all left
</source>
        <translation>   abandonaron %L1: todos se fueron
</translation>
    </message>
    <message>
        <source>   dropped %L1: left %L2; went to %3
</source>
        <translation>   abandonaron %L1: %L2 se fueron; el resto fue a %3
</translation>
    </message>
    <message>
        <source>How many journeys get through a sequence of touchpoints, and where the others go.</source>
        <translation>Cuántos recorridos superan una secuencia de puntos de contacto y adónde van los demás.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>The steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation>Los pasos, separados por comas; un paso &quot;A|B&quot; se alcanza con cualquiera de los dos.</translation>
    </message>
    <message>
        <source>ordered (others may come between), strict (directly followed) or any.</source>
        <translation>ordered (puede haber otros en medio), strict (seguidos directamente) o any.</translation>
    </message>
    <message>
        <source>Time from the first step to reach the others (default 30d), or none.</source>
        <translation>Tiempo desde el primer paso para alcanzar los demás (por defecto 30d), o none.</translation>
    </message>
    <message>
        <source>A funnel per channel of the first step, or per value of a customer attribute.</source>
        <translation>Un embudo por canal del primer paso, o por valor de un atributo del cliente.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Salida en CSV.</translation>
    </message>
    <message>
        <source>journeyscope-cli funnel: missing --steps (see --help)</source>
        <translation>journeyscope-cli funnel: falta --steps (consulte --help)</translation>
    </message>
    <message>
        <source>expected ordered, strict or any, found &quot;%1&quot;</source>
        <translation>se esperaba ordered, strict o any, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>se esperaba una duración como 30d o 12h, o none; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::generate</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation>se esperaba un número entero positivo, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Writes a realistic multi-channel clickstream (web, app, email, social, call centre, store) as CSV. The same options always give the same bytes.</source>
        <translation>Escribe un clickstream multicanal realista (web, app, email, redes sociales, centro de llamadas, tienda) como CSV. Las mismas opciones producen siempre los mismos bytes.</translation>
    </message>
    <message>
        <source>The CSV file to write (- for standard output).</source>
        <translation>El archivo CSV que escribir (- para la salida estándar).</translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation>Cuántos clientes (por defecto 2000).</translation>
    </message>
    <message>
        <source>Stop after this many events (default: every journey to its end).</source>
        <translation>Detenerse tras este número de eventos (por defecto: cada recorrido hasta su final).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (por defecto 1).</translation>
    </message>
    <message>
        <source>journeyscope-cli generate: missing --output FILE (see --help)</source>
        <translation>journeyscope-cli generate: falta --output FILE (consulte --help)</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3</source>
        <translation>Se escribieron %L1 eventos de %L2 clientes en %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::goal</name>
    <message>
        <source>Shows or sets the project&apos;s goal: the touchpoints that count as success, within a window from a journey&apos;s start, or a customer attribute (a CRM outcome column). Analyses use it unless given --goal or --outcome.</source>
        <translation>Muestra o define el objetivo del proyecto: los puntos de contacto que cuentan como éxito, dentro de un plazo desde el inicio de un recorrido, o un atributo del cliente (una columna de resultado del CRM). Los análisis lo usan salvo que se indique --goal o --outcome.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>The goal&apos;s touchpoints, comma-separated.</source>
        <translation>Los puntos de contacto del objetivo, separados por comas.</translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation>Tiempo desde el inicio de un recorrido para alcanzar el objetivo (por defecto 30d), o none.</translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation>O bien, el éxito como atributo del cliente: ATTRIBUTE (true, yes o 1) o ATTRIBUTE=VALUE,...</translation>
    </message>
    <message>
        <source>give either --set or --outcome, not both</source>
        <translation>indique --set o --outcome, no ambos</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>se esperaba una duración como 30d o 12h, o none; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No goal set: goal PROJECT --set TOUCHPOINTS, or --outcome ATTRIBUTE</source>
        <translation>No hay objetivo definido: goal PROJECT --set TOUCHPOINTS, o --outcome ATTRIBUTE</translation>
    </message>
    <message>
        <source>customers whose %1 is %2</source>
        <translation>clientes cuyo %1 es %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 within %2 of a journey&apos;s start</source>
        <translation>%1 en un plazo de %2 desde el inicio de un recorrido</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>en cualquier momento</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::graph</name>
    <message>
        <source>%L1 journeys of %L2 customers, %L3 events
</source>
        <translation>%L1 recorridos de %L2 clientes, %L3 eventos
</translation>
    </message>
    <message>
        <source>  median %1</source>
        <translation>  mediana %1</translation>
    </message>
    <message>
        <source>simplified: %1 % of events and %2 % of transitions hidden
</source>
        <translation>simplificado: se ocultan el %1 % de los eventos y el %2 % de las transiciones
</translation>
    </message>
    <message>
        <source>The directly-follows graph of the journeys: which touchpoint (or stage) follows which, how often, by how many customers, how long after.</source>
        <translation>El grafo de seguimiento directo de los recorridos: qué punto de contacto (o etapa) sigue a cuál, con qué frecuencia, para cuántos clientes y cuánto tiempo después.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Print Graphviz DOT.</source>
        <translation>Salida en Graphviz DOT.</translation>
    </message>
    <message>
        <source>Print the edges as CSV.</source>
        <translation>Salida de las aristas en CSV.</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation>se esperaba una proporción entre 0 y 1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nodes are touchpoints or stages.</source>
        <translation>Los nodos son puntos de contacto o etapas.</translation>
    </message>
    <message>
        <source>Share of nodes to keep, by events (0 to 1; default 1).</source>
        <translation>Proporción de nodos que conservar, por eventos (0 a 1; por defecto 1).</translation>
    </message>
    <message>
        <source>Share of edges to keep, by count (0 to 1; default 1); kept nodes stay connected.</source>
        <translation>Proporción de aristas que conservar, por recuento (0 a 1; por defecto 1); los nodos conservados siguen conectados.</translation>
    </message>
    <message>
        <source>expected touchpoint or stage, found &quot;%1&quot;</source>
        <translation>se esperaba touchpoint o stage, se encontró &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::import</name>
    <message>
        <source>expected COLUMN=ROLE with a role such as customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore; found &quot;%1&quot;</source>
        <translation>se esperaba COLUMN=ROLE con un rol como customer, time, event, channel, value, session, device, email, phone, name, ip, attribute o ignore; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one character, &quot;tab&quot; or &quot;whitespace&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba un carácter, &quot;tab&quot; o &quot;whitespace&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation>se esperaba una duración como 30m, 90s, 1h o 2d, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected stop or skip, found &quot;%1&quot;</source>
        <translation>se esperaba stop o skip, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected csv, jsonl, xes or table, found &quot;%1&quot;</source>
        <translation>se esperaba csv, jsonl, xes o table, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected COLUMN=EVENT NAME, found &quot;%1&quot;</source>
        <translation>se esperaba COLUMN=EVENT NAME, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>Watching %1 for new files; Ctrl+C stops.</source>
        <translation>Vigilando %1 en busca de archivos nuevos; Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Imports clickstream CSV files into PROJECT (created when missing) as one transaction: all files are imported, or none.</source>
        <translation>Importa archivos CSV de clickstream a PROJECT (que se crea si no existe) en una sola transacción: se importan todos los archivos o ninguno.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Archivos para importar.</translation>
    </message>
    <message>
        <source>The %1 column (name, or #number counting from 1).</source>
        <translation>La columna %1 (nombre, o #número contando desde 1).</translation>
    </message>
    <message>
        <source>Give COLUMN a role: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore. Repeatable.</source>
        <translation>Asignar un rol a COLUMN: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute o ignore. Repetible.</translation>
    </message>
    <message>
        <source>How times are written: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd, or a pattern such as &quot;%d.%m.%Y %H:%M&quot;.</source>
        <translation>Cómo se escriben las fechas y horas: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd, o un patrón como &quot;%d.%m.%Y %H:%M&quot;.</translation>
    </message>
    <message>
        <source>The field delimiter (default: detected among , ; tab |).</source>
        <translation>El delimitador de campos (por defecto: se detecta entre , ; tab |).</translation>
    </message>
    <message>
        <source>Read column roles and formats from a mapping file.</source>
        <translation>Leer los roles y formatos de las columnas de un archivo de asignación.</translation>
    </message>
    <message>
        <source>Write the first file&apos;s column roles and formats to a mapping file.</source>
        <translation>Escribir los roles y formatos de las columnas del primer archivo en un archivo de asignación.</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation>Inactividad que inicia una sesión nueva (por defecto 30m).</translation>
    </message>
    <message>
        <source>On a row with a wrong value: stop (default; nothing is imported) or skip (the row is recorded in the import report).</source>
        <translation>Ante una fila con un valor incorrecto: stop (por defecto; no se importa nada) o skip (la fila se anota en el informe de importación).</translation>
    </message>
    <message>
        <source>Keep customer keys and personal data as they are instead of pseudonymising them (only when creating the project).</source>
        <translation>Conservar tal cual las claves de cliente y los datos personales en lugar de seudonimizarlos (solo al crear el proyecto).</translation>
    </message>
    <message>
        <source>Import a file even if the same data was imported before.</source>
        <translation>Importar un archivo aunque los mismos datos ya se hayan importado antes.</translation>
    </message>
    <message>
        <source>Input format: csv (events, or an activity table whose date columns are events), jsonl, xes, or table (a customer table without events). Default: from each file&apos;s content.</source>
        <translation>Formato de entrada: csv (eventos, o una tabla de actividad cuyas columnas de fecha son eventos), jsonl, xes o table (una tabla de clientes sin eventos). Por defecto: según el contenido de cada archivo.</translation>
    </message>
    <message>
        <source>After the files given (if any), import every new file that appears in DIR, each in a transaction of its own, until Ctrl+C. With --json, one JSON object a line per file.</source>
        <translation>Tras los archivos indicados (si los hay), importar cada archivo nuevo que aparezca en DIR, cada uno en su propia transacción, hasta pulsar Ctrl+C. Con --json, un objeto JSON por línea y por archivo.</translation>
    </message>
    <message>
        <source>In an activity table, the event a date column marks, e.g. &quot;created_date=Deal created&quot;. Repeatable.</source>
        <translation>En una tabla de actividad, el evento que marca una columna de fecha, p. ej., &quot;created_date=Deal created&quot;. Repetible.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::info</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>%1 customer records found to be the same person as another</source>
        <translation>%1 registros de clientes resultaron ser la misma persona que otro</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>%1 customers kept out of analyses and exports</source>
        <translation>%1 clientes excluidos de los análisis y las exportaciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>  %1: %2 rows, %3 imported, %4 skipped, on %5
</source>
        <translation>  %1: %2 filas, %3 importadas, %4 omitidas, el %5
</translation>
    </message>
    <message>
        <source>Shows what a project holds.</source>
        <translation>Muestra lo que contiene un proyecto.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Warehouse:    table %1 at %2
</source>
        <translation>Almacén:      tabla %1 en %2
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::merges</name>
    <message>
        <source>Lists the links that merged customers into one person (a shared email, phone or id), or undoes one.</source>
        <translation>Lista los vínculos que fusionaron clientes en una sola persona (un correo electrónico, teléfono o ID compartido), o deshace uno.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Undo link ID: its two customers part unless other links join them.</source>
        <translation>Deshacer el vínculo ID: sus dos clientes se separan salvo que otros vínculos los unan.</translation>
    </message>
    <message>
        <source>expected a link id</source>
        <translation>se esperaba un ID de vínculo</translation>
    </message>
    <message>
        <source>No customers were merged.</source>
        <translation>No se fusionó ningún cliente.</translation>
    </message>
    <message>
        <source>%1  %2 = %3 by %4, from %5 on %6%7</source>
        <translation>%1  %2 = %3 por %4, de %5 el %6%7</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (deshecho)</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::model</name>
    <message>
        <source>The stored model to use (see models); default: the newest.</source>
        <translation>El modelo guardado que usar (consulte models); por defecto: el más reciente.</translation>
    </message>
    <message>
        <source>no model &quot;%1&quot; in the project (see models)</source>
        <translation>no existe el modelo &quot;%1&quot; en el proyecto (consulte models)</translation>
    </message>
    <message>
        <source>no model yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one</source>
        <translation>aún no hay modelo: train PROJECT [--goal TOUCHPOINT | --label COLUMN] entrena uno</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::next</name>
    <message>
        <source>How well the next touchpoint of a journey can be predicted (a Markov model of the last touchpoints with back-off, or XGBoost on the journey so far), under the protocol of Tax et al. (2017): journeys by their first event, the first two thirds learnt, every prefix of the rest predicted.</source>
        <translation>Con qué precisión se puede predecir el siguiente punto de contacto de un recorrido (un modelo de Markov de los últimos puntos de contacto con back-off, o XGBoost sobre el recorrido hasta ese momento), según el protocolo de Tax et al. (2017): recorridos ordenados por su primer evento, se aprenden los dos primeros tercios y se predice cada prefijo del resto.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>markov (the default) or xgboost (a multi-class model on the features of the journey so far).</source>
        <translation>markov (por defecto) o xgboost (un modelo multiclase sobre las variables del recorrido hasta ese momento).</translation>
    </message>
    <message>
        <source>How many last touchpoints the prediction looks at, 1 to 3 (default 2).</source>
        <translation>Cuántos de los últimos puntos de contacto tiene en cuenta la predicción, de 1 a 3 (por defecto 2).</translation>
    </message>
    <message>
        <source>Predict the end of a journey too, as one more outcome.</source>
        <translation>Predecir también el final de un recorrido, como un resultado más.</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation>se esperaba 1, 2 o 3, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected markov or xgboost, found &quot;%1&quot;</source>
        <translation>se esperaba markov o xgboost, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>next touchpoint, %1%2: top-1 %3 %, top-3 %4 % over %L5 prefixes of %L6 test journeys (%L7 learnt)</source>
        <translation>siguiente punto de contacto, %1%2: top-1 %3 %, top-3 %4 % sobre %L5 prefijos de %L6 recorridos de prueba (%L7 aprendidos)</translation>
    </message>
    <message>
        <source>Markov order %1</source>
        <translation>Markov de orden %1</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source> with the end</source>
        <translation> con el final</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::notes</name>
    <message>
        <source>The notes on the journey map: pain points and opportunities per stage, and an emotion per stage set by hand where the data has no CSAT, NPS or sentiment column. Lists them, or adds and deletes some (in one transaction).</source>
        <translation>Las notas del mapa del recorrido: puntos de dolor y oportunidades por etapa, y una emoción por etapa definida a mano cuando los datos no tienen columna de CSAT, NPS ni sentimiento. Las lista, o añade y elimina algunas (en una transacción).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Add &quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; or &quot;STAGE:emotion=-2..2&quot; (repeatable; an emotion replaces the stage&apos;s).</source>
        <translation>Añadir &quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; o &quot;STAGE:emotion=-2..2&quot; (repetible; una emoción reemplaza la de la etapa).</translation>
    </message>
    <message>
        <source>Delete the note with this id (repeatable).</source>
        <translation>Eliminar la nota con este ID (repetible).</translation>
    </message>
    <message>
        <source>expected a note id, found &quot;%1&quot;</source>
        <translation>se esperaba un ID de nota, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No notes on the map yet: notes PROJECT --add &quot;Purchase:pain=...&quot; adds one.</source>
        <translation>Aún no hay notas en el mapa: notes PROJECT --add &quot;Purchase:pain=...&quot; añade una.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::paths</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation>se esperaba un número entero positivo, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The paths journeys take: the most common variants (whole sequences), the paths from or to a touchpoint (Sankey data), or where journeys are step by step.</source>
        <translation>Las rutas que siguen los recorridos: las variantes más comunes (secuencias completas), las rutas desde o hacia un punto de contacto (datos Sankey), o dónde están los recorridos paso a paso.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>How many variants to list (default 20).</source>
        <translation>Cuántas variantes listar (por defecto 20).</translation>
    </message>
    <message>
        <source>Paths after this touchpoint&apos;s first occurrence.</source>
        <translation>Rutas después de la primera aparición de este punto de contacto.</translation>
    </message>
    <message>
        <source>Paths that lead to this touchpoint&apos;s first occurrence.</source>
        <translation>Rutas que llevan a la primera aparición de este punto de contacto.</translation>
    </message>
    <message>
        <source>Steps from or to the touchpoint (default 5).</source>
        <translation>Pasos desde o hacia el punto de contacto (por defecto 5).</translation>
    </message>
    <message>
        <source>The share of journeys at each touchpoint at each of the first N steps.</source>
        <translation>La proporción de recorridos en cada punto de contacto en cada uno de los primeros N pasos.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Salida en CSV.</translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys have %3
</source>
        <translation>%L1 de %L2 recorridos pasan por %3
</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(terminados)</translation>
    </message>
    <message>
        <source>ended %1 %</source>
        <translation>terminados %1 %</translation>
    </message>
    <message>
        <source>step %1: %2
</source>
        <translation>paso %1: %2
</translation>
    </message>
    <message>
        <source>%L1 variants among %L2 journeys
</source>
        <translation>%L1 variantes entre %L2 recorridos
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::report</name>
    <message>
        <source>online shoppers: ROC-AUC of Revenue (stratified 80/20, seed 1)</source>
        <translation>online shoppers: ROC-AUC de Revenue (estratificado 80/20, semilla 1)</translation>
    </message>
    <message>
        <source>published XGBoost 0.937 with oversampling; required at least 0.93</source>
        <translation>XGBoost publicado: 0.937 con sobremuestreo; se exigía al menos 0.93</translation>
    </message>
    <message>
        <source>online shoppers: F1 at 0.5 on the held-out fifth</source>
        <translation>online shoppers: F1 con umbral 0.5 en el quinto reservado</translation>
    </message>
    <message>
        <source>held-out LightGBM F1 0.655</source>
        <translation>F1 de LightGBM en datos reservados: 0.655</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>no se encontró %1</translation>
    </message>
    <message>
        <source>Tax et al. (2017), LSTM next activity accuracy 0.7123</source>
        <translation>Tax et al. (2017), precisión de siguiente actividad con LSTM: 0.7123</translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, Markov order 2</source>
        <translation>helpdesk: siguiente actividad top-1, Markov de orden 2</translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, XGBoost</source>
        <translation>helpdesk: siguiente actividad top-1, XGBoost</translation>
    </message>
    <message>
        <source>closed form of the absorbing chain</source>
        <translation>forma cerrada de la cadena absorbente</translation>
    </message>
    <message>
        <source>Markov attribution: removal effect of %1 on a hand-built chain</source>
        <translation>atribución de Markov: efecto de eliminación de %1 en una cadena construida a mano</translation>
    </message>
    <message>
        <source>drop-off correlation: odds ratio of Reviews on a hand-built table</source>
        <translation>correlación de abandono: odds ratio de Reviews en una tabla construida a mano</translation>
    </message>
    <message>
        <source>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) by hand</source>
        <translation>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) a mano</translation>
    </message>
    <message>
        <source>Measures the models on public datasets and hand-built cases and prints each figure beside its published anchor or closed form: the online shoppers table, the helpdesk event log (Tax et al.&apos;s protocol), a Markov attribution chain and a correlation table.</source>
        <translation>Mide los modelos con conjuntos de datos públicos y casos construidos a mano, y muestra cada cifra junto a su referencia publicada o su forma cerrada: la tabla online shoppers, el registro de eventos helpdesk (protocolo de Tax et al.), una cadena de atribución de Markov y una tabla de correlación.</translation>
    </message>
    <message>
        <source>The folder holding online_shoppers_intention.csv and eventlogs/helpdesk_tax2017.csv.</source>
        <translation>La carpeta que contiene online_shoppers_intention.csv y eventlogs/helpdesk_tax2017.csv.</translation>
    </message>
    <message>
        <source>give the folder of the datasets</source>
        <translation>indique la carpeta de los conjuntos de datos</translation>
    </message>
    <message>
        <source>no folder &quot;%1&quot;</source>
        <translation>no existe la carpeta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>%1
  %2   anchor %3 %4   %5
  (%6)
</source>
        <translation>%1
  %2   referencia %3 %4   %5
  (%6)
</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>POR DEBAJO</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::risk</name>
    <message>
        <source>%1 (%2 on average)</source>
        <translation>%1 (%2 de media)</translation>
    </message>
    <message>
        <source>  %1: %2 % predicted%3, %L4 journeys%5
</source>
        <translation>  %1: %2 % previsto%3, %L4 recorridos%5
</translation>
    </message>
    <message>
        <source> (%1 % observed)</source>
        <translation> (%1 % observado)</translation>
    </message>
    <message>
        <source>; what drives it: %1</source>
        <translation>; factores: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::score</name>
    <message>
        <source>expected a share between 0 and 0.5, found &quot;%1&quot;</source>
        <translation>se esperaba una proporción entre 0 y 0.5, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a whole number above 0, found &quot;%1&quot;</source>
        <translation>se esperaba un número entero mayor que 0, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>Scores customers with a stored model (drop-off: the journeys still in flight; label: every customer), stores the scores with the model&apos;s id, and writes the highest-risk customers with their three strongest reasons and a hold-out flag (a fixed share of customers, by a hash of their id, kept out of a campaign to measure its lift).</source>
        <translation>Puntúa a los clientes con un modelo guardado (abandono: los recorridos aún en curso; etiqueta: todos los clientes), guarda las puntuaciones con el ID del modelo y escribe los clientes de mayor riesgo con sus tres motivos principales y una marca de grupo de reserva (una proporción fija de clientes, elegida por un hash de su ID, que se excluye de una campaña para medir su lift).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Write the highest-risk customers to this CSV file.</source>
        <translation>Escribir los clientes de mayor riesgo en este archivo CSV.</translation>
    </message>
    <message>
        <source>Drop-off models: score the journeys in flight at this date, from the events before it (default: the end of the data).</source>
        <translation>Modelos de abandono: puntuar los recorridos en curso en esta fecha, a partir de los eventos anteriores a ella (por defecto: el final de los datos).</translation>
    </message>
    <message>
        <source>Share of customers in the hold-out control group (default 0.1).</source>
        <translation>Proporción de clientes en el grupo de control de reserva (por defecto 0.1).</translation>
    </message>
    <message>
        <source>scored %L1 customers with %2; %L3 in the hold-out group</source>
        <translation>se puntuaron %L1 clientes con %2; %L3 en el grupo de reserva</translation>
    </message>
    <message>
        <source>highest: %1 at %2 %</source>
        <translation>más alto: %1 con %2 %</translation>
    </message>
    <message>
        <source>the %L1 highest written to %2</source>
        <translation>los %L1 más altos se escribieron en %2</translation>
    </message>
    <message>
        <source>Warehouse projects: write every score into this table of the warehouse (schema.table), created when missing and replaced whole; the role needs to be allowed to write there.</source>
        <translation>Proyectos de almacén: escribir cada puntuación en esta tabla del almacén (esquema.tabla), creada si falta y reemplazada entera; el rol debe poder escribir allí.</translation>
    </message>
    <message>
        <source>How many customers the CSV file lists, and how many get their reasons (default 1000).</source>
        <translation>Cuántos clientes enumera el archivo CSV y cuántos reciben sus motivos (por defecto 1000).</translation>
    </message>
    <message>
        <source>writes scores into a table of the warehouse a project is connected to; this project&apos;s events were imported (the scores stay in it, and --out writes a CSV file)</source>
        <translation>escribe las puntuaciones en una tabla del almacén al que está conectado un proyecto; los eventos de este proyecto se importaron (las puntuaciones quedan en él, y --out escribe un archivo CSV)</translation>
    </message>
    <message>
        <source>all %L1 written to the table %2, the %L3 highest with reasons</source>
        <translation>las %L1 escritas en la tabla %2, las %L3 más altas con sus motivos</translation>
    </message>
    <message>
        <source>no journey of customer &quot;%1&quot; is in flight: model %2 scores only journeys that have not reached the goal yet</source>
        <translation>ningún recorrido del cliente «%1» está en curso: el modelo %2 solo puntúa recorridos que aún no han alcanzado el objetivo</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; has no row in the customers table</source>
        <translation>el cliente «%1» no tiene ninguna fila en la tabla de clientes</translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation>el modelo %1 es un modelo de %2, que no puntúa clientes</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::segments</name>
    <message>
        <source>%1: %L2 customers (%3 %), %4 % convert, value %5 on average; %6; typically %7
</source>
        <translation>%1: %L2 clientes (%3 %), convierte el %4 %, valor medio %5; %6; normalmente %7
</translation>
    </message>
    <message>
        <source>expected a persona id, found &quot;%1&quot;</source>
        <translation>se esperaba un ID de persona, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>no existe la persona %1; `personas PROJECT` las enumera</translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation>una persona necesita un nombre</translation>
    </message>
    <message>
        <source>Groups customers into segments (k-means on their journeys&apos; features, or RFM quintiles) and describes each in numbers; drafts personas from them.</source>
        <translation>Agrupa a los clientes en segmentos (k-means sobre las variables de sus recorridos, o quintiles RFM) y describe cada uno en cifras; crea borradores de personas a partir de ellos.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Clusters: a number, auto (chosen by silhouette, 2 to 8), or rfm.</source>
        <translation>Clústeres: un número, auto (elegido por silueta, de 2 a 8) o rfm.</translation>
    </message>
    <message>
        <source>Random seed of k-means (default 1).</source>
        <translation>Semilla aleatoria de k-means (por defecto 1).</translation>
    </message>
    <message>
        <source>Draft a persona for each segment and store it in the project.</source>
        <translation>Crear un borrador de persona para cada segmento y guardarlo en el proyecto.</translation>
    </message>
    <message>
        <source>Print the segments as CSV.</source>
        <translation>Salida de los segmentos en CSV.</translation>
    </message>
    <message>
        <source>expected a number of clusters, auto or rfm, found &quot;%1&quot;</source>
        <translation>se esperaba un número de clústeres, auto o rfm, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Agrupando</translation>
    </message>
    <message>
        <source>k = %1, silhouette %2
</source>
        <translation>k = %1, silueta %2
</translation>
    </message>
    <message>
        <source>Lists the project&apos;s personas with their segments&apos; numbers, recomputed on the current data; edits or deletes one.</source>
        <translation>Lista las personas del proyecto con las cifras de sus segmentos, recalculadas con los datos actuales; edita o elimina una.</translation>
    </message>
    <message>
        <source>The persona to edit, by id.</source>
        <translation>La persona que editar, por ID.</translation>
    </message>
    <message>
        <source>With --edit: its new name.</source>
        <translation>Con --edit: su nuevo nombre.</translation>
    </message>
    <message>
        <source>With --edit: its new quote.</source>
        <translation>Con --edit: su nueva cita.</translation>
    </message>
    <message>
        <source>With --edit: its goals, separated by &quot;;&quot;.</source>
        <translation>Con --edit: sus objetivos, separados por &quot;;&quot;.</translation>
    </message>
    <message>
        <source>With --edit: its frustrations, separated by &quot;;&quot;.</source>
        <translation>Con --edit: sus frustraciones, separadas por &quot;;&quot;.</translation>
    </message>
    <message>
        <source>With --edit: builtin:1 to builtin:8, or an image file.</source>
        <translation>Con --edit: builtin:1 a builtin:8, o un archivo de imagen.</translation>
    </message>
    <message>
        <source>Delete the persona with this id.</source>
        <translation>Eliminar la persona con este ID.</translation>
    </message>
    <message>
        <source>No personas yet: segments --save-personas drafts them.</source>
        <translation>Aún no hay personas: segments --save-personas crea los borradores.</translation>
    </message>
    <message>
        <source>  (its segment cannot be recomputed)
</source>
        <translation>  (su segmento no se puede recalcular)
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::stages</name>
    <message>
        <source>(no stage): %1
</source>
        <translation>(sin etapa): %1
</translation>
    </message>
    <message>
        <source>expected NAME=VALUE, found &quot;%1&quot;</source>
        <translation>se esperaba NAME=VALUE, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Shows or edits the stages and which touchpoint belongs to which, or proposes stages from where touchpoints occur in the journeys.</source>
        <translation>Muestra o edita las etapas y a qué etapa pertenece cada punto de contacto, o propone etapas según dónde aparecen los puntos de contacto en los recorridos.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>Propose K stages (3 to 7) from the data, with the evidence.</source>
        <translation>Proponer K etapas (de 3 a 7) a partir de los datos, con la evidencia.</translation>
    </message>
    <message>
        <source>Store the proposal of --auto.</source>
        <translation>Guardar la propuesta de --auto.</translation>
    </message>
    <message>
        <source>Put a touchpoint into a stage (empty: none). Repeatable.</source>
        <translation>Asignar un punto de contacto a una etapa (vacío: ninguna). Repetible.</translation>
    </message>
    <message>
        <source>Replace the stages with those of a CSV file with the columns touchpoint and stage.</source>
        <translation>Reemplazar las etapas por las de un archivo CSV con las columnas touchpoint y stage.</translation>
    </message>
    <message>
        <source>Print touchpoint,stage rows, as --load reads them.</source>
        <translation>Escribir filas touchpoint,stage, tal como las lee --load.</translation>
    </message>
    <message>
        <source>expected a number of stages</source>
        <translation>se esperaba un número de etapas</translation>
    </message>
    <message>
        <source>
median relative position of each touchpoint in its journeys:
</source>
        <translation>
posición relativa mediana de cada punto de contacto en sus recorridos:
</translation>
    </message>
    <message>
        <source>
(a proposal: --accept stores it)
</source>
        <translation>
(una propuesta: --accept la guarda)
</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;</source>
        <translation>no existe el punto de contacto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename a stage; its notes on the map and the models&apos; figures for it follow. Repeatable.</source>
        <translation>Renombrar una etapa; sus notas en el mapa y las cifras de los modelos sobre ella la siguen. Repetible.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::train</name>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation>se esperaba una proporción entre 0 y 1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (ROC-AUC %2, %L3 %4)</source>
        <translation>%1 (ROC-AUC %2, %L3 %4)</translation>
    </message>
    <message>
        <source>where it is weakest: %1
</source>
        <translation>donde es más débil: %1
</translation>
    </message>
    <message>
        <source>what drives it most (mean |SHAP|): %1
</source>
        <translation>sus factores principales (|SHAP| medio): %1
</translation>
    </message>
    <message>
        <source>ROC-AUC %1, PR-AUC %2, log loss %3, Brier %4, calibration error %5
</source>
        <translation>ROC-AUC %1, PR-AUC %2, log loss %3, Brier %4, error de calibración %5
</translation>
    </message>
    <message>
        <source>the top tenth by score holds %1 % of the outcomes (lift %2)
</source>
        <translation>la décima parte con mayor puntuación reúne el %1 % de los resultados (lift %2)
</translation>
    </message>
    <message>
        <source>model %1: %2 (%L3 customers trained on, %L4 held out, %L5 of them with the outcome)
</source>
        <translation>modelo %1: %2 (%L3 clientes de entrenamiento, %L4 reservados, %L5 de ellos con el resultado)
</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>model %1: drop-off (%L2 journeys trained on, %L3 held out, %L4 of those dropped off)
</source>
        <translation>modelo %1: abandono (%L2 recorridos de entrenamiento, %L3 reservados, %L4 de ellos con abandono)
</translation>
    </message>
    <message>
        <source>predicted drop-off risk by stage, on the held-out journeys:
</source>
        <translation>riesgo de abandono previsto por etapa, en los recorridos reservados:
</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>recorridos</translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>se esperaba un número entero, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a customer table has no time order: use stratified</source>
        <translation>una tabla de clientes no tiene orden temporal: use stratified</translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;: import a customer table first (import --format table)</source>
        <translation>no existe la columna de cliente &quot;%1&quot;: importe primero una tabla de clientes (import --format table)</translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;; the columns are %2</source>
        <translation>no existe la columna de cliente &quot;%1&quot;; las columnas son %2</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>Trains an XGBoost model, evaluates it on held-out data and stores it in the project: of drop-off on the journeys (the goal of --goal, --outcome or the project), or with --label of a column of the customer tables (churn, Revenue).</source>
        <translation>Entrena un modelo XGBoost, lo evalúa con datos reservados y lo guarda en el proyecto: de abandono sobre los recorridos (el objetivo de --goal, --outcome o del proyecto) o, con --label, de una columna de las tablas de clientes (churn, Revenue).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>El archivo de proyecto (*.journey).</translation>
    </message>
    <message>
        <source>The customer column to predict.</source>
        <translation>La columna de cliente que predecir.</translation>
    </message>
    <message>
        <source>Values of the column that mean the outcome (default true,yes,1).</source>
        <translation>Valores de la columna que significan el resultado (por defecto true,yes,1).</translation>
    </message>
    <message>
        <source>What is held out for testing: time (the journeys that started last; the default for journeys) or stratified (at random, keeping the share of outcomes; the default and only choice for --label).</source>
        <translation>Qué se reserva para la prueba: time (los recorridos que empezaron más tarde; por defecto para recorridos) o stratified (al azar, manteniendo la proporción de resultados; por defecto y única opción para --label).</translation>
    </message>
    <message>
        <source>One row for every point at which a journey was still in flight, instead of one drawn point per journey.</source>
        <translation>Una fila por cada punto en el que un recorrido seguía en curso, en lugar de un único punto elegido al azar por recorrido.</translation>
    </message>
    <message>
        <source>Do not weight the rarer outcome up while training.</source>
        <translation>No dar más peso al resultado menos frecuente durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Share held out for testing (default 0.2).</source>
        <translation>Proporción reservada para la prueba (por defecto 0.2).</translation>
    </message>
    <message>
        <source>Seed of the split and of XGBoost (default 1).</source>
        <translation>Semilla de la división y de XGBoost (por defecto 1).</translation>
    </message>
    <message>
        <source>expected time or stratified, found &quot;%1&quot;</source>
        <translation>se esperaba time o stratified, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Lists the models stored in the project.</source>
        <translation>Lista los modelos guardados en el proyecto.</translation>
    </message>
    <message>
        <source>No models yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one.</source>
        <translation>Aún no hay modelos: train PROJECT [--goal TOUCHPOINT | --label COLUMN] entrena uno.</translation>
    </message>
    <message>
        <source>%1  %2 %3  ROC-AUC %4  %5 features  %6</source>
        <translation>%1  %2 %3  ROC-AUC %4  %5 variables  %6</translation>
    </message>
    <message>
        <source>    needs retraining: a customer it learnt from was erased since (train again to replace it)</source>
        <translation>    hay que reentrenarlo: un cliente del que aprendió se ha borrado desde entonces (vuelva a entrenar para reemplazarlo)</translation>
    </message>
    <message>
        <source>expected a share above 0 and at most 1, found &quot;%1&quot;</source>
        <translation>se esperaba una proporción mayor que 0 y como mucho 1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>draws customers of a warehouse project; a model of imported events learns from all of them</source>
        <translation>toma clientes de un proyecto de almacén; un modelo de eventos importados aprende de todos</translation>
    </message>
    <message>
        <source>Warehouse projects: learn from this share of the customers, drawn by a hash of their id and the seed (default 1: all).</source>
        <translation>Proyectos de almacén: aprender de esta proporción de los clientes, tomada por un hash de su id y la semilla (por defecto 1: todos).</translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;</source>
        <translation>ningún cliente tiene «%1»</translation>
    </message>
</context>
<context>
    <name>journeyscope::schema</name>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the project file: it was changed outside Journeyscope</source>
        <translation>elemento inesperado (%1 &quot;%2&quot;) en el archivo de proyecto: se modificó fuera de Journeyscope</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from schema version %3: the project file was changed outside Journeyscope</source>
        <translation>%1 &quot;%2&quot; difiere de la versión de esquema %3: el archivo de proyecto se modificó fuera de Journeyscope</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing from the project file</source>
        <translation>falta %1 &quot;%2&quot; en el archivo de proyecto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer-journey mapping driven by data.</source>
        <translation>Mapeo del recorrido del cliente basado en datos.</translation>
    </message>
    <message>
        <source>A project to open (*.journey), or data files to import (CSV, JSON Lines, XES).</source>
        <translation>Un proyecto que abrir (*.journey) o archivos de datos que importar (CSV, JSON Lines, XES).</translation>
    </message>
</context>
</TS>
