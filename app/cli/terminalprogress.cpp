#include "app/cli/terminalprogress.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace journeyscope::cli {

namespace {

TerminalProgress* interruptible = nullptr;

void cancelOnInterrupt(int)
{
    if (interruptible)
        interruptible->cancel(); // an atomic store: safe in a signal handler
}

} // namespace

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label))
    , m_enabled(isatty(fileno(stderr)) != 0)
{
    m_timer.start();
    interruptible = this;
    m_previousHandler = std::signal(SIGINT, cancelOnInterrupt);
}

TerminalProgress::~TerminalProgress()
{
    std::signal(SIGINT, m_previousHandler);
    interruptible = nullptr;
    finish();
}

void TerminalProgress::finish()
{
    std::lock_guard lock(m_mutex);
    if (m_shown) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_shown = false;
    }
}

void TerminalProgress::progressChanged(double fraction, qint64 items)
{
    if (!m_enabled)
        return;
    std::lock_guard lock(m_mutex);
    const qint64 now = m_timer.elapsed();
    if (now - m_lastDrawMs < 100)
        return;
    m_lastDrawMs = now;
    const double rate = now > 0 ? items * 1000.0 / now : 0.0;
    const QString line = QStringLiteral("\r\033[K%1 %2 %  %3 M rows/s")
                             .arg(m_label)
                             .arg(int(fraction * 100), 3)
                             .arg(rate / 1e6, 0, 'f', 2);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_shown = true;
}

} // namespace journeyscope::cli
