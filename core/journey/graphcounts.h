#pragma once

#include "core/journey/goal.h"

#include <optional>
#include <QStringList>
#include <vector>

namespace journeyscope {

/**
 * The aggregate step of a journey graph: what is counted over the events, wherever they
 * are (an EventLog in memory, a table in a warehouse). buildJourneyGraph() then presents
 * the counts the same way for every source, so a graph is defined once.
 *
 * Nodes are numbered twice. A raw node is a touchpoint, or at stage level a stage (the
 * last raw node: "no stage"); \a rawOfTouchpoint maps each touchpoint index to its raw
 * node. A compact node is one kept in the graph: 0 is Start, \a nodeCount - 1 is End,
 * and \a nodeOfTouchpoint maps each touchpoint to its compact node, or -1 when dropped.
 */
struct GraphNodeCounts
{
    std::vector<qint64> events;    ///< per raw node
    std::vector<qint64> customers; ///< distinct people, per raw node
    qint64 journeys = 0;
    qint64 people = 0;
    qint64 allEvents = 0;
};

struct GraphEdgeCounts
{
    int from = 0; ///< compact node
    int to = 0;
    qint64 count = 0;
    qint64 customers = 0;
    /// Nearest-rank percentiles of the seconds between the two events (GraphEdge); none for
    /// edges from Start or to End.
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;
};

struct GraphTransitionCounts
{
    std::vector<GraphEdgeCounts> edges;      ///< in any order, each (from, to) once
    std::vector<qint64> starts, ends, exits; ///< per compact node
};

/// The names a graph's nodes take, by touchpoint and stage index.
struct GraphVocabulary
{
    QStringList touchpoints;
    QStringList stages;
    /// Stage index of each touchpoint, or -1.
    std::vector<qint16> touchpointStages;
};

class GraphCounter
{
public:
    virtual ~GraphCounter() = default;

    virtual JourneyScope scope() const = 0;
    /// Events and people of every raw node, and journeys, people and events in all.
    virtual GraphNodeCounts countNodes(const std::vector<qint32>& rawOfTouchpoint,
                                       int rawCount) const = 0;
    /**
     * The directly-follows transitions between the kept events of every journey (Start to
     * its first, its last to End; a journey with none kept is Start -> End), with
     * \a mergeRepeats making consecutive events of one node one visit. Exits: journeys
     * whose \a goal outcome is DroppedOff (none without a goal), as of \a dataEndMs or
     * else the last event of the data.
     */
    virtual GraphTransitionCounts countTransitions(const std::vector<qint32>& nodeOfTouchpoint,
                                                   int nodeCount, bool mergeRepeats,
                                                   const std::optional<Goal>& goal,
                                                   std::optional<qint64> dataEndMs) const = 0;
};

} // namespace journeyscope
