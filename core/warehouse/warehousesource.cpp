#include "core/warehouse/warehousesource.h"

#include "core/base/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseSource)
};

} // namespace

std::optional<WarehouseSource> WarehouseSource::read(const Database& db)
{
    Statement select = db.prepare("SELECT value FROM meta WHERE key = 'warehouse'");
    if (!select.step())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(select.columnText(0).toUtf8()).object();
    WarehouseSource source;
    source.connection = json.value(QStringLiteral("connection")).toString();
    source.table = json.value(QStringLiteral("table")).toString();
    source.customer = json.value(QStringLiteral("customer")).toString();
    source.time = json.value(QStringLiteral("time")).toString();
    source.event = json.value(QStringLiteral("event")).toString();
    source.channel = json.value(QStringLiteral("channel")).toString();
    source.value = json.value(QStringLiteral("value")).toString();
    source.session = json.value(QStringLiteral("session")).toString();
    source.timeKind =
        json.value(QStringLiteral("time_kind")).toString() == QLatin1String("epoch_ms")
            ? TimeKind::EpochMillis
            : TimeKind::Timestamp;
    source.sessionGapMs = json.value(QStringLiteral("session_gap_ms")).toInteger(30 * 60 * 1000);
    source.customersTable = json.value(QStringLiteral("customers_table")).toString();
    source.customersId = json.value(QStringLiteral("customers_id")).toString();
    for (const QJsonValue& name : json.value(QStringLiteral("customer_attributes")).toArray())
        source.customerAttributes.append(name.toString());
    if (source.connection.isEmpty() || source.table.isEmpty() || source.customer.isEmpty() ||
        source.time.isEmpty() || source.event.isEmpty() || source.sessionGapMs <= 0 ||
        source.customersTable.isEmpty() != source.customersId.isEmpty()) {
        throw Error(Location(db.path()),
                    Text::tr("the project file is damaged: its warehouse source is incomplete"));
    }
    return source;
}

void WarehouseSource::requireAttribute(const QString& attribute) const
{
    if (customerAttributes.contains(attribute))
        return;
    // Worded as customerAttribute() words it for an import.
    throw Error(customerAttributes.isEmpty()
                    ? Text::tr("no customer attribute \"%1\": no customers table was connected "
                               "(connect --customers-table)")
                          .arg(attribute)
                    : Text::tr("no customer attribute \"%1\"; the attributes are %2")
                          .arg(attribute, customerAttributes.join(QStringLiteral(", "))));
}

void WarehouseSource::write(Database& db) const
{
    const QJsonObject json{
        {QStringLiteral("connection"), connection},
        {QStringLiteral("table"), table},
        {QStringLiteral("customer"), customer},
        {QStringLiteral("time"), time},
        {QStringLiteral("event"), event},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("value"), value},
        {QStringLiteral("session"), session},
        {QStringLiteral("time_kind"), timeKind == TimeKind::EpochMillis
                                          ? QStringLiteral("epoch_ms")
                                          : QStringLiteral("timestamp")},
        {QStringLiteral("session_gap_ms"), sessionGapMs},
        {QStringLiteral("customers_table"), customersTable},
        {QStringLiteral("customers_id"), customersId},
        {QStringLiteral("customer_attributes"), QJsonArray::fromStringList(customerAttributes)},
    };
    Statement insert =
        db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('warehouse', ?)");
    insert.bind(1, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))).run();
}

Goal resolveWarehouseGoal(const ProjectGoal& goal, const EventLog& names,
                          const WarehouseSource& source)
{
    if (!goal.outcomeAttribute.isEmpty())
        source.requireAttribute(goal.outcomeAttribute);
    return goal.resolveNamesOnly(names);
}

} // namespace journeyscope
