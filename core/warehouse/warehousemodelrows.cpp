#include "core/warehouse/warehousemodelrows.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <limits>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseModelRows)
};

/// The columns the prefix query returns, in order.
enum Column {
    Person,
    Dropped,
    FirstTs,
    Cut,
    Observed,
    LastTs,
    PreviousTs,
    LastTouchpoint,
    PreviousTouchpoint,
    LastChannel,
    Sessions,
    LastSessionEvents,
    SecondLastSessionStart,
    LastSessionStart,
    Value,
    TouchpointIndices,
    TouchpointCounts,
    ChannelIndices,
    ChannelCounts,
};

/**
 * "k AS (…)": the events of ev, each with its place in the journey (pos, from 1), the
 * journey's first time (first_ts), its number of events (events) and of events within the
 * goal's window (in_window), its outcome under \a goal and goal_at (WarehouseQuery::
 * outcome()), and the times of the events before and after it and the name before it.
 * Window functions only: no join, so that the plan cannot go wrong with the row counts.
 */
QByteArray eventsWithOutcomes(WarehouseQuery& query, const EventLog& names, const Goal& goal,
                              qint64 dataEndMs)
{
    const QByteArray window = query.windowOf(goal);
    return "n AS (SELECT *, row_number() OVER (PARTITION BY person, journey " +
           WarehouseQuery::journeyOrder() +
           ") AS pos, min(ts) OVER (PARTITION BY person, journey) AS first_ts FROM ev)"
           ", m AS (SELECT *, " +
           query.goalAt(goal, names.touchpointNames()) +
           " OVER j AS goal_at, count(*) FILTER (WHERE " + window +
           " IS NULL OR ts - first_ts <= " + window +
           ") OVER j AS in_window, count(*) OVER j AS events, lag(ts) OVER w AS prev_ts, "
           "lag(event) OVER w AS prev_event, lead(ts) OVER w AS next_ts FROM n WINDOW j AS "
           "(PARTITION BY person, journey), w AS (PARTITION BY person, journey ORDER BY pos))"
           ", k AS (SELECT *, " +
           query.outcome("goal_at", "first_ts", goal, dataEndMs) + " AS outcome FROM m)";
}

/**
 * The query's end: from "c", the events of the chosen journeys with the columns of k and
 * their cut, dropped (the label) and observed (read where pos = cut), one row per journey
 * with what JourneyPrefix holds of its first cut events; touchpoints and channels as the
 * project's indices (NULL for a name it does not know). Each kind of count is a GROUP BY
 * of its own, and one GROUP BY per journey gathers them, again without a join.
 */
QByteArray prefixCounts(WarehouseQuery& query, const EventLog& names, qint64 limit)
{
    const QByteArray touchpoints = query.bindNames(names.touchpointNames());
    const QByteArray channels = query.bindNames(names.channelNames());
    const auto touchpointIndex = [&](const QByteArray& event) {
        return "(array_position(" + touchpoints + ", " + event + ") - 1)";
    };
    const auto channelIndex = [&](const QByteArray& channel) {
        return "(CASE WHEN " + channel + " IS NULL THEN 0 ELSE array_position(" + channels + ", " +
               channel + ") - 1 END)";
    };
    const QByteArray none = "NULL::boolean, NULL::bigint, NULL::bigint, NULL::bigint, "
                            "NULL::bigint, NULL::bigint, NULL::int, NULL::int, NULL::int";
    const auto kind = [](const char* name) {
        return QByteArray(" FILTER (WHERE kind = '") + name + "')";
    };
    return ", p AS (SELECT * FROM c WHERE pos <= cut)"
           // Items of each journey: the cut's last event ('j'), events per touchpoint
           // ('t') and per channel ('c'), and its sessions ('s').
           ", items AS (SELECT person, journey, 'j' AS kind, NULL::int AS idx, NULL::bigint AS "
           "k, NULL::bigint AS first_pos, NULL::bigint AS start, NULL::double precision AS v, "
           "dropped, first_ts, cut, observed, ts AS last_ts, prev_ts, " +
           touchpointIndex("event") + " AS last_tp, " + touchpointIndex("prev_event") +
           " AS prev_tp, " + channelIndex("channel") +
           " AS last_ch FROM p WHERE pos = cut"
           " UNION ALL SELECT person, journey, 't', " +
           touchpointIndex("event") + ", count(*), NULL, NULL, NULL, " + none +
           " FROM p GROUP BY person, journey, event"
           " UNION ALL SELECT person, journey, 'c', " +
           channelIndex("channel") + ", count(*), NULL, NULL, NULL, " + none +
           " FROM p GROUP BY person, journey, channel"
           " UNION ALL SELECT person, journey, 's', NULL, count(*), min(pos), min(ts), "
           "sum(value), " +
           none +
           " FROM p GROUP BY person, journey, session)"
           // Sessions in the order they first appear: the last one's events and start,
           // the second last's start.
           " SELECT person, bool_or(dropped), max(first_ts), max(cut), max(observed), "
           "max(last_ts), max(prev_ts), max(last_tp), max(prev_tp), max(last_ch), count(*)" +
           kind("s") + ", (array_agg(k ORDER BY first_pos DESC)" + kind("s") +
           ")[1], (array_agg(start ORDER BY first_pos DESC)" + kind("s") +
           ")[2], (array_agg(start ORDER BY first_pos DESC)" + kind("s") + ")[1], coalesce(sum(v)" +
           kind("s") + ", 0), array_agg(idx ORDER BY idx)" + kind("t") +
           ", array_agg(k ORDER BY idx)" + kind("t") + ", array_agg(idx ORDER BY idx)" + kind("c") +
           ", array_agg(k ORDER BY idx)" + kind("c") +
           " FROM items GROUP BY person, journey ORDER BY person, journey LIMIT " +
           query.bind(limit);
}

