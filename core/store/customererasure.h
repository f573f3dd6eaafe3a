#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

namespace journeyscope {

class Database;

/// What erasing a person removed.
struct ErasureReport
{
    qint64 customers = 0; ///< the person's customer records (merged ones included)
    qint64 events = 0;
    qint64 sessions = 0;
    qint64 identities = 0;
    qint64 identityLinks = 0;
    qint64 consent = 0;
    qint64 scores = 0;
    qint64 modelsToRetrain = 0; ///< models trained while the person's data was there

    /// {"customers":N,"events":N,"sessions":N,"identities":N,"identity_links":N,
    ///  "consent":N,"scores":N,"models_to_retrain":N}
    QJsonObject toJson() const;
};

/**
 * Erases, in the caller's transaction, every trace of the person whose stored customer key
 * is \a storedKey (as the project keeps it: pseudonymised unless it keeps ids): all their
 * customer records, merged ones included, with their events, sessions, identities, identity
 * links, consent statements and scores. Models trained since the person's data came in are
 * flagged for retraining, and the erasure is written to the project's audit log, which
 * names no one (the counts and the time). The caller vacuums after committing, so that the
 * bytes leave the file. Throws Error when no customer has the key, and for a warehouse
 * project (its customers' data is on the server, none in the file).
 */
ErasureReport eraseCustomer(Database& db, const QString& storedKey);

/// One entry of the project's audit log (table audit_log), which names no one.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString action;     ///< "erase-customer"
    QJsonObject detail; ///< for an erasure, ErasureReport::toJson()
};

/// The project's audit log, oldest first.
std::vector<AuditEntry> readAuditLog(const Database& db);

/// Models flagged by an erasure (models.needs_retraining), by id.
QList<qint64> modelsNeedingRetraining(const Database& db);

} // namespace journeyscope
