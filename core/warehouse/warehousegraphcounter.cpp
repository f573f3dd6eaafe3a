#include "core/warehouse/warehousegraphcounter.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <algorithm>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseGraphCounter)
};

/// "m AS (…)": each touchpoint name with its node in \a nodeOfTouchpoint.
QByteArray nodeMapCte(WarehouseQuery& query, const QStringList& touchpoints,
                      const std::vector<qint32>& nodeOfTouchpoint)
{
    return "m AS (SELECT * FROM unnest(" + query.bindNames(touchpoints) + ", " +
           query.bindIntegers(nodeOfTouchpoint) + ") AS m(name, node))";
}

} // namespace

WarehouseGraphCounter::WarehouseGraphCounter(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const GraphVocabulary& names, WarehouseFilter filter,
                                             JourneyScope scope, Feedback* feedback)
    : m_connection(connection)
    , m_source(source)
    , m_names(names)
    , m_filter(std::move(filter))
    , m_scope(scope)
    , m_feedback(feedback)
{}

GraphNodeCounts WarehouseGraphCounter::countNodes(const std::vector<qint32>& rawOfTouchpoint,
                                                  int rawCount) const
{
    WarehouseQuery query(m_connection, m_source);
    // Counted per journey and node first, so that every step is a hash aggregation and
    // no distinct count has to sort the events.
    const QByteArray sql =
        "WITH " + query.eventsCte(m_filter, m_scope) + ", " +
        nodeMapCte(query, m_names.touchpoints, rawOfTouchpoint) +
        ", j AS (SELECT ev.person, ev.journey, m.node, count(*) AS n FROM ev LEFT JOIN m ON "
        "m.name = ev.event GROUP BY ev.person, ev.journey, m.node)"
        " SELECT 'node', node, sum(n), count(*), 0 FROM (SELECT person, node, sum(n) AS n FROM j "
        "GROUP BY person, node) AS p GROUP BY node"
        " UNION ALL SELECT 'all', NULL, sum(n), count(DISTINCT person), count(*) FROM (SELECT "
        "person, journey, sum(n) AS n FROM j GROUP BY person, journey) AS journeys";
    const PgResult result = m_connection.query(sql, query.parameters(), m_feedback);

    GraphNodeCounts counts;
    counts.events.assign(size_t(rawCount), 0);
    counts.customers.assign(size_t(rawCount), 0);
    for (int row = 0; row < result.rows(); ++row) {
        if (result.text(row, 0) == QLatin1String("all")) {
            counts.allEvents = result.integer(row, 2);
            counts.people = result.integer(row, 3);
            counts.journeys = result.integer(row, 4);
            continue;
        }
        if (result.isNull(row, 1)) { // events of names the project does not know
            TouchpointLookup::requireNoUnknown(result.integer(row, 2));
            continue;
        }
        const qint64 raw = result.integer(row, 1);
        if (raw < 0 || raw >= rawCount)
            continue;
        counts.events[size_t(raw)] = result.integer(row, 2);
        counts.customers[size_t(raw)] = result.integer(row, 3);
    }
    return counts;
}

