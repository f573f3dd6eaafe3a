#include "core/store/projectsummary.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/people.h"
#include "core/store/project.h"

#include <QJsonArray>

namespace journeyscope {

ProjectSummary ProjectSummary::read(const Database& db)
{
    ProjectSummary summary;
    summary.eventsInWarehouse = Project::eventsInWarehouse(db);
    Statement events = db.prepare("SELECT count(*), min(ts), max(ts) FROM events");
    events.step();
    summary.events = events.columnInt(0);
    if (summary.events > 0) {
        summary.firstMs = events.columnInt(1);
        summary.lastMs = events.columnInt(2);
    }
    // Dictionaries only hold names that events use: the import adds a name with its
    // first event.
    summary.touchpoints = db.queryInt("SELECT count(*) FROM touchpoints").value_or(0);
    summary.channels = db.queryInt("SELECT count(*) FROM channels").value_or(0);
    summary.customers = people::count(db);
    summary.mergedCustomers =
        db.queryInt("SELECT count(*) FROM customers WHERE merged_into IS NOT NULL").value_or(0);
    summary.withoutConsent = qint64(people::withoutConsent(db).size());
    summary.sessions = db.queryInt("SELECT count(*) FROM sessions").value_or(0);

    summary.sources = readSources(db);
    return summary;
}

QList<SourceSummary> ProjectSummary::readSources(const Database& db)
{
    QList<SourceSummary> list;
    Statement sources = db.prepare("SELECT id, name, path, size, sha256, format, imported_at, "
                                   "rows, imported, skipped FROM sources ORDER BY id");
    while (sources.step()) {
        list.append({sources.columnInt(0), sources.columnText(1), sources.columnText(2),
                     sources.columnInt(3), sources.columnText(4), sources.columnText(5),
                     sources.columnInt(6), sources.columnInt(7), sources.columnInt(8),
                     sources.columnInt(9)});
    }
    return list;
}

QJsonObject ProjectSummary::toJson() const
{
    QJsonArray sourceArray;
    for (const SourceSummary& source : sources) {
        sourceArray.append(QJsonObject{
            {QStringLiteral("name"), source.name},
            {QStringLiteral("path"), source.path},
            {QStringLiteral("size"), source.size},
            {QStringLiteral("sha256"), source.sha256},
            {QStringLiteral("format"), source.format},
            {QStringLiteral("imported_at"), formatIsoUtc(source.importedAtMs)},
            {QStringLiteral("rows"), source.rows},
            {QStringLiteral("imported"), source.imported},
            {QStringLiteral("skipped"), source.skipped},
        });
    }
    return QJsonObject{
        {QStringLiteral("events"), events},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("touchpoints"), touchpoints},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("first"), firstMs ? QJsonValue(formatIsoUtc(*firstMs)) : QJsonValue()},
        {QStringLiteral("last"), lastMs ? QJsonValue(formatIsoUtc(*lastMs)) : QJsonValue()},
        {QStringLiteral("merged_customers"), mergedCustomers},
        {QStringLiteral("excluded_customers"), withoutConsent},
        {QStringLiteral("sources"), sourceArray},
    };
}

} // namespace journeyscope
