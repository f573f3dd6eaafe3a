#pragma once

#include "core/warehouse/warehousesource.h"

#include <map>
#include <QJsonObject>

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * Every row of \a source's customers table as a JSON object of its attributes (numbers,
 * true and false, text; the id column left out), numbered from 0 in the order of the ids:
 * what a label model (`train --label`) learns from, as readRootAttributes() gives an
 * import's customers. Throws Error when the source has no customers table.
 */
std::map<qint64, QJsonObject> readWarehouseCustomerAttributes(PgConnection& connection,
                                                              const WarehouseSource& source,
                                                              Feedback* feedback = nullptr);

} // namespace journeyscope
