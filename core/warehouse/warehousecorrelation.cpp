#include "core/warehouse/warehousecorrelation.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

namespace journeyscope {

CorrelationReport countWarehouseCorrelations(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const QStringList& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             const Goal& goal, const QStringList& attributes,
                                             Feedback* feedback)
{
    const qint64 dataEndMs = lastEventMs(connection, source, feedback);
    WarehouseQuery query(connection, source);
    QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) + ", " +
        query.eventsWithOutcomesCte(goal, names, dataEndMs) +
        // Each closed journey once per touchpoint it went through before converting.
        ", did AS (SELECT event, outcome FROM k WHERE outcome <> 'open' AND (goal_at IS NULL OR "
        "pos < goal_at) GROUP BY person, journey, event, outcome)"
        ", closed AS (SELECT person, outcome FROM k WHERE pos = 1 AND outcome <> 'open')"
        " SELECT 'journeys', NULL, count(*), count(*) FILTER (WHERE outcome = 'converted'), "
        "NULL::int "
        "FROM closed"
        " UNION ALL SELECT 'touchpoint', event, count(*), count(*) FILTER (WHERE outcome = "
        "'converted'), NULL::int FROM did GROUP BY event";
    for (qsizetype a = 0; a < attributes.size(); ++a) {
        sql += " UNION ALL SELECT 'attribute', label, count(*), count(*) FILTER (WHERE outcome = "
               "'converted'), " +
               QByteArray::number(a) + " FROM closed JOIN " + query.customerLabels(attributes[a]) +
               " AS l USING (person) WHERE label <> '' GROUP BY label";
    }
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    CorrelationCounts counts;
    counts.did.assign(size_t(names.size()), 0);
    counts.didConverted.assign(size_t(names.size()), 0);
    for (const QString& attribute : attributes)
        counts.attributeValues.emplace_back(attribute,
                                            std::map<QString, std::pair<qint64, qint64>>());
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        if (kind == QLatin1String("journeys")) {
            counts.journeys = result.integer(row, 2);
            counts.converted = result.integer(row, 3);
        } else if (kind == QLatin1String("attribute")) {
            counts.attributeValues[size_t(result.integer(row, 4))].second[result.text(row, 1)] = {
                result.integer(row, 2), result.integer(row, 3)};
        } else {
            const quint16 touchpoint = lookup.indexOf(result.text(row, 1));
            counts.did[touchpoint] = result.integer(row, 2);
            counts.didConverted[touchpoint] = result.integer(row, 3);
        }
    }
    return presentCorrelations(names, goal, counts);
}

} // namespace journeyscope
