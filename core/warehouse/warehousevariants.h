#pragma once

#include "core/journey/paths.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * computeVariants() inside the warehouse: array_agg() makes each journey's sequence,
 * GROUP BY counts the sequences, and ORDER BY ... LIMIT ranks them (names in code point
 * order, COLLATE "C"); only the top \a top (all when negative) travel. \a names: the
 * project's touchpoints.
 */
VariantsResult countWarehouseVariants(PgConnection& connection, const WarehouseSource& source,
                                      const QStringList& names, const WarehouseFilter& filter,
                                      JourneyScope scope, int top, Feedback* feedback = nullptr);

} // namespace journeyscope
