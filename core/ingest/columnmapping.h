#pragma once

#include "core/ingest/timestampparser.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace journeyscope {

/// What a column of an input file means.
enum class ColumnRole {
    Attribute, ///< kept with each event as it is
    Ignore,    ///< dropped
    Customer,
    Time,
    Event,
    Channel,
    Value,
    Session,
    Device,
    Email,     ///< personal data: pseudonymised, kept as an identity of the customer
    Phone,     ///< personal data: pseudonymised, kept as an identity of the customer
    Name,      ///< personal data: pseudonymised, kept as an identity of the customer
    IpAddress, ///< personal data: pseudonymised, kept with each event
};

/// "customer", "time", "email", ... as used in mapping files and messages.
QString roleName(ColumnRole role);
/// roleName() as a static C string, for binding without a copy.
const char* roleKey(ColumnRole role);
std::optional<ColumnRole> roleFromName(QStringView name);
/// Email, phone, name and IP address columns.
bool isPersonalData(ColumnRole role);
/// Roles that at most one column may have (customer, time, event, ...).
bool isSingleColumnRole(ColumnRole role);

/**
 * How one file's columns map to roles, and how its times are written. Detected from the
 * file, changed by the user through options or a mapping file, saved with the import so
 * the same export can be read the same way again.
 */
struct ColumnMapping
{
    QStringList header;         ///< column names as in the file
    QList<ColumnRole> roles;    ///< one per column
    QStringList reasons;        ///< one per column: why it got its role
    TimestampFormat timeFormat; ///< of the time column
    char delimiter = ',';

    /// The first column with \a role, or -1.
    int column(ColumnRole role) const;
    /// Index of the column named \a nameOrNumber (case-insensitive name, or 1-based number
    /// written as "#3"), or -1.
    int findColumn(QStringView nameOrNumber) const;

    /**
     * The mapping file format:
     * {"format":"csv","delimiter":",","time_format":"iso",
     *  "columns":{"user_id":"customer","ts":"time","email":"email","junk":"ignore"}}
     */
    QJsonObject toJson() const;
};

/// A user's choices that override detection, from a mapping file and command line options.
struct MappingOverrides
{
    struct Column
    {
        QString column; ///< name, or "#number" (1-based)
        ColumnRole role;
        QString origin; ///< where it was said, for messages: "--customer", "map.json"
    };
    /// In the order given; later entries win.
    QList<Column> columns;
    std::optional<TimestampFormat> timeFormat;
    char delimiter = 0; ///< 0: sniff

    /// Reads a mapping file written by ColumnMapping::toJson(). Throws Error naming the
    /// file and the field that is wrong.
    static MappingOverrides fromFile(const QString& path);
    /// Adds \a other's entries after this one's, so they win.
    void append(const MappingOverrides& other);
};

} // namespace journeyscope
