#include "core/warehouse/warehousevariants.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace journeyscope {

VariantsResult countWarehouseVariants(PgConnection& connection, const WarehouseSource& source,
                                      const QStringList& names, const WarehouseFilter& filter,
                                      JourneyScope scope, int top, Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QByteArray limit = top < 0 ? QByteArray() : " LIMIT " + query.bind(qint64(top));
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) + ", j AS (SELECT array_agg(event " +
        WarehouseQuery::journeyOrder() +
        ") AS path FROM ev GROUP BY person, journey)"
        ", v AS (SELECT path, count(*) AS n FROM j GROUP BY path)"
        " SELECT t.journeys, t.variants, array_to_json(ranked.path)::text, ranked.n FROM (SELECT "
        "coalesce(sum(n), 0) AS journeys, count(*) AS variants FROM v) AS t LEFT JOIN LATERAL "
        "(SELECT path, n FROM v ORDER BY n DESC, path COLLATE \"C\"" +
        limit + ") AS ranked ON TRUE";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    std::vector<PathVariant> ranked;
    for (int row = 0; row < result.rows(); ++row) {
        if (result.isNull(row, 2))
            continue; // no journey at all
        PathVariant variant;
        const QJsonArray path = QJsonDocument::fromJson(result.text(row, 2).toUtf8()).array();
        for (const QJsonValue& name : path)
            variant.touchpoints.push_back(lookup.indexOf(name.toString()));
        variant.count = result.integer(row, 3);
        ranked.push_back(std::move(variant));
    }
    return presentVariants(names, result.integer(0, 0), result.integer(0, 1), std::move(ranked));
}

} // namespace journeyscope
