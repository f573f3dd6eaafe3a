#pragma once

#include "core/ingest/columnmapping.h"

namespace journeyscope {

/// How an import treats rows whose values are wrong (a bad time, an empty customer id).
enum class OnRowError {
    Stop, ///< the import stops and nothing is kept (the default)
    Skip, ///< the row is skipped and recorded, with its line and reason, in the report
};

struct ImportOptions
{
    MappingOverrides overrides;
    /// A new session starts when the gap to the customer's previous event is longer.
    qint64 sessionGapMs = 30 * 60 * 1000;
    OnRowError onRowError = OnRowError::Stop;
    /// Import a file even when the same bytes were imported before.
    bool force = false;
    /// The importer's format id ("csv", "jsonl", "xes", "table"); empty: from each file.
    QString format;
};

} // namespace journeyscope
