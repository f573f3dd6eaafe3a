#include "core/warehouse/warehousecustomertable.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousequery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseSource)
};

} // namespace

WarehouseCustomerRows readWarehouseCustomerRows(PgConnection& connection,
                                                const WarehouseSource& source, Feedback* feedback)
{
    if (source.customersTable.isEmpty())
        throw Error(Text::tr("no customers table was connected (connect --customers-table)"));
    const QByteArray id = connection.quoteIdentifier(source.customersId);
    // to_jsonb() keeps numbers and booleans typed, as an import's attributes are.
    const PgResult result = connection.query(
        "SELECT " + id + "::text COLLATE \"C\" AS key, to_jsonb(c) - $1::text FROM " +
            quotedTableName(connection, source.customersTable) + " AS c WHERE " + id +
            " IS NOT NULL ORDER BY key",
        {source.customersId.toUtf8()}, feedback);
    WarehouseCustomerRows rows;
    for (int row = 0; row < result.rows(); ++row) {
        rows.ids.append(result.text(row, 0));
        rows.attributes.emplace(row,
                                QJsonDocument::fromJson(result.text(row, 1).toUtf8()).object());
    }
    return rows;
}

} // namespace journeyscope
