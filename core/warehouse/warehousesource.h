#pragma once

#include <optional>
#include <QString>

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

    /// The source of the project in \a db, or nullopt for a project of imported events.
    static std::optional<WarehouseSource> read(const Database& db);
    void write(Database& db) const;
};

} // namespace journeyscope
