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
    // Bounds on network simplex and crossing minimisation: the ranking is a DAG already.
    set(graph, "nslimit", "4");
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
        const bool back = in.from == in.to || !before(in.from, in.to);
        if (back)
            set(edge, "constraint", "false");
        set(edge, "weight", number(std::max(0.0, in.weight)));
        set(edge, "arrowhead", "normal");
        edges.push_back(edge);
        backward.push_back(back);
    }
    // Every node of a rank left of every node of the next: an invisible marker between
    // each pair of ranks, after all nodes of the one and before all of the other.
    std::vector<int> ranks;
    for (const LayoutInput::Node& node : input.nodes)
        ranks.push_back(node.rank);
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    for (size_t r = 0; r + 1 < ranks.size(); ++r) {
        Agnode_t* marker = agnode(
            graph, const_cast<char*>(("rank" + QByteArray::number(qulonglong(r))).constData()), 1);
        set(marker, "style", "invis");
        set(marker, "shape", "point");
        set(marker, "width", "0.01");
        for (size_t i = 0; i < input.nodes.size(); ++i) {
            Agedge_t* spacer = nullptr;
            if (input.nodes[i].rank == ranks[r])
                spacer = agedge(graph, nodes[i], marker, nullptr, 1);
            else if (input.nodes[i].rank == ranks[r + 1])
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
