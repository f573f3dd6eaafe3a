#pragma once

#include "core/journey/journeymap.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * The journey map's counts inside the warehouse, over customer journeys: window functions
 * number each journey's events, find its outcome under \a goal as of \a dataEndMs and its
 * visits to each column (a run of events in one stage), and GROUP BYs count touchpoints
 * by channel, journeys per touchpoint and per column, outcomes, the median time in each
 * column (percentile_disc, the lower middle as in memory) and the first visits' steps;
 * with \a emotionAttribute (a column of the customers table), the mean of its numbers over
 * the journeys that reached each column. presentJourneyMap() presents them. \a names: the
 * project's touchpoints, channels and stages. Throws Error, also for event names the project
 * does not know.
 */
JourneyMapCounts countWarehouseJourneyMap(PgConnection& connection, const WarehouseSource& source,
                                          const EventLog& names, const WarehouseFilter& filter,
                                          const Goal& goal, qint64 dataEndMs,
                                          const QString& emotionAttribute = {},
                                          Feedback* feedback = nullptr);

} // namespace journeyscope
