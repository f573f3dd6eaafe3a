#include "core/ingest/projectexport.h"

#include "core/base/csvtext.h"
#include "core/base/feedback.h"
#include "core/base/timeutil.h"
#include "core/ingest/columnmapping.h"
#include "core/ingest/xeswriter.h"
#include "core/store/database.h"
#include "core/store/people.h"

#include <map>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace journeyscope {

namespace {

/// One event as read for export, in person and time order.
struct ExportEvent
{
    qint64 person;
    QString personKey;
    qint64 timeMs;
    QString touchpoint;
    QString channel;
    QString device;
    std::optional<double> value;
    qint64 session;
    QJsonObject attributes;
    qint64 source;
};

/// The type each source's mapping gave its columns: what XES types to write back.
std::map<qint64, QHash<QString, FieldType>> attributeTypes(const Database& db)
{
    std::map<qint64, QHash<QString, FieldType>> types;
    Statement select = db.prepare("SELECT id, mapping FROM sources");
    while (select.step()) {
        const QJsonObject mapping = QJsonDocument::fromJson(select.columnText(1).toUtf8()).object();
        const QJsonObject declared = mapping.value(QStringLiteral("types")).toObject();
        auto& sourceTypes = types[select.columnInt(0)];
        for (auto it = declared.begin(); it != declared.end(); ++it) {
            if (const auto type = typeFromName(it.value().toString()))
                sourceTypes.insert(it.key(), *type);
        }
    }
    return types;
}

/// Reads the events person by person; calls \a write for each person's events.
template <typename Write>
ExportSummary forEachPerson(const Database& db, Feedback* feedback, Write write)
{
    const std::unordered_set<qint64> excluded = people::withoutConsent(db);
    ExportSummary summary;
    summary.withoutConsent = qint64(excluded.size());
    Statement select = db.prepare(
        "SELECT coalesce(c.merged_into, c.id) AS person, r.key, e.ts, t.name, ch.name, d.name, "
        "e.value, e.session_id, e.attrs, e.source_id "
        "FROM events e JOIN customers c ON c.id = e.customer_id "
        "JOIN customers r ON r.id = coalesce(c.merged_into, c.id) "
        "JOIN touchpoints t ON t.id = e.touchpoint_id "
        "LEFT JOIN channels ch ON ch.id = e.channel_id LEFT JOIN devices d ON d.id = e.device_id "
        "ORDER BY person, e.ts, e.id");
    std::vector<ExportEvent> trace;
    const auto flush = [&] {
        if (trace.empty())
            return;
        write(trace);
        ++summary.traces;
        summary.events += qint64(trace.size());
        trace.clear();
    };
    while (select.step()) {
        const qint64 person = select.columnInt(0);
        if (excluded.contains(person))
            continue;
        if (!trace.empty() && trace.front().person != person) {
            flush();
            if (feedback && summary.traces % 1024 == 0)
                feedback->checkCanceled();
        }
        ExportEvent event{
            person,
            select.columnText(1),
            select.columnInt(2),
            select.columnText(3),
            select.isNull(4) ? QString() : select.columnText(4),
            select.isNull(5) ? QString() : select.columnText(5),
            select.isNull(6) ? std::nullopt : std::optional<double>(select.columnDouble(6)),
            select.columnInt(7),
            select.isNull(8) ? QJsonObject()
                             : QJsonDocument::fromJson(select.columnText(8).toUtf8()).object(),
            select.columnInt(9)};
        trace.push_back(std::move(event));
    }
    flush();
    return summary;
}

QString xesTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+00:00"));
}

/// A float as text that reads back as a float: "35.0", not "35".
QString floatText(double number)
{
    QString text = QString::number(number, 'g', 17);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) &&
        !text.contains(QLatin1Char('n')))
        text += QStringLiteral(".0");
    return text;
}

/// A JSON attribute as XES writes it: the declared type when the source said one.
XesAttribute xesAttribute(const QString& key, const QJsonValue& value,
                          const QHash<QString, FieldType>& declared)
{
    const FieldType type = declared.value(key, FieldType::Text);
    switch (value.type()) {
    case QJsonValue::Bool:
        return {key, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                FieldType::Boolean};
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool integral = type == FieldType::Integer ||
                              (type != FieldType::Float && number == double(qint64(number)));
        return integral ? XesAttribute{key, QString::number(qint64(number)), FieldType::Integer}
                        : XesAttribute{key, floatText(number), FieldType::Float};
    }
    default:
        return {key, value.toString(), type == FieldType::Date ? FieldType::Date : FieldType::Text};
    }
}

} // namespace

