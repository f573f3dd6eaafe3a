#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/graphoptions.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/journey/eventloggraphcounter.h"
#include "core/journey/journeygraph.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousegraphcounter.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::graph)
};

QString text(const JourneyGraph& graph)
{
    QString out = Text::tr("%L1 journeys of %L2 customers, %L3 events\n")
                      .arg(graph.journeys)
                      .arg(graph.customers)
                      .arg(graph.events);
    for (const GraphEdge& edge : graph.edges) {
        out += QStringLiteral("%1 -> %2  %L3  (%4 %)%5\n")
                   .arg(graph.nodes[size_t(edge.from)].name, graph.nodes[size_t(edge.to)].name)
                   .arg(edge.count)
                   .arg(edge.probability * 100, 0, 'f', 1)
                   .arg(edge.medianSeconds
                            ? Text::tr("  median %1").arg(readableDuration(*edge.medianSeconds))
                            : QString());
    }
    if (graph.hiddenEventShare > 0 || graph.hiddenTransitionShare > 0) {
        out += Text::tr("simplified: %1 % of events and %2 % of transitions hidden\n")
                   .arg(graph.hiddenEventShare * 100, 0, 'f', 1)
                   .arg(graph.hiddenTransitionShare * 100, 0, 'f', 1);
    }
    return out;
}

} // namespace

int runGraph(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The directly-follows graph of the journeys: which touchpoint (or stage) follows "
                 "which, how often, by how many customers, how long after."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    addGraphOptions(parser);
    parser.addOption({QStringLiteral("dot"), Text::tr("Print Graphviz DOT.")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print the edges as CSV.")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("graph"), 1); exit >= 0)
        return exit;
    try {
        const QString projectPath = parser.positionalArguments().at(1);
        JourneyGraph graph;
        if (const std::optional<WarehouseSource> source = warehouseSource(projectPath)) {
            // Counted in the warehouse; only the counts travel.
            const EventLog names = loadEventNames(projectPath);
            const GraphOptions options = graphOptions(parser, names, projectPath);
            const WarehouseFilter filter = warehouseFilter(names, parser, projectPath);
            const GraphVocabulary vocabulary = EventLogGraphCounter::vocabulary(names);
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(source->connection);
            const WarehouseGraphCounter counter(connection, *source, vocabulary, filter,
                                                analysisScope(parser), &interruptible);
            graph = buildJourneyGraph(vocabulary, counter, options);
        } else {
            const EventLog log = loadEventLog(projectPath);
            const GraphOptions options = graphOptions(parser, log, projectPath);
            graph = buildJourneyGraph(analysisView(log, parser, projectPath), options);
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(graph.toJson());
        else if (parser.isSet(QStringLiteral("dot")))
            std::fputs(graph.toDot().constData(), stdout);
        else if (parser.isSet(QStringLiteral("csv")))
            std::fputs(graph.toCsv().constData(), stdout);
        else
            print(text(graph));
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
