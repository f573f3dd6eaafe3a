#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/jsoncsv.h"
#include "app/cli/terminalprogress.h"
#include "core/journey/customerattributes.h"
#include "core/predict/correlation.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseattributevalues.h"
#include "core/warehouse/warehousecorrelation.h"

#include <QCoreApplication>
#include <QSet>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::correlate)
};

/// Attributes with at most this many values among the customers are compared by default.
constexpr qsizetype MaxDefaultValues = 20;

/// The correlations of an imported project's touchpoints and customer attributes.
CorrelationReport correlate(const EventLog& log, const Goal& goal, const QCommandLineParser& parser,
                            const QString& path)
{
    const auto project = Project::openForReading(path);
    std::vector<std::pair<QString, std::vector<QString>>> attributes;
    const QStringList names = parser.isSet(QStringLiteral("attributes"))
                                  ? splitNames(parser.value(QStringLiteral("attributes")))
                                  : customerAttributeNames(project->database());
    for (const QString& name : names) {
        std::vector<QString> labels = blamingOption(QStringLiteral("--attributes"), [&] {
            return customerAttribute(project->database(), log, name);
        });
        QSet<QString> distinct(labels.begin(), labels.end());
        distinct.remove(QString()); // no value
        if (!parser.isSet(QStringLiteral("attributes")) && distinct.size() > MaxDefaultValues)
            continue;
        attributes.emplace_back(name, std::move(labels));
    }
    return correlateWithConversion(analysisView(log, parser, path), goal, attributes);
}

/// The attributes a warehouse project compares: those named, or those with few values.
QStringList warehouseAttributes(PgConnection& connection, const WarehouseSource& source,
                                const QCommandLineParser& parser, Feedback* feedback)
{
    if (parser.isSet(QStringLiteral("attributes"))) {
        const QStringList names = splitNames(parser.value(QStringLiteral("attributes")));
        for (const QString& name : names)
            blamingOption(QStringLiteral("--attributes"), [&] { source.requireAttribute(name); });
        return names;
    }
    const std::vector<std::map<QString, qint64>> values =
        countWarehouseAttributeValues(connection, source, source.customerAttributes, feedback);
    QStringList names;
    for (qsizetype a = 0; a < source.customerAttributes.size(); ++a) {
        if (values[size_t(a)].size() <= MaxDefaultValues)
            names.append(source.customerAttributes[a]);
    }
    return names;
}

} // namespace

int runCorrelate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Which touchpoints and customer attributes go with converting: the odds ratio of "
                 "converting between the customers who did something and those who did not."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("attributes"),
                      Text::tr("Customer attributes to compare (comma-separated; default: those "
                               "with at most 20 values)."),
                      QStringLiteral("NAMES")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print CSV.")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("correlate"), 1);
        exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        const std::optional<WarehouseSource> warehouse = warehouseSource(path);
        const EventLog log = warehouse ? loadEventNames(path) : loadEventLog(path);
        const Goal goal = requiredGoal(log, parser, path);
        CorrelationReport report;
        if (warehouse) {
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the queries
            PgConnection connection(warehouse->connection);
            const QStringList attributes =
                warehouseAttributes(connection, *warehouse, parser, &interruptible);
            report = countWarehouseCorrelations(
                connection, *warehouse, log.touchpointNames(), warehouseFilter(log, parser, path),
                analysisScope(parser), goal, attributes, &interruptible);
        } else {
            report = correlate(log, goal, parser, path);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(report.toJson());
        } else if (parser.isSet(QStringLiteral("csv"))) {
            print(jsonRowsToCsv(
                {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("odds_ratio"),
                 QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("did_converted"),
                 QStringLiteral("did_not_converted"), QStringLiteral("did_not_do_converted"),
                 QStringLiteral("did_not_do_not_converted"), QStringLiteral("sentence")},
                report.toJson()[QStringLiteral("correlations")].toArray()));
        } else {
            QString out =
                Text::tr("%L1 closed journeys, %L2 converted; listed: what at least %L3 did "
                         "and %L3 did not\n")
                    .arg(report.journeys)
                    .arg(report.converted)
                    .arg(report.minimumSupport);
            for (const ConversionCorrelation& c : report.correlations) {
                out += QStringLiteral("%1  (odds ratio %2, 95 % %3 to %4)\n")
                           .arg(c.sentence())
                           .arg(c.oddsRatio, 0, 'f', 2)
                           .arg(c.low, 0, 'f', 2)
                           .arg(c.high, 0, 'f', 2);
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
