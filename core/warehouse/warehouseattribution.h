#pragma once

#include "core/predict/attribution.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * attributeConversions() inside the warehouse: window functions find each journey's first
 * goal event and outcome; each closed journey's touches before it (channels, or the
 * touchpoints but the goal's) become one array, and a GROUP BY counts the journeys and
 * conversions of each distinct path. Only those paths travel; presentAttribution() shares
 * the conversions out as in memory. \a names: the project's touchpoints, channels and
 * stages. Throws Error.
 */
AttributionReport countWarehouseAttribution(PgConnection& connection, const WarehouseSource& source,
                                            const EventLog& names, const WarehouseFilter& filter,
                                            JourneyScope scope, const Goal& goal,
                                            const AttributionOptions& options,
                                            Feedback* feedback = nullptr);

} // namespace journeyscope
