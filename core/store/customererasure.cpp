#include "core/store/customererasure.h"

#include "core/base/error.h"
#include "core/store/database.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>

namespace journeyscope {

namespace {

/// "?, ?, ?" for \a count bound parameters: ids are never written into SQL.
std::string placeholders(qsizetype count)
{
    std::string list;
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? "?" : ", ?";
    return list;
}

/// Binds \a ids to the parameters of \a statement, \a repeat times over.
void bindIds(Statement& statement, const QList<qint64>& ids, int repeat)
{
    int index = 1;
    for (int r = 0; r < repeat; ++r) {
        for (const qint64 id : ids)
            statement.bind(index++, id);
    }
}

/// Runs \a sql with \a ids bound \a repeat times over; returns the rows it changed.
qint64 runWithIds(Database& db, const std::string& sql, const QList<qint64>& ids, int repeat = 1)
{
    Statement statement = db.prepare(sql);
    bindIds(statement, ids, repeat);
    statement.run();
    return db.changes();
}

} // namespace

QJsonObject ErasureReport::toJson() const
{
    return {{QStringLiteral("customers"), customers},
            {QStringLiteral("events"), events},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("identities"), identities},
            {QStringLiteral("identity_links"), identityLinks},
            {QStringLiteral("consent"), consent},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("models_to_retrain"), modelsToRetrain}};
}

ErasureReport eraseCustomer(Database& db, const QString& storedKey)
{
    if (Project::eventsInWarehouse(db)) {
        throw Error(Location(db.path()),
                    QCoreApplication::translate(
                        "journeyscope::CustomerErasure",
                        "its customers live in a database server and the project holds none of "
                        "their data: erase them there"));
    }
    Statement root = db.prepare("SELECT coalesce(merged_into, id) FROM customers WHERE key = ?");
    root.bind(1, storedKey);
    if (!root.step()) {
        throw Error(Location(QString(), 0, 0, QStringLiteral("customer")),
                    QCoreApplication::translate("journeyscope::CustomerErasure",
                                                "no customer with this id in the project"));
    }
    const qint64 person = root.columnInt(0);
    QList<qint64> ids;
    Statement members = db.prepare("SELECT id FROM customers WHERE id = ? OR merged_into = ?");
    members.bind(1, person).bind(2, person);
    while (members.step())
        ids.append(members.columnInt(0));
    const std::string in = "(" + placeholders(ids.size()) + ")";

    // Since when the project held the person's data: models trained after that saw it.
    Statement since = db.prepare(
        "SELECT min(s.imported_at) FROM sources s WHERE s.id IN (SELECT source_id FROM events "
        "WHERE customer_id IN " +
        in +
        " UNION SELECT source_id FROM identities WHERE "
        "customer_id IN " +
        in + ")");
    bindIds(since, ids, 2);
    const std::optional<qint64> firstImport =
        since.step() && !since.isNull(0) ? std::optional<qint64>(since.columnInt(0)) : std::nullopt;

    ErasureReport report;
    report.events = runWithIds(db, "DELETE FROM events WHERE customer_id IN " + in, ids);
    report.sessions = runWithIds(db, "DELETE FROM sessions WHERE customer_id IN " + in, ids);
    report.identities = runWithIds(db, "DELETE FROM identities WHERE customer_id IN " + in, ids);
    report.identityLinks = runWithIds(
        db, "DELETE FROM identity_links WHERE customer_id IN " + in + " OR other_id IN " + in, ids,
        2);
    report.consent = runWithIds(db, "DELETE FROM consent WHERE customer_id IN " + in, ids);
    report.scores = runWithIds(db, "DELETE FROM scores WHERE customer_id IN " + in, ids);
    report.customers = runWithIds(db, "DELETE FROM customers WHERE id IN " + in, ids);
    if (firstImport) {
        db.prepare("UPDATE models SET needs_retraining = 1 WHERE created_at >= ?")
            .bind(1, *firstImport)
            .run();
        report.modelsToRetrain = db.changes();
    }
    db.prepare("INSERT INTO audit_log(at, action, detail) VALUES (?, 'erase-customer', ?)")
        .bind(1, QDateTime::currentMSecsSinceEpoch())
        .bind(2, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)))
        .run();
    return report;
}

std::vector<AuditEntry> readAuditLog(const Database& db)
{
    std::vector<AuditEntry> entries;
    Statement select = db.prepare("SELECT id, at, action, detail FROM audit_log ORDER BY id");
    while (select.step()) {
        entries.push_back({select.columnInt(0), select.columnInt(1), select.columnText(2),
                           QJsonDocument::fromJson(select.columnText(3).toUtf8()).object()});
    }
    return entries;
}

QList<qint64> modelsNeedingRetraining(const Database& db)
{
    QList<qint64> ids;
    Statement select = db.prepare("SELECT id FROM models WHERE needs_retraining ORDER BY id");
    while (select.step())
        ids.append(select.columnInt(0));
    return ids;
}

} // namespace journeyscope
