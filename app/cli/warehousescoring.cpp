#include "app/cli/warehousescoring.h"

#include "app/cli/analysisoptions.h"
#include "core/predict/dropoffmodel.h"
#include "core/predict/peoplecontext.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousemodelrows.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::score)
};

} // namespace

std::vector<CustomerScore>
scoreWarehouseJourneys(PgConnection& connection, const QString& path, const WarehouseSource& source,
                       const StoredModel& model, const ScoreOptions& options,
                       const std::optional<QString>& onlyCustomer, Feedback* feedback)
{
    if (model.kind != QLatin1String("dropoff")) {
        throw Error(Location(QStringLiteral("--model")),
                    Text::tr("model %1 is a %2 model: a warehouse project has no customer "
                             "table, so it scores with drop-off models")
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
