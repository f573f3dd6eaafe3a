<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>journeyscope::Attribution</name>
    <message>
        <source>the Markov order must be 1, 2 or 3, not %1</source>
        <translation>l&apos;ordre de Markov doit être 1, 2 ou 3, et non %1</translation>
    </message>
    <message>
        <source>the chain of order %1 has %L2 states, more than %L3: use a lower order or channels</source>
        <translation>la chaîne d&apos;ordre %1 compte %L2 états, plus que %L3&#xa0;: utilisez un ordre inférieur ou les canaux</translation>
    </message>
</context>
<context>
    <name>journeyscope::BoostedTrees</name>
    <message>
        <source>XGBoost: %1</source>
        <translation>XGBoost&#xa0;: %1</translation>
    </message>
    <message>
        <source>a model needs at least one feature</source>
        <translation>un modèle a besoin d&apos;au moins une variable</translation>
    </message>
    <message>
        <source>%1 rows of features but %2 labels</source>
        <translation>%1 lignes de variables mais %2 étiquettes</translation>
    </message>
    <message>
        <source>the validation rows have other features than the training rows</source>
        <translation>les lignes de validation n&apos;ont pas les mêmes variables que les lignes d&apos;entraînement</translation>
    </message>
    <message>
        <source>the stored model is empty</source>
        <translation>le modèle enregistré est vide</translation>
    </message>
    <message>
        <source>the stored model cannot be read (%1): train it again</source>
        <translation>le modèle enregistré est illisible (%1) : réentraînez-le</translation>
    </message>
</context>
<context>
    <name>journeyscope::ClassificationMetrics</name>
    <message>
        <source>%1 labels but %2 predictions</source>
        <translation>%1 étiquettes mais %2 prédictions</translation>
    </message>
    <message>
        <source>label %1 of case %2 is not 0 or 1</source>
        <translation>l&apos;étiquette %1 du cas %2 n&apos;est ni 0 ni 1</translation>
    </message>
    <message>
        <source>prediction %1 of case %2 is not in [0, 1]</source>
        <translation>la prédiction %1 du cas %2 n&apos;est pas dans [0, 1]</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>non mesurable</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>no better than chance</source>
        <translation>pas mieux que le hasard</translation>
    </message>
    <message>
        <source>The test cases hold only one outcome, so the model cannot be judged.</source>
        <translation>Les cas de test ne présentent qu&apos;un seul résultat&#xa0;: le modèle ne peut pas être évalué.</translation>
    </message>
    <message>
        <source>Given one case with the outcome and one without, the model ranks the first higher %1 % of the times: %2.</source>
        <translation>Entre un cas avec le résultat et un cas sans, le modèle classe le premier plus haut dans %1&#xa0;% des cas&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>journeyscope::ClickstreamGenerator</name>
    <message>
        <source>Could not write the sample data: %1</source>
        <translation>Impossible d&apos;écrire les données d&apos;exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::ColumnMapping</name>
    <message>
        <source>not a JSON mapping file (%1 at byte %2)</source>
        <translation>pas un fichier de correspondance JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;columns&quot; object</source>
        <translation>un objet JSON contenant un objet &quot;columns&quot; est attendu</translation>
    </message>
    <message>
        <source>field &quot;columns&quot;: expected an object mapping column names to roles</source>
        <translation>champ &quot;columns&quot;&#xa0;: un objet associant les noms de colonnes à des rôles est attendu</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: unknown role &quot;%2&quot;; expected one of %3</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: rôle «&#xa0;%2&#xa0;» inconnu&#xa0;; rôles possibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: %1</source>
        <translation>champ &quot;time_format&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: expected a string such as &quot;iso&quot;</source>
        <translation>champ &quot;time_format&quot;&#xa0;: une chaîne telle que &quot;iso&quot; est attendue</translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;</source>
        <translation>champ &quot;delimiter&quot;&#xa0;: un caractère ou &quot;tab&quot; est attendu</translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;, found &quot;%1&quot;</source>
        <translation>champ &quot;delimiter&quot;&#xa0;: un caractère ou &quot;tab&quot; attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: expected an object mapping date columns to event names</source>
        <translation>champ &quot;event_names&quot;&#xa0;: un objet associant des colonnes de date à des noms d&apos;événements est attendu</translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: column &quot;%1&quot;: expected an event name</source>
        <translation>champ &quot;event_names&quot;&#xa0;: colonne «&#xa0;%1&#xa0;»&#xa0;: un nom d&apos;événement est attendu</translation>
    </message>
</context>
<context>
    <name>journeyscope::Correlation</name>
    <message>
        <source>Customers who reached %1</source>
        <translation>Clients ayant atteint %1</translation>
    </message>
    <message>
        <source>Customers with %1</source>
        <translation>Clients avec %1</translation>
    </message>
    <message>
        <source>%1: odds of converting %2 times higher (%3 % of them converted, against %4 % of the others)</source>
        <translation>%1 : chances de conversion %2 fois plus élevées (%3 % d’entre eux ont converti, contre %4 % des autres)</translation>
    </message>
    <message>
        <source>%1: odds of converting %2 times lower (%3 % of them converted, against %4 % of the others)</source>
        <translation>%1 : chances de conversion %2 fois plus faibles (%3 % d’entre eux ont converti, contre %4 % des autres)</translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvReader</name>
    <message>
        <source>the record is longer than %1 MiB; is a closing quote missing?</source>
        <translation>l&apos;enregistrement dépasse %1 Mio&#xa0;; manque-t-il un guillemet fermant&#xa0;?</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>le délimiteur ne peut être ni un guillemet ni un saut de ligne</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation>le fichier est encodé en %1 (il commence par une marque d&apos;ordre des octets %1)&#xa0;; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>expected a closing quote for the field that starts here before the end of the file</source>
        <translation>guillemet fermant attendu avant la fin du fichier pour le champ qui commence ici</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote, found &apos;%1&apos;</source>
        <translation>délimiteur ou fin de ligne attendu après le guillemet fermant au lieu de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected at most %1 fields in a record, found more</source>
        <translation>au plus %1 champs attendus dans un enregistrement, davantage trouvés</translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvRecordSource</name>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>texte UTF-8 attendu, octets invalides trouvés (enregistrez le fichier en UTF-8)</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerAttributes</name>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customer table was imported</source>
        <translation>pas d&apos;attribut client «&#xa0;%1&#xa0;»&#xa0;: aucune table de clients n&apos;a été importée</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation>pas d&apos;attribut client «&#xa0;%1&#xa0;»&#xa0;; les attributs sont %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerErasure</name>
    <message>
        <source>no customer with this id in the project</source>
        <translation>aucun client avec cet identifiant dans le projet</translation>
    </message>
    <message>
        <source>its customers live in a database server and the project holds none of their data: erase them there</source>
        <translation>ses clients résident sur un serveur de bases de données et le projet ne contient aucune de leurs données : effacez-les là-bas</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerScores</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>a drop-off model scores journeys: the events are needed</source>
        <translation>un modèle d&apos;abandon évalue des parcours&#xa0;: les événements sont nécessaires</translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation>le modèle %1 est un modèle %2, qui n&apos;évalue pas les clients</translation>
    </message>
    <message>
        <source>the customer&apos;s journey is not in flight: model %1 scores only journeys that have not reached the goal yet</source>
        <translation>le parcours du client n&apos;est pas en cours&#xa0;: le modèle %1 n&apos;évalue que les parcours qui n&apos;ont pas encore atteint l&apos;objectif</translation>
    </message>
    <message>
        <source>the customer has no attributes to score</source>
        <translation>le client n&apos;a aucun attribut à évaluer</translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerTable</name>
    <message>
        <source>no customer has &quot;%1&quot;: no customer table was imported</source>
        <translation>aucun client n&apos;a «&#xa0;%1&#xa0;»&#xa0;: aucune table de clients n&apos;a été importée</translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;; the attributes are %2</source>
        <translation>aucun client n&apos;a «&#xa0;%1&#xa0;»&#xa0;; les attributs sont %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::Database</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the file is in use by another process</source>
        <translation>le fichier est utilisé par un autre processus</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
