#include "core/warehouse/warehouseattribution.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace journeyscope {

AttributionReport countWarehouseAttribution(PgConnection& connection, const WarehouseSource& source,
                                            const EventLog& names, const WarehouseFilter& filter,
                                            JourneyScope scope, const Goal& goal,
                                            const AttributionOptions& options, Feedback* feedback)
{
    const qint64 dataEndMs =
        options.dataEndMs ? *options.dataEndMs : lastEventMs(connection, source, feedback);
    const bool byChannel = options.level == AttributionLevel::Channel;
    const QStringList& touches = byChannel ? names.channelNames() : names.touchpointNames();
    WarehouseQuery query(connection, source);
    QStringList goalNames;
    for (const quint16 touchpoint : goal.touchpoints)
        goalNames.append(names.touchpointNames().value(touchpoint));
    const QByteArray touch = byChannel ? "channel" : "event";
    const QByteArray counts = byChannel ? QByteArray("channel IS NOT NULL")
                                        : "NOT event = ANY(" + query.bindNames(goalNames) + ")";
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, scope) + ", " +
        query.eventsWithOutcomesCte(goal, names.touchpointNames(), dataEndMs) +
        // Each closed journey's touches before its first goal event.
        ", p AS (SELECT outcome, array_agg(" + touch +
        " ORDER BY pos) FILTER (WHERE (goal_at IS NULL OR pos < goal_at) AND " + counts +
        ") AS path FROM k WHERE outcome <> 'open' GROUP BY person, journey, outcome)"
        " SELECT array_to_json(path)::text, count(*), count(*) FILTER (WHERE outcome = "
        "'converted') FROM p WHERE path IS NOT NULL GROUP BY path";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    const TouchpointLookup lookup(touches);
    AttributionPaths paths;
    for (int row = 0; row < result.rows(); ++row) {
        std::vector<int> path;
        for (const QJsonValue& name : QJsonDocument::fromJson(result.text(row, 0).toUtf8()).array())
            path.push_back(lookup.indexOf(name.toString()));
        auto& [journeys, converted] = paths.paths[path];
        journeys += result.integer(row, 1);
        converted += result.integer(row, 2);
    }
    return presentAttribution(touches, paths, options);
}

} // namespace journeyscope
