#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/predict/nextstep.h"
#include "core/predict/nextstepmodel.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseeventlog.h"
#include "core/warehouse/warehousenextstep.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::next)
};

} // namespace

int runNext(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "How well the next touchpoint of a journey can be predicted (a Markov model of the "
        "last touchpoints with back-off, or XGBoost on the journey so far), under the "
        "protocol of Tax et al. (2017): journeys by their first event, the first two thirds "
        "learnt, every prefix of the rest predicted."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption(
        {QStringLiteral("method"),
         Text::tr("markov (the default) or xgboost (a multi-class model on the features "
                  "of the journey so far)."),
         QStringLiteral("METHOD"), QStringLiteral("markov")});
    parser.addOption(
        {QStringLiteral("order"),
         Text::tr("How many last touchpoints the prediction looks at, 1 to 3 (default 2)."),
         QStringLiteral("K"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("with-end"),
                      Text::tr("Predict the end of a journey too, as one more outcome.")});
    addAnalysisOptions(parser, false);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("next"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        bool ok = false;
        const int order = parser.value(QStringLiteral("order")).toInt(&ok);
        if (!ok || order < 1 || order > 3) {
            throw Error(Location(QStringLiteral("--order")),
                        Text::tr("expected 1, 2 or 3, found \"%1\"")
                            .arg(parser.value(QStringLiteral("order"))));
        }
        const QString method = parser.value(QStringLiteral("method"));
        if (method != QLatin1String("markov") && method != QLatin1String("xgboost")) {
            throw Error(Location(QStringLiteral("--method")),
                        Text::tr("expected markov or xgboost, found \"%1\"").arg(method));
        }
        const bool withEnd = parser.isSet(QStringLiteral("with-end"));
        const std::optional<WarehouseSource> warehouse = warehouseSource(path);
        const EventLog log = warehouse ? loadEventNames(path) : loadEventLog(path);
        const NextStepEvaluation next = [&] {
            if (warehouse && method == QLatin1String("markov")) {
                // Counted in the warehouse; only the (context, next) pairs travel.
                TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
                PgConnection connection(warehouse->connection);
                return evaluateWarehouseNextStep(connection, *warehouse, log.touchpointNames(),
                                                 warehouseFilter(log, parser, path),
                                                 analysisScope(parser), order, withEnd,
                                                 &interruptible);
            }
            if (warehouse) {
                // A row per event: the events come, and the rows are made here.
                TerminalProgress progress(Text::tr("Training"));
                PgConnection connection(warehouse->connection);
                const EventLog events = loadWarehouseEvents(
                    connection, *warehouse, log, warehouseFilter(log, parser, path), {}, &progress);
                NextStepEvaluation boosted = evaluateBoostedNextStep(
                    EventView(events, {}, analysisScope(parser)), withEnd, {}, &progress);
                progress.finish();
                return boosted;
            }
            const EventView view = analysisView(log, parser, path);
            if (method == QLatin1String("markov"))
                return evaluateNextStep(view, order, withEnd);
            TerminalProgress progress(Text::tr("Training"));
            NextStepEvaluation boosted = evaluateBoostedNextStep(view, withEnd, {}, &progress);
            progress.finish();
            return boosted;
        }();
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(next.toJson());
        } else {
            print(Text::tr("next touchpoint, %1%2: top-1 %3 %, top-3 %4 % over %L5 "
                           "prefixes of %L6 test journeys (%L7 learnt)")
                      .arg(next.method == QLatin1String("markov")
                               ? Text::tr("Markov order %1").arg(next.order)
                               : Text::tr("XGBoost"))
                      .arg(next.withEnd ? Text::tr(" with the end") : QString())
                      .arg(next.top1 * 100, 0, 'f', 1)
                      .arg(next.top3 * 100, 0, 'f', 1)
                      .arg(next.predictions)
                      .arg(next.testJourneys)
                      .arg(next.trainingJourneys));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
