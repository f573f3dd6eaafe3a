#include "ui/presentation/presentationwindow.h"

#include "ui/canvas/journeymapscene.h"
#include "ui/filterbar.h"
#include "ui/presentation/presentationview.h"
#include "ui/presentation/presenternotes.h"
#include "ui/projectviews.h"

#include <algorithm>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace journeyscope {

PresentationWindow::PresentationWindow(ProjectViews* views, FilterBar* filterBar,
                                       std::vector<ViewKind> slides, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_views(views)
    , m_filterBar(filterBar)
    , m_slides(std::move(slides))
    , m_view(new PresentationView(this))
    , m_caption(new QLabel(this))
{
    Q_ASSERT(!m_slides.empty());
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setFocusProxy(this);
    setFocusPolicy(Qt::StrongFocus);

    // A caption in large type, shown for a moment when the persona changes.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 2.2);
    m_caption->setFont(large);
    m_caption->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(20, 20, 20, 200); color: white; padding: 10px 18px; }"));
    m_caption->hide();
    m_captionTimer.setSingleShot(true);
    m_captionTimer.setInterval(2500);
    connect(&m_captionTimer, &QTimer::timeout, m_caption, &QWidget::hide);

    // A slide computed or recomputed (after a persona switch) is fitted again.
    connect(m_views, &ProjectViews::viewDrawn, this, [this](ViewKind kind) {
        if (kind == slideView()) {
            m_view->showScene(m_views->scene(kind));
            updateReveal();
            updateNotes();
        }
    });
}

PresentationWindow::~PresentationWindow()
{
    if (m_notes)
        m_notes->deleteLater();
}

void PresentationWindow::start(QScreen* screen, QScreen* notesScreen)
{
    if (screen != nullptr) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    if (notesScreen != nullptr) {
        m_notes = new PresenterNotes();
        m_notes->setAttribute(Qt::WA_DeleteOnClose);
        m_notes->setScreen(notesScreen);
        m_notes->setGeometry(notesScreen->availableGeometry());
        m_notes->show();
    }
    showFullScreen();
    activateWindow();
    setFocus();
    showSlide(0, false);
}

void PresentationWindow::next()
{
    if (!m_revealAll && m_revealed < int(stageHeaders().size())) {
        ++m_revealed;
        updateReveal();
        updateNotes();
    } else if (m_slide + 1 < int(m_slides.size())) {
        showSlide(m_slide + 1, false);
    }
}

void PresentationWindow::previous()
{
    if (!m_revealAll && m_revealed > 1) {
        --m_revealed;
        updateReveal();
        updateNotes();
    } else if (m_slide > 0) {
        showSlide(m_slide - 1, true); // coming back, the map is shown whole
    }
}

void PresentationWindow::nextPersona()
{
    QComboBox* people = m_filterBar->peopleBox();
    if (people->count() < 2 || !m_filterBar->isEnabled())
        return;
    people->setCurrentIndex((people->currentIndex() + 1) % people->count());
    flashCaption(people->currentText());
}

void PresentationWindow::showSlide(int slide, bool revealAll)
{
    m_slide = slide;
    const ViewKind kind = slideView();
    m_revealAll = revealAll || kind != ViewKind::Map;
    m_revealed = m_revealAll ? int(stageHeaders().size()) : 1;
    m_views->showView(kind); // computes it when it is not yet
    m_view->showScene(m_views->scene(kind));
    updateReveal();
    updateNotes();
}

std::vector<QRectF> PresentationWindow::stageHeaders() const
{
    std::vector<QRectF> headers;
    if (slideView() != ViewKind::Map || !m_views->isDrawn(ViewKind::Map))
        return headers;
    for (const QGraphicsItem* item : m_views->scene(ViewKind::Map)->items()) {
        if (!item->data(MapStageNameKey).toString().isEmpty())
            headers.push_back(item->sceneBoundingRect());
    }
    std::sort(headers.begin(), headers.end(),
              [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
    return headers;
}

void PresentationWindow::updateReveal()
{
    const std::vector<QRectF> headers = stageHeaders();
    if (m_revealAll)
        m_revealed = int(headers.size());
    m_revealed = std::clamp(m_revealed, headers.empty() ? 0 : 1, int(headers.size()));
    if (headers.empty() || m_revealed >= int(headers.size())) {
        m_view->setHiddenFrom(std::nullopt);
        return;
    }
    // Between the last stage shown and the next one, from the headers down.
    const double from =
        (headers[size_t(m_revealed) - 1].right() + headers[size_t(m_revealed)].left()) / 2;
    m_view->setHiddenFrom(from, headers.front().top() - 4);
}

void PresentationWindow::updateNotes()
{
    if (!m_notes)
        return;
    const ViewKind kind = slideView();
    QString position =
        tr("Slide %1 of %2: %3").arg(m_slide + 1).arg(m_slides.size()).arg(viewTitle(kind));
    const std::vector<QRectF> headers = stageHeaders();
    if (kind == ViewKind::Map && !headers.empty()) {
        position += tr(", stage %1 of %2").arg(m_revealed).arg(headers.size());
    }
    const QString next =
        m_slide + 1 < int(m_slides.size()) ? viewTitle(m_slides[size_t(m_slide) + 1]) : QString();
    QStringList notes{tr("Showing: %1").arg(m_views->filter().describe())};
    if (const ViewContent* content = m_views->content(kind)) {
        if (const auto* map = std::get_if<MapContent>(content)) {
            for (const MapNote& note : map->overlay.notes) {
                if (note.lane != MapNote::Lane::Emotion)
                    notes.append(QStringLiteral("%1 · %2: %3")
                                     .arg(note.stage, laneName(note.lane), note.text));
            }
        }
    }
    m_notes->showSlide(position, next, notes.join(QLatin1Char('\n')));
}

void PresentationWindow::flashCaption(const QString& text)
{
    m_caption->setText(text);
    m_caption->adjustSize();
    m_caption->move(24, height() - m_caption->height() - 24);
    m_caption->show();
    m_caption->raise();
    m_captionTimer.start();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_P:
        nextPersona();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    if (m_notes)
        m_notes->close();
    Q_EMIT finished();
    QWidget::closeEvent(event);
}

} // namespace journeyscope
