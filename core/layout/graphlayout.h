#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

namespace journeyscope {

class Feedback;

/// A graph to lay out: boxes of given sizes and the edges between them.
struct LayoutInput
{
    struct Node
    {
        QString name;
        double width = 72;  ///< points
        double height = 36; ///< points
        /// Where the node belongs from left to right (a stage index; Start before the
        /// first stage, End after the last); nodes of equal rank are ordered by \a order.
        int rank = 0;
        double order = 0;
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        double weight = 1; ///< heavier edges are kept shorter and straighter
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

/// Plain geometry to draw with Qt: points, y growing downwards, origin at the top left.
struct GraphLayout
{
    struct Node
    {
        QRectF box;
    };
    struct Edge
    {
        /// A cubic Bézier path: the start point, then three points per segment.
        std::vector<QPointF> path;
        /// Where the path ends before its arrow head, or the path's last point.
        QPointF arrowFrom;
        QPointF arrowTip;
        /// The path's middle, for a label.
        QPointF labelAt;
        bool backward = false; ///< against the left-to-right flow (a loop back)
    };
    std::vector<Node> nodes; ///< as in the input
    std::vector<Edge> edges; ///< as in the input
    QRectF bounds;
};

/**
 * Lays \a input out from left to right with Graphviz's dot through gvc, and returns the
 * geometry only (we draw it ourselves). Journey graphs are cyclic, and dot is slow on
 * cycles (a minute for 200 nodes): edges that go back in the (rank, order) order are left
 * out of the ranking (constraint=false) and only routed, so dot ranks a DAG. Graphviz is
 * not reentrant: layouts run one at a time, on any thread. Throws Error when Graphviz
 * fails, Canceled when \a feedback is canceled before the layout starts.
 */
GraphLayout layoutGraph(const LayoutInput& input, Feedback* feedback = nullptr);

} // namespace journeyscope
