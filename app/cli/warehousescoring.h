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
 * The scores of the warehouse project \a path under \a model: a drop-off model scores the
 * journeys in flight, their rows counted in the warehouse; a label model the rows of the
 * customers table. With \a onlyCustomer, that customer alone, explained. Throws Error, also
 * for a model of another kind and for a customer with nothing to score.
 */
std::vector<CustomerScore> scoreInWarehouse(PgConnection& connection, const QString& path,
                                            const WarehouseSource& source, const StoredModel& model,
                                            const ScoreOptions& options,
                                            const std::optional<QString>& onlyCustomer,
                                            Feedback* feedback);

} // namespace journeyscope::cli
