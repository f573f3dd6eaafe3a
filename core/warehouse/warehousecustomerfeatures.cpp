#include "core/warehouse/warehousecustomerfeatures.h"

#include "core/journey/goal.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <algorithm>

namespace journeyscope {

namespace {

/// The columns the query returns, in order.
enum Column {
    Person,
    Events,
    LastTs,
    Sessions,
    Value,
    Stage,
    FirstTs,
    GoalTs,
    OutcomeName,
    LastTouchpoint,
    Opening,
    ChannelCounts,
    Unknown,
};

Outcome outcomeOf(const QString& name)
{
    if (name == QLatin1String("converted"))
        return Outcome::Converted;
    return name == QLatin1String("dropped") ? Outcome::DroppedOff : Outcome::Open;
}

} // namespace

WarehouseCustomerFeatures countWarehouseCustomerFeatures(PgConnection& connection,
                                                         const WarehouseSource& source,
                                                         const EventLog& names,
                                                         const WarehouseFilter& filter,
                                                         const Goal& goal, Feedback* feedback)
{
    qint64 dataEndMs = lastEventMs(connection, source, feedback);
    if (filter.toMs)
        dataEndMs = std::min(dataEndMs, *filter.toMs);

    const QStringList& touchpoints = names.touchpointNames();
    std::vector<qint32> stageOf;
    for (qsizetype t = 0; t < touchpoints.size(); ++t) {
        stageOf.push_back(
            size_t(t) < names.touchpointStages().size() ? names.touchpointStages()[size_t(t)] : -1);
    }
    WarehouseQuery query(connection, source);
    QByteArray sql = "WITH " + query.eventsCte(filter, JourneyScope::Customer, true, true);
    const QByteArray touchpointArray = query.bindNames(touchpoints);
    const QByteArray stages = query.bindIntegers(stageOf);
    // Each event's touchpoint index (NULL for a name the project does not know), its place,
    // its journey's first time, whether it is the last and whether it starts a run of its
    // touchpoint; then the number of that run.
    sql += ", n AS (SELECT *, array_position(" + touchpointArray +
           ", event) - 1 AS tp, row_number() OVER w AS pos, min(ts) OVER (PARTITION BY person) "
           "AS first_ts, lead(1) OVER w IS NULL AS last, event IS DISTINCT FROM lag(event) OVER "
           "w AS starts_run FROM ev WINDOW w AS (PARTITION BY person " +
           WarehouseQuery::journeyOrder() +
           "))"
           ", r AS (SELECT *, count(*) FILTER (WHERE starts_run) OVER (PARTITION BY person "
           "ORDER BY pos) AS run FROM n)";
    QByteArray channelCounts = "ARRAY[count(*) FILTER (WHERE channel IS NULL)";
    for (qsizetype c = 1; c < names.channelNames().size(); ++c) {
        channelCounts +=
            ", count(*) FILTER (WHERE channel = " + query.bind(names.channelNames()[c].toUtf8()) +
            "::text)";
    }
    channelCounts += "]";
    const QByteArray goalTs = "min(ts) FILTER (WHERE " + query.isGoalEvent(goal, touchpoints) + ")";
    sql += " SELECT person, count(*), max(ts), count(DISTINCT session), coalesce(sum(value), 0), "
           "coalesce(max((" +
           stages + ")[tp + 1]), -1), min(first_ts), " + goalTs + ", " +
           query.outcome(goalTs, "min(first_ts)", goal, dataEndMs) +
           ", max(tp) FILTER (WHERE last), array_agg(tp ORDER BY pos) FILTER (WHERE starts_run "
           "AND run <= " +
           QByteArray::number(OpeningPath::MaxSteps) + "), " + channelCounts +
           ", count(*) FILTER (WHERE tp IS NULL OR NOT (channel IS NULL OR channel = ANY(" +
           query.bindNames(names.channelNames().mid(1)) +
           "))) FROM r GROUP BY person ORDER BY person";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    WarehouseCustomerFeatures out;
    CustomerFeatures& features = out.features;
    features.dataEndMs = dataEndMs;
    features.channelNames = names.channelNames();
    features.touchpointNames = touchpoints;
    features.channelEvents.resize(size_t(names.channelNames().size()));
    constexpr double MsPerDay = 24.0 * 3600.0 * 1000.0;
    qint64 unknown = 0;
    for (int row = 0; row < result.rows(); ++row) {
        unknown += result.integer(row, Unknown);
        out.customers.append(result.text(row, Person));
        features.persons.push_back(PersonIndex(row));
        features.recencyDays.push_back(double(dataEndMs - result.integer(row, LastTs)) / MsPerDay);
        features.frequency.push_back(quint32(result.integer(row, Sessions)));
        features.monetary.push_back(result.number(row, Value).value_or(0));
        features.journeyLength.push_back(quint32(result.integer(row, Events)));
        features.stageReached.push_back(qint16(result.integer(row, Stage)));
        features.secondsToConvert.push_back(
            result.isNull(row, GoalTs)
                ? EventLog::NoValue
                : double(result.integer(row, GoalTs) - result.integer(row, FirstTs)) / 1000.0);
        features.outcomes.push_back(outcomeOf(result.text(row, OutcomeName)));
        features.lastTouchpoints.push_back(quint16(result.integer(row, LastTouchpoint)));
        OpeningPath opening;
        for (const qint64 touchpoint : integersOfArray(result.text(row, Opening)))
            opening.add(quint16(touchpoint));
        features.openingPaths.push_back(opening);
        const std::vector<qint64> counts = integersOfArray(result.text(row, ChannelCounts));
        for (size_t c = 0; c < features.channelEvents.size(); ++c)
            features.channelEvents[c].push_back(quint32(c < counts.size() ? counts[c] : 0));
    }
    TouchpointLookup::requireNoUnknown(unknown);
    return out;
}

} // namespace journeyscope
