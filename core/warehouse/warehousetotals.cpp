#include "core/warehouse/warehousetotals.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousequery.h"

#include <algorithm>
#include <QHash>

namespace journeyscope {

WarehouseTotals countWarehouse(PgConnection& connection, const WarehouseSource& source,
                               Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QByteArray sql = "WITH " + query.eventsCte({}, JourneyScope::Session) +
                           " SELECT count(*), count(DISTINCT person), count(DISTINCT (person, "
                           "journey)), min(ts), max(ts) FROM ev";
    const PgResult result = connection.query(sql, query.parameters(), feedback);
    WarehouseTotals totals;
    totals.events = result.integer(0, 0);
    totals.customers = result.integer(0, 1);
    totals.sessions = result.integer(0, 2);
    if (!result.isNull(0, 3)) {
        totals.firstMs = result.integer(0, 3);
        totals.lastMs = result.integer(0, 4);
    }
    return totals;
}

WarehouseEventCounts countWarehouseEvents(PgConnection& connection, const WarehouseSource& source,
                                          const QStringList& touchpoints, Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QByteArray sql = "WITH " + query.eventsCte({}, JourneyScope::Customer) +
                           " SELECT event, count(*), min(ts), max(ts) FROM ev GROUP BY event";
    const PgResult result = connection.query(sql, query.parameters(), feedback);
    QHash<QString, qsizetype> indexOf;
    for (qsizetype t = 0; t < touchpoints.size(); ++t)
        indexOf.insert(touchpoints[t], t);
    WarehouseEventCounts counts;
    counts.perTouchpoint.assign(size_t(touchpoints.size()), 0);
    for (int row = 0; row < result.rows(); ++row) {
        if (const qsizetype t = indexOf.value(result.text(row, 0), -1); t >= 0)
            counts.perTouchpoint[size_t(t)] = result.integer(row, 1);
        const qint64 first = result.integer(row, 2);
        const qint64 last = result.integer(row, 3);
        counts.firstMs = std::min(counts.firstMs.value_or(first), first);
        counts.lastMs = std::max(counts.lastMs.value_or(last), last);
    }
    return counts;
}

} // namespace journeyscope
