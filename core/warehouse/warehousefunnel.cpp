#include "core/warehouse/warehousefunnel.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"
#include "core/warehouse/warehouseeventlog.h"

#include <map>
#include <QCoreApplication>
#include <QSet>

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

/// A funnel's group, as computeFunnelByChannel() names it: the channel of the event that
/// reached step 1, "" without one.
const QByteArray GroupOfEvent = "coalesce(channel, '')";

/// Each journey's events with their place (pos) and the journey's first time (first_ts).
QByteArray numberedEvents()
{
    const QByteArray journey = "PARTITION BY person, journey";
    return "(SELECT person, journey, ts, event, channel, row_number() OVER (" + journey + " " +
           WarehouseQuery::journeyOrder() + ") AS pos, min(ts) OVER (" + journey +
           ") AS first_ts FROM ev) AS numbered";
}

/// "outcome AS (…)" from "best" (person, journey, grp, reached, d, last_pos): each journey's
/// person, reached, d, grp, and next: the event after the one that reached the last step
/// reached.
QByteArray outcomeOfBest()
{
    return "outcome AS (SELECT b.person, b.reached, b.d, x.event AS next, b.grp FROM best AS b "
           "LEFT JOIN "
           "e AS x ON x.person = b.person AND x.journey = b.journey AND x.pos = b.last_pos + 1)";
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
    QByteArray sql = "e AS (SELECT *" + nextColumns + " FROM " + numberedEvents() + ")";
    const auto within = [&](const QByteArray& ts) {
        return "(" + window + " IS NULL OR " + ts + " - start_ts <= " + window + ")";
    };
    const auto matched = [&](int k, const QByteArray& row) {
        const QByteArray n = row + ".n" + number(k);
        return "CASE WHEN " + n + "_pos IS NOT NULL AND " + within(n + "_ts") + " THEN " + n +
               "_pos END AS p" + number(k) + ", CASE WHEN " + n + "_pos IS NOT NULL AND " +
               within(n + "_ts") + " THEN " + n + "_ts END AS t" + number(k);
    };
    sql += ", c1 AS (SELECT person, journey, first_ts, start_ts, " + GroupOfEvent +
           " AS grp, p1, t1" + QByteArray(steps >= 2 ? ", " + matched(2, "s") : QByteArray()) +
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
    sql += ", best AS (SELECT DISTINCT ON (person, journey) person, journey, grp, " + reached +
           " AS reached, ARRAY[" + deltas + "] AS d, coalesce(" + last + ") AS last_pos FROM " +
           chain + " ORDER BY person, journey, reached DESC, p1)";
    return sql + ", " + outcomeOfBest();
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
    QByteArray sql = "e AS (SELECT person, journey, ts, event, channel, row_number()" + journey +
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
    sql += ", outcome AS (SELECT DISTINCT ON (person, journey) person, reached, ARRAY[" + deltas +
           "] AS d, " + next + " AS next, " + GroupOfEvent +
           " AS grp FROM starts ORDER BY person, journey, reached DESC, pos)";
    return sql;
}

