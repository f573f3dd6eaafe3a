#include "core/warehouse/warehouseconnect.h"

#include "core/base/error.h"
#include "core/journey/eventlog.h"
#include "core/store/dictionarylimits.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousequery.h"
#include "core/warehouse/warehousetotals.h"

#include <QCoreApplication>
#include <QFile>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseConnect)
};

// PostgreSQL's type numbers (pg_type.oid) of the time columns it can read.
constexpr unsigned Int2 = 21, Int4 = 23, Int8 = 20;
constexpr unsigned Date = 1082, Timestamp = 1114, TimestampTz = 1184;

/// Reads no row of \a what, so that a missing table or column is named by \a option.
unsigned probe(PgConnection& connection, const QByteArray& what, const QByteArray& table,
               const QString& option, Feedback* feedback)
{
    try {
        return connection.query("SELECT " + what + " FROM " + table + " LIMIT 0", {}, feedback)
            .type(0);
    } catch (const Canceled&) {
        throw;
    } catch (const Error& error) {
        throw Error(Location(option), error.message());
    }
}

/// The distinct non-empty texts of \a column, in order.
QStringList distinctNames(PgConnection& connection, const QByteArray& column,
                          const QByteArray& table, Feedback* feedback)
{
    const PgResult result = connection.query("SELECT DISTINCT NULLIF(" + column +
                                                 "::text, '') AS "
                                                 "name FROM " +
                                                 table + " ORDER BY name",
                                             {}, feedback);
    QStringList names;
    for (int row = 0; row < result.rows(); ++row) {
        if (!result.isNull(row, 0))
            names.append(result.text(row, 0));
    }
    return names;
}

/// The attribute columns of \a source's customers table (every column but the ids), in the
/// table's order. Throws Error naming the option at fault.
QStringList customerAttributeColumns(PgConnection& connection, const WarehouseSource& source,
                                     Feedback* feedback)
{
    const QByteArray table = quotedTableName(connection, source.customersTable);
    probe(connection, "1", table, QStringLiteral("--customers-table"), feedback);
    probe(connection, connection.quoteIdentifier(source.customersId), table,
          QStringLiteral("--customers-id"), feedback);
    const PgResult columns = connection.query("SELECT * FROM " + table + " LIMIT 0", {}, feedback);
    QStringList attributes;
    for (int column = 0; column < columns.columns(); ++column) {
        if (columns.columnName(column) != source.customersId)
            attributes.append(columns.columnName(column));
    }
    if (attributes.isEmpty()) {
        throw Error(Location(QStringLiteral("--customers-table")),
                    Text::tr("the table has no column besides the customer ids"));
    }
    return attributes;
}

/// The distinct touchpoints and channels of a warehouse table, in order.
struct TableNames
{
    QStringList touchpoints, channels;
};

/// Reads \a source's touchpoint and channel names; throws Error naming the option whose
/// column holds too many.
TableNames readTableNames(PgConnection& connection, const WarehouseSource& source,
                          Feedback* feedback)
{
    const WarehouseQuery query(connection, source);
    TableNames names;
    names.touchpoints =
        distinctNames(connection, query.column(source.event), query.table(), feedback);
    if (names.touchpoints.size() > MaxTouchpoints) {
        throw Error(Location(QStringLiteral("--event")),
                    Text::tr("the column holds more than %L1 different events; a journey map "
                             "needs fewer: name a column of touchpoints")
                        .arg(MaxTouchpoints));
    }
    if (!source.channel.isEmpty()) {
        names.channels =
            distinctNames(connection, query.column(source.channel), query.table(), feedback);
    }
    if (names.channels.size() > MaxChannels) {
        throw Error(Location(QStringLiteral("--channel")),
                    Text::tr("the column holds more than %L1 different channels").arg(MaxChannels));
    }
    return names;
}

WarehouseSummary summarise(PgConnection& connection, const WarehouseSource& source,
                           const TableNames& names, Feedback* feedback)
{
    const WarehouseTotals totals = countWarehouse(connection, source, feedback);
    WarehouseSummary summary;
    summary.server = connection.describe();
    summary.events = totals.events;
    summary.customers = totals.customers;
    summary.touchpoints = names.touchpoints.size();
    summary.channels = names.channels.size();
    summary.attributes = source.customerAttributes;
    return summary;
}

