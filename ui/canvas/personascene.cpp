#include "ui/canvas/personascene.h"

#include "ui/canvas/emptystate.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainterPath>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::PersonaScene)
};

constexpr double CardWidth = 540;
constexpr double Padding = 20;
constexpr double Gap = 24;

QString percent(double share)
{
    return QString::number(share * 100, 'f', 0) + QStringLiteral(" %");
}

/// Draws one card at \a origin; returns its height.
class CardPainter
{
public:
    CardPainter(QGraphicsScene& scene, const CanvasStyle& style, const QPointF& origin)
        : m_scene(scene)
        , m_style(style)
        , m_x(origin.x() + Padding)
        , m_y(origin.y() + Padding)
    {}

    double y() const { return m_y; }
    void skip(double height) { m_y += height; }

    void line(const QString& text, const QFont& font, const QColor& colour, double indent = 0)
    {
        auto* item = m_scene.addText(text, font);
        item->setDefaultTextColor(colour);
        item->setTextWidth(CardWidth - 2 * Padding - indent);
        item->setPos(m_x + indent - 4, m_y - 4);
        item->setZValue(1);
        m_y += item->boundingRect().height() - 6;
    }

    void heading(const QString& text)
    {
        m_y += 8;
        QFont font = m_style.small;
        font.setBold(true);
        line(text.toUpper(), font, m_style.mutedText);
    }

    void bullets(const QStringList& items)
    {
        for (const QString& item : items)
            line(QStringLiteral("• ") + item, m_style.small, m_style.text, 4);
    }

    QGraphicsScene& m_scene;
    const CanvasStyle& m_style;
    double m_x;
    double m_y;
};

