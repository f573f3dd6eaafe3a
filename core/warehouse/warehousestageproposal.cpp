#include "core/warehouse/warehousestageproposal.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

namespace journeyscope {

StageProposal proposeWarehouseStages(PgConnection& connection, const WarehouseSource& source,
                                     const QStringList& names, const WarehouseFilter& filter,
                                     JourneyScope scope, int k, Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QByteArray journey = "PARTITION BY person, journey";
    // Places as the in-memory division makes them: both are correctly rounded doubles.
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) +
        ", n AS (SELECT person, journey, event, row_number() OVER (" + journey + " " +
        WarehouseQuery::journeyOrder() + ") - 1 AS i, count(*) OVER (" + journey +
        ") AS length FROM ev)"
        ", p AS (SELECT person, journey, event, CASE WHEN length = 1 THEN 0::float8 ELSE "
        "i::float8 / (length - 1)::float8 END AS place FROM n)"
        ", r AS (SELECT *, row_number() OVER (PARTITION BY event ORDER BY place) AS rank, "
        "count(*) OVER (PARTITION BY event) AS events FROM p)"
        " SELECT event, max(events), count(DISTINCT (person, journey)), min(place) FILTER (WHERE "
        "rank = (events + 1) / 2), min(place) FILTER (WHERE rank = events / 2 + 1) FROM r GROUP "
        "BY event";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    std::vector<TouchpointPosition> evidence;
    for (int row = 0; row < result.rows(); ++row) {
        TouchpointPosition position;
        position.touchpoint = names[lookup.indexOf(result.text(row, 0))];
        position.events = result.integer(row, 1);
        position.journeys = result.integer(row, 2);
        // The middle place, or the mean of the two middle ones, as in memory.
        const double lower = result.number(row, 3).value_or(0);
        const double upper = result.number(row, 4).value_or(0);
        position.medianPosition = position.events % 2 ? lower : (upper + lower) / 2;
        evidence.push_back(position);
    }
    return proposeStagesFrom(names, std::move(evidence), k);
}

} // namespace journeyscope
