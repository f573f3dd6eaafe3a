#pragma once

#include "core/base/feedback.h"

#include <mutex>
#include <QElapsedTimer>
#include <QString>

namespace journeyscope::cli {

/**
 * Shows "label  42 %  1.2 M rows/s" on stderr when it is a terminal; silent otherwise.
 * While it exists, Ctrl+C (SIGINT) cancels the job, so the job can roll back cleanly
 * instead of the process dying mid-write.
 */
class TerminalProgress : public Feedback
{
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress() override;
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    /// Clears the progress line.
    void finish();

protected:
    void progressChanged(double fraction, qint64 items) override;

private:
    QString m_label;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1000;
    std::mutex m_mutex;
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace journeyscope::cli
