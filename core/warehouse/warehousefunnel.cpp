#include "core/warehouse/warehousefunnel.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseFunnel)
};

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

/// "e AS (…), best AS (…)" for an ordered funnel: each journey's events numbered (pos); for
/// each event, the first event of every step after it (n<k>_pos, n<k>_ts); from each
/// step-1 event, each step matched at its first event after the previous step's, within
/// the window from the start; per journey the start reaching the most steps, the earliest
/// among equals. best: person, journey, reached, d (milliseconds from the previous step,
/// per step), last_pos (the event that reached the last step reached).
QByteArray orderedBest(int steps, const QList<QByteArray>& sets, const QByteArray& window)
{
    const QByteArray journey = "PARTITION BY person, journey";
    // Counted backwards, the frame grows from a fixed start: one step of min() a row.
    const QByteArray after = " OVER (" + journey +
                             " ORDER BY pos DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 "
                             "PRECEDING)";
    QByteArray nextColumns;
    for (int k = 2; k <= steps; ++k) {
        const QByteArray in = " FILTER (WHERE event = ANY(" + sets[k - 1] + "))";
        nextColumns += ", min(pos)" + in + after + " AS n" + number(k) + "_pos, min(ts)" + in +
                       after + " AS n" + number(k) + "_ts";
    }
    QByteArray sql = "e AS (SELECT *" + nextColumns +
                     " FROM (SELECT person, journey, ts, event, row_number() OVER (" + journey +
                     " " + WarehouseQuery::journeyOrder() + ") AS pos, min(ts) OVER (" + journey +
                     ") AS first_ts FROM ev) AS numbered)";
    const auto within = [&](const QByteArray& ts) {
        return "(" + window + " IS NULL OR " + ts + " - start_ts <= " + window + ")";
    };
    const auto matched = [&](int k, const QByteArray& row) {
        const QByteArray n = row + ".n" + number(k);
        return "CASE WHEN " + n + "_pos IS NOT NULL AND " + within(n + "_ts") + " THEN " + n +
               "_pos END AS p" + number(k) + ", CASE WHEN " + n + "_pos IS NOT NULL AND " +
               within(n + "_ts") + " THEN " + n + "_ts END AS t" + number(k);
    };
    sql += ", c1 AS (SELECT person, journey, first_ts, start_ts, p1, t1" +
           QByteArray(steps >= 2 ? ", " + matched(2, "s") : QByteArray()) +
           " FROM (SELECT *, ts AS start_ts, pos AS p1, ts AS t1 FROM e WHERE event = ANY(" +
           sets[0] + ")) AS s)";
    QByteArray chain = "c1";
    // Steps 3 on: the next step's first event after the event the previous step matched.
    for (int k = 3; k <= steps; ++k) {
        const QByteArray name = "c" + number(k - 1);
        sql += ", " + name + " AS (SELECT c.*, " + matched(k, "r") + " FROM " + chain +
               " AS c LEFT JOIN e AS r ON r.person = c.person AND r.journey = c.journey AND "
               "r.pos = c.p" +
               number(k - 1) + ")";
        chain = name;
    }
    QByteArray reached = "1", deltas = "t1 - first_ts", last = "p1";
    for (int k = 2; k <= steps; ++k) {
        reached += " + (p" + number(k) + " IS NOT NULL)::int";
        deltas += ", t" + number(k) + " - t" + number(k - 1);
        last = "p" + number(k) + ", " + last;
    }
    sql += ", best AS (SELECT DISTINCT ON (person, journey) person, journey, " + reached +
           " AS reached, ARRAY[" + deltas + "] AS d, coalesce(" + last + ") AS last_pos FROM " +
           chain + " ORDER BY person, journey, reached DESC, p1)";
    // The event after the one that reached the last step reached.
    sql += ", outcome AS (SELECT b.reached, b.d, x.event AS next FROM best AS b LEFT JOIN e AS x "
           "ON x.person = b.person AND x.journey = b.journey AND x.pos = b.last_pos + 1)";
    return sql;
}

