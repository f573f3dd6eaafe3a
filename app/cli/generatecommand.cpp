#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/base/error.h"
#include "core/sample/clickstreamgenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::generate)
};

qint64 positiveNumber(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1) {
        throw Error(
            Location(QStringLiteral("--") + option),
            Text::tr("expected a positive whole number, found \"%1\"").arg(parser.value(option)));
    }
    return value;
}

} // namespace

int runGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes a realistic multi-channel clickstream (web, app, email, social, call "
                 "centre, store) as CSV. The same options always give the same bytes."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("The CSV file to write (- for standard output)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("customers"), Text::tr("How many customers (default 2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("events"),
                      Text::tr("Stop after this many events (default: every journey to its end)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), Text::tr("Random seed (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("generate"), 0);
        exit >= 0)
        return exit;
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(Text::tr("journeyscope-cli generate: missing --output FILE (see --help)"));
        return UsageError;
    }
    try {
        ClickstreamOptions options;
        options.customers = positiveNumber(parser, QStringLiteral("customers"));
        options.seed = quint64(positiveNumber(parser, QStringLiteral("seed")));
        if (parser.isSet(QStringLiteral("events")))
            options.maxEvents = positiveNumber(parser, QStringLiteral("events"));

        const QString path = parser.value(QStringLiteral("output"));
        TerminalProgress progress(Text::tr("Generating"));
        qint64 events = 0;
        if (path == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                throw Error(Location(QStringLiteral("stdout")), out.errorString());
            events = ClickstreamGenerator::writeCsv(options, out, &progress);
        } else {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                throw Error(Location(path), out.errorString());
            events = ClickstreamGenerator::writeCsv(options, out, &progress);
            if (!out.commit())
                throw Error(Location(path), out.errorString());
        }
        progress.finish();
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("events"), events},
                       {QStringLiteral("customers"), options.customers}});
        } else if (path != QLatin1String("-")) {
            print(Text::tr("Wrote %L1 events of %L2 customers to %3")
                      .arg(events)
                      .arg(options.customers)
                      .arg(path));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
