#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousetotals.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::info)
};

QString summaryText(const QString& path, const ProjectSummary& summary)
{
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -13).arg(value);
    };
    const auto number = [](qint64 value) { return QStringLiteral("%L1").arg(value); };
    QString text;
    text += line(Text::tr("Project"), path);
    text += line(Text::tr("Events"), number(summary.events));
    text += line(Text::tr("Customers"), number(summary.customers));
    if (summary.mergedCustomers > 0)
        text += line(Text::tr("Merged"),
                     Text::tr("%1 customer records found to be the same person as another")
                         .arg(number(summary.mergedCustomers)));
    if (summary.withoutConsent > 0)
        text +=
            line(Text::tr("No consent"), Text::tr("%1 customers kept out of analyses and exports")
                                             .arg(number(summary.withoutConsent)));
    text += line(Text::tr("Sessions"), number(summary.sessions));
    text += line(Text::tr("Touchpoints"), number(summary.touchpoints));
    text += line(Text::tr("Channels"), number(summary.channels));
    text += line(Text::tr("First event"),
                 summary.firstMs ? formatIsoUtc(*summary.firstMs) : Text::tr("none"));
    text += line(Text::tr("Last event"),
                 summary.lastMs ? formatIsoUtc(*summary.lastMs) : Text::tr("none"));
    text += line(Text::tr("Sources"), number(summary.sources.size()));
    for (const SourceSummary& source : summary.sources) {
        text += Text::tr("  %1: %2 rows, %3 imported, %4 skipped, on %5\n")
                    .arg(source.name, number(source.rows), number(source.imported),
                         number(source.skipped), formatIsoUtc(source.importedAtMs));
    }
    return text;
}

} // namespace

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Shows what a project holds."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("info"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        const auto project = Project::openForReading(path);
        ProjectSummary summary = ProjectSummary::read(project->database());
        QJsonObject json;
        QString text;
        if (const auto source = WarehouseSource::read(project->database())) {
            // The events are counted where they are.
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(source->connection);
            const WarehouseTotals totals = countWarehouse(connection, *source, &interruptible);
            summary.events = totals.events;
            summary.customers = totals.customers;
            summary.sessions = totals.sessions;
            summary.firstMs = totals.firstMs;
            summary.lastMs = totals.lastMs;
            json.insert(QStringLiteral("warehouse"),
                        QJsonObject{{QStringLiteral("server"), connection.describe()},
                                    {QStringLiteral("table"), source->table}});
            text = Text::tr("Warehouse:    table %1 at %2\n")
                       .arg(source->table, connection.describe());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject base = summary.toJson();
            for (auto it = base.begin(); it != base.end(); ++it)
                json.insert(it.key(), it.value());
            printJson(json);
        } else {
            print(summaryText(path, summary) + text);
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
