#pragma once

#include "core/journey/eventview.h"

#include <optional>
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
 */
struct Goal
{
    static constexpr qint64 DefaultWindowMs = qint64(30) * 24 * 3600 * 1000;

    std::vector<quint16> touchpoints;
    std::optional<qint64> windowMs = DefaultWindowMs;

    bool isGoal(quint16 touchpoint) const;
    /// Index within \a journey of its first goal event inside the window, or -1.
    qsizetype firstGoal(const EventLog& log, const Journey& journey) const;
    /// \a dataEndMs: the time of the last event in the log.
    Outcome outcome(const EventLog& log, const Journey& journey, qint64 dataEndMs) const;
};

/// "converted", "dropped off", "open".
QString outcomeName(Outcome outcome);

class Database;

/// A project's goal as stored: touchpoint names (indices differ between logs) and the window.
struct ProjectGoal
{
    QStringList touchpoints;
    std::optional<qint64> windowMs = Goal::DefaultWindowMs;

    /// The project's goal, or nullopt when none was set.
    static std::optional<ProjectGoal> read(const Database& db);
    /// Stores \a goal in the caller's transaction.
    static void write(Database& db, const ProjectGoal& goal);
    /// The Goal in \a log's touchpoints; names the log does not have are left out.
    Goal resolve(const EventLog& log) const;
};

} // namespace journeyscope
