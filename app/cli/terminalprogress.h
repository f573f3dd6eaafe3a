#pragma once

#include "core/base/feedback.h"

#include <mutex>
#include <QElapsedTimer>
#include <QString>

namespace journeyscope::cli {

/// Shows "label  42 %  1.2 M rows/s" on stderr when it is a terminal; silent otherwise.
class TerminalProgress : public Feedback
{
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress() override;

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
};

} // namespace journeyscope::cli
