#pragma once

#include "core/journey/paths.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * computeAnchorPaths() inside the warehouse: window functions number each journey's events,
 * find its first anchor event and the event before each; GROUP BY counts the moves of each
 * step after (or before) the anchor and where journeys end. Only those counts travel;
 * presentAnchorPaths() presents them. \a names: the project's touchpoints. Throws Error.
 */
AnchorPaths countWarehouseAnchorPaths(PgConnection& connection, const WarehouseSource& source,
                                      const QStringList& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const AnchorPathOptions& options,
                                      Feedback* feedback = nullptr);

} // namespace journeyscope
