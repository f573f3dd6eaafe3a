#pragma once

#include "core/predict/dropoffmodel.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/// Drop-off model rows counted where the events are kept: one per journey.
struct WarehouseModelRows
{
    /// The rows, in the columns of the project's JourneyFeatures; persons[i] is i.
    DropoffRows rows;
    QStringList customers;          ///< each row's customer id, as the table holds it
    std::vector<qint64> cuts;       ///< after how many of its journey's events each row is cut
    std::vector<qint64> observedMs; ///< when each row is looked at
};

/// Which journeys warehouseRowsForTraining() reads.
struct WarehouseTrainingRowsOptions
{
    quint64 seed = 1;
    /// The share of customers drawn (by a hash of their id and the seed) to train on.
    double sampleShare = 1;
    /// More journeys than this is an error that asks for a sample.
    qint64 maxJourneys = 1000000;
};

/**
 * journeyRowsForTraining() inside the warehouse: the journeys whose window closed before
 * \a dataEndMs, cut once while still in flight (before the goal event when converted, within
 * the window when dropped off) and looked at a time between the cut's last event and the
 * moment the journey moved on. The cut and the time are drawn from a hash of the customer,
 * the journey and the seed (MD5, which every PostgreSQL-compatible engine has), not from the
 * in-memory draws, so a model trained here sees other cuts than one trained on an import.
 * SQL counts each journey's first events up to its cut (JourneyPrefix); only those counts
 * travel, and JourneyFeatures turns them into the row as it does in memory. Throws Error,
 * also for more than options.maxJourneys journeys.
 */
WarehouseModelRows warehouseRowsForTraining(PgConnection& connection, const WarehouseSource& source,
                                            const EventLog& names, const WarehouseFilter& filter,
                                            JourneyScope scope, const Goal& goal, qint64 dataEndMs,
                                            const WarehouseTrainingRowsOptions& options,
                                            Feedback* feedback = nullptr);

/**
 * journeyRowsInFlight() inside the warehouse: the journeys still in flight at \a dataEndMs
 * (open, or not converted when the goal has no window), each cut after its last event and
 * looked at \a dataEndMs, with the same columns as in memory. Throws Error.
 */
WarehouseModelRows warehouseRowsInFlight(PgConnection& connection, const WarehouseSource& source,
                                         const EventLog& names, const WarehouseFilter& filter,
                                         JourneyScope scope, const Goal& goal, qint64 dataEndMs,
                                         Feedback* feedback = nullptr);

} // namespace journeyscope
