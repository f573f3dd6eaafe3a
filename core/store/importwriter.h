#pragma once

#include "core/store/database.h"
#include "core/store/eventbatch.h"

#include <QJsonObject>
#include <tuple>

namespace journeyscope {

/// A file being imported, as recorded in the sources table.
struct SourceRecord
{
    QString name;
    QString path;
    qint64 size = 0;
    QString sha256;
    QString format;
    QJsonObject mapping;
    QJsonObject report;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
};

/**
 * Writes what an import produces into a project, inside the caller's transaction.
 * Customers, identities, sessions and events go in with multi-row INSERTs (several times
 * faster than one row per statement).
 */
class ImportWriter
{
public:
    explicit ImportWriter(Database& db);

    /// Adds a source row (counts and report filled in by finishSource()); returns its id.
    qint64 beginSource(const SourceRecord& source);
    void finishSource(qint64 sourceId, const SourceRecord& source);

    void write(EventBatch& batch, qint64 sourceId);

    /// Existing rows of "touchpoints", "channels", "devices" or "customers" (key as name).
    static std::vector<DictionaryRow> readDictionary(const Database& db, const char* table);
    /// Existing identities: (customer id, kind, value as stored).
    static std::vector<std::tuple<qint64, std::string, std::string>>
    readIdentities(const Database& db);
    /// The largest id in \a table, 0 when empty.
    static qint64 maxId(const Database& db, const char* table);

private:
    static constexpr int RowsPerInsert = 64;

    /// Inserts \a rows RowsPerInsert at a time through \a many, the rest through \a one;
    /// bind(statement, firstParameter, row) binds one row.
    template <typename Row, typename Bind>
    static void insertRows(Statement& many, Statement& one, int columns,
                           const std::vector<Row>& rows, Bind bind);

    Database& m_db;
    Statement m_touchpoint;
    Statement m_channel;
    Statement m_device;
    Statement m_customer;
    Statement m_customers;
    Statement m_identity;
    Statement m_identities;
    Statement m_customerAttributes;
    Statement m_consent;
    Statement m_issue;
    Statement m_session;
    Statement m_sessions;
    Statement m_event;
    Statement m_events;
};

} // namespace journeyscope
