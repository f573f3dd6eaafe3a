#pragma once

#include <cstddef>
#include <cstdint>
#include <QString>
#include <QStringList>

namespace journeyscope::fuzz {

/**
 * Writes \a size bytes at \a data to the file \a name in a directory of this process's own
 * (made on first use, removed at exit), replacing it, and removes \a leftovers (names in the
 * same directory, such as a database's journal) so that no run sees what an earlier one
 * left. Returns the file's path. Aborts when the file cannot be written: a full disk must not
 * pass for a finding, nor a finding go unnoticed.
 */
QString writeInputFile(const std::uint8_t* data, std::size_t size, const QString& name,
                       const QStringList& leftovers = {});

} // namespace journeyscope::fuzz
