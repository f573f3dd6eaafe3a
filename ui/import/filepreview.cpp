#include "ui/import/filepreview.h"

#include "core/ingest/importer.h"
#include "core/ingest/layout.h"

namespace journeyscope {

FilePreview FilePreview::read(const Importer& importer, const QString& path,
                              const MappingOverrides& overrides)
{
    FilePreview preview;
    preview.path = path;
    preview.mapping = detectLayout(importer, path, overrides, nullptr, &preview.notes);
    const std::unique_ptr<RecordSource> source =
        importer.createSource(path, preview.mapping.delimiter);
    source->open();
    while (int(preview.rows.size()) < Rows && source->next()) {
        QStringList row;
        for (const std::string_view field : source->fields())
            row.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        preview.rows.push_back(row);
    }
    return preview;
}

} // namespace journeyscope
