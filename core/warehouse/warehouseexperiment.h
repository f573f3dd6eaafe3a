#pragma once

#include "core/predict/experiment.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * readExperiment() inside the warehouse: each customer's whole history (whatever the
 * scope) with its outcome under \a goal as of the table's last event, its group the value
 * of \a assignment in the customers table; one GROUP BY counts each group's customers by
 * outcome, and presentExperiment() compares them with \a control. \a names: the project's
 * touchpoints. Throws Error naming an attribute the source does not have, or a control
 * group without customers.
 */
ExperimentReadout countWarehouseExperiment(PgConnection& connection, const WarehouseSource& source,
                                           const QStringList& names, const WarehouseFilter& filter,
                                           const Goal& goal, const QString& assignment,
                                           const QString& control, Feedback* feedback = nullptr);

} // namespace journeyscope