/// An index the query gave; throws Error for a name the project does not know (-1).
int knownIndex(qint64 index)
{
    if (index < 0)
        TouchpointLookup::requireNoUnknown(1);
    return int(index);
}

/// The index in \a column of \a row; -1 for NULL.
qint64 indexAt(const PgResult& result, int row, int column)
{
    return result.isNull(row, column) ? -1 : result.integer(row, column);
}

/// Per-index counts from the query's index and count arrays, into \a counts.
void addCounts(const QString& indices, const QString& counts, std::vector<float>& into)
{
    const std::vector<qint64> index = integersOfArray(indices);
    const std::vector<qint64> count = integersOfArray(counts);
    for (size_t i = 0; i < index.size() && i < count.size(); ++i) {
        const int at = knownIndex(index[i]);
        if (size_t(at) >= into.size())
            TouchpointLookup::requireNoUnknown(1);
        into[size_t(at)] += float(count[i]);
    }
}

/// The rows of the prefix query's \a result.
WarehouseModelRows rowsOf(const PgResult& result, const EventLog& names)
{
    const JourneyFeatures features(names);
    WarehouseModelRows out;
    out.rows.features = features.emptyTable();
    for (int row = 0; row < result.rows(); ++row) {
        JourneyPrefix prefix;
        prefix.events = result.integer(row, Cut);
        prefix.firstMs = result.integer(row, FirstTs);
        prefix.lastMs = result.integer(row, LastTs);
        if (!result.isNull(row, PreviousTs))
            prefix.previousMs = result.integer(row, PreviousTs);
        prefix.lastTouchpoint = knownIndex(indexAt(result, row, LastTouchpoint));
        prefix.previousTouchpoint = result.isNull(row, PreviousTs)
                                        ? -1
                                        : knownIndex(indexAt(result, row, PreviousTouchpoint));
        prefix.lastChannel = knownIndex(indexAt(result, row, LastChannel));
        prefix.sessions = result.integer(row, Sessions);
        prefix.lastSessionEvents = result.integer(row, LastSessionEvents);
        prefix.firstSessionStartMs = prefix.firstMs;
        prefix.lastSessionStartMs = result.integer(row, LastSessionStart);
        prefix.secondLastSessionStartMs = result.isNull(row, SecondLastSessionStart)
                                              ? prefix.firstMs
                                              : result.integer(row, SecondLastSessionStart);
        prefix.value = result.number(row, Value).value_or(0);
        prefix.visits.assign(size_t(names.touchpointNames().size()), 0.0f);
        prefix.channelEvents.assign(size_t(names.channelNames().size()), 0.0f);
        addCounts(result.text(row, TouchpointIndices), result.text(row, TouchpointCounts),
                  prefix.visits);
        addCounts(result.text(row, ChannelIndices), result.text(row, ChannelCounts),
                  prefix.channelEvents);

        const qint64 observed = result.integer(row, Observed);
        features.appendRow(prefix, observed, out.rows.features);
        if (!result.isNull(row, Dropped))
            out.rows.labels.push_back(result.text(row, Dropped) == QLatin1String("t") ? 1.0f
                                                                                      : 0.0f);
        out.rows.persons.push_back(PersonIndex(row));
        out.rows.journeyStartMs.push_back(prefix.firstMs);
        out.rows.lastTouchpoints.push_back(prefix.lastTouchpoint);
        out.customers.append(result.text(row, Person));
        out.cuts.push_back(prefix.events);
        out.observedMs.push_back(observed);
    }
    return out;
}

} // namespace

