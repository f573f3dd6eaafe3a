#pragma once

#include "core/journey/eventlog.h"
#include "core/warehouse/warehousequery.h"

#include <vector>

namespace journeyscope {

class Feedback;
class PgConnection;

/// Which events loadWarehouseEvents() brings.
struct WarehouseEventsOptions
{
    double sampleShare = 1; ///< of the customers, drawn as warehouseRowsForTraining() draws
    quint64 seed = 1;
    /// More events than this is an error that asks for a sample or a narrower filter.
    qint64 maxEvents = 20000000;
};

/**
 * The events \a filter keeps, of the customers \a options draws, as a log in memory: for
 * what learns from a row per event (train --every-prefix, next --method xgboost), where
 * the rows are as many as the events and counting them there would save nothing. Events
 * come in journeyOrder(), sessions as the warehouse cuts them (over all of a customer's
 * events), each person's key the customer id, and the touchpoints, channels and stages
 * are \a names' in their indices. Throws Error, also for an event name the project does
 * not know.
 */
EventLog loadWarehouseEvents(PgConnection& connection, const WarehouseSource& source,
                             const EventLog& names, const WarehouseFilter& filter,
                             const WarehouseEventsOptions& options, Feedback* feedback = nullptr);

/// The value of \a attribute (of the customers table) of each person of \a log, whose keys
/// are customer ids ("" where there is none), as customerAttribute() gives an import's.
/// Throws Error naming an attribute the source does not have.
std::vector<QString> warehouseCustomerAttribute(PgConnection& connection,
                                                const WarehouseSource& source, const EventLog& log,
                                                const QString& attribute,
                                                Feedback* feedback = nullptr);

} // namespace journeyscope
