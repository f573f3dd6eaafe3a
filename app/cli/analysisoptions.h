#pragma once

#include "core/base/error.h"
#include "core/journey/eventview.h"
#include "core/journey/goal.h"
#include "core/warehouse/warehousequery.h"

#include <QCommandLineParser>

namespace journeyscope::cli {

/// Adds the options every analysis shares: --from, --to, --channel, --where, --segment,
/// --persona, --by customer|session, and with \a withGoal --goal, --window and --outcome.
void addAnalysisOptions(QCommandLineParser& parser, bool withGoal);

/// Loads the project's events (read-only), with progress on a terminal. Throws Error.
EventLog loadEventLog(const QString& projectPath);

/// The names of a project's touchpoints, channels and stages, without its events.
EventLog loadEventNames(const QString& projectPath);
/// The warehouse a project's events live in, or nullopt when they were imported.
std::optional<WarehouseSource> warehouseSource(const QString& projectPath);
/// The filter of the options for a warehouse project, over \a names; a segment or persona
/// is recomputed in the warehouse. Throws Error, also for --where (a warehouse project has
/// no customer attributes).
WarehouseFilter warehouseFilter(const EventLog& names, const QCommandLineParser& parser,
                                const QString& projectPath);

/// The view the options ask for. Throws Error for a bad date, an unknown channel, attribute,
/// segment or persona.
EventView analysisView(const EventLog& log, const QCommandLineParser& parser,
                       const QString& projectPath);

/// The journeys of --by: a customer's events or each session. Throws Error.
JourneyScope analysisScope(const QCommandLineParser& parser);

/// The goal of --goal/--window or --outcome, else the project's goal (see `goal`); nullopt
/// without any. Throws Error.
std::optional<Goal> analysisGoal(const EventLog& log, const QCommandLineParser& parser,
                                 const QString& projectPath);

/// The date or time of option \a name (without dashes); throws Error naming it.
qint64 dateOption(const QCommandLineParser& parser, const QString& name);
/// The touchpoint named \a name; throws Error naming \a option and the known touchpoints.
quint16 touchpointNamed(const EventLog& log, const QString& name, const QString& option);

/// analysisGoal(), for analyses that cannot go without one: throws Error naming --goal.
Goal requiredGoal(const EventLog& log, const QCommandLineParser& parser,
                  const QString& projectPath);

/// The goal when a customer attribute decides it (--outcome, or the project's goal): the
/// attribute and its values of success; nullopt when touchpoints do.
std::optional<ProjectGoal> outcomeColumnGoal(const QCommandLineParser& parser,
                                             const QString& projectPath);
/// The goal of a customer attribute: "ATTRIBUTE" (true, yes or 1 mean success) or
/// "ATTRIBUTE=VALUE,...", as --outcome and `goal --outcome` take it. Throws Error.
ProjectGoal outcomeGoal(const QString& option, const QString& text);

/**
 * Runs \a work and returns what it returns; an Error from it is thrown again as an error
 * of \a option, so that the one-line message names the option that led to it.
 */
template <typename Work> auto blamingOption(const QString& option, Work&& work)
{
    try {
        return work();
    } catch (const Error& error) {
        throw Error(Location(option), error.message());
    }
}

/// Touchpoint names from "A,B,C" (names containing commas: repeat the single option).
QStringList splitNames(const QString& list);

} // namespace journeyscope::cli
