#include "ui/canvasview.h"

#include <algorithm>
#include <cmath>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QWheelEvent>

namespace journeyscope {

namespace {

constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 8;

} // namespace

CanvasView::CanvasView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFrameShape(QFrame::NoFrame);
}

void CanvasView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    scale(target / zoom(), target / zoom());
}

void CanvasView::fitScene()
{
    if (scene() == nullptr || scene()->sceneRect().isEmpty())
        return;
    resetTransform();
    const QRectF rect = scene()->sceneRect();
    const double fit = std::min(double(viewport()->width()) / rect.width(),
                                double(viewport()->height()) / rect.height());
    const double factor = std::clamp(fit, MinZoom, 1.0);
    scale(factor, factor);
    centerOn(rect.center());
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return;
        case Qt::Key_Minus:
            zoomBy(0.8);
            return;
        case Qt::Key_0:
            fitScene();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent* event)
{
    m_pressedAt = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint at = event->position().toPoint();
    if (event->button() == Qt::LeftButton && (at - m_pressedAt).manhattanLength() < 4)
        Q_EMIT clicked(mapToScene(at));
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent* event)
{
    Q_EMIT doubleClicked(mapToScene(event->position().toPoint()));
    event->accept();
}

void CanvasView::contextMenuEvent(QContextMenuEvent* event)
{
    Q_EMIT contextMenuAt(mapToScene(event->pos()), event->globalPos());
    event->accept();
}

} // namespace journeyscope
