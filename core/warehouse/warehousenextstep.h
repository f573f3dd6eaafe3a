#pragma once

#include "core/predict/nextstep.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * evaluateNextStep() inside the warehouse, for the Markov model: window functions give each
 * event its place and the touchpoints before it, and number the journeys by their first
 * event (ties by customer and session, where an import keeps its import order); GROUP BYs
 * count the (context, next) pairs of the first two thirds and the (last touchpoints,
 * actual next) of every prefix of the others. Only those pairs travel;
 * presentNextStep() learns and scores as in memory. Throws Error.
 */
NextStepEvaluation evaluateWarehouseNextStep(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const QStringList& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             int order, bool withEnd, Feedback* feedback = nullptr);

} // namespace journeyscope
