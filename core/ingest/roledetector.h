#pragma once

#include "core/ingest/columnmapping.h"

#include <string>
#include <vector>

namespace journeyscope {

/// What detectRoles() looks at.
struct DetectionInput
{
    QString file;
    QStringList columns;
    std::vector<std::vector<std::string>> sample; ///< the first records' fields
    MappingOverrides overrides;                   ///< the format's roles, then the user's
    ImportKind kind = ImportKind::Events;
    bool headerless = false; ///< the columns are numbered, not named
};

/// The outcome of detectRoles().
struct RoleDetection
{
    ColumnMapping mapping;
    /// The time column holds day/month dates whose order the sample leaves open; the
    /// importer must look at the whole column (DayMonthEvidence) or ask the user.
    bool timeOrderOpen = false;
    QString timeOrderExample;
    QStringList notes; ///< decisions worth telling the user
};

/**
 * Finds what each column means from its name (for JSON paths also the last part:
 * "traits.email" reads as "email") and its sample values, after applying the overrides:
 * customer id, time, event (touchpoint), channel, value, session, device, other ids of the
 * customer, consent, and personal data (email, phone, name, IP address, also recognised by
 * value patterns); every other column becomes an attribute, typed from its values.
 *
 * Events without an event column are an activity table (deals, cases, orders): every date
 * column becomes an event named after the file and the column ("deals.csv", "created_date":
 * "Deal created"); a transaction table (one date and a value) gives "Purchase" events.
 * A customer table (ImportKind::CustomerTable) needs no column but may have a customer id.
 * A table without a header takes its first column as the customer and its last decimal
 * column as the value, unless told otherwise.
 *
 * Throws Error (naming the file, line 1) when an override names a column the file does not
 * have, or when no column can be the customer id, the time or the event: the message lists
 * the columns and the option to use.
 */
RoleDetection detectRoles(const DetectionInput& input);

/// detectRoles() for a headed event table.
RoleDetection detectRoles(const QString& file, const QStringList& header,
                          const std::vector<std::vector<std::string>>& sample,
                          const MappingOverrides& overrides);

/// Lower-case letters and digits only: "Case:Concept:Name" -> "caseconceptname".
QString normalizedHeader(QStringView name);

} // namespace journeyscope
