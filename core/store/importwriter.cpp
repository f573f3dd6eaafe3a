#include "core/store/importwriter.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonDocument>
#include <string>

namespace journeyscope {

namespace {

constexpr int EventColumns = 9;
constexpr int SessionColumns = 7;
constexpr int CustomerColumns = 2;
constexpr int IdentityColumns = 4;

std::string multiRowInsert(const char* head, int columns, int rows)
{
    std::string row = "(";
    for (int i = 0; i < columns; ++i)
        row += i ? ",?" : "?";
    row += ")";
    std::string sql = head;
    for (int i = 0; i < rows; ++i) {
        sql += i ? "," : " VALUES ";
        sql += row;
    }
    return sql;
}

constexpr const char* EventInsert = "INSERT INTO events(customer_id, ts, touchpoint_id, "
                                    "channel_id, session_id, device_id, value, source_id, attrs)";
constexpr const char* SessionInsert = "INSERT INTO sessions(id, customer_id, source_id, key, "
                                      "start_ts, end_ts, events)";
constexpr const char* CustomerInsert = "INSERT INTO customers(id, key)";
constexpr const char* IdentityInsert =
    "INSERT INTO identities(customer_id, kind, value, source_id)";

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void bindOptionalId(Statement& statement, int parameter, qint32 id)
{
    if (id)
        statement.bind(parameter, qint64(id));
    else
        statement.bindNull(parameter);
}

} // namespace

ImportWriter::ImportWriter(Database& db)
    : m_db(db)
    , m_touchpoint(db.prepare("INSERT INTO touchpoints(id, name) VALUES (?, ?)"))
    , m_channel(db.prepare("INSERT INTO channels(id, name) VALUES (?, ?)"))
    , m_device(db.prepare("INSERT INTO devices(id, name) VALUES (?, ?)"))
    , m_customer(db.prepare(multiRowInsert(CustomerInsert, CustomerColumns, 1)))
    , m_customers(db.prepare(multiRowInsert(CustomerInsert, CustomerColumns, RowsPerInsert)))
    , m_identity(db.prepare(multiRowInsert(IdentityInsert, IdentityColumns, 1)))
    , m_identities(db.prepare(multiRowInsert(IdentityInsert, IdentityColumns, RowsPerInsert)))
    , m_customerAttributes(db.prepare("UPDATE customers SET attributes = json_patch(coalesce("
                                      "attributes, '{}'), ?) WHERE id = ?"))
    , m_consent(db.prepare("INSERT INTO consent(customer_id, ts, granted, source_id) VALUES "
                           "(?, ?, ?, ?)"))
    , m_issue(db.prepare("INSERT INTO import_issues(source_id, severity, line, col, field, "
                         "message) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_session(db.prepare(multiRowInsert(SessionInsert, SessionColumns, 1)))
    , m_sessions(db.prepare(multiRowInsert(SessionInsert, SessionColumns, RowsPerInsert)))
    , m_event(db.prepare(multiRowInsert(EventInsert, EventColumns, 1)))
    , m_events(db.prepare(multiRowInsert(EventInsert, EventColumns, RowsPerInsert)))
{}

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

template <typename Row, typename Bind>
void ImportWriter::insertRows(Statement& many, Statement& one, int columns,
                              const std::vector<Row>& rows, Bind bind)
{
    size_t i = 0;
    for (; i + RowsPerInsert <= rows.size(); i += RowsPerInsert) {
        for (int row = 0; row < RowsPerInsert; ++row)
            bind(many, row * columns + 1, rows[i + size_t(row)]);
        many.run();
    }
    for (; i < rows.size(); ++i) {
        bind(one, 1, rows[i]);
        one.run();
    }
}

void ImportWriter::write(EventBatch& batch, qint64 sourceId)
{
    const auto writeDictionary = [](Statement& insert, const std::vector<DictionaryRow>& rows) {
        for (const DictionaryRow& row : rows)
            insert.bind(1, row.id).bindText(2, row.name).run();
    };
    writeDictionary(m_touchpoint, batch.touchpoints);
    writeDictionary(m_channel, batch.channels);
    writeDictionary(m_device, batch.devices);
    insertRows(m_customers, m_customer, CustomerColumns, batch.customers,
               [](Statement& statement, int p, const DictionaryRow& customer) {
                   statement.bind(p, customer.id).bindText(p + 1, customer.name);
               });
    insertRows(m_identities, m_identity, IdentityColumns, batch.identities,
               [sourceId](Statement& statement, int p, const IdentityRow& identity) {
                   statement.bind(p, identity.customerId)
                       .bindText(p + 1, identity.kind)
                       .bindText(p + 2, identity.value)
                       .bind(p + 3, sourceId);
               });
    const std::string_view text = batch.text;
    for (const CustomerAttributesRow& row : batch.customerAttributes) {
        m_customerAttributes.bindText(1, text.substr(row.begin, row.end - row.begin))
            .bind(2, row.customerId)
            .run();
    }
    for (const ConsentRow& row : batch.consent) {
        m_consent.bind(1, row.customerId);
        if (row.hasTime)
            m_consent.bind(2, row.timeMs);
        else
            m_consent.bindNull(2);
        m_consent.bind(3, qint64(row.granted)).bind(4, sourceId).run();
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

    // Sessions close in no particular order; in id order they land on neighbouring pages.
    std::sort(batch.sessions.begin(), batch.sessions.end(),
              [](const SessionRow& a, const SessionRow& b) { return a.id < b.id; });
    insertRows(
        m_sessions, m_session, SessionColumns, batch.sessions,
        [sourceId](Statement& statement, int p, const SessionRow& session) {
            statement.bind(p, session.id).bind(p + 1, session.customerId).bind(p + 2, sourceId);
            if (session.key.empty())
                statement.bindNull(p + 3);
            else
                statement.bindText(p + 3, session.key);
            statement.bind(p + 4, session.startMs)
                .bind(p + 5, session.endMs)
                .bind(p + 6, session.events);
        });

    insertRows(m_events, m_event, EventColumns, batch.events,
               [sourceId, text](Statement& statement, int p, const EventRow& event) {
                   statement.bind(p, event.customerId)
                       .bind(p + 1, event.timeMs)
                       .bind(p + 2, qint64(event.touchpointId));
                   bindOptionalId(statement, p + 3, event.channelId);
                   statement.bind(p + 4, event.sessionId);
                   bindOptionalId(statement, p + 5, event.deviceId);
                   if (event.hasValue)
                       statement.bind(p + 6, event.value);
                   else
                       statement.bindNull(p + 6);
                   statement.bind(p + 7, sourceId);
                   if (event.attributesEnd > event.attributesBegin) {
                       statement.bindText(p + 8,
                                          text.substr(event.attributesBegin,
                                                      event.attributesEnd - event.attributesBegin));
                   } else {
                       statement.bindNull(p + 8);
                   }
               });
}

std::vector<DictionaryRow> ImportWriter::readDictionary(const Database& db, const char* table)
{
    const std::string column = std::string_view(table) == "customers" ? "key" : "name";
    Statement select = db.prepare("SELECT id, " + column + " FROM " + table);
    std::vector<DictionaryRow> rows;
    while (select.step())
        rows.push_back({select.columnInt(0), select.columnText(1).toStdString()});
    return rows;
}

std::vector<std::tuple<qint64, std::string, std::string>>
ImportWriter::readIdentities(const Database& db)
{
    Statement select = db.prepare("SELECT customer_id, kind, value FROM identities");
    std::vector<std::tuple<qint64, std::string, std::string>> rows;
    while (select.step()) {
        rows.emplace_back(select.columnInt(0), select.columnText(1).toStdString(),
                          select.columnText(2).toStdString());
    }
    return rows;
}

qint64 ImportWriter::maxId(const Database& db, const char* table)
{
    return db.queryInt(std::string("SELECT max(id) FROM ") + table).value_or(0);
}

} // namespace journeyscope
