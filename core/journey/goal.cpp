#include "core/journey/goal.h"

#include <QCoreApplication>

namespace journeyscope {

bool Goal::isGoal(quint16 touchpoint) const
{
    return std::find(touchpoints.begin(), touchpoints.end(), touchpoint) != touchpoints.end();
}

qsizetype Goal::firstGoal(const EventLog& log, const Journey& journey) const
{
    if (journey.empty())
        return -1;
    const qint64 start = log.times()[journey.front()];
    for (qsizetype i = 0; i < journey.size(); ++i) {
        const quint32 event = journey[i];
        if (windowMs && log.times()[event] - start > *windowMs)
            return -1;
        if (isGoal(log.touchpoints()[event]))
            return i;
    }
    return -1;
}

Outcome Goal::outcome(const EventLog& log, const Journey& journey, qint64 dataEndMs) const
{
    if (firstGoal(log, journey) >= 0)
        return Outcome::Converted;
    if (!windowMs)
        return Outcome::DroppedOff; // no window: judged by the data there is
    const qint64 start = log.times()[journey.front()];
    return start + *windowMs > dataEndMs ? Outcome::Open : Outcome::DroppedOff;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Converted:
        return QCoreApplication::translate("journeyscope::Goal", "converted");
    case Outcome::DroppedOff:
        return QCoreApplication::translate("journeyscope::Goal", "dropped off");
    case Outcome::Open:
        return QCoreApplication::translate("journeyscope::Goal", "open");
    }
    return {};
}

} // namespace journeyscope
