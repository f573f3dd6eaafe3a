#pragma once

#include "core/warehouse/warehousesource.h"

#include <map>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * The different values ("" aside) of each of \a attributes among the customers of the
 * customers table that have events, with how many customers have each: as
 * customerAttribute() gives them for the people of an import. Throws Error naming an
 * attribute the source does not have.
 */
std::vector<std::map<QString, qint64>> countWarehouseAttributeValues(PgConnection& connection,
                                                                     const WarehouseSource& source,
                                                                     const QStringList& attributes,
                                                                     Feedback* feedback = nullptr);

} // namespace journeyscope
