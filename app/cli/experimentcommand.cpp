#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/journey/customerattributes.h"
#include "core/predict/experiment.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseexperiment.h"

#include <cmath>
#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::experiment)
};

QString percent(double rate)
{
    return std::isnan(rate) ? QStringLiteral("-")
                            : QStringLiteral("%1 %").arg(rate * 100, 0, 'f', 2);
}

} // namespace

int runExperiment(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Reads out an experiment: conversion per group of a customer column (variant, "
                 "control, hold-out) with 95 % intervals, and each group's lift over the control "
                 "group with its significance."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("assignment"),
                      Text::tr("The customer column that says each customer's group."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("control"), Text::tr("The control group (default control)."),
                      QStringLiteral("VALUE"), QStringLiteral("control")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("experiment"), 1);
        exit >= 0)
        return exit;
    if (!parser.isSet(QStringLiteral("assignment"))) {
        printError(Text::tr("journeyscope-cli experiment: missing --assignment (see --help)"));
        return UsageError;
    }
    const QString path = parser.positionalArguments().at(1);
    try {
        const std::optional<WarehouseSource> warehouse = warehouseSource(path);
        const QString assignment = parser.value(QStringLiteral("assignment"));
        const QString control = parser.value(QStringLiteral("control"));
        ExperimentReadout readout;
        if (warehouse) {
            const EventLog names = loadEventNames(path);
            const Goal goal = requiredGoal(names, parser, path);
            blamingOption(QStringLiteral("--assignment"),
                          [&] { warehouse->requireAttribute(assignment); });
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the queries
            PgConnection connection(warehouse->connection);
            const WarehouseFilter filter = warehouseFilter(names, parser, path);
            readout = blamingOption(QStringLiteral("--control"), [&] {
                return countWarehouseExperiment(connection, *warehouse, names.touchpointNames(),
                                                filter, goal, assignment, control, &interruptible);
            });
        } else {
            const EventLog log = loadEventLog(path);
            const Goal goal = requiredGoal(log, parser, path);
            const auto project = Project::openForReading(path);
            const std::vector<QString> labels = blamingOption(QStringLiteral("--assignment"), [&] {
                return customerAttribute(project->database(), log, assignment);
            });
            const EventView view = analysisView(log, parser, path);
            readout = blamingOption(QStringLiteral("--control"),
                                    [&] { return readExperiment(view, goal, labels, control); });
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(readout.toJson());
            return Success;
        }
        QString out;
        for (const ExperimentGroup& group : readout.groups) {
            out +=
                Text::tr("%1: %L2 of %L3 converted, %4 (95 % %5 to %6)%7\n")
                    .arg(group.name)
                    .arg(group.converted)
                    .arg(group.customers)
                    .arg(percent(group.rate), percent(group.low), percent(group.high))
                    .arg(group.open > 0 ? Text::tr("; %L1 still open").arg(group.open) : QString());
        }
        for (const ExperimentComparison& c : readout.comparisons) {
            out += Text::tr("%1 against %2: %3 points (95 % %4 to %5), %6 relative; p = %7, %8\n")
                       .arg(c.group, readout.control)
                       .arg(c.absoluteLift * 100, 0, 'f', 2)
                       .arg(c.low * 100, 0, 'f', 2)
                       .arg(c.high * 100, 0, 'f', 2)
                       .arg(percent(c.relativeLift))
                       .arg(c.pValue, 0, 'g', 3)
                       .arg(c.significant ? Text::tr("significant at 5 %")
                                          : Text::tr("not significant"));
        }
        print(out);
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
