#include "ui/presentation/presentationview.h"

#include <QMouseEvent>
#include <QPainter>

namespace journeyscope {

namespace {

/// The highlight's radius in screen pixels: visible from the back of the room.
constexpr double PointerRadius = 36;

} // namespace

PresentationView::PresentationView(QWidget* parent)
    : QGraphicsView(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setInteractive(false);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
}

void PresentationView::showScene(QGraphicsScene* scene)
{
    setScene(scene);
    setBackgroundBrush(scene != nullptr ? scene->backgroundBrush() : QBrush());
    fitScene();
}

void PresentationView::fitScene()
{
    if (scene() != nullptr && !scene()->sceneRect().isEmpty())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void PresentationView::setHiddenFrom(std::optional<double> x, double top)
{
    m_hiddenFrom = x;
    m_hiddenTop = top;
    viewport()->update();
}

void PresentationView::drawForeground(QPainter* painter, const QRectF& rect)
{
    if (m_hiddenFrom && scene() != nullptr) {
        const QRectF hidden(QPointF(*m_hiddenFrom, m_hiddenTop),
                            QPointF(rect.right() + 1, rect.bottom() + 1));
        painter->fillRect(hidden, scene()->backgroundBrush());
    }
    if (m_pointer) {
        const double radius = PointerRadius / std::max(transform().m11(), 1e-6);
        QColor glow(255, 200, 0, 90); // a marker's yellow, see-through
        painter->setPen(QPen(QColor(230, 150, 0, 200), 3 / std::max(transform().m11(), 1e-6)));
        painter->setBrush(glow);
        painter->drawEllipse(*m_pointer, radius, radius);
    }
}

void PresentationView::mouseMoveEvent(QMouseEvent* event)
{
    m_pointer = mapToScene(event->position().toPoint());
    viewport()->update();
    QGraphicsView::mouseMoveEvent(event);
}

void PresentationView::leaveEvent(QEvent* event)
{
    m_pointer.reset();
    viewport()->update();
    QGraphicsView::leaveEvent(event);
}

void PresentationView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

} // namespace journeyscope
