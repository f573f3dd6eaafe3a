#include "core/warehouse/warehouseattributevalues.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

std::vector<std::map<QString, qint64>> countWarehouseAttributeValues(PgConnection& connection,
                                                                     const WarehouseSource& source,
                                                                     const QStringList& attributes,
                                                                     Feedback* feedback)
{
    if (attributes.isEmpty())
        return {};
    WarehouseQuery query(connection, source);
    const QByteArray customer = query.column(source.customer);
    // The customers an import would have: those with an event it keeps.
    QByteArray sql = "WITH seen AS (SELECT DISTINCT " + customer +
                     "::text COLLATE \"C\" AS person FROM " + query.table() + " WHERE " + customer +
                     " IS NOT NULL AND " + query.column(source.time) + " IS NOT NULL AND " +
                     query.column(source.event) + " IS NOT NULL)";
    for (qsizetype a = 0; a < attributes.size(); ++a) {
        sql += (a > 0 ? " UNION ALL " : " ") + QByteArray("SELECT ") + QByteArray::number(a) +
               ", label, count(*) FROM seen JOIN " + query.customerLabels(attributes[a]) +
               " AS l USING (person) WHERE label <> '' GROUP BY label";
    }
    const PgResult result = connection.query(sql, query.parameters(), feedback);
    std::vector<std::map<QString, qint64>> values(size_t(attributes.size()));
    for (int row = 0; row < result.rows(); ++row)
        values[size_t(result.integer(row, 0))][result.text(row, 1)] = result.integer(row, 2);
    return values;
}

} // namespace journeyscope
