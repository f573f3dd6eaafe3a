#include "ui/canvas/sankeyscene.h"

#include "ui/canvas/emptystate.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::SankeyScene)
};

constexpr double ColumnGap = 230;
constexpr double BarWidth = 16;
constexpr double Height = 520;
constexpr double NodeGap = 10;

} // namespace

void drawSankey(QGraphicsScene& scene, const AnchorPaths& paths, const CanvasStyle& style)
{
    scene.setBackgroundBrush(style.background);
    if (paths.withAnchor == 0 || paths.nodes.empty()) {
        drawEmptyState(scene, style, Text::tr("No data for this filter"),
                       Text::tr("No journey passes %1 with these filters.").arg(paths.anchor));
        return;
    }
    auto* title =
        scene.addSimpleText((paths.direction == PathDirection::From ? Text::tr("Paths from %1")
                                                                    : Text::tr("Paths to %1"))
                                .arg(paths.anchor),
                            style.title);
    title->setBrush(style.text);
    auto* subtitle =
        scene.addSimpleText(Text::tr("%L1 of %L2 journeys pass it; ribbons as wide as the "
                                     "journeys taking them")
                                .arg(paths.withAnchor)
                                .arg(paths.journeys),
                            style.label);
    subtitle->setBrush(style.mutedText);
    subtitle->setPos(0, title->boundingRect().height() + 4);
    const double top = subtitle->pos().y() + subtitle->boundingRect().height() + 24;

    // Columns by step, left to right in time; bars stacked in the nodes' order.
    std::map<int, std::vector<size_t>> columns;
    for (size_t n = 0; n < paths.nodes.size(); ++n)
        columns[paths.nodes[n].step].push_back(n);
    size_t busiest = 1;
    for (const auto& [step, members] : columns)
        busiest = std::max(busiest, members.size());
    const double scale =
        (Height - NodeGap * double(busiest - 1)) / double(std::max<qint64>(paths.withAnchor, 1));
    std::vector<QRectF> bars(paths.nodes.size());
    int column = 0;
    for (const auto& [step, members] : columns) {
        double y = top;
        for (const size_t n : members) {
            const double height = std::max(2.0, double(paths.nodes[n].count) * scale);
            bars[n] = QRectF(double(column) * ColumnGap, y, BarWidth, height);
            y += height + NodeGap;
        }
        ++column;
    }

    // Ribbons under the bars, each at the next free place on both of its ends.
    std::vector<double> outUsed(paths.nodes.size(), 0), inUsed(paths.nodes.size(), 0);
    for (const SankeyLink& link : paths.links) {
        const double width = double(link.count) * scale;
        const QRectF& from = bars[size_t(link.source)];
        const QRectF& to = bars[size_t(link.target)];
        const double y0 = from.top() + outUsed[size_t(link.source)];
        const double y1 = to.top() + inUsed[size_t(link.target)];
        outUsed[size_t(link.source)] += width;
        inUsed[size_t(link.target)] += width;
        const double x0 = from.right(), x1 = to.left(), middle = (x0 + x1) / 2;
        QPainterPath ribbon;
        ribbon.moveTo(x0, y0);
        ribbon.cubicTo(middle, y0, middle, y1, x1, y1);
        ribbon.lineTo(x1, y1 + width);
        ribbon.cubicTo(middle, y1 + width, middle, y0 + width, x0, y0 + width);
        ribbon.closeSubpath();
        QColor fill = paths.nodes[size_t(link.target)].kind == SankeyNode::Kind::End ? style.line
                                                                                     : style.accent;
        fill.setAlphaF(0.28f);
        scene.addPath(ribbon, Qt::NoPen, fill);
    }

    for (size_t n = 0; n < paths.nodes.size(); ++n) {
        const SankeyNode& node = paths.nodes[n];
        const bool grey =
            node.kind == SankeyNode::Kind::Other || node.kind == SankeyNode::Kind::End;
        const QColor fill = node.kind == SankeyNode::Kind::Anchor ? style.text
                            : grey                                ? style.line
                                                                  : style.accent;
        scene.addRect(bars[n], Qt::NoPen, fill);
        if (bars[n].height() < 9 && node.kind != SankeyNode::Kind::Anchor)
            continue; // too thin to label without overlapping its neighbours
        // On a backing over the ribbons, short enough to stay clear of the next column.
        const QFont& font = node.kind == SankeyNode::Kind::Anchor ? style.label : style.small;
        const QFontMetricsF metrics(font);
        const QString count = QStringLiteral("  %L1").arg(node.count);
        const QString text =
            metrics.elidedText(node.name, Qt::ElideRight,
                               ColumnGap - BarWidth - 20 - metrics.horizontalAdvance(count)) +
            count;
        const QRectF box(bars[n].right() + 4, bars[n].center().y() - metrics.height() / 2 - 1,
                         metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
        QColor backing = style.background;
        backing.setAlphaF(0.8f);
        scene.addRect(box, Qt::NoPen, backing);
        auto* label = scene.addSimpleText(text, font);
        label->setBrush(grey ? style.mutedText : style.text);
        label->setPos(box.topLeft() + QPointF(3, 1));
    }
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

} // namespace journeyscope
