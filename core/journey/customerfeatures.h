#pragma once

#include "core/journey/eventview.h"
#include "core/journey/goal.h"

#include <array>
#include <optional>
#include <QStringList>
#include <vector>

namespace journeyscope {

/// The first steps of a journey, a run of the same touchpoint counting as one step.
struct OpeningPath
{
    static constexpr int MaxSteps = 8;
    std::array<quint16, MaxSteps> steps{};
    quint8 size = 0;

    /// Appends \a touchpoint unless it repeats the last step or the path is full.
    void add(quint16 touchpoint)
    {
        if (size < MaxSteps && (size == 0 || steps[size - 1] != touchpoint))
            steps[size++] = touchpoint;
    }
    friend bool operator==(const OpeningPath&, const OpeningPath&) = default;
};

/**
 * What each person of a view did, as columns: every vector has one entry per row, and row r
 * is person persons[r]. Rows are the people with at least one event in the view, in person
 * order. A view's scope is ignored: features are always per person, over all of the person's
 * events that the view's filter keeps.
 */
struct CustomerFeatures
{
    /// The person of each row, ascending.
    std::vector<PersonIndex> persons;
    /// Days (fractional) from the person's last event to dataEndMs.
    std::vector<double> recencyDays;
    /// Sessions: distinct session numbers among the person's events.
    std::vector<quint32> frequency;
    /// Sum of the person's event values; 0 when none has a value.
    std::vector<double> monetary;
    /// Events.
    std::vector<quint32> journeyLength;
    /// Highest stage index (into EventLog::stageNames()) among the touchpoints reached; -1
    /// when none of them has a stage.
    std::vector<qint16> stageReached;
    /// Seconds from the first event to the first goal event (Goal::firstGoal); NaN when the
    /// person did not convert.
    std::vector<double> secondsToConvert;
    /// How the journey ended with respect to the goal (Goal::outcome at dataEndMs).
    std::vector<Outcome> outcomes;
    /// Events per channel: channelEvents[c][row], c indexing channelNames (0: no channel).
    std::vector<std::vector<quint32>> channelEvents;
    /// The touchpoint of the last event.
    std::vector<quint16> lastTouchpoints;
    /// The journey's opening steps.
    std::vector<OpeningPath> openingPaths;
    /// The log's channel names, channelNames[0] being "" (no channel).
    QStringList channelNames;
    /// The log's touchpoint names, which lastTouchpoints and openingPaths index.
    QStringList touchpointNames;
    /// The time recency is measured to.
    qint64 dataEndMs = 0;

    qsizetype size() const { return qsizetype(persons.size()); }
    bool converted(qsizetype row) const { return outcomes[size_t(row)] == Outcome::Converted; }
    /// Share of the row's events on \a channel, in [0, 1].
    double channelShare(qsizetype row, qsizetype channel) const
    {
        return double(channelEvents[size_t(channel)][size_t(row)]) /
               double(journeyLength[size_t(row)]);
    }
};

/**
 * Computes the features of every person of \a view in one pass over its events.
 *
 * \a dataEndMs is the end of the data, for recency and outcomes; by default the log's last
 * event, or the view's end (its filter's toMs) when that is earlier.
 */
CustomerFeatures computeCustomerFeatures(const EventView& view, const Goal& goal = {},
                                         std::optional<qint64> dataEndMs = std::nullopt);

} // namespace journeyscope
