<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Text</name>
    <message>
        <source>expected time or friction, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Attribution</name>
    <message>
        <source>the Markov order must be 1, 2 or 3, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain of order %1 has %L2 states, more than %L3: use a lower order or channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::BoostedTrees</name>
    <message>
        <source>XGBoost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model needs at least one feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of features but %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation rows have other features than the training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored model is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ClassificationMetrics</name>
    <message>
        <source>%1 labels but %2 predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 of case %2 is not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction %1 of case %2 is not in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better than chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test cases hold only one outcome, so the model cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given one case with the outcome and one without, the model ranks the first higher %1 % of the times: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ClickstreamGenerator</name>
    <message>
        <source>Could not write the sample data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ColumnMapping</name>
    <message>
        <source>not a JSON mapping file (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;columns&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;columns&quot;: expected an object mapping column names to roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: unknown role &quot;%2&quot;; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;time_format&quot;: expected a string such as &quot;iso&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;delimiter&quot;: expected one character or &quot;tab&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: expected an object mapping date columns to event names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;event_names&quot;: column &quot;%1&quot;: expected an event name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Correlation</name>
    <message>
        <source>Customers who reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were %2x more likely to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were %2x less likely to convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvReader</name>
    <message>
        <source>the record is longer than %1 MiB; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a closing quote for the field that starts here before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::CsvRecordSource</name>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerAttributes</name>
    <message>
        <source>no customer attribute &quot;%1&quot;: no customer table was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer attribute &quot;%1&quot;; the attributes are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerErasure</name>
    <message>
        <source>no customer with this id in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerScores</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drop-off model scores journeys: the events are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 is a %2 model, which does not score customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s journey is not in flight: model %1 scores only journeys that have not reached the goal yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer has no attributes to score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::CustomerTable</name>
    <message>
        <source>no customer has &quot;%1&quot;: no customer table was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer has &quot;%1&quot;; the attributes are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Database</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in use by another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::DefaultViews</name>
    <message>
        <source>No goal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view judges journeys by a goal: set one (journeyscope-cli goal PROJECT --set &quot;Order confirmation&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funnel needs stages and a goal: load stages (journeyscope-cli stages PROJECT --load FILE) and set a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one to see how well it predicts drop-off (journeyscope-cli train PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::DropoffModel</name>
    <message>
        <source>the %1 journeys have %2 rows that dropped off and %3 that converted: a model needs at least %4 of each (is the goal right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Error</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::EventConverter</name>
    <message>
        <source>wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a customer id, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date in at least one of the date columns, found none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected an event name, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected a number, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected yes or no (true/false, 1/0, granted/denied), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 blank values read as missing, not as 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Experiment</name>
    <message>
        <source>no customers with an outcome in the control group &quot;%1&quot;; the groups are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::FilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona or segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer, every channel, all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Friction</name>
    <message>
        <source>friction weights must be numbers of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one friction weight must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segment labels for %2 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Funnel</name>
    <message>
        <source>A funnel needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel step %1 has no touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel step %1 names touchpoint %2; the log has %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelBuilderDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Step →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;Alternative →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::FunnelScene</name>
    <message>
        <source>%L1 journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 dropped off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ended there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey reaches the first step with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys looked at; %2 reach the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Goal</name>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::GraphLayout</name>
    <message>
        <source>edge %1 joins nodes that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipFile</name>
    <message>
        <source>a gzip file can only be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data ends early, at byte offset %1: unexpected end of file (is the file truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt at byte offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::GzipWriter</name>
    <message>
        <source>a gzip stream can only be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target device is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start zlib: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the compressed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::HeaderRow</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::HeatmapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction by %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · little friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · most friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1. Cells with fewer than %L2 journeys are not scored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::IdentityResolver</name>
    <message>
        <source>there is no link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 was undone already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportIntoProject</name>
    <message>
        <source>this project pseudonymises customer keys and personal data; they can be kept as they are only in a project created so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move the new project into place from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportJob</name>
    <message>
        <source>the same data was already imported from %1 on %2 (SHA-256 %3); use --force to import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats are csv, jsonl, xes and table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had rows out of time order; their sessions were cut from their events in time order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportReport</name>
    <message>
        <source>%1: %2 events from %3 rows, %4 skipped; %5 new customers, %6 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1 rows: %2; first at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 customers found to be the same person, %2 merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 events in %2 s (%3 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportWizard</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep customer ids and personal data as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clickstream or CRM exports, JSON Lines or XES event logs. They are imported together: all of them or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How journeys are cut into sessions and what to do with a bad row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session gap in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: import nothing and say where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row and report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a bad row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise they are pseudonymised with a key kept in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen when the project was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new &amp;session after a gap of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;bad row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %L1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Importer</name>
    <message>
        <source>Events in a CSV or text table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text tables (*.csv *.tsv *.txt *.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer table (one row per customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XES event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XES event logs (*.xes *.xes.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XES standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::IssuesPanel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model caveat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyGraphScene</name>
    <message>
        <source>%L1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%L2 customers, %L3 events
%L4 journeys start here, %L5 end here, %L6 of them without the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
%L3 transitions (%4 % of those leaving %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
median %1, 90 % within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; node colour: friction score (0 little, 1 most; grey: too few journeys); dashed: loops back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys of %L2 customers. Edge width: transitions; colour: median time (pale fast, deep slow); node border: share ending there without the goal; dashed: loops back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified: %1 % of transitions and %2 % of events hidden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMap</name>
    <message>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::JourneyMapScene</name>
    <message>
        <source>No data for this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey passes the filters: widen the dates, channels or segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys, %2 converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%L2 journeys, %L3 events%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mostly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %L1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of journeys reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 in the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drop off here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drop-off model yet: train one (journeyscope-cli train PROJECT) to see where journeys are likely to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 likely to drop off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSAT, NPS or sentiment column in the customer tables: import one, or set emotions by hand (notes PROJECT --add &quot;Stage:emotion=-1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand, -2 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: friction %2, %3 end here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None noted yet (notes PROJECT --add &quot;Stage:opportunity=...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chips: touchpoints by the journeys that reach them, in their main channel&apos;s colour. Actions: the first visit to a stage, share of its journeys. Friction: 0 little, 1 most. ✎ written by the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::JsonLinesReader</name>
    <message>
        <source>the record is longer than %1 MiB; is the file JSON Lines (one object per line)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is encoded as %1 (it starts with a %1 byte-order mark); save it as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected UTF-8 text, found the byte 0x%1 (is the file in another encoding?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object (&apos;{&apos;) for the record, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the line after the record&apos;s closing &apos;}&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 levels of nested objects and arrays, found more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member of the object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element of the array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close the string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an escape sequence such as \t instead of %1 in the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an escape sequence (\&quot; \\ \/ \b \f \n \r \t or \uXXXX) after &apos;\&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after &apos;\u&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after the decimal point, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit in the exponent, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::LabelModel</name>
    <message>
        <source>&quot;%1&quot; has %2 customers with %3 and %4 without: a model needs at least %5 of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer tables have no column besides &quot;%1&quot; to learn from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Layout</name>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: every date fits both day/month and month/day order (for example &quot;%2&quot;); say which with --time-format dmy or --time-format mdy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: dates read as %2, because of values such as &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header line: its columns are numbered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyscope projects (*.journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select something in the project or click a node, a chip or a line to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a view that is drawn to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to present it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journeyscope %1&lt;/h3&gt;&lt;p&gt;Customer-journey mapping driven by data. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team saw or wants to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion from -2 (very negative) to 2 (very positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNoteEdits</name>
    <message>
        <source>Add note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::MapNotes</name>
    <message>
        <source>expected STAGE:pain=TEXT, STAGE:opportunity=TEXT or STAGE:emotion=-2..2, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;; the stages are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an emotion from -2 (very negative) to 2 (very positive), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the lane pain, opportunity or emotion, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note for %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note %1 on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each column is read. Change a role where the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column can be the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import needs a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ModelReportScene</name>
    <message>
        <source>%1: ROC-AUC %2, PR-AUC %3 on %L4 held-out cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift by decile (1: highest scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drives it (mean |SHAP|, log odds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |SHAP|</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::NextStepModel</name>
    <message>
        <source>%1 journeys are too few to learn and test next steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Paths</name>
    <message>
        <source>Unknown anchor touchpoint %1; the log has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::PeopleSelection</name>
    <message>
        <source>no touchpoint &quot;%1&quot; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::PersonaScene</name>
    <message>
        <source>%1 of customers (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its segment cannot be recomputed on this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converts %1 · mean value %2 · %3 sessions on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical path (%L1 start this way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of their drop-offs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they drop off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft them from the segments: journeyscope-cli segments PROJECT --save-personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer of any persona passes the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Personas</name>
    <message>
        <source>lapsed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who abandon carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who abandon checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who drop off at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I got as far as %1, and then I left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used to come here. Lately nothing has given me a reason to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know what I want, and I keep coming back for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I find what I need, I buy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I come back often, but I am not convinced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I had a look once. Nothing made me stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am just looking around for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do everything on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between %1 and %2 without starting over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get service that matches what they spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a reason to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up where they left off on every visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get from %1 to %2 quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy quickly, without detours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide in a single visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare options before committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the cart without buying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives up at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves at %1 without converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not find a reason to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has brought them back lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs many steps to get anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;: its k-means model is missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segment &quot;%1&quot;; expected rfm:NAME (%2) or a persona&apos;s segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationDialog</name>
    <message>
        <source>Presenter notes on the other screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stage %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::PresenterNotes</name>
    <message>
        <source>Presenter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Project</name>
    <message>
        <source>no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Journeyscope project (the file is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Journeyscope project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Journeyscope project (an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version of Journeyscope (project format %1; this version reads up to %2): update Journeyscope to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Journeyscope project (no format version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by an older version of Journeyscope; open it for writing once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s pseudonymisation key is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectCopy</name>
    <message>
        <source>is the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectOutline</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
format %2
%3 rows, %4 imported, %5 skipped
imported %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints without a stage: give them one to place them on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona %1
&quot;%2&quot;
segment %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment %1: by recency, frequency and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ROC-AUC %2, PR-AUC %3 on %4 held-out cases
%5
trained %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC-AUC %1 (%2): read its risks as hints, not forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weaker for %1: ROC-AUC %2 on %3 cases (%4 overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained before the latest import: train again to include the new data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectSummaryWidget</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (*.journey) with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ProjectViews</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the funnel steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the events of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 to draw this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project again to see its views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view is drawn to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Journeys Through &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths into &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Journeys Reaching &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::RoleDetector</name>
    <message>
        <source>not recognised: kept as an attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot;, which is not in the header; the columns are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1&quot; names an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1&quot;: another id of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values look like email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values look like IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values look like international phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first column of a table without a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last decimal column of a table without a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values look like times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date in a table without an event column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event column: each date column gives an event (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event name is given for &quot;%1&quot;, which is not a date column of an activity table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 column: expected a column named like %2, or %3 COLUMN; the columns are %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; mixes day-first and month-first dates; give the format with --time-format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the values are not times in a known format; give one with --time-format (for example &quot;%d.%m.%Y %H:%M&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::SankeyScene</name>
    <message>
        <source>No data for this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey passes %1 with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys pass it; ribbons as wide as the journeys taking them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::SceneExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected pdf, png or svg, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the picture as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack needs at least one view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::Segmentation</name>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session gap of new imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session gap of new imports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEditorDialog</name>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose from the Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages cut where touchpoints usually come in the journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages to propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag touchpoints between stages and stages into their order; double-click a stage to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages, %2 touchpoints without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::StageEdits</name>
    <message>
        <source>Edit stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::StageMappingFile</name>
    <message>
        <source>expected a header with touchpoint and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a header with the columns touchpoint and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a touchpoint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no touchpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in stage &quot;%2&quot; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::StageModel</name>
    <message>
        <source>a stage needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move stage %1 to %2: there are stages 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a stage at position %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project has %1 to %2 stages, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are two stages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint %1 is put in %2, which is not a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage model is written inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no touchpoint %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-staging makes %1 to %2 stages, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages need at least %1 touchpoints with events, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::StageTree</name>
    <message>
        <source>Stages and their touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::StoredModel</name>
    <message>
        <source>drop-off model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::TimestampFormat</name>
    <message>
        <source>Unknown time format &quot;%1&quot;: use iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd or a pattern such as %d/%m/%Y %H:%M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; ends with a lone %: write %% for a percent sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown directive %1 in time format &quot;%2&quot;: use %Y %y %m %d %e %H %I %M %S %f %p %z %b %B %T %F or %%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; gives the same field twice (again at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no year: add %Y, %y or %F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no month: add %m, %b, %B or %F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has no day: add %d, %e or %F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %I without %p: add %p, or use %H for a 24-hour clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; uses %p without %I: use %I for the hour on a 12-hour clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has minutes but no hour: add %H or %I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has seconds but no minutes: add %M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot; has %f but no seconds: add %S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2024-03-01T10:22:33Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in seconds such as 1709288553</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in milliseconds such as 1709288553000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in microseconds such as 1709288553000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in nanoseconds such as 1709288553000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day-first date such as 24/03/2024 14:22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month-first date such as 03/24/2024 2:22 PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date written YYYYMMDD such as 20240324</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time in a custom pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time in the format &quot;%1&quot; such as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewFilter</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::ViewOptionsBar</name>
    <message>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of nodes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of transitions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest touchpoint of each stage, to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the busiest touchpoint of each stage, to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of nodes, %2 % of transitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::WhitespaceTableReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: expected a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected UTF-8 text, found invalid bytes (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::XesReader</name>
    <message>
        <source>expected an XES &lt;log&gt; element, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;%1&gt; attribute element &quot;%2&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::XesWriter</name>
    <message>
        <source>cannot write the XES log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli</name>
    <message>
        <source>import files into a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what a project holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set the project&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey graph: which touchpoint follows which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many journeys get through steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path variants, Sankey paths, step matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, edit or propose stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where journeys struggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain points, opportunities and emotions written on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer segments and persona drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s personas with their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which touchpoints and attributes go with converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which channels get credit for conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how well the next touchpoint is predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion and lift per group of an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train and store a model of drop-off or of a customer column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score customers and list those most at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what drives a model, or one score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the models&apos; accuracy beside published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the models stored in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or undo merges of customers into one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the events as XES or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase every trace of one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a demo clickstream CSV (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli %1: missing arguments (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: journeyscope-cli COMMAND [options]

Customer-journey mapping driven by data: import exports into a project file and analyse them.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run journeyscope-cli COMMAND --help for a command&apos;s options; --version for the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli: unknown command &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::analysis</name>
    <message>
        <source>expected a date such as 2025-03-01 or 2025-03-01T10:00:00Z, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events at or after this time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events before this time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of these channels (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with an event at this touchpoint (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with an event in this stage (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers whose attribute has one of these values (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of an RFM segment, e.g. &quot;rfm:Champions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of a persona&apos;s segment (see personas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey is all of a customer&apos;s events, or one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints that count as success (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;; the channels are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected customer or session, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal: give --goal TOUCHPOINTS or --outcome, or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ATTRIBUTE or ATTRIBUTE=VALUE[,VALUE...], found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::attribute</name>
    <message>
        <source>Shares the conversions out among the channels (or touchpoints) before them: first touch, last touch, linear, and the Markov chain removal effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gets credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markov order: a state is the last 1 to 3 touches (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected channel or touchpoint, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution needs a goal touchpoint: give --goal TOUCHPOINTS or set the project&apos;s goal (goal PROJECT --set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 conversions of %L2 paths; Markov chain of order %3, %L4 states
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markov  first   last    linear  removal  name
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::correlate</name>
    <message>
        <source>Which touchpoints and customer attributes go with converting: the odds ratio of converting between the customers who did something and those who did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer attributes to compare (comma-separated; default: those with at most 20 values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 closed journeys, %L2 converted; listed: what at least %L3 did and %L3 did not
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::erase</name>
    <message>
        <source>Erases every trace of one customer (a right-to-erasure request): their events, sessions, identities, consent and scores, and the customers merged with them. Models trained on their data are flagged for retraining, the erasure is recorded in the project&apos;s audit log (without naming them), and the file is vacuumed so the bytes are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer id as in the imported files, or as score --out writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %L1 customer records with %L2 events, %L3 sessions, %L4 identities, %L5 consent statements and %L6 scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) to train again (see models).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::experiment</name>
    <message>
        <source>Reads out an experiment: conversion per group of a customer column (variant, control, hold-out) with 95 % intervals, and each group&apos;s lift over the control group with its significance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer column that says each customer&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control group (default control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli experiment: missing --assignment (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 converted, %4 (95 % %5 to %6)%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %L1 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: %3 points (95 % %4 to %5), %6 relative; p = %7, %8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant at 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::explain</name>
    <message>
        <source>no customer &quot;%1&quot; (use the id score --out writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on its held-out data:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what drives it (mean |SHAP|, log odds):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by stage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by last touchpoint (the 10 with most journeys):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drives a stored model: importance, and for a drop-off model the predicted risk and its drivers per stage and touchpoint; with --customer, why one customer scores as they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this customer&apos;s score (the id score --out writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --customer and a drop-off model: the journey as it stood at this date (default: the end of the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % under %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (+%2 log odds)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::export</name>
    <message>
        <source>Writes the project&apos;s events, one trace per person, as an XES event log (for process-mining tools) or as CSV; people without analytics consent are left out. With --view, draws a view as PDF, PNG or SVG instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xes or csv for the events; pdf, png or svg for a view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; a name ending in .gz is compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli export: missing --output FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli export: --format must be xes or csv (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%L1 customers left out for lack of consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected dots per inch from 36 to 1200, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected light or dark, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paths view needs an anchor: --from-touchpoint or --to-touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funnel view needs its steps, such as &quot;Product page,Cart&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a view instead of writing the events: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heatmap view: stages by channel (the default) or touchpoints by segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heatmap&apos;s segments: RFM (the default) or a customer attribute&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paths view: where journeys go after this touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paths view: how journeys come to this touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views of a pack, in order (default: %1; the funnel only with --steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel view&apos;s steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel view per channel of the first step, or per value of a customer attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph view&apos;s colours: median time of the edges (the default) or friction of the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack is a PDF of several pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected some of %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew the %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::friction</name>
    <message>
        <source>score  exit    loop    backtrack  dwell    %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-off  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 journeys: %L2 converted, %L3 dropped off, %L4 open
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dwell: median time to the next event against the overall median (%1); units reached by fewer than %L2 journeys get no score
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected four numbers E,L,B,D of 0 or more, not all 0, such as 0.4,0.2,0.2,0.2; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where journeys struggle: exits without the goal, loops, repeats, backtracks and slow steps per touchpoint, stage and channel, with a friction score from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heatmap table instead: stages by channel, or touchpoints by segment (see --segment-by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments of touchpoint-segment: RFM, or a customer attribute&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer journeys than this give no score (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score&apos;s weights of exit, loop, backtrack and dwell (default 0.4,0.2,0.2,0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of journeys of 1 or more, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected stage-channel or touchpoint-segment, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::funnel</name>
    <message>
        <source>%L1 journeys
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2  %L3  (%4 % of previous, %5 % of first; median %6 %7)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the journey&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   dropped %L1: all left
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   dropped %L1: left %L2; went to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many journeys get through a sequence of touchpoints, and where the others go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps, comma-separated; a step &quot;A|B&quot; is reached by either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered (others may come between), strict (directly followed) or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the first step to reach the others (default 30d), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funnel per channel of the first step, or per value of a customer attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli funnel: missing --steps (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ordered, strict or any, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::generate</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a realistic multi-channel clickstream (web, app, email, social, call centre, store) as CSV. The same options always give the same bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many events (default: every journey to its end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeyscope-cli generate: missing --output FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %L1 events of %L2 customers to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::goal</name>
    <message>
        <source>Shows or sets the project&apos;s goal: the touchpoints that count as success, within a window from a journey&apos;s start, or a customer attribute (a CRM outcome column). Analyses use it unless given --goal or --outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s touchpoints, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from a journey&apos;s start to reach the goal (default 30d), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) or ATTRIBUTE=VALUE,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --set or --outcome, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as 30d or 12h, or none; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal set: goal PROJECT --set TOUCHPOINTS, or --outcome ATTRIBUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers whose %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within %2 of a journey&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::graph</name>
    <message>
        <source>%L1 journeys of %L2 customers, %L3 events
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplified: %1 % of events and %2 % of transitions hidden
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directly-follows graph of the journeys: which touchpoint (or stage) follows which, how often, by how many customers, how long after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Graphviz DOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the edges as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes are touchpoints or stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of nodes to keep, by events (0 to 1; default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of edges to keep, by count (0 to 1; default 1); kept nodes stay connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected touchpoint or stage, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::import</name>
    <message>
        <source>expected COLUMN=ROLE with a role such as customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one character, &quot;tab&quot; or &quot;whitespace&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as 30m, 90s, 1h or 2d, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected stop or skip, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected csv, jsonl, xes or table, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected COLUMN=EVENT NAME, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 for new files; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports clickstream CSV files into PROJECT (created when missing) as one transaction: all files are imported, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 column (name, or #number counting from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give COLUMN a role: customer, time, event, channel, value, session, device, email, phone, name, ip, attribute or ignore. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How times are written: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, mdy, yyyymmdd, or a pattern such as &quot;%d.%m.%Y %H:%M&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field delimiter (default: detected among , ; tab |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read column roles and formats from a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the first file&apos;s column roles and formats to a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity that starts a new session (default 30m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a row with a wrong value: stop (default; nothing is imported) or skip (the row is recorded in the import report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep customer keys and personal data as they are instead of pseudonymising them (only when creating the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file even if the same data was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input format: csv (events, or an activity table whose date columns are events), jsonl, xes, or table (a customer table without events). Default: from each file&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the files given (if any), import every new file that appears in DIR, each in a transaction of its own, until Ctrl+C. With --json, one JSON object a line per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an activity table, the event a date column marks, e.g. &quot;created_date=Deal created&quot;. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::info</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer records found to be the same person as another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers kept out of analyses and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows, %3 imported, %4 skipped, on %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::merges</name>
    <message>
        <source>Lists the links that merged customers into one person (a shared email, phone or id), or undoes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo link ID: its two customers part unless other links join them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a link id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers were merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 = %3 by %4, from %5 on %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::model</name>
    <message>
        <source>The stored model to use (see models); default: the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model &quot;%1&quot; in the project (see models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::next</name>
    <message>
        <source>How well the next touchpoint of a journey can be predicted (a Markov model of the last touchpoints with back-off, or XGBoost on the journey so far), under the protocol of Tax et al. (2017): journeys by their first event, the first two thirds learnt, every prefix of the rest predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markov (the default) or xgboost (a multi-class model on the features of the journey so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many last touchpoints the prediction looks at, 1 to 3 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the end of a journey too, as one more outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected markov or xgboost, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next touchpoint, %1%2: top-1 %3 %, top-3 %4 % over %L5 prefixes of %L6 test journeys (%L7 learnt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markov order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::notes</name>
    <message>
        <source>The notes on the journey map: pain points and opportunities per stage, and an emotion per stage set by hand where the data has no CSAT, NPS or sentiment column. Lists them, or adds and deletes some (in one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;STAGE:pain=TEXT&quot;, &quot;STAGE:opportunity=TEXT&quot; or &quot;STAGE:emotion=-2..2&quot; (repeatable; an emotion replaces the stage&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note with this id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a note id, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on the map yet: notes PROJECT --add &quot;Purchase:pain=...&quot; adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::paths</name>
    <message>
        <source>expected a positive whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paths journeys take: the most common variants (whole sequences), the paths from or to a touchpoint (Sankey data), or where journeys are step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many variants to list (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths after this touchpoint&apos;s first occurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths that lead to this touchpoint&apos;s first occurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps from or to the touchpoint (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of journeys at each touchpoint at each of the first N steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 journeys have %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 variants among %L2 journeys
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::report</name>
    <message>
        <source>online shoppers: ROC-AUC of Revenue (stratified 80/20, seed 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published XGBoost 0.937 with oversampling; required at least 0.93</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online shoppers: F1 at 0.5 on the held-out fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out LightGBM F1 0.655</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax et al. (2017), LSTM next activity accuracy 0.7123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, Markov order 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpdesk: next activity top-1, XGBoost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed form of the absorbing chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markov attribution: removal effect of %1 on a hand-built chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-off correlation: odds ratio of Reviews on a hand-built table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(30 + 1)(55 + 1) / ((10 + 1)(15 + 1)) by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures the models on public datasets and hand-built cases and prints each figure beside its published anchor or closed form: the online shoppers table, the helpdesk event log (Tax et al.&apos;s protocol), a Markov attribution chain and a correlation table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding online_shoppers_intention.csv and eventlogs/helpdesk_tax2017.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the folder of the datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  %2   anchor %3 %4   %5
  (%6)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::risk</name>
    <message>
        <source>%1 (%2 on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 % predicted%3, %L4 journeys%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 % observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; what drives it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::score</name>
    <message>
        <source>expected a share between 0 and 0.5, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number above 0, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores customers with a stored model (drop-off: the journeys still in flight; label: every customer), stores the scores with the model&apos;s id, and writes the highest-risk customers with their three strongest reasons and a hold-out flag (a fixed share of customers, by a hash of their id, kept out of a campaign to measure its lift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the highest-risk customers to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers the CSV file lists (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off models: score the journeys in flight at this date, from the events before it (default: the end of the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers in the hold-out control group (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored %L1 customers with %2; %L3 in the hold-out group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest: %1 at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %L1 highest written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::segments</name>
    <message>
        <source>%1: %L2 customers (%3 %), %4 % convert, value %5 on average; %6; typically %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a persona id, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona %1; `personas PROJECT` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups customers into segments (k-means on their journeys&apos; features, or RFM quintiles) and describes each in numbers; drafts personas from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters: a number, auto (chosen by silhouette, 2 to 8), or rfm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of k-means (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a persona for each segment and store it in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the segments as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of clusters, auto or rfm, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1, silhouette %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the project&apos;s personas with their segments&apos; numbers, recomputed on the current data; edits or deletes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona to edit, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --edit: its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --edit: its new quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --edit: its goals, separated by &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --edit: its frustrations, separated by &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --edit: builtin:1 to builtin:8, or an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the persona with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personas yet: segments --save-personas drafts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (its segment cannot be recomputed)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::stages</name>
    <message>
        <source>(no stage): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NAME=VALUE, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or edits the stages and which touchpoint belongs to which, or proposes stages from where touchpoints occur in the journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose K stages (3 to 7) from the data, with the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the proposal of --auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a touchpoint into a stage (empty: none). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a stage. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stages with those of a CSV file with the columns touchpoint and stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print touchpoint,stage rows, as --load reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
median relative position of each touchpoint in its journeys:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(a proposal: --accept stores it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touchpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::train</name>
    <message>
        <source>expected a share between 0 and 1, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ROC-AUC %2, %L3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it is weakest: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what drives it most (mean |SHAP|): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC-AUC %1, PR-AUC %2, log loss %3, Brier %4, calibration error %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top tenth by score holds %1 % of the outcomes (lift %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1: %2 (%L3 customers trained on, %L4 held out, %L5 of them with the outcome)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1: drop-off (%L2 journeys trained on, %L3 held out, %L4 of those dropped off)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted drop-off risk by stage, on the held-out journeys:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer table has no time order: use stratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;: import a customer table first (import --format table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer column &quot;%1&quot;; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains an XGBoost model, evaluates it on held-out data and stores it in the project: of drop-off on the journeys (the goal of --goal, --outcome or the project), or with --label of a column of the customer tables (churn, Revenue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer column to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the column that mean the outcome (default true,yes,1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is held out for testing: time (the journeys that started last; the default for journeys) or stratified (at random, keeping the share of outcomes; the default and only choice for --label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row for every point at which a journey was still in flight, instead of one drawn point per journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not weight the rarer outcome up while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share held out for testing (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the split and of XGBoost (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected time or stratified, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the models stored in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3  ROC-AUC %4  %5 features  %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeyscope::schema</name>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the project file: it was changed outside Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from schema version %3: the project file was changed outside Journeyscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing from the project file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer-journey mapping driven by data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project to open (*.journey).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
