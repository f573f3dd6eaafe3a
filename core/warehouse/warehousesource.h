#pragma once

#include "core/journey/goal.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace journeyscope {

class Database;

/**
 * Where a warehouse project's events live: a table of a PostgreSQL-compatible database
 * and the columns that hold each part of an event. Kept in the project's meta table; the
 * connection string never holds a password (libpq finds it in PGPASSWORD or ~/.pgpass).
 */
struct WarehouseSource
{
    /// How the time column counts.
    enum class TimeKind {
        Timestamp,   ///< timestamp, timestamptz or date (timestamps without zone are UTC)
        EpochMillis, ///< an integer: milliseconds since 1970-01-01 UTC
    };

    QString connection; ///< libpq URI or key=value string
    QString table;      ///< "table" or "schema.table"
    QString customer;
    QString time;
    QString event;
    QString channel; ///< empty: none
    QString value;   ///< empty: none
    QString session; ///< empty: sessions are cut by sessionGapMs
    TimeKind timeKind = TimeKind::Timestamp;
    qint64 sessionGapMs = 30 * 60 * 1000;
    /// A table of customers beside the events (empty: none): its column customersId holds
    /// the ids of the customer column, and each of customerAttributes is an attribute.
    QString customersTable;
    QString customersId;
    QStringList customerAttributes; ///< as connecting found them, in the table's order

    /// Throws Error naming \a attribute and the known ones when the customers table has no
    /// such column (or there is no customers table).
    void requireAttribute(const QString& attribute) const;

    /// The source of the project in \a db, or nullopt for a project of imported events.
    static std::optional<WarehouseSource> read(const Database& db);
    void write(Database& db) const;
};

/**
 * \a goal on a warehouse project of \a source: touchpoints by \a names' indices, or an
 * attribute of its customers table, which a query looks up. Throws Error naming the
 * attribute when the table has no such column.
 */
Goal resolveWarehouseGoal(const ProjectGoal& goal, const EventLog& names,
                          const WarehouseSource& source);

} // namespace journeyscope
