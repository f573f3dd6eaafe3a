#pragma once

#include "core/journey/funnel.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * computeFunnel() inside the warehouse: window functions number each journey's events and
 * find, for every event, the next event of each step (ordered, and in any order the first of
 * each step in a window opening there) or the events that follow it (strict, LEAD()); each
 * possible start is tried and the one reaching the most steps, the earliest among equals,
 * counts, as in memory. Only the counts per step, their median times and the drop-offs'
 * next touchpoints travel; presentFunnel() presents them. A funnel in any order whose
 * steps share a touchpoint matches steps to distinct events, which is not pushed down: its
 * events come (loadWarehouseEvents()) and computeFunnel() counts it. \a names: the
 * project's names. Throws Error.
 */
FunnelResult countWarehouseFunnel(PgConnection& connection, const WarehouseSource& source,
                                  const EventLog& names, const WarehouseFilter& filter,
                                  JourneyScope scope, const FunnelOptions& options,
                                  Feedback* feedback = nullptr);

/// computeFunnelByChannel() inside the warehouse: countWarehouseFunnel() per channel of the
/// event that reached step 1. Throws Error.
FunnelBreakdown countWarehouseFunnelByChannel(PgConnection& connection,
                                              const WarehouseSource& source, const EventLog& names,
                                              const WarehouseFilter& filter, JourneyScope scope,
                                              const FunnelOptions& options,
                                              Feedback* feedback = nullptr);

/// computeFunnelByLabel() inside the warehouse: countWarehouseFunnel() per value of the
/// customers table's \a attribute, every journey in its customer's group ("" for none).
/// Throws Error, also naming an attribute the source does not have.
FunnelBreakdown
countWarehouseFunnelByAttribute(PgConnection& connection, const WarehouseSource& source,
                                const EventLog& names, const WarehouseFilter& filter,
                                JourneyScope scope, const FunnelOptions& options,
                                const QString& attribute, Feedback* feedback = nullptr);

} // namespace journeyscope
