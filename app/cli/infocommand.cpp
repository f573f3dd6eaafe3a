#include "app/cli/clicommand.h"
#include "core/base/timeutil.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::info", text);
}

QString summaryText(const QString& path, const ProjectSummary& summary)
{
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -13).arg(value);
    };
    const auto number = [](qint64 value) { return QStringLiteral("%L1").arg(value); };
    QString text;
    text += line(tr("Project"), path);
    text += line(tr("Events"), number(summary.events));
    text += line(tr("Customers"), number(summary.customers));
    if (summary.mergedCustomers > 0)
        text += line(tr("Merged"), tr("%1 customer records found to be the same person as another")
                                       .arg(number(summary.mergedCustomers)));
    if (summary.withoutConsent > 0)
        text += line(tr("No consent"), tr("%1 customers kept out of analyses and exports")
                                           .arg(number(summary.withoutConsent)));
    text += line(tr("Sessions"), number(summary.sessions));
    text += line(tr("Touchpoints"), number(summary.touchpoints));
    text += line(tr("Channels"), number(summary.channels));
    text += line(tr("First event"), summary.firstMs ? formatIsoUtc(*summary.firstMs) : tr("none"));
    text += line(tr("Last event"), summary.lastMs ? formatIsoUtc(*summary.lastMs) : tr("none"));
    text += line(tr("Sources"), number(summary.sources.size()));
    for (const SourceSummary& source : summary.sources) {
        text += tr("  %1: %2 rows, %3 imported, %4 skipped, on %5\n")
                    .arg(source.name, number(source.rows), number(source.imported),
                         number(source.skipped), formatIsoUtc(source.importedAtMs));
    }
    return text;
}

} // namespace

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows what a project holds."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (*.journey)."));
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("info"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        const auto project = Project::openForReading(path);
        const ProjectSummary summary = ProjectSummary::read(project->database());
        if (parser.isSet(QStringLiteral("json")))
            printJson(summary.toJson());
        else
            print(summaryText(path, summary));
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
