#pragma once

#include "core/ingest/columnmapping.h"

#include <string>
#include <vector>

namespace journeyscope {

/// The outcome of detectRoles().
struct RoleDetection
{
    ColumnMapping mapping;
    /// The time column holds day/month dates whose order the sample leaves open; the
    /// importer must look at the whole column (DayMonthEvidence) or ask the user.
    bool timeOrderOpen = false;
    QString timeOrderExample;
};

/**
 * Finds what each column means from its header name and sample values, after applying
 * the user's \a overrides: customer id, time, event (touchpoint), channel, value, session,
 * device, and personal data (email, phone, name, IP address, also recognised by value
 * patterns); every other column becomes an attribute.
 *
 * Throws Error (naming \a file, line 1) when an override names a column the file does not
 * have, or when no column can be the customer id, the time or the event: the message lists
 * the columns and the option to use.
 */
RoleDetection detectRoles(const QString& file, const QStringList& header,
                          const std::vector<std::vector<std::string>>& sample,
                          const MappingOverrides& overrides);

/// Lower-case letters and digits only: "Case:Concept:Name" -> "caseconceptname".
QString normalizedHeader(QStringView name);

} // namespace journeyscope