GraphTransitionCounts
WarehouseGraphCounter::countTransitions(const std::vector<qint32>& nodeOfTouchpoint, int nodeCount,
                                        bool mergeRepeats, const std::optional<Goal>& goal,
                                        std::optional<qint64> dataEndMs) const
{
    WarehouseQuery query(m_connection, m_source);
    // Exits need each journey's outcome; without a goal there are none.
    QByteArray goalCte;
    QByteArray exits = "0";
    QByteArray outcomes;
    if (goal) {
        const QByteArray numbered =
            "(SELECT person, journey, ts, event, row_number() OVER (PARTITION BY person, journey " +
            WarehouseQuery::journeyOrder() +
            ") AS pos, min(ts) OVER (PARTITION BY person, journey) AS first_ts FROM ev)";
        goalCte =
            ", " + query.outcomesCte(numbered, *goal, m_names.touchpoints,
                                     dataEndMs ? *dataEndMs
                                               : lastEventMs(m_connection, m_source, m_feedback));
        exits = "count(*) FILTER (WHERE o.outcome = 'dropped')";
        outcomes = " LEFT JOIN o USING (person, journey)";
    }
    const QByteArray endNode = QByteArray::number(nodeCount - 1);
    // Only with dropped nodes can a journey keep no event (then Start -> End); without,
    // the events are read once.
    const bool dropsNodes = std::any_of(nodeOfTouchpoint.begin(), nodeOfTouchpoint.end(),
                                        [](qint32 node) { return node < 0; });
    const QByteArray emptyJourneys =
        dropsNodes ? " UNION ALL SELECT person, 0, " + endNode +
                         ", NULL FROM k GROUP BY person, journey HAVING max(node) < 0"
                   : QByteArray();
    const QByteArray sql =
        "WITH " + query.eventsCte(m_filter, m_scope) + ", " +
        nodeMapCte(query, m_names.touchpoints, nodeOfTouchpoint) + goalCte +
        // Each journey's events with their compact node; -1: dropped from the graph.
        ", k AS (SELECT ev.person, ev.journey, ev.ts, ev.event, m.node FROM ev JOIN m ON "
        "m.name = ev.event)"
        // The kept events, each with the one before and whether it is the last.
        ", s AS (SELECT person, journey, node, lag(node) OVER w AS prev, ts - lag(ts) OVER w "
        "AS ms, lead(node) OVER w IS NULL AS last FROM k WHERE node >= 0 WINDOW w AS "
        "(PARTITION BY person, journey " +
        WarehouseQuery::journeyOrder() +
        "))"
        // Transitions: Start to the first, each step (repeats merged at stage level), the
        // last to End; a journey with no kept event goes from Start to End.
        ", t AS (SELECT person, coalesce(prev, 0) AS src, node AS dst, ms FROM s WHERE prev "
        "IS NULL OR NOT " +
        (mergeRepeats ? QByteArray("TRUE") : QByteArray("FALSE")) +
        " OR prev <> node UNION ALL SELECT person, node, " + endNode + ", NULL FROM s WHERE last" +
        emptyJourneys +
        ")"
        // Nearest-rank percentiles: the ceil(p / 100 * n)-th smallest time.
        ", r AS (SELECT src, dst, min(ms) FILTER (WHERE rn = greatest((n * 50 + 99) / 100, 1)) "
        "AS median, min(ms) FILTER (WHERE rn = greatest((n * 90 + 99) / 100, 1)) AS p90 FROM "
        "(SELECT src, dst, ms, row_number() OVER (PARTITION BY src, dst ORDER BY ms) AS rn, "
        "count(ms) OVER (PARTITION BY src, dst) AS n FROM t) AS ranked GROUP BY src, dst)"
        // Counts and people per edge, through a hash aggregation per edge and person.
        ", c AS (SELECT src, dst, sum(n) AS n, count(*) AS people FROM (SELECT src, dst, person, "
        "count(*) AS n FROM t GROUP BY src, dst, person) AS per_person GROUP BY src, dst)"
        " SELECT 'edge', src, dst, c.n, c.people, r.median, r.p90 FROM c JOIN r USING (src, dst)"
        " UNION ALL SELECT 'start', node, 0, count(*), 0, NULL, NULL FROM s WHERE prev IS NULL "
        "GROUP BY node"
        " UNION ALL SELECT 'end', s.node, 0, count(*), " +
        exits + ", NULL, NULL FROM s" + outcomes + " WHERE s.last GROUP BY s.node";
    const PgResult result = m_connection.query(sql, query.parameters(), m_feedback);

    GraphTransitionCounts counts;
    counts.starts.assign(size_t(nodeCount), 0);
    counts.ends.assign(size_t(nodeCount), 0);
    counts.exits.assign(size_t(nodeCount), 0);
    const auto node = [&](int row, int column) {
        const qint64 index = result.integer(row, column);
        if (index < 0 || index >= nodeCount)
            throw Error(Text::tr("the database returned a node out of range"));
        return int(index);
    };
    const auto seconds = [&](int row, int column) -> std::optional<double> {
        if (result.isNull(row, column))
            return std::nullopt;
        return double(result.integer(row, column)) / 1000.0;
    };
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        if (kind == QLatin1String("edge")) {
            GraphEdgeCounts edge;
            edge.from = node(row, 1);
            edge.to = node(row, 2);
            edge.count = result.integer(row, 3);
            edge.customers = result.integer(row, 4);
            edge.medianSeconds = seconds(row, 5);
            edge.p90Seconds = seconds(row, 6);
            counts.edges.push_back(edge);
        } else if (kind == QLatin1String("start")) {
            counts.starts[size_t(node(row, 1))] = result.integer(row, 3);
        } else {
            counts.ends[size_t(node(row, 1))] = result.integer(row, 3);
            counts.exits[size_t(node(row, 1))] = result.integer(row, 4);
        }
    }
    return counts;
}

} // namespace journeyscope