</context>
<context>
    <name>journeyscope::DefaultViews</name>
    <message>
        <source>No goal set</source>
        <translation>Aucun objectif défini</translation>
    </message>
    <message>
        <source>This view judges journeys by a goal: set one (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</source>
        <translation>Cette vue évalue les parcours selon un objectif&#xa0;: définissez-en un (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation>pas de point de contact «&#xa0;%1&#xa0;» dans le projet</translation>
    </message>
    <message>
        <source>No funnel yet</source>
        <translation>Pas encore d&apos;entonnoir</translation>
    </message>
    <message>
        <source>A funnel needs stages and a goal: load stages (journeyscope-cli stages PROJECT --load FILE) and set a goal.</source>
        <translation>Un entonnoir nécessite des étapes et un objectif&#xa0;: chargez des étapes (journeyscope-cli stages PROJECT --load FILE) et définissez un objectif.</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Pas encore de modèle</translation>
    </message>
    <message>
        <source>Train one to see how well it predicts drop-off (journeyscope-cli train PROJECT).</source>
        <translation>Entraînez-en un pour voir dans quelle mesure il prédit l&apos;abandon (journeyscope-cli train PROJECT).</translation>
    </message>
</context>
<context>
    <name>journeyscope::DropoffModel</name>
    <message>
        <source>the %1 journeys have %2 rows that dropped off and %3 that converted: a model needs at least %4 of each (is the goal right?)</source>
        <translation>les parcours %1 comptent %2 lignes ayant abandonné et %3 ayant converti&#xa0;: un modèle en demande au moins %4 de chaque (l&apos;objectif est-il le bon&#xa0;?)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>d&apos;entraînement</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>de test</translation>
    </message>
</context>
<context>
    <name>journeyscope::Error</name>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventConverter</name>
    <message>
        <source>wrong number of fields</source>
        <translation>nombre de champs incorrect</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>empty customer id</source>
        <translation>identifiant client vide</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a customer id, found an empty field</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: identifiant client attendu, champ vide trouvé</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>horodatage invalide</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected %2, found %3</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %3 ne correspond pas au format attendu (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>expected a date in at least one of the date columns, found none</source>
        <translation>une date est attendue dans au moins une des colonnes de date, aucune trouvée</translation>
    </message>
    <message>
        <source>empty event</source>
        <translation>événement vide</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected an event name, found an empty field</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: nom d&apos;événement attendu, champ vide trouvé</translation>
    </message>
    <message>
        <source>bad value</source>
        <translation>valeur invalide</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a number, found %2</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: nombre attendu au lieu de %2</translation>
    </message>
    <message>
        <source>bad consent</source>
        <translation>consentement invalide</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected yes or no (true/false, 1/0, granted/denied), found %2</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: yes ou no attendu (true/false, 1/0, granted/denied) au lieu de %2</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: texte UTF-8 attendu, octets invalides trouvés (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>texte UTF-8 attendu, octets invalides trouvés (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 blank values read as missing, not as 0</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %2 valeurs vides lues comme manquantes, et non comme 0</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected at most %2 different channels in a project, found one more, %3: map a column with fewer values as the channel</source>
        <translation>colonne « %1 » : au plus %2 canaux différents attendus par projet, un de plus trouvé, %3 : choisissez comme canal une colonne qui a moins de valeurs</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected at most %2 different events in a project, found one more, %3</source>
        <translation>colonne « %1 » : au plus %2 événements différents attendus par projet, un de plus trouvé, %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventLog</name>
    <message>
        <source>the project file is damaged: ids from %1 to %2 for %3 rows</source>
        <translation>le fichier du projet est endommagé : identifiants de %1 à %2 pour %3 lignes</translation>
    </message>
    <message>
        <source>the project holds more than %1 touchpoints or %2 channels</source>
        <translation>le projet contient plus de %1 points de contact ou %2 canaux</translation>
    </message>
    <message>
        <source>the project file is damaged: customer %1 is merged into %2, which cannot be</source>
        <translation>le fichier du projet est endommagé : le client %1 est fusionné avec %2, ce qui est impossible</translation>
    </message>
    <message>
        <source>its events live in a database server; this needs them imported</source>
        <translation>ses événements résident sur un serveur de base de données ; il faut les importer pour cela</translation>
    </message>
</context>
<context>
    <name>journeyscope::EventScan</name>
    <message>
        <source>the project file is damaged: an event refers to touchpoint %1 and channel %2, and one of them does not exist</source>
        <translation>le fichier du projet est endommagé : un événement renvoie au point de contact %1 et au canal %2, dont l’un n’existe pas</translation>
    </message>
    <message>
        <source>the project file is damaged: an event at %1 ms since 1970, outside the years 1 to 9999</source>
        <translation>le fichier du projet est endommagé : un événement à %1 ms depuis 1970, hors des années 1 à 9999</translation>
    </message>
</context>
<context>
    <name>journeyscope::Experiment</name>
    <message>
        <source>no customers with an outcome in the control group &quot;%1&quot;; the groups are %2</source>
        <translation>aucun client avec un résultat dans le groupe de contrôle «&#xa0;%1&#xa0;»&#xa0;; les groupes sont %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::FilterBar</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Persona or segment</source>
        <translation>Persona ou segment</translation>
    </message>
    <message>
        <source>Customer attribute</source>
        <translation>Attribut client</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Every customer, every channel, all dates</source>
        <translation>Tous les clients, tous les canaux, toutes les dates</translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation>Quitter le focus</translation>
    </message>
    <message>
        <source>Focus on a touchpoint</source>
        <translation>Se concentrer sur un point de contact</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>N&apos;importe quel client</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>passant par %1</translation>
    </message>
    <message>
        <source>reaching %1</source>
        <translation>atteignant %1</translation>
    </message>
    <message>
        <source>Through %1  ✕</source>
        <translation>Passant par %1  ✕</translation>
    </message>
    <message>
        <source>Reaching %1  ✕</source>
        <translation>Atteignant %1  ✕</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
</context>
<context>
    <name>journeyscope::Friction</name>
    <message>
        <source>friction weights must be numbers of 0 or more</source>
        <translation>les poids de friction doivent être des nombres supérieurs ou égaux à 0</translation>
    </message>
    <message>
        <source>at least one friction weight must be more than 0</source>
        <translation>au moins un poids de friction doit être supérieur à 0</translation>
    </message>
    <message>
        <source>%1 segment labels for %2 people</source>
        <translation>%1 étiquettes de segment pour %2 personnes</translation>
    </message>
</context>
<context>
    <name>journeyscope::Funnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation>Un entonnoir nécessite au moins une étape</translation>
    </message>
    <message>
        <source>Funnel step %1 has no touchpoint</source>
        <translation>L&apos;étape %1 de l&apos;entonnoir n&apos;a pas de point de contact</translation>
    </message>
    <message>
        <source>Funnel step %1 names touchpoint %2; the log has %3</source>
        <translation>L&apos;étape %1 de l&apos;entonnoir désigne le point de contact %2&#xa0;; le journal contient %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelBuilderDialog</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Funnel Steps</source>
        <translation>Étapes de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Find a touchpoint</source>
        <translation>Rechercher un point de contact</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Add Step →</source>
        <translation>&amp;Ajouter l&apos;étape →</translation>
    </message>
    <message>
        <source>Add as &amp;Alternative →</source>
        <translation>Ajouter comme al&amp;ternative →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Étapes, dans l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelScene</name>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 parcours</translation>
    </message>
    <message>
        <source>%1 of the previous</source>
        <translation>%1 de la précédente</translation>
    </message>
    <message>
        <source>%1 of the first</source>
        <translation>%1 de la première</translation>
    </message>
    <message>
        <source>median %1 after</source>
        <translation>médiane de %1 après</translation>
    </message>
    <message>
        <source>%L1 dropped off:</source>
        <translation>%L1 abandons&#xa0;:</translation>
    </message>
    <message>
        <source>  ended there: %1</source>
        <translation>  fin du parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Aucune donnée pour ce filtre</translation>
    </message>
    <message>
        <source>No journey reaches the first step with these filters.</source>
        <translation>Aucun parcours n&apos;atteint la première étape avec ces filtres.</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Entonnoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>%L1 journeys looked at; %2 reach the last step</source>
        <translation>%L1 parcours examinés&#xa0;; %2 atteignent la dernière étape</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>parcours</translation>
    </message>
</context>
<context>
    <name>journeyscope::Goal</name>
    <message>
        <source>converted</source>
        <translation>converti</translation>
    </message>
    <message>
        <source>dropped off</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>journeyscope::GraphLayout</name>
    <message>
        <source>edge %1 joins nodes that do not exist</source>
        <translation>l&apos;arc %1 relie des nœuds qui n&apos;existent pas</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out</source>
        <translation>Graphviz n&apos;a pas pu disposer le graphe</translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipFile</name>
    <message>
        <source>a gzip file can only be opened for reading</source>
        <translation>un fichier gzip ne peut être ouvert qu&apos;en lecture</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation>impossible de démarrer zlib&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the gzip data ends early, at byte offset %1: unexpected end of file (is the file truncated?)</source>
        <translation>les données gzip s&apos;arrêtent prématurément, à l&apos;octet %1&#xa0;: fin de fichier inattendue (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt at byte offset %1: %2</source>
        <translation>les données gzip sont corrompues à l&apos;octet %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipWriter</name>
    <message>
        <source>a gzip stream can only be opened for writing</source>
        <translation>un flux gzip ne peut être ouvert qu&apos;en écriture</translation>
    </message>
    <message>
        <source>the target device is not open for writing</source>
        <translation>le périphérique cible n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation>impossible de démarrer zlib&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the compressed data: %1</source>
        <translation>impossible d&apos;écrire les données compressées&#xa0;: %1</translation>
    </message>
    <message>
        <source>zlib failed: %1</source>
        <translation>échec de zlib&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::HeaderRow</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::HeatmapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>Aucune donnée pour ce filtre</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Aucun parcours ne passe les filtres&#xa0;: élargissez les dates, les canaux ou le segment.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>point de contact</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>Friction by %1 and %2</source>
        <translation>Friction par %1 et par %2</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 parcours</translation>
    </message>
    <message>
        <source>0 · little friction</source>
        <translation>0 · peu de friction</translation>
    </message>
    <message>
        <source>1 · most friction</source>
        <translation>1 · friction maximale</translation>
    </message>
    <message>
        <source>Score: %1. Cells with fewer than %L2 journeys are not scored.</source>
        <translation>Score&#xa0;: %1. Les cellules de moins de %L2 parcours ne sont pas évaluées.</translation>
    </message>
</context>
<context>
    <name>journeyscope::IdentityResolver</name>
    <message>
        <source>there is no link %1</source>
        <translation>le lien %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>link %1 was undone already</source>
        <translation>le lien %1 a déjà été annulé</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportIntoProject</name>
    <message>
        <source>this project pseudonymises customer keys and personal data; they can be kept as they are only in a project created so</source>
        <translation>ce projet pseudonymise les clés clients et les données personnelles&#xa0;; elles ne peuvent être conservées telles quelles que dans un projet créé ainsi</translation>
    </message>
    <message>
        <source>could not move the new project into place from %1</source>
        <translation>impossible de mettre en place le nouveau projet depuis %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportJob</name>
    <message>
        <source>the same data was already imported from %1 on %2 (SHA-256 %3); use --force to import it again</source>
        <translation>les mêmes données ont déjà été importées depuis %1 le %2 (SHA-256 %3)&#xa0;; utilisez --force pour les importer à nouveau</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats are csv, jsonl, xes and table</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; les formats connus sont csv, jsonl, xes et table</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had rows out of time order; their sessions were cut from their events in time order</source>
        <translation>
            <numerusform>%n client avait des lignes hors de l&apos;ordre chronologique&#xa0;; ses sessions ont été découpées à partir de ses événements triés par date</numerusform>
            <numerusform>%n clients avaient des lignes hors de l&apos;ordre chronologique&#xa0;; leurs sessions ont été découpées à partir de leurs événements triés par date</numerusform>
        </translation>
    </message>
    <message>
        <source>its events live in a database server; import files into a project of their own (a customers table joins with connect --customers-table)</source>
        <translation>ses événements résident sur un serveur de bases de données ; importez les fichiers dans un projet à part (une table de clients s’ajoute avec connect --customers-table)</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportReport</name>
    <message>
        <source>%1: customer table, %2 of %3 imported, %4 skipped; %5</source>
        <translation>%1 : table clients, %2 sur %3 importées, %4 ignorées ; %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln nouveau client</numerusform>
            <numerusform>%Ln nouveaux clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 from %3, %4 skipped; %5, %6</source>
        <translation>%1 : %2 à partir de %3, %4 ignorées ; %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  skipped %Ln row(s): %1; first at %2: %3</source>
        <translation>
            <numerusform>  %Ln ligne ignorée : %1 ; la première en %2 : %3</numerusform>
            <numerusform>  %Ln lignes ignorées : %1 ; la première en %2 : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln customer(s) found to be the same person, %1 merged</source>
        <translation>
            <numerusform>  %Ln client reconnu comme la même personne, %1 fusionnés</numerusform>
            <numerusform>  %Ln clients reconnus comme la même personne, %1 fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer table row(s)</source>
        <translation>
            <numerusform>%Ln ligne de table clients</numerusform>
            <numerusform>%Ln lignes de table clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 in %2 s (%3 rows/s)</source>
        <translation>%1 importées en %2 s (%3 lignes/s)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportWizard</name>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Keep customer ids and personal data as they are</source>
        <translation>Conserver tels quels les identifiants clients et les données personnelles</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Clickstream or CRM exports, JSON Lines or XES event logs. They are imported together: all of them or none.</source>
        <translation>Exports de clickstream ou de CRM, journaux d&apos;événements JSON Lines ou XES. Ils sont importés ensemble&#xa0;: tous ou aucun.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>&amp;Ajouter des fichiers...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Detect from each file</source>
        <translation>Détecter pour chaque fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;project:</source>
        <translation>&amp;Nouveau projet&#xa0;:</translation>
    </message>
    <message>
        <source>Into project:</source>
        <translation>Dans le projet&#xa0;:</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Projets Journeyscope (*.journey)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>How journeys are cut into sessions and what to do with a bad row.</source>
        <translation>Comment les parcours sont découpés en sessions et que faire d&apos;une ligne incorrecte.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session gap in minutes</source>
        <translation>Pause entre sessions, en minutes</translation>
    </message>
    <message>
        <source>Stop: import nothing and say where</source>
        <translation>Arrêter&#xa0;: ne rien importer et indiquer où</translation>
    </message>
    <message>
        <source>Skip the row and report it</source>
        <translation>Ignorer la ligne et la signaler</translation>
    </message>
    <message>
        <source>On a bad row</source>
        <translation>Sur une ligne incorrecte</translation>
    </message>
    <message>
        <source>Otherwise they are pseudonymised with a key kept in the project</source>
        <translation>Sinon, ils sont pseudonymisés avec une clé conservée dans le projet</translation>
    </message>
    <message>
        <source>Chosen when the project was created</source>
        <translation>Choisi à la création du projet</translation>
    </message>
    <message>
        <source>A new &amp;session after a gap of:</source>
        <translation>Nouvelle &amp;session après une pause de&#xa0;:</translation>
    </message>
    <message>
        <source>On a &amp;bad row:</source>
        <translation>Sur une &amp;ligne incorrecte&#xa0;:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>Importation de %n fichier...</numerusform>
            <numerusform>Importation de %n fichiers...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the project is as it was.</source>
        <translation>Importation annulée&#xa0;: le projet est resté inchangé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %L1 events.</source>
        <translation>%L1 événements importés.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
</context>
<context>
    <name>journeyscope::Importer</name>
    <message>
        <source>Events in a CSV or text table</source>
        <translation>Événements dans un tableau CSV ou texte</translation>
    </message>
    <message>
        <source>CSV and text tables (*.csv *.tsv *.txt *.dat)</source>
        <translation>Tableaux CSV et texte (*.csv *.tsv *.txt *.dat)</translation>
    </message>
    <message>
        <source>Customer table (one row per customer)</source>
        <translation>Table de clients (une ligne par client)</translation>
    </message>
    <message>
        <source>Events in JSON Lines</source>
        <translation>Événements en JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</translation>
    </message>
    <message>
        <source>XES event log</source>
        <translation>Journal d&apos;événements XES</translation>
    </message>
    <message>
        <source>XES event logs (*.xes *.xes.gz)</source>
        <translation>Journaux d&apos;événements XES (*.xes *.xes.gz)</translation>
    </message>
    <message>
        <source>the XES standard</source>
        <translation>la norme XES</translation>
    </message>
</context>
<context>
    <name>journeyscope::IssuesPanel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Model caveat</source>
        <translation>Réserve sur le modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyGraphScene</name>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 clients</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 parcours</translation>
    </message>
    <message>
        <source>%1
%L2 customers, %L3 events
%L4 journeys start here, %L5 end here, %L6 of them without the goal</source>
        <translation>%1
%L2 clients, %L3 événements
%L4 parcours commencent ici, %L5 s&apos;y terminent, dont %L6 sans atteindre l&apos;objectif</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Aucune donnée pour ce filtre</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Aucun parcours ne passe les filtres&#xa0;: élargissez les dates, les canaux ou le segment.</translation>
    </message>
    <message>
        <source>%1 → %2
%L3 transitions (%4 % of those leaving %1)</source>
        <translation>%1 → %2
%L3 transitions (%4&#xa0;% des sorties de %1)</translation>
    </message>
    <message>
        <source>
median %1, 90 % within %2</source>
        <translation>
médiane %1, 90&#xa0;% en moins de %2</translation>
    </message>
    <message>
        <source>%L1 · %2 %</source>
        <translation>%L1 · %2&#xa0;%</translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; node colour: friction score (0 little, 1 most; grey: too few journeys); dashed: loops back.</source>
        <translation>%L1 parcours de %L2 clients. Épaisseur des arcs&#xa0;: transitions&#xa0;; couleur des nœuds&#xa0;: score de friction (0 faible, 1 maximal&#xa0;; gris&#xa0;: trop peu de parcours)&#xa0;; pointillés&#xa0;: retours en arrière.</translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; colour: median time (pale fast, deep slow); node border: share ending there without the goal; dashed: loops back.</source>
        <translation>%L1 parcours de %L2 clients. Épaisseur des arcs&#xa0;: transitions&#xa0;; couleur&#xa0;: temps médian (clair rapide, foncé lent)&#xa0;; bordure des nœuds&#xa0;: part des parcours qui s&apos;y terminent sans l&apos;objectif&#xa0;; pointillés&#xa0;: retours en arrière.</translation>
    </message>
    <message>
        <source>Simplified: %1 % of transitions and %2 % of events hidden.</source>
        <translation>Simplifié&#xa0;: %1&#xa0;% des transitions et %2&#xa0;% des événements masqués.</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMap</name>
    <message>
        <source>(no stage)</source>
        <translation>(sans étape)</translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>Aucune donnée pour ce filtre</translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation>Aucun parcours ne passe les filtres&#xa0;: élargissez les dates, les canaux ou le segment.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>%L1 journeys, %2 converted</source>
        <translation>%L1 parcours, %2 convertis</translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation>%L1 parcours</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>%1
%L2 journeys, %L3 events%4</source>
        <translation>%1
%L2 parcours, %L3 événements%4</translation>
    </message>
    <message>
        <source>, mostly %1</source>
        <translation>, surtout %1</translation>
    </message>
    <message>
        <source>+ %L1 more</source>
        <translation>+ %L1 autres</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions des clients</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1 of journeys reach it</source>
        <translation>%1 des parcours l&apos;atteignent</translation>
    </message>
    <message>
        <source>%1 of them convert</source>
        <translation>dont %1 convertissent</translation>
    </message>
    <message>
        <source>median %1 in the stage</source>
        <translation>médiane de %1 dans l&apos;étape</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sans score</translation>
    </message>
    <message>
        <source>%1 drop off here</source>
        <translation>%1 abandonnent ici</translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation>Risque prédit</translation>
    </message>
    <message>
        <source>No drop-off model yet: train one (journeyscope-cli train PROJECT) to see where journeys are likely to end.</source>
        <translation>Pas encore de modèle d&apos;abandon&#xa0;: entraînez-en un (journeyscope-cli train PROJECT) pour voir où les parcours risquent de s&apos;arrêter.</translation>
    </message>
    <message>
        <source>%1 likely to drop off</source>
        <translation>risque d&apos;abandon&#xa0;: %1</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>facteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>No CSAT, NPS or sentiment column in the customer tables: import one, or set emotions by hand (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</source>
        <translation>Aucune colonne CSAT, NPS ou de sentiment dans les tables de clients&#xa0;: importez-en une, ou définissez les émotions à la main (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</translation>
    </message>
    <message>
        <source>set by hand, -2 to 2</source>
        <translation>saisie à la main, de -2 à 2</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>%1: friction %2, %3 end here</source>
        <translation>%1&#xa0;: friction %2, %3 se terminent ici</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>None noted yet (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</source>
        <translation>Aucune notée pour l&apos;instant (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</translation>
    </message>
    <message>
        <source>Chips: touchpoints by the journeys that reach them, in their main channel&apos;s colour. Actions: the first visit to a stage, share of its journeys. Friction: 0 little, 1 most. ✎ written by the team.</source>
        <translation>Pastilles&#xa0;: points de contact selon les parcours qui les atteignent, dans la couleur de leur canal principal. Actions&#xa0;: la première visite d&apos;une étape, en part de ses parcours. Friction&#xa0;: 0 faible, 1 maximale. ✎ rédigé par l&apos;équipe.</translation>
    </message>
    <message>
        <source>(%1, needs retraining)</source>
        <translation>(%1, à réentraîner)</translation>
    </message>
</context>
<context>
    <name>journeyscope::JsonLinesReader</name>
    <message>
        <source>the record is longer than %1 MiB; is the file JSON Lines (one object per line)?</source>
        <translation>l&apos;enregistrement dépasse %1 Mio&#xa0;; le fichier est-il au format JSON Lines (un objet par ligne)&#xa0;?</translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation>le fichier est encodé en %1 (il commence par une marque d&apos;ordre des octets %1)&#xa0;; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found the byte 0x%1 (is the file in another encoding?)</source>
        <translation>texte UTF-8 attendu, trouvé l&apos;octet 0x%1 (le fichier est-il dans un autre encodage&#xa0;?)</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>la fin de la ligne</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found an array</source>
        <translation>objet JSON (&apos;{&apos;) attendu pour l&apos;enregistrement, trouvé un tableau</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a string</source>
        <translation>objet JSON (&apos;{&apos;) attendu pour l&apos;enregistrement, trouvé une chaîne</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a number</source>
        <translation>objet JSON (&apos;{&apos;) attendu pour l&apos;enregistrement, trouvé un nombre</translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found %1</source>
        <translation>objet JSON (&apos;{&apos;) attendu pour l&apos;enregistrement, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected the end of the line after the record&apos;s closing &apos;}&apos;, found %1</source>
        <translation>fin de ligne attendue après le &apos;}&apos; fermant l&apos;enregistrement, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected at most %1 levels of nested objects and arrays, found more</source>
        <translation>au plus %1 niveaux d&apos;objets et de tableaux imbriqués attendus, davantage trouvés</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>clé entre guillemets doubles attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; attendu après la clé, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member of the object, found %1</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après un membre de l&apos;objet, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element of the array, found %1</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu après un élément du tableau, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null), found %1</source>
        <translation>valeur attendue (objet, tableau, chaîne, nombre, true, false ou null), trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close the string, found %1</source>
        <translation>&apos;&quot;&apos; attendu pour fermer la chaîne, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an escape sequence such as \t instead of %1 in the string</source>
        <translation>séquence d&apos;échappement attendue dans la chaîne (comme \t), trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an escape sequence (\&quot; \\ \/ \b \f \n \r \t or \uXXXX) after &apos;\&apos;, found %1</source>
        <translation>séquence d&apos;échappement attendue (\&quot; \\ \/ \b \f \n \r \t ou \uXXXX) après &apos;\&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after &apos;\u&apos;, found %1</source>
        <translation>quatre chiffres hexadécimaux attendus après &apos;\u&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;, found %1</source>
        <translation>chiffre attendu après &apos;-&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>chiffre attendu après le point décimal, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a digit in the exponent, found %1</source>
        <translation>chiffre attendu dans l&apos;exposant, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected at most %1 values in the record, found more</source>
        <translation>au plus %1 valeurs attendues dans l’enregistrement, davantage trouvées</translation>
    </message>
    <message>
        <source>expected at most %1 MiB of field names (dotted paths) in the record, found more</source>
        <translation>au plus %1 Mio de noms de champs (chemins pointés) attendus dans l’enregistrement, davantage trouvés</translation>
    </message>
</context>
<context>
    <name>journeyscope::LabelModel</name>
    <message>
        <source>&quot;%1&quot; has %2 customers with %3 and %4 without: a model needs at least %5 of each</source>
        <translation>«&#xa0;%1&#xa0;» compte %2 clients avec %3 et %4 sans&#xa0;: un modèle en demande au moins %5 de chaque</translation>
    </message>
    <message>
        <source>the customer tables have no column besides &quot;%1&quot; to learn from</source>
        <translation>les tables de clients n&apos;ont aucune autre colonne que «&#xa0;%1&#xa0;» pour l&apos;apprentissage</translation>
    </message>
</context>
<context>
    <name>journeyscope::Layout</name>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation>la colonne «&#xa0;%1&#xa0;» mélange des dates avec le jour en premier et avec le mois en premier&#xa0;; indiquez le format avec --time-format</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: every date fits both day/month and month/day order (for example &quot;%2&quot;); say which with --time-format dmy or --time-format mdy</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: toutes les dates conviennent aux deux ordres jour/mois et mois/jour (par exemple «&#xa0;%2&#xa0;»)&#xa0;; précisez lequel avec --time-format dmy ou --time-format mdy</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: dates read as %2, because of values such as &quot;%3&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: dates lues au format %2, en raison de valeurs telles que «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>the file has no header line: its columns are numbered</source>
        <translation>le fichier n&apos;a pas de ligne d&apos;en-tête&#xa0;: ses colonnes sont numérotées</translation>
    </message>
</context>
<context>
    <name>journeyscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Journeyscope</source>
        <translation>Journeyscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>&amp;Import Data...</source>
        <translation>&amp;Importer des données...</translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation>Enregistrer le projet &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Export View...</source>
        <translation>&amp;Exporter la vue...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>S&amp;tages...</source>
        <translation>É&amp;tapes...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Redraw</source>
        <translation>&amp;Redessiner</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Present...</source>
        <translation>&amp;Présenter...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Journeyscope</source>
        <translation>À &amp;propos de Journeyscope</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation>Projets Journeyscope (*.journey)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 - Journeyscope</source>
        <translation>%1 - Journeyscope</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Select something in the project or click a node, a chip or a line to see its numbers.</source>
        <translation>Sélectionnez un élément du projet ou cliquez sur un nœud, une pastille ou une ligne pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Issues (%L1)</source>
        <translation>Problèmes (%L1)</translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation>Modifier les chemins</translation>
    </message>
    <message>
        <source>Cannot show the paths</source>
        <translation>Impossible d&apos;afficher les chemins</translation>
    </message>
    <message>
        <source>Choose a view that is drawn to export it.</source>
        <translation>Choisissez une vue déjà dessinée pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Image PNG, 300 ppp (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Open a project to present it.</source>
        <translation>Ouvrez un projet pour le présenter.</translation>
    </message>
    <message>
        <source>About Journeyscope</source>
        <translation>À propos de Journeyscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer-journey mapping driven by data. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Cartographie du parcours client pilotée par les données. Vos données restent sur cet ordinateur.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language shows from the next start. Restart Journeyscope now?</source>
        <translation>La nouvelle langue s’applique au prochain démarrage. Redémarrer Journeyscope maintenant ?</translation>
    </message>
    <message>
        <source>Take in the touchpoints and channels the warehouse table gained since the project was connected</source>
        <translation>Intégrer les points de contact et canaux que la table de l’entrepôt a gagnés depuis la connexion du projet</translation>
    </message>
    <message>
        <source>Refresh from Warehouse</source>
        <translation>Actualiser depuis l’entrepôt</translation>
    </message>
    <message>
        <source>Refresh from &amp;Warehouse</source>
        <translation>&amp;Actualiser depuis l’entrepôt</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Point de douleur</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>What the team saw or wants to try</source>
        <translation>Ce que l&apos;équipe a observé ou veut essayer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Emotion from -2 (very negative) to 2 (very positive)</source>
        <translation>Émotion de -2 (très négative) à 2 (très positive)</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Couloir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteEdits</name>
    <message>
        <source>Add note on %1</source>
        <translation>Ajouter une note sur %1</translation>
    </message>
    <message>
        <source>Delete note on %1</source>
        <translation>Supprimer la note sur %1</translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation>pas de note %1 sur la carte</translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNotes</name>
    <message>
        <source>expected STAGE:pain=TEXT, STAGE:opportunity=TEXT or STAGE:emotion=-2..2, found &quot;%1&quot;</source>
        <translation>STAGE:pain=TEXT, STAGE:opportunity=TEXT ou STAGE:emotion=-2..2 attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;; the stages are %2</source>
        <translation>pas d&apos;étape «&#xa0;%1&#xa0;»&#xa0;; les étapes sont %2</translation>
    </message>
    <message>
        <source>expected an emotion from -2 (very negative) to 2 (very positive), found &quot;%1&quot;</source>
        <translation>émotion de -2 (très négative) à 2 (très positive) attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected the lane pain, opportunity or emotion, found &quot;%1&quot;</source>
        <translation>couloir pain, opportunity ou emotion attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the note for %1 is empty</source>
        <translation>la note pour %1 est vide</translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation>pas de note %1 sur la carte</translation>
    </message>
</context>
<context>
    <name>journeyscope::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>How each column is read. Change a role where the guess is wrong.</source>
        <translation>Comment chaque colonne est lue. Modifiez un rôle si la détection s&apos;est trompée.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Rôles des colonnes</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>&amp;Charger une correspondance...</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>&amp;Enregistrer la correspondance...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Only one column can be the %1.</source>
        <translation>Une seule colonne peut avoir le rôle %1.</translation>
    </message>
    <message>
        <source>An import needs a column for: %1.</source>
        <translation>Une importation nécessite une colonne pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>Correspondance enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelBytes</name>
    <message>
        <source>it does not begin as a model</source>
        <translation>il ne commence pas comme un modèle</translation>
    </message>
    <message>
        <source>bytes follow the end of the model at byte %1</source>
        <translation>des octets suivent la fin du modèle à l’octet %1</translation>
    </message>
    <message>
        <source>the model ends early</source>
        <translation>le modèle se termine trop tôt</translation>
    </message>
    <message>
        <source>a length at byte %1 is not an integer</source>
        <translation>une longueur à l’octet %1 n’est pas un entier</translation>
    </message>
    <message>
        <source>a length at byte %1 (%2) does not fit in the model</source>
        <translation>une longueur à l’octet %1 (%2) ne tient pas dans le modèle</translation>
    </message>
    <message>
        <source>the model nests deeper than %1 levels</source>
        <translation>le modèle est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>an unknown marker at byte %1</source>
        <translation>un marqueur inconnu à l’octet %1</translation>
    </message>
    <message>
        <source>a typed array at byte %1 is malformed</source>
        <translation>un tableau typé à l’octet %1 est mal formé</translation>
    </message>
    <message>
        <source>it states %1 = %2, more than it holds</source>
        <translation>il indique %1 = %2, plus qu’il ne contient</translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelReportScene</name>
    <message>
        <source>%1: ROC-AUC %2, PR-AUC %3 on %L4 held-out cases</source>
        <translation>%1&#xa0;: ROC-AUC %2, PR-AUC %3 sur %L4 cas de test</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Précision et rappel</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prédit</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>Lift by decile (1: highest scores)</source>
        <translation>Lift par décile (1&#xa0;: scores les plus élevés)</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>lift</translation>
    </message>
    <message>
        <source>What drives it (mean |SHAP|, log odds)</source>
        <translation>Facteurs (|SHAP| moyen, log-odds)</translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation>|SHAP| moyen</translation>
    </message>
</context>
<context>
    <name>journeyscope::NextStepModel</name>
    <message>
        <source>%1 journeys are too few to learn and test next steps</source>
        <translation>%1 parcours, c&apos;est trop peu pour apprendre et tester les étapes suivantes</translation>
    </message>
</context>
<context>
    <name>journeyscope::Paths</name>
    <message>
        <source>Unknown anchor touchpoint %1; the log has %2</source>
        <translation>Point de contact d&apos;ancrage %1 inconnu&#xa0;; le journal contient %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::PeopleSelection</name>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation>pas de point de contact «&#xa0;%1&#xa0;» dans le projet</translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;</source>
        <translation>pas d&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>journeyscope::PersonaScene</name>
    <message>
        <source>%1 of customers (%L2)</source>
        <translation>%1 des clients (%L2)</translation>
    </message>
    <message>
        <source>Its segment cannot be recomputed on this data.</source>
        <translation>Son segment ne peut pas être recalculé sur ces données.</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>En chiffres</translation>
    </message>
    <message>
        <source>converts %1 · mean value %2 · %3 sessions on average</source>
        <translation>conversion %1 · valeur moyenne %2 · %3 sessions en moyenne</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Typical path (%L1 start this way)</source>
        <translation>Chemin typique (%L1 commencent ainsi)</translation>
    </message>
    <message>
        <source>%1 (%2 of their drop-offs)</source>
        <translation>%1 (%2 de leurs abandons)</translation>
    </message>
    <message>
        <source>Where they drop off</source>
        <translation>Où ils abandonnent</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Pas encore de personas</translation>
    </message>
    <message>
        <source>Draft them from the segments: journeyscope-cli segments PROJECT --save-personas.</source>
        <translation>Créez-en des ébauches à partir des segments&#xa0;: journeyscope-cli segments PROJECT --save-personas.</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Aucune donnée pour ce filtre</translation>
    </message>
    <message>
        <source>No customer of any persona passes the filters.</source>
        <translation>Aucun client d&apos;un persona ne passe les filtres.</translation>
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
        <translation>clients inactifs</translation>
    </message>
    <message>
        <source>loyalists</source>
        <translation>fidèles</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>acheteurs</translation>
    </message>
    <message>
        <source>regulars</source>
        <translation>habitués</translation>
    </message>
    <message>
        <source>one-time visitors</source>
        <translation>visiteurs d&apos;un jour</translation>
    </message>
    <message>
        <source>browsers</source>
        <translation>curieux</translation>
    </message>
    <message>
        <source>who abandon carts</source>
        <translation>qui abandonnent leur panier</translation>
    </message>
    <message>
        <source>who abandon checkout</source>
        <translation>qui abandonnent au paiement</translation>
    </message>
    <message>
        <source>who drop off at %1</source>
        <translation>qui abandonnent à %1</translation>
    </message>
    <message>
        <source>I got as far as %1, and then I left.</source>
        <translation>J&apos;ai avancé jusqu&apos;à %1, et puis j&apos;ai laissé tomber.</translation>
    </message>
    <message>
        <source>I used to come here. Lately nothing has given me a reason to.</source>
        <translation>Je venais souvent. Ces derniers temps, plus rien ne m&apos;a donné de raison de revenir.</translation>
    </message>
    <message>
        <source>I know what I want, and I keep coming back for it.</source>
        <translation>Je sais ce que je veux, et je reviens toujours le chercher.</translation>
    </message>
    <message>
        <source>When I find what I need, I buy it.</source>
        <translation>Quand je trouve ce qu&apos;il me faut, je l&apos;achète.</translation>
    </message>
    <message>
        <source>I come back often, but I am not convinced yet.</source>
        <translation>Je reviens souvent, mais rien ne m&apos;a encore convaincu.</translation>
    </message>
    <message>
        <source>I had a look once. Nothing made me stay.</source>
        <translation>J&apos;ai jeté un œil une fois. Rien ne m&apos;a donné envie de rester.</translation>
    </message>
    <message>
        <source>I am just looking around for now.</source>
        <translation>Pour l&apos;instant, je ne fais que regarder.</translation>
    </message>
    <message>
        <source>Do everything on %1</source>
        <translation>Tout faire sur %1</translation>
    </message>
    <message>
        <source>Move between %1 and %2 without starting over</source>
        <translation>Passer de %1 à %2 sans tout recommencer</translation>
    </message>
    <message>
        <source>Get service that matches what they spend</source>
        <translation>Obtenir un service à la hauteur de ses dépenses</translation>
    </message>
    <message>
        <source>Find a reason to come back</source>
        <translation>Trouver une raison de revenir</translation>
    </message>
    <message>
        <source>Pick up where they left off on every visit</source>
        <translation>Reprendre là où on s&apos;était arrêté, à chaque visite</translation>
    </message>
    <message>
        <source>Get from %1 to %2 quickly</source>
        <translation>Aller vite de %1 à %2</translation>
    </message>
    <message>
        <source>Buy quickly, without detours</source>
        <translation>Acheter vite, sans détours</translation>
    </message>
    <message>
        <source>Decide in a single visit</source>
        <translation>Se décider en une seule visite</translation>
    </message>
    <message>
        <source>Compare options before committing</source>
        <translation>Comparer les options avant de s&apos;engager</translation>
    </message>
    <message>
        <source>Leaves the cart without buying</source>
        <translation>Abandonne son panier sans acheter</translation>
    </message>
    <message>
        <source>Gives up at %1</source>
        <translation>Renonce à %1</translation>
    </message>
    <message>
        <source>Leaves at %1 without converting</source>
        <translation>Quitte le parcours à %1 sans convertir</translation>
    </message>
    <message>
        <source>Does not find a reason to convert</source>
        <translation>Ne trouve pas de raison de convertir</translation>
    </message>
    <message>
        <source>Nothing has brought them back lately</source>
        <translation>Plus rien ne l&apos;a fait revenir récemment</translation>
    </message>
    <message>
        <source>Needs many steps to get anywhere</source>
        <translation>A besoin de nombreuses étapes pour avancer</translation>
    </message>
    <message>
        <source>no persona %1</source>
        <translation>pas de persona %1</translation>
    </message>
    <message>
        <source>High-value</source>
        <translation>à haute valeur</translation>
    </message>
    <message>
        <source>Low-value</source>
        <translation>à faible valeur</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;: its k-means model is missing or damaged</source>
        <translation>segment «&#xa0;%1&#xa0;»&#xa0;: son modèle k-means est manquant ou endommagé</translation>
    </message>
    <message>
        <source>no segment &quot;%1&quot;; expected rfm:NAME (%2) or a persona&apos;s segment</source>
        <translation>pas de segment «&#xa0;%1&#xa0;»&#xa0;; indiquez rfm:NAME (%2) ou le segment d&apos;un persona</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <comment>persona name: value tier, channel, who they are, where they drop off; any may be empty</comment>
        <translation>%3 %2 %1 %4</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>pas de persona %1&#xa0;; `personas PROJECT` les liste</translation>
    </message>
</context>
<context>
    <name>journeyscope::PgConnection</name>
    <message>
        <source>the database returned &quot;%1&quot; where a whole number belongs (%2)</source>
        <translation>la base de données a renvoyé « %1 » là où un nombre entier est attendu (%2)</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>connexion à la base de données impossible : %1</translation>
    </message>
    <message>
        <source>quoting the name &quot;%1&quot;</source>
        <translation>la mise entre guillemets du nom « %1 »</translation>
    </message>
    <message>
        <source>sending a query</source>
        <translation>l’envoi d’une requête</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>l’attente d’une réponse</translation>
    </message>
    <message>
        <source>the database refused a query: %1</source>
        <translation>la base de données a refusé une requête : %1</translation>
    </message>
    <message>
        <source>reading an answer</source>
        <translation>la lecture d’une réponse</translation>
    </message>
    <message>
        <source>the connection string cannot be read: %1</source>
        <translation>la chaîne de connexion est illisible : %1</translation>
    </message>
    <message>
        <source>the connection string holds a password, which would be stored in the project file: give it in PGPASSWORD or ~/.pgpass instead</source>
        <translation>la chaîne de connexion contient un mot de passe, qui serait enregistré dans le fichier projet : indiquez-le plutôt dans PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>the database connection failed while %1: %2</source>
        <translation>la connexion à la base de données a échoué pendant %1 : %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationDialog</name>
    <message>
        <source>Presenter notes on the other screen</source>
        <translation>Notes du présentateur sur l&apos;autre écran</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Slides, in order:</source>
        <translation>Diapositives, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>É&amp;cran&#xa0;:</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>, stage %1 of %2</source>
        <translation>, étape %1 sur %2</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Données affichées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::PresenterNotes</name>
    <message>
        <source>Presenter notes</source>
        <translation>Notes du présentateur</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Aucune note pour cette diapositive.</translation>
    </message>
</context>
<context>
    <name>journeyscope::Project</name>
    <message>
        <source>no such project file</source>
        <translation>fichier de projet introuvable</translation>
    </message>
    <message>
        <source>not a Journeyscope project (the file is empty)</source>
        <translation>pas un projet Journeyscope (le fichier est vide)</translation>
    </message>
    <message>
        <source>not a Journeyscope project (not an SQLite database)</source>
        <translation>pas un projet Journeyscope (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>not a Journeyscope project (an SQLite database of another application)</source>
        <translation>pas un projet Journeyscope (base de données SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>made by a newer version of Journeyscope (project format %1; this version reads up to %2): update Journeyscope to open it</source>
        <translation>créé par une version plus récente de Journeyscope (format de projet %1&#xa0;; cette version lit jusqu&apos;au format %2)&#xa0;: mettez Journeyscope à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>not a Journeyscope project (no format version)</source>
        <translation>pas un projet Journeyscope (aucune version de format)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>made by an older version of Journeyscope; open it for writing once to upgrade it</source>
        <translation>créé par une version plus ancienne de Journeyscope&#xa0;; ouvrez-le une fois en écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>the project&apos;s pseudonymisation key is missing</source>
        <translation>la clé de pseudonymisation du projet est manquante</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectCopy</name>
    <message>
        <source>is the project itself</source>
        <translation>est le projet lui-même</translation>
    </message>
    <message>
        <source>cannot be replaced</source>
        <translation>ne peut pas être remplacé</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation>Explorateur de projet</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectOutline</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1
format %2
%3 rows, %4 imported, %5 skipped
imported %6</source>
        <translation>%1
format %2
%3 lignes, %4 importées, %5 ignorées
importé le %6</translation>
    </message>
    <message>
        <source>Stages and touchpoints</source>
        <translation>Étapes et points de contact</translation>
    </message>
    <message>
        <source>%1
%2 events</source>
        <translation>%1
%2 événements</translation>
    </message>
    <message>
        <source>%1
%2 touchpoints</source>
        <translation>%1
%2 points de contact</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sans étape)</translation>
    </message>
    <message>
        <source>Touchpoints without a stage: give them one to place them on the map.</source>
        <translation>Points de contact sans étape&#xa0;: attribuez-leur une étape pour les placer sur la carte.</translation>
    </message>
    <message>
        <source>Segments and personas</source>
        <translation>Segments et personas</translation>
    </message>
    <message>
        <source>Persona %1
&quot;%2&quot;
segment %3</source>
        <translation>Persona %1
«&#xa0;%2&#xa0;»
segment %3</translation>
    </message>
    <message>
        <source>RFM segment %1: by recency, frequency and value</source>
        <translation>Segment RFM %1&#xa0;: par récence, fréquence et valeur</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>%1
ROC-AUC %2, PR-AUC %3 on %4 held-out cases
%5
trained %6</source>
        <translation>%1
ROC-AUC %2, PR-AUC %3 sur %4 cas de test
%5
entraîné le %6</translation>
    </message>
    <message>
        <source>ROC-AUC %1 (%2): read its risks as hints, not forecasts</source>
        <translation>ROC-AUC %1 (%2)&#xa0;: considérez ses risques comme des indices, pas comme des prévisions</translation>
    </message>
    <message>
        <source>weaker for %1: ROC-AUC %2 on %3 cases (%4 overall)</source>
        <translation>plus faible pour %1&#xa0;: ROC-AUC %2 sur %3 cas (%4 globalement)</translation>
    </message>
    <message>
        <source>trained before the latest import: train again to include the new data</source>
        <translation>entraîné avant la dernière importation&#xa0;: réentraînez-le pour inclure les nouvelles données</translation>
    </message>
    <message>
        <source>needs retraining: a customer it learnt from was erased since, and it still holds what it learnt from them</source>
        <translation>à réentraîner : un client dont il a appris a été effacé depuis, et il garde ce qu’il en a appris</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectSummaryWidget</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Open a project (*.journey) with File &gt; Open.</source>
        <translation>Ouvrez un projet (*.journey) avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectViews</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Change the %1</source>
        <translation>Modifier la vue %1</translation>
    </message>
    <message>
        <source>Change the funnel steps</source>
        <translation>Modifier les étapes de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Loading the events of %1...</source>
        <translation>Chargement des événements de %1...</translation>
    </message>
    <message>
        <source>Cannot load the events</source>
        <translation>Impossible de charger les événements</translation>
    </message>
    <message>
        <source>Drawing the %1...</source>
        <translation>Dessin de la vue %1...</translation>
    </message>
    <message>
        <source>Cannot draw this view</source>
        <translation>Impossible de dessiner cette vue</translation>
    </message>
    <message>
        <source>Drawing cancelled</source>
        <translation>Dessin annulé</translation>
    </message>
    <message>
        <source>Press F5 to draw this view.</source>
        <translation>Appuyez sur F5 pour dessiner cette vue.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Open the project again to see its views.</source>
        <translation>Rouvrez le projet pour voir ses vues.</translation>
    </message>
    <message>
        <source>no view is drawn to export</source>
        <translation>aucune vue dessinée à exporter</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the Funnel</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» à l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Only Journeys Through &quot;%1&quot;</source>
        <translation>Seulement les parcours passant par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Paths into &quot;%1&quot;</source>
        <translation>Chemins menant à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation>Modifier les chemins</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Only Journeys Reaching &quot;%1&quot;</source>
        <translation>Seulement les parcours atteignant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Warehouse password</source>
        <translation>Mot de passe de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>%1

The password for %2 (kept until the project is closed, never saved):</source>
        <translation>%1

Le mot de passe de %2 (gardé jusqu&apos;à la fermeture du projet, jamais enregistré) :</translation>
    </message>
    <message>
        <source>Taking in what %1&apos;s table gained...</source>
        <translation>Intégration de ce que la table de %1 a gagné...</translation>
    </message>
    <message>
        <source>new touchpoints (in no stage yet): %1</source>
        <translation>nouveaux points de contact (dans aucune étape pour l’instant) : %1</translation>
    </message>
    <message>
        <source>new channels: %1</source>
        <translation>nouveaux canaux : %1</translation>
    </message>
    <message>
        <source>The warehouse table holds no new touchpoint or channel.</source>
        <translation>La table de l’entrepôt ne contient aucun nouveau point de contact ni canal.</translation>
    </message>
    <message>
        <source>Taken in from the warehouse: %1.</source>
        <translation>Intégré depuis l’entrepôt : %1.</translation>
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
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Fidèles potentiels</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Sur le point de s&apos;endormir</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>En hibernation</translation>
    </message>
</context>
<context>
    <name>journeyscope::RoleDetector</name>
    <message>
        <source>not recognised: kept as an attribute</source>
        <translation>non reconnue&#xa0;: conservée comme attribut</translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot;, which is not in the header; the columns are %3</source>
        <translation>%1 désigne la colonne «&#xa0;%2&#xa0;», absente de l&apos;en-tête&#xa0;; les colonnes sont %3</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>indiquée par %1</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>en-tête «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; names an amount</source>
        <translation>l&apos;en-tête «&#xa0;%1&#xa0;» désigne un montant</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;: another id of the customer</source>
        <translation>en-tête «&#xa0;%1&#xa0;»&#xa0;: un autre identifiant du client</translation>
    </message>
    <message>
        <source>values look like email addresses</source>
        <translation>les valeurs ressemblent à des adresses e-mail</translation>
    </message>
    <message>
        <source>values look like IP addresses</source>
        <translation>les valeurs ressemblent à des adresses IP</translation>
    </message>
    <message>
        <source>values look like international phone numbers</source>
        <translation>les valeurs ressemblent à des numéros de téléphone internationaux</translation>
    </message>
    <message>
        <source>first column of a table without a header</source>
        <translation>première colonne d&apos;un tableau sans en-tête</translation>
    </message>
    <message>
        <source>last decimal column of a table without a header</source>
        <translation>dernière colonne décimale d&apos;un tableau sans en-tête</translation>
    </message>
    <message>
        <source>values look like times</source>
        <translation>les valeurs ressemblent à des dates et heures</translation>
    </message>
    <message>
        <source>a date in a table without an event column</source>
        <translation>une date dans un tableau sans colonne d&apos;événement</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>no event column: each date column gives an event (%1)</source>
        <translation>pas de colonne d&apos;événement&#xa0;: chaque colonne de date donne un événement (%1)</translation>
    </message>
    <message>
        <source>an event name is given for &quot;%1&quot;, which is not a date column of an activity table</source>
        <translation>un nom d&apos;événement est indiqué pour «&#xa0;%1&#xa0;», qui n&apos;est pas une colonne de date d&apos;un tableau d&apos;activité</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>identifiant client</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>no %1 column: expected a column named like %2, or %3 COLUMN; the columns are %4</source>
        <translation>pas de colonne %1&#xa0;: une colonne nommée comme %2 est attendue, ou %3 COLUMN&#xa0;; les colonnes sont %4</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation>la colonne «&#xa0;%1&#xa0;» mélange des dates avec le jour en premier et avec le mois en premier&#xa0;; indiquez le format avec --time-format</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the values are not times in a known format; give one with --time-format (for example &quot;%d.%m.%Y %H:%M&quot;)</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: les valeurs ne sont pas des dates dans un format connu&#xa0;; indiquez-en un avec --time-format (par exemple &quot;%d.%m.%Y %H:%M&quot;)</translation>
    </message>
</context>
<context>
    <name>journeyscope::SankeyScene</name>
    <message>
        <source>No data for this filter</source>
        <translation>Aucune donnée pour ce filtre</translation>
    </message>
    <message>
        <source>No journey passes %1 with these filters.</source>
        <translation>Aucun parcours ne passe par %1 avec ces filtres.</translation>
    </message>
    <message>
        <source>Paths from %1</source>
        <translation>Chemins depuis %1</translation>
    </message>
    <message>
        <source>Paths to %1</source>
        <translation>Chemins vers %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys pass it; ribbons as wide as the journeys taking them</source>
        <translation>%L1 parcours sur %L2 y passent&#xa0;; rubans proportionnels aux parcours qui les empruntent</translation>
    </message>
</context>
<context>
    <name>journeyscope::SceneExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsaved project</source>
        <translation>projet non enregistré</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>données %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>generated %1 UTC</source>
        <translation>généré le %1 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>expected pdf, png or svg, found &quot;%1&quot;</source>
        <translation>pdf, png ou svg attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot encode the picture as PNG</source>
        <translation>impossible d&apos;encoder l&apos;image en PNG</translation>
    </message>
    <message>
        <source>a pack needs at least one view</source>
        <translation>un pack nécessite au moins une vue</translation>
    </message>
</context>
<context>
    <name>journeyscope::Segmentation</name>
    <message>
        <source>Cluster %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>journeyscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Session gap of new imports</source>
        <translation>Pause entre sessions (nouvelles importations)</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Nombres et dates</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session gap of new imports:</source>
        <translation>&amp;Pause entre sessions (nouvelles importations)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Nombres et dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageChange</name>
    <message>
        <source>a stage is renamed to &quot;%1&quot;, which is not one of the stages</source>
        <translation>une étape est renommée en « %1 », qui n’est pas l’une des étapes</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEditorDialog</name>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove Stage</source>
        <translation>&amp;Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Propose from the Data</source>
        <translation>&amp;Proposer à partir des données</translation>
    </message>
    <message>
        <source>Stages cut where touchpoints usually come in the journeys</source>
        <translation>Étapes découpées selon la position habituelle des points de contact dans les parcours</translation>
    </message>
    <message>
        <source> stages</source>
        <translation> étapes</translation>
    </message>
    <message>
        <source>Stages to propose</source>
        <translation>Nombre d&apos;étapes à proposer</translation>
    </message>
    <message>
        <source>Drag touchpoints between stages and stages into their order; double-click a stage to rename it.</source>
        <translation>Faites glisser les points de contact d&apos;une étape à l&apos;autre, et les étapes pour les ordonner&#xa0;; double-cliquez sur une étape pour la renommer.</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sans étape)</translation>
    </message>
    <message>
        <source>%1 stages, %2 touchpoints without one.</source>
        <translation>%1 étapes, %2 points de contact sans étape.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Nouvelle étape %1</translation>
    </message>
    <message>
        <source>The events are in a warehouse: journeyscope-cli stages PROJECT --auto 5 --accept proposes stages there</source>
        <translation>Les événements sont dans un entrepôt : journeyscope-cli stages PROJECT --auto 5 --accept y propose des étapes</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEdits</name>
    <message>
        <source>Edit stages</source>
        <translation>Modifier les étapes</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageMappingFile</name>
    <message>
        <source>expected a header with touchpoint and stage</source>
        <translation>en-tête avec touchpoint et stage attendu</translation>
    </message>
    <message>
        <source>expected a header with the columns touchpoint and stage</source>
        <translation>en-tête avec les colonnes touchpoint et stage attendu</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>expected a touchpoint name</source>
        <translation>nom de point de contact attendu</translation>
    </message>
    <message>
        <source>expected a stage name</source>
        <translation>nom d&apos;étape attendu</translation>
    </message>
    <message>
        <source>the project has no touchpoint &quot;%1&quot;</source>
        <translation>le projet n&apos;a pas de point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in stage &quot;%2&quot; (line %3)</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans l&apos;étape «&#xa0;%2&#xa0;» (ligne %3)</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageModel</name>
    <message>
        <source>a stage needs a name</source>
        <translation>une étape doit avoir un nom</translation>
    </message>
    <message>
        <source>there is already a stage %1</source>
        <translation>il existe déjà une étape %1</translation>
    </message>
    <message>
        <source>there is no stage %1</source>
        <translation>il n&apos;y a pas d&apos;étape %1</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Notoriété</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considération</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>cannot move stage %1 to %2: there are stages 1 to %3</source>
        <translation>impossible de déplacer l&apos;étape %1 en position %2&#xa0;: les étapes vont de 1 à %3</translation>
    </message>
    <message>
        <source>cannot add a stage at position %1 of %2</source>
        <translation>impossible d&apos;ajouter une étape en position %1 sur %2</translation>
    </message>
    <message>
        <source>a project has %1 to %2 stages, not %3</source>
        <translation>un projet compte de %1 à %2 étapes, pas %3</translation>
    </message>
    <message>
        <source>stage %1 has no name</source>
        <translation>l&apos;étape %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>there are two stages %1</source>
        <translation>il y a deux étapes %1</translation>
    </message>
    <message>
        <source>touchpoint %1 is put in %2, which is not a stage</source>
        <translation>le point de contact %1 est placé dans %2, qui n&apos;est pas une étape</translation>
    </message>
    <message>
        <source>the stage model is written inside a transaction</source>
        <translation>le modèle d&apos;étapes doit être écrit dans une transaction</translation>
    </message>
    <message>
        <source>there is no touchpoint %1 in the project</source>
        <translation>le point de contact %1 n&apos;existe pas dans le projet</translation>
    </message>
    <message>
        <source>auto-staging makes %1 to %2 stages, not %3</source>
        <translation>le découpage automatique produit de %1 à %2 étapes, pas %3</translation>
    </message>
    <message>
        <source>%1 stages need at least %1 touchpoints with events, not %2</source>
        <translation>%1 étapes nécessitent au moins %1 points de contact avec des événements, pas %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::StageTree</name>
    <message>
        <source>Stages and their touchpoints</source>
        <translation>Étapes et leurs points de contact</translation>
    </message>
</context>
<context>
    <name>journeyscope::StoredModel</name>
    <message>
        <source>drop-off model %1</source>
        <translation>modèle d&apos;abandon %1</translation>
    </message>
    <message>
        <source>model %1 of %2</source>
        <translation>modèle %1 pour %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::TimestampFormat</name>
    <message>
        <source>Unknown time format &quot;%1&quot;: use iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd or a pattern such as %d/%m/%Y %H:%M.</source>
        <translation>Format de date «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd ou un motif tel que %d/%m/%Y %H:%M.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; ends with a lone %: write %% for a percent sign.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» se termine par un % isolé&#xa0;: écrivez %% pour un signe pourcentage.</translation>
    </message>
    <message>
        <source>Unknown directive %1 in time format &quot;%2&quot;: use %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F or %%.</source>
        <translation>Directive %1 inconnue dans le format de date «&#xa0;%2&#xa0;»&#xa0;: utilisez %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F ou %%.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; gives the same field twice (again at %2).</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» donne deux fois le même champ (de nouveau à %2).</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no year: add %Y, %y or %F.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» n&apos;a pas d&apos;année&#xa0;: ajoutez %Y, %y ou %F.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no month: add %m, %b, %B or %F.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» n&apos;a pas de mois&#xa0;: ajoutez %m, %b, %B ou %F.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no day: add %d, %e or %F.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» n&apos;a pas de jour&#xa0;: ajoutez %d, %e ou %F.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %I without %p: add %p, or use %H for a 24-hour clock.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» utilise %I sans %p&#xa0;: ajoutez %p, ou utilisez %H pour une horloge de 24 heures.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %p without %I: use %I for the hour on a 12-hour clock.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» utilise %p sans %I&#xa0;: utilisez %I pour l&apos;heure sur une horloge de 12 heures.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has minutes but no hour: add %H or %I.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» a des minutes mais pas d&apos;heure&#xa0;: ajoutez %H ou %I.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has seconds but no minutes: add %M.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» a des secondes mais pas de minutes&#xa0;: ajoutez %M.</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has %f but no seconds: add %S.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» a %f mais pas de secondes&#xa0;: ajoutez %S.</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2024-03-01T10:22:33Z</source>
        <translation>une date ISO 8601, telle que 2024-03-01T10:22:33Z</translation>
    </message>
    <message>
        <source>Unix time in seconds such as 1709288553</source>
        <translation>un temps Unix en secondes, tel que 1709288553</translation>
    </message>
    <message>
        <source>Unix time in milliseconds such as 1709288553000</source>
        <translation>un temps Unix en millisecondes, tel que 1709288553000</translation>
    </message>
    <message>
        <source>Unix time in microseconds such as 1709288553000000</source>
        <translation>un temps Unix en microsecondes, tel que 1709288553000000</translation>
    </message>
    <message>
        <source>Unix time in nanoseconds such as 1709288553000000000</source>
        <translation>un temps Unix en nanosecondes, tel que 1709288553000000000</translation>
    </message>
    <message>
        <source>a day-first date such as 24/03/2024 14:22</source>
        <translation>une date avec le jour en premier, telle que 24/03/2024 14:22</translation>
    </message>
    <message>
        <source>a month-first date such as 03/24/2024 2:22 PM</source>
        <translation>une date avec le mois en premier, telle que 03/24/2024 2:22 PM</translation>
    </message>
    <message>
        <source>a date written YYYYMMDD such as 20240324</source>
        <translation>une date écrite AAAAMMJJ, telle que 20240324</translation>
    </message>
    <message>
        <source>a time in a custom pattern</source>
        <translation>une date au format personnalisé</translation>
    </message>
    <message>
        <source>a time in the format &quot;%1&quot; such as %2</source>
        <translation>une date au format «&#xa0;%1&#xa0;», telle que %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::TouchpointLookup</name>
    <message>
        <source>the table holds the event &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>la table contient l’événement « %1 », inconnu du projet : actualisez le projet (connect PROJECT --refresh) pour l’intégrer</translation>
    </message>
    <message numerus="yes">
        <source>the table holds %n event(s) of names the project does not know: refresh the project (connect PROJECT --refresh) to take them in</source>
        <translation>
            <numerusform>la table contient %n événement d’un nom inconnu du projet : actualisez le projet (connect PROJECT --refresh) pour l’intégrer</numerusform>
            <numerusform>la table contient %n événements de noms inconnus du projet : actualisez le projet (connect PROJECT --refresh) pour les intégrer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewFilter</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>channels %1</source>
        <translation>canaux %1</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;</source>
        <translation>pas de canal «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewKind</name>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Journey graph</source>
        <translation>Graphe du parcours</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewOptionsBar</name>
    <message>
        <source>Nodes:</source>
        <translation>Nœuds&#xa0;:</translation>
    </message>
    <message>
        <source>Graph level</source>
        <translation>Niveau du graphe</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Détail&#xa0;:</translation>
    </message>
    <message>
        <source>Share of nodes shown</source>
        <translation>Part des nœuds affichés</translation>
    </message>
    <message>
        <source>Share of transitions shown</source>
        <translation>Part des transitions affichées</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Graph colours</source>
        <translation>Couleurs du graphe</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>&amp;Steps...</source>
        <translation>É&amp;tapes...</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The busiest touchpoint of each stage, to the goal</source>
        <translation>Le point de contact le plus fréquenté de chaque étape, jusqu&apos;à l&apos;objectif</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>into</source>
        <translation>menant à</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>partant de</translation>
    </message>
    <message>
        <source>Anchor touchpoint</source>
        <translation>Point de contact d&apos;ancrage</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Friction table</source>
        <translation>Tableau de friction</translation>
    </message>
    <message>
        <source>Stages by channel</source>
        <translation>Étapes par canal</translation>
    </message>
    <message>
        <source>Touchpoints by RFM segment</source>
        <translation>Points de contact par segment RFM</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>the busiest touchpoint of each stage, to the goal</source>
        <translation>le point de contact le plus fréquenté de chaque étape, jusqu&apos;à l&apos;objectif</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>l&apos;objectif</translation>
    </message>
    <message>
        <source>%1 % of nodes, %2 % of transitions</source>
        <translation>%1&#xa0;% des nœuds, %2&#xa0;% des transitions</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseConnect</name>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds neither times (timestamp, timestamptz, date) nor whole numbers (milliseconds since 1970)</source>
        <translation>la colonne « %1 » ne contient ni des dates (timestamp, timestamptz, date) ni des nombres entiers (millisecondes depuis 1970)</translation>
    </message>
    <message>
        <source>the column holds more than %L1 different events; a journey map needs fewer: name a column of touchpoints</source>
        <translation>la colonne contient plus de %L1 événements différents ; une carte de parcours en demande moins : indiquez une colonne de points de contact</translation>
    </message>
    <message>
        <source>the column holds more than %L1 different channels</source>
        <translation>la colonne contient plus de %L1 canaux différents</translation>
    </message>
    <message>
        <source>the table has no column besides the customer ids</source>
        <translation>la table n’a aucune colonne en dehors des identifiants clients</translation>
    </message>
    <message>
        <source>its events were imported; only a project connected to a warehouse is refreshed</source>
        <translation>ses événements ont été importés ; seul un projet connecté à un entrepôt s’actualise</translation>
    </message>
    <message>
        <source>the project would know more than %L1 different events</source>
        <translation>le projet connaîtrait plus de %L1 événements différents</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseEventLog</name>
    <message>
        <source>the table holds the channel &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>la table contient le canal « %1 », inconnu du projet : actualisez le projet (connect PROJECT --refresh) pour l’intégrer</translation>
    </message>
    <message>
        <source>more than %L1 events to learn from: narrow the dates or the customers (train --sample 0.1 draws a tenth of them)</source>
        <translation>plus de %L1 événements pour apprendre : resserrez les dates ou les clients (train --sample 0.1 en tire un dixième)</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseFriction</name>
    <message>
        <source>the database returned a stage out of range</source>
        <translation>la base de données a renvoyé une étape hors limites</translation>
    </message>
    <message>
        <source>the database returned a segment it was not given</source>
        <translation>la base de données a renvoyé un segment qu&apos;on ne lui avait pas donné</translation>
    </message>
    <message>
        <source>the table holds the channel &quot;%1&quot;, which the project does not know: refresh the project (connect PROJECT --refresh) to take it in</source>
        <translation>la table contient le canal « %1 », inconnu du projet : actualisez le projet (connect PROJECT --refresh) pour l’intégrer</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseFunnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation>Un entonnoir a besoin d’au moins une étape</translation>
    </message>
    <message>
        <source>the database returned a step out of range</source>
        <translation>la base de données a renvoyé une étape hors limites</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseGraphCounter</name>
    <message>
        <source>the database returned a node out of range</source>
        <translation>la base de données a renvoyé un nœud hors limites</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseModelRows</name>
    <message>
        <source>more than %L1 journeys to learn from: train on a random sample of the customers (--sample 0.1 draws a tenth)</source>
        <translation>plus de %L1 parcours pour apprendre : entraînez sur un échantillon aléatoire des clients (--sample 0.1 en tire un dixième)</translation>
    </message>
</context>
<context>
    <name>journeyscope::WarehouseSource</name>
    <message>
        <source>the project file is damaged: its warehouse source is incomplete</source>
        <translation>le fichier projet est endommagé : sa source d’entrepôt est incomplète</translation>
    </message>
    <message>
        <source>no customers table was connected (connect --customers-table)</source>
        <translation>aucune table de clients n’a été connectée (connect --customers-table)</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customers table was connected (connect --customers-table)</source>
        <translation>aucun attribut client « %1 » : aucune table de clients n’a été connectée (connect --customers-table)</translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation>pas d&apos;attribut client «&#xa0;%1&#xa0;»&#xa0;; les attributs sont %2</translation>
    </message>
</context>
<context>
    <name>journeyscope::WhitespaceTableReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation>texte UTF-8 attendu, octets invalides trouvés (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>the line is longer than 64 MiB</source>
        <translation>la ligne dépasse 64 Mio</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected at most %1 fields in a line, found more</source>
        <translation>au plus %1 champs attendus sur une ligne, davantage trouvés</translation>
    </message>
</context>
<context>
    <name>journeyscope::XesReader</name>
    <message>
        <source>expected an XES &lt;log&gt; element, found &lt;%1&gt;</source>
        <translation>élément XES &lt;log&gt; attendu au lieu de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element has no key</source>
        <translation>l&apos;élément d&apos;attribut &lt;%1&gt; n&apos;a pas de clé</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element &quot;%2&quot; has no value</source>
        <translation>l&apos;élément d&apos;attribut &lt;%1&gt; «&#xa0;%2&#xa0;» n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>expected elements nested at most %1 deep, found deeper</source>
        <translation>des éléments imbriqués sur au plus %1 niveaux attendus, plus profonds trouvés</translation>
    </message>
    <message>
        <source>expected at most %1 attributes for an event and its trace, found more</source>
        <translation>au plus %1 attributs attendus pour un événement et sa trace, davantage trouvés</translation>
    </message>
    <message>
        <source>expected the keys and values of an event&apos;s attributes, with its trace&apos;s, to take at most %1 MiB, found more</source>
        <translation>au plus %1 Mio attendus pour les clés et valeurs des attributs d’un événement et de sa trace, davantage trouvés</translation>
    </message>
    <message>
        <source>expected an element, text or comment of at most %1 MiB, found a longer one</source>
        <translation>un élément, texte ou commentaire d’au plus %1 Mio attendu, un plus long trouvé</translation>
    </message>
    <message>
        <source>expected at most %1 attributes on an element, found more</source>
        <translation>au plus %1 attributs attendus sur un élément, davantage trouvés</translation>
    </message>
    <message>
        <source>expected a DOCTYPE without declarations (an XES log needs none), found one with an internal subset</source>
        <translation>un DOCTYPE sans déclarations attendu (un journal XES n’en a pas besoin), un avec sous-ensemble interne trouvé</translation>
    </message>
</context>
<context>
    <name>journeyscope::XesWriter</name>
    <message>
        <source>cannot write the XES log: %1</source>
        <translation>impossible d&apos;écrire le journal XES&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli</name>
    <message>
        <source>import files into a project</source>
        <translation>importer des fichiers dans un projet</translation>
    </message>
    <message>
        <source>show what a project holds</source>
        <translation>afficher le contenu d&apos;un projet</translation>
    </message>
    <message>
        <source>show or set the project&apos;s goal</source>
        <translation>afficher ou définir l&apos;objectif du projet</translation>
    </message>
    <message>
        <source>the journey graph: which touchpoint follows which</source>
        <translation>le graphe du parcours&#xa0;: quel point de contact suit lequel</translation>
    </message>
    <message>
        <source>how many journeys get through steps</source>
        <translation>combien de parcours franchissent les étapes</translation>
    </message>
    <message>
        <source>path variants, Sankey paths, step matrix</source>
        <translation>variantes de chemins, chemins Sankey, matrice des étapes</translation>
    </message>
    <message>
        <source>show, edit or propose stages</source>
        <translation>afficher, modifier ou proposer des étapes</translation>
    </message>
    <message>
        <source>where journeys struggle</source>
        <translation>où les parcours rencontrent des difficultés</translation>
    </message>
    <message>
        <source>pain points, opportunities and emotions written on the map</source>
        <translation>points de douleur, opportunités et émotions notés sur la carte</translation>
    </message>
    <message>
        <source>customer segments and persona drafts</source>
        <translation>segments de clients et ébauches de personas</translation>
    </message>
    <message>
        <source>the project&apos;s personas with their numbers</source>
        <translation>les personas du projet avec leurs chiffres</translation>
    </message>
    <message>
        <source>which touchpoints and attributes go with converting</source>
        <translation>quels points de contact et attributs vont de pair avec la conversion</translation>
    </message>
    <message>
        <source>which channels get credit for conversions</source>
        <translation>quels canaux sont crédités des conversions</translation>
    </message>
    <message>
        <source>how well the next touchpoint is predicted</source>
        <translation>dans quelle mesure le prochain point de contact est prédit</translation>
    </message>
    <message>
        <source>conversion and lift per group of an experiment</source>
        <translation>conversion et lift par groupe d&apos;une expérience</translation>
    </message>
    <message>
        <source>train and store a model of drop-off or of a customer column</source>
        <translation>entraîner et enregistrer un modèle d&apos;abandon ou d&apos;une colonne client</translation>
    </message>
    <message>
        <source>score customers and list those most at risk</source>
        <translation>évaluer les clients et lister les plus à risque</translation>
    </message>
    <message>
        <source>what drives a model, or one score</source>
        <translation>ce qui détermine un modèle, ou un score</translation>
    </message>
    <message>
        <source>the models&apos; accuracy beside published figures</source>
        <translation>la précision des modèles comparée aux chiffres publiés</translation>
    </message>
    <message>
        <source>the models stored in the project</source>
        <translation>les modèles enregistrés dans le projet</translation>
    </message>
    <message>
        <source>list or undo merges of customers into one person</source>
        <translation>lister ou annuler les fusions de clients en une seule personne</translation>
    </message>
    <message>
        <source>write the events as XES or CSV</source>
        <translation>écrire les événements en XES ou CSV</translation>
    </message>
    <message>
        <source>erase every trace of one customer</source>
        <translation>effacer toute trace d&apos;un client</translation>
    </message>
    <message>
        <source>write a demo clickstream CSV (seeded)</source>
        <translation>écrire un CSV de clickstream de démonstration (avec graine)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Écrire un seul document JSON sur stdout.</translation>
    </message>
    <message>
        <source>journeyscope-cli %1: missing arguments (see --help)</source>
        <translation>journeyscope-cli %1&#xa0;: arguments manquants (voir --help)</translation>
    </message>
    <message>
        <source>Usage: journeyscope-cli COMMAND [options]

Customer-journey mapping driven by data: import exports into a project file and analyse them.

Commands:
</source>
        <translation>Utilisation&#xa0;: journeyscope-cli COMMAND [options]

Cartographie du parcours client pilotée par les données&#xa0;: importez des exports dans un fichier de projet et analysez-les.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run journeyscope-cli COMMAND --help for a command&apos;s options; --version for the version.
</source>
        <translation>
Lancez journeyscope-cli COMMAND --help pour les options d&apos;une commande&#xa0;; --version pour la version.
</translation>
    </message>
    <message>
        <source>journeyscope-cli: unknown command &quot;%1&quot; (see --help)</source>
        <translation>journeyscope-cli&#xa0;: commande «&#xa0;%1&#xa0;» inconnue (voir --help)</translation>
    </message>
    <message>
        <source>a project whose events stay in a PostgreSQL-compatible database</source>
        <translation>un projet dont les événements restent dans une base de données compatible PostgreSQL</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::analysis</name>
    <message>
        <source>expected a date such as 2025-03-01 or 2025-03-01T10:00:00Z, found &quot;%1&quot;</source>
        <translation>date attendue, telle que 2025-03-01 ou 2025-03-01T10:00:00Z, au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation>ATTRIBUTE=VALUE[,VALUE...] attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>pas de persona %1&#xa0;; `personas PROJECT` les liste</translation>
    </message>
    <message>
        <source>Only events at or after this time (UTC).</source>
        <translation>Uniquement les événements à cette date ou après (UTC).</translation>
    </message>
    <message>
        <source>Only events before this time (UTC).</source>
        <translation>Uniquement les événements antérieurs à cette date (UTC).</translation>
    </message>
    <message>
        <source>Only events of these channels (comma-separated).</source>
        <translation>Uniquement les événements de ces canaux (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only customers with an event at this touchpoint (repeatable).</source>
        <translation>Uniquement les clients ayant un événement à ce point de contact (répétable).</translation>
    </message>
    <message>
        <source>Only customers with an event in this stage (repeatable).</source>
        <translation>Uniquement les clients ayant un événement dans cette étape (répétable).</translation>
    </message>
    <message>
        <source>Only customers whose attribute has one of these values (repeatable).</source>
        <translation>Uniquement les clients dont l&apos;attribut a l&apos;une de ces valeurs (répétable).</translation>
    </message>
    <message>
        <source>Only the customers of an RFM segment, e.g. &quot;rfm:Champions&quot;.</source>
        <translation>Uniquement les clients d&apos;un segment RFM, p. ex. &quot;rfm:Champions&quot;.</translation>
    </message>
    <message>
        <source>Only the customers of a persona&apos;s segment (see personas).</source>
        <translation>Uniquement les clients du segment d&apos;un persona (voir personas).</translation>
    </message>
    <message>
        <source>A journey is all of a customer&apos;s events, or one session.</source>
        <translation>Un parcours correspond à tous les événements d&apos;un client, ou à une session.</translation>
    </message>
    <message>
        <source>Touchpoints that count as success (comma-separated).</source>
        <translation>Points de contact qui comptent comme un succès (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation>Délai pour atteindre l&apos;objectif depuis le début d&apos;un parcours (30d par défaut), ou none.</translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation>Succès défini plutôt par un attribut client&#xa0;: ATTRIBUTE (true, yes ou 1) ou ATTRIBUTE=VALUE,...</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;; the channels are %2</source>
        <translation>pas de canal «&#xa0;%1&#xa0;»&#xa0;; les canaux sont %2</translation>
    </message>
    <message>
        <source>expected customer or session, found &quot;%1&quot;</source>
        <translation>customer ou session attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>durée telle que 30d ou 12h, ou none, attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no goal: give --goal TOUCHPOINTS or --outcome, or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation>pas d&apos;objectif&#xa0;: indiquez --goal TOUCHPOINTS ou --outcome, ou définissez l&apos;objectif du projet (goal PROJECT --set)</translation>
    </message>
    <message>
        <source>expected ATTRIBUTE or ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation>ATTRIBUTE ou ATTRIBUTE=VALUE[,VALUE...] attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;; did you mean %2?</source>
        <translation>pas de point de contact «&#xa0;%1&#xa0;»&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::attribute</name>
    <message>
        <source>Shares the conversions out among the channels (or touchpoints) before them: first touch, last touch, linear, and the Markov chain removal effect.</source>
        <translation>Répartit les conversions entre les canaux (ou points de contact) qui les précèdent&#xa0;: premier contact, dernier contact, linéaire, et effet de retrait de la chaîne de Markov.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>What gets credit.</source>
        <translation>Ce qui est crédité.</translation>
    </message>
    <message>
        <source>Markov order: a state is the last 1 to 3 touches (default 1).</source>
        <translation>Ordre de Markov&#xa0;: un état correspond aux 1 à 3 derniers contacts (1 par défaut).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Écrire au format CSV.</translation>
    </message>
    <message>
        <source>expected channel or touchpoint, found &quot;%1&quot;</source>
        <translation>channel ou touchpoint attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation>1, 2 ou 3 attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>attribution needs a goal touchpoint: give --goal TOUCHPOINTS or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation>l&apos;attribution nécessite un point de contact objectif&#xa0;: indiquez --goal TOUCHPOINTS ou définissez l&apos;objectif du projet (goal PROJECT --set)</translation>
    </message>
    <message>
        <source>%L1 conversions of %L2 paths; Markov chain of order %3, %L4 states
</source>
        <translation>%L1 conversions sur %L2 chemins&#xa0;; chaîne de Markov d&apos;ordre %3, %L4 états
</translation>
    </message>
    <message>
        <source>markov  first   last    linear  removal  name
</source>
        <translation>markov  premier dernier linéaire retrait nom
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::connect</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>Creates a project whose events stay in a table of a PostgreSQL-compatible database; the analyses run there as SQL and only their counts travel. The password comes from PGPASSWORD or ~/.pgpass, never from the project.</source>
        <translation>Crée un projet dont les événements restent dans une table d’une base de données compatible PostgreSQL ; les analyses s’y exécutent en SQL et seuls leurs décomptes transitent. Le mot de passe vient de PGPASSWORD ou de ~/.pgpass, jamais du projet.</translation>
    </message>
    <message>
        <source>The project file to create (*.journey).</source>
        <translation>Le fichier projet à créer (*.journey).</translation>
    </message>
    <message>
        <source>The database, e.g. postgresql://analyst@127.0.0.1:5432/shop.</source>
        <translation>La base de données, par ex. postgresql://analyst@127.0.0.1:5432/shop.</translation>
    </message>
    <message>
        <source>The table of events (SCHEMA.TABLE).</source>
        <translation>La table des événements (SCHÉMA.TABLE).</translation>
    </message>
    <message>
        <source>The column of customer ids.</source>
        <translation>La colonne des identifiants clients.</translation>
    </message>
    <message>
        <source>The column of event times (timestamp, date, or milliseconds).</source>
        <translation>La colonne des heures des événements (timestamp, date ou millisecondes).</translation>
    </message>
    <message>
        <source>The column of event names (touchpoints).</source>
        <translation>La colonne des noms d’événements (points de contact).</translation>
    </message>
    <message>
        <source>The column of channels (optional).</source>
        <translation>La colonne des canaux (facultative).</translation>
    </message>
    <message>
        <source>The column of event values (optional).</source>
        <translation>La colonne des valeurs des événements (facultative).</translation>
    </message>
    <message>
        <source>The column of session ids (optional; else cut by --session-gap).</source>
        <translation>La colonne des identifiants de session (facultative ; sinon découpées selon --session-gap).</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation>Inactivité qui ouvre une nouvelle session (30m par défaut).</translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation>durée attendue, par exemple 30m, 90s, 1h ou 2d ; trouvé « %1 »</translation>
    </message>
    <message>
        <source>Connected to %1: %L2 events of %L3 customers, %L4 touchpoints, %L5 channels.
</source>
        <translation>Connecté à %1 : %L2 événements de %L3 clients, %L4 points de contact, %L5 canaux.
</translation>
    </message>
    <message>
        <source>A table of customers whose other columns are their attributes (optional; SCHEMA.TABLE).</source>
        <translation>Une table de clients dont les autres colonnes sont leurs attributs (facultatif ; SCHEMA.TABLE).</translation>
    </message>
    <message>
        <source>The column of the customers table that holds the ids of --customer (default: the same name).</source>
        <translation>La colonne de la table de clients qui contient les identifiants de --customer (par défaut : le même nom).</translation>
    </message>
    <message>
        <source>needs --customers-table</source>
        <translation>nécessite --customers-table</translation>
    </message>
    <message>
        <source>Customer attributes: %1.
</source>
        <translation>Attributs clients : %1.
</translation>
    </message>
    <message>
        <source>Refreshed from %1: %L2 events of %L3 customers.
</source>
        <translation>Actualisé depuis %1 : %L2 événements de %L3 clients.
</translation>
    </message>
    <message>
        <source>No new touchpoints.
</source>
        <translation>Aucun nouveau point de contact.
</translation>
    </message>
    <message>
        <source>New touchpoints (in no stage yet): %1.
</source>
        <translation>Nouveaux points de contact (dans aucune étape pour l’instant) : %1.
</translation>
    </message>
    <message>
        <source>New channels: %1.
</source>
        <translation>Nouveaux canaux : %1.
</translation>
    </message>
    <message>
        <source>Take in what the table gained since PROJECT was connected (new touchpoints and channels, the customers table&apos;s columns); no URI or columns needed.</source>
        <translation>Intègre ce que la table a gagné depuis la connexion de PROJECT (nouveaux points de contact et canaux, colonnes de la table de clients) ; ni URI ni colonnes nécessaires.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::correlate</name>
    <message>
        <source>Which touchpoints and customer attributes go with converting: the odds ratio of converting between the customers who did something and those who did not.</source>
        <translation>Quels points de contact et attributs clients vont de pair avec la conversion&#xa0;: le rapport de cotes de conversion entre les clients qui ont fait quelque chose et ceux qui ne l&apos;ont pas fait.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Customer attributes to compare (comma-separated; default: those with at most 20 values).</source>
        <translation>Attributs clients à comparer (séparés par des virgules&#xa0;; par défaut&#xa0;: ceux qui ont au plus 20 valeurs).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Écrire au format CSV.</translation>
    </message>
    <message>
        <source>%L1 closed journeys, %L2 converted; listed: what at least %L3 did and %L3 did not
</source>
        <translation>%L1 parcours clos, %L2 convertis&#xa0;; listés&#xa0;: ce qu&apos;au moins %L3 ont fait et %L3 n&apos;ont pas fait
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::erase</name>
    <message>
        <source>Erases every trace of one customer (a right-to-erasure request): their events, sessions, identities, consent and scores, and the customers merged with them. Models trained on their data are flagged for retraining, the erasure is recorded in the project&apos;s audit log (without naming them), and the file is vacuumed so the bytes are gone.</source>
        <translation>Efface toute trace d&apos;un client (demande de droit à l&apos;effacement)&#xa0;: ses événements, sessions, identités, consentements et scores, ainsi que les clients fusionnés avec lui. Les modèles entraînés sur ses données sont signalés pour réentraînement, l&apos;effacement est consigné dans le journal d&apos;audit du projet (sans nommer le client) et le fichier est compacté pour que les octets disparaissent.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>The customer id as in the imported files, or as score --out writes it.</source>
        <translation>L&apos;identifiant client tel qu&apos;il figure dans les fichiers importés, ou tel que score --out l&apos;écrit.</translation>
    </message>
    <message>
        <source>Erased %L1 customer records with %L2 events, %L3 sessions, %L4 identities, %L5 consent statements and %L6 scores.</source>
        <translation>%L1 fiches clients effacées avec %L2 événements, %L3 sessions, %L4 identités, %L5 déclarations de consentement et %L6 scores.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) to train again (see models).</source>
        <translation>
            <numerusform>%n modèle à réentraîner (voir models).</numerusform>
            <numerusform>%n modèles à réentraîner (voir models).</numerusform>
        </translation>
    </message>
    <message>
        <source>No erasures recorded in this project.</source>
        <translation>Aucun effacement enregistré dans ce projet.</translation>
    </message>
    <message>
        <source>%1  %2: customer records %L3, events %L4, sessions %L5, identities %L6, consent statements %L7, scores %L8; models flagged for retraining %L9</source>
        <translation>%1  %2 : fiches clients %L3, événements %L4, sessions %L5, identités %L6, consentements %L7, scores %L8 ; modèles marqués à réentraîner %L9</translation>
    </message>
    <message>
        <source>Erase no one: list the erasures recorded in the project&apos;s audit log.</source>
        <translation>N’effacer personne : lister les effacements enregistrés dans le journal d’audit du projet.</translation>
    </message>
    <message>
        <source>lists the erasures and erases no one: leave out CUSTOMER</source>
        <translation>liste les effacements et n’efface personne : omettez CUSTOMER</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::experiment</name>
    <message>
        <source>Reads out an experiment: conversion per group of a customer column (variant, control, hold-out) with 95 % intervals, and each group&apos;s lift over the control group with its significance.</source>
        <translation>Analyse une expérience&#xa0;: conversion par groupe d&apos;une colonne client (variante, contrôle, témoin) avec intervalles à 95&#xa0;%, et lift de chaque groupe par rapport au groupe de contrôle, avec sa significativité.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>The customer column that says each customer&apos;s group.</source>
        <translation>La colonne client qui indique le groupe de chaque client.</translation>
    </message>
    <message>
        <source>The control group (default control).</source>
        <translation>Le groupe de contrôle (control par défaut).</translation>
    </message>
    <message>
        <source>journeyscope-cli experiment: missing --assignment (see --help)</source>
        <translation>journeyscope-cli experiment&#xa0;: --assignment manquant (voir --help)</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 converted, %4 (95 % %5 to %6)%7
</source>
        <translation>%1&#xa0;: %L2 sur %L3 convertis, %4 (IC 95&#xa0;%&#xa0;: %5 à %6)%7
</translation>
    </message>
    <message>
        <source>; %L1 still open</source>
        <translation>; %L1 encore en cours</translation>
    </message>
    <message>
        <source>%1 against %2: %3 points (95 % %4 to %5), %6 relative; p = %7, %8
</source>
        <translation>%1 contre %2&#xa0;: %3 points (IC 95&#xa0;%&#xa0;: %4 à %5), %6 en relatif&#xa0;; p = %7, %8
</translation>
    </message>
    <message>
        <source>significant at 5 %</source>
        <translation>significatif au seuil de 5&#xa0;%</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::explain</name>
    <message>
        <source>no customer &quot;%1&quot; (use the id score --out writes)</source>
        <translation>pas de client «&#xa0;%1&#xa0;» (utilisez l&apos;identifiant qu&apos;écrit score --out)</translation>
    </message>
    <message>
        <source>%1, on its held-out data:
</source>
        <translation>%1, sur ses données de test&#xa0;:
</translation>
    </message>
    <message>
        <source>what drives it (mean |SHAP|, log odds):
</source>
        <translation>facteurs (|SHAP| moyen, log-odds)&#xa0;:
</translation>
    </message>
    <message>
        <source>by stage:
</source>
        <translation>par étape&#xa0;:
</translation>
    </message>
    <message>
        <source>by last touchpoint (the 10 with most journeys):
</source>
        <translation>par dernier point de contact (les 10 ayant le plus de parcours)&#xa0;:
</translation>
    </message>
    <message>
        <source>What drives a stored model: importance, and for a drop-off model the predicted risk and its drivers per stage and touchpoint; with --customer, why one customer scores as they do.</source>
        <translation>Ce qui détermine un modèle enregistré&#xa0;: l&apos;importance des variables et, pour un modèle d&apos;abandon, le risque prédit et ses facteurs par étape et par point de contact&#xa0;; avec --customer, pourquoi un client obtient son score.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Explain this customer&apos;s score (the id score --out writes).</source>
        <translation>Expliquer le score de ce client (l&apos;identifiant qu&apos;écrit score --out).</translation>
    </message>
    <message>
        <source>With --customer and a drop-off model: the journey as it stood at this date (default: the end of the data).</source>
        <translation>Avec --customer et un modèle d&apos;abandon&#xa0;: le parcours tel qu&apos;il était à cette date (par défaut&#xa0;: la fin des données).</translation>
    </message>
    <message>
        <source>%1: %2 % under %3
</source>
        <translation>%1&#xa0;: %2&#xa0;% selon le %3
</translation>
    </message>
    <message>
        <source>  %1 (+%2 log odds)
</source>
        <translation>  %1 (+%2 log-odds)
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::export</name>
    <message>
        <source>Writes the project&apos;s events, one trace per person, as an XES event log (for process-mining tools) or as CSV; people without analytics consent are left out. With --view, draws a view as PDF, PNG or SVG instead.</source>
        <translation>Écrit les événements du projet, une trace par personne, sous forme de journal d&apos;événements XES (pour les outils de process mining) ou de CSV&#xa0;; les personnes sans consentement analytique sont exclues. Avec --view, dessine plutôt une vue en PDF, PNG ou SVG.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>The file to write; a name ending in .gz is compressed.</source>
        <translation>Le fichier à écrire&#xa0;; un nom se terminant par .gz est compressé.</translation>
    </message>
    <message>
        <source>journeyscope-cli export: missing --output FILE (see --help)</source>
        <translation>journeyscope-cli export&#xa0;: --output FILE manquant (voir --help)</translation>
    </message>
    <message>
        <source>journeyscope-cli export: --format must be xes or csv (see --help)</source>
        <translation>journeyscope-cli export&#xa0;: --format doit valoir xes ou csv (voir --help)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3%4</source>
        <translation>%L1 événements de %L2 clients écrits dans %3%4</translation>
    </message>
    <message>
        <source> (%L1 customers left out for lack of consent)</source>
        <translation> (%L1 clients exclus faute de consentement)</translation>
    </message>
    <message>
        <source>expected dots per inch from 36 to 1200, found &quot;%1&quot;</source>
        <translation>points par pouce de 36 à 1200 attendus au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected light or dark, found &quot;%1&quot;</source>
        <translation>light ou dark attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the paths view needs an anchor: --from-touchpoint or --to-touchpoint</source>
        <translation>la vue des chemins nécessite une ancre&#xa0;: --from-touchpoint ou --to-touchpoint</translation>
    </message>
    <message>
        <source>the funnel view needs its steps, such as &quot;Product page,Cart&quot;</source>
        <translation>la vue de l&apos;entonnoir nécessite ses étapes, par exemple &quot;Product page,Cart&quot;</translation>
    </message>
    <message>
        <source>Draw a view instead of writing the events: %1.</source>
        <translation>Dessiner une vue au lieu d&apos;écrire les événements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 300).</source>
        <translation>Résolution d&apos;un PNG (300 par défaut).</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light (par défaut) ou dark.</translation>
    </message>
    <message>
        <source>The heatmap view: stages by channel (the default) or touchpoints by segment.</source>
        <translation>La vue de carte de chaleur&#xa0;: étapes par canal (par défaut) ou points de contact par segment.</translation>
    </message>
    <message>
        <source>The heatmap&apos;s segments: RFM (the default) or a customer attribute&apos;s values.</source>
        <translation>Les segments de la carte de chaleur&#xa0;: RFM (par défaut) ou les valeurs d&apos;un attribut client.</translation>
    </message>
    <message>
        <source>The paths view: where journeys go after this touchpoint.</source>
        <translation>La vue des chemins&#xa0;: où vont les parcours après ce point de contact.</translation>
    </message>
    <message>
        <source>The paths view: how journeys come to this touchpoint.</source>
        <translation>La vue des chemins&#xa0;: comment les parcours arrivent à ce point de contact.</translation>
    </message>
    <message>
        <source>The views of a pack, in order (default: %1; the funnel only with --steps).</source>
        <translation>Les vues d&apos;un pack, dans l&apos;ordre (par défaut&#xa0;: %1&#xa0;; l&apos;entonnoir seulement avec --steps).</translation>
    </message>
    <message>
        <source>The funnel view&apos;s steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation>Les étapes de la vue de l&apos;entonnoir, séparées par des virgules&#xa0;; une étape &quot;A|B&quot; est atteinte par l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>The funnel view per channel of the first step, or per value of a customer attribute.</source>
        <translation>La vue de l&apos;entonnoir par canal de la première étape, ou par valeur d&apos;un attribut client.</translation>
    </message>
    <message>
        <source>The graph view&apos;s colours: median time of the edges (the default) or friction of the nodes.</source>
        <translation>Les couleurs de la vue du graphe&#xa0;: temps médian des arcs (par défaut) ou friction des nœuds.</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>%1 attendu au lieu de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a pack is a PDF of several pages</source>
        <translation>un pack est un PDF de plusieurs pages</translation>
    </message>
    <message>
        <source>expected some of %1, found &quot;%2&quot;</source>
        <translation>une ou plusieurs valeurs parmi %1 attendues au lieu de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Drew the %1 to %2</source>
        <translation>Vues dessinées dans %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>xes or csv for the events; pdf, png or svg for a view (default: what the output&apos;s name ends in).</source>
        <translation>xes ou csv pour les événements ; pdf, png ou svg pour une vue (par défaut : l’extension du nom de sortie).</translation>
    </message>
    <message>
        <source>expected time or friction, found &quot;%1&quot;</source>
        <translation>time ou friction attendu au lieu de « %1 »</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::friction</name>
    <message>
        <source>score  exit    loop    backtrack  dwell    %1%2
</source>
        <translation>score  sortie  boucle  retour     durée    %1%2
</translation>
    </message>
    <message>
        <source>drop-off  </source>
        <translation>abandon   </translation>
    </message>
    <message>
        <source>%L1 journeys: %L2 converted, %L3 dropped off, %L4 open
</source>
        <translation>%L1 parcours&#xa0;: %L2 convertis, %L3 abandonnés, %L4 en cours
</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>point de contact</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>dwell: median time to the next event against the overall median (%1); units reached by fewer than %L2 journeys get no score
</source>
        <translation>durée&#xa0;: temps médian jusqu&apos;à l&apos;événement suivant, comparé à la médiane globale (%1)&#xa0;; les unités atteintes par moins de %L2 parcours n&apos;ont pas de score
</translation>
    </message>
    <message>
        <source>expected four numbers E,L,B,D of 0 or more, not all 0, such as 0.4,0.2,0.2,0.2; found &quot;%1&quot;</source>
        <translation>quatre nombres E,L,B,D (supérieurs ou égaux à 0, pas tous nuls) attendus, par exemple 0.4,0.2,0.2,0.2, au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Where journeys struggle: exits without the goal, loops, repeats, backtracks and slow steps per touchpoint, stage and channel, with a friction score from 0 to 1.</source>
        <translation>Où les parcours rencontrent des difficultés&#xa0;: sorties sans l&apos;objectif, boucles, répétitions, retours en arrière et étapes lentes par point de contact, étape et canal, avec un score de friction de 0 à 1.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>A heatmap table instead: stages by channel, or touchpoints by segment (see --segment-by).</source>
        <translation>Un tableau de carte de chaleur à la place&#xa0;: étapes par canal, ou points de contact par segment (voir --segment-by).</translation>
    </message>
    <message>
        <source>The segments of touchpoint-segment: RFM, or a customer attribute&apos;s values.</source>
        <translation>Les segments de touchpoint-segment&#xa0;: RFM, ou les valeurs d&apos;un attribut client.</translation>
    </message>
    <message>
        <source>Fewer journeys than this give no score (default 20).</source>
        <translation>En dessous de ce nombre de parcours, pas de score (20 par défaut).</translation>
    </message>
    <message>
        <source>The score&apos;s weights of exit, loop, backtrack and dwell (default 0.4,0.2,0.2,0.2).</source>
        <translation>Les poids du score pour la sortie, la boucle, le retour en arrière et la durée (0.4,0.2,0.2,0.2 par défaut).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Écrire au format CSV.</translation>
    </message>
    <message>
        <source>expected a number of journeys of 1 or more, found &quot;%1&quot;</source>
        <translation>nombre de parcours supérieur ou égal à 1 attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected stage-channel or touchpoint-segment, found &quot;%1&quot;</source>
        <translation>stage-channel ou touchpoint-segment attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::funnel</name>
    <message>
        <source>%L1 journeys
</source>
        <translation>%L1 parcours
</translation>
    </message>
    <message>
        <source>%1. %2  %L3  (%4 % of previous, %5 % of first; median %6 %7)
</source>
        <translation>%1. %2  %L3  (%4&#xa0;% de la précédente, %5&#xa0;% de la première&#xa0;; médiane %6 %7)
</translation>
    </message>
    <message>
        <source>from the journey&apos;s start</source>
        <translation>depuis le début du parcours</translation>
    </message>
    <message>
        <source>from the previous step</source>
        <translation>depuis l&apos;étape précédente</translation>
    </message>
    <message>
        <source>   dropped %L1: all left
</source>
        <translation>   abandons %L1&#xa0;: tous sont partis
</translation>
    </message>
    <message>
        <source>   dropped %L1: left %L2; went to %3
</source>
        <translation>   abandons %L1&#xa0;: %L2 partis&#xa0;; les autres vers %3
</translation>
    </message>
    <message>
        <source>How many journeys get through a sequence of touchpoints, and where the others go.</source>
        <translation>Combien de parcours franchissent une séquence de points de contact, et où vont les autres.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>The steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation>Les étapes, séparées par des virgules&#xa0;; une étape &quot;A|B&quot; est atteinte par l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>ordered (others may come between), strict (directly followed) or any.</source>
        <translation>ordered (d&apos;autres peuvent s&apos;intercaler), strict (suivies directement) ou any.</translation>
    </message>
    <message>
        <source>Time from the first step to reach the others (default 30d), or none.</source>
        <translation>Délai depuis la première étape pour atteindre les autres (30d par défaut), ou none.</translation>
    </message>
    <message>
        <source>A funnel per channel of the first step, or per value of a customer attribute.</source>
        <translation>Un entonnoir par canal de la première étape, ou par valeur d&apos;un attribut client.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Écrire au format CSV.</translation>
    </message>
    <message>
        <source>journeyscope-cli funnel: missing --steps (see --help)</source>
        <translation>journeyscope-cli funnel&#xa0;: --steps manquant (voir --help)</translation>
    </message>
    <message>
        <source>expected ordered, strict or any, found &quot;%1&quot;</source>
        <translation>ordered, strict ou any attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>durée telle que 30d ou 12h, ou none, attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::generate</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation>nombre entier positif attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Writes a realistic multi-channel clickstream (web, app, email, social, call centre, store) as CSV. The same options always give the same bytes.</source>
        <translation>Écrit un clickstream multicanal réaliste (web, app, email, social, call centre, store) au format CSV. Les mêmes options donnent toujours les mêmes octets.</translation>
    </message>
    <message>
        <source>The CSV file to write (- for standard output).</source>
        <translation>Le fichier CSV à écrire (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation>Nombre de clients (2000 par défaut).</translation>
    </message>
    <message>
        <source>Stop after this many events (default: every journey to its end).</source>
        <translation>S&apos;arrêter après ce nombre d&apos;événements (par défaut&#xa0;: chaque parcours jusqu&apos;à son terme).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>journeyscope-cli generate: missing --output FILE (see --help)</source>
        <translation>journeyscope-cli generate&#xa0;: --output FILE manquant (voir --help)</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3</source>
        <translation>%L1 événements de %L2 clients écrits dans %3</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::goal</name>
    <message>
        <source>Shows or sets the project&apos;s goal: the touchpoints that count as success, within a window from a journey&apos;s start, or a customer attribute (a CRM outcome column). Analyses use it unless given --goal or --outcome.</source>
        <translation>Affiche ou définit l&apos;objectif du projet&#xa0;: les points de contact qui comptent comme un succès, dans une fenêtre depuis le début d&apos;un parcours, ou un attribut client (une colonne de résultat du CRM). Les analyses l&apos;utilisent sauf si --goal ou --outcome est indiqué.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>The goal&apos;s touchpoints, comma-separated.</source>
        <translation>Les points de contact de l&apos;objectif, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation>Délai pour atteindre l&apos;objectif depuis le début d&apos;un parcours (30d par défaut), ou none.</translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation>Succès défini plutôt par un attribut client&#xa0;: ATTRIBUTE (true, yes ou 1) ou ATTRIBUTE=VALUE,...</translation>
    </message>
    <message>
        <source>give either --set or --outcome, not both</source>
        <translation>indiquez --set ou --outcome, pas les deux</translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation>durée telle que 30d ou 12h, ou none, attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No goal set: goal PROJECT --set TOUCHPOINTS, or --outcome ATTRIBUTE</source>
        <translation>Aucun objectif défini&#xa0;: goal PROJECT --set TOUCHPOINTS, ou --outcome ATTRIBUTE</translation>
    </message>
    <message>
        <source>customers whose %1 is %2</source>
        <translation>clients dont %1 vaut %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 within %2 of a journey&apos;s start</source>
        <translation>%1, délai depuis le début d&apos;un parcours&#xa0;: %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>illimité</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::graph</name>
    <message>
        <source>%L1 journeys of %L2 customers, %L3 events
</source>
        <translation>%L1 parcours de %L2 clients, %L3 événements
</translation>
    </message>
    <message>
        <source>  median %1</source>
        <translation>  médiane %1</translation>
    </message>
    <message>
        <source>simplified: %1 % of events and %2 % of transitions hidden
</source>
        <translation>simplifié&#xa0;: %1&#xa0;% des événements et %2&#xa0;% des transitions masqués
</translation>
    </message>
    <message>
        <source>The directly-follows graph of the journeys: which touchpoint (or stage) follows which, how often, by how many customers, how long after.</source>
        <translation>Le graphe de succession directe des parcours&#xa0;: quel point de contact (ou étape) suit lequel, à quelle fréquence, pour combien de clients et après combien de temps.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Print Graphviz DOT.</source>
        <translation>Écrire au format Graphviz DOT.</translation>
    </message>
    <message>
        <source>Print the edges as CSV.</source>
        <translation>Écrire les arcs au format CSV.</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation>part comprise entre 0 et 1 attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nodes are touchpoints or stages.</source>
        <translation>Les nœuds sont des points de contact ou des étapes.</translation>
    </message>
    <message>
        <source>Share of nodes to keep, by events (0 to 1; default 1).</source>
        <translation>Part des nœuds à conserver, selon les événements (0 à 1&#xa0;; 1 par défaut).</translation>
    </message>
    <message>
        <source>Share of edges to keep, by count (0 to 1; default 1); kept nodes stay connected.</source>
        <translation>Part des arcs à conserver, selon leur effectif (0 à 1&#xa0;; 1 par défaut)&#xa0;; les nœuds conservés restent connectés.</translation>
    </message>
    <message>
        <source>expected touchpoint or stage, found &quot;%1&quot;</source>
        <translation>touchpoint ou stage attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::import</name>
    <message>
        <source>expected COLUMN=ROLE with a role such as customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore; found &quot;%1&quot;</source>
        <translation>COLUMN=ROLE attendu, avec un rôle tel que customer, time, event, channel, value, session, device, email, phone, name, ip, attribute ou ignore, au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected one character, &quot;tab&quot; or &quot;whitespace&quot;, found &quot;%1&quot;</source>
        <translation>un caractère, &quot;tab&quot; ou &quot;whitespace&quot; attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation>durée telle que 30m, 90s, 1h ou 2d attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected stop or skip, found &quot;%1&quot;</source>
        <translation>stop ou skip attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected csv, jsonl, xes or table, found &quot;%1&quot;</source>
        <translation>csv, jsonl, xes ou table attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected COLUMN=EVENT NAME, found &quot;%1&quot;</source>
        <translation>COLUMN=EVENT NAME attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>Watching %1 for new files; Ctrl+C stops.</source>
        <translation>Surveillance de %1 pour de nouveaux fichiers&#xa0;; Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Imports clickstream CSV files into PROJECT (created when missing) as one transaction: all files are imported, or none.</source>
        <translation>Importe des fichiers CSV de clickstream dans PROJECT (créé s&apos;il n&apos;existe pas) en une seule transaction&#xa0;: tous les fichiers sont importés, ou aucun.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Fichiers à importer.</translation>
    </message>
    <message>
        <source>The %1 column (name, or #number counting from 1).</source>
        <translation>La colonne pour %1 (nom, ou #numéro en comptant à partir de 1).</translation>
    </message>
    <message>
        <source>Give COLUMN a role: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore. Repeatable.</source>
        <translation>Attribuer un rôle à COLUMN&#xa0;: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute ou ignore. Répétable.</translation>
    </message>
    <message>
        <source>How times are written: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd, or a pattern such as &quot;%d.%m.%Y %H:%M&quot;.</source>
        <translation>Comment les dates sont écrites&#xa0;: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd, ou un motif tel que &quot;%d.%m.%Y %H:%M&quot;.</translation>
    </message>
    <message>
        <source>The field delimiter (default: detected among , ; tab |).</source>
        <translation>Le délimiteur de champs (par défaut&#xa0;: détecté parmi ,&#xa0;; tab |).</translation>
    </message>
    <message>
        <source>Read column roles and formats from a mapping file.</source>
        <translation>Lire les rôles et formats des colonnes depuis un fichier de correspondance.</translation>
    </message>
    <message>
        <source>Write the first file&apos;s column roles and formats to a mapping file.</source>
        <translation>Écrire les rôles et formats des colonnes du premier fichier dans un fichier de correspondance.</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation>Inactivité qui démarre une nouvelle session (30m par défaut).</translation>
    </message>
    <message>
        <source>On a row with a wrong value: stop (default; nothing is imported) or skip (the row is recorded in the import report).</source>
        <translation>Sur une ligne avec une valeur incorrecte&#xa0;: stop (par défaut&#xa0;; rien n&apos;est importé) ou skip (la ligne est consignée dans le rapport d&apos;importation).</translation>
    </message>
    <message>
        <source>Keep customer keys and personal data as they are instead of pseudonymising them (only when creating the project).</source>
        <translation>Conserver tels quels les clés clients et les données personnelles au lieu de les pseudonymiser (uniquement à la création du projet).</translation>
    </message>
    <message>
        <source>Import a file even if the same data was imported before.</source>
        <translation>Importer un fichier même si les mêmes données ont déjà été importées.</translation>
    </message>
    <message>
        <source>Input format: csv (events, or an activity table whose date columns are events), jsonl, xes, or table (a customer table without events). Default: from each file&apos;s content.</source>
        <translation>Format d&apos;entrée&#xa0;: csv (événements, ou tableau d&apos;activité dont les colonnes de date sont des événements), jsonl, xes ou table (table de clients sans événements). Par défaut&#xa0;: selon le contenu de chaque fichier.</translation>
    </message>
    <message>
        <source>After the files given (if any), import every new file that appears in DIR, each in a transaction of its own, until Ctrl+C. With --json, one JSON object a line per file.</source>
        <translation>Après les fichiers indiqués (s&apos;il y en a), importer chaque nouveau fichier qui apparaît dans DIR, chacun dans sa propre transaction, jusqu&apos;à Ctrl+C. Avec --json, un objet JSON par ligne et par fichier.</translation>
    </message>
    <message>
        <source>In an activity table, the event a date column marks, e.g. &quot;created_date=Deal created&quot;. Repeatable.</source>
        <translation>Dans un tableau d&apos;activité, l&apos;événement que marque une colonne de date, p. ex. &quot;created_date=Deal created&quot;. Répétable.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::info</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>%1 customer records found to be the same person as another</source>
        <translation>%1 fiches clients identifiées comme la même personne qu&apos;une autre</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>%1 customers kept out of analyses and exports</source>
        <translation>%1 clients exclus des analyses et des exportations</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>  %1: %2 rows, %3 imported, %4 skipped, on %5
</source>
        <translation>  %1&#xa0;: %2 lignes, %3 importées, %4 ignorées, le %5
</translation>
    </message>
    <message>
        <source>Shows what a project holds.</source>
        <translation>Affiche le contenu d&apos;un projet.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Warehouse:    table %1 at %2
</source>
        <translation>Entrepôt :    table %1 sur %2
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::merges</name>
    <message>
        <source>Lists the links that merged customers into one person (a shared email, phone or id), or undoes one.</source>
        <translation>Liste les liens qui ont fusionné des clients en une seule personne (e-mail, téléphone ou identifiant partagé), ou en annule un.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Undo link ID: its two customers part unless other links join them.</source>
        <translation>Annuler le lien ID&#xa0;: ses deux clients sont séparés, sauf si d&apos;autres liens les relient.</translation>
    </message>
    <message>
        <source>expected a link id</source>
        <translation>identifiant de lien attendu</translation>
    </message>
    <message>
        <source>No customers were merged.</source>
        <translation>Aucun client n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>%1  %2 = %3 by %4, from %5 on %6%7</source>
        <translation>%1  %2 = %3 par %4, source %5, le %6%7</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::model</name>
    <message>
        <source>The stored model to use (see models); default: the newest.</source>
        <translation>Le modèle enregistré à utiliser (voir models)&#xa0;; par défaut&#xa0;: le plus récent.</translation>
    </message>
    <message>
        <source>no model &quot;%1&quot; in the project (see models)</source>
        <translation>pas de modèle «&#xa0;%1&#xa0;» dans le projet (voir models)</translation>
    </message>
    <message>
        <source>no model yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one</source>
        <translation>pas encore de modèle&#xa0;: train PROJECT [--goal TOUCHPOINT | --label COLUMN] en entraîne un</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::next</name>
    <message>
        <source>How well the next touchpoint of a journey can be predicted (a Markov model of the last touchpoints with back-off, or XGBoost on the journey so far), under the protocol of Tax et al. (2017): journeys by their first event, the first two thirds learnt, every prefix of the rest predicted.</source>
        <translation>Dans quelle mesure le prochain point de contact d&apos;un parcours peut être prédit (un modèle de Markov des derniers points de contact avec repli, ou XGBoost sur le parcours jusque-là), selon le protocole de Tax et al. (2017)&#xa0;: parcours triés par premier événement, apprentissage sur les deux premiers tiers, prédiction de chaque préfixe du reste.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>markov (the default) or xgboost (a multi-class model on the features of the journey so far).</source>
        <translation>markov (par défaut) ou xgboost (un modèle multiclasse sur les variables du parcours jusque-là).</translation>
    </message>
    <message>
        <source>How many last touchpoints the prediction looks at, 1 to 3 (default 2).</source>
        <translation>Nombre de derniers points de contact pris en compte par la prédiction, de 1 à 3 (2 par défaut).</translation>
    </message>
    <message>
        <source>Predict the end of a journey too, as one more outcome.</source>
        <translation>Prédire aussi la fin d&apos;un parcours, comme un résultat supplémentaire.</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation>1, 2 ou 3 attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected markov or xgboost, found &quot;%1&quot;</source>
        <translation>markov ou xgboost attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>next touchpoint, %1%2: top-1 %3 %, top-3 %4 % over %L5 prefixes of %L6 test journeys (%L7 learnt)</source>
        <translation>point de contact suivant, %1%2&#xa0;: top-1 %3&#xa0;%, top-3 %4&#xa0;% sur %L5 préfixes de %L6 parcours de test (%L7 appris)</translation>
    </message>
    <message>
        <source>Markov order %1</source>
        <translation>Markov d&apos;ordre %1</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source> with the end</source>
        <translation> avec la fin</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::notes</name>
    <message>
        <source>The notes on the journey map: pain points and opportunities per stage, and an emotion per stage set by hand where the data has no CSAT, NPS or sentiment column. Lists them, or adds and deletes some (in one transaction).</source>
        <translation>Les notes sur la carte du parcours&#xa0;: points de douleur et opportunités par étape, et une émotion par étape définie à la main lorsque les données n&apos;ont pas de colonne CSAT, NPS ou de sentiment. Les liste, ou en ajoute et en supprime (en une seule transaction).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Add &quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; or &quot;STAGE:emotion=-2..2&quot; (repeatable; an emotion replaces the stage&apos;s).</source>
        <translation>Ajouter &quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; ou &quot;STAGE:emotion=-2..2&quot; (répétable&#xa0;; une émotion remplace celle de l&apos;étape).</translation>
    </message>
    <message>
        <source>Delete the note with this id (repeatable).</source>
        <translation>Supprimer la note portant cet identifiant (répétable).</translation>
    </message>
    <message>
        <source>expected a note id, found &quot;%1&quot;</source>
        <translation>identifiant de note attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No notes on the map yet: notes PROJECT --add &quot;Purchase:pain=...&quot; adds one.</source>
        <translation>Aucune note sur la carte pour l&apos;instant&#xa0;: notes PROJECT --add &quot;Purchase:pain=...&quot; en ajoute une.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::paths</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation>nombre entier positif attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The paths journeys take: the most common variants (whole sequences), the paths from or to a touchpoint (Sankey data), or where journeys are step by step.</source>
        <translation>Les chemins empruntés par les parcours&#xa0;: les variantes les plus courantes (séquences complètes), les chemins depuis ou vers un point de contact (données Sankey), ou la position des parcours étape par étape.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>How many variants to list (default 20).</source>
        <translation>Nombre de variantes à lister (20 par défaut).</translation>
    </message>
    <message>
        <source>Paths after this touchpoint&apos;s first occurrence.</source>
        <translation>Chemins après la première occurrence de ce point de contact.</translation>
    </message>
    <message>
        <source>Paths that lead to this touchpoint&apos;s first occurrence.</source>
        <translation>Chemins qui mènent à la première occurrence de ce point de contact.</translation>
    </message>
    <message>
        <source>Steps from or to the touchpoint (default 5).</source>
        <translation>Étapes depuis ou vers le point de contact (5 par défaut).</translation>
    </message>
    <message>
        <source>The share of journeys at each touchpoint at each of the first N steps.</source>
        <translation>La part des parcours à chaque point de contact pour chacune des N premières étapes.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Écrire au format CSV.</translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys have %3
</source>
        <translation>%L1 parcours sur %L2 contiennent %3
</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(terminé)</translation>
    </message>
    <message>
        <source>ended %1 %</source>
        <translation>terminés %1&#xa0;%</translation>
    </message>
    <message>
        <source>step %1: %2
</source>
        <translation>étape %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%L1 variants among %L2 journeys
</source>
        <translation>%L1 variantes parmi %L2 parcours
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::report</name>
    <message>
        <source>online shoppers: ROC-AUC of Revenue (stratified 80/20, seed 1)</source>
        <translation>online shoppers&#xa0;: ROC-AUC de Revenue (stratifié 80/20, graine 1)</translation>
    </message>
    <message>
        <source>published XGBoost 0.937 with oversampling; required at least 0.93</source>
        <translation>XGBoost publié 0.937 avec suréchantillonnage&#xa0;; au moins 0.93 requis</translation>
    </message>
    <message>
        <source>online shoppers: F1 at 0.5 on the held-out fifth</source>
        <translation>online shoppers&#xa0;: F1 à 0.5 sur le cinquième mis de côté</translation>
    </message>
    <message>
        <source>held-out LightGBM F1 0.655</source>
        <translation>LightGBM sur données mises de côté, F1 0.655</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <source>Tax et al. (2017), LSTM next activity accuracy 0.7123</source>
        <translation>Tax et al. (2017), exactitude LSTM sur la prochaine activité 0.7123</translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, Markov order 2</source>
        <translation>helpdesk&#xa0;: prochaine activité top-1, Markov d&apos;ordre 2</translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, XGBoost</source>
        <translation>helpdesk&#xa0;: prochaine activité top-1, XGBoost</translation>
    </message>
    <message>
        <source>closed form of the absorbing chain</source>
        <translation>forme close de la chaîne absorbante</translation>
    </message>
    <message>
        <source>Markov attribution: removal effect of %1 on a hand-built chain</source>
        <translation>attribution de Markov&#xa0;: effet de retrait de %1 sur une chaîne construite à la main</translation>
    </message>
    <message>
        <source>drop-off correlation: odds ratio of Reviews on a hand-built table</source>
        <translation>corrélation avec l&apos;abandon&#xa0;: rapport de cotes de Reviews sur une table construite à la main</translation>
    </message>
    <message>
        <source>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) by hand</source>
        <translation>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) à la main</translation>
    </message>
    <message>
        <source>Measures the models on public datasets and hand-built cases and prints each figure beside its published anchor or closed form: the online shoppers table, the helpdesk event log (Tax et al.&apos;s protocol), a Markov attribution chain and a correlation table.</source>
        <translation>Mesure les modèles sur des jeux de données publics et des cas construits à la main, et affiche chaque chiffre à côté de sa référence publiée ou de sa forme close&#xa0;: la table online shoppers, le journal d&apos;événements helpdesk (protocole de Tax et al.), une chaîne d&apos;attribution de Markov et une table de corrélation.</translation>
    </message>
    <message>
        <source>The folder holding online_shoppers_intention.csv and eventlogs/helpdesk_tax2017.csv.</source>
        <translation>Le dossier contenant online_shoppers_intention.csv et eventlogs/helpdesk_tax2017.csv.</translation>
    </message>
    <message>
        <source>give the folder of the datasets</source>
        <translation>indiquez le dossier des jeux de données</translation>
    </message>
    <message>
        <source>no folder &quot;%1&quot;</source>
        <translation>pas de dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
  %2   anchor %3 %4   %5
  (%6)
</source>
        <translation>%1
  %2   référence %3 %4   %5
  (%6)
</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>EN DESSOUS</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::risk</name>
    <message>
        <source>%1 (%2 on average)</source>
        <translation>%1 (%2 en moyenne)</translation>
    </message>
    <message>
        <source>  %1: %2 % predicted%3, %L4 journeys%5
</source>
        <translation>  %1&#xa0;: %2&#xa0;% prédit%3, %L4 parcours%5
</translation>
    </message>
    <message>
        <source> (%1 % observed)</source>
        <translation> (%1&#xa0;% observé)</translation>
    </message>
    <message>
        <source>; what drives it: %1</source>
        <translation>; facteurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::score</name>
    <message>
        <source>expected a share between 0 and 0.5, found &quot;%1&quot;</source>
        <translation>part comprise entre 0 et 0.5 attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a whole number above 0, found &quot;%1&quot;</source>
        <translation>nombre entier supérieur à 0 attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scores customers with a stored model (drop-off: the journeys still in flight; label: every customer), stores the scores with the model&apos;s id, and writes the highest-risk customers with their three strongest reasons and a hold-out flag (a fixed share of customers, by a hash of their id, kept out of a campaign to measure its lift).</source>
        <translation>Attribue un score aux clients avec un modèle enregistré (abandon&#xa0;: les parcours encore en cours&#xa0;; étiquette&#xa0;: tous les clients), enregistre les scores avec l&apos;identifiant du modèle, et écrit les clients les plus à risque avec leurs trois principales raisons et un indicateur de groupe témoin (une part fixe de clients, choisie par hachage de leur identifiant, tenue à l&apos;écart d&apos;une campagne pour en mesurer le lift).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Write the highest-risk customers to this CSV file.</source>
        <translation>Écrire les clients les plus à risque dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Drop-off models: score the journeys in flight at this date, from the events before it (default: the end of the data).</source>
        <translation>Modèles d&apos;abandon&#xa0;: évaluer les parcours en cours à cette date, à partir des événements antérieurs (par défaut&#xa0;: la fin des données).</translation>
    </message>
    <message>
        <source>Share of customers in the hold-out control group (default 0.1).</source>
        <translation>Part des clients dans le groupe témoin (0.1 par défaut).</translation>
    </message>
    <message>
        <source>scored %L1 customers with %2; %L3 in the hold-out group</source>
        <translation>%L1 clients évalués avec %2&#xa0;; %L3 dans le groupe témoin</translation>
    </message>
    <message>
        <source>highest: %1 at %2 %</source>
        <translation>le plus élevé&#xa0;: %1 à %2&#xa0;%</translation>
    </message>
    <message>
        <source>the %L1 highest written to %2</source>
        <translation>les %L1 plus élevés écrits dans %2</translation>
    </message>
    <message>
        <source>Warehouse projects: write every score into this table of the warehouse (schema.table), created when missing and replaced whole; the role needs to be allowed to write there.</source>
        <translation>Projets entrepôt : écrire chaque score dans cette table de l&apos;entrepôt (schéma.table), créée si elle manque et remplacée en entier ; le rôle doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>How many customers the CSV file lists, and how many get their reasons (default 1000).</source>
        <translation>Combien de clients le fichier CSV liste, et combien reçoivent leurs raisons (1000 par défaut).</translation>
    </message>
    <message>
        <source>writes scores into a table of the warehouse a project is connected to; this project&apos;s events were imported (the scores stay in it, and --out writes a CSV file)</source>
        <translation>écrit les scores dans une table de l&apos;entrepôt auquel un projet est connecté ; les événements de ce projet ont été importés (les scores y restent, et --out écrit un fichier CSV)</translation>
    </message>
    <message>
        <source>all %L1 written to the table %2, the %L3 highest with reasons</source>
        <translation>les %L1 écrits dans la table %2, les %L3 plus élevés avec leurs raisons</translation>
    </message>
    <message>
        <source>no journey of customer &quot;%1&quot; is in flight: model %2 scores only journeys that have not reached the goal yet</source>
        <translation>aucun parcours du client « %1 » n&apos;est en cours : le modèle %2 n&apos;évalue que les parcours qui n&apos;ont pas encore atteint l&apos;objectif</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; has no row in the customers table</source>
        <translation>le client « %1 » n’a aucune ligne dans la table de clients</translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation>le modèle %1 est un modèle %2, qui n&apos;évalue pas les clients</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::segments</name>
    <message>
        <source>%1: %L2 customers (%3 %), %4 % convert, value %5 on average; %6; typically %7
</source>
        <translation>%1&#xa0;: %L2 clients (%3&#xa0;%), %4&#xa0;% convertissent, valeur moyenne %5&#xa0;; %6&#xa0;; typiquement %7
</translation>
    </message>
    <message>
        <source>expected a persona id, found &quot;%1&quot;</source>
        <translation>identifiant de persona attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation>pas de persona %1&#xa0;; `personas PROJECT` les liste</translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation>un persona doit avoir un nom</translation>
    </message>
    <message>
        <source>Groups customers into segments (k-means on their journeys&apos; features, or RFM quintiles) and describes each in numbers; drafts personas from them.</source>
        <translation>Regroupe les clients en segments (k-means sur les variables de leurs parcours, ou quintiles RFM) et décrit chacun en chiffres&#xa0;; en tire des ébauches de personas.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Clusters: a number, auto (chosen by silhouette, 2 to 8), or rfm.</source>
        <translation>Groupes&#xa0;: un nombre, auto (choisi par silhouette, de 2 à 8), ou rfm.</translation>
    </message>
    <message>
        <source>Random seed of k-means (default 1).</source>
        <translation>Graine aléatoire de k-means (1 par défaut).</translation>
    </message>
    <message>
        <source>Draft a persona for each segment and store it in the project.</source>
        <translation>Créer une ébauche de persona pour chaque segment et l&apos;enregistrer dans le projet.</translation>
    </message>
    <message>
        <source>Print the segments as CSV.</source>
        <translation>Écrire les segments au format CSV.</translation>
    </message>
    <message>
        <source>expected a number of clusters, auto or rfm, found &quot;%1&quot;</source>
        <translation>nombre de groupes, auto ou rfm attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>k = %1, silhouette %2
</source>
        <translation>k = %1, silhouette %2
</translation>
    </message>
    <message>
        <source>Lists the project&apos;s personas with their segments&apos; numbers, recomputed on the current data; edits or deletes one.</source>
        <translation>Liste les personas du projet avec les chiffres de leurs segments, recalculés sur les données actuelles&#xa0;; en modifie ou en supprime un.</translation>
    </message>
    <message>
        <source>The persona to edit, by id.</source>
        <translation>Le persona à modifier, par identifiant.</translation>
    </message>
    <message>
        <source>With --edit: its new name.</source>
        <translation>Avec --edit&#xa0;: son nouveau nom.</translation>
    </message>
    <message>
        <source>With --edit: its new quote.</source>
        <translation>Avec --edit&#xa0;: sa nouvelle citation.</translation>
    </message>
    <message>
        <source>With --edit: its goals, separated by &quot;;&quot;.</source>
        <translation>Avec --edit&#xa0;: ses objectifs, séparés par &quot;;&quot;.</translation>
    </message>
    <message>
        <source>With --edit: its frustrations, separated by &quot;;&quot;.</source>
        <translation>Avec --edit&#xa0;: ses frustrations, séparées par &quot;;&quot;.</translation>
    </message>
    <message>
        <source>With --edit: builtin:1 to builtin:8, or an image file.</source>
        <translation>Avec --edit&#xa0;: builtin:1 à builtin:8, ou un fichier image.</translation>
    </message>
    <message>
        <source>Delete the persona with this id.</source>
        <translation>Supprimer le persona portant cet identifiant.</translation>
    </message>
    <message>
        <source>No personas yet: segments --save-personas drafts them.</source>
        <translation>Pas encore de personas&#xa0;: segments --save-personas en crée des ébauches.</translation>
    </message>
    <message>
        <source>  (its segment cannot be recomputed)
</source>
        <translation>  (son segment ne peut pas être recalculé)
</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::stages</name>
    <message>
        <source>(no stage): %1
</source>
        <translation>(sans étape)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>expected NAME=VALUE, found &quot;%1&quot;</source>
        <translation>NAME=VALUE attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Shows or edits the stages and which touchpoint belongs to which, or proposes stages from where touchpoints occur in the journeys.</source>
        <translation>Affiche ou modifie les étapes et le rattachement des points de contact, ou propose des étapes d&apos;après la position des points de contact dans les parcours.</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>Propose K stages (3 to 7) from the data, with the evidence.</source>
        <translation>Proposer K étapes (3 à 7) à partir des données, avec les éléments à l&apos;appui.</translation>
    </message>
    <message>
        <source>Store the proposal of --auto.</source>
        <translation>Enregistrer la proposition de --auto.</translation>
    </message>
    <message>
        <source>Put a touchpoint into a stage (empty: none). Repeatable.</source>
        <translation>Placer un point de contact dans une étape (vide&#xa0;: aucune). Répétable.</translation>
    </message>
    <message>
        <source>Replace the stages with those of a CSV file with the columns touchpoint and stage.</source>
        <translation>Remplacer les étapes par celles d&apos;un fichier CSV avec les colonnes touchpoint et stage.</translation>
    </message>
    <message>
        <source>Print touchpoint,stage rows, as --load reads them.</source>
        <translation>Écrire des lignes touchpoint,stage, telles que --load les lit.</translation>
    </message>
    <message>
        <source>expected a number of stages</source>
        <translation>nombre d&apos;étapes attendu</translation>
    </message>
    <message>
        <source>
median relative position of each touchpoint in its journeys:
</source>
        <translation>
position relative médiane de chaque point de contact dans ses parcours&#xa0;:
</translation>
    </message>
    <message>
        <source>
(a proposal: --accept stores it)
</source>
        <translation>
(une proposition&#xa0;: --accept l&apos;enregistre)
</translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;</source>
        <translation>pas de point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename a stage; its notes on the map and the models&apos; figures for it follow. Repeatable.</source>
        <translation>Renommer une étape ; ses notes sur la carte et les chiffres des modèles la concernant suivent. Répétable.</translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::train</name>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation>part comprise entre 0 et 1 attendue au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (ROC-AUC %2, %L3 %4)</source>
        <translation>%1 (ROC-AUC %2, %L3 %4)</translation>
    </message>
    <message>
        <source>where it is weakest: %1
</source>
        <translation>là où il est le plus faible&#xa0;: %1
</translation>
    </message>
    <message>
        <source>what drives it most (mean |SHAP|): %1
</source>
        <translation>principaux facteurs (|SHAP| moyen)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>ROC-AUC %1, PR-AUC %2, log loss %3, Brier %4, calibration error %5
</source>
        <translation>ROC-AUC %1, PR-AUC %2, perte logarithmique %3, Brier %4, erreur de calibration %5
</translation>
    </message>
    <message>
        <source>the top tenth by score holds %1 % of the outcomes (lift %2)
</source>
        <translation>les 10&#xa0;% de scores les plus élevés contiennent %1&#xa0;% des résultats (lift %2)
</translation>
    </message>
    <message>
        <source>model %1: %2 (%L3 customers trained on, %L4 held out, %L5 of them with the outcome)
</source>
        <translation>modèle %1&#xa0;: %2 (entraîné sur %L3 clients, %L4 mis de côté, dont %L5 avec le résultat)
</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>model %1: drop-off (%L2 journeys trained on, %L3 held out, %L4 of those dropped off)
</source>
        <translation>modèle %1&#xa0;: abandon (entraîné sur %L2 parcours, %L3 mis de côté, dont %L4 abandonnés)
</translation>
    </message>
    <message>
        <source>predicted drop-off risk by stage, on the held-out journeys:
</source>
        <translation>risque d&apos;abandon prédit par étape, sur les parcours mis de côté&#xa0;:
</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>nombre entier attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a customer table has no time order: use stratified</source>
        <translation>une table de clients n&apos;a pas d&apos;ordre temporel&#xa0;: utilisez stratified</translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;: import a customer table first (import --format table)</source>
        <translation>pas de colonne client «&#xa0;%1&#xa0;»&#xa0;: importez d&apos;abord une table de clients (import --format table)</translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;; the columns are %2</source>
        <translation>pas de colonne client «&#xa0;%1&#xa0;»&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Trains an XGBoost model, evaluates it on held-out data and stores it in the project: of drop-off on the journeys (the goal of --goal, --outcome or the project), or with --label of a column of the customer tables (churn, Revenue).</source>
        <translation>Entraîne un modèle XGBoost, l&apos;évalue sur des données mises de côté et l&apos;enregistre dans le projet&#xa0;: modèle d&apos;abandon sur les parcours (l&apos;objectif de --goal, de --outcome ou du projet), ou, avec --label, modèle d&apos;une colonne des tables de clients (churn, Revenue).</translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation>Le fichier de projet (*.journey).</translation>
    </message>
    <message>
        <source>The customer column to predict.</source>
        <translation>La colonne client à prédire.</translation>
    </message>
    <message>
        <source>Values of the column that mean the outcome (default true,yes,1).</source>
        <translation>Valeurs de la colonne qui signifient le résultat (true,yes,1 par défaut).</translation>
    </message>
    <message>
        <source>What is held out for testing: time (the journeys that started last; the default for journeys) or stratified (at random, keeping the share of outcomes; the default and only choice for --label).</source>
        <translation>Ce qui est mis de côté pour le test&#xa0;: time (les parcours commencés en dernier&#xa0;; par défaut pour les parcours) ou stratified (au hasard, en conservant la part des résultats&#xa0;; par défaut et seul choix avec --label).</translation>
    </message>
    <message>
        <source>One row for every point at which a journey was still in flight, instead of one drawn point per journey.</source>
        <translation>Une ligne pour chaque instant où un parcours était encore en cours, au lieu d&apos;un seul instant tiré au sort par parcours.</translation>
    </message>
    <message>
        <source>Do not weight the rarer outcome up while training.</source>
        <translation>Ne pas surpondérer le résultat le plus rare pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Share held out for testing (default 0.2).</source>
        <translation>Part mise de côté pour le test (0.2 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the split and of XGBoost (default 1).</source>
        <translation>Graine de la répartition et de XGBoost (1 par défaut).</translation>
    </message>
    <message>
        <source>expected time or stratified, found &quot;%1&quot;</source>
        <translation>time ou stratified attendu au lieu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Lists the models stored in the project.</source>
        <translation>Liste les modèles enregistrés dans le projet.</translation>
    </message>
    <message>
        <source>No models yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one.</source>
        <translation>Pas encore de modèle&#xa0;: train PROJECT [--goal TOUCHPOINT | --label COLUMN] en entraîne un.</translation>
    </message>
    <message>
        <source>%1  %2 %3  ROC-AUC %4  %5 features  %6</source>
        <translation>%1  %2 %3  ROC-AUC %4  %5 variables  %6</translation>
    </message>
    <message>
        <source>    needs retraining: a customer it learnt from was erased since (train again to replace it)</source>
        <translation>    à réentraîner : un client dont il a appris a été effacé depuis (réentraînez pour le remplacer)</translation>
    </message>
    <message>
        <source>expected a share above 0 and at most 1, found &quot;%1&quot;</source>
        <translation>une part supérieure à 0 et au plus 1 était attendue, trouvé « %1 »</translation>
    </message>
    <message>
        <source>draws customers of a warehouse project; a model of imported events learns from all of them</source>
        <translation>tire des clients d&apos;un projet entrepôt ; un modèle d&apos;événements importés apprend de tous</translation>
    </message>
    <message>
        <source>Warehouse projects: learn from this share of the customers, drawn by a hash of their id and the seed (default 1: all).</source>
        <translation>Projets entrepôt : apprendre de cette part des clients, tirée par un hachage de leur identifiant et de la graine (1 par défaut : tous).</translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;</source>
        <translation>aucun client n’a « %1 »</translation>
    </message>
</context>
<context>
    <name>journeyscope::schema</name>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the project file: it was changed outside Journeyscope</source>
        <translation>objet %1 «&#xa0;%2&#xa0;» inattendu dans le fichier de projet&#xa0;: le fichier a été modifié en dehors de Journeyscope</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from schema version %3: the project file was changed outside Journeyscope</source>
        <translation>l&apos;objet %1 «&#xa0;%2&#xa0;» diffère de la version de schéma %3&#xa0;: le fichier de projet a été modifié en dehors de Journeyscope</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing from the project file</source>
        <translation>l&apos;objet %1 «&#xa0;%2&#xa0;» est absent du fichier de projet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer-journey mapping driven by data.</source>
        <translation>Cartographie du parcours client pilotée par les données.</translation>
    </message>
    <message>
        <source>A project to open (*.journey), or data files to import (CSV, JSON Lines, XES).</source>
        <translation>Un projet à ouvrir (*.journey) ou des fichiers de données à importer (CSV, JSON Lines, XES).</translation>
    </message>
</context>
</TS>