WarehouseModelRows warehouseRowsForTraining(PgConnection& connection, const WarehouseSource& source,
                                            const EventLog& names, const WarehouseFilter& filter,
                                            JourneyScope scope, const Goal& goal, qint64 dataEndMs,
                                            const WarehouseTrainingRowsOptions& options,
                                            Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    QByteArray sql = "WITH " + query.eventsCte(filter, scope, true, true);
    sql += ", " + eventsWithOutcomes(query, names, goal, dataEndMs);
    const QByteArray window = query.windowOf(goal);
    const QByteArray end = query.bind(dataEndMs);
    const QByteArray seed = query.bind(QByteArray::number(options.seed));
    const auto draw = [&](const char* what) {
        return WarehouseQuery::uniformDraw("person || ':' || journey || ':" + QByteArray(what) +
                                           ":' || " + seed);
    };
    const QByteArray sampled =
        options.sampleShare >= 1 ? QByteArray()
                                 : " AND " + query.drawnCustomer(options.sampleShare, options.seed);
    sql +=
        // The journeys known to have converted or dropped off, and how many of their first
        // events saw them still in flight.
        ", t AS (SELECT *, CASE WHEN goal_at IS NOT NULL THEN goal_at - 1 ELSE in_window END "
        "AS in_flight FROM k WHERE (outcome = 'dropped' OR (outcome = 'converted' AND (" +
        window + " IS NULL OR first_ts + " + window + " <= " + end + ")))" + sampled +
        ")"
        // One cut each, looked at before the journey moved on: its next event (or its goal
        // event), else the close of its window or the end of the data.
        ", u AS (SELECT *, 1 + floor(" +
        draw("cut") +
        " * in_flight)::bigint AS cut FROM t WHERE in_flight >= 1)"
        ", c AS (SELECT *, outcome = 'dropped' AS dropped, CASE WHEN pos = cut THEN ts + floor(" +
        draw("look") +
        " * greatest(CASE WHEN goal_at IS NOT NULL OR cut < in_flight THEN next_ts ELSE "
        "coalesce(first_ts + " +
        window + ", " + end + ") END - ts, 0)::double precision)::bigint END AS observed FROM u)" +
        prefixCounts(query, names, options.maxJourneys + 1);
    const PgResult result = connection.query(sql, query.parameters(), feedback);
    if (result.rows() > options.maxJourneys) {
        throw Error(Text::tr("more than %L1 journeys to learn from: train on a random sample of "
                             "the customers (--sample 0.1 draws a tenth)")
                        .arg(options.maxJourneys));
    }
    return rowsOf(result, names);
}

WarehouseModelRows warehouseRowsInFlight(PgConnection& connection, const WarehouseSource& source,
                                         const EventLog& names, const WarehouseFilter& filter,
                                         JourneyScope scope, const Goal& goal, qint64 dataEndMs,
                                         Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    QByteArray sql = "WITH " + query.eventsCte(filter, scope, true, true);
    sql += ", " + eventsWithOutcomes(query, names, goal, dataEndMs);
    const QByteArray window = query.windowOf(goal);
    // Without a window a journey that did not convert is still in flight, unless the
    // customers table says how it ended.
    const QByteArray stillInFlight =
        goal.byAttribute() ? QByteArray("FALSE") : "outcome = 'dropped' AND " + window + " IS NULL";
    sql += ", c AS (SELECT *, events AS cut, NULL::boolean AS dropped, " + query.bind(dataEndMs) +
           " AS observed FROM k WHERE outcome = 'open' OR (" + stillInFlight + "))" +
           prefixCounts(query, names, std::numeric_limits<qint64>::max() - 1);
    return rowsOf(connection.query(sql, query.parameters(), feedback), names);
}

} // namespace journeyscope
