#pragma once

#include "core/journey/eventview.h"

#include <memory>
#include <optional>
#include <QStringList>
#include <vector>

namespace journeyscope {

/// How a journey ended with respect to a goal.
enum class Outcome {
    Converted,  ///< reached a goal touchpoint within the window
    DroppedOff, ///< did not, and the window closed before the data ends
    Open,       ///< did not yet, but the window is still open at the end of the data
};

/**
 * Success for a journey: reaching any of a set of touchpoints (a purchase, a renewal)
 * within a window from the journey's first event (default 30 days; none: any time).
 * A journey without the goal is dropped off once its window closed before the end of the
 * data, and still open otherwise.
 *
 * Or an outcome the CRM recorded per customer (a churn or revenue column): then every
 * journey of a person has the person's outcome, and no event is the goal.
 */
struct Goal
{
    static constexpr qint64 DefaultWindowMs = qint64(30) * 24 * 3600 * 1000;

    std::vector<quint16> touchpoints;
    std::optional<qint64> windowMs = DefaultWindowMs;
    /// The outcome of each person of the log, when a customer column decides it.
    std::shared_ptr<const std::vector<Outcome>> personOutcomes;
    /// The customer attribute that decides outcomes (empty: touchpoints do) and its values
    /// that mean converted: what a warehouse query looks up where no log has persons.
    QString outcomeAttribute;
    QStringList convertedValues;
    /// Whether a customer attribute, not an event, decides outcomes.
    bool byAttribute() const { return personOutcomes || !outcomeAttribute.isEmpty(); }

    /// Outcomes from a customer attribute: a person whose label is one of \a convertedValues
    /// (compared without regard to case) converted, one with another label dropped off, one
    /// without a label is open.
    static Goal fromOutcomeLabels(const std::vector<QString>& labels,
                                  const QStringList& convertedValues);
    /// Sets personOutcomes from \a labels, one per person, by convertedValues as
    /// fromOutcomeLabels() does (a goal of an attribute once its people are known).
    void decideByLabels(const std::vector<QString>& labels);

    bool isGoal(quint16 touchpoint) const;
    /// Index within \a journey of its first goal event inside the window, or -1.
    qsizetype firstGoal(const EventLog& log, const Journey& journey) const;
    /// \a dataEndMs: the time of the last event in the log.
    Outcome outcome(const EventLog& log, const Journey& journey, qint64 dataEndMs) const;
    /// outcome() for a journey whose first goal event is known: \a goalAt as firstGoal()
    /// gives it, so that callers that need both scan the journey once.
    Outcome outcome(const EventLog& log, const Journey& journey, qint64 dataEndMs,
                    qsizetype goalAt) const;
};

/// "converted", "dropped off", "open".
QString outcomeName(Outcome outcome);

class Database;

/**
 * A project's goal as stored: touchpoint names (indices differ between logs) and the
 * window, or a customer attribute and the values of it that mean success.
 */
struct ProjectGoal
{
    QStringList touchpoints;
    std::optional<qint64> windowMs = Goal::DefaultWindowMs;
    QString outcomeAttribute;
    QStringList convertedValues;

    /// The project's goal, or nullopt when none was set.
    static std::optional<ProjectGoal> read(const Database& db);
    /// Stores \a goal in the caller's transaction.
    static void write(Database& db, const ProjectGoal& goal);
    /// The Goal in \a log's touchpoints (names the log does not have are left out), or
    /// by \a db's customer attribute. Throws Error when the attribute is gone.
    Goal resolve(const EventLog& log, const Database& db) const;
    /// resolve() for a project whose customers live elsewhere (a warehouse): an outcome
    /// attribute is named in the Goal, not looked up.
    Goal resolveNamesOnly(const EventLog& log) const;
};

} // namespace journeyscope