ExportSummary exportXes(const Database& db, QIODevice& out, Feedback* feedback)
{
    const auto types = attributeTypes(db);
    XesWriter writer(out);
    writer.beginLog(
        {{QStringLiteral("concept:name"), QStringLiteral("Journeyscope export"), FieldType::Text}});
    const ExportSummary summary =
        forEachPerson(db, feedback, [&](const std::vector<ExportEvent>& trace) {
            const QString casePrefix = QStringLiteral("case:");
            QList<XesAttribute> traceAttributes{
                {QStringLiteral("concept:name"), trace.front().personKey, FieldType::Text}};
            const QJsonObject& first = trace.front().attributes;
            const auto& firstTypes = types.at(trace.front().source);
            for (auto it = first.begin(); it != first.end(); ++it) {
                if (it.key().startsWith(casePrefix) &&
                    it.key() != QLatin1String("case:concept:name"))
                    traceAttributes.append(
                        xesAttribute(it.key().mid(casePrefix.size()), it.value(), firstTypes));
            }
            writer.beginTrace(traceAttributes);
            for (const ExportEvent& event : trace) {
                QList<XesAttribute> attributes{
                    {QStringLiteral("concept:name"), event.touchpoint, FieldType::Text},
                    {QStringLiteral("time:timestamp"), xesTime(event.timeMs), FieldType::Date},
                    {QStringLiteral("session"), QString::number(event.session),
                     FieldType::Integer}};
                if (!event.channel.isEmpty())
                    attributes.append({QStringLiteral("channel"), event.channel, FieldType::Text});
                if (!event.device.isEmpty())
                    attributes.append({QStringLiteral("device"), event.device, FieldType::Text});
                if (event.value)
                    attributes.append({QStringLiteral("value"),
                                       QString::number(*event.value, 'g', 17), FieldType::Float});
                const auto& declared = types.at(event.source);
                for (auto it = event.attributes.begin(); it != event.attributes.end(); ++it) {
                    if (!it.key().startsWith(casePrefix))
                        attributes.append(xesAttribute(it.key(), it.value(), declared));
                }
                writer.event(attributes);
            }
            writer.endTrace();
        });
    writer.endLog();
    return summary;
}

ExportSummary exportCsv(const Database& db, QIODevice& out, Feedback* feedback)
{
    // The attribute columns are every key any event has: a first pass over the attributes.
    QStringList keys;
    {
        Statement select = db.prepare("SELECT DISTINCT attrs FROM events WHERE attrs IS NOT NULL");
        QSet<QString> seen;
        while (select.step()) {
            const QJsonObject object =
                QJsonDocument::fromJson(select.columnText(0).toUtf8()).object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    keys.append(it.key());
                }
            }
        }
    }
    QStringList header = {QStringLiteral("case:concept:name"),
                          QStringLiteral("concept:name"),
                          QStringLiteral("time:timestamp"),
                          QStringLiteral("channel"),
                          QStringLiteral("device"),
                          QStringLiteral("value"),
                          QStringLiteral("session")};
    for (const QString& key : keys)
        header.append(csvField(key));
    out.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    return forEachPerson(db, feedback, [&](const std::vector<ExportEvent>& trace) {
        QByteArray lines;
        for (const ExportEvent& event : trace) {
            QStringList fields = {csvField(event.personKey),
                                  csvField(event.touchpoint),
                                  formatIsoUtc(event.timeMs),
                                  csvField(event.channel),
                                  csvField(event.device),
                                  event.value ? QString::number(*event.value, 'g', 17) : QString(),
                                  QString::number(event.session)};
            for (const QString& key : keys) {
                const QJsonValue value = event.attributes.value(key);
                fields.append(value.isBool()     ? (value.toBool() ? QStringLiteral("true")
                                                                   : QStringLiteral("false"))
                              : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                                 : csvField(value.toString()));
            }
            lines += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        if (out.write(lines) != lines.size())
            throw Error(Location(QStringLiteral("output")), out.errorString());
    });
}

} // namespace journeyscope