QString initials(const QString& name)
{
    QString letters;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (letters.size() < 2 && word.front().isLetter())
            letters += word.front().toUpper();
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

double drawCard(QGraphicsScene& scene, const PersonaCard& card, const CanvasStyle& style,
                const QPointF& origin)
{
    CardPainter painter(scene, style, origin);
    const Persona& persona = card.persona;
    // The avatar: a disc in a palette colour picked by the avatar's number, with initials.
    const int avatar = persona.avatar.startsWith(QLatin1String("builtin:"))
                           ? persona.avatar.mid(8).toInt()
                           : int(qHash(persona.name, 0) % 7);
    static const QStringList tones = {QStringLiteral("web"),   QStringLiteral("app"),
                                      QStringLiteral("email"), QStringLiteral("social"),
                                      QStringLiteral("store"), QStringLiteral("call centre")};
    const QColor tone = style.channelColor(tones[avatar % tones.size()]);
    const QRectF disc(origin.x() + Padding, origin.y() + Padding, 64, 64);
    scene.addEllipse(disc, Qt::NoPen, tone)->setZValue(1);
    auto* letters = scene.addSimpleText(initials(persona.name), style.title);
    letters->setBrush(style.textOn(tone));
    letters->setPos(disc.center() - letters->boundingRect().center());
    letters->setZValue(1);

    // The name wraps beside the avatar rather than running into the next card.
    auto* name = scene.addText(persona.name, style.title);
    name->setDefaultTextColor(style.text);
    name->setTextWidth(CardWidth - 2 * Padding - 80);
    name->setPos(disc.right() + 12, disc.top() - 6);
    name->setZValue(1);
    double headerHeight = name->boundingRect().height() - 8;
    if (card.segment) {
        auto* share = scene.addSimpleText(Text::tr("%1 of customers (%L2)")
                                              .arg(percent(card.segment->share))
                                              .arg(card.segment->customers),
                                          style.label);
        share->setBrush(style.mutedText);
        share->setPos(disc.right() + 16, disc.top() + headerHeight);
        share->setZValue(1);
        headerHeight += share->boundingRect().height();
    }
    painter.skip(std::max(64.0, headerHeight) + 12);
    if (!persona.quote.isEmpty()) {
        QFont italic = style.label;
        italic.setItalic(true);
        painter.line(QStringLiteral("“%1”").arg(persona.quote), italic, style.text);
    }

    if (!card.segment) {
        painter.line(Text::tr("Its segment cannot be recomputed on this data."), style.small,
                     style.mutedText);
    } else {
        const SegmentDescription& segment = *card.segment;
        painter.heading(Text::tr("In numbers"));
        painter.line(Text::tr("converts %1 · mean value %2 · %3 sessions on average")
                         .arg(percent(segment.conversionRate))
                         .arg(segment.meanValue, 0, 'f', 0)
                         .arg(segment.meanSessions, 0, 'f', 1),
                     style.small, style.text);
        if (!segment.topChannels.empty()) {
            painter.heading(Text::tr("Channels"));
            double x = origin.x() + Padding;
            const double width = CardWidth - 2 * Padding;
            for (const SegmentDescription::ChannelShare& channel : segment.topChannels) {
                const double w = width * channel.share;
                const QColor fill = style.channelColor(channel.channel);
                scene.addRect(QRectF(x, painter.y() + 2, w, 22), Qt::NoPen, fill)->setZValue(1);
                if (w > 70) {
                    auto* label = scene.addSimpleText(
                        QStringLiteral("%1 %2").arg(channel.channel, percent(channel.share)),
                        style.small);
                    label->setBrush(style.textOn(fill));
                    label->setPos(x + 6, painter.y() + 5);
                    label->setZValue(1);
                }
                x += w;
            }
            painter.skip(30);
        }
        if (!segment.typicalPath.isEmpty()) {
            painter.heading(
                Text::tr("Typical path (%L1 start this way)").arg(segment.typicalPathCustomers));
            painter.line(segment.typicalPath.join(QStringLiteral(" → ")), style.small, style.text);
        }
        if (!segment.friction.empty()) {
            QStringList points;
            for (const SegmentDescription::FrictionPoint& point : segment.friction)
                points.append(Text::tr("%1 (%2 of their drop-offs)")
                                  .arg(point.touchpoint, percent(point.share)));
            painter.heading(Text::tr("Where they drop off"));
            painter.bullets(points);
        }
    }
    if (!persona.goals.isEmpty()) {
        painter.heading(Text::tr("Goals"));
        painter.bullets(persona.goals);
    }
    if (!persona.frustrations.isEmpty()) {
        painter.heading(Text::tr("Frustrations"));
        painter.bullets(persona.frustrations);
    }
    const double height = painter.y() - origin.y() + Padding;
    QPainterPath frame;
    frame.addRoundedRect(QRectF(origin, QSizeF(CardWidth, height)), 12, 12);
    scene.addPath(frame, QPen(style.line, 1), style.surface)->setZValue(0);
    return height;
}

} // namespace

void drawPersonaCards(QGraphicsScene& scene, const std::vector<PersonaCard>& cards,
                      const CanvasStyle& style)
{
    scene.setBackgroundBrush(style.background);
    if (cards.empty()) {
        drawEmptyState(scene, style, Text::tr("No personas yet"),
                       Text::tr("Draft them from the segments: journeyscope-cli segments PROJECT "
                                "--save-personas."));
        return;
    }
    if (std::none_of(cards.begin(), cards.end(), [](const PersonaCard& card) {
            return card.segment && card.segment->customers > 0;
        })) {
        drawEmptyState(scene, style, Text::tr("No data for this filter"),
                       Text::tr("No customer of any persona passes the filters."));
        return;
    }
    auto* title = scene.addSimpleText(Text::tr("Personas"), style.title);
    title->setBrush(style.text);
    double y = title->boundingRect().height() + 16;
    for (size_t i = 0; i < cards.size(); i += 2) {
        double rowHeight = 0;
        for (size_t j = i; j < std::min(cards.size(), i + 2); ++j)
            rowHeight =
                std::max(rowHeight, drawCard(scene, cards[j], style,
                                             QPointF(double(j - i) * (CardWidth + Gap), y)));
        y += rowHeight + Gap;
    }
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

} // namespace journeyscope
