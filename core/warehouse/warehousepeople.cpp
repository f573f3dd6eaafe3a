#include "core/warehouse/warehousepeople.h"

#include "core/base/error.h"
#include "core/journey/personas.h"
#include "core/warehouse/warehousecustomerfeatures.h"

#include <QCoreApplication>
#include <QSet>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::PeopleSelection)
};

/// Keeps in \a filter's customers only those in \a customers (all of them when it has none).
void keepOnly(WarehouseFilter& filter, QStringList customers)
{
    if (filter.customers) {
        const QSet<QString> kept(filter.customers->begin(), filter.customers->end());
        customers.removeIf([&](const QString& id) { return !kept.contains(id); });
    }
    filter.customers = std::move(customers);
}

} // namespace

void selectWarehousePeople(PgConnection& connection, const WarehouseSource& source,
                           const EventLog& names, const Database& db,
                           const PeopleSelection& selection, WarehouseFilter& filter,
                           Feedback* feedback)
{
    for (const auto& [attribute, values] : selection.attributeValues) {
        try {
            source.requireAttribute(attribute);
        } catch (const Error& error) {
            throw Error(Location(QStringLiteral("where")), error.message());
        }
        filter.attributeValues.append({attribute, values});
    }
    for (const QString& name : selection.visitedTouchpoints) {
        if (names.touchpointIndex(name) < 0) {
            throw Error(Location(QStringLiteral("touchpoint")),
                        Text::tr("no touchpoint \"%1\" in the project").arg(name));
        }
        filter.visitedEvents.append({name});
    }
    for (const QString& name : selection.reachedStages) {
        const qsizetype stage = names.stageNames().indexOf(name);
        if (stage < 0)
            throw Error(Location(QStringLiteral("stage")), Text::tr("no stage \"%1\"").arg(name));
        QStringList touchpoints;
        for (size_t t = 0; t < names.touchpointStages().size(); ++t) {
            if (names.touchpointStages()[t] == stage)
                touchpoints.append(names.touchpointNames().value(qsizetype(t)));
        }
        filter.visitedEvents.append(touchpoints);
    }

    // Segments and personas, from the features of everyone's events.
    std::optional<WarehouseCustomerFeatures> everyone;
    const auto segmentCustomers = [&](const char* condition, const QString& key,
                                      const QJsonObject& model) {
        if (!everyone)
            everyone = countWarehouseCustomerFeatures(connection, source, names, {}, {}, feedback);
        QStringList customers;
        try {
            for (const qsizetype row : rowsInSegment(everyone->features, key, model))
                customers.append(everyone->customers[row]);
        } catch (const Error& error) {
            throw Error(Location(QLatin1String(condition)), error.message());
        }
        return customers;
    };
    if (!selection.segmentKey.isEmpty())
        keepOnly(filter, segmentCustomers("segment", selection.segmentKey, {}));
    if (selection.personaId) {
        const Persona persona = personaWithId(db, *selection.personaId);
        keepOnly(filter, segmentCustomers("persona", persona.segmentKey, persona.segmentModel));
    }
}

} // namespace journeyscope
