#include "app/cli/clicommand.h"
#include "app/cli/exportview.h"
#include "app/cli/terminalprogress.h"
#include "core/base/gzipfile.h"
#include "core/ingest/projectexport.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::export)
};

} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes the project's events, one trace per person, as an XES event log (for "
                 "process-mining tools) or as CSV; people without analytics consent are left out. "
                 "With --view, draws a view as PDF, PNG or SVG instead."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption(
        {QStringLiteral("format"),
         Text::tr("xes or csv for the events; pdf, png or svg for a view (default: what the "
                  "output's name ends in)."),
         QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("The file to write; a name ending in .gz is compressed."),
                      QStringLiteral("FILE")});
    addViewExportOptions(parser);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("export"), 1); exit >= 0)
        return exit;
    const QString path = parser.value(QStringLiteral("output"));
    const QString format = formatOption(parser, path);
    if (path.isEmpty()) {
        printError(Text::tr("journeyscope-cli export: missing --output FILE (see --help)"));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("view")))
        return exportView(parser, parser.positionalArguments().at(1), path);
    if (format != QLatin1String("xes") && format != QLatin1String("csv")) {
        printError(Text::tr("journeyscope-cli export: --format must be xes or csv (see --help)"));
        return UsageError;
    }
    try {
        const auto project = Project::openForReading(parser.positionalArguments().at(1));
        // Written beside the target and moved into place only when complete.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(Location(path), file.errorString());
        TerminalProgress progress(Text::tr("Exporting"));
        ExportSummary summary;
        const auto write = [&](QIODevice& out) {
            summary = format == QLatin1String("xes")
                          ? exportXes(project->database(), out, &progress)
                          : exportCsv(project->database(), out, &progress);
        };
        if (path.endsWith(QLatin1String(".gz"))) {
            GzipWriter gzip(file);
            if (!gzip.open(QIODevice::WriteOnly))
                throw Error(Location(path), gzip.errorString());
            write(gzip);
            if (!gzip.finish())
                throw Error(Location(path), gzip.errorString());
        } else {
            write(file);
        }
        if (!file.commit())
            throw Error(Location(path), file.errorString());
        progress.finish();
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("traces"), summary.traces},
                       {QStringLiteral("events"), summary.events},
                       {QStringLiteral("excluded_customers"), summary.withoutConsent}});
        } else {
            print(Text::tr("Wrote %L1 events of %L2 customers to %3%4")
                      .arg(summary.events)
                      .arg(summary.traces)
                      .arg(path, summary.withoutConsent
                                     ? Text::tr(" (%L1 customers left out for lack of consent)")
                                           .arg(summary.withoutConsent)
                                     : QString()));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
