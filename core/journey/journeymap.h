#pragma once

#include "core/journey/eventview.h"
#include "core/journey/goal.h"

#include <limits>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace journeyscope {

/// A touchpoint as the journey map shows it in its stage's column.
struct MapTouchpoint
{
    QString name;
    qint64 events = 0;
    qint64 customers = 0; ///< journeys with an event here
    QString mainChannel;  ///< the channel of most of its events; "" when none has one
};

/**
 * What customers do in a stage: the touchpoints of their first visit to it, in order, a
 * touchpoint repeated at once counted as one step.
 */
struct MapAction
{
    static constexpr int MaxSteps = 3;
    QStringList steps;   ///< at most MaxSteps touchpoint names
    bool more = false;   ///< the visit went on past MaxSteps steps
    qint64 journeys = 0; ///< journeys whose first visit to the stage went this way
};

/// A column of the journey map.
struct MapStage
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QString name;                           ///< "(no stage)" for touchpoints without one
    std::vector<MapTouchpoint> touchpoints; ///< most customers first, then by name
    qint64 customers = 0;                   ///< journeys with an event in the stage
    /// Of those journeys with a known outcome (converted or dropped off), the share that
    /// converted; NaN without any.
    double conversion = NaN;
    /// Median over the journeys of the days from their first to their last event in the
    /// stage; NaN without journeys.
    double medianDaysInStage = NaN;
    /// Mean of the emotion values of the journeys' people who reached the stage; NaN
    /// without any.
    double emotion = NaN;
    /// The most common actions (at most three): most journeys first, then by steps.
    std::vector<MapAction> actions;
};

/// What the journey map shows, computed from a view.
struct JourneyMapData
{
    std::vector<MapStage> stages; ///< in stage order, "(no stage)" last when needed
    qint64 journeys = 0;
    qint64 converted = 0;
};

/// The customer attribute that holds how customers feel (CSAT, NPS, satisfaction,
/// sentiment, emotion, in that preference, any case), or "" when none does.
QString emotionColumn(const QStringList& attributeNames);

/// One journey's first visit to a stage: its touchpoints, MapAction::MaxSteps + 1 at most
/// (one more than shown, so that "more" is known), a touchpoint repeated at once counted once.
using ActionKey = std::vector<quint16>;

/**
 * What the journey map is made of, counted over customer journeys (in memory, or as SQL
 * where the events are kept); presentJourneyMap() turns it into the map. Per column: a
 * stage by index, then the column of touchpoints without a stage.
 */
struct JourneyMapCounts
{
    /// Sized for \a names' touchpoints, channels and stages, every count 0.
    explicit JourneyMapCounts(const EventLog& names);

    std::vector<qint64> touchpointEvents;   ///< per touchpoint
    std::vector<qint64> touchpointJourneys; ///< journeys with an event there, per touchpoint
    std::vector<qint64> channelEvents;      ///< [touchpoint * channels + channel]
    std::vector<qint64> stageJourneys;      ///< per column: journeys with an event there
    std::vector<qint64> stageKnown;         ///< of those, converted or dropped off
    std::vector<qint64> stageConverted;     ///< of those, converted
    /// Per column, over its journeys, the nearest-rank median (the lower middle) of the
    /// days from their first to their last event there; NaN without any.
    std::vector<double> medianDaysInStage;
    std::vector<double> emotion; ///< per column: the mean emotion, NaN without any
    /// Per column: each first visit's steps and the journeys that went that way.
    std::vector<std::vector<std::pair<ActionKey, qint64>>> actions;
    qint64 journeys = 0;
    qint64 converted = 0;
};

/// The journey map of \a counts over \a names' touchpoints, channels and stages.
JourneyMapData presentJourneyMap(const EventLog& names, JourneyMapCounts counts);

/**
 * Aggregates \a view (customer journeys) for the journey map: per stage its touchpoints
 * with their volumes and main channel, the journeys that reached it, their conversion and
 * median time in the stage, what they did there, and the mean of \a emotionOfPerson (one value per
 * person of the log, NaN for none; empty: no emotion data) over the people who reached it.
 */
JourneyMapData buildJourneyMap(const EventView& view, const Goal& goal,
                               const std::vector<double>& emotionOfPerson = {});

} // namespace journeyscope
