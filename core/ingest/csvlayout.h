#pragma once

#include "core/ingest/roledetector.h"

namespace journeyscope {

class Feedback;

/**
 * How to read a CSV file: its delimiter, header and column roles. Reads the header and
 * the first rows; when those leave the day/month order of the dates open, scans the whole
 * time column for a date that settles it (and says so in \a notes). Throws Error when the
 * file cannot be read as events.
 */
ColumnMapping detectCsvLayout(const QString& path, const MappingOverrides& overrides,
                              Feedback* feedback, QStringList* notes);

} // namespace journeyscope
