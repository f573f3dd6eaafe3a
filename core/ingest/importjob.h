#pragma once

#include "core/ingest/importoptions.h"
#include "core/ingest/importreport.h"

namespace journeyscope {

class Feedback;
class Project;

/**
 * Imports \a files (CSV clickstream exports) into \a project as one transaction: either
 * every file is imported or, on an Error or cancellation, the project is left exactly as
 * it was. Parsing runs on a second thread while this one writes.
 *
 * A file whose bytes were imported before is refused unless options.force is set.
 * \a feedback (may be null) gets progress over all files and may cancel.
 */
ImportReport importFiles(Project& project, const QStringList& files, const ImportOptions& options,
                         Feedback* feedback = nullptr);

} // namespace journeyscope
