#pragma once

#include "core/journey/stagemodel.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * proposeStages() inside the warehouse: window functions place each event in its journey
 * (index / (length - 1)) and rank the places of each touchpoint's events; one GROUP BY per
 * touchpoint returns its two middle places, events and journeys, which proposeStagesFrom()
 * cuts into \a k stages as in memory. \a names: the project's touchpoints. Throws Error.
 */
StageProposal proposeWarehouseStages(PgConnection& connection, const WarehouseSource& source,
                                     const QStringList& names, const WarehouseFilter& filter,
                                     JourneyScope scope, int k, Feedback* feedback = nullptr);

} // namespace journeyscope
