#pragma once

#include "core/journey/friction.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * computeFriction() inside the warehouse: window functions give each event its position,
 * the event before it (for moves, dwell and delay), whether its touchpoint came earlier and
 * whether it returns to a unit after an event elsewhere; each journey's outcome comes from
 * the goal; GROUP BY touchpoint, stage and channel counts them and percentile_cont() gives
 * the exact median times. Only the counts travel; presentFriction() presents them.
 * \a names: the project's touchpoints, stages and channels (a log without events).
 */
FrictionReport countWarehouseFriction(PgConnection& connection, const WarehouseSource& source,
                                      const EventLog& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const Goal& goal,
                                      const FrictionOptions& options, Feedback* feedback = nullptr);

/// frictionByStageAndChannel() inside the warehouse: the same query, with each event's
/// stage-by-channel cell as one more unit.
FrictionMatrix countWarehouseStageChannelFriction(PgConnection& connection,
                                                  const WarehouseSource& source,
                                                  const EventLog& names,
                                                  const WarehouseFilter& filter, JourneyScope scope,
                                                  const Goal& goal, const FrictionOptions& options,
                                                  Feedback* feedback = nullptr);

/// frictionByTouchpointAndSegment() with each customer's RFM segment (rfmSegmentOfPerson())
/// inside the warehouse: the segments from the customers' features counted there, then the
/// same query with each event's touchpoint-by-segment cell as one more unit.
FrictionMatrix countWarehouseTouchpointSegmentFriction(
    PgConnection& connection, const WarehouseSource& source, const EventLog& names,
    const WarehouseFilter& filter, JourneyScope scope, const Goal& goal,
    const FrictionOptions& options, Feedback* feedback = nullptr);

/// frictionByTouchpointAndSegment() with each customer's value of \a attribute (of the
/// customers table) as the segment: the values among the customers with events are the
/// columns, and the query joins each event's customer to their value. Throws Error, also
/// naming an attribute the source does not have.
FrictionMatrix countWarehouseTouchpointAttributeFriction(
    PgConnection& connection, const WarehouseSource& source, const EventLog& names,
    const WarehouseFilter& filter, JourneyScope scope, const Goal& goal, const QString& attribute,
    const FrictionOptions& options, Feedback* feedback = nullptr);

} // namespace journeyscope
