#pragma once

#include "core/ingest/columnmapping.h"
#include "core/ingest/recordsource.h"

#include <memory>
#include <vector>

namespace journeyscope {

/**
 * One input format: what it reads, how the file dialog offers it, whether a file looks like
 * it, and a RecordSource to read it. The import job, the CLI and the GUI's import wizard
 * treat every format alike through this interface.
 */
class Importer
{
public:
    virtual ~Importer() = default;

    /// "csv", "jsonl", "xes", "table" (the CLI's --format).
    virtual QString formatId() const = 0;
    virtual QString displayName() const = 0;
    /// For a file dialog: "CSV files (*.csv *.tsv *.txt)".
    virtual QString nameFilter() const = 0;
    /// True when \a path looks like this format (by content where it can tell).
    virtual bool supportsFile(const QString& path) const = 0;
    virtual ImportKind kind() const { return ImportKind::Events; }
    /// Roles the format itself defines (XES: the trace's concept:name is the customer);
    /// the user's choices come after them and win.
    virtual MappingOverrides formatRoles() const { return {}; }
    /// A source for \a path; \a delimiter is the user's (0: detect), for text tables.
    virtual std::unique_ptr<RecordSource> createSource(const QString& path,
                                                       char delimiter) const = 0;
};

/// Every format, in the order a file is tried against them (CSV last: it reads anything).
const std::vector<const Importer*>& importers();
/// The importer with \a formatId, or null.
const Importer* findImporter(QStringView formatId);
/// The first importer whose supportsFile() accepts \a path.
const Importer& importerForFile(const QString& path);

} // namespace journeyscope
