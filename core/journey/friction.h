#pragma once

#include "core/journey/eventview.h"
#include "core/journey/goal.h"
#include "core/journey/stagemodel.h"

#include <limits>
#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

/**
 * The weights of the friction score. The score is the weighted mean of four components,
 * each in [0, 1]:
 *
 *     score = (w_exit * exit rate + w_loop * loop rate + w_backtrack * backtrack rate
 *              + w_dwell * d / (1 + d)) / (sum of the weights used),
 *     d = median dwell here / median dwell of the whole view,
 *
 * so a unit with typical dwell gets 0.5 for that component and one with a very long dwell
 * nearly 1. A component that is undefined for a unit (no closed journey, no move between
 * staged touchpoints, no dwell or an overall median dwell of 0) is left out and the other
 * weights are scaled up, so the score stays in [0, 1].
 */
struct FrictionWeights
{
    double exit = 0.4;
    double loop = 0.2;
    double backtrack = 0.2;
    double dwell = 0.2;

    /// The formula with these weights, for display.
    QString formula() const;
    /// The score of the components (NaN for an undefined one); NaN when none is defined.
    double score(double exitRate, double loopRate, double backtrackRate, double dwellRatio) const;
    /// {"exit":X,"loop":X,"backtrack":X,"dwell":X}
    QJsonObject toJson() const;
};

struct FrictionOptions
{
    /// Units reached by fewer journeys are marked as not having enough data (no score).
    qint64 minJourneys = 20;
    /// The stages to use; none: the stages of the log.
    std::optional<StageModel> stages;
    /// The end of the data for Goal::outcome; none: the log's last event, or the view's end
    /// when its filter ends earlier.
    std::optional<qint64> dataEndMs;
    FrictionWeights weights;
};

/**
 * Friction of one unit: a touchpoint, a stage, a channel or a matrix cell (the events that
 * are in both its row and its column). Journeys are those of the view (by customer or by
 * session), their outcome is the goal's. Rates are NaN when their denominator is 0.
 *
 * - exit rate: journeys that did not convert and whose last event is here, over journeys
 *   that reached here; open journeys (no goal yet, window not closed) are left out of both,
 *   since they may still go on.
 * - drop-off rate (stages only; NaN for the last stage): closed journeys that reached this
 *   stage and never any later stage, anywhere in the journey, over closed journeys that
 *   reached it.
 * - repeat rate: events here whose touchpoint occurred earlier in the same journey, over
 *   events here.
 * - loop rate: journeys that come back here after an event elsewhere, over journeys that
 *   reached here (a touchpoint repeated back to back is a repeat, not a loop).
 * - backtrack rate: moves from an event here to the next event of the journey when that is
 *   in an earlier stage, over moves from here where both events have a stage; only moves
 *   up to the journey's first goal event count, since going back to browsing after a
 *   purchase starts a new cycle rather than showing friction.
 * - dwell: time from an event here to the next event of the same session (the last event
 *   of a session has none: the time until the customer comes back is not time spent
 *   here); delay: time from the previous event of the same session to an event here.
 *   Medians are exact (the mean of the two middle values for an even count); ratios are
 *   against the median time between consecutive events of a session in the whole view,
 *   which is the same for both.
 */
struct FrictionMetrics
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QString name;
    qint64 events = 0;
    qint64 journeys = 0;     ///< journeys with at least one event here
    qint64 openJourneys = 0; ///< of those, still open
    qint64 exits = 0;        ///< journeys that did not convert and ended here
    qint64 dropOffs = 0;     ///< stages: closed journeys whose latest stage is this one
    qint64 repeats = 0;
    qint64 loops = 0; ///< journeys
    qint64 stagedMoves = 0;
    qint64 backtracks = 0;
    qint64 dwells = 0; ///< events here followed by another event of the same session

    double exitRate = NaN;
    double dropOffRate = NaN;
    double repeatRate = NaN;
    double loopRate = NaN;
    double backtrackRate = NaN;
    double medianDwellSeconds = NaN;
    double dwellRatio = NaN;
    double medianDelaySeconds = NaN;
    double delayRatio = NaN;
    /// FrictionWeights::score of the rates; NaN without enough data.
    double score = NaN;
    /// At least FrictionOptions::minJourneys journeys reached here.
    bool enoughData = false;

    /// Every field, with NaN as null; "drop_off_rate" only when \a withDropOff.
    QJsonObject toJson(bool withDropOff = false) const;
};

