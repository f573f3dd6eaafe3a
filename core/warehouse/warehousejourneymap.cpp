#include "core/warehouse/warehousejourneymap.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace journeyscope {

namespace {

constexpr double MsPerDay = 24.0 * 3600 * 1000;

} // namespace

JourneyMapCounts countWarehouseJourneyMap(PgConnection& connection, const WarehouseSource& source,
                                          const EventLog& names, const WarehouseFilter& filter,
                                          const Goal& goal, qint64 dataEndMs,
                                          const QString& emotionAttribute, Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QStringList& touchpoints = names.touchpointNames();
    const auto stageCount = qint32(names.stageNames().size());
    std::vector<qint32> columnOf; // a stage's index, or stageCount for none
    for (const qint16 stage : names.touchpointStages())
        columnOf.push_back(stage >= 0 ? stage : stageCount);
    const QByteArray journey = "PARTITION BY person, journey";
    // The emotion of each journey that reached a column: its customer's value, where it is
    // a number (as QString::toDouble() reads one).
    const QByteArray emotion =
        emotionAttribute.isEmpty()
            ? QByteArray()
            : " UNION ALL SELECT 'emotion', col::text, NULL, count(v), 0, 0, 0, sum(v) FROM "
              "(SELECT col, CASE WHEN btrim(label) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?"
              "[0-9]+)?$' THEN btrim(label)::double precision END AS v FROM jc JOIN " +
                  query.customerLabels(emotionAttribute) +
                  " AS l USING (person)) AS x GROUP BY col";
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, JourneyScope::Customer) + ", e AS (SELECT *, (" +
        query.bindIntegers(columnOf) + ")[array_position(" + query.bindNames(touchpoints) +
        ", event)] AS col FROM ev)"
        ", n AS (SELECT *, row_number() OVER w AS pos, min(ts) OVER j AS first_ts, lag(col) "
        "OVER w AS prev_col, lag(event) OVER w AS prev_event FROM e WINDOW j AS (" +
        journey + "), w AS (" + journey + " " + WarehouseQuery::journeyOrder() +
        "))"
        // Each journey's outcome, and its visits: a new one where the column changes.
        ", m AS (SELECT *, " +
        query.goalAt(goal, touchpoints) + " OVER (" + journey +
        ") AS goal_at, sum(CASE WHEN prev_col IS DISTINCT FROM col THEN 1 ELSE 0 END) OVER (" +
        journey +
        " ORDER BY pos) AS visit FROM n)"
        ", k AS (SELECT *, " +
        query.outcome("goal_at", "first_ts", goal, dataEndMs) + " AS outcome, min(visit) OVER (" +
        journey +
        ", col) AS first_visit FROM m)"
        // Per journey and column: the time from its first to its last event there, and the
        // steps of its first visit, a touchpoint repeated at once counted once.
        ", jc AS (SELECT person, col, max(outcome) AS outcome, max(ts) - min(ts) AS span, "
        "(array_agg(event ORDER BY pos) FILTER (WHERE visit = first_visit AND (prev_col IS "
        "DISTINCT FROM col OR event <> prev_event)))[1:" +
        QByteArray::number(MapAction::MaxSteps + 1) +
        "] AS steps FROM k WHERE col IS NOT NULL GROUP BY person, journey, col)"
        " SELECT 'events', event, channel, count(*), 0, 0, 0, NULL::double precision FROM k GROUP "
        "BY event, channel"
        " UNION ALL SELECT 'journeys', event, NULL, count(DISTINCT (person, journey)), 0, 0, 0, "
        "NULL FROM k GROUP BY event"
        " UNION ALL SELECT 'column', col::text, NULL, count(*), count(*) FILTER (WHERE outcome "
        "<> 'open'), count(*) FILTER (WHERE outcome = 'converted'), percentile_disc(0.5) WITHIN "
        "GROUP (ORDER BY span), NULL FROM jc GROUP BY col"
        " UNION ALL SELECT 'action', col::text, array_to_json(steps)::text, count(*), 0, 0, 0, "
        "NULL FROM jc GROUP BY col, steps"
        " UNION ALL SELECT 'all', NULL, NULL, count(DISTINCT (person, journey)), count(DISTINCT "
        "(person, journey)) FILTER (WHERE outcome = 'converted'), count(*) FILTER (WHERE col IS "
        "NULL), 0, NULL FROM k" +
        emotion;
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(touchpoints);
    JourneyMapCounts counts(names);
    const auto channels = size_t(names.channelNames().size());
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        const qint64 count = result.integer(row, 3);
        if (kind == QLatin1String("all")) {
            TouchpointLookup::requireNoUnknown(result.integer(row, 5));
            counts.journeys = count;
            counts.converted = result.integer(row, 4);
        } else if (kind == QLatin1String("events")) {
            const quint16 touchpoint = lookup.indexOf(result.text(row, 1));
            const int channel = result.isNull(row, 2) ? 0 : names.channelIndex(result.text(row, 2));
            if (channel < 0)
                TouchpointLookup::requireNoUnknown(count);
            counts.touchpointEvents[touchpoint] += count;
            counts.channelEvents[touchpoint * channels + size_t(channel)] += count;
        } else if (kind == QLatin1String("journeys")) {
            counts.touchpointJourneys[lookup.indexOf(result.text(row, 1))] = count;
        } else if (kind == QLatin1String("column")) {
            const auto column = size_t(result.text(row, 1).toInt());
            counts.stageJourneys[column] = count;
            counts.stageKnown[column] = result.integer(row, 4);
            counts.stageConverted[column] = result.integer(row, 5);
            counts.medianDaysInStage[column] = double(result.integer(row, 6)) / MsPerDay;
        } else if (kind == QLatin1String("emotion")) {
            if (count > 0) {
                counts.emotion[size_t(result.text(row, 1).toInt())] =
                    *result.number(row, 7) / double(count);
            }
        } else if (kind == QLatin1String("action")) {
            ActionKey steps;
            const QJsonArray names = QJsonDocument::fromJson(result.text(row, 2).toUtf8()).array();
            for (const QJsonValue& name : names)
                steps.push_back(lookup.indexOf(name.toString()));
            counts.actions[size_t(result.text(row, 1).toInt())].push_back({steps, count});
        }
    }
    return counts;
}

} // namespace journeyscope
