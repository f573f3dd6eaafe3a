#pragma once

#include "core/warehouse/warehousesource.h"

#include <optional>
#include <QStringList>
#include <vector>

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

/// What a window shows on opening a warehouse project: events per touchpoint and the
/// first and last event.
struct WarehouseEventCounts
{
    std::vector<qint64> perTouchpoint; ///< per name of \a touchpoints; others left out
    std::optional<qint64> firstMs;
    std::optional<qint64> lastMs;
};

/// Counts the events of each of \a touchpoints in one scan that sorts nothing. Throws Error.
WarehouseEventCounts countWarehouseEvents(PgConnection& connection, const WarehouseSource& source,
                                          const QStringList& touchpoints,
                                          Feedback* feedback = nullptr);

} // namespace journeyscope
