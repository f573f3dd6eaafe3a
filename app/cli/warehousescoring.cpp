#include "app/cli/warehousescoring.h"

#include "app/cli/analysisoptions.h"
#include "core/predict/customertable.h"
#include "core/predict/dropoffmodel.h"
#include "core/predict/peoplecontext.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousecustomertable.h"
#include "core/warehouse/warehousemodelrows.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::score)
};

/// A label model's scores of the rows of the customers table (or of \a onlyCustomer's).
std::vector<CustomerScore> scoreCustomerRows(PgConnection& connection,
                                             const WarehouseSource& source,
                                             const StoredModel& model, const ScoreOptions& options,
                                             const std::optional<QString>& onlyCustomer,
                                             Feedback* feedback)
{
    const WarehouseCustomerRows customers = readWarehouseCustomerRows(connection, source, feedback);
    QStringList keys;
    std::vector<const QJsonObject*> rows;
    for (const auto& [row, attributes] : customers.attributes) {
        const QString& key = customers.ids[qsizetype(row)];
        if (!onlyCustomer || key == *onlyCustomer) {
            keys.append(key);
            rows.push_back(&attributes);
        }
    }
    if (onlyCustomer && keys.isEmpty()) {
        throw Error(
            Location(QStringLiteral("--customer")),
            Text::tr("customer \"%1\" has no row in the customers table").arg(*onlyCustomer));
    }
    return rankCustomers(model, encodeAttributes(rows, model.target, 30, model.features),
                         std::vector<qint64>(size_t(keys.size()), 0), keys, options.holdoutShare,
                         onlyCustomer ? 1 : options.explained);
}

} // namespace

std::vector<CustomerScore> scoreInWarehouse(PgConnection& connection, const QString& path,
                                            const WarehouseSource& source, const StoredModel& model,
                                            const ScoreOptions& options,
                                            const std::optional<QString>& onlyCustomer,
                                            Feedback* feedback)
{
    if (model.kind == QLatin1String("label"))
        return scoreCustomerRows(connection, source, model, options, onlyCustomer, feedback);
    if (model.kind != QLatin1String("dropoff")) {
        throw Error(Location(QStringLiteral("--model")),
                    Text::tr("model %1 is a %2 model, which does not score customers")
                        .arg(model.id)
                        .arg(model.kind));
    }
    const EventLog names = loadEventNames(path);
    const Goal goal = goalOfModel(Project::openForReading(path)->database(), names, model);
    WarehouseFilter before;
    before.toMs = options.atMs;
    if (onlyCustomer)
        before.customers = QStringList{*onlyCustomer};
    const qint64 dataEndMs =
        options.atMs ? *options.atMs : lastEventMs(connection, source, feedback);
    const WarehouseModelRows rows = warehouseRowsInFlight(
        connection, source, names, before, JourneyScope::Customer, goal, dataEndMs, feedback);
    if (onlyCustomer && rows.customers.isEmpty()) {
        throw Error(Location(QStringLiteral("--customer")),
                    Text::tr("no journey of customer \"%1\" is in flight: model %2 scores only "
                             "journeys that have not reached the goal yet")
                        .arg(*onlyCustomer)
                        .arg(model.id));
    }
    PeopleContext people;
    people.outcomeAttribute = model.settings.value(QStringLiteral("outcome_attribute")).toString();
    return rankCustomers(model, alignToModel(rows.rows, names, model, people),
                         std::vector<qint64>(size_t(rows.customers.size()), 0), rows.customers,
                         options.holdoutShare, onlyCustomer ? 1 : options.explained);
}

} // namespace journeyscope::cli
