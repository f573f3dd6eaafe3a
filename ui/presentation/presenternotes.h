#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace journeyscope {

/// What the facilitator sees on their own screen: where the talk is, what comes next, the
/// notes for this slide, and the time since the start.
class PresenterNotes : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterNotes(QWidget* parent = nullptr);

    /// \a position "Slide 2 of 5: Journey map, stage 3 of 5"; \a next "" on the last.
    void showSlide(const QString& position, const QString& next, const QString& notes);
    QString text() const;

private:
    void tick();

    QLabel* m_position;
    QLabel* m_next;
    QLabel* m_notes;
    QLabel* m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_ticker;
};

} // namespace journeyscope
