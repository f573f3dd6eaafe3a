#pragma once

#include "core/journey/goal.h"

#include <map>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

/// How a touchpoint or an attribute value goes with converting.
struct ConversionCorrelation
{
    enum class Kind { Touchpoint, Attribute };
    Kind kind = Kind::Touchpoint;
    QString name;                                  ///< the touchpoint, or "attribute=value"
    qint64 withConverted = 0, withOther = 0;       ///< journeys that did it: converted, not
    qint64 withoutConverted = 0, withoutOther = 0; ///< journeys that did not
    /// ((a + 1)(d + 1)) / ((b + 1)(c + 1)) with a..d the four counts above, in that order.
    double oddsRatio = 1;
    double low = 1, high = 1; ///< its 95 % interval (log scale, +1 counts)
    /// The share of the journeys that did it which converted (no +1 smoothing).
    double conversionRateWith() const;
    /// The share of the journeys that did not do it which converted (no +1 smoothing).
    double conversionRateWithout() const;
    /// "Customers who reached X: odds of converting 9.9 times higher (75.0 % of them
    /// converted, against 21.4 % of the others)", or lower. An odds ratio compares odds
    /// (converted / not converted), not chances, so the sentence names the odds and gives
    /// the two conversion rates beside it.
    QString sentence() const;
    QJsonObject toJson() const;
};

/// The correlations of a view, strongest first.
struct CorrelationReport
{
    qint64 journeys = 0; ///< closed journeys looked at (open ones are left out)
    qint64 converted = 0;
    qint64 minimumSupport = 0;
    std::vector<ConversionCorrelation> correlations;
    QJsonObject toJson() const;
};

/// The aggregate step of correlateWithConversion(): what is counted over the closed
/// journeys, wherever they are (in memory, in a warehouse).
struct CorrelationCounts
{
    qint64 journeys = 0;
    qint64 converted = 0;
    /// Per touchpoint: the journeys that did it (before converting), and the converted ones.
    std::vector<qint64> did, didConverted;
    /// Per attribute: its values with their journeys and converted ones.
    std::vector<std::pair<QString, std::map<QString, std::pair<qint64, qint64>>>> attributeValues;
};

/// The present step of correlateWithConversion(), whoever counted: the odds ratios of what
/// enough journeys did and did not, strongest first.
CorrelationReport presentCorrelations(const QStringList& touchpointNames, const Goal& goal,
                                      const CorrelationCounts& counts);

/**
 * For each touchpoint (goal touchpoints aside) and each value of the given customer
 * attributes, the odds ratio of converting between the journeys that did it and those that
 * did not. Open journeys are left out. A converted journey counts a touchpoint only before
 * its first goal event, so that what follows a purchase does not pass for its cause. Only
 * what at least min(25, 2 % of the journeys, rounded up; at least 1) journeys did, and at least
 * that many did not, is listed, strongest (largest |ln odds ratio|) first, ties by name.
 *
 * \a attributes: (name, value per person of the log) pairs; "" is no value.
 */
CorrelationReport correlateWithConversion(
    const EventView& view, const Goal& goal,
    const std::vector<std::pair<QString, std::vector<QString>>>& attributes = {},
    std::optional<qint64> dataEndMs = std::nullopt);

} // namespace journeyscope
