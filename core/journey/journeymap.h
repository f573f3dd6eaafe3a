#pragma once

#include "core/journey/goal.h"

#include <limits>
#include <QString>
#include <QStringList>
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

/**
 * Aggregates \a view (customer journeys) for the journey map: per stage its touchpoints
 * with their volumes and main channel, the journeys that reached it, their conversion and
 * median time in the stage, what they did there, and the mean of \a emotionOfPerson (one value per
 * person of the log, NaN for none; empty: no emotion data) over the people who reached it.
 */
JourneyMapData buildJourneyMap(const EventView& view, const Goal& goal,
                               const std::vector<double>& emotionOfPerson = {});

} // namespace journeyscope
