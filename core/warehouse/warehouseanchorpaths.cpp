#include "core/warehouse/warehouseanchorpaths.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <algorithm>

namespace journeyscope {

AnchorPaths countWarehouseAnchorPaths(PgConnection& connection, const WarehouseSource& source,
                                      const QStringList& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const AnchorPathOptions& options,
                                      Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const bool from = options.direction == PathDirection::From;
    const int steps = std::max(0, options.steps);
    const QByteArray journey = "PARTITION BY person, journey";
    // rel: the steps from the anchor; left: how many events the journey has on that side.
    const QByteArray rel = from ? "pos - anchor_pos" : "anchor_pos - pos";
    const QByteArray left = from ? "events - anchor_pos" : "anchor_pos - 1";
    const QByteArray stepCount = query.bind(qint64(steps));
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) +
        ", n AS (SELECT person, journey, event, row_number() OVER w AS pos, count(*) OVER (" +
        journey + ") AS events, " + (from ? "lag" : "lead") +
        "(event) OVER w AS before FROM ev WINDOW w AS (" + journey + " " +
        WarehouseQuery::journeyOrder() +
        "))"
        ", a AS (SELECT *, min(pos) FILTER (WHERE event = " +
        query.bind(names.value(options.anchor).toUtf8()) + ") OVER (" + journey +
        ") AS anchor_pos FROM n)"
        ", r AS (SELECT *, " +
        rel + " AS rel, " + left +
        " AS left_events FROM a WHERE anchor_pos IS NOT NULL)"
        // Moves into each step, then where journeys end: the step after their last event.
        " SELECT 'move', rel, before, event, count(*) FROM r WHERE rel BETWEEN 1 AND " +
        stepCount +
        " GROUP BY rel, before, event"
        " UNION ALL SELECT 'end', left_events + 1, event, NULL, count(*) FROM r WHERE rel = "
        "left_events AND left_events < " +
        stepCount +
        " GROUP BY left_events, event"
        " UNION ALL SELECT 'all', 0, NULL, NULL, count(DISTINCT (person, journey)) FROM ev"
        " UNION ALL SELECT 'anchor', 0, NULL, NULL, count(DISTINCT (person, journey)) FROM r";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    AnchorPathCounts counts;
    counts.steps.resize(size_t(steps));
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        const qint64 count = result.integer(row, 4);
        if (kind == QLatin1String("all")) {
            counts.journeys = count;
        } else if (kind == QLatin1String("anchor")) {
            counts.withAnchor = count;
        } else {
            const qint64 step = result.integer(row, 1);
            const qint32 to = kind == QLatin1String("end")
                                  ? AnchorPathCounts::End
                                  : qint32(lookup.indexOf(result.text(row, 3)));
            counts.steps[size_t(step - 1)].push_back(
                {qint32(lookup.indexOf(result.text(row, 2))), to, count});
        }
    }
    return presentAnchorPaths(names, options, counts);
}

} // namespace journeyscope
