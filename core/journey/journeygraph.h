#pragma once

#include "core/journey/goal.h"
#include "core/journey/graphcounts.h"

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace journeyscope {

/// What a node of a journey graph stands for.
enum class GraphLevel {
    Touchpoint, ///< one node per touchpoint
    /**
     * One node per stage, plus "(no stage)" for touchpoints without one. Consecutive events
     * of the same stage are one visit: they count as events of the stage, but make no
     * transition, so a stage graph has no loops.
     */
    Stage,
};

/**
 * How to build a journey graph. The scope (customer or session journeys) and the filters
 * come from the EventView.
 *
 * Simplification, like Disco's two sliders:
 * 1. Nodes: the nodes seen are ranked by events (most first, ties in index order) and the
 *    first max(1, ceil(nodeShare * n)) are kept. Dropped nodes are taken out of the
 *    journeys before transitions are counted, so a -> x -> b becomes a -> b when x is dropped
 *    (at stage level, a -> x -> a becomes one visit of a); a journey with no kept event is
 *    Start -> End. Node metrics of kept nodes do not change; starts, ends and exits count
 *    at a journey's first and last kept event.
 * 2. Edges (Start and End edges included) are ranked by count (most first, ties in edge
 *    order) and the first ceil(edgeShare * m) are kept. Then every node keeps its
 *    strongest incoming and strongest outgoing edge (loops aside; ties: the first in edge
 *    order). Then, while a node cannot be reached from Start over kept edges, the
 *    strongest edge from a reached node to an unreached one is added (ties likewise);
 *    the same backwards from End. So every node lies on a path from Start to End.
 *
 * Hidden shares: events at dropped nodes / all events of the view; counts of dropped edges
 * / counts of all edges after step 1 (Start and End edges included).
 */
struct GraphOptions
{
    GraphLevel level = GraphLevel::Touchpoint;
    /// For exits without goal; none: no node has exits.
    std::optional<Goal> goal;
    /// The end of the data, for Goal::outcome; none: the log's last event.
    std::optional<qint64> dataEndMs;
    double nodeShare = 1.0; ///< share of nodes kept, 0 to 1 (at least one is kept)
    double edgeShare = 1.0; ///< share of edges kept, 0 to 1 (before connectivity is restored)
};

/// A node of a journey graph.
struct GraphNode
{
    enum class Kind {
        Start,
        End,
        Touchpoint,
        Stage,
        NoStage, ///< "(no stage)": the touchpoints without a stage
    };

    /**
     * Unique in the graph. Start and End are named "Start" and "End", and the stage-less
     * node "(no stage)"; when a touchpoint or stage has one of these names, the special
     * node's name gets brackets ("[Start]") until it is unique.
     */
    QString name;
    Kind kind = Kind::Touchpoint;
    int index = -1;       ///< touchpoint or stage index in the log; -1 for the others
    qint64 events = 0;    ///< 0 for Start and End
    qint64 customers = 0; ///< distinct people; for Start and End, people with a journey
    qint64 starts = 0;    ///< journeys whose first event is here
    qint64 ends = 0;      ///< journeys whose last event is here
    qint64 exits = 0;     ///< journeys ending here that dropped off (Outcome::DroppedOff)
};

/**
 * A directly-follows edge: \a from's event is immediately followed by \a to's within a
 * journey, or Start -> a journey's first event, or its last event -> End.
 *
 * Times are nearest-rank percentiles of the seconds between the two events: the p-th
 * percentile of n durations is the ceil(p / 100 * n)-th smallest (median: p = 50, so the
 * lower middle of an even count). Edges from Start or to End have none.
 */
struct GraphEdge
{
    int from = 0; ///< index into JourneyGraph::nodes
    int to = 0;
    qint64 count = 0;
    qint64 customers = 0; ///< distinct people
    /// count / the sum of counts of every edge leaving \a from (End included, hidden ones
    /// too, so simplifying does not change it).
    double probability = 0;
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;
};

/// A directly-follows journey graph.
struct JourneyGraph
{
    GraphLevel level = GraphLevel::Touchpoint;
    JourneyScope scope = JourneyScope::Customer;
    /// Start first and End last, there even for an empty view; the others in touchpoint or
    /// stage order ("(no stage)" last), only those with events.
    std::vector<GraphNode> nodes;
    /// Ordered by source, then target, in node order ("edge order").
    std::vector<GraphEdge> edges;
    qint64 journeys = 0;
    qint64 customers = 0;
    qint64 events = 0; ///< every event of the view, hidden ones included
    /// Events at dropped nodes / all events.
    double hiddenEventShare = 0;
    /// Counts of dropped edges / counts of all edges (after dropped nodes are taken out).
    double hiddenTransitionShare = 0;

    int startNode() const { return 0; }
    int endNode() const { return int(nodes.size()) - 1; }
    /// Index of the node named \a name, or -1.
    int nodeIndex(QStringView name) const;
    /// Index of the edge \a from -> \a to, or -1.
    int edgeIndex(int from, int to) const;

    /**
     * {"level":"touchpoint"|"stage","by":"customer"|"session","journeys":N,"customers":N,
     * "events":N,"nodes":[{"name","kind","events","customers","starts","ends","exits"}],
     * "edges":[{"from","to","count","customers","probability","median_seconds",
     * "p90_seconds"}],"hidden":{"events":X,"transitions":X}}; kind is "start", "end",
     * "touchpoint", "stage" or "no_stage"; times are null for Start and End edges.
     */
    QJsonObject toJson() const;
    /// The edges as CSV (RFC 4180, UTF-8): from,to,count,customers,probability,
    /// median_seconds,p90_seconds; times empty for Start and End edges.
    QByteArray toCsv() const;
    /// Graphviz DOT (UTF-8): labels show names and counts; penwidth runs from 1 to 6 in
    /// proportion to events (nodes; journeys for Start and End) and counts (edges).
    QByteArray toDot() const;
};

/// Builds the directly-follows graph of \a view's journeys.
JourneyGraph buildJourneyGraph(const EventView& view, const GraphOptions& options = {});
/// Builds the graph from what \a counter counts (the present step, the same for every
/// source of events); \a names name the touchpoints and stages.
JourneyGraph buildJourneyGraph(const GraphVocabulary& names, const GraphCounter& counter,
                               const GraphOptions& options = {});

} // namespace journeyscope
