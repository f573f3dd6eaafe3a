#include "ui/canvas/emptystate.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>

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
    // The hint wraps within the page: an error message can be long.
    constexpr double Margin = 60;
    auto* text = scene.addText(QString(), style.label);
    text->setDefaultTextColor(style.mutedText);
    text->setTextWidth(page.width() - 2 * Margin);
    QTextOption centred = text->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->document()->setDefaultTextOption(centred);
    text->setPlainText(hint);
    text->setPos(page.left() + Margin, page.center().y() + 4);
    scene.setSceneRect(page);
}

} // namespace journeyscope
