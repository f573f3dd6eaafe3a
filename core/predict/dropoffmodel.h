#pragma once

#include "core/journey/goal.h"
#include "core/predict/classificationmetrics.h"
#include "core/predict/journeyfeatures.h"
#include "core/predict/modelinsight.h"
#include "core/predict/peoplecontext.h"
#include "core/predict/storedmodel.h"

#include <QHash>
#include <QJsonObject>

namespace journeyscope {

class Feedback;

/// How held-out journeys are chosen.
enum class SplitKind {
    Time,       ///< the journeys that started last
    Stratified, ///< at random, keeping the share of drop-offs
};

/// What `train --goal` trains.
struct DropoffModelOptions
{
    SplitKind split = SplitKind::Time;
    /// One row per journey, cut after a number of events drawn evenly from those at which
    /// it was still in flight (the default), or one row for every such cut.
    bool everyPrefix = false;
    double testShare = 0.2;
    quint64 seed = 1;
    /// When one outcome is under a fifth of the training rows, weight it up to balance the
    /// classes while the trees grow. The probabilities are recalibrated on the validation
    /// journeys either way (PlattScaling).
    bool balanceClasses = true;
    BoostingParameters parameters = journeyParameters();

    /// Shallower trees and larger leaves than XGBoost's defaults: timing and calendar
    /// features invite splits on noise, and early stopping then ends before the real
    /// signal is learnt.
    static BoostingParameters journeyParameters()
    {
        BoostingParameters parameters;
        parameters.maxDepth = 4;
        parameters.minChildWeight = 5;
        return parameters;
    }
};

/// Journeys cut for a model: the rows and, per row, what is known about it.
struct DropoffRows
{
    FeatureTable features;
    std::vector<float> labels;          ///< 1: dropped off; empty for open journeys
    std::vector<PersonIndex> persons;   ///< of each row
    std::vector<qint64> journeyStartMs; ///< of each row's journey
    std::vector<int> lastTouchpoints;   ///< of each row (touchpoint index)
};

/**
 * The journeys of \a view whose window closed before \a dataEndMs (all, when the goal has
 * no window or is a customer column), cut while still in flight: a converted journey
 * before its goal event, one that dropped off within its window. Label 1 means dropped off.
 * Each cut is looked at a time drawn between its last event and the moment the journey
 * moved on (its next event, its goal event, the close of its window, or without a window
 * the end of the data), so that a model learns what silence means. The draws come from the
 * person and \a seed, so they do not depend on order.
 */
DropoffRows journeyRowsForTraining(const EventView& view, const Goal& goal, qint64 dataEndMs,
                                   bool everyPrefix, quint64 seed);

/// The journeys still in flight at \a dataEndMs (open, or not converted when the goal has no
/// window), each cut after its last event and looked at \a dataEndMs.
DropoffRows journeyRowsInFlight(const EventView& view, const Goal& goal, qint64 dataEndMs);

/// A trained drop-off model and its figures on the held-out journeys.
struct DropoffModel
{
    StoredModel stored;
    ClassificationMetrics metrics;
    qint64 trainingJourneys = 0;
    qint64 trainingRows = 0;
    qint64 testJourneys = 0;
    std::vector<FeatureImportance> importance;
    std::vector<SubgroupFigures> subgroups;
    /// Predicted drop-off risk after each touchpoint and in each stage, and its drivers.
    std::vector<PlaceRisk> touchpoints;
    std::vector<PlaceRisk> stages;
};

/**
 * Trains an XGBoost model of drop-off on the journeys of \a view: features at the cut
 * (JourneyFeatures and the people's attributes), early stopping and then Platt scaling on
 * the last fifth of the training journeys (by time, or stratified), evaluation, importance, the
 * subgroup audit (channel, RFM segment, device, text attributes) and the risk per touchpoint and
 * stage on the held-out journeys. Nothing is written. Throws Error or Canceled.
 */
DropoffModel trainDropoffModel(const EventView& view, const Goal& goal, const PeopleContext& people,
                               const DropoffModelOptions& options, Feedback* feedback = nullptr);

/**
 * The same on \a rows counted elsewhere (a warehouse), with the columns of \a names'
 * JourneyFeatures; \a segments names each row person's segment for the audit (none when
 * empty).
 */
DropoffModel trainDropoffModel(DropoffRows rows, const EventLog& names, const Goal& goal,
                               const PeopleContext& people,
                               const QHash<PersonIndex, QString>& segments,
                               const DropoffModelOptions& options, Feedback* feedback = nullptr);

/**
 * \a rows (with the columns of \a log's JourneyFeatures) as the stored model \a model saw its
 * columns: in its order, its categories' codes, attributes encoded by its columns, missing
 * columns NaN.
 */
FeatureTable alignToModel(const DropoffRows& rows, const EventLog& log, const StoredModel& model,
                          const PeopleContext& people);

} // namespace journeyscope
