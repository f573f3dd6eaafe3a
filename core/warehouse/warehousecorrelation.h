#pragma once

#include "core/predict/correlation.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * correlateWithConversion() inside the warehouse: window functions find each journey's
 * first goal event and outcome as of the table's last event; one GROUP BY counts the
 * closed journeys that went through each touchpoint before converting, and the converted
 * ones, and one per attribute of \a attributes the closed journeys of each of its values
 * (joined from the customers table); presentCorrelations() presents them. \a names: the
 * project's touchpoints. Throws Error, also naming an attribute the source does not have.
 */
CorrelationReport countWarehouseCorrelations(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const QStringList& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             const Goal& goal, const QStringList& attributes = {},
                                             Feedback* feedback = nullptr);

} // namespace journeyscope
