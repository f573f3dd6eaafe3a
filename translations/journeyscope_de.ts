<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>journeyscope::Attribution</name>
    <message>
        <source>the Markov order must be 1, 2 or 3, not %1</source>
        <translation>die Markov-Ordnung muss 1, 2 oder 3 sein, nicht %1</translation>
    </message>
    <message>
        <source>the chain of order %1 has %L2 states, more than %L3: use a lower order or channels</source>
        <translation>die Kette der Ordnung %1 hat %L2 Zustände, mehr als %L3: verwenden Sie eine niedrigere Ordnung oder Kanäle</translation>
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
        <translation>ein Modell braucht mindestens ein Merkmal</translation>
    </message>
    <message>
        <source>%1 rows of features but %2 labels</source>
        <translation>%1 Zeilen mit Merkmalen, aber %2 Labels</translation>
    </message>
    <message>
        <source>the validation rows have other features than the training rows</source>
        <translation>die Validierungszeilen haben andere Merkmale als die Trainingszeilen</translation>
    </message>
    <message>
        <source>the stored model is empty</source>
        <translation>das gespeicherte Modell ist leer</translation>
    </message>
    <message>
        <source>the stored model cannot be read (%1): train it again</source>
        <translation>das gespeicherte Modell kann nicht gelesen werden (%1): trainieren Sie es erneut</translation>
    </message>
</context>
<context>
    <name>journeyscope::ClassificationMetrics</name>
    <message>
        <source>%1 labels but %2 predictions</source>
        <translation>%1 Labels, aber %2 Vorhersagen</translation>
    </message>
    <message>
        <source>label %1 of case %2 is not 0 or 1</source>
        <translation>Label %1 von Fall %2 ist nicht 0 oder 1</translation>
    </message>
    <message>
        <source>prediction %1 of case %2 is not in [0, 1]</source>
        <translation>Vorhersage %1 von Fall %2 liegt nicht in [0, 1]</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>nicht messbar</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>no better than chance</source>
        <translation>nicht besser als der Zufall</translation>
    </message>
    <message>
        <source>The test cases hold only one outcome, so the model cannot be judged.</source>
        <translation>Die Testfälle enthalten nur ein Ergebnis, daher lässt sich das Modell nicht beurteilen.</translation>
    </message>
    <message>
        <source>Given one case with the outcome and one without, the model ranks the first higher %1 % of the times: %2.</source>
        <translation>Bei je einem Fall mit und einem ohne Ergebnis stuft das Modell den ersten in %1 % der Fälle höher ein: %2.</translation>
    </message>
