#pragma once

#include "core/base/error.h"
#include "core/ingest/columnmapping.h"

#include <QJsonObject>
#include <QList>

namespace journeyscope {

/// Rows skipped for one reason: how many, and where the first one was.
struct SkippedRows
{
    QString reason; ///< e.g. "bad time"
    qint64 count = 0;
    Location first;
    QString firstMessage;
};

/// What happened to one file.
struct FileImportReport
{
    QString path;
    qint64 size = 0;
    QString sha256;
    ImportKind kind = ImportKind::Events; ///< a customer table's rows add customers, not events
    ColumnMapping mapping;
    qint64 rows = 0;     ///< records read (a header not counted)
    qint64 imported = 0; ///< records imported
    qint64 events = 0;   ///< events added (activity tables give several a record, customer
                         ///< tables none)
    qint64 skipped = 0;
    qint64 newCustomers = 0;
    qint64 sessions = 0;
    qint64 identityLinks = 0;   ///< new links between customers found to be one person
    qint64 mergedCustomers = 0; ///< customers of the project now merged into another
    QList<SkippedRows> skippedByReason;
    QStringList notes; ///< decisions worth knowing, e.g. how the date order was settled

    QJsonObject toJson() const;
};

/// What an import did, over all its files.
struct ImportReport
{
    QList<FileImportReport> files;
    double seconds = 0;

    qint64 rows() const;
    qint64 imported() const;
    qint64 skipped() const;
    qint64 newCustomers() const;
    qint64 events() const;
    /// {"rows":N,"imported":N,"skipped":N,"new_customers":N,"seconds":X,"files":[...]}
    QJsonObject toJson() const;
    /// For people, a line each: per file its events (for a customer table, the rows it
    /// imported), rows, skipped rows by reason (with the first place and message), new
    /// customers, sessions, identity links and merges and notes; then the totals and the
    /// speed.
    QStringList toText() const;
};

} // namespace journeyscope
