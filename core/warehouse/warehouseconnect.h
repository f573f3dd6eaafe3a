#pragma once

#include "core/warehouse/warehousesource.h"

#include <QStringList>

namespace journeyscope {

class Feedback;

/// What a warehouse table holds, as connecting found it.
struct WarehouseSummary
{
    QString server; ///< user@host:port/database
    qint64 events = 0;
    qint64 customers = 0;
    qint64 touchpoints = 0;
    qint64 channels = 0;
    QStringList attributes; ///< columns of the customers table besides the ids
    /// refreshWarehouse(): the names the project did not know before.
    QStringList newTouchpoints, newChannels;
};

/**
 * Creates the project \a projectPath whose events live in \a source's table: checks that
 * the table and every named column can be read, what the time column counts in, and
 * keeps the names of its touchpoints and channels (for stages, goals and filters) and the
 * source in the project; never a password. With a customers table, its columns besides the
 * ids are the customers' attributes. Throws Error naming the option at fault; a
 * project it could not finish is removed.
 */
WarehouseSummary connectWarehouse(const QString& projectPath, WarehouseSource source,
                                  Feedback* feedback = nullptr);

/**
 * Takes in what a warehouse project's table gained since it was connected: new touchpoint
 * and channel names (kept beside the old ones, which stages and goals may name) and the
 * customers table's columns as they are now. In one transaction; the project is left as it
 * was when this throws Error. \a password: one asked for (empty: libpq looks in PGPASSWORD
 * and ~/.pgpass).
 */
WarehouseSummary refreshWarehouse(const QString& projectPath, const QString& password = {},
                                  Feedback* feedback = nullptr);

} // namespace journeyscope
