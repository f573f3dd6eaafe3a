#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/jsoncsv.h"
#include "app/cli/terminalprogress.h"
#include "core/predict/attribution.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseattribution.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::attribute)
};

} // namespace

int runAttribute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Shares the conversions out among the channels (or touchpoints) before them: first "
        "touch, last touch, linear, and the Markov chain removal effect."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("level"), Text::tr("What gets credit."),
                      QStringLiteral("channel|touchpoint"), QStringLiteral("channel")});
    parser.addOption({QStringLiteral("order"),
                      Text::tr("Markov order: a state is the last 1 to 3 touches (default 1)."),
                      QStringLiteral("K"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print CSV.")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("attribute"), 1);
        exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        AttributionOptions options;
        const QString level = parser.value(QStringLiteral("level"));
        if (level != QLatin1String("channel") && level != QLatin1String("touchpoint")) {
            throw Error(Location(QStringLiteral("--level")),
                        Text::tr("expected channel or touchpoint, found \"%1\"").arg(level));
        }
        options.level = level == QLatin1String("channel") ? AttributionLevel::Channel
                                                          : AttributionLevel::Touchpoint;
        bool ok = false;
        options.order = parser.value(QStringLiteral("order")).toInt(&ok);
        if (!ok || options.order < 1 || options.order > 3) {
            throw Error(Location(QStringLiteral("--order")),
                        Text::tr("expected 1, 2 or 3, found \"%1\"")
                            .arg(parser.value(QStringLiteral("order"))));
        }
        const std::optional<WarehouseSource> warehouse = warehouseSource(path);
        const EventLog log = warehouse ? loadEventNames(path) : loadEventLog(path);
        const std::optional<Goal> goal = analysisGoal(log, parser, path);
        if (!goal || goal->touchpoints.empty()) {
            throw Error(
                Location(QStringLiteral("--goal")),
                Text::tr("attribution needs a goal touchpoint: give --goal TOUCHPOINTS or set "
                         "the project's goal (goal PROJECT --set)"));
        }
        AttributionReport report;
        if (warehouse) {
            // Counted in the warehouse; only the distinct paths travel.
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(warehouse->connection);
            report = countWarehouseAttribution(
                connection, *warehouse, log, warehouseFilter(log, parser, path),
                analysisScope(parser), *goal, options, &interruptible);
        } else {
            report = attributeConversions(analysisView(log, parser, path), *goal, options);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(report.toJson());
        } else if (parser.isSet(QStringLiteral("csv"))) {
            print(jsonRowsToCsv({QStringLiteral("name"), QStringLiteral("markov"),
                                 QStringLiteral("removal_effect"), QStringLiteral("first_touch"),
                                 QStringLiteral("last_touch"), QStringLiteral("linear")},
                                report.toJson()[QStringLiteral("credits")].toArray()));
        } else {
            QString out = Text::tr("%L1 conversions of %L2 paths; Markov chain of order %3, %L4 "
                                   "states\n")
                              .arg(report.conversions)
                              .arg(report.paths)
                              .arg(report.order)
                              .arg(report.states);
            out += Text::tr("markov  first   last    linear  removal  name\n");
            for (const AttributionCredit& c : report.credits) {
                out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                           .arg(c.markov, 6, 'f', 1)
                           .arg(c.firstTouch, 6, 'f', 1)
                           .arg(c.lastTouch, 6, 'f', 1)
                           .arg(c.linear, 6, 'f', 1)
                           .arg(c.removalEffect, 7, 'f', 3)
                           .arg(c.name);
            }
            print(out);
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
