#include "core/layout/graphlayout.h"

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/layout/graphvizcontext.h"

#include <algorithm>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mutex>
#include <QByteArray>
#include <QCoreApplication>

namespace journeyscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::GraphLayout", text);
}

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

/// Columns a rank may spread over, so that a chain within a stage reads left to right.
constexpr int ColumnsPerRank = 3;

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
    const auto before = [&](int a, int b) {
        const LayoutInput::Node& x = input.nodes[size_t(a)];
        const LayoutInput::Node& y = input.nodes[size_t(b)];
        if (x.rank != y.rank)
            return x.rank < y.rank;
        if (x.order != y.order)
            return x.order < y.order;
        return a < b;
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
        if (in.from < 0 || in.to < 0 || size_t(in.from) >= nodes.size() ||
            size_t(in.to) >= nodes.size())
            throw Error(tr("edge %1 joins nodes that do not exist").arg(i));
        Agedge_t* edge =
            agedge(graph, nodes[size_t(in.from)], nodes[size_t(in.to)],
                   const_cast<char*>(QByteArray::number(qulonglong(i)).constData()), 1);
        // Edges to one of the next columns agree with the columns and keep shaping the
        // picture; the others (within a column, back, or far ahead, whose virtual chains
        // make positioning slow) are routed only.
        const bool forward = columnOf[size_t(in.from)] < columnOf[size_t(in.to)];
        if (!forward || columnIndex(in.to) - columnIndex(in.from) > 2)
            set(edge, "constraint", "false");
        set(edge, "weight", number(std::max(0.0, in.weight)));
        edges.push_back(edge);
        backward.push_back(!forward && (in.from == in.to || !before(in.from, in.to)));
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
        throw Error(tr("Graphviz could not lay the graph out"));
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
        const splines* spline = ED_spl(edges[i]);
        if (spline && spline->size > 0) {
            const bezier& curve = spline->list[0];
            for (int p = 0; p < curve.size; ++p)
                out.path.push_back(flip(curve.list[p]));
            out.arrowFrom = out.path.empty() ? QPointF() : out.path.back();
            out.arrowTip = curve.eflag ? flip(curve.ep) : out.arrowFrom;
            if (!out.path.empty()) {
                // The point in the middle of the Bézier segments, by segment count.
                const size_t segments = (out.path.size() - 1) / 3;
                const size_t first = segments / 2 * 3;
                const QPointF* p = out.path.data() + first;
                out.labelAt = segments % 2 == 1 && first + 3 < out.path.size()
                                  ? (p[0] + p[1] * 3 + p[2] * 3 + p[3]) / 8
                                  : p[0];
            }
        }
        layout.edges.push_back(std::move(out));
    }
    return layout;
}

} // namespace journeyscope
