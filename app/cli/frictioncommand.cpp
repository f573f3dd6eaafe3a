#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/frictionmatrixoption.h"
#include "app/cli/jsoncsv.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/journey/friction.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousefriction.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::friction)
};

QString percent(double rate)
{
    return std::isnan(rate) ? QStringLiteral("-")
                            : QStringLiteral("%1 %").arg(rate * 100, 0, 'f', 1);
}

QString ratioText(double ratio)
{
    if (std::isnan(ratio))
        return QStringLiteral("-");
    return QStringLiteral("%1x").arg(ratio, 0, 'f', ratio < 10 ? 1 : 0);
}

/// One table of \a units, highest score first (those without a score last).
QString table(const std::vector<FrictionMetrics>& units, const QString& kind, bool dropOff)
{
    std::vector<const FrictionMetrics*> ranked;
    for (const FrictionMetrics& metrics : units)
        ranked.push_back(&metrics);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto* a, const auto* b) {
        return (std::isnan(a->score) ? -1 : a->score) > (std::isnan(b->score) ? -1 : b->score);
    });
    QString out = Text::tr("score  exit    loop    backtrack  dwell    %1%2\n")
                      .arg(dropOff ? Text::tr("drop-off  ") : QString(), kind);
    for (const FrictionMetrics* metrics : ranked) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                   .arg(std::isnan(metrics->score) ? QStringLiteral(" -  ")
                                                   : QString::number(metrics->score, 'f', 2))
                   .arg(percent(metrics->exitRate), -6)
                   .arg(percent(metrics->loopRate), -6)
                   .arg(percent(metrics->backtrackRate), -9)
                   .arg(ratioText(metrics->dwellRatio), -7)
                   .arg(dropOff ? QStringLiteral("%1  ").arg(percent(metrics->dropOffRate), -8)
                                : QString())
                   .arg(metrics->name);
    }
    return out;
}

QString text(const FrictionReport& report)
{
    QString out = Text::tr("%L1 journeys: %L2 converted, %L3 dropped off, %L4 open\n")
                      .arg(report.journeys)
                      .arg(report.converted)
                      .arg(report.droppedOff)
                      .arg(report.open);
    out += table(report.touchpoints, Text::tr("touchpoint"), false);
    out += QLatin1Char('\n') + table(report.stages, Text::tr("stage"), true);
    if (!report.channels.empty())
        out += QLatin1Char('\n') + table(report.channels, Text::tr("channel"), false);
    out += QLatin1Char('\n') + report.weights.formula() + QLatin1Char('\n') +
           Text::tr("dwell: median time to the next event against the overall median (%1); "
                    "units reached by fewer than %L2 journeys get no score\n")
               .arg(readableDuration(report.medianDwellSeconds))
               .arg(report.minJourneys);
    return out;
}

/// --weights E,L,B,D.
FrictionWeights weightsOption(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    std::array<double, 4> values{};
    bool ok = parts.size() == 4;
    for (qsizetype i = 0; ok && i < 4; ++i)
        values[size_t(i)] = parts[i].trimmed().toDouble(&ok);
    const bool usable = ok &&
                        std::all_of(values.begin(), values.end(),
                                    [](double w) { return w >= 0 && std::isfinite(w); }) &&
                        values[0] + values[1] + values[2] + values[3] > 0;
    if (!usable) {
        throw Error(Location(QStringLiteral("--weights")),
                    Text::tr("expected four numbers E,L,B,D of 0 or more, not all 0, such as "
                             "0.4,0.2,0.2,0.2; found \"%1\"")
                        .arg(text));
    }
    return {values[0], values[1], values[2], values[3]};
}

/// The columns of FrictionMetrics::toJson(), for --csv.
const QStringList MetricColumns = {
    QStringLiteral("score"),         QStringLiteral("enough_data"),
    QStringLiteral("events"),        QStringLiteral("journeys"),
    QStringLiteral("open_journeys"), QStringLiteral("exits"),
    QStringLiteral("exit_rate"),     QStringLiteral("repeats"),
    QStringLiteral("repeat_rate"),   QStringLiteral("loops"),
    QStringLiteral("loop_rate"),     QStringLiteral("staged_moves"),
    QStringLiteral("backtracks"),    QStringLiteral("backtrack_rate"),
    QStringLiteral("dwells"),        QStringLiteral("median_dwell_seconds"),
    QStringLiteral("dwell_ratio"),   QStringLiteral("median_delay_seconds"),
    QStringLiteral("delay_ratio"),
};

} // namespace

