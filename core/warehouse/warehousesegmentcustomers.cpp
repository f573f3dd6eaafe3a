#include "core/warehouse/warehousesegmentcustomers.h"

#include "core/journey/personas.h"
#include "core/warehouse/warehousecustomerfeatures.h"

namespace journeyscope {

QStringList warehouseCustomersInSegment(PgConnection& connection, const WarehouseSource& source,
                                        const EventLog& names, const QString& segmentKey,
                                        const QJsonObject& segmentModel, Feedback* feedback)
{
    const WarehouseCustomerFeatures everyone =
        countWarehouseCustomerFeatures(connection, source, names, {}, {}, feedback);
    QStringList customers;
    for (const qsizetype row : rowsInSegment(everyone.features, segmentKey, segmentModel))
        customers.append(everyone.customers[row]);
    return customers;
}

} // namespace journeyscope
