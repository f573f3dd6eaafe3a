#pragma once

#include "ui/presentation/presenternotes.h"
#include "ui/views/computeview.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <vector>

class QLabel;
class QScreen;

namespace journeyscope {

class FilterBar;
class PresentationView;
class ProjectViews;

/**
 * Presentation mode for a workshop: the facilitator's slides (views in their order),
 * fullscreen on one screen, each a second view on the window's scene. The journey map is
 * revealed stage by stage. Keys: Right, Space or Page Down go on (the next stage, then the
 * next slide); Left or Page Up go back; P switches to the next persona or segment, which
 * refilters every view; Esc leaves. Presenter notes go to another screen when there is one.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(ProjectViews* views, FilterBar* filterBar, std::vector<ViewKind> slides,
                       QWidget* parent = nullptr);
    ~PresentationWindow() override;

    /// Goes fullscreen on \a screen and shows the first slide; presenter notes on
    /// \a notesScreen when given.
    void start(QScreen* screen, QScreen* notesScreen = nullptr);

    int slide() const { return m_slide; }
    ViewKind slideView() const { return m_slides[size_t(m_slide)]; }
    /// Stages of the map shown so far (every stage on other slides).
    int revealedStages() const { return m_revealed; }
    PresentationView* view() const { return m_view; }
    PresenterNotes* presenterNotes() const { return m_notes; }

    void next();
    void previous();
    void nextPersona();

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showSlide(int slide, bool revealAll);
    /// The map's stage headers in the scene, left to right.
    std::vector<QRectF> stageHeaders() const;
    void updateReveal();
    void updateNotes();
    void flashCaption(const QString& text);

    ProjectViews* m_views;
    FilterBar* m_filterBar;
    std::vector<ViewKind> m_slides;
    PresentationView* m_view;
    QLabel* m_caption;
    QTimer m_captionTimer;
    QPointer<PresenterNotes> m_notes;
    int m_slide = 0;
    int m_revealed = 0;
    bool m_revealAll = true;
};

} // namespace journeyscope
