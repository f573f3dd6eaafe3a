#pragma once

#include "core/journey/goal.h"

#include <map>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

/// What gets credit for conversions.
enum class AttributionLevel {
    Channel,    ///< the channel of each touch (events without one are left out)
    Touchpoint, ///< the touchpoint of each touch (the goal's touchpoints aside)
};

struct AttributionOptions
{
    AttributionLevel level = AttributionLevel::Channel;
    /// Markov chain order: a state is the last 1 to 3 touches.
    int order = 1;
    std::optional<qint64> dataEndMs; ///< for open journeys; none: the log's last event
};

/// The conversions credited to one channel or touchpoint by each model.
struct AttributionCredit
{
    QString name;
    double firstTouch = 0;
    double lastTouch = 0;
    double linear = 0;
    double markov = 0;
    double removalEffect = 0; ///< 1 - P(conversion without it) / P(conversion)
};

struct AttributionReport
{
    AttributionLevel level = AttributionLevel::Channel;
    int order = 1;
    qint64 paths = 0;                       ///< closed journeys with at least one touch
    qint64 conversions = 0;                 ///< of them, converted: every model shares these out
    int states = 0;                         ///< transient states of the Markov chain
    double conversionProbability = 0;       ///< from Start, in the chain
    std::vector<AttributionCredit> credits; ///< by Markov credit, highest first, then name
    QJsonObject toJson() const;
};

/// The aggregate step of attributeConversions(): the closed journeys' paths of touches,
/// wherever they are counted (in memory, in a warehouse).
struct AttributionPaths
{
    /// A path (its touches as indices into the channel or touchpoint names) with its
    /// journeys and how many of them converted.
    using Entry = std::pair<const std::vector<int>, std::pair<qint64, qint64>>;
    std::map<std::vector<int>, std::pair<qint64, qint64>> paths;
};

/// The present step of attributeConversions(), whoever counted the paths: \a names are the
/// channels or touchpoints the paths index. Throws Error as attributeConversions() does.
AttributionReport presentAttribution(const QStringList& names, const AttributionPaths& paths,
                                     const AttributionOptions& options);

/**
 * Shares the conversions of \a view's closed journeys out among the touches before them:
 * first touch, last touch, linear (each touch of a path 1 / its length), and the Markov
 * chain removal effect. A path is a journey's touches up to its first goal event (all of
 * them when it did not convert). The chain of order k has a state for each run of the last
 * up to k touches, transitions counted over all paths, and two absorbing states:
 * conversion and none. Conversion probabilities are solved exactly (the linear system of
 * the absorbing chain, Gaussian elimination), once with every state and once without the
 * states holding each channel (their incoming transitions then lead to none); credits are
 * the removal effects scaled to the conversions, never negative, deterministic. Throws
 * Error for an order outside 1 to 3 or a chain of more than 2,000 states.
 */
AttributionReport attributeConversions(const EventView& view, const Goal& goal,
                                       const AttributionOptions& options = {});

} // namespace journeyscope
