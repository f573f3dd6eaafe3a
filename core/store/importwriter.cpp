#include "core/store/importwriter.h"

#include <QDateTime>
#include <QJsonDocument>

#include <string>

namespace journeyscope {

namespace {

constexpr int EventColumns = 9;

std::string eventInsert(int rows)
{
    std::string sql = "INSERT INTO events(customer_id, ts, touchpoint_id, channel_id, "
                      "session_id, device_id, value, source_id, attrs) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?)";
    return sql;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ImportWriter::ImportWriter(Database& db)
    : m_db(db)
    , m_touchpoint(db.prepare("INSERT INTO touchpoints(id, name) VALUES (?, ?)"))
    , m_channel(db.prepare("INSERT INTO channels(id, name) VALUES (?, ?)"))
    , m_device(db.prepare("INSERT INTO devices(id, name) VALUES (?, ?)"))
    , m_customer(db.prepare("INSERT INTO customers(id, key) VALUES (?, ?)"))
    , m_identity(db.prepare("INSERT OR IGNORE INTO identities(customer_id, kind, value, "
                            "source_id) VALUES (?, ?, ?, ?)"))
    , m_session(db.prepare("INSERT INTO sessions(id, customer_id, source_id, key, start_ts, "
                           "end_ts, events) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_issue(db.prepare("INSERT INTO import_issues(source_id, severity, line, col, field, "
                         "message) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_event(db.prepare(eventInsert(1)))
    , m_events(db.prepare(eventInsert(RowsPerInsert)))
{
}

qint64 ImportWriter::beginSource(const SourceRecord& source)
{
    Statement insert = m_db.prepare(
        "INSERT INTO sources(name, path, size, sha256, format, mapping, report, imported_at, "
        "rows, imported, skipped) VALUES (?, ?, ?, ?, ?, '{}', '{}', ?, 0, 0, 0)");
    insert.bind(1, source.name)
        .bind(2, source.path)
        .bind(3, source.size)
        .bind(4, source.sha256)
        .bind(5, source.format)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .run();
    return m_db.lastInsertRowId();
}

void ImportWriter::finishSource(qint64 sourceId, const SourceRecord& source)
{
    Statement update = m_db.prepare("UPDATE sources SET sha256 = ?, mapping = ?, report = ?, "
                                    "rows = ?, imported = ?, skipped = ? WHERE id = ?");
    update.bind(1, source.sha256)
        .bind(2, compactJson(source.mapping))
        .bind(3, compactJson(source.report))
        .bind(4, source.rows)
        .bind(5, source.imported)
        .bind(6, source.skipped)
        .bind(7, sourceId)
        .run();
}

void ImportWriter::write(const EventBatch& batch, qint64 sourceId)
{
    const auto writeDictionary = [](Statement& insert, const std::vector<DictionaryRow>& rows) {
        for (const DictionaryRow& row : rows)
            insert.bind(1, row.id).bindText(2, row.name).run();
    };
    writeDictionary(m_touchpoint, batch.touchpoints);
    writeDictionary(m_channel, batch.channels);
    writeDictionary(m_device, batch.devices);
    writeDictionary(m_customer, batch.customers);

    for (const IdentityRow& identity : batch.identities) {
        m_identity.bind(1, identity.customerId)
            .bindText(2, identity.kind)
            .bindText(3, identity.value)
            .bind(4, sourceId)
            .run();
    }
    for (const SessionRow& session : batch.sessions) {
        m_session.bind(1, session.id).bind(2, session.customerId).bind(3, sourceId);
        if (session.key.empty())
            m_session.bindNull(4);
        else
            m_session.bindText(4, session.key);
        m_session.bind(5, session.startMs)
            .bind(6, session.endMs)
            .bind(7, session.events)
            .run();
    }
    for (const IssueRow& issue : batch.issues) {
        m_issue.bind(1, sourceId)
            .bind(2, Issue::severityName(issue.severity))
            .bind(3, issue.line)
            .bind(4, issue.column)
            .bind(5, issue.field)
            .bind(6, issue.message)
            .run();
    }

    const size_t count = batch.events.size();
    size_t i = 0;
    for (; i + RowsPerInsert <= count; i += RowsPerInsert) {
        for (int row = 0; row < RowsPerInsert; ++row)
            bindEvent(m_events, row * EventColumns + 1, batch.events[i + size_t(row)], batch,
                      sourceId);
        m_events.run();
    }
    for (; i < count; ++i) {
        bindEvent(m_event, 1, batch.events[i], batch, sourceId);
        m_event.run();
    }
}

void ImportWriter::bindEvent(Statement& statement, int p, const EventRow& event,
                             const EventBatch& batch, qint64 sourceId)
{
    statement.bind(p, event.customerId).bind(p + 1, event.timeMs).bind(p + 2,
                                                                        qint64(event.touchpointId));
    if (event.channelId)
        statement.bind(p + 3, qint64(event.channelId));
    else
        statement.bindNull(p + 3);
    statement.bind(p + 4, event.sessionId);
    if (event.deviceId)
        statement.bind(p + 5, qint64(event.deviceId));
    else
        statement.bindNull(p + 5);
    if (event.hasValue)
        statement.bind(p + 6, event.value);
    else
        statement.bindNull(p + 6);
    statement.bind(p + 7, sourceId);
    if (event.attributesEnd > event.attributesBegin) {
        statement.bindText(p + 8, std::string_view(batch.text).substr(
                                      event.attributesBegin,
                                      event.attributesEnd - event.attributesBegin));
    } else {
        statement.bindNull(p + 8);
    }
}

std::vector<DictionaryRow> ImportWriter::readDictionary(const Database& db, const char* table)
{
    const std::string column = std::string_view(table) == "customers" ? "key" : "name";
    Statement select = db.prepare("SELECT id, " + column + " FROM " + table);
    std::vector<DictionaryRow> rows;
    while (select.step()) {
        rows.push_back({select.columnInt(0), select.columnText(1).toStdString()});
    }
    return rows;
}

qint64 ImportWriter::maxId(const Database& db, const char* table)
{
    return db.queryInt(std::string("SELECT max(id) FROM ") + table).value_or(0);
}

} // namespace journeyscope
