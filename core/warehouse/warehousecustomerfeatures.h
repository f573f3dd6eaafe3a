#pragma once

#include "core/journey/customerfeatures.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/// Customer features counted where the events are kept.
struct WarehouseCustomerFeatures
{
    /// One row per customer, ordered by customer id; features.persons[i] is i.
    CustomerFeatures features;
    QStringList customers; ///< each row's customer id, as the table holds it
};

/**
 * computeCustomerFeatures() inside the warehouse: one GROUP BY per customer over the events
 * \a filter keeps (window functions number them and mark where a touchpoint repeats), so
 * one row per customer travels. The data ends at the table's last event, or at the
 * filter's end when that is earlier. Throws Error, also for an event name the project does
 * not know.
 */
WarehouseCustomerFeatures
countWarehouseCustomerFeatures(PgConnection& connection, const WarehouseSource& source,
                               const EventLog& names, const WarehouseFilter& filter,
                               const Goal& goal, Feedback* feedback = nullptr);

} // namespace journeyscope
