#include "ui/canvas/journeygraphscene.h"

#include "core/base/timeutil.h"
#include "core/journey/eventlog.h"
#include "ui/canvas/emptystate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainterPath>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::JourneyGraphScene)
};

constexpr double Padding = 10;
/// Edges labelled: the strongest, so that labels do not bury the picture.
constexpr size_t LabelledEdges = 24;

QString customersLine(const GraphNode& node)
{
    return Text::tr("%L1 customers").arg(node.customers);
}

/// The edges' median times as shares of their rank among the edges that have one.
std::vector<double> timeShares(const JourneyGraph& graph)
{
    std::vector<double> medians;
    for (const GraphEdge& edge : graph.edges) {
        if (edge.medianSeconds)
            medians.push_back(*edge.medianSeconds);
    }
    std::sort(medians.begin(), medians.end());
    std::vector<double> shares;
    for (const GraphEdge& edge : graph.edges) {
        if (!edge.medianSeconds || medians.size() < 2) {
            shares.push_back(-1);
            continue;
        }
        const auto rank =
            std::lower_bound(medians.begin(), medians.end(), *edge.medianSeconds) - medians.begin();
        shares.push_back(double(rank) / double(medians.size() - 1));
    }
    return shares;
}

QPainterPath pathOf(const std::vector<QPointF>& points)
{
    QPainterPath path;
    if (points.empty())
        return path;
    path.moveTo(points[0]);
    for (size_t i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    return path;
}

void addArrowHead(QGraphicsScene& scene, const GraphLayout::Edge& edge, const QColor& colour,
                  double width)
{
    QPointF direction = edge.arrowTip - edge.arrowFrom;
    double length = std::hypot(direction.x(), direction.y());
    if (length < 0.5 && edge.path.size() >= 2) {
        direction = edge.path.back() - edge.path[edge.path.size() - 2];
        length = std::hypot(direction.x(), direction.y());
    }
    if (length < 1e-6)
        return;
    direction /= length;
    const QPointF normal(-direction.y(), direction.x());
    const double size = 6 + width;
    const QPointF tip = edge.arrowTip;
    QPolygonF head;
    head << tip << tip - direction * size + normal * size * 0.5
         << tip - direction * size - normal * size * 0.5;
    scene.addPolygon(head, Qt::NoPen, colour);
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/// The friction score of \a node's touchpoint or stage in \a friction, NaN when unscored.
double frictionScore(const FrictionReport& friction, const GraphNode& node)
{
    const std::vector<FrictionMetrics>* places =
        node.kind == GraphNode::Kind::Touchpoint ? &friction.touchpoints
        : node.kind == GraphNode::Kind::Stage    ? &friction.stages
                                                 : nullptr;
    if (places == nullptr)
        return NaN;
    for (const FrictionMetrics& metrics : *places) {
        if (metrics.name == node.name)
            return metrics.score;
    }
    return NaN;
}

/// What hovering over a node tells.
QString nodeToolTip(const GraphNode& node)
{
    if (node.kind == GraphNode::Kind::Start || node.kind == GraphNode::Kind::End)
        return Text::tr("%L1 journeys").arg(node.customers);
    return Text::tr("%1\n%L2 customers, %L3 events\n%L4 journeys start here, %L5 end here, %L6 "
                    "of them without the goal")
        .arg(node.name)
        .arg(node.customers)
        .arg(node.events)
        .arg(node.starts)
        .arg(node.ends)
        .arg(node.exits);
}

} // namespace

LayoutInput journeyGraphLayoutInput(const JourneyGraph& graph, const EventLog& log,
                                    const CanvasStyle& style)
{
    const QFontMetricsF labelMetrics(style.label);
    const QFontMetricsF smallMetrics(style.small);
    const int stages = int(log.stageNames().size());
    LayoutInput input;
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode& node = graph.nodes[i];
        LayoutInput::Node box;
        box.name = node.name;
        box.order = double(i);
        const bool terminal =
            node.kind == GraphNode::Kind::Start || node.kind == GraphNode::Kind::End;
        box.width = std::max(labelMetrics.horizontalAdvance(node.name),
                             terminal ? 0.0 : smallMetrics.horizontalAdvance(customersLine(node))) +
                    2 * Padding;
        box.height = labelMetrics.height() + (terminal ? 0 : smallMetrics.height()) + Padding;
        switch (node.kind) {
        case GraphNode::Kind::Start:
            box.rank = 0;
            break;
        case GraphNode::Kind::End:
            box.rank = stages + 2;
            break;
        case GraphNode::Kind::Touchpoint: {
            const int stage = log.touchpointStages()[size_t(node.index)];
            box.rank = stage >= 0 ? stage + 1 : stages + 1;
            break;
        }
        case GraphNode::Kind::Stage:
            box.rank = node.index + 1;
            break;
        case GraphNode::Kind::NoStage:
            box.rank = stages + 1;
            break;
        }
        input.nodes.push_back(box);
    }
    const qint64 strongest = graph.edges.empty()
                                 ? 1
                                 : std::max_element(graph.edges.begin(), graph.edges.end(),
                                                    [](const GraphEdge& a, const GraphEdge& b) {
                                                        return a.count < b.count;
                                                    })
                                       ->count;
    for (const GraphEdge& edge : graph.edges)
        input.edges.push_back(
            {edge.from, edge.to,
             1 + 9 * double(edge.count) / double(std::max<qint64>(strongest, 1))});
    return input;
}

