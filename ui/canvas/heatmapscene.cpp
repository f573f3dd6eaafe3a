#include "ui/canvas/heatmapscene.h"

#include "ui/canvas/emptystate.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLinearGradient>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::HeatmapScene)
};

/// Cells are at least this wide, and wider for longer column names, up to MaxCellWidth.
constexpr double MinCellWidth = 112;
constexpr double MaxCellWidth = 170;
constexpr double CellHeight = 52;
constexpr double Gap = 3;

QGraphicsSimpleTextItem* addText(QGraphicsScene& scene, const QString& text, const QFont& font,
                                 const QColor& colour)
{
    auto* item = scene.addSimpleText(text, font);
    item->setBrush(colour);
    return item;
}

/// Centres \a item on \a point.
void centre(QGraphicsSimpleTextItem* item, const QPointF& point)
{
    const QRectF bounds = item->boundingRect();
    item->setPos(point - QPointF(bounds.width() / 2, bounds.height() / 2));
}

} // namespace

void drawFrictionHeatmap(QGraphicsScene& scene, const FrictionMatrix& matrix,
                         const CanvasStyle& style)
{
    scene.setBackgroundBrush(style.background);
    const bool anyData = std::any_of(matrix.cells.begin(), matrix.cells.end(),
                                     [](const FrictionMetrics& cell) { return cell.journeys > 0; });
    if (matrix.rows.isEmpty() || matrix.columns.isEmpty() || !anyData) {
        drawEmptyState(
            scene, style, Text::tr("No data for this filter"),
            Text::tr("No journey passes the filters: widen the dates, channels or segment."));
        return;
    }
    const QString rowKind =
        matrix.rowKind == QLatin1String("stage") ? Text::tr("stage") : Text::tr("touchpoint");
    const QString columnKind =
        matrix.columnKind == QLatin1String("channel") ? Text::tr("channel") : Text::tr("segment");
    auto* title = addText(scene, Text::tr("Friction by %1 and %2").arg(rowKind, columnKind),
                          style.title, style.text);
    title->setPos(0, 0);
    const double titleHeight = title->boundingRect().height() + 16;

    const QFontMetricsF labels(style.label);
    double cellWidth = MinCellWidth;
    for (const QString& column : matrix.columns)
        cellWidth =
            std::max(cellWidth, std::min(MaxCellWidth, labels.horizontalAdvance(column) + 12));
    double rowLabelWidth = 0;
    for (const QString& row : matrix.rows)
        rowLabelWidth = std::max(rowLabelWidth, labels.horizontalAdvance(row));
    rowLabelWidth += 16;
    const double columnLabelHeight = labels.height() + 10;
    const QPointF origin(rowLabelWidth, titleHeight + columnLabelHeight);

    for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
        // A long name takes the small type, and is shortened if it still does not fit.
        const QString& name = matrix.columns[c];
        const bool fits = labels.horizontalAdvance(name) <= cellWidth - 6;
        const QFontMetricsF small(style.small);
        auto* label =
            addText(scene, fits ? name : small.elidedText(name, Qt::ElideRight, cellWidth - 6),
                    fits ? style.label : style.small, style.text);
        const double x = origin.x() + double(c) * (cellWidth + Gap) + cellWidth / 2;
        centre(label, QPointF(x, titleHeight + columnLabelHeight / 2));
        // Channel columns carry their channel's colour, as everywhere.
        if (matrix.columnKind == QLatin1String("channel")) {
            scene.addRect(
                QRectF(x - cellWidth / 2, titleHeight + columnLabelHeight - 5, cellWidth, 3),
                Qt::NoPen, style.channelColor(matrix.columns[c]));
        }
    }
    for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
        const double y = origin.y() + double(r) * (CellHeight + Gap);
        auto* label = addText(scene, matrix.rows[r], style.label, style.text);
        label->setPos(rowLabelWidth - 12 - label->boundingRect().width(),
                      y + (CellHeight - label->boundingRect().height()) / 2);
        for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
            const FrictionMetrics& cell = matrix.cell(r, c);
            const QRectF box(origin.x() + double(c) * (cellWidth + Gap), y, cellWidth, CellHeight);
            const bool scored = cell.enoughData && !std::isnan(cell.score);
            const QColor fill = scored ? style.heat(cell.score) : style.surface;
            scene.addRect(box, Qt::NoPen, fill);
            const QColor ink = scored ? style.textOn(fill) : style.mutedText;
            const QString value = scored              ? QString::number(cell.score, 'f', 2)
                                  : cell.journeys > 0 ? Text::tr("too few")
                                                      : QStringLiteral("–");
            centre(addText(scene, value, style.label, ink),
                   box.center() - QPointF(0, labels.height() / 3));
            centre(addText(scene, Text::tr("%L1 journeys").arg(cell.journeys), style.small, ink),
                   box.center() + QPointF(0, labels.height() / 2));
        }
    }

    // The legend: the ramp from 0 to 1, then how the score is made.
    const double legendY = origin.y() + double(matrix.rows.size()) * (CellHeight + Gap) + 18;
    const double legendWidth = std::min(360.0, double(matrix.columns.size()) * (cellWidth + Gap));
    for (int i = 0; i < 60; ++i) {
        scene.addRect(
            QRectF(origin.x() + legendWidth * i / 60, legendY, legendWidth / 60 + 0.5, 12),
            Qt::NoPen, style.heat(i / 59.0));
    }
    auto* low = addText(scene, Text::tr("0 · little friction"), style.small, style.mutedText);
    low->setPos(origin.x(), legendY + 14);
    auto* high = addText(scene, Text::tr("1 · most friction"), style.small, style.mutedText);
    high->setPos(origin.x() + legendWidth - high->boundingRect().width(), legendY + 14);
    // The formula wraps to the grid's width (at least a readable line's).
    auto* formula = scene.addText(Text::tr("Score: %1. Cells with fewer than %L2 journeys are not "
                                           "scored.")
                                      .arg(matrix.weights.formula())
                                      .arg(matrix.minJourneys),
                                  style.small);
    formula->setDefaultTextColor(style.mutedText);
    formula->setTextWidth(std::max(480.0, double(matrix.columns.size()) * (cellWidth + Gap)));
    formula->setPos(origin.x() - 4, legendY + 30);
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

} // namespace journeyscope
