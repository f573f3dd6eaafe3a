#include "app/cli/clicommand.h"

#include <cstdio>
#include <QCoreApplication>
#include <QJsonDocument>

namespace journeyscope::cli {

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"import", QT_TRANSLATE_NOOP("journeyscope::cli", "import files into a project"),
         runImport},
        {"connect",
         QT_TRANSLATE_NOOP("journeyscope::cli",
                           "a project whose events stay in a PostgreSQL-compatible database"),
         runConnect},
        {"info", QT_TRANSLATE_NOOP("journeyscope::cli", "show what a project holds"), runInfo},
        {"goal", QT_TRANSLATE_NOOP("journeyscope::cli", "show or set the project's goal"), runGoal},
        {"graph",
         QT_TRANSLATE_NOOP("journeyscope::cli",
                           "the journey graph: which touchpoint follows which"),
         runGraph},
        {"funnel", QT_TRANSLATE_NOOP("journeyscope::cli", "how many journeys get through steps"),
         runFunnel},
        {"paths",
         QT_TRANSLATE_NOOP("journeyscope::cli", "path variants, Sankey paths, step matrix"),
         runPaths},
        {"stages", QT_TRANSLATE_NOOP("journeyscope::cli", "show, edit or propose stages"),
         runStages},
        {"friction", QT_TRANSLATE_NOOP("journeyscope::cli", "where journeys struggle"),
         runFriction},
        {"notes",
         QT_TRANSLATE_NOOP("journeyscope::cli",
                           "pain points, opportunities and emotions written on the map"),
         runNotes},
        {"segments", QT_TRANSLATE_NOOP("journeyscope::cli", "customer segments and persona drafts"),
         runSegments},
        {"personas",
         QT_TRANSLATE_NOOP("journeyscope::cli", "the project's personas with their numbers"),
         runPersonas},
        {"correlate",
         QT_TRANSLATE_NOOP("journeyscope::cli",
                           "which touchpoints and attributes go with converting"),
         runCorrelate},
        {"attribute",
         QT_TRANSLATE_NOOP("journeyscope::cli", "which channels get credit for conversions"),
         runAttribute},
        {"next",
         QT_TRANSLATE_NOOP("journeyscope::cli", "how well the next touchpoint is predicted"),
         runNext},
        {"experiment",
         QT_TRANSLATE_NOOP("journeyscope::cli", "conversion and lift per group of an experiment"),
         runExperiment},
        {"train",
         QT_TRANSLATE_NOOP("journeyscope::cli",
                           "train and store a model of drop-off or of a customer column"),
         runTrain},
        {"score",
         QT_TRANSLATE_NOOP("journeyscope::cli", "score customers and list those most at risk"),
         runScore},
        {"explain", QT_TRANSLATE_NOOP("journeyscope::cli", "what drives a model, or one score"),
         runExplain},
        {"report",
         QT_TRANSLATE_NOOP("journeyscope::cli", "the models' accuracy beside published figures"),
         runReport},
        {"models", QT_TRANSLATE_NOOP("journeyscope::cli", "the models stored in the project"),
         runModels},
        {"merges",
         QT_TRANSLATE_NOOP("journeyscope::cli", "list or undo merges of customers into one person"),
         runMerges},
        {"export", QT_TRANSLATE_NOOP("journeyscope::cli", "write the events as XES or CSV"),
         runExport},
        {"erase-customer",
         QT_TRANSLATE_NOOP("journeyscope::cli", "erase every trace of one customer"),
         runEraseCustomer},
        {"generate",
         QT_TRANSLATE_NOOP("journeyscope::cli", "write a demo clickstream CSV (seeded)"),
         runGenerate},
    };
    return list;
}

int parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                   int minimumPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("journeyscope::cli", "Show this help."));
    parser.addOption(help);
    parser.addOption(
        {QStringLiteral("json"),
         QCoreApplication::translate("journeyscope::cli", "Print one JSON document on stdout.")});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("journeyscope-cli"));
    if (!parser.parse(argv)) {
        printError(QStringLiteral("journeyscope-cli %1: %2 (see --help)")
                       .arg(command, parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("journeyscope-cli [options]"),
                     QStringLiteral("journeyscope-cli %1 [options]").arg(command));
        print(text);
        return Success;
    }
    // The first positional argument is the command's own name.
    if (parser.positionalArguments().size() - 1 < minimumPositional) {
        printError(QCoreApplication::translate("journeyscope::cli",
                                               "journeyscope-cli %1: missing arguments (see "
                                               "--help)")
                       .arg(command));
        return UsageError;
    }
    return -1;
}

void printError(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void print(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void printJsonLine(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
}

} // namespace journeyscope::cli
