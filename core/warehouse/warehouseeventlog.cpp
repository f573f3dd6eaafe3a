#include "core/warehouse/warehouseeventlog.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <QCoreApplication>
#include <QHash>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseEventLog)
};

} // namespace

EventLog loadWarehouseEvents(PgConnection& connection, const WarehouseSource& source,
                             const EventLog& names, const WarehouseFilter& filter,
                             const WarehouseEventsOptions& options, Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QByteArray sampled = options.sampleShare >= 1
                                   ? QByteArray("TRUE")
                                   : query.drawnCustomer(options.sampleShare, options.seed);
    // Sessions numbered densely, each person's in the order they begin.
    const QByteArray sql =
        "WITH " + query.eventsCte(filter, JourneyScope::Customer, true, true) +
        ", s AS (SELECT *, min(ts) OVER (PARTITION BY person, session) AS session_start FROM ev "
        "WHERE " +
        sampled +
        ") SELECT person, ts, event, channel, value, dense_rank() OVER (ORDER BY person, "
        "session_start, session) FROM s ORDER BY person, ts, event LIMIT " + // journeyOrder()
        query.bind(options.maxEvents + 1);
    const PgResult result = connection.query(sql, query.parameters(), feedback);
    if (result.rows() > options.maxEvents) {
        throw Error(Text::tr("more than %L1 events to learn from: narrow the dates or the "
                             "customers (train --sample 0.1 draws a tenth of them)")
                        .arg(options.maxEvents));
    }
    const TouchpointLookup lookup(names.touchpointNames());
    EventLog::Builder builder(names, source.sessionGapMs);
    for (int row = 0; row < result.rows(); ++row) {
        const QString event = result.text(row, 2);
        lookup.indexOf(event); // refuses a name the project does not know
        builder.add(result.text(row, 0), result.integer(row, 1), event, result.text(row, 3),
                    result.number(row, 4).value_or(EventLog::NoValue), result.integer(row, 5));
    }
    EventLog log = std::move(builder).build();
    if (log.channelNames().size() > names.channelNames().size()) {
        throw Error(Text::tr("the table holds the channel \"%1\", which the project does not "
                             "know: refresh the project (connect PROJECT --refresh) to take it in")
                        .arg(log.channelNames().constLast()));
    }
    return log;
}

std::vector<QString> warehouseCustomerAttribute(PgConnection& connection,
                                                const WarehouseSource& source, const EventLog& log,
                                                const QString& attribute, Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const PgResult result =
        connection.query("SELECT person, label FROM " + query.customerLabels(attribute) +
                             " AS l WHERE person = ANY(" + query.bindNames(log.personKeys()) + ")",
                         query.parameters(), feedback);
    QHash<QString, QString> labelOf;
    for (int row = 0; row < result.rows(); ++row)
        labelOf.insert(result.text(row, 0), result.text(row, 1));
    std::vector<QString> labels;
    for (const QString& key : log.personKeys())
        labels.push_back(labelOf.value(key));
    return labels;
}

} // namespace journeyscope