/// Friction per touchpoint, stage and channel of a view.
struct FrictionReport
{
    std::vector<FrictionMetrics> touchpoints; ///< in the log's touchpoint order
    std::vector<FrictionMetrics> stages;      ///< in stage order
    std::vector<FrictionMetrics> channels;    ///< in the log's channel order, without ""
    qint64 journeys = 0;
    qint64 converted = 0;
    qint64 droppedOff = 0;
    qint64 open = 0;
    /// Median time between consecutive events of a session (NaN when there is none).
    double medianDwellSeconds = FrictionMetrics::NaN;
    FrictionWeights weights;
    qint64 minJourneys = 0;

    /**
     * {"touchpoints":[{"name":S,"score":X,...}],"stages":[...],"channels":[...],
     *  "journeys":N,"converted":N,"dropped_off":N,"open":N,"median_dwell_seconds":X,
     *  "formula":S,"weights":{...},"min_journeys":N}; touchpoints by score, highest first
     *  (those without a score last), then by name.
     */
    QJsonObject toJson() const;
};

/// The aggregate step of friction for one unit: what is counted over the journeys,
/// wherever they are (FrictionMetrics says what each count is).
struct FrictionUnitCounts
{
    qint64 events = 0;
    qint64 journeys = 0;
    qint64 openJourneys = 0;
    qint64 exits = 0;
    qint64 repeats = 0;
    qint64 loops = 0;
    qint64 stagedMoves = 0;
    qint64 backtracks = 0;
    qint64 dwells = 0;
    double medianDwellMs = FrictionMetrics::NaN;
    double medianDelayMs = FrictionMetrics::NaN;
};

/// The aggregate step of a FrictionReport.
struct FrictionCounts
{
    std::vector<FrictionUnitCounts> touchpoints; ///< by touchpoint index
    std::vector<FrictionUnitCounts> stages;      ///< by stage index
    std::vector<FrictionUnitCounts> channels;    ///< by channel index, without ""
    std::vector<qint64> stageDropOffs;           ///< per stage: closed journeys ending there
    qint64 journeys = 0;
    qint64 converted = 0;
    qint64 droppedOff = 0;
    qint64 open = 0;
    double medianGapMs = FrictionMetrics::NaN; ///< between consecutive events of a session
};

/// The metrics and score of one unit's counts.
FrictionMetrics frictionMetrics(QString name, const FrictionUnitCounts& counts, double overallMs,
                                const FrictionOptions& options);

/// The present step of friction, whoever counted it: rates, ratios and scores. Throws Error
/// for negative weights or weights summing to 0.
FrictionReport presentFriction(const QStringList& touchpointNames, const QStringList& stageNames,
                               const QStringList& channelNames, const FrictionCounts& counts,
                               const FrictionOptions& options);

/// Computes a FrictionReport. Throws Error for negative weights or weights summing to 0.
FrictionReport computeFriction(const EventView& view, const Goal& goal,
                               const FrictionOptions& options = {});

/// Friction per cell of a two-way table, for heatmaps.
struct FrictionMatrix
{
    QString rowKind;    ///< "stage" or "touchpoint"
    QString columnKind; ///< "channel" or "segment"
    QStringList rows;
    QStringList columns;
    /// Row after row; a cell's name is empty.
    std::vector<FrictionMetrics> cells;
    double medianDwellSeconds = FrictionMetrics::NaN;
    FrictionWeights weights;
    qint64 minJourneys = 0;

    const FrictionMetrics& cell(qsizetype row, qsizetype column) const
    {
        return cells[size_t(row * columns.size() + column)];
    }

    /**
     * {"row_kind":S,"column_kind":S,"rows":[S],"columns":[S],
     *  "cells":[{"row":S,"column":S,"score":X,"exit_rate":X,"journeys":N,"enough_data":B,...}],
     *  "formula":S,"weights":{...},"min_journeys":N}
     */
    QJsonObject toJson() const;
};

/// Stages by channel (events without a channel or a stage are in no cell). Throws Error.
FrictionMatrix frictionByStageAndChannel(const EventView& view, const Goal& goal,
                                         const FrictionOptions& options = {});

/// The present step of a friction matrix, whoever counted \a cells (row after row):
/// \a rowKind "stage" or "touchpoint", \a columnKind "channel" or "segment"; \a medianGapMs:
/// between consecutive events of a session. Throws Error for bad weights.
FrictionMatrix presentFrictionMatrix(const QString& rowKind, const QString& columnKind,
                                     const QStringList& rows, const QStringList& columns,
                                     const std::vector<FrictionUnitCounts>& cells,
                                     double medianGapMs, const FrictionOptions& options);

/**
 * Touchpoints by segment: \a segmentOfPerson gives each person's segment label (one per
 * person of the log; "" for none). Columns are the labels by name.
 * Throws Error when the labels do not match the log.
 */
FrictionMatrix frictionByTouchpointAndSegment(const EventView& view, const Goal& goal,
                                              const std::vector<QString>& segmentOfPerson,
                                              const FrictionOptions& options = {});

} // namespace journeyscope
