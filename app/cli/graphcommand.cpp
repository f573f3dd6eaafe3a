#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "core/base/timeutil.h"
#include "core/journey/journeygraph.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>

namespace journeyscope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::graph", text);
}

double shareOption(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < 0 || value > 1) {
        throw Error(Location(QStringLiteral("--") + option),
                    tr("expected a share between 0 and 1, found \"%1\"").arg(parser.value(option)));
    }
    return value;
}

QString text(const JourneyGraph& graph)
{
    QString out = tr("%L1 journeys of %L2 customers, %L3 events\n")
                      .arg(graph.journeys)
                      .arg(graph.customers)
                      .arg(graph.events);
    for (const GraphEdge& edge : graph.edges) {
        out += QStringLiteral("%1 -> %2  %L3  (%4 %)%5\n")
                   .arg(graph.nodes[size_t(edge.from)].name, graph.nodes[size_t(edge.to)].name)
                   .arg(edge.count)
                   .arg(edge.probability * 100, 0, 'f', 1)
                   .arg(edge.medianSeconds
                            ? tr("  median %1").arg(readableDuration(*edge.medianSeconds))
                            : QString());
    }
    if (graph.hiddenEventShare > 0 || graph.hiddenTransitionShare > 0) {
        out += tr("simplified: %1 % of events and %2 % of transitions hidden\n")
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
        tr("The directly-follows graph of the journeys: which touchpoint (or stage) follows "
           "which, how often, by how many customers, how long after."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("level"), tr("Nodes are touchpoints or stages."),
                      QStringLiteral("touchpoint|stage"), QStringLiteral("touchpoint")});
    parser.addOption({QStringLiteral("nodes"),
                      tr("Share of nodes to keep, by events (0 to 1; default 1)."),
                      QStringLiteral("SHARE"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("edges"),
                      tr("Share of edges to keep, by count (0 to 1; default 1); kept nodes stay "
                         "connected."),
                      QStringLiteral("SHARE"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dot"), tr("Print Graphviz DOT.")});
    parser.addOption({QStringLiteral("csv"), tr("Print the edges as CSV.")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("graph"), 1); exit >= 0)
        return exit;
    try {
        const QString level = parser.value(QStringLiteral("level"));
        if (level != QLatin1String("touchpoint") && level != QLatin1String("stage")) {
            throw Error(Location(QStringLiteral("--level")),
                        tr("expected touchpoint or stage, found \"%1\"").arg(level));
        }
        const EventLog log = loadEventLog(parser.positionalArguments().at(1));
        GraphOptions options;
        options.level =
            level == QLatin1String("stage") ? GraphLevel::Stage : GraphLevel::Touchpoint;
        options.goal = analysisGoal(log, parser, parser.positionalArguments().at(1));
        options.nodeShare = shareOption(parser, QStringLiteral("nodes"));
        options.edgeShare = shareOption(parser, QStringLiteral("edges"));
        const JourneyGraph graph = buildJourneyGraph(
            analysisView(log, parser, parser.positionalArguments().at(1)), options);
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
