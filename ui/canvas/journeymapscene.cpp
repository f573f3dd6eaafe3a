#include "ui/canvas/journeymapscene.h"

#include "core/base/timeutil.h"
#include "ui/canvas/emptystate.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QJsonObject>
#include <QPainterPath>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::JourneyMapScene)
};

constexpr double LaneTitleWidth = 150;
constexpr double ColumnWidth = 250;
constexpr double Gap = 8;
constexpr int ChipsPerStage = 7;

QString percent(double share)
{
    return std::isnan(share) ? QStringLiteral("–")
                             : QString::number(share * 100, 'f', 0) +
                                   QStringLiteral("\u00a0%"); // never wrapped off
}

/// Draws the map lane by lane, each lane as tall as its tallest cell.
class MapPainter
{
public:
    MapPainter(QGraphicsScene& scene, const JourneyMapData& map, const CanvasStyle& style)
        : m_scene(scene)
        , m_map(map)
        , m_style(style)
    {}

    double columnX(size_t column) const
    {
        return LaneTitleWidth + double(column) * (ColumnWidth + Gap);
    }
    double width() const { return columnX(m_map.stages.size()) - Gap; }

    /// A line of text; one longer than \a maxWidth (when given) is cut with "…" and shows
    /// in full as its tooltip, so that a long translation stays within its column.
    QGraphicsSimpleTextItem* text(const QString& value, const QFont& font, const QColor& colour,
                                  const QPointF& at, double maxWidth = 0)
    {
        const QString shown =
            maxWidth > 0 ? QFontMetricsF(font).elidedText(value, Qt::ElideRight, maxWidth) : value;
        auto* item = m_scene.addSimpleText(shown, font);
        if (shown != value)
            item->setToolTip(value);
        item->setBrush(colour);
        item->setPos(at);
        return item;
    }

    /// A text that wraps within a column. Beyond what a column can show it is cut: laying
    /// out a name of a million characters would take minutes.
    double wrapped(const QString& value, const QFont& font, const QColor& colour, const QPointF& at,
                   double width, qint64 noteId = 0)
    {
        constexpr qsizetype MaxCharacters = 600;
        auto* item = m_scene.addText(
            value.size() > MaxCharacters ? value.left(MaxCharacters) + QChar(0x2026) : value, font);
        if (noteId != 0)
            item->setData(MapNoteIdKey, noteId);
        item->setDefaultTextColor(colour);
        item->setTextWidth(width);
        item->setPos(at - QPointF(4, 4)); // a text item's document margin
        return item->boundingRect().height() - 8;
    }

    /// Starts a lane at \a y: its title on the left and a rule above it; returns the
    /// title's height. A title whose longest word (in some languages long) would not fit
    /// is set smaller, not split.
    double laneTitle(const QString& title, double y)
    {
        m_scene.addLine(0, y - Gap / 2, width(), y - Gap / 2, QPen(m_style.surface, 1));
        QFont font = m_style.label;
        const auto widestWord = [&] {
            double widest = 0;
            for (const QString& word : title.split(QLatin1Char(' ')))
                widest = std::max(widest, QFontMetricsF(font).horizontalAdvance(word));
            return widest;
        };
        while (widestWord() > LaneTitleWidth - Gap - 8 && font.pointSizeF() > 6)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        return wrapped(title, font, m_style.mutedText, QPointF(0, y), LaneTitleWidth - Gap);
    }

    QGraphicsScene& m_scene;
    const JourneyMapData& m_map;
    const CanvasStyle& m_style;
};

QJsonObject riskOf(const QJsonArray& risks, const QString& stage)
{
    for (const QJsonValue& value : risks) {
        if (value[QStringLiteral("place")].toString() == stage)
            return value.toObject();
    }
    return {};
}

} // namespace

