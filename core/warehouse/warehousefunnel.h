#pragma once

#include "core/journey/funnel.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * computeFunnel() inside the warehouse, for ordered and strict funnels: window functions
 * number each journey's events and find, for every event, the next event of each step
 * (ordered) or the events that follow it (strict, LEAD()); each step-1 event is a possible
 * start, and the one reaching the most steps, the earliest among equals, counts, as in
 * memory. Only the counts per step, their median times and the drop-offs' next
 * touchpoints travel; presentFunnel() presents them. \a names: the project's touchpoints.
 * Throws Error for the any-order funnel, which is not pushed down.
 */
FunnelResult countWarehouseFunnel(PgConnection& connection, const WarehouseSource& source,
                                  const QStringList& names, const WarehouseFilter& filter,
                                  JourneyScope scope, const FunnelOptions& options,
                                  Feedback* feedback = nullptr);

} // namespace journeyscope
