#pragma once

#include <QString>

namespace journeyscope {

/**
 * Writes a copy of the project at \a from to \a to (Save As): a consistent snapshot, compacted,
 * made by SQLite itself; a file at \a to is replaced. Throws Error naming the file.
 */
void copyProject(const QString& from, const QString& to);

} // namespace journeyscope
