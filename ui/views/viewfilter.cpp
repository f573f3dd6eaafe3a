#include "ui/views/viewfilter.h"

#include "core/base/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ViewFilter)
};

qint64 startOfDayMs(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

QString ViewFilter::describe() const
{
    QStringList parts;
    if (from && to)
        parts.append(
            Text::tr("%1 to %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    else if (from)
        parts.append(Text::tr("from %1").arg(from->toString(Qt::ISODate)));
    else if (to)
        parts.append(Text::tr("until %1").arg(to->toString(Qt::ISODate)));
    if (!channels.isEmpty())
        parts.append(Text::tr("channels %1").arg(channels.join(QStringLiteral(", "))));
    if (!people.isEmpty())
        parts.append(peopleLabel);
    return parts.isEmpty() ? Text::tr("all customers") : parts.join(QStringLiteral("; "));
}

EventFilter ViewFilter::resolve(const EventLog& log, const Database& db) const
{
    EventFilter filter = resolveEvents(log);
    if (auto persons = selectPeople(log, db, people))
        filter.persons = std::make_shared<const std::vector<PersonIndex>>(std::move(*persons));
    return filter;
}

EventFilter ViewFilter::resolveEvents(const EventLog& log) const
{
    EventFilter filter;
    if (from)
        filter.fromMs = startOfDayMs(*from);
    if (to)
        filter.toMs = startOfDayMs(to->addDays(1)); // the last day whole
    for (const QString& name : channels) {
        const int channel = log.channelIndex(name);
        if (channel < 0)
            throw Error(Location(QStringLiteral("channel")),
                        Text::tr("no channel \"%1\"").arg(name));
        filter.channels.push_back(quint8(channel));
    }
    return filter;
}

bool ViewFilter::operator==(const ViewFilter& other) const
{
    return from == other.from && to == other.to && channels == other.channels &&
           people.attributeValues == other.people.attributeValues &&
           people.segmentKey == other.people.segmentKey &&
           people.personaId == other.people.personaId &&
           people.visitedTouchpoints == other.people.visitedTouchpoints &&
           people.reachedStages == other.people.reachedStages;
}

} // namespace journeyscope
