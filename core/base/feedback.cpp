#include "core/base/feedback.h"

#include "core/base/error.h"

namespace journeyscope {

void Feedback::checkCanceled() const
{
    if (isCanceled())
        throw Canceled();
}

void Feedback::setProgress(double fraction, qint64 items)
{
    m_progress.store(fraction, std::memory_order_relaxed);
    progressChanged(fraction, items);
}

void Feedback::progressChanged(double, qint64) {}

} // namespace journeyscope
