#pragma once

#include "core/journey/eventview.h"

#include <limits>
#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

/// How the steps of a funnel must follow each other within a journey.
enum class FunnelOrder {
    Ordered,  ///< in the given order, other events allowed between steps
    Strict,   ///< in the given order, each step the event directly after the previous one
    AnyOrder, ///< in any order
};

/// "ordered", "strict", "any".
QString funnelOrderName(FunnelOrder order);
/// The order named by funnelOrderName(), or nullopt.
std::optional<FunnelOrder> funnelOrderFromName(QStringView name);

/// What a funnel counts.
struct FunnelOptions
{
    static constexpr qint64 DefaultWindowMs = qint64(30) * 24 * 3600 * 1000;

    /// The steps in order; a step is a set of touchpoint indices, any of which reaches it.
    std::vector<std::vector<quint16>> steps;
    FunnelOrder order = FunnelOrder::Ordered;
    /// Longest time from the first step's event to a later step's event (inclusive);
    /// nullopt: no limit. A step reached only later counts as not reached.
    std::optional<qint64> windowMs = DefaultWindowMs;
    /// How many next touchpoints to list for each drop-off point.
    int topNext = 5;
};

/// A touchpoint where journeys went after dropping off, and how many.
struct FunnelNext
{
    quint16 touchpoint = 0;
    QString name;
    qint64 count = 0;
};

/// One step of a funnel result.
struct FunnelStep
{
    QString name; ///< the names of its touchpoints, joined by "|"
    std::vector<quint16> touchpoints;
    QStringList touchpointNames;
    qint64 count = 0; ///< journeys that reached the step
    /// Journeys that reached the step and the next one; 0 for the last step.
    qint64 converted = 0;
    /// Journeys that reached the step but not the next one; 0 for the last step.
    qint64 dropped = 0;
    /// count / the previous step's count; for step 1, count / journeys looked at. 0 when
    /// the denominator is 0.
    double conversionFromPrevious = 0;
    /// count / step 1's count (1 for step 1); 0 when no journey reached step 1.
    double conversionFromFirst = 0;
    /// Median, over the journeys that reached the step, of the seconds from reaching the
    /// previous step to reaching this one; for step 1, from the journey's first event to
    /// step 1. NaN when no journey reached the step.
    double medianSecondsFromPrevious = std::numeric_limits<double>::quiet_NaN();
    /// Of the dropped journeys, those with no event after the one that reached this step.
    qint64 left = 0;
    /// Of the dropped journeys, the touchpoints of the event directly after the one that
    /// reached this step: the most frequent first (ties by name), at most topNext.
    std::vector<FunnelNext> next;
};

/// A funnel over the journeys of a view.
struct FunnelResult
{
    FunnelOrder order = FunnelOrder::Ordered;
    std::optional<qint64> windowMs;
    JourneyScope scope = JourneyScope::Customer;
    qint64 journeys = 0; ///< journeys looked at
    std::vector<FunnelStep> steps;

    /**
     * {"order":S,"window_seconds":X|null,"by":"customer"|"session","journeys":N,
     *  "steps":[{"name":S,"touchpoints":[S],"count":N,"conversion_from_previous":X,
     *  "conversion_from_first":X,"median_seconds_from_previous":X|null,
     *  "converted":N,"dropped":N,"left":N,"next":[{"name":S,"count":N}]}]};
     * the last step has no converted, dropped, left or next.
     */
    QJsonObject toJson() const;
    /**
     * One row a step: step,name,count,converted,dropped,conversion_from_previous,
     * conversion_from_first,median_seconds_from_previous,left,next; next reads
     * "name=count; name=count". Fields the last step lacks are empty.
     */
    QString toCsv() const;
};

/// A funnel for one group of journeys.
struct FunnelGroup
{
    QString name;
    FunnelResult result;
};

/// Funnels side by side, one a group; groups with the most journeys at step 1 first (ties by
/// name).
struct FunnelBreakdown
{
    QString by; ///< "channel" or "label"
    std::vector<FunnelGroup> groups;

    /// {"by":S,"groups":[{"name":S, ...FunnelResult::toJson()}]}
    QJsonObject toJson() const;
    /// FunnelResult::toCsv() with a first column "group".
    QString toCsv() const;
};

/// The aggregate step of a funnel for one step: what is counted over the journeys,
/// wherever they are (in memory, in a warehouse).
struct FunnelStepCounts
{
    qint64 reached = 0; ///< journeys that reached the step
    /// Median milliseconds from reaching the previous step (step 1: from the journey's
    /// first event), the mean of the middle two for an even count; NaN without journeys.
    double medianMsFromPrevious = std::numeric_limits<double>::quiet_NaN();
    /// Of the journeys whose last step reached is this one: those with no event after it,
    /// and the touchpoints of the event directly after it with how many (in any order).
    qint64 left = 0;
    std::vector<std::pair<quint16, qint64>> next;
};

struct FunnelCounts
{
    qint64 journeys = 0; ///< journeys looked at
    std::vector<FunnelStepCounts> steps;
};

/// The present step of a funnel, whoever counted it: conversions, names, the drop-off
/// points' next touchpoints ranked and cut to \a options.topNext.
FunnelResult presentFunnel(const QStringList& touchpointNames, const FunnelOptions& options,
                           JourneyScope scope, const FunnelCounts& counts);

/**
 * Counts how far the journeys of \a view get through the steps of \a options. A journey
 * that reaches step k has reached steps 1..k-1 too; which events reach the steps:
 *
 * - Ordered: steps in order, other events allowed between. From a start, each step is
 *   matched at its earliest event after the previous step's event: no other choice reaches
 *   more steps, since an earlier match leaves at least the same events for the rest. The
 *   start is the earliest step-1 event from which the most steps are reached in the window
 *   (without a window, the first step-1 event).
 * - Strict: each step is the event directly after the previous step's event; the start is
 *   the earliest step-1 event from which the longest such chain runs.
 * - AnyOrder: steps 1..k reached in any order, each by an event of its own, all within the
 *   window from the earliest of them. The window opens at the earliest event of any step
 *   from which the most steps are reached; each step then takes its earliest event in it
 *   (steps sharing touchpoints take distinct events, so one of them may take a later one).
 *   Step k is reached when the last of steps 1..k is.
 *
 * Events "after" one another follow the journey's order (time, then import order), so
 * events at the same time count in import order. The window runs from the time of the
 * event that opened it; a step whose event is later counts as not reached. Throws Error
 * when \a options has no step, a step without touchpoints, or an unknown touchpoint.
 */
FunnelResult computeFunnel(const EventView& view, const FunnelOptions& options);

/// The funnels of \a groups (name, funnel) as a breakdown \a by something, in its order.
FunnelBreakdown funnelBreakdownOf(QString by, std::vector<std::pair<QString, FunnelResult>> groups);

/**
 * The funnel per channel of the event that reached step 1 ("" for events without a
 * channel). Only journeys that reached step 1 have a channel, so each group's journeys
 * are those that entered it.
 */
FunnelBreakdown computeFunnelByChannel(const EventView& view, const FunnelOptions& options);

/**
 * The funnel per label of the journey's person: \a labels[person] (a customer attribute, a
 * segment name); people past its end have the label "". Every journey looked at counts in
 * its group.
 */
FunnelBreakdown computeFunnelByLabel(const EventView& view, const FunnelOptions& options,
                                     const std::vector<QString>& labels);

} // namespace journeyscope
