<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>journeyscope::ImportJob</name>
    <message numerus="yes">
        <source>%n customer(s) had rows out of time order; their sessions were cut from their events in time order</source>
        <translation>
            <numerusform>%n customer had rows out of time order; their sessions were cut from their events in time order</numerusform>
            <numerusform>%n customers had rows out of time order; their sessions were cut from their events in time order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportReport</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
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
            <numerusform>  skipped %Ln row: %1; first at %2: %3</numerusform>
            <numerusform>  skipped %Ln rows: %1; first at %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln customer(s) found to be the same person, %1 merged</source>
        <translation>
            <numerusform>  %Ln customer found to be the same person, %1 merged</numerusform>
            <numerusform>  %Ln customers found to be the same person, %1 merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer table row(s)</source>
        <translation>
            <numerusform>%Ln customer table row</numerusform>
            <numerusform>%Ln customer table rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::ImportWizard</name>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>Importing %n file...</numerusform>
            <numerusform>Importing %n files...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::TouchpointLookup</name>
    <message numerus="yes">
        <source>the table holds %n event(s) of names the project does not know: refresh the project (connect PROJECT --refresh) to take them in</source>
        <translation>
            <numerusform>the table holds %n event of a name the project does not know: refresh the project (connect PROJECT --refresh) to take it in</numerusform>
            <numerusform>the table holds %n events of names the project does not know: refresh the project (connect PROJECT --refresh) to take them in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeyscope::cli::erase</name>
    <message numerus="yes">
        <source>%n model(s) to train again (see models).</source>
        <translation>
            <numerusform>%n model to train again (see models).</numerusform>
            <numerusform>%n models to train again (see models).</numerusform>
        </translation>
    </message>
</context>
</TS>
