#pragma once

#include "core/journey/goal.h"

#include <map>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace journeyscope {

/// One group of an experiment: its customers' outcomes.
struct ExperimentGroup
{
    QString name;
    qint64 customers = 0; ///< with a closed outcome (open ones are left out)
    qint64 converted = 0;
    qint64 open = 0;
    double rate = 0; ///< converted / customers; NaN without customers
    double low = 0;  ///< Wilson 95 % interval of the rate
    double high = 0;
};

/// A group against the control group.
struct ExperimentComparison
{
    QString group;
    double absoluteLift = 0; ///< rate - control rate
    double low = 0;          ///< 95 % interval of the absolute lift (unpooled normal, in [-1, 1])
    double high = 0;
    double relativeLift = 0;  ///< rate / control rate - 1; NaN when the control rate is 0
    double z = 0;             ///< two-proportion z statistic (pooled)
    double pValue = 1;        ///< two-sided
    bool significant = false; ///< p < 0.05
};

struct ExperimentReadout
{
    QString control;
    std::vector<ExperimentGroup> groups; ///< control first, then by name
    std::vector<ExperimentComparison> comparisons;
    qint64 unassigned = 0; ///< customers without a group
    QJsonObject toJson() const;
};

/// The aggregate step of readExperiment(): each group's customers by outcome (rate and
/// interval not yet set), by name, and the customers without a group.
struct ExperimentCounts
{
    std::map<QString, ExperimentGroup> groups;
    qint64 unassigned = 0;
};

/// The present step of readExperiment(), whoever counted. Throws Error when the control
/// group has no customers with an outcome.
ExperimentReadout presentExperiment(ExperimentCounts counts, const QString& control);

/**
 * Conversion per group of \a assignment (a label per person of the log, "" for none), each
 * customer's whole journey judged by \a goal, and every group compared with \a control:
 * the lift with its interval, the two-proportion z test and its two-sided p value. Throws
 * Error when the control group has no customers.
 */
ExperimentReadout readExperiment(const EventView& view, const Goal& goal,
                                 const std::vector<QString>& assignment, const QString& control,
                                 std::optional<qint64> dataEndMs = std::nullopt);

} // namespace journeyscope
