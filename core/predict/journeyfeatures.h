#pragma once

#include "core/journey/eventview.h"
#include "core/predict/boostedtrees.h"

#include <optional>
#include <vector>

namespace journeyscope {

/**
 * What JourneyFeatures reads of a journey's first events, up to a cut, however they were
 * counted: in memory over an EventLog, or as SQL where the events are kept.
 */
struct JourneyPrefix
{
    qint64 events = 0;
    qint64 firstMs = 0;               ///< the journey's first event
    qint64 lastMs = 0;                ///< the cut's last event
    std::optional<qint64> previousMs; ///< the event before it
    int lastTouchpoint = 0;           ///< touchpoint index
    int previousTouchpoint = -1;      ///< -1: none
    int lastChannel = 0;              ///< channel index (0: no channel)
    /// Sessions in the order they first appear: how many, the events of the last of them,
    /// and when the first, the second last and the last began.
    qint64 sessions = 0;
    qint64 lastSessionEvents = 0;
    qint64 firstSessionStartMs = 0;
    qint64 secondLastSessionStartMs = 0;
    qint64 lastSessionStartMs = 0;
    double value = 0;                 ///< the sum of the events' values
    std::vector<float> visits;        ///< events per touchpoint index
    std::vector<float> channelEvents; ///< events per channel index
};

/**
 * What a journey looked like right after one of its events: the row of a drop-off or
 * next-step model. Every feature uses only the journey's first events, up to the cut.
 *
 * - "events", "sessions", "days since first event" and "hours since last event" (to the
 *   time the journey is looked at), "hours since previous event" (between the last two);
 * - intent: "events in last session", "session gap trend" (the last gap between session
 *   starts over the mean of the earlier ones: below 1 when visits come faster; needs three
 *   sessions), "engagement spike" (events of the last session over the mean of the earlier
 *   sessions), "most visits to one touchpoint", "repeat visits" (events on a touchpoint
 *   already visited);
 * - "value so far", "stage reached" (highest stage index; missing without stages);
 * - categories, split on as sets by XGBoost: "last touchpoint", "previous touchpoint",
 *   "last channel";
 * - "hour of day", "weekday" (UTC, Monday 0) of the last event;
 * - "visits: T" for each touchpoint T, "stage: S" for each stage S, and, with more than one
 *   channel, "channel share: C".
 */
class JourneyFeatures
{
public:
    explicit JourneyFeatures(const EventLog& log);

    const QStringList& columns() const { return m_columns; }
    /// An empty table with the columns and their kinds.
    FeatureTable emptyTable() const;

    /**
     * Appends to \a table one row for each cut of \a journey: the journey after its first
     * \a cuts[i] events, looked at \a observedMs[i] (by default at the cut's last event).
     * \a cuts ascend, each between 1 and journey.size().
     */
    void appendRows(const Journey& journey, const std::vector<qsizetype>& cuts, FeatureTable& table,
                    const std::vector<qint64>* observedMs = nullptr) const;

    /// Appends to \a table the row of \a prefix looked at \a observedMs.
    void appendRow(const JourneyPrefix& prefix, qint64 observedMs, FeatureTable& table) const;

    /// Column indices of the categories, for tests and explanations.
    int lastTouchpointColumn() const { return m_lastTouchpoint; }

private:
    const EventLog* m_log;
    QStringList m_columns;
    std::vector<bool> m_categorical;
    int m_lastTouchpoint = 0;
    int m_firstVisits = 0;       ///< "visits: " of touchpoint 0
    int m_firstStage = 0;        ///< "stage: " of stage 0
    int m_firstChannelShare = 0; ///< "channel share: " of channel 0, or -1 when not kept
};

} // namespace journeyscope
