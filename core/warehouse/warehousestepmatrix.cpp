#include "core/warehouse/warehousestepmatrix.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <algorithm>

namespace journeyscope {

StepMatrix countWarehouseStepMatrix(PgConnection& connection, const WarehouseSource& source,
                                    const QStringList& names, const WarehouseFilter& filter,
                                    JourneyScope scope, int steps, Feedback* feedback)
{
    const size_t depth = size_t(std::max(0, steps));
    WarehouseQuery query(connection, source);
    const QByteArray limit = query.bind(qint64(depth));
    const QByteArray journey = "PARTITION BY person, journey";
    // Cells: journeys at a touchpoint at a step; lengths: journeys by their number of
    // events, counted from each journey's first event and capped at the depth.
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) + ", n AS (SELECT event, row_number() OVER (" +
        journey + " " + WarehouseQuery::journeyOrder() + ") AS pos, count(*) OVER (" + journey +
        ") AS length FROM ev)"
        " SELECT 'cell', pos, event, count(*) FROM n WHERE pos <= " +
        limit +
        " GROUP BY pos, event"
        " UNION ALL SELECT 'length', least(length, " +
        limit + "), NULL, count(*) FROM n WHERE pos = 1 GROUP BY least(length, " + limit + ")";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    StepMatrixCounts counts;
    counts.byTouchpoint.assign(depth, std::vector<qint64>(size_t(names.size()), 0));
    counts.ended.assign(depth, 0);
    std::vector<qint64> byLength(depth + 1, 0);
    for (int row = 0; row < result.rows(); ++row) {
        const auto at = size_t(result.integer(row, 1));
        const qint64 journeys = result.integer(row, 3);
        if (result.text(row, 0) == QLatin1String("cell")) {
            counts.byTouchpoint[at - 1][lookup.indexOf(result.text(row, 2))] = journeys;
        } else {
            byLength[at] = journeys;
            counts.journeys += journeys;
        }
    }
    // ended[s]: journeys of at most s events.
    qint64 shorter = 0;
    for (size_t s = 0; s < depth; ++s) {
        shorter += byLength[s];
        counts.ended[s] = shorter;
    }
    return presentStepMatrix(names, counts);
}

} // namespace journeyscope
