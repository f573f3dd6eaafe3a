#include "core/warehouse/warehousetotals.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousequery.h"

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

} // namespace journeyscope
