#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/funneloptions.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/journey/funnel.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousefunnel.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::funnel)
};

QString text(const FunnelResult& result)
{
    QString out = Text::tr("%L1 journeys\n").arg(result.journeys);
    for (size_t i = 0; i < result.steps.size(); ++i) {
        const FunnelStep& step = result.steps[i];
        out += Text::tr("%1. %2  %L3  (%4 % of previous, %5 % of first; median %6 %7)\n")
                   .arg(i + 1)
                   .arg(step.name)
                   .arg(step.count)
                   .arg(step.conversionFromPrevious * 100, 0, 'f', 1)
                   .arg(step.conversionFromFirst * 100, 0, 'f', 1)
                   .arg(readableDuration(step.medianSecondsFromPrevious),
                        i == 0 ? Text::tr("from the journey's start")
                               : Text::tr("from the previous step"));
        if (i + 1 < result.steps.size() && step.dropped > 0) {
            QStringList next;
            for (const FunnelNext& n : step.next)
                next.append(QStringLiteral("%1 %L2").arg(n.name).arg(n.count));
            out += next.isEmpty() ? Text::tr("   dropped %L1: all left\n").arg(step.dropped)
                                  : Text::tr("   dropped %L1: left %L2; went to %3\n")
                                        .arg(step.dropped)
                                        .arg(step.left)
                                        .arg(next.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace

int runFunnel(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("How many journeys get through a sequence of touchpoints, and where the others "
                 "go."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("steps"),
                      Text::tr("The steps, comma-separated; a step \"A|B\" is reached by either."),
                      QStringLiteral("A,B,C")});
    parser.addOption({QStringLiteral("order"),
                      Text::tr("ordered (others may come between), strict (directly followed) or "
                               "any."),
                      QStringLiteral("ordered|strict|any"), QStringLiteral("ordered")});
    parser.addOption(
        {QStringLiteral("window"),
         Text::tr("Time from the first step to reach the others (default 30d), or none."),
         QStringLiteral("DURATION"), QStringLiteral("30d")});
    parser.addOption({QStringLiteral("breakdown"),
                      Text::tr("A funnel per channel of the first step, or per value of a customer "
                               "attribute."),
                      QStringLiteral("channel|ATTRIBUTE")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print CSV.")});
    addAnalysisOptions(parser, false);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("funnel"), 1); exit >= 0)
        return exit;
    if (!parser.isSet(QStringLiteral("steps"))) {
        printError(Text::tr("journeyscope-cli funnel: missing --steps (see --help)"));
        return UsageError;
    }
    try {
        const QString projectPath = parser.positionalArguments().at(1);
        // A warehouse counts the funnel where the events are.
        const std::optional<WarehouseSource> warehouse = warehouseSource(projectPath);
        const EventLog log = warehouse ? loadEventNames(projectPath) : loadEventLog(projectPath);
        FunnelOptions options;
        options.steps = funnelSteps(log, parser.value(QStringLiteral("steps")));
        const auto order = funnelOrderFromName(parser.value(QStringLiteral("order")));
        if (!order) {
            throw Error(Location(QStringLiteral("--order")),
                        Text::tr("expected ordered, strict or any, found \"%1\"")
                            .arg(parser.value(QStringLiteral("order"))));
        }
        options.order = *order;
        const QString window = parser.value(QStringLiteral("window"));
        if (window == QLatin1String("none")) {
            options.windowMs.reset();
        } else if (const auto ms = parseDuration(window); ms && *ms > 0) {
            options.windowMs = *ms;
        } else {
            throw Error(Location(QStringLiteral("--window")),
                        Text::tr("expected a duration such as 30d or 12h, or none; found \"%1\"")
                            .arg(window));
        }
        // A warehouse project's customers are chosen in the warehouse (warehouseFilter).
        const EventView view = warehouse ? EventView(log, {}, analysisScope(parser))
                                         : analysisView(log, parser, projectPath);
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool csv = parser.isSet(QStringLiteral("csv"));
        if (parser.isSet(QStringLiteral("breakdown"))) {
            FunnelBreakdown breakdown;
            if (warehouse) {
                TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
                PgConnection connection(warehouse->connection);
                breakdown = warehouseFunnelBreakdown(
                    connection, *warehouse, log, warehouseFilter(log, parser, projectPath),
                    view.scope(), options, parser.value(QStringLiteral("breakdown")),
                    &interruptible);
            } else {
                breakdown = funnelBreakdown(view, options,
                                            parser.value(QStringLiteral("breakdown")), projectPath);
            }
            if (json) {
                printJson(breakdown.toJson());
            } else if (csv) {
                print(breakdown.toCsv());
            } else {
                for (const FunnelGroup& group : breakdown.groups)
                    print(QStringLiteral("== %1\n").arg(group.name.isEmpty() ? Text::tr("(none)")
                                                                             : group.name) +
                          text(group.result));
            }
            return Success;
        }
        FunnelResult result;
        if (warehouse) {
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(warehouse->connection);
            result = countWarehouseFunnel(connection, *warehouse, log,
                                          warehouseFilter(log, parser, projectPath), view.scope(),
                                          options, &interruptible);
        } else {
            result = computeFunnel(view, options);
        }
        if (json)
            printJson(result.toJson());
        else if (csv)
            print(result.toCsv());
        else
            print(text(result));
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
