#pragma once

#include "core/predict/correlation.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * correlateWithConversion() of the touchpoints inside the warehouse: window functions find
 * each journey's first goal event and outcome as of the table's last event; one GROUP BY
 * counts the closed journeys that went through each touchpoint before converting, and the
 * converted ones; presentCorrelations() presents them. A warehouse project has no customer
 * attributes. \a names: the project's touchpoints. Throws Error, also for a goal of a
 * customer attribute.
 */
CorrelationReport countWarehouseCorrelations(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const QStringList& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             const Goal& goal, Feedback* feedback = nullptr);

} // namespace journeyscope
