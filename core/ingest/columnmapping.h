#pragma once

#include "core/ingest/recordsource.h"
#include "core/ingest/timestampparser.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace journeyscope {

/// What an import makes of a file's rows.
enum class ImportKind {
    Events,        ///< each row is an event (or, in activity tables, one per date column)
    CustomerTable, ///< each row describes a customer: attributes, identities, consent
};

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
    Email,      ///< personal data: pseudonymised, kept as an identity of the customer
    Phone,      ///< personal data: pseudonymised, kept as an identity of the customer
    Name,       ///< personal data: pseudonymised, kept as an identity of the customer
    IpAddress,  ///< personal data: pseudonymised, kept with each event
    Identifier, ///< another id of the same customer (a user id beside an anonymous id)
    Consent,    ///< whether the customer agreed to analytics (yes/no, true/false, 1/0)
    EventDate,  ///< in activity tables: a date that marks an event named in the mapping
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
/// Email, phone and identifier columns: values that single out one person, so two customers
/// sharing one are the same person.
bool isLinkingIdentity(ColumnRole role);
/// "text", "integer", "float", "boolean", "date".
QString typeName(FieldType type);
std::optional<FieldType> typeFromName(QStringView name);

/**
 * How one file's columns map to roles, and how its times are written. Detected from the
 * file, changed by the user through options or a mapping file, saved with the import so
 * the same export can be read the same way again.
 */
struct ColumnMapping
{
    QString format = QStringLiteral("csv"); ///< the importer's format id
    QStringList header;                     ///< column names as in the file
    QList<ColumnRole> roles;                ///< one per column
    QStringList reasons;                    ///< one per column: why it got its role
    /// One per column: how its values read (from the sample for text tables); attributes
    /// are stored with this type (booleans as true/false, numbers as numbers).
    QList<FieldType> types;
    /// One per column: for EventDate columns, the name of the event the date marks.
    QStringList eventNames;
    TimestampFormat timeFormat; ///< of the time column (and of event-date columns)
    char delimiter = ',';       ///< ' ': columns separated by runs of blanks

    /// The first column with \a role, or -1.
    int column(ColumnRole role) const;
    /// Index of the column named \a nameOrNumber (case-insensitive name, or 1-based number
    /// written as "#3"), or -1.
    int findColumn(QStringView nameOrNumber) const;

    /**
     * The mapping file format:
     * {"format":"csv","delimiter":",","time_format":"iso",
     *  "columns":{"user_id":"customer","ts":"time","email":"email","junk":"ignore"},
     *  "event_names":{"created_date":"Deal created"},
     *  "types":{"amount":"float"}}
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
    /// Event names of activity-table date columns: (column, name); later entries win.
    QList<QPair<QString, QString>> eventNames;
    std::optional<TimestampFormat> timeFormat;
    char delimiter = 0; ///< 0: sniff

    /// Reads a mapping file written by ColumnMapping::toJson(). Throws Error naming the
    /// file and the field that is wrong.
    static MappingOverrides fromFile(const QString& path);
    /// Adds \a other's entries after this one's, so they win.
    void append(const MappingOverrides& other);
};

} // namespace journeyscope
