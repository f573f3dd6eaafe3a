#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

namespace journeyscope::cli {

/// Exit codes of journeyscope-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// One sub-command: `journeyscope-cli NAME ...`.
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

const QList<Command>& commands();

int runImport(const QStringList& arguments);
int runConnect(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runGenerate(const QStringList& arguments);
int runMerges(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runGraph(const QStringList& arguments);
int runFunnel(const QStringList& arguments);
int runPaths(const QStringList& arguments);
int runStages(const QStringList& arguments);
int runFriction(const QStringList& arguments);
int runSegments(const QStringList& arguments);
int runPersonas(const QStringList& arguments);
int runGoal(const QStringList& arguments);
int runTrain(const QStringList& arguments);
int runCorrelate(const QStringList& arguments);
int runAttribute(const QStringList& arguments);
int runNext(const QStringList& arguments);
int runExperiment(const QStringList& arguments);
int runModels(const QStringList& arguments);
int runScore(const QStringList& arguments);
int runExplain(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runNotes(const QStringList& arguments);
int runEraseCustomer(const QStringList& arguments);

/**
 * Parses \a arguments (argv from the command name on) with \a parser, after adding --help
 * and --json. Prints help and returns Success, or prints a one-line usage error and returns
 * UsageError; returns -1 when the command should go on.
 */
int parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                   int minimumPositional);

/// Prints \a message as one line on stderr.
void printError(const QString& message);
/// Prints \a text on stdout.
void print(const QString& text);
/// Prints \a object as one JSON document on stdout.
void printJson(const QJsonObject& object);
/// Prints \a object compactly on one line of stdout (a stream of JSON Lines).
void printJsonLine(const QJsonObject& object);

} // namespace journeyscope::cli
