#pragma once

#include "core/predict/customerscores.h"
#include "core/warehouse/warehousesource.h"

#include <optional>

namespace journeyscope {
class Feedback;
class PgConnection;
} // namespace journeyscope

namespace journeyscope::cli {

/**
 * The journeys in flight of the warehouse project \a path scored under the drop-off
 * \a model, their rows counted in the warehouse; with \a onlyCustomer, that customer's
 * journey alone, explained. Throws Error, also for a model of another kind (a warehouse
 * project has no customer table) and for a customer whose journey is not in flight.
 */
std::vector<CustomerScore>
scoreWarehouseJourneys(PgConnection& connection, const QString& path, const WarehouseSource& source,
                       const StoredModel& model, const ScoreOptions& options,
                       const std::optional<QString>& onlyCustomer, Feedback* feedback);

} // namespace journeyscope::cli
