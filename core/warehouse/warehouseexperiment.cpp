#include "core/warehouse/warehouseexperiment.h"

#include "core/warehouse/pgconnection.h"

namespace journeyscope {

ExperimentReadout countWarehouseExperiment(PgConnection& connection, const WarehouseSource& source,
                                           const QStringList& names, const WarehouseFilter& filter,
                                           const Goal& goal, const QString& assignment,
                                           const QString& control, Feedback* feedback)
{
    const qint64 dataEndMs = lastEventMs(connection, source, feedback);
    WarehouseQuery query(connection, source);
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, JourneyScope::Customer) + ", " +
        query.eventsWithOutcomesCte(goal, names, dataEndMs) +
        " SELECT coalesce(label, ''), count(*) FILTER (WHERE outcome = 'converted'), count(*) "
        "FILTER (WHERE outcome = 'dropped'), count(*) FILTER (WHERE outcome = 'open') FROM k "
        "LEFT JOIN " +
        query.customerLabels(assignment) + " AS l USING (person) WHERE pos = 1 GROUP BY 1";
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    ExperimentCounts counts;
    for (int row = 0; row < result.rows(); ++row) {
        const QString name = result.text(row, 0);
        const qint64 converted = result.integer(row, 1);
        const qint64 dropped = result.integer(row, 2);
        const qint64 open = result.integer(row, 3);
        if (name.isEmpty()) {
            counts.unassigned = converted + dropped + open;
            continue;
        }
        ExperimentGroup& group = counts.groups[name];
        group.name = name;
        group.customers = converted + dropped;
        group.converted = converted;
        group.open = open;
    }
    return presentExperiment(std::move(counts), control);
}

} // namespace journeyscope
