#include "ui/presentation/presenternotes.h"

#include <QLabel>
#include <QVBoxLayout>

namespace journeyscope {

PresenterNotes::PresenterNotes(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_position(new QLabel(this))
    , m_next(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_clock(new QLabel(this))
{
    setWindowTitle(tr("Presenter notes"));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 2);
    m_position->setFont(large);
    m_clock->setFont(large);
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont notesFont = font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.5);
    m_notes->setFont(notesFont);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_next);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_clock, 0, Qt::AlignRight);
    m_elapsed.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PresenterNotes::tick);
    m_ticker.start();
    tick();
}

void PresenterNotes::showSlide(const QString& position, const QString& next, const QString& notes)
{
    m_position->setText(position);
    m_next->setText(next.isEmpty() ? tr("Last slide") : tr("Next: %1").arg(next));
    m_notes->setText(notes.isEmpty() ? tr("No notes for this slide.") : notes);
}

QString PresenterNotes::text() const
{
    return QStringList{m_position->text(), m_next->text(), m_notes->text()}.join(QLatin1Char('\n'));
}

void PresenterNotes::tick()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_clock->setText(
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

} // namespace journeyscope