/// "e AS (…), …, outcome AS (…)" for a strict funnel: from each step-1 event, the chain
/// of the events right after it that are in the next steps, within the window; per
/// journey the longest chain, the earliest among equals.
QByteArray strictBest(int steps, const QList<QByteArray>& sets, const QByteArray& window)
{
    const QByteArray journey =
        " OVER (PARTITION BY person, journey " + WarehouseQuery::journeyOrder() + ")";
    QByteArray leads;
    for (int k = 1; k < steps; ++k) {
        leads += ", lead(event, " + number(k) + ")" + journey + " AS e" + number(k) +
                 ", lead(ts, " + number(k) + ")" + journey + " AS t" + number(k);
    }
    QByteArray sql = "e AS (SELECT person, journey, ts, event, row_number()" + journey +
                     " AS pos, min(ts) OVER (PARTITION BY person, journey) AS first_ts" + leads +
                     " FROM ev)";
    QByteArray reached = "CASE";
    QByteArray deltas = "ts - first_ts";
    QByteArray next = "CASE reached";
    for (int k = 1; k < steps; ++k) {
        reached += " WHEN NOT coalesce(e" + number(k) + " = ANY(" + sets[k] + ") AND (" + window +
                   " IS NULL OR t" + number(k) + " - ts <= " + window + "), FALSE) THEN " +
                   number(k);
        deltas += ", t" + number(k) + " - " + (k == 1 ? QByteArray("ts") : "t" + number(k - 1));
        next += " WHEN " + number(k) + " THEN e" + number(k);
    }
    reached += " ELSE " + number(steps) + " END";
    next += " END";
    if (steps == 1) {
        reached = "1";
        next = "NULL::text";
    }
    sql += ", starts AS (SELECT *, " + reached + " AS reached FROM e WHERE event = ANY(" + sets[0] +
           "))";
    sql += ", outcome AS (SELECT DISTINCT ON (person, journey) reached, ARRAY[" + deltas +
           "] AS d, " + next + " AS next FROM starts ORDER BY person, journey, reached DESC, pos)";
    return sql;
}

} // namespace

FunnelResult countWarehouseFunnel(PgConnection& connection, const WarehouseSource& source,
                                  const QStringList& names, const WarehouseFilter& filter,
                                  JourneyScope scope, const FunnelOptions& options,
                                  Feedback* feedback)
{
    if (options.order == FunnelOrder::AnyOrder) {
        throw Error(Location(QStringLiteral("--order")),
                    Text::tr("on a warehouse project, a funnel is ordered or strict"));
    }
    if (options.steps.empty())
        throw Error(Text::tr("A funnel needs at least one step"));
    const int steps = int(options.steps.size());
    WarehouseQuery query(connection, source);
    QByteArray sql = "WITH " + query.eventsCte(filter, scope);
    QList<QByteArray> sets;
    for (const std::vector<quint16>& step : options.steps) {
        QStringList stepNames;
        for (const quint16 touchpoint : step)
            stepNames.append(names.value(touchpoint));
        sets.append(query.bindNames(stepNames));
    }
    // A window bounds the steps after the first; PostgreSQL refuses a parameter it is not
    // given a use for, so a one-step funnel binds none.
    const QByteArray window =
        options.windowMs && steps > 1 ? query.bind(*options.windowMs) : QByteArray("NULL::bigint");
    sql += ", " + (options.order == FunnelOrder::Ordered ? orderedBest(steps, sets, window)
                                                         : strictBest(steps, sets, window));
    const QByteArray k = number(steps);
    sql += " SELECT 'journeys', 0, NULL::text, (SELECT count(*) FROM (SELECT 1 FROM ev GROUP BY "
           "person, journey) AS j), NULL::float8"
           " UNION ALL SELECT 'step', k, NULL, count(*) FILTER (WHERE reached >= k), "
           "percentile_cont(0.5) WITHIN GROUP (ORDER BY d[k]) FILTER (WHERE reached >= k) FROM "
           "outcome CROSS JOIN generate_series(1, " +
           k +
           ") AS k GROUP BY k"
           " UNION ALL SELECT 'left', reached, NULL, count(*), NULL FROM outcome WHERE reached < " +
           k +
           " AND next IS NULL GROUP BY reached"
           " UNION ALL SELECT 'next', reached, next, count(*), NULL FROM outcome WHERE reached < " +
           k + " AND next IS NOT NULL GROUP BY reached, next";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    FunnelCounts counts;
    counts.steps.resize(size_t(steps));
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        if (kind == QLatin1String("journeys")) {
            counts.journeys = result.integer(row, 3);
            continue;
        }
        const qint64 step = result.integer(row, 1);
        if (step < 1 || step > steps)
            throw Error(Text::tr("the database returned a step out of range"));
        FunnelStepCounts& counted = counts.steps[size_t(step - 1)];
        if (kind == QLatin1String("step")) {
            counted.reached = result.integer(row, 3);
            if (const std::optional<double> median = result.number(row, 4))
                counted.medianMsFromPrevious = *median;
        } else if (kind == QLatin1String("left")) {
            counted.left = result.integer(row, 3);
        } else {
            counted.next.push_back({lookup.indexOf(result.text(row, 2)), result.integer(row, 3)});
        }
    }
    return presentFunnel(names, options, scope, counts);
}

} // namespace journeyscope