/// Adds to \a db the touchpoint and channel names it does not have yet.
void addNames(Database& db, const QStringList& touchpoints, const QStringList& channels)
{
    Statement touchpoint = db.prepare("INSERT OR IGNORE INTO touchpoints(name) VALUES (?)");
    for (const QString& name : touchpoints)
        touchpoint.bind(1, name).run();
    Statement channel = db.prepare("INSERT OR IGNORE INTO channels(name) VALUES (?)");
    for (const QString& name : channels)
        channel.bind(1, name).run();
}

} // namespace

WarehouseSummary connectWarehouse(const QString& projectPath, WarehouseSource source,
                                  Feedback* feedback)
{
    if (const std::optional<QString> problem = PgConnection::passwordProblem(source.connection))
        throw Error(Location(QStringLiteral("URI")), *problem);
    if (QFile::exists(projectPath))
        throw Error(Location(projectPath), Text::tr("already exists"));
    PgConnection connection(source.connection);
    WarehouseQuery query(connection, source);
    const QByteArray table = query.table();
    probe(connection, "1", table, QStringLiteral("--table"), feedback);
    probe(connection, query.column(source.customer), table, QStringLiteral("--customer"), feedback);
    probe(connection, query.column(source.event), table, QStringLiteral("--event"), feedback);
    const struct
    {
        const QString& column;
        const char* option;
    } optional[] = {
        {source.channel, "--channel"}, {source.value, "--value"}, {source.session, "--session"}};
    for (const auto& [column, option] : optional) {
        if (!column.isEmpty())
            probe(connection, query.column(column), table, QString::fromLatin1(option), feedback);
    }
    const unsigned timeType =
        probe(connection, query.column(source.time), table, QStringLiteral("--time"), feedback);
    if (timeType == Int2 || timeType == Int4 || timeType == Int8) {
        source.timeKind = WarehouseSource::TimeKind::EpochMillis;
    } else if (timeType == Date || timeType == Timestamp || timeType == TimestampTz) {
        source.timeKind = WarehouseSource::TimeKind::Timestamp;
    } else {
        throw Error(Location(QStringLiteral("--time")),
                    Text::tr("the column \"%1\" holds neither times (timestamp, timestamptz, "
                             "date) nor whole numbers (milliseconds since 1970)")
                        .arg(source.time));
    }
    if (!source.customersTable.isEmpty())
        source.customerAttributes = customerAttributeColumns(connection, source, feedback);

    const TableNames found = readTableNames(connection, source, feedback);
    const WarehouseSummary summary = summarise(connection, source, found, feedback);

    // The project: pseudonyms play no part, since no customer key is ever stored.
    ProjectOptions options;
    options.pseudonymise = false;
    std::unique_ptr<Project> project = Project::create(projectPath, options);
    try {
        Database& db = project->database();
        Transaction transaction(db);
        source.write(db);
        addNames(db, found.touchpoints, found.channels);
        transaction.commit();
    } catch (const Error&) {
        project.reset();
        QFile::remove(projectPath);
        throw;
    }
    return summary;
}

WarehouseSummary refreshWarehouse(const QString& projectPath, const QString& password,
                                  Feedback* feedback)
{
    std::unique_ptr<Project> project = Project::open(projectPath, Project::Access::ReadWrite);
    Database& db = project->database();
    std::optional<WarehouseSource> source = WarehouseSource::read(db);
    if (!source) {
        throw Error(Location(projectPath),
                    Text::tr("its events were imported; only a project connected to a "
                             "warehouse is refreshed"));
    }
    PgConnection connection(source->connection, password);
    if (!source->customersTable.isEmpty())
        source->customerAttributes = customerAttributeColumns(connection, *source, feedback);
    const TableNames found = readTableNames(connection, *source, feedback);
    WarehouseSummary summary = summarise(connection, *source, found, feedback);
    const EventLog known = EventLog::loadNames(db);
    for (const QString& name : found.touchpoints) {
        if (known.touchpointIndex(name) < 0)
            summary.newTouchpoints.append(name);
    }
    for (const QString& name : found.channels) {
        if (known.channelIndex(name) < 0)
            summary.newChannels.append(name);
    }
    if (known.touchpointNames().size() + summary.newTouchpoints.size() > MaxTouchpoints) {
        throw Error(
            Location(QStringLiteral("--event")),
            Text::tr("the project would know more than %L1 different events").arg(MaxTouchpoints));
    }
    Transaction transaction(db);
    source->write(db);
    addNames(db, summary.newTouchpoints, summary.newChannels);
    transaction.commit();
    return summary;
}

} // namespace journeyscope
