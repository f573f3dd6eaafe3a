#pragma once

#include "core/journey/paths.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * computeStepMatrix() inside the warehouse: ROW_NUMBER() places each event in its journey,
 * one GROUP BY counts the journeys at each touchpoint for steps 1..\a steps, another the
 * journeys by length; presentStepMatrix() presents them. \a names: the project's
 * touchpoints. Throws Error.
 */
StepMatrix countWarehouseStepMatrix(PgConnection& connection, const WarehouseSource& source,
                                    const QStringList& names, const WarehouseFilter& filter,
                                    JourneyScope scope, int steps, Feedback* feedback = nullptr);

} // namespace journeyscope