/// "e AS (…), best AS (…), outcome AS (…)" for a funnel in any order whose steps share no
/// touchpoint: windows open at each event of a step; in each, every step takes its first
/// event at or after the opening one within the window (NULL: none); step k is reached
/// when the last of steps 1..k is; per journey the window reaching the most steps, the
/// earliest among equals.
QByteArray anyOrderBest(int steps, const QList<QByteArray>& sets, const QByteArray& window)
{
    const QByteArray journey = "PARTITION BY person, journey";
    // Counted backwards, the frame grows from a fixed start: one step of min() a row.
    const QByteArray atOrAfter = " OVER (" + journey +
                                 " ORDER BY pos DESC ROWS BETWEEN UNBOUNDED PRECEDING AND "
                                 "CURRENT ROW)";
    QByteArray firstColumns, ofAnyStep = "FALSE", windowColumns;
    for (int k = 1; k <= steps; ++k) {
        const QByteArray n = "n" + number(k);
        const QByteArray in = " FILTER (WHERE event = ANY(" + sets[k - 1] + "))";
        firstColumns += ", min(pos)" + in + atOrAfter + " AS " + n + "_pos, min(ts)" + in +
                        atOrAfter + " AS " + n + "_ts";
        ofAnyStep += " OR event = ANY(" + sets[k - 1] + ")";
        const QByteArray within = n + "_pos IS NOT NULL AND (" + window + " IS NULL OR " + n +
                                  "_ts - ts <= " + window + ")";
        windowColumns += ", CASE WHEN " + within + " THEN " + n + "_pos END AS p" + number(k) +
                         ", CASE WHEN " + within + " THEN " + n + "_ts END AS t" + number(k);
    }
    QByteArray sql = "e AS (SELECT *" + firstColumns + " FROM " + numberedEvents() + ")";
    sql += ", w AS (SELECT person, journey, pos, first_ts" + windowColumns + " FROM e WHERE " +
           ofAnyStep + ")";
    // Steps 1..k are reached at the latest of their events (greatest() skips NULLs, which
    // only steps past those reached have).
    QByteArray reached = "CASE", deltas = "t1 - first_ts", last = "CASE reached";
    QByteArray latestTs = "t1", latestPos = "p1";
    for (int k = 1; k <= steps; ++k) {
        reached += " WHEN p" + number(k) + " IS NULL THEN " + number(k - 1);
        if (k > 1) {
            const QByteArray previousTs = latestTs;
            latestTs = "greatest(" + latestTs + ", t" + number(k) + ")";
            latestPos = "greatest(" + latestPos + ", p" + number(k) + ")";
            deltas += ", " + latestTs + " - " + previousTs;
        }
        last += " WHEN " + number(k) + " THEN " + latestPos;
    }
    reached += " ELSE " + number(steps) + " END";
    last += " END";
    // The group is that of step 1's event, found as the next event is.
    sql += ", chosen AS (SELECT * FROM (SELECT DISTINCT ON (person, journey) person, journey, "
           "reached, d, last_pos, p1 FROM (SELECT *, " +
           reached + " AS reached, ARRAY[" + deltas +
           "] AS d FROM w) AS r CROSS JOIN LATERAL "
           "(SELECT " +
           last +
           " AS last_pos) AS l ORDER BY person, journey, reached DESC, pos) AS b WHERE reached "
           ">= 1)"
           ", best AS (SELECT c.*, " +
           GroupOfEvent +
           " AS grp FROM chosen AS c JOIN e AS f ON f.person = c.person AND f.journey = "
           "c.journey AND f.pos = c.p1)";
    return sql + ", " + outcomeOfBest();
}

/// Whether a touchpoint is in more than one step of \a options.
bool stepsShareATouchpoint(const FunnelOptions& options)
{
    QSet<quint16> seen;
    for (const std::vector<quint16>& step : options.steps) {
        const QSet<quint16> inStep(step.begin(), step.end());
        if (seen.intersects(inStep))
            return true;
        seen.unite(inStep);
    }
    return false;
}

/// Whether \a options ask for matching steps to distinct events, which is not pushed down.
bool matchedOnTheLaptop(const FunnelOptions& options)
{
    return options.order == FunnelOrder::AnyOrder && stepsShareATouchpoint(options);
}

} // namespace

