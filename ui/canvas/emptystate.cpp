#include "ui/canvas/emptystate.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>

namespace journeyscope {

void drawEmptyState(QGraphicsScene& scene, const CanvasStyle& style, const QString& headline,
                    const QString& hint)
{
    // A landscape page in points, so exports of an empty view keep their usual shape.
    const QRectF page(0, 0, 842, 595);
    scene.setBackgroundBrush(style.background);
    auto* title = scene.addSimpleText(headline, style.title);
    title->setBrush(style.text);
    const QRectF titleBounds = title->boundingRect();
    title->setPos(page.center().x() - titleBounds.width() / 2,
                  page.center().y() - titleBounds.height());
    auto* text = scene.addSimpleText(hint, style.label);
    text->setBrush(style.mutedText);
    const QRectF hintBounds = text->boundingRect();
    text->setPos(page.center().x() - hintBounds.width() / 2, page.center().y() + 8);
    scene.setSceneRect(page);
}

} // namespace journeyscope
