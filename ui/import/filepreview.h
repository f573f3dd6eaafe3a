#pragma once

#include "core/ingest/columnmapping.h"

#include <QStringList>
#include <vector>

namespace journeyscope {

class Importer;

/// The first rows of a file as its importer reads them, with the roles detected.
struct FilePreview
{
    static constexpr int Rows = 20;

    QString path;
    ColumnMapping mapping;         ///< detected, the user's overrides applied
    std::vector<QStringList> rows; ///< up to Rows, one field per column
    QStringList notes;             ///< what detection decided that is worth knowing

    /// Reads \a path with \a importer and \a overrides. Throws Error naming the file.
    static FilePreview read(const Importer& importer, const QString& path,
                            const MappingOverrides& overrides);
};

} // namespace journeyscope
