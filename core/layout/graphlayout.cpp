#include "core/layout/graphlayout.h"

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/layout/graphvizcontext.h"

#include <algorithm>
#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mutex>
#include <QByteArray>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::GraphLayout)
};

/// Graphviz 2.42 takes names as char*.
char* text(const char* literal)
{
    return const_cast<char*>(literal);
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, text(name), const_cast<char*>(value.constData()), text(""));
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

/// Closes the graph and frees its layout however the function is left.
struct GraphGuard
{
    Agraph_t* graph;
    bool laidOut = false;
    ~GraphGuard()
    {
        if (laidOut)
            gvFreeLayout(graphvizContext(), graph);
        agclose(graph);
    }
};

/**
 * A cubic arc for an edge dot does not route: over the boxes from the top of \a from to
 * the top of \a to when it goes left, beside them from right side to right side when the
 * boxes share a column, and a small loop on the top right corner for a box to itself.
 */
std::vector<QPointF> arcBetween(const QRectF& from, const QRectF& to)
{
    if (from == to) {
        const QPointF start(from.right() - 12, from.top());
        const QPointF end(from.right(), from.top() + 10);
        return {start, start + QPointF(6, -22), end + QPointF(22, -6), end};
    }
    if (std::abs(from.center().x() - to.center().x()) < std::max(from.width(), to.width()) / 2) {
        const QPointF start(from.right(), from.center().y());
        const QPointF end(to.right(), to.center().y());
        const double bulge = 24 + 0.25 * std::abs(end.y() - start.y());
        return {start, start + QPointF(bulge, 0), end + QPointF(bulge, 0), end};
    }
    const QPointF start(from.center().x(), from.top());
    const QPointF end(to.center().x(), to.top());
    const double lift = 24 + 0.12 * std::abs(end.x() - start.x());
    const double top = std::min(start.y(), end.y()) - lift;
    return {start, QPointF(start.x(), top), QPointF(end.x(), top), end};
}

/**
 * A position for each node such that as much edge weight as possible goes from a lower to
 * a higher position: the greedy heuristic of Eades, Lin and Smyth (1993) for the feedback
 * arc set, among the nodes of each rank. Sinks go to the back, sources to the front, then
 * the node whose outgoing weight most exceeds its incoming; ties by the input's order.
 */
std::vector<int> flowOrder(const LayoutInput& input)
{
    const size_t n = input.nodes.size();
    std::vector<double> in(n, 0), out(n, 0);
    const auto sameRank = [&](const LayoutInput::Edge& e) {
        return e.from != e.to && input.nodes[size_t(e.from)].rank == input.nodes[size_t(e.to)].rank;
    };
    for (const LayoutInput::Edge& e : input.edges) {
        if (!sameRank(e))
            continue;
        out[size_t(e.from)] += e.weight;
        in[size_t(e.to)] += e.weight;
    }
    std::vector<bool> placed(n, false);
    std::vector<int> front, back;
    const auto place = [&](size_t v, std::vector<int>& list) {
        placed[v] = true;
        list.push_back(int(v));
        for (const LayoutInput::Edge& e : input.edges) {
            if (!sameRank(e))
                continue;
            if (size_t(e.from) == v)
                in[size_t(e.to)] -= e.weight;
            if (size_t(e.to) == v)
                out[size_t(e.from)] -= e.weight;
        }
    };
    const auto inputOrder = [&](size_t a, size_t b) {
        return input.nodes[a].order != input.nodes[b].order
                   ? input.nodes[a].order < input.nodes[b].order
                   : a < b;
    };
    for (size_t left = n; left > 0; --left) {
        // A sink (nothing left goes out) to the back, else a source to the front, else the
        // node with the most weight going out rather than in.
        size_t best = n;
        int kind = 3;
        double score = 0;
        for (size_t v = 0; v < n; ++v) {
            if (placed[v])
                continue;
            const int k = out[v] <= 1e-12 ? 0 : in[v] <= 1e-12 ? 1 : 2;
            const double s = out[v] - in[v];
            if (best == n || k < kind || (k == kind && k == 2 && s > score) ||
                (k == kind && (k != 2 || s == score) && inputOrder(v, best))) {
                best = v;
                kind = k;
                score = s;
            }
        }
        place(best, kind == 0 ? back : front);
    }
    std::vector<int> position(n);
    int next = 0;
    for (const int v : front)
        position[size_t(v)] = next++;
    for (auto it = back.rbegin(); it != back.rend(); ++it)
        position[size_t(*it)] = next++;
    return position;
}

