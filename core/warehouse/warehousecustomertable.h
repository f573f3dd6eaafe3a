#pragma once

#include "core/warehouse/warehousesource.h"

#include <map>
#include <QJsonObject>
#include <QStringList>

namespace journeyscope {

class Feedback;
class PgConnection;

/// The rows of a warehouse project's customers table.
struct WarehouseCustomerRows
{
    QStringList ids; ///< each row's customer id, as text
    /// Each row's attributes (numbers, true and false, text; the id column left out), by row
    /// number from 0 in the order of ids.
    std::map<qint64, QJsonObject> attributes;
};

/**
 * Every row of \a source's customers table, in the order of the ids: what a label model
 * learns from and scores (`train --label`, `score`), as readRootAttributes() gives an
 * import's customers. Throws Error when the source has no customers table.
 */
WarehouseCustomerRows readWarehouseCustomerRows(PgConnection& connection,
                                                const WarehouseSource& source,
                                                Feedback* feedback = nullptr);

} // namespace journeyscope
