#pragma once

#include "core/warehouse/warehousesource.h"

#include <optional>

namespace journeyscope {

class Feedback;
class PgConnection;

/// How much a warehouse table holds, counted as an import would count it.
struct WarehouseTotals
{
    qint64 events = 0;
    qint64 customers = 0;
    qint64 sessions = 0; ///< by the session column, else cut by the session gap
    std::optional<qint64> firstMs;
    std::optional<qint64> lastMs;
};

/// Counts \a source's events in one query. Throws Error.
WarehouseTotals countWarehouse(PgConnection& connection, const WarehouseSource& source,
                               Feedback* feedback = nullptr);

} // namespace journeyscope