/// Columns a rank may spread over, so that a chain within a stage reads left to right.
constexpr int ColumnsPerRank = 5;

std::mutex& graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

GraphLayout layoutGraph(const LayoutInput& input, Feedback* feedback)
{
    if (feedback)
        feedback->checkCanceled();
    for (size_t i = 0; i < input.edges.size(); ++i) {
        const LayoutInput::Edge& edge = input.edges[i];
        if (edge.from < 0 || edge.to < 0 || size_t(edge.from) >= input.nodes.size() ||
            size_t(edge.to) >= input.nodes.size())
            throw Error(Text::tr("edge %1 joins nodes that do not exist").arg(i));
    }
    std::lock_guard lock(graphvizMutex());
    GVC_t* context = graphvizContext();
    GraphGuard guard{agopen(text("journey"), Agdirected, nullptr)};
    Agraph_t* graph = guard.graph;
    set(graph, "rankdir", "LR");
    set(graph, "nodesep", "0.35");
    set(graph, "ranksep", "0.6");
    set(graph, "splines", "spline");
    // Bounds on network simplex and crossing minimisation; the ranking is given already.
    // Past a hundred nodes positioning takes most of the time, and a tighter bound keeps a
    // graph of 150 under half a second whatever its shape, at some cost in straightness.
    set(graph, "nslimit", input.nodes.size() <= 100 ? "4" : "1");
    set(graph, "mclimit", "0.5");

    std::vector<Agnode_t*> nodes;
    for (size_t i = 0; i < input.nodes.size(); ++i) {
        const LayoutInput::Node& in = input.nodes[i];
        Agnode_t* node =
            agnode(graph, const_cast<char*>(QByteArray::number(qulonglong(i)).constData()), 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", number(in.width / 72));
        set(node, "height", number(in.height / 72));
        nodes.push_back(node);
    }
    const std::vector<int> flow = flowOrder(input);
    const auto before = [&](int a, int b) {
        const LayoutInput::Node& x = input.nodes[size_t(a)];
        const LayoutInput::Node& y = input.nodes[size_t(b)];
        if (x.rank != y.rank)
            return x.rank < y.rank;
        return flow[size_t(a)] < flow[size_t(b)];
    };
    // Columns: a rank's nodes in up to ColumnsPerRank columns, by the longest chain of
    // forward edges within the rank that leads to them. dot ranks by these columns only
    // (no real edge constrains it), so its ranking is trivial and the number of ranks that
    // long edges cross stays small.
    std::vector<int> byOrder(input.nodes.size());
    for (size_t i = 0; i < byOrder.size(); ++i)
        byOrder[i] = int(i);
    std::sort(byOrder.begin(), byOrder.end(), before);
    std::vector<int> depth(input.nodes.size(), 0);
    for (const int v : byOrder) {
        for (const LayoutInput::Edge& in : input.edges) {
            if (in.to == v && in.from != v &&
                input.nodes[size_t(in.from)].rank == input.nodes[size_t(v)].rank &&
                before(in.from, v))
                depth[size_t(v)] = std::max(
                    depth[size_t(v)], std::min(depth[size_t(in.from)] + 1, ColumnsPerRank - 1));
        }
    }
    std::vector<std::pair<int, int>> columnOf; // (rank, depth) of each node
    for (size_t i = 0; i < input.nodes.size(); ++i)
        columnOf.push_back({input.nodes[i].rank, depth[i]});
    std::vector<std::pair<int, int>> columns = columnOf;
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());

    const auto columnIndex = [&](int node) {
        return std::lower_bound(columns.begin(), columns.end(), columnOf[size_t(node)]) -
               columns.begin();
    };
    std::vector<Agedge_t*> edges;
    std::vector<bool> backward;
    for (size_t i = 0; i < input.edges.size(); ++i) {
        const LayoutInput::Edge& in = input.edges[i];
        // Edges back or within a column are drawn as plain arcs afterwards: dot routes
        // them as loops around whole columns, which buries the picture.
        const bool forward = columnOf[size_t(in.from)] < columnOf[size_t(in.to)];
        backward.push_back(!forward);
        if (!forward) {
            edges.push_back(nullptr);
            continue;
        }
        Agedge_t* edge =
            agedge(graph, nodes[size_t(in.from)], nodes[size_t(in.to)],
                   const_cast<char*>(QByteArray::number(qulonglong(i)).constData()), 1);
        // Edges to one of the next two columns shape the picture; those far ahead (whose
        // virtual chains make positioning slow) are routed only.
        if (columnIndex(in.to) - columnIndex(in.from) > 2)
            set(edge, "constraint", "false");
        set(edge, "weight", number(std::max(0.0, in.weight)));
        edges.push_back(edge);
    }
    // Each column's nodes on one rank, and an invisible marker between consecutive
    // columns, after all nodes of the one and before all of the other.
    for (size_t c = 0; c < columns.size(); ++c) {
        Agraph_t* same = agsubg(
            graph, const_cast<char*>(("column" + QByteArray::number(qulonglong(c))).constData()),
            1);
        set(same, "rank", "same");
        for (size_t i = 0; i < input.nodes.size(); ++i) {
            if (columnOf[i] == columns[c])
                agsubnode(same, nodes[i], 1);
        }
        if (c + 1 == columns.size())
            continue;
        Agnode_t* marker = agnode(
            graph, const_cast<char*>(("marker" + QByteArray::number(qulonglong(c))).constData()),
            1);
        set(marker, "style", "invis");
        set(marker, "shape", "point");
        set(marker, "width", "0.01");
        for (size_t i = 0; i < input.nodes.size(); ++i) {
            Agedge_t* spacer = nullptr;
            if (columnOf[i] == columns[c])
                spacer = agedge(graph, nodes[i], marker, nullptr, 1);
            else if (columnOf[i] == columns[c + 1])
                spacer = agedge(graph, marker, nodes[i], nullptr, 1);
            if (spacer) {
                set(spacer, "style", "invis");
                set(spacer, "weight", "0");
            }
        }
    }

    if (gvLayout(context, graph, "dot") != 0)
        throw Error(Text::tr("Graphviz could not lay the graph out"));
    guard.laidOut = true;

    // Graphviz: points, y up. Qt: y down from the top of the bounding box.
    const boxf bb = GD_bb(graph);
    const auto flip = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    GraphLayout layout;
    layout.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QPointF centre = flip(ND_coord(nodes[i]));
        const double w = ND_width(nodes[i]) * 72, h = ND_height(nodes[i]) * 72;
        layout.nodes.push_back({QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)});
    }
    for (size_t i = 0; i < edges.size(); ++i) {
        GraphLayout::Edge out;
        out.backward = backward[i];
        const splines* spline = edges[i] ? ED_spl(edges[i]) : nullptr;
        if (!edges[i]) {
            out.path = arcBetween(layout.nodes[size_t(input.edges[i].from)].box,
                                  layout.nodes[size_t(input.edges[i].to)].box);
            out.arrowFrom = out.path[2];
            out.arrowTip = out.path[3];
        } else if (spline && spline->size > 0) {
            const bezier& curve = spline->list[0];
            for (int p = 0; p < curve.size; ++p)
                out.path.push_back(flip(curve.list[p]));
            out.arrowFrom = out.path.empty() ? QPointF() : out.path.back();
            out.arrowTip = curve.eflag ? flip(curve.ep) : out.arrowFrom;
        }
        if (!out.path.empty()) {
            // The point in the middle of the Bézier segments, by segment count.
            const size_t segments = (out.path.size() - 1) / 3;
            const size_t first = segments / 2 * 3;
            const QPointF* p = out.path.data() + first;
            out.labelAt = segments % 2 == 1 && first + 3 < out.path.size()
                              ? (p[0] + p[1] * 3 + p[2] * 3 + p[3]) / 8
                              : p[0];
        }
        layout.edges.push_back(std::move(out));
    }
    return layout;
}

} // namespace journeyscope
