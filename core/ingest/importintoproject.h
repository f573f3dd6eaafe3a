#pragma once

#include "core/ingest/importoptions.h"
#include "core/ingest/importreport.h"

namespace journeyscope {

class Feedback;

/**
 * Imports \a files into the project at \a projectPath, creating it when missing (with
 * \a keepPii: customer keys and personal data kept as they are, else pseudonymised). A new
 * project is built beside its final name and moved there once the import committed, so a
 * failed, cancelled or killed first import leaves no project behind; an existing project
 * keeps exactly what it had. Throws Error (Canceled when \a feedback cancels).
 */
ImportReport importIntoProject(const QString& projectPath, const QStringList& files,
                               const ImportOptions& options, bool keepPii,
                               Feedback* feedback = nullptr);

} // namespace journeyscope
