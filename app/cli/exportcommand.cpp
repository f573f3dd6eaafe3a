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

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::export", text);
}

} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the project's events, one trace per person, as an XES event log (for "
           "process-mining tools) or as CSV; people without analytics consent are left out. "
           "With --view, draws a view as PDF, PNG or SVG instead."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("format"),
                      tr("xes or csv for the events; pdf, png or svg for a view."),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The file to write; a name ending in .gz is compressed."),
                      QStringLiteral("FILE")});
    addViewExportOptions(parser);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("export"), 1); exit >= 0)
        return exit;
    const QString format = parser.value(QStringLiteral("format"));
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        printError(tr("journeyscope-cli export: missing --output FILE (see --help)"));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("view")))
        return exportView(parser, parser.positionalArguments().at(1), path);
    if (format != QLatin1String("xes") && format != QLatin1String("csv")) {
        printError(tr("journeyscope-cli export: --format must be xes or csv (see --help)"));
        return UsageError;
    }
    try {
        const auto project = Project::openForReading(parser.positionalArguments().at(1));
        // Written beside the target and moved into place only when complete.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(Location(path), file.errorString());
        TerminalProgress progress(tr("Exporting"));
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
            print(tr("Wrote %L1 events of %L2 customers to %3%4")
                      .arg(summary.events)
                      .arg(summary.traces)
                      .arg(path, summary.withoutConsent
                                     ? tr(" (%L1 customers left out for lack of consent)")
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