</context>
<context>
    <name>journeyscope::ClickstreamGenerator</name>
    <message>
        <source>Could not write the sample data: %1</source>
        <translation>Die Beispieldaten konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::ColumnMapping</name>
    <message>
        <source>not a JSON mapping file (%1 at byte %2)</source>
        <translation>keine JSON-Zuordnungsdatei (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;columns&quot; object</source>
        <translation>JSON-Objekt mit einem Objekt „columns“ erwartet</translation>
    </message>
    <message>
        <source>field &quot;columns&quot;: expected an object mapping column names to roles</source>
        <translation>Feld „columns“: Objekt erwartet, das Spaltennamen Rollen zuordnet</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: unknown role &quot;%2&quot;; expected one of %3</source>
        <translation>Spalte „%1“: unbekannte Rolle „%2“; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: %1</source>
        <translation>Feld „time_format“: %1</translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: expected a string such as &quot;iso&quot;</source>
        <translation>Feld „time_format“: Zeichenkette wie „iso“ erwartet</translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;</source>
        <translation>Feld „delimiter“: ein Zeichen oder „tab“ erwartet</translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;, found &quot;%1&quot;</source>
        <translation>Feld „delimiter“: ein Zeichen oder „tab“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: expected an object mapping date columns to event names</source>
        <translation>Feld „event_names“: Objekt erwartet, das Datumsspalten Ereignisnamen zuordnet</translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: column &quot;%1&quot;: expected an event name</source>
        <translation>Feld „event_names“: Spalte „%1“: Ereignisname erwartet</translation>
    </message>
</context>
<context>
    <name>journeyscope::Correlation</name>
    <message>
        <source>Customers who reached %1</source>
        <translation>Kunden, die %1 erreicht haben</translation>
    </message>
    <message>
        <source>Customers with %1</source>
        <translation>Kunden mit %1</translation>
    </message>
    <message>
        <source>%1: odds of converting %2 times higher (%3 % of them converted, against %4 % of the others)</source>
        <translation>%1: Chance auf Conversion %2-mal höher (%3 % von ihnen konvertierten, gegenüber %4 % der anderen)</translation>
    </message>
    <message>
        <source>%1: odds of converting %2 times lower (%3 % of them converted, against %4 % of the others)</source>
        <translation>%1: Chance auf Conversion %2-mal niedriger (%3 % von ihnen konvertierten, gegenüber %4 % der anderen)</translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvReader</name>
    <message>
        <source>the record is longer than %1 MiB; is a closing quote missing?</source>
        <translation>der Datensatz ist länger als %1 MiB; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>das Trennzeichen darf weder ein Anführungszeichen noch ein Zeilenumbruch sein</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation>die Datei ist als %1 kodiert (sie beginnt mit einer %1-Bytereihenfolgemarke); speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>expected a closing quote for the field that starts here before the end of the file</source>
        <translation>vor dem Dateiende wurde ein schließendes Anführungszeichen für das hier beginnende Feld erwartet</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote, found &apos;%1&apos;</source>
        <translation>nach dem schließenden Anführungszeichen Trennzeichen oder Zeilenende erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 fields in a record, found more</source>
        <translation>höchstens %1 Felder in einem Datensatz erwartet, mehr gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvRecordSource</name>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation>die Datei ist leer: Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>UTF-8-Text erwartet, ungültige Bytes gefunden (speichern Sie die Datei als UTF-8)</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerAttributes</name>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customer table was imported</source>
        <translation>kein Kundenattribut „%1“: es wurde keine Kundentabelle importiert</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation>kein Kundenattribut „%1“; vorhandene Attribute: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerErasure</name>
    <message>
        <source>no customer with this id in the project</source>
        <translation>kein Kunde mit dieser ID im Projekt</translation>
    </message>
    <message>
        <source>its customers live in a database server and the project holds none of their data: erase them there</source>
        <translation>seine Kunden liegen auf einem Datenbankserver und das Projekt enthält keine ihrer Daten: löschen Sie sie dort</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerScores</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>a drop-off model scores journeys: the events are needed</source>
        <translation>ein Abbruchmodell bewertet Journeys: dafür werden die Ereignisse benötigt</translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation>Modell %1 ist ein %2-Modell und bewertet keine Kunden</translation>
    </message>
    <message>
        <source>the customer&apos;s journey is not in flight: model %1 scores only journeys that have not reached the goal yet</source>
        <translation>die Journey des Kunden ist nicht offen: Modell %1 bewertet nur Journeys, die das Ziel noch nicht erreicht haben</translation>
    </message>
    <message>
        <source>the customer has no attributes to score</source>
        <translation>der Kunde hat keine Attribute, die sich bewerten lassen</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerTable</name>
    <message>
        <source>no customer has &quot;%1&quot;: no customer table was imported</source>
        <translation>kein Kunde hat „%1“: es wurde keine Kundentabelle importiert</translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;; the attributes are %2</source>
        <translation>kein Kunde hat „%1“; vorhandene Attribute: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::Database</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the file is in use by another process</source>
        <translation>die Datei wird von einem anderen Prozess verwendet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>journeyscope::DefaultViews</name>
    <message>
        <source>No goal set</source>
        <translation>Kein Ziel festgelegt</translation>
    </message>
    <message>
        <source>This view judges journeys by a goal: set one (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</source>
        <translation>Diese Ansicht bewertet Journeys anhand eines Ziels: Legen Sie eines fest (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation>kein Touchpoint „%1“ im Projekt</translation>
    </message>
    <message>
        <source>No funnel yet</source>
        <translation>Noch kein Funnel</translation>
    </message>
    <message>
        <source>A funnel needs stages and a goal: load stages (journeyscope-cli stages PROJECT --load FILE) and set a goal.</source>
        <translation>Ein Funnel braucht Phasen und ein Ziel: Laden Sie Phasen (journeyscope-cli stages PROJECT --load FILE) und legen Sie ein Ziel fest.</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>Train one to see how well it predicts drop-off (journeyscope-cli train PROJECT).</source>
        <translation>Trainieren Sie eines, um zu sehen, wie gut es Abbrüche vorhersagt (journeyscope-cli train PROJECT).</translation>
    </message>
</context>
<context>
    <name>journeyscope::DropoffModel</name>
    <message>
        <source>the %1 journeys have %2 rows that dropped off and %3 that converted: a model needs at least %4 of each (is the goal right?)</source>
        <translation>die Journeys der %1 haben %2 Zeilen mit Abbruch und %3 mit Conversion: ein Modell braucht von beidem mindestens %4 (stimmt das Ziel?)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>Testdaten</translation>
    </message>
</context>
<context>
    <name>journeyscope::Error</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventConverter</name>
    <message>
        <source>wrong number of fields</source>
        <translation>falsche Anzahl an Feldern</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>empty customer id</source>
        <translation>leere Kunden-ID</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a customer id, found an empty field</source>
        <translation>Spalte „%1“: Kunden-ID erwartet, leeres Feld gefunden</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>ungültige Zeit</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected %2, found %3</source>
        <translation>Spalte „%1“: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>expected a date in at least one of the date columns, found none</source>
        <translation>in mindestens einer der Datumsspalten ein Datum erwartet, keines gefunden</translation>
    </message>
    <message>
        <source>empty event</source>
        <translation>leeres Ereignis</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected an event name, found an empty field</source>
        <translation>Spalte „%1“: Ereignisname erwartet, leeres Feld gefunden</translation>
    </message>
    <message>
        <source>bad value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a number, found %2</source>
        <translation>Spalte „%1“: Zahl erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>bad consent</source>
        <translation>ungültige Einwilligung</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected yes or no (true/false, 1/0, granted/denied), found %2</source>
        <translation>Spalte „%1“: yes oder no (true/false, 1/0, granted/denied) erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>Spalte „%1“: UTF-8-Text erwartet, ungültige Bytes gefunden (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>UTF-8-Text erwartet, ungültige Bytes gefunden (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 blank values read as missing, not as 0</source>
        <translation>Spalte „%1“: %2 leere Werte als fehlend gelesen, nicht als 0</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected at most %2 different channels in a project, found one more, %3: map a column with fewer values as the channel</source>
        <translation>Spalte „%1“: höchstens %2 verschiedene Kanäle pro Projekt erwartet, einen weiteren gefunden, %3: ordnen Sie eine Spalte mit weniger Werten als Kanal zu</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected at most %2 different events in a project, found one more, %3</source>
        <translation>Spalte „%1“: höchstens %2 verschiedene Ereignisse pro Projekt erwartet, ein weiteres gefunden, %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventLog</name>
    <message>
        <source>the project file is damaged: ids from %1 to %2 for %3 rows</source>
        <translation>die Projektdatei ist beschädigt: IDs von %1 bis %2 für %3 Zeilen</translation>
    </message>
    <message>
        <source>the project holds more than %1 touchpoints or %2 channels</source>
        <translation>das Projekt enthält mehr als %1 Touchpoints oder %2 Kanäle</translation>
    </message>
    <message>
        <source>the project file is damaged: customer %1 is merged into %2, which cannot be</source>
        <translation>die Projektdatei ist beschädigt: Kunde %1 ist mit %2 zusammengeführt, was nicht sein kann</translation>
    </message>
    <message>
        <source>its events live in a database server; this needs them imported</source>
        <translation>seine Ereignisse liegen auf einem Datenbankserver; dies braucht sie importiert</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventScan</name>
    <message>
        <source>the project file is damaged: an event refers to touchpoint %1 and channel %2, and one of them does not exist</source>
        <translation>die Projektdatei ist beschädigt: ein Ereignis verweist auf Touchpoint %1 und Kanal %2, und einen davon gibt es nicht</translation>
    </message>
    <message>
        <source>the project file is damaged: an event at %1 ms since 1970, outside the years 1 to 9999</source>
        <translation>die Projektdatei ist beschädigt: ein Ereignis bei %1 ms seit 1970, außerhalb der Jahre 1 bis 9999</translation>
    </message>
</context>
<context>
    <name>journeyscope::Experiment</name>
    <message>
        <source>no customers with an outcome in the control group &quot;%1&quot;; the groups are %2</source>
        <translation>keine Kunden mit Ergebnis in der Kontrollgruppe „%1“; vorhandene Gruppen: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::FilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Persona or segment</source>
        <translation>Persona oder Segment</translation>
    </message>
    <message>
        <source>Customer attribute</source>
        <translation>Kundenattribut</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Every customer, every channel, all dates</source>
        <translation>Alle Kunden, alle Kanäle, gesamter Zeitraum</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Fokus beenden</translation>
    </message>
    <message>
        <source>Focus on a touchpoint</source>
        <translation>Fokus auf einen Touchpoint</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>reaching %1</source>
        <translation>erreicht %1</translation>
    </message>
    <message>
        <source>Through %1  ✕</source>
        <translation>Über %1  ✕</translation>
    </message>
    <message>
        <source>Reaching %1  ✕</source>
        <translation>Erreicht %1  ✕</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
</context>
<context>
    <name>journeyscope::Friction</name>
    <message>
        <source>friction weights must be numbers of 0 or more</source>
        <translation>Reibungsgewichte müssen Zahlen ab 0 sein</translation>
    </message>
    <message>
        <source>at least one friction weight must be more than 0</source>
        <translation>mindestens ein Reibungsgewicht muss größer als 0 sein</translation>
    </message>
    <message>
        <source>%1 segment labels for %2 people</source>
        <translation>%1 Segmentzuordnungen für %2 Personen</translation>
    </message>
</context>
<context>
    <name>journeyscope::Funnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation>Ein Funnel braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>Funnel step %1 has no touchpoint</source>
        <translation>Funnel-Schritt %1 hat keinen Touchpoint</translation>
    </message>
    <message>
        <source>Funnel step %1 names touchpoint %2; the log has %3</source>
        <translation>Funnel-Schritt %1 verweist auf Touchpoint %2; das Ereignisprotokoll hat %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelBuilderDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Funnel Steps</source>
        <translation>Funnel-Schritte</translation>
    </message>
    <message>
        <source>Find a touchpoint</source>
        <translation>Touchpoint suchen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Add Step →</source>
        <translation>Schritt &amp;hinzufügen →</translation>
    </message>
    <message>
        <source>Add as &amp;Alternative →</source>
        <translation>Als &amp;Alternative hinzufügen →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Schritte, in Reihenfolge</translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelScene</name>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 Journeys</translation>
    </message>
    <message>
        <source>%1 of the previous</source>
        <translation>%1 des vorherigen Schritts</translation>
    </message>
    <message>
        <source>%1 of the first</source>
        <translation>%1 des ersten Schritts</translation>
    </message>
    <message>
        <source>median %1 after</source>
        <translation>Median %1 danach</translation>
    </message>
    <message>
        <source>%L1 dropped off:</source>
        <translation>%L1 abgesprungen:</translation>
    </message>
    <message>
        <source>  ended there: %1</source>
        <translation>  dort beendet: %1</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Keine Daten für diesen Filter</translation>
    </message>
    <message>
        <source>No journey reaches the first step with these filters.</source>
        <translation>Mit diesen Filtern erreicht keine Journey den ersten Schritt.</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Funnel: %1</translation>
    </message>
    <message>
        <source>%L1 journeys looked at; %2 reach the last step</source>
        <translation>%L1 Journeys betrachtet; %2 erreichen den letzten Schritt</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>Journeys</translation>
    </message>
</context>
<context>
    <name>journeyscope::Goal</name>
    <message>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <source>dropped off</source>
        <translation>abgesprungen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>journeyscope::GraphLayout</name>
    <message>
        <source>edge %1 joins nodes that do not exist</source>
        <translation>Kante %1 verbindet Knoten, die nicht existieren</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out</source>
        <translation>Graphviz konnte den Graphen nicht anordnen</translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipFile</name>
    <message>
        <source>a gzip file can only be opened for reading</source>
        <translation>eine gzip-Datei kann nur zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation>zlib kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the gzip data ends early, at byte offset %1: unexpected end of file (is the file truncated?)</source>
        <translation>die gzip-Daten enden vorzeitig bei Byte-Offset %1: unerwartetes Dateiende (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt at byte offset %1: %2</source>
        <translation>die gzip-Daten sind bei Byte-Offset %1 beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipWriter</name>
    <message>
        <source>a gzip stream can only be opened for writing</source>
        <translation>ein gzip-Datenstrom kann nur zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>the target device is not open for writing</source>
        <translation>das Zielgerät ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation>zlib kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot write the compressed data: %1</source>
        <translation>die komprimierten Daten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>zlib failed: %1</source>
        <translation>zlib-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::HeaderRow</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::HeatmapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>Keine Daten für diesen Filter</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Keine Journey passt zu den Filtern: Erweitern Sie Zeitraum, Kanäle oder Segment.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Friction by %1 and %2</source>
        <translation>Reibung nach %1 und %2</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 Journeys</translation>
    </message>
    <message>
        <source>0 · little friction</source>
        <translation>0 · wenig Reibung</translation>
    </message>
    <message>
        <source>1 · most friction</source>
        <translation>1 · stärkste Reibung</translation>
    </message>
    <message>
        <source>Score: %1. Cells with fewer than %L2 journeys are not scored.</source>
        <translation>Score: %1. Zellen mit weniger als %L2 Journeys erhalten keinen Score.</translation>
    </message>
</context>
<context>
    <name>journeyscope::IdentityResolver</name>
    <message>
        <source>there is no link %1</source>
        <translation>es gibt keine Verknüpfung %1</translation>
    </message>
    <message>
        <source>link %1 was undone already</source>
        <translation>Verknüpfung %1 wurde bereits rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportIntoProject</name>
    <message>
        <source>this project pseudonymises customer keys and personal data; they can be kept as they are only in a project created so</source>
        <translation>dieses Projekt pseudonymisiert Kundenschlüssel und personenbezogene Daten; unverändert bleiben können sie nur in einem entsprechend angelegten Projekt</translation>
    </message>
    <message>
        <source>could not move the new project into place from %1</source>
        <translation>das neue Projekt konnte nicht von %1 an seinen Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportJob</name>
    <message>
        <source>the same data was already imported from %1 on %2 (SHA-256 %3); use --force to import it again</source>
        <translation>dieselben Daten wurden bereits am %2 aus %1 importiert (SHA-256 %3); verwenden Sie --force, um sie erneut zu importieren</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats are csv, jsonl, xes and table</source>
        <translation>unbekanntes Format „%1“; bekannte Formate sind csv, jsonl, xes und table</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had rows out of time order; their sessions were cut from their events in time order</source>
        <translation>
            <numerusform>%n Kunde hatte Zeilen außerhalb der zeitlichen Reihenfolge; seine Sitzungen wurden aus den zeitlich sortierten Ereignissen gebildet</numerusform>
            <numerusform>%n Kunden hatten Zeilen außerhalb der zeitlichen Reihenfolge; ihre Sitzungen wurden aus den zeitlich sortierten Ereignissen gebildet</numerusform>
        </translation>
    </message>
    <message>
        <source>its events live in a database server; import files into a project of their own (a customers table joins with connect --customers-table)</source>
        <translation>seine Ereignisse liegen auf einem Datenbankserver; importieren Sie Dateien in ein eigenes Projekt (eine Kundentabelle kommt mit connect --customers-table dazu)</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportReport</name>
    <message>
        <source>%1: customer table, %2 of %3 imported, %4 skipped; %5</source>
        <translation>%1: Kundentabelle, %2 von %3 importiert, %4 übersprungen; %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln neuer Kunde</numerusform>
            <numerusform>%Ln neue Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 from %3, %4 skipped; %5, %6</source>
        <translation>%1: %2 aus %3, %4 übersprungen; %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  skipped %Ln row(s): %1; first at %2: %3</source>
        <translation>
            <numerusform>  %Ln Zeile übersprungen: %1; erste bei %2: %3</numerusform>
            <numerusform>  %Ln Zeilen übersprungen: %1; erste bei %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln customer(s) found to be the same person, %1 merged</source>
        <translation>
            <numerusform>  %Ln Kunde als dieselbe Person erkannt, %1 zusammengeführt</numerusform>
            <numerusform>  %Ln Kunden als dieselbe Person erkannt, %1 zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer table row(s)</source>
        <translation>
            <numerusform>%Ln Kundentabellenzeile</numerusform>
            <numerusform>%Ln Kundentabellenzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 in %2 s (%3 rows/s)</source>
        <translation>%1 in %2 s importiert (%3 Zeilen/s)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportWizard</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keep customer ids and personal data as they are</source>
        <translation>Kunden-IDs und personenbezogene Daten unverändert übernehmen</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Clickstream or CRM exports, JSON Lines or XES event logs. They are imported together: all of them or none.</source>
        <translation>Clickstream- oder CRM-Exporte, JSON Lines oder XES-Ereignisprotokolle. Sie werden gemeinsam importiert: alle oder keine.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>Dateien &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Detect from each file</source>
        <translation>Automatisch für jede Datei erkennen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>New &amp;project:</source>
        <translation>Neues &amp;Projekt:</translation>
    </message>
    <message>
        <source>Into project:</source>
        <translation>In Projekt:</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Journeyscope-Projekte (*.journey)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>How journeys are cut into sessions and what to do with a bad row.</source>
        <translation>Wie Journeys in Sitzungen aufgeteilt werden und was bei einer fehlerhaften Zeile geschieht.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session gap in minutes</source>
        <translation>Sitzungspause in Minuten</translation>
    </message>
    <message>
        <source>Stop: import nothing and say where</source>
        <translation>Anhalten: nichts importieren und die Stelle nennen</translation>
    </message>
    <message>
        <source>Skip the row and report it</source>
        <translation>Zeile überspringen und melden</translation>
    </message>
    <message>
        <source>On a bad row</source>
        <translation>Bei fehlerhafter Zeile</translation>
    </message>
    <message>
        <source>Otherwise they are pseudonymised with a key kept in the project</source>
        <translation>Andernfalls werden sie mit einem im Projekt gespeicherten Schlüssel pseudonymisiert</translation>
    </message>
    <message>
        <source>Chosen when the project was created</source>
        <translation>Beim Anlegen des Projekts festgelegt</translation>
    </message>
    <message>
        <source>A new &amp;session after a gap of:</source>
        <translation>Neue &amp;Sitzung nach einer Pause von:</translation>
    </message>
    <message>
        <source>On a &amp;bad row:</source>
        <translation>Bei &amp;fehlerhafter Zeile:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>%n Datei wird importiert...</numerusform>
            <numerusform>%n Dateien werden importiert...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the project is as it was.</source>
        <translation>Import abgebrochen: Das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %L1 events.</source>
        <translation>%L1 Ereignisse importiert.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>journeyscope::Importer</name>
    <message>
        <source>Events in a CSV or text table</source>
        <translation>Ereignisse in einer CSV- oder Texttabelle</translation>
    </message>
    <message>
        <source>CSV and text tables (*.csv *.tsv *.txt *.dat)</source>
        <translation>CSV- und Texttabellen (*.csv *.tsv *.txt *.dat)</translation>
    </message>
    <message>
        <source>Customer table (one row per customer)</source>
        <translation>Kundentabelle (eine Zeile pro Kunde)</translation>
    </message>
    <message>
        <source>Events in JSON Lines</source>
        <translation>Ereignisse in JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</translation>
    </message>
    <message>
        <source>XES event log</source>
        <translation>XES-Ereignisprotokoll</translation>
    </message>
    <message>
        <source>XES event logs (*.xes *.xes.gz)</source>
        <translation>XES-Ereignisprotokolle (*.xes *.xes.gz)</translation>
    </message>
    <message>
        <source>the XES standard</source>
        <translation>XES-Standard</translation>
    </message>
</context>
<context>
    <name>journeyscope::IssuesPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Model caveat</source>
        <translation>Modellhinweis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyGraphScene</name>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 Kunden</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 Journeys</translation>
    </message>
    <message>
        <source>%1
%L2 customers, %L3 events
%L4 journeys start here, %L5 end here, %L6 of them without the goal</source>
        <translation>%1
%L2 Kunden, %L3 Ereignisse
%L4 Journeys beginnen hier, %L5 enden hier, %L6 davon ohne das Ziel</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Keine Daten für diesen Filter</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Keine Journey passt zu den Filtern: Erweitern Sie Zeitraum, Kanäle oder Segment.</translation>
    </message>
    <message>
        <source>%1 → %2
%L3 transitions (%4 % of those leaving %1)</source>
        <translation>%1 → %2
%L3 Übergänge (%4 % derer, die %1 verlassen)</translation>
    </message>
    <message>
        <source>
median %1, 90 % within %2</source>
        <translation>
Median %1, 90 % innerhalb von %2</translation>
    </message>
    <message>
        <source>%L1 · %2 %</source>
        <translation>%L1 · %2 %</translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; node colour: friction score (0 little, 1 most; grey: too few journeys); dashed: loops back.</source>
        <translation>%L1 Journeys von %L2 Kunden. Kantenbreite: Übergänge; Knotenfarbe: Reibungsscore (0 wenig, 1 am meisten; grau: zu wenige Journeys); gestrichelt: Rücksprünge.</translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; colour: median time (pale fast, deep slow); node border: share ending there without the goal; dashed: loops back.</source>
        <translation>%L1 Journeys von %L2 Kunden. Kantenbreite: Übergänge; Farbe: Median-Zeit (hell schnell, dunkel langsam); Knotenrand: Anteil, der dort ohne das Ziel endet; gestrichelt: Rücksprünge.</translation>
    </message>
    <message>
        <source>Simplified: %1 % of transitions and %2 % of events hidden.</source>
        <translation>Vereinfacht: %1 % der Übergänge und %2 % der Ereignisse ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMap</name>
    <message>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>Keine Daten für diesen Filter</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Keine Journey passt zu den Filtern: Erweitern Sie Zeitraum, Kanäle oder Segment.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>%L1 journeys, %2 converted</source>
        <translation>%L1 Journeys, %2 konvertiert</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 Journeys</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>%1
%L2 journeys, %L3 events%4</source>
        <translation>%1
%L2 Journeys, %L3 Ereignisse%4</translation>
    </message>
    <message>
        <source>, mostly %1</source>
        <translation>, überwiegend %1</translation>
    </message>
    <message>
        <source>+ %L1 more</source>
        <translation>+ %L1 weitere</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1 of journeys reach it</source>
        <translation>%1 der Journeys erreichen sie</translation>
    </message>
    <message>
        <source>%1 of them convert</source>
        <translation>%1 davon konvertieren</translation>
    </message>
    <message>
        <source>median %1 in the stage</source>
        <translation>Median %1 in der Phase</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ohne Score</translation>
    </message>
    <message>
        <source>%1 drop off here</source>
        <translation>%1 springen hier ab</translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation>Vorhergesagtes Risiko</translation>
    </message>
    <message>
        <source>No drop-off model yet: train one (journeyscope-cli train PROJECT) to see where journeys are likely to end.</source>
        <translation>Noch kein Abbruchmodell: Trainieren Sie eines (journeyscope-cli train PROJECT), um zu sehen, wo Journeys wahrscheinlich enden.</translation>
    </message>
    <message>
        <source>%1 likely to drop off</source>
        <translation>%1 springen wahrscheinlich ab</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>Treiber: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>No CSAT, NPS or sentiment column in the customer tables: import one, or set emotions by hand (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</source>
        <translation>Keine CSAT-, NPS- oder Sentiment-Spalte in den Kundentabellen: Importieren Sie eine oder legen Sie Emotionen von Hand fest (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</translation>
    </message>
    <message>
        <source>set by hand, -2 to 2</source>
        <translation>von Hand gesetzt, -2 bis 2</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert von %1</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>%1: friction %2, %3 end here</source>
        <translation>%1: Reibung %2, %3 enden hier</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>None noted yet (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</source>
        <translation>Noch keine notiert (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</translation>
    </message>
    <message>
        <source>Chips: touchpoints by the journeys that reach them, in their main channel&apos;s colour. Actions: the first visit to a stage, share of its journeys. Friction: 0 little, 1 most. ✎ written by the team.</source>
        <translation>Chips: Touchpoints nach den Journeys, die sie erreichen, in der Farbe ihres Hauptkanals. Aktionen: der erste Besuch einer Phase, Anteil ihrer Journeys. Reibung: 0 wenig, 1 am meisten. ✎ vom Team notiert.</translation>
    </message>
    <message>
        <source>(%1, needs retraining)</source>
        <translation>(%1, muss neu trainiert werden)</translation>
    </message>
</context>
<context>
    <name>journeyscope::JsonLinesReader</name>
    <message>
        <source>the record is longer than %1 MiB; is the file JSON Lines (one object per line)?</source>
        <translation>der Datensatz ist länger als %1 MiB; ist die Datei JSON Lines (ein Objekt pro Zeile)?</translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation>die Datei ist als %1 kodiert (sie beginnt mit einer %1-Bytereihenfolgemarke); speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found the byte 0x%1 (is the file in another encoding?)</source>
        <translation>UTF-8-Text erwartet, Byte 0x%1 gefunden (ist die Datei anders kodiert?)</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>das Zeilenende</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found an array</source>
        <translation>JSON-Objekt (&apos;{&apos;) für den Datensatz erwartet, Array gefunden</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a string</source>
        <translation>JSON-Objekt (&apos;{&apos;) für den Datensatz erwartet, Zeichenkette gefunden</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a number</source>
        <translation>JSON-Objekt (&apos;{&apos;) für den Datensatz erwartet, Zahl gefunden</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found %1</source>
        <translation>JSON-Objekt (&apos;{&apos;) für den Datensatz erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected the end of the line after the record&apos;s closing &apos;}&apos;, found %1</source>
        <translation>Zeilenende nach der schließenden &apos;}&apos; des Datensatzes erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 levels of nested objects and arrays, found more</source>
        <translation>höchstens %1 Ebenen verschachtelter Objekte und Arrays erwartet, mehr gefunden</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member of the object, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Eintrag des Objekts erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element of the array, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Element des Arrays erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null), found %1</source>
        <translation>Wert erwartet (Objekt, Array, Zeichenkette, Zahl, true, false oder null), %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close the string, found %1</source>
        <translation>&apos;&quot;&apos; zum Schließen der Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an escape sequence such as \t instead of %1 in the string</source>
        <translation>Escape-Sequenz wie \t statt %1 in der Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an escape sequence (\&quot; \\ \/ \b \f \n \r \t or \uXXXX) after &apos;\&apos;, found %1</source>
        <translation>Escape-Sequenz (\&quot; \\ \/ \b \f \n \r \t oder \uXXXX) nach &apos;\&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after &apos;\u&apos;, found %1</source>
        <translation>vier Hexadezimalziffern nach &apos;\u&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;, found %1</source>
        <translation>Ziffer nach &apos;-&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>Ziffer nach dem Dezimalpunkt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a digit in the exponent, found %1</source>
        <translation>Ziffer im Exponenten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 values in the record, found more</source>
        <translation>höchstens %1 Werte im Datensatz erwartet, mehr gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 MiB of field names (dotted paths) in the record, found more</source>
        <translation>höchstens %1 MiB an Feldnamen (Punktpfaden) im Datensatz erwartet, mehr gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::LabelModel</name>
    <message>
        <source>&quot;%1&quot; has %2 customers with %3 and %4 without: a model needs at least %5 of each</source>
        <translation>„%1“ hat %2 Kunden mit %3 und %4 ohne: ein Modell braucht von beidem mindestens %5</translation>
    </message>
    <message>
        <source>the customer tables have no column besides &quot;%1&quot; to learn from</source>
        <translation>die Kundentabellen haben außer „%1“ keine Spalte, aus der gelernt werden kann</translation>
    </message>
</context>
<context>
    <name>journeyscope::Layout</name>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation>Spalte „%1“ mischt Datumsangaben mit Tag zuerst und mit Monat zuerst; geben Sie das Format mit --time-format an</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: every date fits both day/month and month/day order (for example &quot;%2&quot;); say which with --time-format dmy or --time-format mdy</source>
        <translation>Spalte „%1“: jedes Datum passt sowohl zur Reihenfolge Tag/Monat als auch Monat/Tag (zum Beispiel „%2“); geben Sie sie mit --time-format dmy oder --time-format mdy an</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: dates read as %2, because of values such as &quot;%3&quot;</source>
        <translation>Spalte „%1“: Datumsangaben als %2 gelesen, wegen Werten wie „%3“</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>the file has no header line: its columns are numbered</source>
        <translation>die Datei hat keine Kopfzeile: ihre Spalten sind durchnummeriert</translation>
    </message>
</context>
<context>
    <name>journeyscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Journeyscope</source>
        <translation>Journeyscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>&amp;Import Data...</source>
        <translation>Daten &amp;importieren...</translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation>Projekt speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Export View...</source>
        <translation>Ansicht &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>S&amp;tages...</source>
        <translation>&amp;Phasen...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Redraw</source>
        <translation>Neu &amp;zeichnen</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Present...</source>
        <translation>&amp;Präsentieren...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Journeyscope</source>
        <translation>&amp;Über Journeyscope</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Journeyscope-Projekte (*.journey)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 - Journeyscope</source>
        <translation>%1 - Journeyscope</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Select something in the project or click a node, a chip or a line to see its numbers.</source>
        <translation>Wählen Sie etwas im Projekt aus oder klicken Sie auf einen Knoten, einen Chip oder eine Linie, um die Zahlen dazu zu sehen.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Issues (%L1)</source>
        <translation>Probleme (%L1)</translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation>Pfade ändern</translation>
    </message>
    <message>
        <source>Cannot show the paths</source>
        <translation>Die Pfade können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Choose a view that is drawn to export it.</source>
        <translation>Wählen Sie eine gezeichnete Ansicht, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild, 300 dpi (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Open a project to present it.</source>
        <translation>Öffnen Sie ein Projekt, um es zu präsentieren.</translation>
    </message>
    <message>
        <source>About Journeyscope</source>
        <translation>Über Journeyscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer-journey mapping driven by data. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Datengestütztes Customer-Journey-Mapping. Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language shows from the next start. Restart Journeyscope now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start. Journeyscope jetzt neu starten?</translation>
    </message>
    <message>
        <source>Take in the touchpoints and channels the warehouse table gained since the project was connected</source>
        <translation>Die Touchpoints und Kanäle aufnehmen, die die Warehouse-Tabelle seit dem Verbinden des Projekts hinzugewonnen hat</translation>
    </message>
    <message>
        <source>Refresh from Warehouse</source>
        <translation>Aus dem Warehouse aktualisieren</translation>
    </message>
    <message>
        <source>Refresh from &amp;Warehouse</source>
        <translation>Aus dem &amp;Warehouse aktualisieren</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>What the team saw or wants to try</source>
        <translation>Was das Team beobachtet hat oder ausprobieren möchte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Emotion from -2 (very negative) to 2 (very positive)</source>
        <translation>Emotion von -2 (sehr negativ) bis 2 (sehr positiv)</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteEdits</name>
    <message>
        <source>Add note on %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete note on %1</source>
        <translation>Notiz zu %1 löschen</translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation>keine Notiz %1 in der Journey Map</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNotes</name>
    <message>
        <source>expected STAGE:pain=TEXT, STAGE:opportunity=TEXT or STAGE:emotion=-2..2, found &quot;%1&quot;</source>
        <translation>STAGE:pain=TEXT, STAGE:opportunity=TEXT oder STAGE:emotion=-2..2 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;; the stages are %2</source>
        <translation>keine Phase „%1“; vorhandene Phasen: %2</translation>
    </message>
    <message>
        <source>expected an emotion from -2 (very negative) to 2 (very positive), found &quot;%1&quot;</source>
        <translation>Emotion von -2 (sehr negativ) bis 2 (sehr positiv) erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected the lane pain, opportunity or emotion, found &quot;%1&quot;</source>
        <translation>Ebene pain, opportunity oder emotion erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>the note for %1 is empty</source>
        <translation>die Notiz zu %1 ist leer</translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation>keine Notiz %1 in der Journey Map</translation>
    </message>
</context>
<context>
    <name>journeyscope::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>How each column is read. Change a role where the guess is wrong.</source>
        <translation>Wie jede Spalte gelesen wird. Ändern Sie eine Rolle, wo die Vermutung falsch ist.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Spaltenrollen</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>Zuordnung &amp;laden...</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>Zuordnung &amp;speichern...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only one column can be the %1.</source>
        <translation>Nur eine Spalte darf die Rolle „%1“ haben.</translation>
    </message>
    <message>
        <source>An import needs a column for: %1.</source>
        <translation>Ein Import braucht eine Spalte für: %1.</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>Zuordnung in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelBytes</name>
    <message>
        <source>it does not begin as a model</source>
        <translation>es beginnt nicht wie ein Modell</translation>
    </message>
    <message>
        <source>bytes follow the end of the model at byte %1</source>
        <translation>nach dem Ende des Modells folgen Bytes ab Byte %1</translation>
    </message>
    <message>
        <source>the model ends early</source>
        <translation>das Modell endet zu früh</translation>
    </message>
    <message>
        <source>a length at byte %1 is not an integer</source>
        <translation>eine Länge bei Byte %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>a length at byte %1 (%2) does not fit in the model</source>
        <translation>eine Länge bei Byte %1 (%2) passt nicht in das Modell</translation>
    </message>
    <message>
        <source>the model nests deeper than %1 levels</source>
        <translation>das Modell ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>an unknown marker at byte %1</source>
        <translation>eine unbekannte Markierung bei Byte %1</translation>
    </message>
    <message>
        <source>a typed array at byte %1 is malformed</source>
        <translation>ein typisiertes Array bei Byte %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>it states %1 = %2, more than it holds</source>
        <translation>es gibt %1 = %2 an, mehr als es enthält</translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelReportScene</name>
    <message>
        <source>%1: ROC-AUC %2, PR-AUC %3 on %L4 held-out cases</source>
        <translation>%1: ROC-AUC %2, PR-AUC %3 bei %L4 zurückgehaltenen Testfällen</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Precision und Recall</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>Lift by decile (1: highest scores)</source>
        <translation>Lift nach Dezil (1: höchste Scores)</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>What drives it (mean |SHAP|, log odds)</source>
        <translation>Treiber (mittleres |SHAP|, Log-Odds)</translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation>mittleres |SHAP|</translation>
    </message>
</context>
<context>
    <name>journeyscope::NextStepModel</name>
    <message>
        <source>%1 journeys are too few to learn and test next steps</source>
        <translation>%1 Journeys sind zu wenige, um nächste Schritte zu lernen und zu testen</translation>
    </message>
</context>
<context>
    <name>journeyscope::Paths</name>
    <message>
        <source>Unknown anchor touchpoint %1; the log has %2</source>
        <translation>Unbekannter Anker-Touchpoint %1; das Ereignisprotokoll hat %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::PeopleSelection</name>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation>kein Touchpoint „%1“ im Projekt</translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;</source>
        <translation>keine Phase „%1“</translation>
    </message>
</context>
<context>
    <name>journeyscope::PersonaScene</name>
    <message>
        <source>%1 of customers (%L2)</source>
        <translation>%1 der Kunden (%L2)</translation>
    </message>
    <message>
        <source>Its segment cannot be recomputed on this data.</source>
        <translation>Ihr Segment lässt sich mit diesen Daten nicht neu berechnen.</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <source>converts %1 · mean value %2 · %3 sessions on average</source>
        <translation>Conversion %1 · mittlerer Wert %2 · im Schnitt %3 Sitzungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Typical path (%L1 start this way)</source>
        <translation>Typischer Pfad (%L1 beginnen so)</translation>
    </message>
    <message>
        <source>%1 (%2 of their drop-offs)</source>
        <translation>%1 (%2 ihrer Abbrüche)</translation>
    </message>
    <message>
        <source>Where they drop off</source>
        <translation>Wo sie abspringen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Noch keine Personas</translation>
    </message>
    <message>
        <source>Draft them from the segments: journeyscope-cli segments PROJECT --save-personas.</source>
        <translation>Entwerfen Sie sie aus den Segmenten: journeyscope-cli segments PROJECT --save-personas.</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Keine Daten für diesen Filter</translation>
    </message>
    <message>
        <source>No customer of any persona passes the filters.</source>
        <translation>Kein Kunde einer Persona passt zu den Filtern.</translation>
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
        <translation>abgewanderte Kunden</translation>
    </message>
    <message>
        <source>loyalists</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>regulars</source>
        <translation>regelmäßige Besucher</translation>
    </message>
    <message>
        <source>one-time visitors</source>
        <translation>Einmalbesucher</translation>
    </message>
    <message>
        <source>browsers</source>
        <translation>Stöberer</translation>
    </message>
    <message>
        <source>who abandon carts</source>
        <translation>mit Warenkorbabbruch</translation>
    </message>
    <message>
        <source>who abandon checkout</source>
        <translation>mit Checkout-Abbruch</translation>
    </message>
    <message>
        <source>who drop off at %1</source>
        <translation>mit Abbruch bei %1</translation>
    </message>
    <message>
        <source>I got as far as %1, and then I left.</source>
        <translation>Ich bin bis %1 gekommen, dann bin ich gegangen.</translation>
    </message>
    <message>
        <source>I used to come here. Lately nothing has given me a reason to.</source>
        <translation>Früher war ich oft hier. In letzter Zeit hat mir nichts einen Grund dazu gegeben.</translation>
    </message>
    <message>
        <source>I know what I want, and I keep coming back for it.</source>
        <translation>Ich weiß, was ich will, und komme immer wieder deswegen zurück.</translation>
    </message>
    <message>
        <source>When I find what I need, I buy it.</source>
        <translation>Wenn ich finde, was ich brauche, kaufe ich es.</translation>
    </message>
    <message>
        <source>I come back often, but I am not convinced yet.</source>
        <translation>Ich komme oft wieder, bin aber noch nicht überzeugt.</translation>
    </message>
    <message>
        <source>I had a look once. Nothing made me stay.</source>
        <translation>Ich habe mich einmal umgesehen. Nichts hat mich zum Bleiben bewegt.</translation>
    </message>
    <message>
        <source>I am just looking around for now.</source>
        <translation>Ich schaue mich vorerst nur um.</translation>
    </message>
    <message>
        <source>Do everything on %1</source>
        <translation>Alles über %1 erledigen</translation>
    </message>
    <message>
        <source>Move between %1 and %2 without starting over</source>
        <translation>Zwischen %1 und %2 wechseln, ohne neu anzufangen</translation>
    </message>
    <message>
        <source>Get service that matches what they spend</source>
        <translation>Service erhalten, der zu ihren Ausgaben passt</translation>
    </message>
    <message>
        <source>Find a reason to come back</source>
        <translation>Einen Grund finden, wiederzukommen</translation>
    </message>
    <message>
        <source>Pick up where they left off on every visit</source>
        <translation>Bei jedem Besuch dort weitermachen, wo sie aufgehört haben</translation>
    </message>
    <message>
        <source>Get from %1 to %2 quickly</source>
        <translation>Schnell von %1 zu %2 gelangen</translation>
    </message>
    <message>
        <source>Buy quickly, without detours</source>
        <translation>Schnell kaufen, ohne Umwege</translation>
    </message>
    <message>
        <source>Decide in a single visit</source>
        <translation>Bei einem einzigen Besuch entscheiden</translation>
    </message>
    <message>
        <source>Compare options before committing</source>
        <translation>Optionen vergleichen, bevor sie sich festlegen</translation>
    </message>
    <message>
        <source>Leaves the cart without buying</source>
        <translation>Verlässt den Warenkorb, ohne zu kaufen</translation>
    </message>
    <message>
        <source>Gives up at %1</source>
        <translation>Gibt bei %1 auf</translation>
    </message>
    <message>
        <source>Leaves at %1 without converting</source>
        <translation>Geht bei %1, ohne zu konvertieren</translation>
    </message>
    <message>
        <source>Does not find a reason to convert</source>
        <translation>Findet keinen Grund zu konvertieren</translation>
    </message>
    <message>
        <source>Nothing has brought them back lately</source>
        <translation>Nichts hat sie zuletzt zurückgeholt</translation>
    </message>
    <message>
        <source>Needs many steps to get anywhere</source>
        <translation>Braucht viele Schritte, um voranzukommen</translation>
    </message>
    <message>
        <source>no persona %1</source>
        <translation>keine Persona %1</translation>
    </message>
    <message>
        <source>High-value</source>
        <translation>Umsatzstarke</translation>
    </message>
    <message>
        <source>Low-value</source>
        <translation>Umsatzschwache</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;: its k-means model is missing or damaged</source>
        <translation>Segment „%1“: sein k-Means-Modell fehlt oder ist beschädigt</translation>
    </message>
    <message>
        <source>no segment &quot;%1&quot;; expected rfm:NAME (%2) or a persona&apos;s segment</source>
        <translation>kein Segment „%1“; erwartet wird rfm:NAME (%2) oder das Segment einer Persona</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <comment>persona name: value tier, channel, who they are, where they drop off; any may be empty</comment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>keine Persona %1; `personas PROJECT` listet sie auf</translation>
    </message>
</context>
<context>
    <name>journeyscope::PgConnection</name>
    <message>
        <source>the database returned &quot;%1&quot; where a whole number belongs (%2)</source>
        <translation>die Datenbank lieferte „%1“, wo eine ganze Zahl stehen muss (%2)</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>keine Verbindung zur Datenbank: %1</translation>
    </message>
    <message>
        <source>quoting the name &quot;%1&quot;</source>
        <translation>der Name „%1“ in Anführungszeichen gesetzt wurde</translation>
    </message>
    <message>
        <source>sending a query</source>
        <translation>eine Abfrage gesendet wurde</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>auf eine Antwort gewartet wurde</translation>
    </message>
    <message>
        <source>the database refused a query: %1</source>
        <translation>die Datenbank hat eine Abfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>reading an answer</source>
        <translation>eine Antwort gelesen wurde</translation>
    </message>
    <message>
        <source>the connection string cannot be read: %1</source>
        <translation>die Verbindungsangabe ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the connection string holds a password, which would be stored in the project file: give it in PGPASSWORD or ~/.pgpass instead</source>
        <translation>die Verbindungsangabe enthält ein Passwort, das in der Projektdatei gespeichert würde: geben Sie es stattdessen in PGPASSWORD oder ~/.pgpass an</translation>
    </message>
    <message>
        <source>the database connection failed while %1: %2</source>
        <translation>die Datenbankverbindung brach ab, während %1: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationDialog</name>
    <message>
        <source>Presenter notes on the other screen</source>
        <translation>Sprechernotizen auf dem anderen Bildschirm</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Slides, in order:</source>
        <translation>Folien, in Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>&amp;Bildschirm:</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Folie %1 von %2: %3</translation>
    </message>
    <message>
        <source>, stage %1 of %2</source>
        <translation>, Phase %1 von %2</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresenterNotes</name>
    <message>
        <source>Presenter notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Letzte Folie</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen für diese Folie.</translation>
    </message>
</context>
<context>
    <name>journeyscope::Project</name>
    <message>
        <source>no such project file</source>
        <translation>Projektdatei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a Journeyscope project (the file is empty)</source>
        <translation>kein Journeyscope-Projekt (die Datei ist leer)</translation>
    </message>
    <message>
        <source>not a Journeyscope project (not an SQLite database)</source>
        <translation>kein Journeyscope-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>not a Journeyscope project (an SQLite database of another application)</source>
        <translation>kein Journeyscope-Projekt (eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>made by a newer version of Journeyscope (project format %1; this version reads up to %2): update Journeyscope to open it</source>
        <translation>mit einer neueren Version von Journeyscope erstellt (Projektformat %1; diese Version liest bis %2): Aktualisieren Sie Journeyscope, um es zu öffnen</translation>
    </message>
    <message>
        <source>not a Journeyscope project (no format version)</source>
        <translation>kein Journeyscope-Projekt (keine Formatversion)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>made by an older version of Journeyscope; open it for writing once to upgrade it</source>
        <translation>mit einer älteren Version von Journeyscope erstellt; öffnen Sie es einmal zum Schreiben, um es zu aktualisieren</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>the project&apos;s pseudonymisation key is missing</source>
        <translation>der Pseudonymisierungsschlüssel des Projekts fehlt</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectCopy</name>
    <message>
        <source>is the project itself</source>
        <translation>ist das Projekt selbst</translation>
    </message>
    <message>
        <source>cannot be replaced</source>
        <translation>kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation>Projekt-Explorer</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectOutline</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1
format %2
%3 rows, %4 imported, %5 skipped
imported %6</source>
        <translation>%1
Format %2
%3 Zeilen, %4 importiert, %5 übersprungen
importiert am %6</translation>
    </message>
    <message>
        <source>Stages and touchpoints</source>
        <translation>Phasen und Touchpoints</translation>
    </message>
    <message>
        <source>%1
%2 events</source>
        <translation>%1
%2 Ereignisse</translation>
    </message>
    <message>
        <source>%1
%2 touchpoints</source>
        <translation>%1
%2 Touchpoints</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>Touchpoints without a stage: give them one to place them on the map.</source>
        <translation>Touchpoints ohne Phase: Weisen Sie ihnen eine zu, um sie in der Journey Map zu platzieren.</translation>
    </message>
    <message>
        <source>Segments and personas</source>
        <translation>Segmente und Personas</translation>
    </message>
    <message>
        <source>Persona %1
&quot;%2&quot;
segment %3</source>
        <translation>Persona %1
„%2“
Segment %3</translation>
    </message>
    <message>
        <source>RFM segment %1: by recency, frequency and value</source>
        <translation>RFM-Segment %1: nach Aktualität, Häufigkeit und Wert</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>%1
ROC-AUC %2, PR-AUC %3 on %4 held-out cases
%5
trained %6</source>
        <translation>%1
ROC-AUC %2, PR-AUC %3 bei %4 zurückgehaltenen Testfällen
%5
trainiert am %6</translation>
    </message>
    <message>
        <source>ROC-AUC %1 (%2): read its risks as hints, not forecasts</source>
        <translation>ROC-AUC %1 (%2): Lesen Sie seine Risiken als Hinweise, nicht als Prognosen</translation>
    </message>
    <message>
        <source>weaker for %1: ROC-AUC %2 on %3 cases (%4 overall)</source>
        <translation>schwächer für %1: ROC-AUC %2 bei %3 Fällen (%4 insgesamt)</translation>
    </message>
    <message>
        <source>trained before the latest import: train again to include the new data</source>
        <translation>vor dem letzten Import trainiert: Trainieren Sie es erneut, um die neuen Daten einzubeziehen</translation>
    </message>
    <message>
        <source>needs retraining: a customer it learnt from was erased since, and it still holds what it learnt from them</source>
        <translation>muss neu trainiert werden: ein Kunde, aus dessen Daten es gelernt hat, wurde inzwischen gelöscht, und es enthält noch, was es von ihm gelernt hat</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectSummaryWidget</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Open a project (*.journey) with File &gt; Open.</source>
        <translation>Öffnen Sie ein Projekt (*.journey) über Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectViews</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Change the %1</source>
        <translation>Ansicht ändern: %1</translation>
    </message>
    <message>
        <source>Change the funnel steps</source>
        <translation>Funnel-Schritte ändern</translation>
    </message>
    <message>
        <source>Loading the events of %1...</source>
        <translation>Ereignisse von %1 werden geladen...</translation>
    </message>
    <message>
        <source>Cannot load the events</source>
        <translation>Die Ereignisse können nicht geladen werden</translation>
    </message>
    <message>
        <source>Drawing the %1...</source>
        <translation>Wird gezeichnet: %1...</translation>
    </message>
    <message>
        <source>Cannot draw this view</source>
        <translation>Diese Ansicht kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Drawing cancelled</source>
        <translation>Zeichnen abgebrochen</translation>
    </message>
    <message>
        <source>Press F5 to draw this view.</source>
        <translation>Drücken Sie F5, um diese Ansicht zu zeichnen.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Open the project again to see its views.</source>
        <translation>Öffnen Sie das Projekt erneut, um seine Ansichten zu sehen.</translation>
    </message>
    <message>
        <source>no view is drawn to export</source>
        <translation>keine gezeichnete Ansicht zum Exportieren</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the Funnel</source>
        <translation>„%1“ zum Funnel hinzufügen</translation>
    </message>
    <message>
        <source>Only Journeys Through &quot;%1&quot;</source>
        <translation>Nur Journeys über „%1“</translation>
    </message>
    <message>
        <source>Paths into &quot;%1&quot;</source>
        <translation>Pfade zu „%1“</translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation>Pfade ändern</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Only Journeys Reaching &quot;%1&quot;</source>
        <translation>Nur Journeys, die „%1“ erreichen</translation>
    </message>
    <message>
        <source>Warehouse password</source>
        <translation>Passwort des Warehouse</translation>
    </message>
    <message>
        <source>%1

The password for %2 (kept until the project is closed, never saved):</source>
        <translation>%1

Das Passwort für %2 (bis zum Schließen des Projekts behalten, nie gespeichert):</translation>
    </message>
    <message>
        <source>Taking in what %1&apos;s table gained...</source>
        <translation>Übernehme, was die Tabelle von %1 hinzugewonnen hat...</translation>
    </message>
    <message>
        <source>new touchpoints (in no stage yet): %1</source>
        <translation>neue Touchpoints (noch in keiner Phase): %1</translation>
    </message>
    <message>
        <source>new channels: %1</source>
        <translation>neue Kanäle: %1</translation>
    </message>
    <message>
        <source>The warehouse table holds no new touchpoint or channel.</source>
        <translation>Die Warehouse-Tabelle enthält keinen neuen Touchpoint und keinen neuen Kanal.</translation>
    </message>
    <message>
        <source>Taken in from the warehouse: %1.</source>
        <translation>Aus dem Warehouse übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>journeyscope::RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyale Kunden</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potenzielle Stammkunden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Drohen einzuschlafen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Dürfen nicht verloren gehen</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
</context>
<context>
    <name>journeyscope::RoleDetector</name>
    <message>
        <source>not recognised: kept as an attribute</source>
        <translation>nicht erkannt: als Attribut übernommen</translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot;, which is not in the header; the columns are %3</source>
        <translation>%1: Spalte „%2“ steht nicht in der Kopfzeile; vorhandene Spalten: %3</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>laut %1</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>Kopfzeile „%1“</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; names an amount</source>
        <translation>Kopfzeile „%1“ bezeichnet einen Betrag</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;: another id of the customer</source>
        <translation>Kopfzeile „%1“: eine weitere ID des Kunden</translation>
    </message>
    <message>
        <source>values look like email addresses</source>
        <translation>Werte sehen wie E-Mail-Adressen aus</translation>
    </message>
    <message>
        <source>values look like IP addresses</source>
        <translation>Werte sehen wie IP-Adressen aus</translation>
    </message>
    <message>
        <source>values look like international phone numbers</source>
        <translation>Werte sehen wie internationale Telefonnummern aus</translation>
    </message>
    <message>
        <source>first column of a table without a header</source>
        <translation>erste Spalte einer Tabelle ohne Kopfzeile</translation>
    </message>
    <message>
        <source>last decimal column of a table without a header</source>
        <translation>letzte Dezimalspalte einer Tabelle ohne Kopfzeile</translation>
    </message>
    <message>
        <source>values look like times</source>
        <translation>Werte sehen wie Zeitangaben aus</translation>
    </message>
    <message>
        <source>a date in a table without an event column</source>
        <translation>ein Datum in einer Tabelle ohne Ereignisspalte</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>no event column: each date column gives an event (%1)</source>
        <translation>keine Ereignisspalte: jede Datumsspalte ergibt ein Ereignis (%1)</translation>
    </message>
    <message>
        <source>an event name is given for &quot;%1&quot;, which is not a date column of an activity table</source>
        <translation>für „%1“ ist ein Ereignisname angegeben, aber das ist keine Datumsspalte einer Aktivitätstabelle</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>no %1 column: expected a column named like %2, or %3 COLUMN; the columns are %4</source>
        <translation>keine Spalte für %1: erwartet wird eine Spalte mit einem Namen wie %2 oder %3 COLUMN; vorhandene Spalten: %4</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation>Spalte „%1“ mischt Datumsangaben mit Tag zuerst und mit Monat zuerst; geben Sie das Format mit --time-format an</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the values are not times in a known format; give one with --time-format (for example &quot;%d.%m.%Y %H:%M&quot;)</source>
        <translation>Spalte „%1“: die Werte sind keine Zeitangaben in einem bekannten Format; geben Sie eines mit --time-format an (zum Beispiel &quot;%d.%m.%Y %H:%M&quot;)</translation>
    </message>
</context>
<context>
    <name>journeyscope::SankeyScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>Keine Daten für diesen Filter</translation>
    </message>
    <message>
        <source>No journey passes %1 with these filters.</source>
        <translation>Mit diesen Filtern führt keine Journey über %1.</translation>
    </message>
    <message>
        <source>Paths from %1</source>
        <translation>Pfade ab %1</translation>
    </message>
    <message>
        <source>Paths to %1</source>
        <translation>Pfade zu %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys pass it; ribbons as wide as the journeys taking them</source>
        <translation>%L1 von %L2 Journeys führen hier durch; die Breite der Bänder entspricht der Zahl der Journeys</translation>
    </message>
</context>
<context>
    <name>journeyscope::SceneExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>unsaved project</source>
        <translation>nicht gespeichertes Projekt</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>generated %1 UTC</source>
        <translation>erstellt %1 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>expected pdf, png or svg, found &quot;%1&quot;</source>
        <translation>pdf, png oder svg erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>cannot encode the picture as PNG</source>
        <translation>das Bild kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>a pack needs at least one view</source>
        <translation>ein Paket braucht mindestens eine Ansicht</translation>
    </message>
</context>
<context>
    <name>journeyscope::Segmentation</name>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>journeyscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Session gap of new imports</source>
        <translation>Sitzungspause für neue Importe</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Zahlen und Datumsangaben</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Session gap of new imports:</source>
        <translation>Sitzungspause für neue &amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Zahlen und Datumsangaben:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageChange</name>
    <message>
        <source>a stage is renamed to &quot;%1&quot;, which is not one of the stages</source>
        <translation>eine Phase wird in „%1“ umbenannt, das keine der Phasen ist</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEditorDialog</name>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Stage</source>
        <translation>Phase &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Propose from the Data</source>
        <translation>Aus den Daten &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Stages cut where touchpoints usually come in the journeys</source>
        <translation>Phasen dort trennen, wo Touchpoints in den Journeys üblicherweise vorkommen</translation>
    </message>
    <message>
        <source> stages</source>
        <translation> Phasen</translation>
    </message>
    <message>
        <source>Stages to propose</source>
        <translation>Vorzuschlagende Phasen</translation>
    </message>
    <message>
        <source>Drag touchpoints between stages and stages into their order; double-click a stage to rename it.</source>
        <translation>Ziehen Sie Touchpoints zwischen Phasen und Phasen in ihre Reihenfolge; doppelklicken Sie auf eine Phase, um sie umzubenennen.</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>%1 stages, %2 touchpoints without one.</source>
        <translation>%1 Phasen, %2 Touchpoints ohne Phase.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Neue Phase %1</translation>
    </message>
    <message>
        <source>The events are in a warehouse: journeyscope-cli stages PROJECT --auto 5 --accept proposes stages there</source>
        <translation>Die Ereignisse liegen in einem Warehouse: journeyscope-cli stages PROJECT --auto 5 --accept schlägt dort Phasen vor</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEdits</name>
    <message>
        <source>Edit stages</source>
        <translation>Phasen bearbeiten</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageMappingFile</name>
    <message>
        <source>expected a header with touchpoint and stage</source>
        <translation>Kopfzeile mit touchpoint und stage erwartet</translation>
    </message>
    <message>
        <source>expected a header with the columns touchpoint and stage</source>
        <translation>Kopfzeile mit den Spalten touchpoint und stage erwartet</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a touchpoint name</source>
        <translation>Touchpoint-Name erwartet</translation>
    </message>
    <message>
        <source>expected a stage name</source>
        <translation>Phasenname erwartet</translation>
    </message>
    <message>
        <source>the project has no touchpoint &quot;%1&quot;</source>
        <translation>das Projekt hat keinen Touchpoint „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in stage &quot;%2&quot; (line %3)</source>
        <translation>„%1“ ist bereits in Phase „%2“ (Zeile %3)</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageModel</name>
    <message>
        <source>a stage needs a name</source>
        <translation>eine Phase braucht einen Namen</translation>
    </message>
    <message>
        <source>there is already a stage %1</source>
        <translation>es gibt bereits eine Phase %1</translation>
    </message>
    <message>
        <source>there is no stage %1</source>
        <translation>es gibt keine Phase %1</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Weiterempfehlung</translation>
    </message>
    <message>
        <source>cannot move stage %1 to %2: there are stages 1 to %3</source>
        <translation>Phase %1 kann nicht auf %2 verschoben werden: es gibt die Phasen 1 bis %3</translation>
    </message>
    <message>
        <source>cannot add a stage at position %1 of %2</source>
        <translation>an Position %1 von %2 kann keine Phase hinzugefügt werden</translation>
    </message>
    <message>
        <source>a project has %1 to %2 stages, not %3</source>
        <translation>ein Projekt hat %1 bis %2 Phasen, nicht %3</translation>
    </message>
    <message>
        <source>stage %1 has no name</source>
        <translation>Phase %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>there are two stages %1</source>
        <translation>es gibt zwei Phasen %1</translation>
    </message>
    <message>
        <source>touchpoint %1 is put in %2, which is not a stage</source>
        <translation>Touchpoint %1 ist %2 zugeordnet, das keine Phase ist</translation>
    </message>
    <message>
        <source>the stage model is written inside a transaction</source>
        <translation>das Phasenmodell wird innerhalb einer Transaktion geschrieben</translation>
    </message>
    <message>
        <source>there is no touchpoint %1 in the project</source>
        <translation>es gibt keinen Touchpoint %1 im Projekt</translation>
    </message>
    <message>
        <source>auto-staging makes %1 to %2 stages, not %3</source>
        <translation>die automatische Phaseneinteilung erzeugt %1 bis %2 Phasen, nicht %3</translation>
    </message>
    <message>
        <source>%1 stages need at least %1 touchpoints with events, not %2</source>
        <translation>%1 Phasen brauchen mindestens %1 Touchpoints mit Ereignissen, nicht %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageTree</name>
    <message>
        <source>Stages and their touchpoints</source>
        <translation>Phasen und ihre Touchpoints</translation>
    </message>
</context>
<context>
    <name>journeyscope::StoredModel</name>
    <message>
        <source>drop-off model %1</source>
        <translation>Abbruchmodell %1</translation>
    </message>
    <message>
        <source>model %1 of %2</source>
        <translation>Modell %1 für %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::TimestampFormat</name>
    <message>
        <source>Unknown time format &quot;%1&quot;: use iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd or a pattern such as %d/%m/%Y %H:%M.</source>
        <translation>Unbekanntes Zeitformat „%1“: Verwenden Sie iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd oder ein Muster wie %d/%m/%Y %H:%M.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; ends with a lone %: write %% for a percent sign.</source>
        <translation>Zeitformat „%1“ endet mit einem einzelnen %: Schreiben Sie %% für ein Prozentzeichen.</translation>
    </message>
    <message>
        <source>Unknown directive %1 in time format &quot;%2&quot;: use %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F or %%.</source>
        <translation>Unbekannte Direktive %1 im Zeitformat „%2“: Verwenden Sie %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F oder %%.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; gives the same field twice (again at %2).</source>
        <translation>Zeitformat „%1“ enthält dasselbe Feld zweimal (erneut bei %2).</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no year: add %Y, %y or %F.</source>
        <translation>Zeitformat „%1“ hat kein Jahr: Fügen Sie %Y, %y oder %F hinzu.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no month: add %m, %b, %B or %F.</source>
        <translation>Zeitformat „%1“ hat keinen Monat: Fügen Sie %m, %b, %B oder %F hinzu.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no day: add %d, %e or %F.</source>
        <translation>Zeitformat „%1“ hat keinen Tag: Fügen Sie %d, %e oder %F hinzu.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %I without %p: add %p, or use %H for a 24-hour clock.</source>
        <translation>Zeitformat „%1“ verwendet %I ohne %p: Fügen Sie %p hinzu oder verwenden Sie %H für eine 24-Stunden-Uhr.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %p without %I: use %I for the hour on a 12-hour clock.</source>
        <translation>Zeitformat „%1“ verwendet %p ohne %I: Verwenden Sie %I für die Stunde einer 12-Stunden-Uhr.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has minutes but no hour: add %H or %I.</source>
        <translation>Zeitformat „%1“ hat Minuten, aber keine Stunde: Fügen Sie %H oder %I hinzu.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has seconds but no minutes: add %M.</source>
        <translation>Zeitformat „%1“ hat Sekunden, aber keine Minuten: Fügen Sie %M hinzu.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has %f but no seconds: add %S.</source>
        <translation>Zeitformat „%1“ hat %f, aber keine Sekunden: Fügen Sie %S hinzu.</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2024-03-01T10:22:33Z</source>
        <translation>eine ISO-8601-Zeit wie 2024-03-01T10:22:33Z</translation>
    </message>
    <message>
        <source>Unix time in seconds such as 1709288553</source>
        <translation>Unix-Zeit in Sekunden wie 1709288553</translation>
    </message>
    <message>
        <source>Unix time in milliseconds such as 1709288553000</source>
        <translation>Unix-Zeit in Millisekunden wie 1709288553000</translation>
    </message>
    <message>
        <source>Unix time in microseconds such as 1709288553000000</source>
        <translation>Unix-Zeit in Mikrosekunden wie 1709288553000000</translation>
    </message>
    <message>
        <source>Unix time in nanoseconds such as 1709288553000000000</source>
        <translation>Unix-Zeit in Nanosekunden wie 1709288553000000000</translation>
    </message>
    <message>
        <source>a day-first date such as 24/03/2024 14:22</source>
        <translation>ein Datum mit dem Tag zuerst wie 24/03/2024 14:22</translation>
    </message>
    <message>
        <source>a month-first date such as 03/24/2024 2:22 PM</source>
        <translation>ein Datum mit dem Monat zuerst wie 03/24/2024 2:22 PM</translation>
    </message>
    <message>
        <source>a date written YYYYMMDD such as 20240324</source>
        <translation>ein Datum der Form YYYYMMDD wie 20240324</translation>
    </message>
    <message>
        <source>a time in a custom pattern</source>
        <translation>eine Zeitangabe in einem eigenen Muster</translation>
    </message>
    <message>
        <source>a time in the format &quot;%1&quot; such as %2</source>
        <translation>eine Zeitangabe im Format „%1“ wie %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::TouchpointLookup</name>
    <message>
        <source>the table holds the event &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>die Tabelle enthält das Ereignis „%1“, das das Projekt nicht kennt: aktualisieren Sie das Projekt (connect PROJECT --refresh), um es aufzunehmen</translation>
    </message>
    <message numerus="yes">
        <source>the table holds %n event(s) of names the project does not know: refresh the project (connect PROJECT --refresh) to take them in</source>
        <translation>
            <numerusform>die Tabelle enthält %n Ereignis mit einem Namen, den das Projekt nicht kennt: aktualisieren Sie das Projekt (connect PROJECT --refresh), um es aufzunehmen</numerusform>
            <numerusform>die Tabelle enthält %n Ereignisse mit Namen, die das Projekt nicht kennt: aktualisieren Sie das Projekt (connect PROJECT --refresh), um sie aufzunehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewFilter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>channels %1</source>
        <translation>Kanäle %1</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;</source>
        <translation>kein Kanal „%1“</translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewKind</name>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>Journey graph</source>
        <translation>Journey Graph</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewOptionsBar</name>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Graph level</source>
        <translation>Graph-Ebene</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>Share of nodes shown</source>
        <translation>Anteil der angezeigten Knoten</translation>
    </message>
    <message>
        <source>Share of transitions shown</source>
        <translation>Anteil der angezeigten Übergänge</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Graph colours</source>
        <translation>Graph-Farben</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Reibung</translation>
    </message>
    <message>
        <source>&amp;Steps...</source>
        <translation>&amp;Schritte...</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The busiest touchpoint of each stage, to the goal</source>
        <translation>Der meistbesuchte Touchpoint jeder Phase, bis zum Ziel</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>into</source>
        <translation>hin zu</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>weg von</translation>
    </message>
    <message>
        <source>Anchor touchpoint</source>
        <translation>Anker-Touchpoint</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Friction table</source>
        <translation>Reibungstabelle</translation>
    </message>
    <message>
        <source>Stages by channel</source>
        <translation>Phasen nach Kanal</translation>
    </message>
    <message>
        <source>Touchpoints by RFM segment</source>
        <translation>Touchpoints nach RFM-Segment</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the busiest touchpoint of each stage, to the goal</source>
        <translation>der meistbesuchte Touchpoint jeder Phase, bis zum Ziel</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>dem Ziel</translation>
    </message>
    <message>
        <source>%1 % of nodes, %2 % of transitions</source>
        <translation>%1 % der Knoten, %2 % der Übergänge</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseConnect</name>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds neither times (timestamp, timestamptz, date) nor whole numbers (milliseconds since 1970)</source>
        <translation>die Spalte „%1“ enthält weder Zeiten (timestamp, timestamptz, date) noch ganze Zahlen (Millisekunden seit 1970)</translation>
    </message>
    <message>
        <source>the column holds more than %L1 different events; a journey map needs fewer: name a column of touchpoints</source>
        <translation>die Spalte enthält mehr als %L1 verschiedene Ereignisse; eine Journey Map braucht weniger: nennen Sie eine Spalte mit Touchpoints</translation>
    </message>
    <message>
        <source>the column holds more than %L1 different channels</source>
        <translation>die Spalte enthält mehr als %L1 verschiedene Kanäle</translation>
    </message>
    <message>
        <source>the table has no column besides the customer ids</source>
        <translation>die Tabelle hat keine Spalte außer den Kunden-IDs</translation>
    </message>
    <message>
        <source>its events were imported; only a project connected to a warehouse is refreshed</source>
        <translation>seine Ereignisse wurden importiert; aktualisiert wird nur ein mit einem Warehouse verbundenes Projekt</translation>
    </message>
    <message>
        <source>the project would know more than %L1 different events</source>
        <translation>das Projekt würde mehr als %L1 verschiedene Ereignisse kennen</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseEventLog</name>
    <message>
        <source>the table holds the channel &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>die Tabelle enthält den Kanal „%1“, den das Projekt nicht kennt: aktualisieren Sie das Projekt (connect PROJECT --refresh), um ihn aufzunehmen</translation>
    </message>
    <message>
        <source>more than %L1 events to learn from: narrow the dates or the customers (train --sample 0.1 draws a tenth of them)</source>
        <translation>mehr als %L1 Ereignisse zum Lernen: grenzen Sie die Daten oder die Kunden ein (train --sample 0.1 zieht ein Zehntel von ihnen)</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseFriction</name>
    <message>
        <source>the database returned a stage out of range</source>
        <translation>die Datenbank lieferte eine Phase außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the database returned a segment it was not given</source>
        <translation>die Datenbank lieferte ein Segment, das ihr nicht gegeben wurde</translation>
    </message>
    <message>
        <source>the table holds the channel &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>die Tabelle enthält den Kanal „%1“, den das Projekt nicht kennt: aktualisieren Sie das Projekt (connect PROJECT --refresh), um ihn aufzunehmen</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseFunnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation>Ein Funnel braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>the database returned a step out of range</source>
        <translation>die Datenbank lieferte einen Schritt außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseGraphCounter</name>
    <message>
        <source>the database returned a node out of range</source>
        <translation>die Datenbank lieferte einen Knoten außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseModelRows</name>
    <message>
        <source>more than %L1 journeys to learn from: train on a random sample of the customers (--sample 0.1 draws a tenth)</source>
        <translation>mehr als %L1 Journeys zum Lernen: trainieren Sie auf einer Zufallsstichprobe der Kunden (--sample 0.1 zieht ein Zehntel)</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseSource</name>
    <message>
        <source>the project file is damaged: its warehouse source is incomplete</source>
        <translation>die Projektdatei ist beschädigt: ihre Warehouse-Quelle ist unvollständig</translation>
    </message>
    <message>
        <source>no customers table was connected (connect --customers-table)</source>
        <translation>es wurde keine Kundentabelle verbunden (connect --customers-table)</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customers table was connected (connect --customers-table)</source>
        <translation>kein Kundenattribut „%1“: es wurde keine Kundentabelle verbunden (connect --customers-table)</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation>kein Kundenattribut „%1“; vorhandene Attribute: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::WhitespaceTableReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation>die Datei ist leer: Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>UTF-8-Text erwartet, ungültige Bytes gefunden (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>the line is longer than 64 MiB</source>
        <translation>die Zeile ist länger als 64 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>expected at most %1 fields in a line, found more</source>
        <translation>höchstens %1 Felder in einer Zeile erwartet, mehr gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::XesReader</name>
    <message>
        <source>expected an XES &lt;log&gt; element, found &lt;%1&gt;</source>
        <translation>XES-Element &lt;log&gt; erwartet, &lt;%1&gt; gefunden</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element has no key</source>
        <translation>das Attributelement &lt;%1&gt; hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element &quot;%2&quot; has no value</source>
        <translation>das Attributelement &lt;%1&gt; „%2“ hat keinen Wert</translation>
    </message>
    <message>
        <source>expected elements nested at most %1 deep, found deeper</source>
        <translation>höchstens %1 Ebenen verschachtelter Elemente erwartet, tiefere gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 attributes for an event and its trace, found more</source>
        <translation>höchstens %1 Attribute für ein Ereignis und seinen Trace erwartet, mehr gefunden</translation>
    </message>
    <message>
        <source>expected the keys and values of an event&apos;s attributes, with its trace&apos;s, to take at most %1 MiB, found more</source>
        <translation>höchstens %1 MiB für Schlüssel und Werte der Attribute eines Ereignisses samt Trace erwartet, mehr gefunden</translation>
    </message>
    <message>
        <source>expected an element, text or comment of at most %1 MiB, found a longer one</source>
        <translation>ein Element, einen Text oder Kommentar von höchstens %1 MiB erwartet, einen längeren gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 attributes on an element, found more</source>
        <translation>höchstens %1 Attribute an einem Element erwartet, mehr gefunden</translation>
    </message>
    <message>
        <source>expected a DOCTYPE without declarations (an XES log needs none), found one with an internal subset</source>
        <translation>eine DOCTYPE-Angabe ohne Deklarationen erwartet (ein XES-Log braucht keine), eine mit internem Subset gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::XesWriter</name>
    <message>
        <source>cannot write the XES log: %1</source>
        <translation>das XES-Protokoll kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli</name>
    <message>
        <source>import files into a project</source>
        <translation>Dateien in ein Projekt importieren</translation>
    </message>
    <message>
        <source>show what a project holds</source>
        <translation>anzeigen, was ein Projekt enthält</translation>
    </message>
    <message>
        <source>show or set the project&apos;s goal</source>
        <translation>das Ziel des Projekts anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>the journey graph: which touchpoint follows which</source>
        <translation>der Journey-Graph: welcher Touchpoint auf welchen folgt</translation>
    </message>
    <message>
        <source>how many journeys get through steps</source>
        <translation>wie viele Journeys durch die Schritte kommen</translation>
    </message>
    <message>
        <source>path variants, Sankey paths, step matrix</source>
        <translation>Pfadvarianten, Sankey-Pfade, Schrittmatrix</translation>
    </message>
    <message>
        <source>show, edit or propose stages</source>
        <translation>Phasen anzeigen, bearbeiten oder vorschlagen</translation>
    </message>
    <message>
        <source>where journeys struggle</source>
        <translation>wo es in den Journeys hakt</translation>
    </message>
    <message>
        <source>pain points, opportunities and emotions written on the map</source>
        <translation>Pain Points, Chancen und Emotionen, notiert in der Journey Map</translation>
    </message>
    <message>
        <source>customer segments and persona drafts</source>
        <translation>Kundensegmente und Persona-Entwürfe</translation>
    </message>
    <message>
        <source>the project&apos;s personas with their numbers</source>
        <translation>die Personas des Projekts mit ihren Kennzahlen</translation>
    </message>
    <message>
        <source>which touchpoints and attributes go with converting</source>
        <translation>welche Touchpoints und Attribute mit Conversion einhergehen</translation>
    </message>
    <message>
        <source>which channels get credit for conversions</source>
        <translation>welchen Kanälen Conversions zugeschrieben werden</translation>
    </message>
    <message>
        <source>how well the next touchpoint is predicted</source>
        <translation>wie gut der nächste Touchpoint vorhergesagt wird</translation>
    </message>
    <message>
        <source>conversion and lift per group of an experiment</source>
        <translation>Conversion und Lift je Gruppe eines Experiments</translation>
    </message>
    <message>
        <source>train and store a model of drop-off or of a customer column</source>
        <translation>ein Modell für Abbrüche oder für eine Kundenspalte trainieren und speichern</translation>
    </message>
    <message>
        <source>score customers and list those most at risk</source>
        <translation>Kunden bewerten und die am stärksten gefährdeten auflisten</translation>
    </message>
    <message>
        <source>what drives a model, or one score</source>
        <translation>was ein Modell oder einen einzelnen Score antreibt</translation>
    </message>
    <message>
        <source>the models&apos; accuracy beside published figures</source>
        <translation>die Güte der Modelle neben veröffentlichten Vergleichswerten</translation>
    </message>
    <message>
        <source>the models stored in the project</source>
        <translation>die im Projekt gespeicherten Modelle</translation>
    </message>
    <message>
        <source>list or undo merges of customers into one person</source>
        <translation>Zusammenführungen von Kunden zu einer Person auflisten oder rückgängig machen</translation>
    </message>
    <message>
        <source>write the events as XES or CSV</source>
        <translation>die Ereignisse als XES oder CSV schreiben</translation>
    </message>
    <message>
        <source>erase every trace of one customer</source>
        <translation>jede Spur eines Kunden löschen</translation>
    </message>
    <message>
        <source>write a demo clickstream CSV (seeded)</source>
        <translation>eine Demo-Clickstream-CSV schreiben (mit Seed)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>journeyscope-cli %1: missing arguments (see --help)</source>
        <translation>journeyscope-cli %1: Argumente fehlen (siehe --help)</translation>
    </message>
    <message>
        <source>Usage: journeyscope-cli COMMAND [options]

Customer-journey mapping driven by data: import exports into a project file and analyse them.

Commands:
</source>
        <translation>Aufruf: journeyscope-cli COMMAND [Optionen]

Datengestütztes Customer-Journey-Mapping: Exporte in eine Projektdatei importieren und analysieren.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run journeyscope-cli COMMAND --help for a command&apos;s options; --version for the version.
</source>
        <translation>
Mit journeyscope-cli COMMAND --help erhalten Sie die Optionen eines Befehls, mit --version die Version.
</translation>
    </message>
    <message>
        <source>journeyscope-cli: unknown command &quot;%1&quot; (see --help)</source>
        <translation>journeyscope-cli: unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>a project whose events stay in a PostgreSQL-compatible database</source>
        <translation>ein Projekt, dessen Ereignisse in einer PostgreSQL-kompatiblen Datenbank bleiben</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::analysis</name>
    <message>
        <source>expected a date such as 2025-03-01 or 2025-03-01T10:00:00Z, found &quot;%1&quot;</source>
        <translation>Datum wie 2025-03-01 oder 2025-03-01T10:00:00Z erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation>ATTRIBUTE=VALUE[,VALUE...] erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>keine Persona %1; `personas PROJECT` listet sie auf</translation>
    </message>
    <message>
        <source>Only events at or after this time (UTC).</source>
        <translation>Nur Ereignisse ab diesem Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <source>Only events before this time (UTC).</source>
        <translation>Nur Ereignisse vor diesem Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <source>Only events of these channels (comma-separated).</source>
        <translation>Nur Ereignisse dieser Kanäle (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only customers with an event at this touchpoint (repeatable).</source>
        <translation>Nur Kunden mit einem Ereignis an diesem Touchpoint (wiederholbar).</translation>
    </message>
    <message>
        <source>Only customers with an event in this stage (repeatable).</source>
        <translation>Nur Kunden mit einem Ereignis in dieser Phase (wiederholbar).</translation>
    </message>
    <message>
        <source>Only customers whose attribute has one of these values (repeatable).</source>
        <translation>Nur Kunden, deren Attribut einen dieser Werte hat (wiederholbar).</translation>
    </message>
    <message>
        <source>Only the customers of an RFM segment, e.g. &quot;rfm:Champions&quot;.</source>
        <translation>Nur die Kunden eines RFM-Segments, z. B. &quot;rfm:Champions&quot;.</translation>
    </message>
    <message>
        <source>Only the customers of a persona&apos;s segment (see personas).</source>
        <translation>Nur die Kunden des Segments einer Persona (siehe personas).</translation>
    </message>
    <message>
        <source>A journey is all of a customer&apos;s events, or one session.</source>
        <translation>Eine Journey umfasst alle Ereignisse eines Kunden oder eine Sitzung.</translation>
    </message>
    <message>
        <source>Touchpoints that count as success (comma-separated).</source>
        <translation>Touchpoints, die als Erfolg zählen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation>Zeit vom Beginn einer Journey bis zum Erreichen des Ziels (Standard 30d) oder none.</translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation>Erfolg stattdessen als Kundenattribut: ATTRIBUTE (true, yes oder 1) oder ATTRIBUTE=VALUE,...</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;; the channels are %2</source>
        <translation>kein Kanal „%1“; vorhandene Kanäle: %2</translation>
    </message>
    <message>
        <source>expected customer or session, found &quot;%1&quot;</source>
        <translation>customer oder session erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>Dauer wie 30d oder 12h oder none erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no goal: give --goal TOUCHPOINTS or --outcome, or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation>kein Ziel: Geben Sie --goal TOUCHPOINTS oder --outcome an oder legen Sie das Ziel des Projekts fest (goal PROJECT --set)</translation>
    </message>
    <message>
        <source>expected ATTRIBUTE or ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation>ATTRIBUTE oder ATTRIBUTE=VALUE[,VALUE...] erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;; did you mean %2?</source>
        <translation>kein Touchpoint „%1“; meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::attribute</name>
    <message>
        <source>Shares the conversions out among the channels (or touchpoints) before them: first touch, last touch, linear, and the Markov chain removal effect.</source>
        <translation>Verteilt die Conversions auf die vorangehenden Kanäle (oder Touchpoints): Erstkontakt, Letztkontakt, linear und der Wegfalleffekt (Removal Effect) der Markov-Kette.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>What gets credit.</source>
        <translation>Wem die Conversions zugeschrieben werden.</translation>
    </message>
    <message>
        <source>Markov order: a state is the last 1 to 3 touches (default 1).</source>
        <translation>Markov-Ordnung: Ein Zustand besteht aus den letzten 1 bis 3 Kontakten (Standard 1).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>expected channel or touchpoint, found &quot;%1&quot;</source>
        <translation>channel oder touchpoint erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation>1, 2 oder 3 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>attribution needs a goal touchpoint: give --goal TOUCHPOINTS or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation>die Attribution braucht einen Ziel-Touchpoint: Geben Sie --goal TOUCHPOINTS an oder legen Sie das Ziel des Projekts fest (goal PROJECT --set)</translation>
    </message>
    <message>
        <source>%L1 conversions of %L2 paths; Markov chain of order %3, %L4 states
</source>
        <translation>%L1 Conversions aus %L2 Pfaden; Markov-Kette der Ordnung %3, %L4 Zustände
</translation>
    </message>
    <message>
        <source>markov  first   last    linear  removal  name
</source>
        <translation>Markov  Erster  Letzter Linear  Wegfall  Name
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::connect</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>Creates a project whose events stay in a table of a PostgreSQL-compatible database; the analyses run there as SQL and only their counts travel. The password comes from PGPASSWORD or ~/.pgpass, never from the project.</source>
        <translation>Legt ein Projekt an, dessen Ereignisse in einer Tabelle einer PostgreSQL-kompatiblen Datenbank bleiben; die Analysen laufen dort als SQL, und nur ihre Zählungen werden übertragen. Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie aus dem Projekt.</translation>
    </message>
    <message>
        <source>The project file to create (*.journey).</source>
        <translation>Die anzulegende Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The database, e.g. postgresql://analyst@127.0.0.1:5432/shop.</source>
        <translation>Die Datenbank, z. B. postgresql://analyst@127.0.0.1:5432/shop.</translation>
    </message>
    <message>
        <source>The table of events (SCHEMA.TABLE).</source>
        <translation>Die Tabelle der Ereignisse (SCHEMA.TABELLE).</translation>
    </message>
    <message>
        <source>The column of customer ids.</source>
        <translation>Die Spalte der Kunden-IDs.</translation>
    </message>
    <message>
        <source>The column of event times (timestamp, date, or milliseconds).</source>
        <translation>Die Spalte der Ereigniszeiten (timestamp, date oder Millisekunden).</translation>
    </message>
    <message>
        <source>The column of event names (touchpoints).</source>
        <translation>Die Spalte der Ereignisnamen (Touchpoints).</translation>
    </message>
    <message>
        <source>The column of channels (optional).</source>
        <translation>Die Spalte der Kanäle (optional).</translation>
    </message>
    <message>
        <source>The column of event values (optional).</source>
        <translation>Die Spalte der Ereigniswerte (optional).</translation>
    </message>
    <message>
        <source>The column of session ids (optional; else cut by --session-gap).</source>
        <translation>Die Spalte der Sitzungs-IDs (optional; sonst nach --session-gap geschnitten).</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation>Inaktivität, nach der eine neue Sitzung beginnt (Standard 30m).</translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation>erwartet wird eine Dauer wie 30m, 90s, 1h oder 2d, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>Connected to %1: %L2 events of %L3 customers, %L4 touchpoints, %L5 channels.
</source>
        <translation>Verbunden mit %1: %L2 Ereignisse von %L3 Kunden, %L4 Touchpoints, %L5 Kanäle.
</translation>
    </message>
    <message>
        <source>A table of customers whose other columns are their attributes (optional; SCHEMA.TABLE).</source>
        <translation>Eine Tabelle der Kunden, deren übrige Spalten ihre Attribute sind (optional; SCHEMA.TABELLE).</translation>
    </message>
    <message>
        <source>The column of the customers table that holds the ids of --customer (default: the same name).</source>
        <translation>Die Spalte der Kundentabelle mit den IDs von --customer (Standard: derselbe Name).</translation>
    </message>
    <message>
        <source>needs --customers-table</source>
        <translation>braucht --customers-table</translation>
    </message>
    <message>
        <source>Customer attributes: %1.
</source>
        <translation>Kundenattribute: %1.
</translation>
    </message>
    <message>
        <source>Refreshed from %1: %L2 events of %L3 customers.
</source>
        <translation>Aktualisiert von %1: %L2 Ereignisse von %L3 Kunden.
</translation>
    </message>
    <message>
        <source>No new touchpoints.
</source>
        <translation>Keine neuen Touchpoints.
</translation>
    </message>
    <message>
        <source>New touchpoints (in no stage yet): %1.
</source>
        <translation>Neue Touchpoints (noch in keiner Phase): %1.
</translation>
    </message>
    <message>
        <source>New channels: %1.
</source>
        <translation>Neue Kanäle: %1.
</translation>
    </message>
    <message>
        <source>Take in what the table gained since PROJECT was connected (new touchpoints and channels, the customers table&apos;s columns); no URI or columns needed.</source>
        <translation>Nimmt auf, was die Tabelle seit dem Verbinden von PROJECT hinzugewonnen hat (neue Touchpoints und Kanäle, die Spalten der Kundentabelle); weder URI noch Spalten nötig.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::correlate</name>
    <message>
        <source>Which touchpoints and customer attributes go with converting: the odds ratio of converting between the customers who did something and those who did not.</source>
        <translation>Welche Touchpoints und Kundenattribute mit Conversion einhergehen: das Odds Ratio der Conversion zwischen den Kunden, die etwas getan haben, und denen, die es nicht getan haben.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Customer attributes to compare (comma-separated; default: those with at most 20 values).</source>
        <translation>Zu vergleichende Kundenattribute (durch Kommas getrennt; Standard: die mit höchstens 20 Werten).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>%L1 closed journeys, %L2 converted; listed: what at least %L3 did and %L3 did not
</source>
        <translation>%L1 abgeschlossene Journeys, %L2 konvertiert; aufgeführt: was mindestens %L3 getan und %L3 nicht getan haben
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::erase</name>
    <message>
        <source>Erases every trace of one customer (a right-to-erasure request): their events, sessions, identities, consent and scores, and the customers merged with them. Models trained on their data are flagged for retraining, the erasure is recorded in the project&apos;s audit log (without naming them), and the file is vacuumed so the bytes are gone.</source>
        <translation>Löscht jede Spur eines Kunden (Antrag auf Löschung): seine Ereignisse, Sitzungen, Identitäten, Einwilligungen und Scores sowie die mit ihm zusammengeführten Kunden. Mit seinen Daten trainierte Modelle werden zum erneuten Training markiert, die Löschung wird im Audit-Log des Projekts vermerkt (ohne den Kunden zu nennen), und die Datei wird komprimiert (VACUUM), sodass die Bytes verschwunden sind.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The customer id as in the imported files, or as score --out writes it.</source>
        <translation>Die Kunden-ID wie in den importierten Dateien oder wie score --out sie schreibt.</translation>
    </message>
    <message>
        <source>Erased %L1 customer records with %L2 events, %L3 sessions, %L4 identities, %L5 consent statements and %L6 scores.</source>
        <translation>%L1 Kundendatensätze mit %L2 Ereignissen, %L3 Sitzungen, %L4 Identitäten, %L5 Einwilligungserklärungen und %L6 Scores gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) to train again (see models).</source>
        <translation>
            <numerusform>%n Modell muss neu trainiert werden (siehe models).</numerusform>
            <numerusform>%n Modelle müssen neu trainiert werden (siehe models).</numerusform>
        </translation>
    </message>
    <message>
        <source>No erasures recorded in this project.</source>
        <translation>In diesem Projekt sind keine Löschungen verzeichnet.</translation>
    </message>
    <message>
        <source>%1  %2: customer records %L3, events %L4, sessions %L5, identities %L6, consent statements %L7, scores %L8; models flagged for retraining %L9</source>
        <translation>%1  %2: Kundendatensätze %L3, Ereignisse %L4, Sitzungen %L5, Identitäten %L6, Einwilligungen %L7, Scores %L8; zum Neutraining markierte Modelle %L9</translation>
    </message>
    <message>
        <source>Erase no one: list the erasures recorded in the project&apos;s audit log.</source>
        <translation>Niemanden löschen: die im Audit-Log des Projekts verzeichneten Löschungen auflisten.</translation>
    </message>
    <message>
        <source>lists the erasures and erases no one: leave out CUSTOMER</source>
        <translation>listet die Löschungen auf und löscht niemanden: lassen Sie CUSTOMER weg</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::experiment</name>
    <message>
        <source>Reads out an experiment: conversion per group of a customer column (variant, control, hold-out) with 95 % intervals, and each group&apos;s lift over the control group with its significance.</source>
        <translation>Wertet ein Experiment aus: Conversion je Gruppe einer Kundenspalte (Variante, Kontrolle, Holdout) mit 95-%-Intervallen sowie der Lift jeder Gruppe gegenüber der Kontrollgruppe samt Signifikanz.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The customer column that says each customer&apos;s group.</source>
        <translation>Die Kundenspalte, die die Gruppe jedes Kunden angibt.</translation>
    </message>
    <message>
        <source>The control group (default control).</source>
        <translation>Die Kontrollgruppe (Standard: control).</translation>
    </message>
    <message>
        <source>journeyscope-cli experiment: missing --assignment (see --help)</source>
        <translation>journeyscope-cli experiment: --assignment fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 converted, %4 (95 % %5 to %6)%7
</source>
        <translation>%1: %L2 von %L3 konvertiert, %4 (95 % %5 bis %6)%7
</translation>
    </message>
    <message>
        <source>; %L1 still open</source>
        <translation>; %L1 noch offen</translation>
    </message>
    <message>
        <source>%1 against %2: %3 points (95 % %4 to %5), %6 relative; p = %7, %8
</source>
        <translation>%1 gegenüber %2: %3 Prozentpunkte (95 % %4 bis %5), %6 relativ; p = %7, %8
</translation>
    </message>
    <message>
        <source>significant at 5 %</source>
        <translation>signifikant auf dem 5-%-Niveau</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::explain</name>
    <message>
        <source>no customer &quot;%1&quot; (use the id score --out writes)</source>
        <translation>kein Kunde „%1“ (verwenden Sie die ID, die score --out schreibt)</translation>
    </message>
    <message>
        <source>%1, on its held-out data:
</source>
        <translation>%1, auf seinen zurückgehaltenen Testdaten:
</translation>
    </message>
    <message>
        <source>what drives it (mean |SHAP|, log odds):
</source>
        <translation>Treiber (mittleres |SHAP|, Log-Odds):
</translation>
    </message>
    <message>
        <source>by stage:
</source>
        <translation>nach Phase:
</translation>
    </message>
    <message>
        <source>by last touchpoint (the 10 with most journeys):
</source>
        <translation>nach letztem Touchpoint (die 10 mit den meisten Journeys):
</translation>
    </message>
    <message>
        <source>What drives a stored model: importance, and for a drop-off model the predicted risk and its drivers per stage and touchpoint; with --customer, why one customer scores as they do.</source>
        <translation>Was ein gespeichertes Modell antreibt: die Wichtigkeit der Merkmale und bei einem Abbruchmodell das vorhergesagte Risiko und seine Treiber je Phase und Touchpoint; mit --customer, warum ein Kunde seinen Score erhält.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Explain this customer&apos;s score (the id score --out writes).</source>
        <translation>Den Score dieses Kunden erklären (die ID, die score --out schreibt).</translation>
    </message>
    <message>
        <source>With --customer and a drop-off model: the journey as it stood at this date (default: the end of the data).</source>
        <translation>Mit --customer und einem Abbruchmodell: die Journey, wie sie zu diesem Datum stand (Standard: das Ende der Daten).</translation>
    </message>
    <message>
        <source>%1: %2 % under %3
</source>
        <translation>%1: %2 % laut %3
</translation>
    </message>
    <message>
        <source>  %1 (+%2 log odds)
</source>
        <translation>  %1 (+%2 Log-Odds)
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::export</name>
    <message>
        <source>Writes the project&apos;s events, one trace per person, as an XES event log (for process-mining tools) or as CSV; people without analytics consent are left out. With --view, draws a view as PDF, PNG or SVG instead.</source>
        <translation>Schreibt die Ereignisse des Projekts, eine Trace pro Person, als XES-Ereignisprotokoll (für Process-Mining-Werkzeuge) oder als CSV; Personen ohne Einwilligung in die Analyse werden ausgelassen. Mit --view wird stattdessen eine Ansicht als PDF, PNG oder SVG gezeichnet.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The file to write; a name ending in .gz is compressed.</source>
        <translation>Die zu schreibende Datei; ein Name mit der Endung .gz wird komprimiert.</translation>
    </message>
    <message>
        <source>journeyscope-cli export: missing --output FILE (see --help)</source>
        <translation>journeyscope-cli export: --output FILE fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>journeyscope-cli export: --format must be xes or csv (see --help)</source>
        <translation>journeyscope-cli export: --format muss xes oder csv sein (siehe --help)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3%4</source>
        <translation>%L1 Ereignisse von %L2 Kunden nach %3 geschrieben%4</translation>
    </message>
    <message>
        <source> (%L1 customers left out for lack of consent)</source>
        <translation> (%L1 Kunden mangels Einwilligung ausgelassen)</translation>
    </message>
    <message>
        <source>expected dots per inch from 36 to 1200, found &quot;%1&quot;</source>
        <translation>Punkte pro Zoll von 36 bis 1200 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected light or dark, found &quot;%1&quot;</source>
        <translation>light oder dark erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>the paths view needs an anchor: --from-touchpoint or --to-touchpoint</source>
        <translation>die Pfadansicht braucht einen Anker: --from-touchpoint oder --to-touchpoint</translation>
    </message>
    <message>
        <source>the funnel view needs its steps, such as &quot;Product page,Cart&quot;</source>
        <translation>die Funnel-Ansicht braucht ihre Schritte, etwa &quot;Product page,Cart&quot;</translation>
    </message>
    <message>
        <source>Draw a view instead of writing the events: %1.</source>
        <translation>Eine Ansicht zeichnen, statt die Ereignisse zu schreiben: %1.</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 300).</source>
        <translation>Auflösung eines PNG (Standard 300).</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light (Standard) oder dark.</translation>
    </message>
    <message>
        <source>The heatmap view: stages by channel (the default) or touchpoints by segment.</source>
        <translation>Die Heatmap-Ansicht: Phasen nach Kanal (Standard) oder Touchpoints nach Segment.</translation>
    </message>
    <message>
        <source>The heatmap&apos;s segments: RFM (the default) or a customer attribute&apos;s values.</source>
        <translation>Die Segmente der Heatmap: RFM (Standard) oder die Werte eines Kundenattributs.</translation>
    </message>
    <message>
        <source>The paths view: where journeys go after this touchpoint.</source>
        <translation>Die Pfadansicht: wohin Journeys nach diesem Touchpoint gehen.</translation>
    </message>
    <message>
        <source>The paths view: how journeys come to this touchpoint.</source>
        <translation>Die Pfadansicht: wie Journeys zu diesem Touchpoint gelangen.</translation>
    </message>
    <message>
        <source>The views of a pack, in order (default: %1; the funnel only with --steps).</source>
        <translation>Die Ansichten eines Pakets, in Reihenfolge (Standard: %1; den Funnel nur mit --steps).</translation>
    </message>
    <message>
        <source>The funnel view&apos;s steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation>Die Schritte der Funnel-Ansicht, durch Kommas getrennt; ein Schritt &quot;A|B&quot; gilt mit einem von beiden als erreicht.</translation>
    </message>
    <message>
        <source>The funnel view per channel of the first step, or per value of a customer attribute.</source>
        <translation>Die Funnel-Ansicht je Kanal des ersten Schritts oder je Wert eines Kundenattributs.</translation>
    </message>
    <message>
        <source>The graph view&apos;s colours: median time of the edges (the default) or friction of the nodes.</source>
        <translation>Die Farben der Graph-Ansicht: Median-Zeit der Kanten (Standard) oder Reibung der Knoten.</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>%1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>a pack is a PDF of several pages</source>
        <translation>ein Paket ist ein PDF mit mehreren Seiten</translation>
    </message>
    <message>
        <source>expected some of %1, found &quot;%2&quot;</source>
        <translation>eine Auswahl aus %1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>Drew the %1 to %2</source>
        <translation>%1 in %2 gezeichnet</translation>
    </message>
    <message>
        <source>xes or csv for the events; pdf, png or svg for a view (default: what the output&apos;s name ends in).</source>
        <translation>xes oder csv für die Ereignisse; pdf, png oder svg für eine Ansicht (Standard: die Endung des Ausgabenamens).</translation>
    </message>
    <message>
        <source>expected time or friction, found &quot;%1&quot;</source>
        <translation>time oder friction erwartet, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::friction</name>
    <message>
        <source>score  exit    loop    backtrack  dwell    %1%2
</source>
        <translation>Score  Abgang  Zyklus  Rücksprung Dauer    %1%2
</translation>
    </message>
    <message>
        <source>drop-off  </source>
        <translation>Abbruch   </translation>
    </message>
    <message>
        <source>%L1 journeys: %L2 converted, %L3 dropped off, %L4 open
</source>
        <translation>%L1 Journeys: %L2 konvertiert, %L3 abgesprungen, %L4 offen
</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>dwell: median time to the next event against the overall median (%1); units reached by fewer than %L2 journeys get no score
</source>
        <translation>Dauer: Median-Zeit bis zum nächsten Ereignis im Vergleich zum Gesamtmedian (%1); Einheiten, die weniger als %L2 Journeys erreichen, erhalten keinen Score
</translation>
    </message>
    <message>
        <source>expected four numbers E,L,B,D of 0 or more, not all 0, such as 0.4,0.2,0.2,0.2; found &quot;%1&quot;</source>
        <translation>vier Zahlen E,L,B,D ab 0 erwartet, nicht alle 0, etwa 0.4,0.2,0.2,0.2; „%1“ gefunden</translation>
    </message>
    <message>
        <source>Where journeys struggle: exits without the goal, loops, repeats, backtracks and slow steps per touchpoint, stage and channel, with a friction score from 0 to 1.</source>
        <translation>Wo es in Journeys hakt: Abgänge ohne Ziel, Zyklen, Wiederholungen, Rücksprünge und langsame Schritte je Touchpoint, Phase und Kanal, mit einem Reibungsscore von 0 bis 1.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>A heatmap table instead: stages by channel, or touchpoints by segment (see --segment-by).</source>
        <translation>Stattdessen eine Heatmap-Tabelle: Phasen nach Kanal oder Touchpoints nach Segment (siehe --segment-by).</translation>
    </message>
    <message>
        <source>The segments of touchpoint-segment: RFM, or a customer attribute&apos;s values.</source>
        <translation>Die Segmente von touchpoint-segment: RFM oder die Werte eines Kundenattributs.</translation>
    </message>
    <message>
        <source>Fewer journeys than this give no score (default 20).</source>
        <translation>Bei weniger Journeys gibt es keinen Score (Standard 20).</translation>
    </message>
    <message>
        <source>The score&apos;s weights of exit, loop, backtrack and dwell (default 0.4,0.2,0.2,0.2).</source>
        <translation>Die Gewichte des Scores für Abgang, Zyklus, Rücksprung und Dauer (Standard 0.4,0.2,0.2,0.2).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>expected a number of journeys of 1 or more, found &quot;%1&quot;</source>
        <translation>Anzahl an Journeys ab 1 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected stage-channel or touchpoint-segment, found &quot;%1&quot;</source>
        <translation>stage-channel oder touchpoint-segment erwartet, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::funnel</name>
    <message>
        <source>%L1 journeys
</source>
        <translation>%L1 Journeys
</translation>
    </message>
    <message>
        <source>%1. %2  %L3  (%4 % of previous, %5 % of first; median %6 %7)
</source>
        <translation>%1. %2  %L3  (%4 % des vorherigen, %5 % des ersten; Median %6 %7)
</translation>
    </message>
    <message>
        <source>from the journey&apos;s start</source>
        <translation>ab Beginn der Journey</translation>
    </message>
    <message>
        <source>from the previous step</source>
        <translation>ab dem vorherigen Schritt</translation>
    </message>
    <message>
        <source>   dropped %L1: all left
</source>
        <translation>   %L1 abgesprungen: alle dort beendet
</translation>
    </message>
    <message>
        <source>   dropped %L1: left %L2; went to %3
</source>
        <translation>   %L1 abgesprungen: %L2 dort beendet; weiter zu %3
</translation>
    </message>
    <message>
        <source>How many journeys get through a sequence of touchpoints, and where the others go.</source>
        <translation>Wie viele Journeys eine Folge von Touchpoints durchlaufen und wohin die anderen gehen.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation>Die Schritte, durch Kommas getrennt; ein Schritt &quot;A|B&quot; gilt mit einem von beiden als erreicht.</translation>
    </message>
    <message>
        <source>ordered (others may come between), strict (directly followed) or any.</source>
        <translation>ordered (andere dürfen dazwischenliegen), strict (direkt aufeinanderfolgend) oder any.</translation>
    </message>
    <message>
        <source>Time from the first step to reach the others (default 30d), or none.</source>
        <translation>Zeit vom ersten Schritt bis zum Erreichen der anderen (Standard 30d) oder none.</translation>
    </message>
    <message>
        <source>A funnel per channel of the first step, or per value of a customer attribute.</source>
        <translation>Ein Funnel je Kanal des ersten Schritts oder je Wert eines Kundenattributs.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>journeyscope-cli funnel: missing --steps (see --help)</source>
        <translation>journeyscope-cli funnel: --steps fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>expected ordered, strict or any, found &quot;%1&quot;</source>
        <translation>ordered, strict oder any erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>Dauer wie 30d oder 12h oder none erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::generate</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation>positive ganze Zahl erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>Writes a realistic multi-channel clickstream (web, app, email, social, call centre, store) as CSV. The same options always give the same bytes.</source>
        <translation>Schreibt einen realistischen Multichannel-Clickstream (web, app, email, social, call centre, store) als CSV. Dieselben Optionen ergeben immer dieselben Bytes.</translation>
    </message>
    <message>
        <source>The CSV file to write (- for standard output).</source>
        <translation>Die zu schreibende CSV-Datei (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation>Wie viele Kunden (Standard 2000).</translation>
    </message>
    <message>
        <source>Stop after this many events (default: every journey to its end).</source>
        <translation>Nach so vielen Ereignissen aufhören (Standard: jede Journey bis zu ihrem Ende).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>journeyscope-cli generate: missing --output FILE (see --help)</source>
        <translation>journeyscope-cli generate: --output FILE fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3</source>
        <translation>%L1 Ereignisse von %L2 Kunden nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::goal</name>
    <message>
        <source>Shows or sets the project&apos;s goal: the touchpoints that count as success, within a window from a journey&apos;s start, or a customer attribute (a CRM outcome column). Analyses use it unless given --goal or --outcome.</source>
        <translation>Zeigt das Ziel des Projekts an oder legt es fest: die Touchpoints, die als Erfolg zählen, innerhalb eines Zeitfensters ab Beginn einer Journey, oder ein Kundenattribut (eine Ergebnisspalte aus dem CRM). Analysen verwenden es, sofern nicht --goal oder --outcome angegeben ist.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The goal&apos;s touchpoints, comma-separated.</source>
        <translation>Die Touchpoints des Ziels, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation>Zeit vom Beginn einer Journey bis zum Erreichen des Ziels (Standard 30d) oder none.</translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation>Erfolg stattdessen als Kundenattribut: ATTRIBUTE (true, yes oder 1) oder ATTRIBUTE=VALUE,...</translation>
    </message>
    <message>
        <source>give either --set or --outcome, not both</source>
        <translation>geben Sie entweder --set oder --outcome an, nicht beides</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>Dauer wie 30d oder 12h oder none erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>No goal set: goal PROJECT --set TOUCHPOINTS, or --outcome ATTRIBUTE</source>
        <translation>Kein Ziel festgelegt: goal PROJECT --set TOUCHPOINTS oder --outcome ATTRIBUTE</translation>
    </message>
    <message>
        <source>customers whose %1 is %2</source>
        <translation>Kunden, deren %1 gleich %2 ist</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 within %2 of a journey&apos;s start</source>
        <translation>%1 innerhalb von %2 ab Beginn einer Journey</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::graph</name>
    <message>
        <source>%L1 journeys of %L2 customers, %L3 events
</source>
        <translation>%L1 Journeys von %L2 Kunden, %L3 Ereignisse
</translation>
    </message>
    <message>
        <source>  median %1</source>
        <translation>  Median %1</translation>
    </message>
    <message>
        <source>simplified: %1 % of events and %2 % of transitions hidden
</source>
        <translation>vereinfacht: %1 % der Ereignisse und %2 % der Übergänge ausgeblendet
</translation>
    </message>
    <message>
        <source>The directly-follows graph of the journeys: which touchpoint (or stage) follows which, how often, by how many customers, how long after.</source>
        <translation>Der Directly-Follows-Graph der Journeys: welcher Touchpoint (oder welche Phase) auf welchen folgt, wie oft, bei wie vielen Kunden und wie viel später.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Print Graphviz DOT.</source>
        <translation>Graphviz DOT ausgeben.</translation>
    </message>
    <message>
        <source>Print the edges as CSV.</source>
        <translation>Die Kanten als CSV ausgeben.</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation>Anteil zwischen 0 und 1 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>Nodes are touchpoints or stages.</source>
        <translation>Knoten sind Touchpoints oder Phasen.</translation>
    </message>
    <message>
        <source>Share of nodes to keep, by events (0 to 1; default 1).</source>
        <translation>Anteil der beizubehaltenden Knoten, nach Ereignissen (0 bis 1; Standard 1).</translation>
    </message>
    <message>
        <source>Share of edges to keep, by count (0 to 1; default 1); kept nodes stay connected.</source>
        <translation>Anteil der beizubehaltenden Kanten, nach Anzahl (0 bis 1; Standard 1); beibehaltene Knoten bleiben verbunden.</translation>
    </message>
    <message>
        <source>expected touchpoint or stage, found &quot;%1&quot;</source>
        <translation>touchpoint oder stage erwartet, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::import</name>
    <message>
        <source>expected COLUMN=ROLE with a role such as customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore; found &quot;%1&quot;</source>
        <translation>COLUMN=ROLE mit einer Rolle wie customer, time, event, channel, value, session, device, email, phone, name, ip, attribute oder ignore erwartet; „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected one character, &quot;tab&quot; or &quot;whitespace&quot;, found &quot;%1&quot;</source>
        <translation>ein Zeichen, „tab“ oder „whitespace“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation>Dauer wie 30m, 90s, 1h oder 2d erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected stop or skip, found &quot;%1&quot;</source>
        <translation>stop oder skip erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected csv, jsonl, xes or table, found &quot;%1&quot;</source>
        <translation>csv, jsonl, xes oder table erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected COLUMN=EVENT NAME, found &quot;%1&quot;</source>
        <translation>COLUMN=EVENT NAME erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>Watching %1 for new files; Ctrl+C stops.</source>
        <translation>%1 wird auf neue Dateien überwacht; Ctrl+C beendet.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Imports clickstream CSV files into PROJECT (created when missing) as one transaction: all files are imported, or none.</source>
        <translation>Importiert Clickstream-CSV-Dateien in PROJECT (wird bei Bedarf angelegt) in einer einzigen Transaktion: Alle Dateien werden importiert oder keine.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>The %1 column (name, or #number counting from 1).</source>
        <translation>Die Spalte für %1 (Name oder #Nummer, ab 1 gezählt).</translation>
    </message>
    <message>
        <source>Give COLUMN a role: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore. Repeatable.</source>
        <translation>COLUMN eine Rolle zuweisen: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute oder ignore. Wiederholbar.</translation>
    </message>
    <message>
        <source>How times are written: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd, or a pattern such as &quot;%d.%m.%Y %H:%M&quot;.</source>
        <translation>Wie Zeiten geschrieben sind: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd oder ein Muster wie &quot;%d.%m.%Y %H:%M&quot;.</translation>
    </message>
    <message>
        <source>The field delimiter (default: detected among , ; tab |).</source>
        <translation>Das Feldtrennzeichen (Standard: erkannt unter , ; tab |).</translation>
    </message>
    <message>
        <source>Read column roles and formats from a mapping file.</source>
        <translation>Spaltenrollen und Formate aus einer Zuordnungsdatei lesen.</translation>
    </message>
    <message>
        <source>Write the first file&apos;s column roles and formats to a mapping file.</source>
        <translation>Die Spaltenrollen und Formate der ersten Datei in eine Zuordnungsdatei schreiben.</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation>Inaktivität, nach der eine neue Sitzung beginnt (Standard 30m).</translation>
    </message>
    <message>
        <source>On a row with a wrong value: stop (default; nothing is imported) or skip (the row is recorded in the import report).</source>
        <translation>Bei einer Zeile mit falschem Wert: stop (Standard; nichts wird importiert) oder skip (die Zeile wird im Importbericht vermerkt).</translation>
    </message>
    <message>
        <source>Keep customer keys and personal data as they are instead of pseudonymising them (only when creating the project).</source>
        <translation>Kundenschlüssel und personenbezogene Daten unverändert übernehmen, statt sie zu pseudonymisieren (nur beim Anlegen des Projekts).</translation>
    </message>
    <message>
        <source>Import a file even if the same data was imported before.</source>
        <translation>Eine Datei auch dann importieren, wenn dieselben Daten bereits importiert wurden.</translation>
    </message>
    <message>
        <source>Input format: csv (events, or an activity table whose date columns are events), jsonl, xes, or table (a customer table without events). Default: from each file&apos;s content.</source>
        <translation>Eingabeformat: csv (Ereignisse oder eine Aktivitätstabelle, deren Datumsspalten Ereignisse sind), jsonl, xes oder table (eine Kundentabelle ohne Ereignisse). Standard: nach dem Inhalt jeder Datei.</translation>
    </message>
    <message>
        <source>After the files given (if any), import every new file that appears in DIR, each in a transaction of its own, until Ctrl+C. With --json, one JSON object a line per file.</source>
        <translation>Nach den angegebenen Dateien (falls vorhanden) jede neue Datei importieren, die in DIR erscheint, jede in einer eigenen Transaktion, bis Ctrl+C. Mit --json ein JSON-Objekt pro Zeile und Datei.</translation>
    </message>
    <message>
        <source>In an activity table, the event a date column marks, e.g. &quot;created_date=Deal created&quot;. Repeatable.</source>
        <translation>In einer Aktivitätstabelle das Ereignis, das eine Datumsspalte markiert, z. B. &quot;created_date=Deal created&quot;. Wiederholbar.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::info</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>%1 customer records found to be the same person as another</source>
        <translation>%1 Kundendatensätze als dieselbe Person wie ein anderer erkannt</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>%1 customers kept out of analyses and exports</source>
        <translation>%1 Kunden ohne Einwilligung, von Analysen und Exporten ausgeschlossen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>  %1: %2 rows, %3 imported, %4 skipped, on %5
</source>
        <translation>  %1: %2 Zeilen, %3 importiert, %4 übersprungen, am %5
</translation>
    </message>
    <message>
        <source>Shows what a project holds.</source>
        <translation>Zeigt an, was ein Projekt enthält.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Warehouse:    table %1 at %2
</source>
        <translation>Warehouse:    Tabelle %1 auf %2
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::merges</name>
    <message>
        <source>Lists the links that merged customers into one person (a shared email, phone or id), or undoes one.</source>
        <translation>Listet die Verknüpfungen auf, durch die Kunden zu einer Person zusammengeführt wurden (gemeinsame E-Mail, Telefonnummer oder ID), oder macht eine davon rückgängig.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Undo link ID: its two customers part unless other links join them.</source>
        <translation>Verknüpfung ID rückgängig machen: Ihre beiden Kunden werden getrennt, sofern keine anderen Verknüpfungen sie verbinden.</translation>
    </message>
    <message>
        <source>expected a link id</source>
        <translation>Verknüpfungs-ID erwartet</translation>
    </message>
    <message>
        <source>No customers were merged.</source>
        <translation>Es wurden keine Kunden zusammengeführt.</translation>
    </message>
    <message>
        <source>%1  %2 = %3 by %4, from %5 on %6%7</source>
        <translation>%1  %2 = %3 per %4, aus %5 am %6%7</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::model</name>
    <message>
        <source>The stored model to use (see models); default: the newest.</source>
        <translation>Das zu verwendende gespeicherte Modell (siehe models); Standard: das neueste.</translation>
    </message>
    <message>
        <source>no model &quot;%1&quot; in the project (see models)</source>
        <translation>kein Modell „%1“ im Projekt (siehe models)</translation>
    </message>
    <message>
        <source>no model yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one</source>
        <translation>noch kein Modell: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trainiert eines</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::next</name>
    <message>
        <source>How well the next touchpoint of a journey can be predicted (a Markov model of the last touchpoints with back-off, or XGBoost on the journey so far), under the protocol of Tax et al. (2017): journeys by their first event, the first two thirds learnt, every prefix of the rest predicted.</source>
        <translation>Wie gut sich der nächste Touchpoint einer Journey vorhersagen lässt (ein Markov-Modell der letzten Touchpoints mit Back-off oder XGBoost auf der bisherigen Journey), nach dem Protokoll von Tax et al. (2017): Journeys nach ihrem ersten Ereignis geordnet, die ersten zwei Drittel gelernt, jedes Präfix des Rests vorhergesagt.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>markov (the default) or xgboost (a multi-class model on the features of the journey so far).</source>
        <translation>markov (Standard) oder xgboost (ein Mehrklassenmodell auf den Merkmalen der bisherigen Journey).</translation>
    </message>
    <message>
        <source>How many last touchpoints the prediction looks at, 1 to 3 (default 2).</source>
        <translation>Wie viele der letzten Touchpoints die Vorhersage betrachtet, 1 bis 3 (Standard 2).</translation>
    </message>
    <message>
        <source>Predict the end of a journey too, as one more outcome.</source>
        <translation>Auch das Ende einer Journey vorhersagen, als weiteres Ergebnis.</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation>1, 2 oder 3 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected markov or xgboost, found &quot;%1&quot;</source>
        <translation>markov oder xgboost erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Wird trainiert</translation>
    </message>
    <message>
        <source>next touchpoint, %1%2: top-1 %3 %, top-3 %4 % over %L5 prefixes of %L6 test journeys (%L7 learnt)</source>
        <translation>nächster Touchpoint, %1%2: Top-1 %3 %, Top-3 %4 % über %L5 Präfixe von %L6 Test-Journeys (%L7 gelernt)</translation>
    </message>
    <message>
        <source>Markov order %1</source>
        <translation>Markov-Ordnung %1</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source> with the end</source>
        <translation> mit dem Ende</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::notes</name>
    <message>
        <source>The notes on the journey map: pain points and opportunities per stage, and an emotion per stage set by hand where the data has no CSAT, NPS or sentiment column. Lists them, or adds and deletes some (in one transaction).</source>
        <translation>Die Notizen in der Journey Map: Pain Points und Chancen je Phase sowie eine von Hand gesetzte Emotion je Phase, wo die Daten keine CSAT-, NPS- oder Sentiment-Spalte haben. Listet sie auf oder fügt welche hinzu und löscht welche (in einer Transaktion).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Add &quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; or &quot;STAGE:emotion=-2..2&quot; (repeatable; an emotion replaces the stage&apos;s).</source>
        <translation>&quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; oder &quot;STAGE:emotion=-2..2&quot; hinzufügen (wiederholbar; eine Emotion ersetzt die bisherige der Phase).</translation>
    </message>
    <message>
        <source>Delete the note with this id (repeatable).</source>
        <translation>Die Notiz mit dieser ID löschen (wiederholbar).</translation>
    </message>
    <message>
        <source>expected a note id, found &quot;%1&quot;</source>
        <translation>Notiz-ID erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>No notes on the map yet: notes PROJECT --add &quot;Purchase:pain=...&quot; adds one.</source>
        <translation>Noch keine Notizen in der Journey Map: notes PROJECT --add &quot;Purchase:pain=...&quot; fügt eine hinzu.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::paths</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation>positive ganze Zahl erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>The paths journeys take: the most common variants (whole sequences), the paths from or to a touchpoint (Sankey data), or where journeys are step by step.</source>
        <translation>Die Pfade, die Journeys nehmen: die häufigsten Varianten (ganze Abfolgen), die Pfade ab oder zu einem Touchpoint (Sankey-Daten) oder wo Journeys Schritt für Schritt stehen.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>How many variants to list (default 20).</source>
        <translation>Wie viele Varianten aufgelistet werden (Standard 20).</translation>
    </message>
    <message>
        <source>Paths after this touchpoint&apos;s first occurrence.</source>
        <translation>Pfade nach dem ersten Auftreten dieses Touchpoints.</translation>
    </message>
    <message>
        <source>Paths that lead to this touchpoint&apos;s first occurrence.</source>
        <translation>Pfade, die zum ersten Auftreten dieses Touchpoints führen.</translation>
    </message>
    <message>
        <source>Steps from or to the touchpoint (default 5).</source>
        <translation>Schritte ab dem oder bis zum Touchpoint (Standard 5).</translation>
    </message>
    <message>
        <source>The share of journeys at each touchpoint at each of the first N steps.</source>
        <translation>Der Anteil der Journeys an jedem Touchpoint in jedem der ersten N Schritte.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys have %3
</source>
        <translation>%L1 von %L2 Journeys enthalten %3
</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(beendet)</translation>
    </message>
    <message>
        <source>ended %1 %</source>
        <translation>beendet %1 %</translation>
    </message>
    <message>
        <source>step %1: %2
</source>
        <translation>Schritt %1: %2
</translation>
    </message>
    <message>
        <source>%L1 variants among %L2 journeys
</source>
        <translation>%L1 Varianten unter %L2 Journeys
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::report</name>
    <message>
        <source>online shoppers: ROC-AUC of Revenue (stratified 80/20, seed 1)</source>
        <translation>online shoppers: ROC-AUC von Revenue (stratifiziert 80/20, Seed 1)</translation>
    </message>
    <message>
        <source>published XGBoost 0.937 with oversampling; required at least 0.93</source>
        <translation>veröffentlicht: XGBoost 0.937 mit Oversampling; gefordert mindestens 0.93</translation>
    </message>
    <message>
        <source>online shoppers: F1 at 0.5 on the held-out fifth</source>
        <translation>online shoppers: F1 bei 0.5 auf dem zurückgehaltenen Fünftel</translation>
    </message>
    <message>
        <source>held-out LightGBM F1 0.655</source>
        <translation>zurückgehalten: LightGBM F1 0.655</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>Tax et al. (2017), LSTM next activity accuracy 0.7123</source>
        <translation>Tax et al. (2017), LSTM-Genauigkeit für die nächste Aktivität 0.7123</translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, Markov order 2</source>
        <translation>helpdesk: nächste Aktivität Top-1, Markov-Ordnung 2</translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, XGBoost</source>
        <translation>helpdesk: nächste Aktivität Top-1, XGBoost</translation>
    </message>
    <message>
        <source>closed form of the absorbing chain</source>
        <translation>geschlossene Form der absorbierenden Kette</translation>
    </message>
    <message>
        <source>Markov attribution: removal effect of %1 on a hand-built chain</source>
        <translation>Markov-Attribution: Wegfalleffekt von %1 in einer von Hand gebauten Kette</translation>
    </message>
    <message>
        <source>drop-off correlation: odds ratio of Reviews on a hand-built table</source>
        <translation>Abbruch-Korrelation: Odds Ratio von Reviews in einer von Hand gebauten Tabelle</translation>
    </message>
    <message>
        <source>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) by hand</source>
        <translation>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) von Hand berechnet</translation>
    </message>
    <message>
        <source>Measures the models on public datasets and hand-built cases and prints each figure beside its published anchor or closed form: the online shoppers table, the helpdesk event log (Tax et al.&apos;s protocol), a Markov attribution chain and a correlation table.</source>
        <translation>Misst die Modelle an öffentlichen Datensätzen und von Hand gebauten Fällen und gibt jeden Wert neben seinem veröffentlichten Referenzwert oder seiner geschlossenen Form aus: die Tabelle online shoppers, das Ereignisprotokoll helpdesk (Protokoll von Tax et al.), eine Markov-Attributionskette und eine Korrelationstabelle.</translation>
    </message>
    <message>
        <source>The folder holding online_shoppers_intention.csv and eventlogs/helpdesk_tax2017.csv.</source>
        <translation>Der Ordner mit online_shoppers_intention.csv und eventlogs/helpdesk_tax2017.csv.</translation>
    </message>
    <message>
        <source>give the folder of the datasets</source>
        <translation>geben Sie den Ordner der Datensätze an</translation>
    </message>
    <message>
        <source>no folder &quot;%1&quot;</source>
        <translation>kein Ordner „%1“</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>%1
  %2   anchor %3 %4   %5
  (%6)
</source>
        <translation>%1
  %2   Referenz %3 %4   %5
  (%6)
</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>VERFEHLT</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::risk</name>
    <message>
        <source>%1 (%2 on average)</source>
        <translation>%1 (im Schnitt %2)</translation>
    </message>
    <message>
        <source>  %1: %2 % predicted%3, %L4 journeys%5
</source>
        <translation>  %1: %2 % vorhergesagt%3, %L4 Journeys%5
</translation>
    </message>
    <message>
        <source> (%1 % observed)</source>
        <translation> (%1 % beobachtet)</translation>
    </message>
    <message>
        <source>; what drives it: %1</source>
        <translation>; Treiber: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::score</name>
    <message>
        <source>expected a share between 0 and 0.5, found &quot;%1&quot;</source>
        <translation>Anteil zwischen 0 und 0.5 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a whole number above 0, found &quot;%1&quot;</source>
        <translation>ganze Zahl größer als 0 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Scores customers with a stored model (drop-off: the journeys still in flight; label: every customer), stores the scores with the model&apos;s id, and writes the highest-risk customers with their three strongest reasons and a hold-out flag (a fixed share of customers, by a hash of their id, kept out of a campaign to measure its lift).</source>
        <translation>Bewertet Kunden mit einem gespeicherten Modell (Abbruch: die noch offenen Journeys; Label: jeden Kunden), speichert die Scores mit der ID des Modells und schreibt die Kunden mit dem höchsten Risiko mit ihren drei stärksten Gründen und einer Holdout-Kennzeichnung (ein fester, per Hash ihrer ID bestimmter Anteil der Kunden, der aus einer Kampagne herausgehalten wird, um deren Lift zu messen).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Write the highest-risk customers to this CSV file.</source>
        <translation>Die Kunden mit dem höchsten Risiko in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Drop-off models: score the journeys in flight at this date, from the events before it (default: the end of the data).</source>
        <translation>Abbruchmodelle: die zu diesem Datum offenen Journeys bewerten, anhand der Ereignisse davor (Standard: das Ende der Daten).</translation>
    </message>
    <message>
        <source>Share of customers in the hold-out control group (default 0.1).</source>
        <translation>Anteil der Kunden in der Holdout-Kontrollgruppe (Standard 0.1).</translation>
    </message>
    <message>
        <source>scored %L1 customers with %2; %L3 in the hold-out group</source>
        <translation>%L1 Kunden mit %2 bewertet; %L3 in der Holdout-Gruppe</translation>
    </message>
    <message>
        <source>highest: %1 at %2 %</source>
        <translation>höchster Wert: %1 mit %2 %</translation>
    </message>
    <message>
        <source>the %L1 highest written to %2</source>
        <translation>die %L1 höchsten in %2 geschrieben</translation>
    </message>
    <message>
        <source>Warehouse projects: write every score into this table of the warehouse (schema.table), created when missing and replaced whole; the role needs to be allowed to write there.</source>
        <translation>Warehouse-Projekte: jede Bewertung in diese Tabelle des Warehouse schreiben (schema.tabelle), bei Bedarf angelegt und ganz ersetzt; die Rolle muss dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>How many customers the CSV file lists, and how many get their reasons (default 1000).</source>
        <translation>Wie viele Kunden die CSV-Datei aufführt und wie viele ihre Gründe erhalten (Standard 1000).</translation>
    </message>
    <message>
        <source>writes scores into a table of the warehouse a project is connected to; this project&apos;s events were imported (the scores stay in it, and --out writes a CSV file)</source>
        <translation>schreibt Bewertungen in eine Tabelle des Warehouse, mit dem ein Projekt verbunden ist; die Ereignisse dieses Projekts wurden importiert (die Bewertungen bleiben darin, und --out schreibt eine CSV-Datei)</translation>
    </message>
    <message>
        <source>all %L1 written to the table %2, the %L3 highest with reasons</source>
        <translation>alle %L1 in die Tabelle %2 geschrieben, die %L3 höchsten mit Gründen</translation>
    </message>
    <message>
        <source>no journey of customer &quot;%1&quot; is in flight: model %2 scores only journeys that have not reached the goal yet</source>
        <translation>keine Journey von Kunde „%1“ ist unterwegs: Modell %2 bewertet nur Journeys, die das Ziel noch nicht erreicht haben</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; has no row in the customers table</source>
        <translation>Kunde „%1“ hat keine Zeile in der Kundentabelle</translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation>Modell %1 ist ein %2-Modell und bewertet keine Kunden</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::segments</name>
    <message>
        <source>%1: %L2 customers (%3 %), %4 % convert, value %5 on average; %6; typically %7
</source>
        <translation>%1: %L2 Kunden (%3 %), %4 % konvertieren, Wert im Schnitt %5; %6; typisch %7
</translation>
    </message>
    <message>
        <source>expected a persona id, found &quot;%1&quot;</source>
        <translation>Persona-ID erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>keine Persona %1; `personas PROJECT` listet sie auf</translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation>eine Persona braucht einen Namen</translation>
    </message>
    <message>
        <source>Groups customers into segments (k-means on their journeys&apos; features, or RFM quintiles) and describes each in numbers; drafts personas from them.</source>
        <translation>Gruppiert Kunden in Segmente (k-Means auf den Merkmalen ihrer Journeys oder RFM-Quintile) und beschreibt jedes in Zahlen; entwirft daraus Personas.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Clusters: a number, auto (chosen by silhouette, 2 to 8), or rfm.</source>
        <translation>Cluster: eine Zahl, auto (per Silhouette gewählt, 2 bis 8) oder rfm.</translation>
    </message>
    <message>
        <source>Random seed of k-means (default 1).</source>
        <translation>Zufalls-Seed von k-Means (Standard 1).</translation>
    </message>
    <message>
        <source>Draft a persona for each segment and store it in the project.</source>
        <translation>Für jedes Segment eine Persona entwerfen und im Projekt speichern.</translation>
    </message>
    <message>
        <source>Print the segments as CSV.</source>
        <translation>Die Segmente als CSV ausgeben.</translation>
    </message>
    <message>
        <source>expected a number of clusters, auto or rfm, found &quot;%1&quot;</source>
        <translation>Anzahl an Clustern, auto oder rfm erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Wird gruppiert</translation>
    </message>
    <message>
        <source>k = %1, silhouette %2
</source>
        <translation>k = %1, Silhouette %2
</translation>
    </message>
    <message>
        <source>Lists the project&apos;s personas with their segments&apos; numbers, recomputed on the current data; edits or deletes one.</source>
        <translation>Listet die Personas des Projekts mit den Kennzahlen ihrer Segmente auf, neu berechnet auf den aktuellen Daten; bearbeitet oder löscht eine.</translation>
    </message>
    <message>
        <source>The persona to edit, by id.</source>
        <translation>Die zu bearbeitende Persona, nach ID.</translation>
    </message>
    <message>
        <source>With --edit: its new name.</source>
        <translation>Mit --edit: ihr neuer Name.</translation>
    </message>
    <message>
        <source>With --edit: its new quote.</source>
        <translation>Mit --edit: ihr neues Zitat.</translation>
    </message>
    <message>
        <source>With --edit: its goals, separated by &quot;;&quot;.</source>
        <translation>Mit --edit: ihre Ziele, getrennt durch &quot;;&quot;.</translation>
    </message>
    <message>
        <source>With --edit: its frustrations, separated by &quot;;&quot;.</source>
        <translation>Mit --edit: ihre Frustrationen, getrennt durch &quot;;&quot;.</translation>
    </message>
    <message>
        <source>With --edit: builtin:1 to builtin:8, or an image file.</source>
        <translation>Mit --edit: builtin:1 bis builtin:8 oder eine Bilddatei.</translation>
    </message>
    <message>
        <source>Delete the persona with this id.</source>
        <translation>Die Persona mit dieser ID löschen.</translation>
    </message>
    <message>
        <source>No personas yet: segments --save-personas drafts them.</source>
        <translation>Noch keine Personas: segments --save-personas entwirft sie.</translation>
    </message>
    <message>
        <source>  (its segment cannot be recomputed)
</source>
        <translation>  (ihr Segment lässt sich nicht neu berechnen)
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::stages</name>
    <message>
        <source>(no stage): %1
</source>
        <translation>(keine Phase): %1
</translation>
    </message>
    <message>
        <source>expected NAME=VALUE, found &quot;%1&quot;</source>
        <translation>NAME=VALUE erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>Shows or edits the stages and which touchpoint belongs to which, or proposes stages from where touchpoints occur in the journeys.</source>
        <translation>Zeigt oder bearbeitet die Phasen und welcher Touchpoint zu welcher gehört, oder schlägt Phasen vor, je nachdem, wo Touchpoints in den Journeys vorkommen.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>Propose K stages (3 to 7) from the data, with the evidence.</source>
        <translation>K Phasen (3 bis 7) aus den Daten vorschlagen, mit Begründung.</translation>
    </message>
    <message>
        <source>Store the proposal of --auto.</source>
        <translation>Den Vorschlag von --auto speichern.</translation>
    </message>
    <message>
        <source>Put a touchpoint into a stage (empty: none). Repeatable.</source>
        <translation>Einen Touchpoint einer Phase zuordnen (leer: keiner). Wiederholbar.</translation>
    </message>
    <message>
        <source>Replace the stages with those of a CSV file with the columns touchpoint and stage.</source>
        <translation>Die Phasen durch die einer CSV-Datei mit den Spalten touchpoint und stage ersetzen.</translation>
    </message>
    <message>
        <source>Print touchpoint,stage rows, as --load reads them.</source>
        <translation>Zeilen touchpoint,stage ausgeben, so wie --load sie liest.</translation>
    </message>
    <message>
        <source>expected a number of stages</source>
        <translation>Anzahl an Phasen erwartet</translation>
    </message>
    <message>
        <source>
median relative position of each touchpoint in its journeys:
</source>
        <translation>
mediane relative Position jedes Touchpoints in seinen Journeys:
</translation>
    </message>
    <message>
        <source>
(a proposal: --accept stores it)
</source>
        <translation>
(ein Vorschlag: --accept speichert ihn)
</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;</source>
        <translation>kein Touchpoint „%1“</translation>
    </message>
    <message>
        <source>Rename a stage; its notes on the map and the models&apos; figures for it follow. Repeatable.</source>
        <translation>Eine Phase umbenennen; ihre Notizen auf der Map und die Zahlen der Modelle für sie folgen. Wiederholbar.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::train</name>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation>Anteil zwischen 0 und 1 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>%1 (ROC-AUC %2, %L3 %4)</source>
        <translation>%1 (ROC-AUC %2, %L3 %4)</translation>
    </message>
    <message>
        <source>where it is weakest: %1
</source>
        <translation>wo es am schwächsten ist: %1
</translation>
    </message>
    <message>
        <source>what drives it most (mean |SHAP|): %1
</source>
        <translation>stärkste Treiber (mittleres |SHAP|): %1
</translation>
    </message>
    <message>
        <source>ROC-AUC %1, PR-AUC %2, log loss %3, Brier %4, calibration error %5
</source>
        <translation>ROC-AUC %1, PR-AUC %2, Log-Loss %3, Brier %4, Kalibrierungsfehler %5
</translation>
    </message>
    <message>
        <source>the top tenth by score holds %1 % of the outcomes (lift %2)
</source>
        <translation>das oberste Zehntel nach Score enthält %1 % der Ergebnisse (Lift %2)
</translation>
    </message>
    <message>
        <source>model %1: %2 (%L3 customers trained on, %L4 held out, %L5 of them with the outcome)
</source>
        <translation>Modell %1: %2 (%L3 Kunden zum Training, %L4 zurückgehalten, %L5 davon mit dem Ergebnis)
</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>model %1: drop-off (%L2 journeys trained on, %L3 held out, %L4 of those dropped off)
</source>
        <translation>Modell %1: Abbruch (%L2 Journeys zum Training, %L3 zurückgehalten, %L4 davon abgesprungen)
</translation>
    </message>
    <message>
        <source>predicted drop-off risk by stage, on the held-out journeys:
</source>
        <translation>vorhergesagtes Abbruchrisiko nach Phase, auf den zurückgehaltenen Journeys:
</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>ganze Zahl erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>a customer table has no time order: use stratified</source>
        <translation>eine Kundentabelle hat keine zeitliche Reihenfolge: verwenden Sie stratified</translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;: import a customer table first (import --format table)</source>
        <translation>keine Kundenspalte „%1“: importieren Sie zuerst eine Kundentabelle (import --format table)</translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;; the columns are %2</source>
        <translation>keine Kundenspalte „%1“; vorhandene Spalten: %2</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Wird trainiert</translation>
    </message>
    <message>
        <source>Trains an XGBoost model, evaluates it on held-out data and stores it in the project: of drop-off on the journeys (the goal of --goal, --outcome or the project), or with --label of a column of the customer tables (churn, Revenue).</source>
        <translation>Trainiert ein XGBoost-Modell, bewertet es auf zurückgehaltenen Daten und speichert es im Projekt: für Abbrüche auf den Journeys (das Ziel von --goal, --outcome oder des Projekts) oder mit --label für eine Spalte der Kundentabellen (churn, Revenue).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Die Projektdatei (*.journey).</translation>
    </message>
    <message>
        <source>The customer column to predict.</source>
        <translation>Die vorherzusagende Kundenspalte.</translation>
    </message>
    <message>
        <source>Values of the column that mean the outcome (default true,yes,1).</source>
        <translation>Werte der Spalte, die das Ergebnis bedeuten (Standard true,yes,1).</translation>
    </message>
    <message>
        <source>What is held out for testing: time (the journeys that started last; the default for journeys) or stratified (at random, keeping the share of outcomes; the default and only choice for --label).</source>
        <translation>Was zum Testen zurückgehalten wird: time (die zuletzt begonnenen Journeys; Standard für Journeys) oder stratified (zufällig, unter Beibehaltung des Ergebnisanteils; Standard und einzige Wahl für --label).</translation>
    </message>
    <message>
        <source>One row for every point at which a journey was still in flight, instead of one drawn point per journey.</source>
        <translation>Eine Zeile für jeden Zeitpunkt, an dem eine Journey noch offen war, statt eines zufällig gezogenen Zeitpunkts pro Journey.</translation>
    </message>
    <message>
        <source>Do not weight the rarer outcome up while training.</source>
        <translation>Das seltenere Ergebnis beim Training nicht höher gewichten.</translation>
    </message>
    <message>
        <source>Share held out for testing (default 0.2).</source>
        <translation>Zum Testen zurückgehaltener Anteil (Standard 0.2).</translation>
    </message>
    <message>
        <source>Seed of the split and of XGBoost (default 1).</source>
        <translation>Seed der Aufteilung und von XGBoost (Standard 1).</translation>
    </message>
    <message>
        <source>expected time or stratified, found &quot;%1&quot;</source>
        <translation>time oder stratified erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>Lists the models stored in the project.</source>
        <translation>Listet die im Projekt gespeicherten Modelle auf.</translation>
    </message>
    <message>
        <source>No models yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one.</source>
        <translation>Noch keine Modelle: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trainiert eines.</translation>
    </message>
    <message>
        <source>%1  %2 %3  ROC-AUC %4  %5 features  %6</source>
        <translation>%1  %2 %3  ROC-AUC %4  %5 Merkmale  %6</translation>
    </message>
    <message>
        <source>    needs retraining: a customer it learnt from was erased since (train again to replace it)</source>
        <translation>    muss neu trainiert werden: ein Kunde, aus dessen Daten es gelernt hat, wurde inzwischen gelöscht (trainieren Sie erneut, um es zu ersetzen)</translation>
    </message>
    <message>
        <source>expected a share above 0 and at most 1, found &quot;%1&quot;</source>
        <translation>erwartet wurde ein Anteil über 0 und höchstens 1, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>draws customers of a warehouse project; a model of imported events learns from all of them</source>
        <translation>zieht Kunden eines Warehouse-Projekts; ein Modell importierter Ereignisse lernt von allen</translation>
    </message>
    <message>
        <source>Warehouse projects: learn from this share of the customers, drawn by a hash of their id and the seed (default 1: all).</source>
        <translation>Warehouse-Projekte: von diesem Anteil der Kunden lernen, gezogen über einen Hash ihrer ID und des Seeds (Standard 1: alle).</translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;</source>
        <translation>kein Kunde hat „%1“</translation>
    </message>
</context>
<context>
    <name>journeyscope::schema</name>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the project file: it was changed outside Journeyscope</source>
        <translation>unerwartetes Schemaobjekt (%1) „%2“ in der Projektdatei: sie wurde außerhalb von Journeyscope geändert</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from schema version %3: the project file was changed outside Journeyscope</source>
        <translation>%1 „%2“ weicht von Schemaversion %3 ab: die Projektdatei wurde außerhalb von Journeyscope geändert</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing from the project file</source>
        <translation>%1 „%2“ fehlt in der Projektdatei</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer-journey mapping driven by data.</source>
        <translation>Datengestütztes Customer-Journey-Mapping.</translation>
    </message>
    <message>
        <source>A project to open (*.journey), or data files to import (CSV, JSON Lines, XES).</source>
        <translation>Ein zu öffnendes Projekt (*.journey) oder zu importierende Datendateien (CSV, JSON Lines, XES).</translation>
    </message>
</context>
</TS>
