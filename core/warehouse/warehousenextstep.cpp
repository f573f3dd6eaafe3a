#include "core/warehouse/warehousenextstep.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace journeyscope {

NextStepEvaluation evaluateWarehouseNextStep(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const QStringList& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             int order, bool withEnd, Feedback* feedback)
{
    order = std::max(0, std::min(order, 3));
    WarehouseQuery query(connection, source);
    const QByteArray k = query.bind(qint64(order));
    const QByteArray end = query.bind(withEnd ? "true" : "false") + "::boolean";
    // A context of the l touchpoints before an event, or up to and including it (the end).
    const auto before = [](const QByteArray& l) {
        return "array_to_json((ARRAY[p3, p2, p1])[4 - " + l + ":3])::text";
    };
    const auto upTo = [](const QByteArray& l) {
        return "array_to_json((ARRAY[p2, p1, event])[4 - " + l + ":3])::text";
    };
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) +
        ", n AS (SELECT person, journey, event, row_number() OVER w AS pos, min(ts) OVER j AS "
        "first_ts, lag(event, 1) OVER w AS p1, lag(event, 2) OVER w AS p2, lag(event, 3) OVER w "
        "AS p3, lead(1) OVER w IS NULL AS last FROM ev WINDOW j AS (PARTITION BY person, "
        "journey), w AS (j " +
        WarehouseQuery::journeyOrder() +
        "))"
        // Journeys numbered by their first event; the first two thirds are learnt.
        ", r AS (SELECT *, dense_rank() OVER (ORDER BY first_ts, person, journey) AS number FROM "
        "n)"
        ", t AS (SELECT *, number <= max(number) OVER () * 2 / 3 AS training FROM r)"
        " SELECT 'learn', " +
        before("l") + ", event, count(*) FROM t CROSS JOIN generate_series(0, " + k +
        ") AS l WHERE training AND l <= pos - 1 GROUP BY 2, 3"
        " UNION ALL SELECT 'learn', " +
        upTo("l") + ", NULL, count(*) FROM t CROSS JOIN generate_series(0, " + k + ") AS l WHERE " +
        end +
        " AND training AND last AND l <= pos GROUP BY 2"
        " UNION ALL SELECT 'test', " +
        before("least(pos - 1, " + k + ")") +
        ", event, count(*) FROM t WHERE NOT training AND pos >= 2 GROUP BY 2, 3"
        " UNION ALL SELECT 'test', " +
        upTo("least(pos, " + k + ")") + ", NULL, count(*) FROM t WHERE " + end +
        " AND NOT training AND last GROUP BY 2"
        " UNION ALL SELECT 'journeys', NULL, training::text, count(*) FROM t WHERE pos = 1 GROUP "
        "BY training";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    const int endClass = int(names.size());
    NextStepCounts counts;
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        const qint64 count = result.integer(row, 3);
        if (kind == QLatin1String("journeys")) {
            (result.text(row, 2) == QLatin1String("true") ? counts.trainingJourneys
                                                          : counts.testJourneys) = count;
            continue;
        }
        NextStepPair pair;
        const QJsonArray context = QJsonDocument::fromJson(result.text(row, 1).toUtf8()).array();
        for (const QJsonValue& name : context)
            pair.context[pair.length++] = lookup.indexOf(name.toString());
        pair.next = result.isNull(row, 2) ? endClass : lookup.indexOf(result.text(row, 2));
        (kind == QLatin1String("learn") ? counts.learnt : counts.tested)[pair] += count;
    }
    return presentNextStep(names, order, withEnd, counts);
}

} // namespace journeyscope