namespace {

/// How a funnel's journeys are grouped.
enum class FunnelGroups {
    None,      ///< all journeys in one group ""
    Channel,   ///< by the channel of the event that reached step 1
    Attribute, ///< every journey by its customer's value of an attribute ("" for none)
};

/// The funnel's counts per group (\a attribute: the customers table's column for
/// FunnelGroups::Attribute).
std::map<QString, FunnelCounts> countFunnel(PgConnection& connection, const WarehouseSource& source,
                                            const QStringList& names, const WarehouseFilter& filter,
                                            JourneyScope scope, const FunnelOptions& options,
                                            FunnelGroups groups, const QString& attribute,
                                            Feedback* feedback)
{
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
    switch (options.order) {
    case FunnelOrder::Ordered:
        sql += ", " + orderedBest(steps, sets, window);
        break;
    case FunnelOrder::Strict:
        sql += ", " + strictBest(steps, sets, window);
        break;
    case FunnelOrder::AnyOrder:
        sql += ", " + anyOrderBest(steps, sets, window);
        break;
    }
    const QByteArray k = number(steps);
    // By channel, a group's journeys are those that entered it; else every journey.
    QByteArray group = "''::text", journeys;
    switch (groups) {
    case FunnelGroups::None:
        journeys = "SELECT 'journeys', 0, NULL::text, (SELECT count(*) FROM (SELECT 1 FROM ev "
                   "GROUP BY person, journey) AS j), NULL::float8, ''::text";
        break;
    case FunnelGroups::Channel:
        group = "grp";
        journeys = "SELECT 'journeys', 0, NULL::text, count(*), NULL::float8, grp FROM outcome "
                   "GROUP BY grp";
        break;
    case FunnelGroups::Attribute: {
        const QByteArray labels = query.customerLabels(attribute);
        group = "grp";
        sql += ", labelled AS (SELECT o.reached, o.d, o.next, coalesce(l.label, '') AS grp FROM "
               "outcome AS o LEFT JOIN " +
               labels + " AS l USING (person))";
        journeys = "SELECT 'journeys', 0, NULL::text, count(*), NULL::float8, coalesce(l.label, "
                   "'') FROM (SELECT person FROM ev GROUP BY person, journey) AS j LEFT JOIN " +
                   labels + " AS l USING (person) GROUP BY 6";
        break;
    }
    }
    const QByteArray outcome = groups == FunnelGroups::Attribute ? "labelled" : "outcome";
    sql +=
        " " + journeys +
        " UNION ALL SELECT 'step', k, NULL, count(*) FILTER (WHERE reached >= k), "
        "percentile_cont(0.5) WITHIN GROUP (ORDER BY d[k]) FILTER (WHERE reached >= k), " +
        group + " FROM " + outcome + " CROSS JOIN generate_series(1, " + k + ") AS k GROUP BY k, " +
        group + " UNION ALL SELECT 'left', reached, NULL, count(*), NULL, " + group + " FROM " +
        outcome + " WHERE reached < " + k + " AND next IS NULL GROUP BY reached, " + group +
        " UNION ALL SELECT 'next', reached, next, count(*), NULL, " + group + " FROM " + outcome +
        " WHERE reached < " + k + " AND next IS NOT NULL GROUP BY reached, next, " + group;
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(names);
    std::map<QString, FunnelCounts> counted;
    if (groups == FunnelGroups::None)
        counted[QString()].steps.resize(size_t(steps));
    for (int row = 0; row < result.rows(); ++row) {
        FunnelCounts& counts = counted[result.text(row, 5)];
        counts.steps.resize(size_t(steps));
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
    return counted;
}

} // namespace

FunnelResult countWarehouseFunnel(PgConnection& connection, const WarehouseSource& source,
                                  const EventLog& names, const WarehouseFilter& filter,
                                  JourneyScope scope, const FunnelOptions& options,
                                  Feedback* feedback)
{
    if (matchedOnTheLaptop(options)) {
        const EventLog log = loadWarehouseEvents(connection, source, names, filter, {}, feedback);
        return computeFunnel(EventView(log, {}, scope), options);
    }
    const std::map<QString, FunnelCounts> groups =
        countFunnel(connection, source, names.touchpointNames(), filter, scope, options,
                    FunnelGroups::None, {}, feedback);
    return presentFunnel(names.touchpointNames(), options, scope, groups.at(QString()));
}

FunnelBreakdown countWarehouseFunnelByChannel(PgConnection& connection,
                                              const WarehouseSource& source, const EventLog& names,
                                              const WarehouseFilter& filter, JourneyScope scope,
                                              const FunnelOptions& options, Feedback* feedback)
{
    if (matchedOnTheLaptop(options)) {
        const EventLog log = loadWarehouseEvents(connection, source, names, filter, {}, feedback);
        return computeFunnelByChannel(EventView(log, {}, scope), options);
    }
    std::vector<std::pair<QString, FunnelResult>> funnels;
    for (const auto& [channel, counts] :
         countFunnel(connection, source, names.touchpointNames(), filter, scope, options,
                     FunnelGroups::Channel, {}, feedback))
        funnels.emplace_back(channel,
                             presentFunnel(names.touchpointNames(), options, scope, counts));
    return funnelBreakdownOf(QStringLiteral("channel"), std::move(funnels));
}

FunnelBreakdown countWarehouseFunnelByAttribute(PgConnection& connection,
                                                const WarehouseSource& source,
                                                const EventLog& names,
                                                const WarehouseFilter& filter, JourneyScope scope,
                                                const FunnelOptions& options,
                                                const QString& attribute, Feedback* feedback)
{
    FunnelBreakdown breakdown;
    if (matchedOnTheLaptop(options)) {
        const EventLog log = loadWarehouseEvents(connection, source, names, filter, {}, feedback);
        breakdown = computeFunnelByLabel(
            EventView(log, {}, scope), options,
            warehouseCustomerAttribute(connection, source, log, attribute, feedback));
    } else {
        std::vector<std::pair<QString, FunnelResult>> funnels;
        for (const auto& [label, counts] :
             countFunnel(connection, source, names.touchpointNames(), filter, scope, options,
                         FunnelGroups::Attribute, attribute, feedback))
            funnels.emplace_back(label,
                                 presentFunnel(names.touchpointNames(), options, scope, counts));
        breakdown = funnelBreakdownOf(QStringLiteral("label"), std::move(funnels));
    }
    breakdown.by = attribute;
    return breakdown;
}

} // namespace journeyscope