void drawJourneyGraph(QGraphicsScene& scene, const JourneyGraph& graph, const GraphLayout& layout,
                      const CanvasStyle& style, const GraphColouring& colouring)
{
    const bool byFriction = colouring.by == GraphColouring::By::Friction;
    scene.setBackgroundBrush(style.background);
    if (graph.journeys == 0) {
        drawEmptyState(
            scene, style, Text::tr("No data for this filter"),
            Text::tr("No journey passes the filters: widen the dates, channels or segment."));
        return;
    }
    const qint64 strongest =
        std::max_element(graph.edges.begin(), graph.edges.end(),
                         [](const GraphEdge& a, const GraphEdge& b) { return a.count < b.count; })
            ->count;
    std::vector<size_t> byCount(graph.edges.size());
    for (size_t i = 0; i < byCount.size(); ++i)
        byCount[i] = i;
    std::stable_sort(byCount.begin(), byCount.end(), [&](size_t a, size_t b) {
        return graph.edges[a].count > graph.edges[b].count;
    });
    std::vector<bool> labelled(graph.edges.size(), false);
    for (size_t i = 0; i < byCount.size() && i < LabelledEdges; ++i)
        labelled[byCount[i]] = true;
    const std::vector<double> shares =
        byFriction ? std::vector<double>(graph.edges.size(), -1.0) : timeShares(graph);
    const QLocale locale;

    // Edges under the nodes; the weakest first so the strong ones stay on top.
    for (auto it = byCount.rbegin(); it != byCount.rend(); ++it) {
        const size_t e = *it;
        const GraphEdge& edge = graph.edges[e];
        const GraphLayout::Edge& geometry = layout.edges[e];
        const double width =
            1 + 7 * std::sqrt(double(edge.count) / double(std::max<qint64>(strongest, 1)));
        // The ramp's palest quarter vanishes on a light page: lines start a quarter in.
        const QColor colour = shares[e] < 0
                                  ? style.line
                                  : style.heat(style.dark ? shares[e] : 0.25 + 0.75 * shares[e]);
        QPen pen(colour, width, geometry.backward ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        auto* line = scene.addPath(pathOf(geometry.path), pen);
        QString tip =
            Text::tr("%1 → %2\n%L3 transitions (%4 % of those leaving %1)")
                .arg(graph.nodes[size_t(edge.from)].name, graph.nodes[size_t(edge.to)].name)
                .arg(edge.count)
                .arg(std::lround(edge.probability * 100));
        if (edge.medianSeconds)
            tip += Text::tr("\nmedian %1, 90 % within %2")
                       .arg(readableDuration(*edge.medianSeconds),
                            readableDuration(edge.p90Seconds.value_or(*edge.medianSeconds)));
        line->setToolTip(tip);
        addArrowHead(scene, geometry, colour, width);
    }

    // Labels of the strongest edges on a backing that keeps them readable over lines,
    // strongest first; one that would cover a node or an earlier label is left out.
    std::vector<QRectF> taken;
    for (const GraphLayout::Node& node : layout.nodes)
        taken.push_back(node.box);
    const QFontMetricsF metrics(style.small);
    for (const size_t e : byCount) {
        if (!labelled[e])
            continue;
        const GraphEdge& edge = graph.edges[e];
        QString label =
            Text::tr("%L1 · %2 %").arg(edge.count).arg(std::lround(edge.probability * 100));
        if (edge.medianSeconds)
            label += QStringLiteral(" · ") + readableDuration(*edge.medianSeconds);
        const QSizeF size(metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
        const QRectF box(layout.edges[e].labelAt - QPointF(size.width() / 2, size.height() / 2),
                         size);
        if (std::any_of(taken.begin(), taken.end(),
                        [&](const QRectF& other) { return other.intersects(box); }))
            continue;
        taken.push_back(box);
        QColor backing = style.background;
        backing.setAlphaF(0.85f);
        scene.addRect(box, Qt::NoPen, backing);
        auto* text = scene.addSimpleText(label, style.small);
        text->setBrush(style.mutedText);
        text->setPos(box.topLeft() + QPointF(4, 1));
    }

    for (size_t n = 0; n < graph.nodes.size(); ++n) {
        const GraphNode& node = graph.nodes[n];
        const QRectF box = layout.nodes[n].box;
        const bool terminal =
            node.kind == GraphNode::Kind::Start || node.kind == GraphNode::Kind::End;
        const double friction = byFriction ? frictionScore(colouring.friction, node) : NaN;
        const QColor fill = terminal               ? style.text
                            : std::isnan(friction) ? style.surface
                                                   : style.heat(friction);
        // Drop-off shows on the border: deeper where more journeys end here without the goal.
        const double exitShare = node.events > 0 ? double(node.exits) / double(node.customers) : 0;
        QPen border(terminal     ? style.text
                    : byFriction ? style.line
                                 : style.heat(std::min(1.0, exitShare * 2)),
                    terminal ? 1 : 2.5);
        QPainterPath shape;
        shape.addRoundedRect(box, terminal ? box.height() / 2 : 6, terminal ? box.height() / 2 : 6);
        auto* nodeShape = scene.addPath(shape, border, fill);
        nodeShape->setToolTip(nodeToolTip(node));
        if (node.kind == GraphNode::Kind::Touchpoint)
            nodeShape->setData(GraphTouchpointKey, node.name);
        auto* name = scene.addSimpleText(node.name, style.label);
        const QColor ink = terminal ? style.background : style.textOn(fill);
        name->setBrush(ink);
        const QRectF nameBounds = name->boundingRect();
        const double top =
            terminal ? box.center().y() - nameBounds.height() / 2 : box.top() + Padding / 2;
        name->setPos(box.center().x() - nameBounds.width() / 2, top);
        if (!terminal) {
            auto* customers = scene.addSimpleText(customersLine(node), style.small);
            customers->setBrush(std::isnan(friction) ? style.mutedText : ink);
            const QRectF bounds = customers->boundingRect();
            customers->setPos(box.center().x() - bounds.width() / 2, top + nameBounds.height());
        }
    }

    // What the picture leaves out, and how to read it, above the graph.
    QString notice =
        (byFriction
             ? Text::tr("%L1 journeys of %L2 customers. Edge width: transitions; node colour: "
                        "friction score (0 little, 1 most; grey: too few journeys); dashed: "
                        "loops back.")
             : Text::tr("%L1 journeys of %L2 customers. Edge width: transitions; colour: "
                        "median time (pale fast, deep slow); node border: share ending there "
                        "without the goal; dashed: loops back."))
            .arg(graph.journeys)
            .arg(graph.customers);
    if (graph.hiddenTransitionShare > 0 || graph.hiddenEventShare > 0) {
        notice +=
            QLatin1Char(' ') + Text::tr("Simplified: %1 % of transitions and %2 % of events "
                                        "hidden.")
                                   .arg(locale.toString(graph.hiddenTransitionShare * 100, 'f', 1))
                                   .arg(locale.toString(graph.hiddenEventShare * 100, 'f', 1));
    }
    // Above everything drawn, arcs over the top included.
    const QRectF drawn = scene.itemsBoundingRect().united(layout.bounds);
    auto* legend = scene.addSimpleText(notice, style.small);
    legend->setBrush(style.mutedText);
    legend->setPos(drawn.left(), drawn.top() - legend->boundingRect().height() - 12);
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

QString graphTouchpointAt(const QGraphicsScene& scene, const QPointF& point)
{
    for (const QGraphicsItem* item : scene.items(point)) {
        if (const QString name = item->data(GraphTouchpointKey).toString(); !name.isEmpty())
            return name;
    }
    return {};
}

} // namespace journeyscope
