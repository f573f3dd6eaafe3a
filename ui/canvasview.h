#pragma once

#include <QGraphicsView>

namespace journeyscope {

/**
 * Shows one canvas: drag to pan, Ctrl+wheel or Ctrl+plus/minus to zoom, Ctrl+0 to fit.
 * A new scene is fitted to the window once; after that the user's zoom is kept.
 */
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void zoomBy(double factor);
    /// Shows the whole scene, never larger than its natural size.
    void fitScene();
    double zoom() const { return transform().m11(); }

Q_SIGNALS:
    /// A click (pressed and let go without dragging) at \a scenePoint.
    void clicked(const QPointF& scenePoint);
    /// A double-click at \a scenePoint, for canvases that edit in place.
    void doubleClicked(const QPointF& scenePoint);
    /// A context menu asked for at \a scenePoint, shown at \a globalPos.
    void contextMenuAt(const QPointF& scenePoint, const QPoint& globalPos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QPoint m_pressedAt;
};

} // namespace journeyscope
