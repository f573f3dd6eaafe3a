#include "core/warehouse/warehousequery.h"

#include "core/journey/goal.h"
#include "core/warehouse/pgconnection.h"

namespace journeyscope {

QByteArray arrayLiteral(const QStringList& names)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        for (const char c : names[i].toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + '}';
}

std::vector<qint64> integersOfArray(const QString& array)
{
    std::vector<qint64> values;
    const QStringView inner = QStringView(array).mid(1, array.size() - 2);
    for (const QStringView item : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.push_back(item == QLatin1String("NULL") ? -1 : item.toLongLong());
    return values;
}

QByteArray quotedTableName(const PgConnection& connection, const QString& name)
{
    QByteArray quoted;
    for (const QString& part : name.split(QLatin1Char('.'))) {
        if (!quoted.isEmpty())
            quoted += '.';
        quoted += connection.quoteIdentifier(part);
    }
    return quoted;
}

qint64 lastEventMs(PgConnection& connection, const WarehouseSource& source, Feedback* feedback)
{
    const WarehouseQuery query(connection, source);
    return connection
        .query("SELECT max(" + query.timeMillis() + ") FROM " + query.table(), {}, feedback)
        .integer(0, 0);
}

WarehouseQuery::WarehouseQuery(const PgConnection& connection, const WarehouseSource& source)
    : m_connection(connection)
    , m_source(source)
    , m_table(quotedTableName(connection, source.table))
{}

QByteArray WarehouseQuery::bind(const QByteArray& value)
{
    m_parameters.append(value);
    return '$' + QByteArray::number(m_parameters.size());
}

QByteArray WarehouseQuery::bind(qint64 value)
{
    return bind(QByteArray::number(value)) + "::bigint";
}

QByteArray WarehouseQuery::bindNames(const QStringList& names)
{
    return bind(arrayLiteral(names)) + "::text[]";
}

QByteArray WarehouseQuery::bindIntegers(const std::vector<qint32>& values)
{
    QByteArray literal = "{";
    for (size_t i = 0; i < values.size(); ++i)
        literal += (i > 0 ? "," : "") + QByteArray::number(values[i]);
    return bind(literal + '}') + "::int[]";
}

QByteArray WarehouseQuery::goalAt(const Goal& goal, const QStringList& touchpoints)
{
    return "min(pos) FILTER (WHERE " + isGoalEvent(goal, touchpoints) + ")";
}

QByteArray WarehouseQuery::isGoalEvent(const Goal& goal, const QStringList& touchpoints)
{
    if (goal.byAttribute())
        return "FALSE"; // the customer's attribute decides; no event is the goal
    QStringList goalNames;
    for (const quint16 touchpoint : goal.touchpoints)
        goalNames.append(touchpoints.value(touchpoint));
    const QByteArray window = windowOf(goal);
    return "event = ANY(" + bindNames(goalNames) + ") AND (" + window +
           " IS NULL OR ts - first_ts <= " + window + ")";
}

QByteArray WarehouseQuery::outcome(const QByteArray& goalAt, const QByteArray& firstTs,
                                   const Goal& goal, qint64 dataEndMs)
{
    if (goal.byAttribute()) {
        // As Goal::fromOutcomeLabels(): one of the values converted, another dropped off,
        // none open. "IN (subquery)" runs as one hashed lookup, not once per row.
        return "CASE WHEN " + hasAttributeValue(goal.outcomeAttribute, goal.convertedValues) +
               " THEN 'converted' WHEN person IN (SELECT person FROM " +
               customerLabels(goal.outcomeAttribute) +
               " AS l WHERE label <> '') THEN 'dropped' ELSE 'open' END";
    }
    // Converted when a goal event lies within the window from the journey's first event;
    // dropped off when not and the window closed before the end of the data; else open.
    const QByteArray window = windowOf(goal);
    return "CASE WHEN " + goalAt + " IS NOT NULL THEN 'converted' WHEN " + window + " IS NULL OR " +
           firstTs + " + " + window + " <= " + bind(dataEndMs) + " THEN 'dropped' ELSE 'open' END";
}

QByteArray WarehouseQuery::customerLabels(const QString& attribute)
{
    m_source.requireAttribute(attribute);
    const QByteArray id = column(m_source.customersId);
    // One label per customer, as a user reads it (true or false, numbers as the server
    // prints them, text as is; "" for none); of several rows of one id, one with a label.
    return "(SELECT DISTINCT ON (person) person, label FROM (SELECT " + id +
           "::text COLLATE \"C\" AS person, coalesce(" + column(attribute) +
           "::text, '') AS label FROM " + quotedTableName(m_connection, m_source.customersTable) +
           " WHERE " + id + " IS NOT NULL) AS c ORDER BY person, label = '', label)";
}

QByteArray WarehouseQuery::hasAttributeValue(const QString& attribute, const QStringList& values)
{
    return "person IN (SELECT person FROM " + customerLabels(attribute) +
           " AS l WHERE lower(label) = ANY(" + bindLowered(values) + "))";
}

QByteArray WarehouseQuery::bindLowered(const QStringList& values)
{
    QStringList lowered;
    for (const QString& value : values)
        lowered.append(value.toLower());
    return bindNames(lowered);
}

QByteArray WarehouseQuery::uniformDraw(const QByteArray& key)
{
    return "(('x' || substr(md5(" + key +
           "), 1, 13))::bit(52)::bigint::double precision / 4503599627370496.0)";
}

QByteArray WarehouseQuery::drawnCustomer(double share, quint64 seed)
{
    return uniformDraw("person || ':sample:' || " + bind(QByteArray::number(seed))) + " < " +
           bind(QByteArray::number(share, 'g', 17)) + "::double precision";
}

QByteArray WarehouseQuery::windowOf(const Goal& goal)
{
    return goal.windowMs ? bind(*goal.windowMs) : QByteArray("NULL::bigint");
}

QByteArray WarehouseQuery::outcomesCte(const QByteArray& numberedEvents, const Goal& goal,
                                       const QStringList& touchpoints, qint64 dataEndMs)
{
    return "o AS (SELECT person, journey, goal_at, " +
           outcome("goal_at", "first_ts", goal, dataEndMs) +
           " AS outcome FROM (SELECT person, journey, min(first_ts) AS first_ts, " +
           goalAt(goal, touchpoints) + " AS goal_at FROM " + numberedEvents +
           " AS numbered GROUP BY person, journey) AS g)";
}

QByteArray WarehouseQuery::eventsWithOutcomesCte(const Goal& goal, const QStringList& touchpoints,
                                                 qint64 dataEndMs)
{
    const QByteArray journey = "PARTITION BY person, journey";
    return "n AS (SELECT *, row_number() OVER (" + journey + " " + journeyOrder() +
           ") AS pos, min(ts) OVER (" + journey + ") AS first_ts FROM ev), g AS (SELECT *, " +
           goalAt(goal, touchpoints) + " OVER (" + journey +
           ") AS goal_at FROM n), k AS (SELECT *, " +
           outcome("goal_at", "first_ts", goal, dataEndMs) + " AS outcome FROM g)";
}

QByteArray WarehouseQuery::column(const QString& name) const
{
    return m_connection.quoteIdentifier(name);
}

QByteArray WarehouseQuery::timeMillis() const
{
    const QByteArray time = column(m_source.time);
    if (m_source.timeKind == WarehouseSource::TimeKind::EpochMillis)
        return time + "::bigint";
    // extract() gives exact numeric seconds; a timestamp without zone counts as UTC.
    return "(extract(epoch FROM " + time + ") * 1000)::bigint";
}

QByteArray WarehouseQuery::eventsCte(const WarehouseFilter& filter, JourneyScope scope,
                                     bool withSessions, bool withValues)
{
    const bool sessions = withSessions || scope == JourneyScope::Session;
    const QByteArray customer = column(m_source.customer);
    const QByteArray channel = m_source.channel.isEmpty()
                                   ? QByteArray("NULL::text")
                                   : "NULLIF(" + column(m_source.channel) + "::text, '')";
    // Texts compared byte by byte (COLLATE "C"): the sorts that window functions and
    // distinct counts need run several times faster than under a language's collation,
    // and events at the same time are ordered by name in code point order.
    QByteArray rows = "SELECT " + customer + "::text COLLATE \"C\" AS person, " + timeMillis() +
                      " AS ts, " + column(m_source.event) + "::text COLLATE \"C\" AS event, " +
                      channel + " AS channel";
    if (sessions && !m_source.session.isEmpty())
        rows += ", " + column(m_source.session) + "::text COLLATE \"C\" AS session";
    if (withValues) {
        rows += ", " + (m_source.value.isEmpty() ? QByteArray("NULL") : column(m_source.value)) +
                "::double precision AS value";
    }
    rows += " FROM " + m_table + " WHERE " + customer + " IS NOT NULL AND " +
            column(m_source.time) + " IS NOT NULL AND " + column(m_source.event) + " IS NOT NULL";

    QByteArray prefix;
    QByteArray from = "(" + rows + ")";
    if (sessions && m_source.session.isEmpty()) {
        // Sessions are cut over all of a customer's events, before any filter, as an
        // import cuts them: a gap longer than the session gap starts a new one.
        const QByteArray gap = bind(m_source.sessionGapMs);
        prefix = "cut AS (SELECT *, CASE WHEN ts - lag(ts) OVER (PARTITION BY person " +
                 journeyOrder() + ") <= " + gap + " THEN 0 ELSE 1 END AS new_session FROM (" +
                 rows + ") AS raw), ";
        from = "(SELECT person, ts, event, channel" +
               (withValues ? QByteArray(", value") : QByteArray()) +
               ", (sum(new_session) OVER (PARTITION BY person " + journeyOrder() +
               " ROWS UNBOUNDED PRECEDING))::text AS session FROM cut)";
    }
    QByteArray kept = "TRUE";
    if (filter.fromMs)
        kept += " AND ts >= " + bind(*filter.fromMs);
    if (filter.toMs)
        kept += " AND ts < " + bind(*filter.toMs);
    if (!filter.channels.isEmpty())
        kept += " AND channel = ANY(" + bindNames(filter.channels) + ")";
    if (filter.customers)
        kept += " AND person = ANY(" + bindNames(*filter.customers) + ")";
    for (const auto& [attribute, values] : filter.attributeValues)
        kept += " AND " + hasAttributeValue(attribute, values);
    for (const QStringList& events : filter.visitedEvents) {
        kept += " AND person IN (SELECT " + customer + "::text COLLATE \"C\" FROM " + m_table +
                " WHERE " + column(m_source.event) + "::text = ANY(" + bindNames(events) + "))";
    }
    const QByteArray journey = scope == JourneyScope::Session ? "session" : "''::text";
    return prefix + "ev AS (SELECT person, " + journey + " AS journey, ts, event, channel" +
           (sessions ? QByteArray(", session") : QByteArray()) +
           (withValues ? QByteArray(", value") : QByteArray()) + " FROM " + from +
           " AS raw WHERE " + kept + ")";
}

} // namespace journeyscope
