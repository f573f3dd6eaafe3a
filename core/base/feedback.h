#pragma once

#include <atomic>
#include <QtGlobal>

namespace journeyscope {

/**
 * Progress and cancellation for long jobs, without knowing about widgets.
 *
 * The job calls setProgress() and polls isCanceled() (or checkCanceled(), which throws
 * Canceled); the GUI or CLI subclasses it to show progress and calls cancel() from any thread.
 */
class Feedback
{
public:
    virtual ~Feedback() = default;

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    /// Throws Canceled when cancel() was called.
    void checkCanceled() const;

    /// \a fraction in [0, 1]; \a items is how many records were handled so far.
    void setProgress(double fraction, qint64 items);
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

protected:
    /// Called from the job's thread, at most a few hundred times a second.
    virtual void progressChanged(double fraction, qint64 items);

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
};

} // namespace journeyscope
