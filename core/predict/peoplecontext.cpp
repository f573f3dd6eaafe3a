#include "core/predict/peoplecontext.h"

#include "core/journey/eventlog.h"
#include "core/predict/customertable.h"
#include "core/store/database.h"

#include <QHash>

namespace journeyscope {

namespace {

/// The person of each customer id of \a log.
QHash<qint64, PersonIndex> personsById(const EventLog& log)
{
    QHash<qint64, PersonIndex> personOf;
    for (size_t p = 0; p < log.personIds().size(); ++p)
        personOf.insert(log.personIds()[p], PersonIndex(p));
    return personOf;
}

} // namespace

PeopleContext PeopleContext::read(const Database& db, const EventLog& log)
{
    PeopleContext people;
    const QHash<qint64, PersonIndex> personOf = personsById(log);
    people.attributes.resize(size_t(log.personCount()));
    for (const auto& [root, object] : readRootAttributes(db)) {
        if (const auto found = personOf.constFind(root); found != personOf.cend())
            people.attributes[*found] = object;
    }
    return people;
}

QStringList PeopleContext::mostUsedDevices(const Database& db, const EventLog& log)
{
    const QHash<qint64, PersonIndex> personOf = personsById(log);
    std::vector<qint64> most(size_t(log.personCount()), 0);
    QStringList devices;
    for (qsizetype p = 0; p < log.personCount(); ++p)
        devices.append(QString());
    // Counted per customer before the joins: half the time of joining every event.
    Statement select =
        db.prepare("SELECT coalesce(c.merged_into, c.id), d.name, sum(e.n) FROM "
                   "(SELECT customer_id, device_id, count(*) AS n FROM events "
                   " WHERE device_id IS NOT NULL GROUP BY 1, 2) e "
                   "JOIN customers c ON c.id = e.customer_id JOIN devices d ON d.id = e.device_id "
                   "GROUP BY 1, 2 ORDER BY 1, 2");
    while (select.step()) {
        const auto found = personOf.constFind(select.columnInt(0));
        if (found == personOf.cend())
            continue;
        // Ties: the name first in order.
        const qint64 count = select.columnInt(2);
        if (count > most[*found]) {
            most[*found] = count;
            devices[*found] = select.columnText(1);
        }
    }
    return devices;
}

} // namespace journeyscope
