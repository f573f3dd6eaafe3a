#pragma once

#include <QGraphicsView>

namespace journeyscope {

/**
 * A second view on a canvas's scene for the room: no scrollbars, the scene fitted to the
 * screen, a highlight following the pointer, and on the journey map everything right of the
 * stages revealed so far hidden under the page colour.
 */
class PresentationView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PresentationView(QWidget* parent = nullptr);

    /// Shows \a scene fitted to the view.
    void showScene(QGraphicsScene* scene);
    void fitScene();
    /// Hides the scene right of \a x (scene units) below \a top; nullopt shows it all.
    void setHiddenFrom(std::optional<double> x, double top = 0);
    /// The scene point under the pointer highlight, when the pointer is over the view.
    std::optional<QPointF> pointer() const { return m_pointer; }

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::optional<double> m_hiddenFrom;
    double m_hiddenTop = 0;
    std::optional<QPointF> m_pointer;
};

} // namespace journeyscope