int runFriction(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Where journeys struggle: exits without the goal, loops, repeats, backtracks and "
        "slow steps per touchpoint, stage and channel, with a friction score from 0 to 1."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption(
        {QStringLiteral("matrix"),
         Text::tr("A heatmap table instead: stages by channel, or touchpoints by segment "
                  "(see --segment-by)."),
         QStringLiteral("stage-channel|touchpoint-segment")});
    parser.addOption({QStringLiteral("segment-by"),
                      Text::tr("The segments of touchpoint-segment: RFM, or a customer attribute's "
                               "values."),
                      QStringLiteral("rfm|ATTRIBUTE"), QStringLiteral("rfm")});
    parser.addOption({QStringLiteral("min-journeys"),
                      Text::tr("Fewer journeys than this give no score (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("weights"),
                      Text::tr("The score's weights of exit, loop, backtrack and dwell (default "
                               "0.4,0.2,0.2,0.2)."),
                      QStringLiteral("E,L,B,D")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print CSV.")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("friction"), 1);
        exit >= 0)
        return exit;
    try {
        const QString projectPath = parser.positionalArguments().at(1);
        // A warehouse counts friction where the events are.
        const std::optional<WarehouseSource> warehouse = warehouseSource(projectPath);
        const EventLog log = warehouse ? loadEventNames(projectPath) : loadEventLog(projectPath);
        // A warehouse project's customers are chosen in the warehouse (warehouseFilter).
        const EventView view = warehouse ? EventView(log, {}, analysisScope(parser))
                                         : analysisView(log, parser, projectPath);
        const Goal goal = analysisGoal(log, parser, projectPath).value_or(Goal{});
        FrictionOptions options;
        bool ok = false;
        options.minJourneys = parser.value(QStringLiteral("min-journeys")).toLongLong(&ok);
        if (!ok || options.minJourneys < 1) {
            throw Error(Location(QStringLiteral("--min-journeys")),
                        Text::tr("expected a number of journeys of 1 or more, found \"%1\"")
                            .arg(parser.value(QStringLiteral("min-journeys"))));
        }
        if (parser.isSet(QStringLiteral("weights")))
            options.weights = weightsOption(parser.value(QStringLiteral("weights")));
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool csv = parser.isSet(QStringLiteral("csv"));
        const QString matrix = parser.value(QStringLiteral("matrix"));
        if (!matrix.isEmpty()) {
            FrictionMatrix table;
            if (warehouse) {
                TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
                PgConnection connection(warehouse->connection);
                table = warehouseFrictionMatrixOption(parser, connection, *warehouse, log,
                                                      warehouseFilter(log, parser, projectPath),
                                                      view.scope(), goal, options, &interruptible);
            } else {
                table = frictionMatrixOption(parser, view, goal, options, projectPath);
            }
            if (json) {
                printJson(table.toJson());
            } else if (csv) {
                print(jsonRowsToCsv(QStringList{QStringLiteral("row"), QStringLiteral("column")} +
                                        MetricColumns,
                                    table.toJson()[QStringLiteral("cells")].toArray()));
            } else {
                QString out = QStringLiteral("%1 \\ %2: %3\n")
                                  .arg(table.rowKind, table.columnKind,
                                       table.columns.join(QStringLiteral(" | ")));
                for (qsizetype row = 0; row < table.rows.size(); ++row) {
                    QStringList cells;
                    for (qsizetype column = 0; column < table.columns.size(); ++column) {
                        const FrictionMetrics& cell = table.cell(row, column);
                        cells.append(cell.enoughData ? QString::number(cell.score, 'f', 2)
                                                     : QStringLiteral("  - "));
                    }
                    out += QStringLiteral("%1: %2\n")
                               .arg(table.rows[row], cells.join(QStringLiteral(" | ")));
                }
                print(out);
            }
            return Success;
        }
        FrictionReport report;
        if (warehouse) {
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(warehouse->connection);
            report = countWarehouseFriction(connection, *warehouse, log,
                                            warehouseFilter(log, parser, projectPath), view.scope(),
                                            goal, options, &interruptible);
        } else {
            report = computeFriction(view, goal, options);
        }
        if (json) {
            printJson(report.toJson());
        } else if (csv) {
            // One table: touchpoints (by score), stages, then channels.
            const QJsonObject table = report.toJson();
            QJsonArray rows;
            for (const char* kind : {"touchpoint", "stage", "channel"}) {
                const QString group = QString::fromLatin1(kind) + QLatin1Char('s');
                for (const QJsonValue& row : table[group].toArray()) {
                    QJsonObject object = row.toObject();
                    object.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
                    rows.append(object);
                }
            }
            print(jsonRowsToCsv(
                QStringList{QStringLiteral("kind"), QStringLiteral("name")} + MetricColumns +
                    QStringList{QStringLiteral("drop_offs"), QStringLiteral("drop_off_rate")},
                rows));
        } else {
            print(text(report));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