void drawJourneyMap(QGraphicsScene& scene, const JourneyMapData& map, const MapOverlay& overlay,
                    const CanvasStyle& style)
{
    scene.setBackgroundBrush(style.background);
    if (map.journeys == 0 || map.stages.empty()) {
        drawEmptyState(
            scene, style, Text::tr("No data for this filter"),
            Text::tr("No journey passes the filters: widen the dates, channels or segment."));
        return;
    }
    MapPainter painter(scene, map, style);
    painter.text(Text::tr("Journey map"), style.title, style.text, QPointF(0, 0));
    painter.text(Text::tr("%L1 journeys, %2 converted")
                     .arg(map.journeys)
                     .arg(percent(double(map.converted) / double(map.journeys))),
                 style.label, style.mutedText, QPointF(0, 36));
    double y = 76;

    // Stage headers.
    const QFontMetricsF labelMetrics(style.label);
    for (size_t c = 0; c < map.stages.size(); ++c) {
        const QRectF band(painter.columnX(c), y, ColumnWidth, 44);
        QPainterPath shape;
        shape.addRoundedRect(band, 6, 6);
        // Neutral headers: the palette's colours belong to the channels.
        auto* header = scene.addPath(shape, Qt::NoPen, style.text);
        header->setData(MapStageNameKey, map.stages[c].name);
        painter.text(map.stages[c].name, style.label, style.background,
                     band.topLeft() + QPointF(12, 4), ColumnWidth - 24);
        painter.text(Text::tr("%L1 journeys").arg(map.stages[c].customers), style.small,
                     style.background, band.topLeft() + QPointF(12, 24), ColumnWidth - 24);
    }
    y += 44 + 2 * Gap;

    // Touchpoints: chips sized by customers, in their main channel's colour.
    painter.laneTitle(Text::tr("Touchpoints"), y);
    qint64 most = 1;
    for (const MapStage& stage : map.stages) {
        for (const MapTouchpoint& touchpoint : stage.touchpoints)
            most = std::max(most, touchpoint.customers);
    }
    double laneBottom = y;
    for (size_t c = 0; c < map.stages.size(); ++c) {
        double chipY = y;
        const MapStage& stage = map.stages[c];
        for (size_t t = 0; t < stage.touchpoints.size() && t < ChipsPerStage; ++t) {
            const MapTouchpoint& touchpoint = stage.touchpoints[t];
            const double height = 26 + 18 * std::sqrt(double(touchpoint.customers) / double(most));
            const QColor fill = style.channelColor(touchpoint.mainChannel);
            QPainterPath chip;
            chip.addRoundedRect(QRectF(painter.columnX(c), chipY, ColumnWidth, height), 8, 8);
            auto* chipItem = scene.addPath(chip, Qt::NoPen, fill);
            chipItem->setToolTip(
                Text::tr("%1\n%L2 journeys, %L3 events%4")
                    .arg(touchpoint.name)
                    .arg(touchpoint.customers)
                    .arg(touchpoint.events)
                    .arg(touchpoint.mainChannel.isEmpty()
                             ? QString()
                             : Text::tr(", mostly %1").arg(touchpoint.mainChannel)));
            const QColor ink = style.textOn(fill);
            auto* count = painter.text(QStringLiteral("%L1").arg(touchpoint.customers), style.small,
                                       ink, QPointF());
            const double room = ColumnWidth - 30 - count->boundingRect().width();
            painter.text(
                labelMetrics.elidedText(touchpoint.name, Qt::ElideRight, room), style.label, ink,
                QPointF(painter.columnX(c) + 10, chipY + (height - labelMetrics.height()) / 2));
            count->setPos(painter.columnX(c) + ColumnWidth - 10 - count->boundingRect().width(),
                          chipY + (height - count->boundingRect().height()) / 2);
            chipY += height + 4;
        }
        if (stage.touchpoints.size() > ChipsPerStage) {
            painter.text(Text::tr("+ %L1 more").arg(stage.touchpoints.size() - ChipsPerStage),
                         style.small, style.mutedText, QPointF(painter.columnX(c), chipY),
                         ColumnWidth);
            chipY += 20;
        }
        laneBottom = std::max(laneBottom, chipY);
    }
    y = laneBottom + 2 * Gap;

    // Customer actions: what most journeys did on their first visit to the stage.
    painter.laneTitle(Text::tr("Customer actions"), y);
    double actionsBottom = y + 20;
    for (size_t c = 0; c < map.stages.size(); ++c) {
        const MapStage& stage = map.stages[c];
        double lineY = y;
        for (const MapAction& action : stage.actions) {
            QString steps = action.steps.join(QStringLiteral(" → "));
            if (action.more)
                steps += QStringLiteral(" → …");
            lineY += painter.wrapped(
                         Text::tr("%1  (%2)")
                             .arg(steps, percent(double(action.journeys) /
                                                 double(std::max<qint64>(1, stage.customers)))),
                         style.small, style.text, QPointF(painter.columnX(c), lineY), ColumnWidth) +
                     4;
        }
        actionsBottom = std::max(actionsBottom, lineY);
    }
    y = actionsBottom + 2 * Gap;

    // Customers: who reached the stage, how many of them converted, how long they stayed.
    painter.laneTitle(Text::tr("Customers"), y);
    for (size_t c = 0; c < map.stages.size(); ++c) {
        const MapStage& stage = map.stages[c];
        painter.text(Text::tr("%1 of journeys reach it")
                         .arg(percent(double(stage.customers) / double(map.journeys))),
                     style.label, style.text, QPointF(painter.columnX(c), y), ColumnWidth);
        painter.text(Text::tr("%1 of them convert").arg(percent(stage.conversion)), style.small,
                     style.mutedText, QPointF(painter.columnX(c), y + 22), ColumnWidth);
        painter.text(std::isnan(stage.medianDaysInStage)
                         ? QString()
                         : Text::tr("median %1 in the stage")
                               .arg(readableDuration(stage.medianDaysInStage * 86400)),
                     style.small, style.mutedText, QPointF(painter.columnX(c), y + 40),
                     ColumnWidth);
    }
    y += 60 + 2 * Gap;

    // Friction and drop-off, on the colour-blind-safe ramp.
    painter.laneTitle(Text::tr("Friction"), y);
    for (size_t c = 0; c < map.stages.size(); ++c) {
        const auto found =
            std::find_if(overlay.friction.stages.begin(), overlay.friction.stages.end(),
                         [&](const FrictionMetrics& m) { return m.name == map.stages[c].name; });
        const bool scored = found != overlay.friction.stages.end() && !std::isnan(found->score);
        const QColor fill = scored ? style.heat(found->score) : style.surface;
        const QRectF cell(painter.columnX(c), y, ColumnWidth, 46);
        scene.addRect(cell, Qt::NoPen, fill);
        const QColor ink = scored ? style.textOn(fill) : style.mutedText;
        painter.text(scored ? Text::tr("score %1").arg(found->score, 0, 'f', 2)
                            : Text::tr("not scored"),
                     style.label, ink, cell.topLeft() + QPointF(10, 3), ColumnWidth - 20);
        if (found != overlay.friction.stages.end() && !std::isnan(found->dropOffRate)) {
            painter.text(Text::tr("%1 drop off here").arg(percent(found->dropOffRate)), style.small,
                         ink, cell.topLeft() + QPointF(10, 25), ColumnWidth - 20);
        }
    }
    y += 46 + 2 * Gap;

    // Predicted drop-off risk and what drives it, from the newest drop-off model.
    const double riskTitleHeight = painter.laneTitle(Text::tr("Predicted risk"), y);
    double riskBottom = y + 24;
    if (overlay.predictedRisk.isEmpty()) {
        painter.text(
            Text::tr("No drop-off model yet: train one (journeyscope-cli train PROJECT) to "
                     "see where journeys are likely to end."),
            style.small, style.mutedText, QPointF(LaneTitleWidth, y));
    } else {
        for (size_t c = 0; c < map.stages.size(); ++c) {
            const QJsonObject risk = riskOf(overlay.predictedRisk, map.stages[c].name);
            if (risk.isEmpty())
                continue;
            painter.text(Text::tr("%1 likely to drop off")
                             .arg(percent(risk[QStringLiteral("mean_risk")].toDouble())),
                         style.label, style.text, QPointF(painter.columnX(c), y), ColumnWidth);
            QStringList drivers;
            for (const QJsonValue& driver : risk[QStringLiteral("drivers")].toArray())
                drivers.append(driver[QStringLiteral("feature")].toString());
            const double height = painter.wrapped(
                Text::tr("driven by %1").arg(drivers.join(QStringLiteral(", "))), style.small,
                style.mutedText, QPointF(painter.columnX(c), y + 22), ColumnWidth);
            riskBottom = std::max(riskBottom, y + 22 + height);
        }
        if (overlay.modelNeedsRetraining) {
            // A customer it learnt from was erased: the figures still carry their data.
            const double height = painter.wrapped(
                Text::tr("(%1, needs retraining)").arg(overlay.model), style.small, style.accent,
                QPointF(0, y + riskTitleHeight + 4), LaneTitleWidth - Gap);
            riskBottom = std::max(riskBottom, y + riskTitleHeight + 4 + height);
        } else {
            painter.text(Text::tr("(%1)").arg(overlay.model), style.small, style.mutedText,
                         QPointF(0, y + riskTitleHeight + 4), LaneTitleWidth - Gap);
        }
    }
    y = riskBottom + 2 * Gap;

    // Emotion: a curve from a satisfaction column of the data, or where to get one.
    const double emotionTitleHeight = painter.laneTitle(Text::tr("Emotion"), y);
    // From the data when it has a column; else the values the team set by hand (-2..2).
    std::vector<double> emotions;
    bool byHand = false;
    for (const MapStage& stage : map.stages)
        emotions.push_back(stage.emotion);
    if (std::count_if(emotions.begin(), emotions.end(), [](double v) { return !std::isnan(v); }) <
        2) {
        byHand = true;
        for (size_t c = 0; c < map.stages.size(); ++c) {
            emotions[c] = MapStage::NaN;
            for (const MapNote& note : overlay.notes) {
                if (note.lane == MapNote::Lane::Emotion && note.stage == map.stages[c].name)
                    emotions[c] = note.text.toDouble();
            }
        }
    }
    std::vector<QPointF> points;
    double low = byHand ? -2 : 0, high = byHand ? 2 : 0; // the hand scale shown whole
    for (const double value : emotions) {
        if (!std::isnan(value)) {
            low = points.empty() && !byHand ? value : std::min(low, value);
            high = points.empty() && !byHand ? value : std::max(high, value);
            points.push_back({});
        }
    }
    if (points.size() < 2) {
        painter.text(
            Text::tr("No CSAT, NPS or sentiment column in the customer tables: import one, "
                     "or set emotions by hand (notes PROJECT --add \"Stage:emotion=-1\")."),
            style.small, style.mutedText, QPointF(LaneTitleWidth, y));
        y += 30;
    } else {
        const double laneHeight = 70;
        const double span = std::max(high - low, 1e-9);
        QPainterPath curve;
        bool first = true;
        for (size_t c = 0; c < map.stages.size(); ++c) {
            const double value = emotions[c];
            if (std::isnan(value))
                continue;
            const QPointF point(painter.columnX(c) + ColumnWidth / 2,
                                y + 10 + laneHeight * (1 - (value - low) / span));
            first ? curve.moveTo(point) : curve.lineTo(point);
            first = false;
            scene.addEllipse(QRectF(point - QPointF(5, 5), QSizeF(10, 10)), Qt::NoPen,
                             style.accent);
            painter.text(QString::number(value, 'g', 3), style.small, style.text,
                         point + QPointF(8, -18));
        }
        scene.addPath(curve, QPen(style.accent, 3));
        painter.text(byHand ? Text::tr("set by hand, -2 to 2")
                            : Text::tr("mean %1").arg(overlay.emotionSource),
                     style.small, style.mutedText, QPointF(0, y + emotionTitleHeight + 4),
                     LaneTitleWidth - Gap);
        y += laneHeight + 30;
    }
    y += 2 * Gap;

    // Pain points: the touchpoints of most friction in each stage, from the data.
    painter.laneTitle(Text::tr("Pain points"), y);
    double painBottom = y + 20;
    for (size_t c = 0; c < map.stages.size(); ++c) {
        std::vector<const FrictionMetrics*> scored;
        for (const MapTouchpoint& touchpoint : map.stages[c].touchpoints) {
            for (const FrictionMetrics& metrics : overlay.friction.touchpoints) {
                if (metrics.name == touchpoint.name && !std::isnan(metrics.score))
                    scored.push_back(&metrics);
            }
        }
        std::sort(
            scored.begin(), scored.end(),
            [](const FrictionMetrics* a, const FrictionMetrics* b) { return a->score > b->score; });
        double lineY = y;
        for (size_t i = 0; i < scored.size() && i < 2; ++i) {
            lineY += painter.wrapped(Text::tr("%1: friction %2, %3 end here")
                                         .arg(scored[i]->name)
                                         .arg(scored[i]->score, 0, 'f', 2)
                                         .arg(percent(scored[i]->exitRate)),
                                     style.small, style.text, QPointF(painter.columnX(c), lineY),
                                     ColumnWidth) +
                     4;
        }
        for (const MapNote& note : overlay.notes) {
            if (note.lane == MapNote::Lane::PainPoint && note.stage == map.stages[c].name) {
                lineY += painter.wrapped(QStringLiteral("✎ ") + note.text, style.small, style.text,
                                         QPointF(painter.columnX(c), lineY), ColumnWidth, note.id) +
                         4;
            }
        }
        painBottom = std::max(painBottom, lineY);
    }
    y = painBottom + 2 * Gap;

    // Opportunities: the team's notes.
    painter.laneTitle(Text::tr("Opportunities"), y);
    double opportunityBottom = y + 20;
    bool anyOpportunity = false;
    for (size_t c = 0; c < map.stages.size(); ++c) {
        double lineY = y;
        for (const MapNote& note : overlay.notes) {
            if (note.lane == MapNote::Lane::Opportunity && note.stage == map.stages[c].name) {
                anyOpportunity = true;
                lineY += painter.wrapped(QStringLiteral("✎ ") + note.text, style.small, style.text,
                                         QPointF(painter.columnX(c), lineY), ColumnWidth, note.id) +
                         4;
            }
        }
        opportunityBottom = std::max(opportunityBottom, lineY);
    }
    if (!anyOpportunity) {
        painter.text(Text::tr("None noted yet (notes PROJECT --add \"Stage:opportunity=...\")."),
                     style.small, style.mutedText, QPointF(LaneTitleWidth, y));
    }
    y = opportunityBottom + Gap;
    // The legend: each channel's colour, then how to read the lanes.
    QStringList channels;
    for (const MapStage& stage : map.stages) {
        for (const MapTouchpoint& touchpoint : stage.touchpoints) {
            if (!touchpoint.mainChannel.isEmpty() && !channels.contains(touchpoint.mainChannel))
                channels.append(touchpoint.mainChannel);
        }
    }
    double x = 0;
    for (const QString& channel : channels) {
        scene.addRect(QRectF(x, y + 12, 14, 14), Qt::NoPen, style.channelColor(channel));
        auto* name = painter.text(channel, style.small, style.text, QPointF(x + 20, y + 10));
        x += 20 + name->boundingRect().width() + 18;
    }
    painter.text(
        Text::tr("Chips: touchpoints by the journeys that reach them, in their main channel's "
                 "colour. Actions: the first visit to a stage, share of its journeys. "
                 "Friction: 0 little, 1 most. ✎ written by the team."),
        style.small, style.mutedText, QPointF(0, y + 34));
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

QString mapStageAt(const QGraphicsScene& scene, const QPointF& point)
{
    for (const QGraphicsItem* item : scene.items()) {
        const QString stage = item->data(MapStageNameKey).toString();
        const QRectF band = item->sceneBoundingRect();
        if (!stage.isEmpty() && point.x() >= band.left() && point.x() <= band.right())
            return stage;
    }
    return {};
}

qint64 mapNoteAt(const QGraphicsScene& scene, const QPointF& point)
{
    for (const QGraphicsItem* item : scene.items(point)) {
        if (const qint64 id = item->data(MapNoteIdKey).toLongLong(); id != 0)
            return id;
    }
    return 0;
}

} // namespace journeyscope
