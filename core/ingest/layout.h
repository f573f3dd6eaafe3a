#pragma once

#include "core/ingest/columnmapping.h"

namespace journeyscope {

class Feedback;
class Importer;

/**
 * How to read \a path with \a importer: its columns' roles and types and the format of its
 * times. Reads the first records; when those leave the day/month order of the dates open,
 * scans the whole time column for a date that settles it. Decisions worth knowing go to
 * \a notes. Throws Error when the file cannot be read as the importer's kind of data.
 */
ColumnMapping detectLayout(const Importer& importer, const QString& path,
                           const MappingOverrides& overrides, Feedback* feedback,
                           QStringList* notes);

} // namespace journeyscope
