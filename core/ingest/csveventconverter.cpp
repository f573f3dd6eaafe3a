#include "core/ingest/csveventconverter.h"

#include "core/ingest/csvreader.h"
#include "core/ingest/fieldparsers.h"

namespace journeyscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::CsvEventConverter", text);
}

std::string jsonKey(const QString& name)
{
    std::string key;
    appendJsonString(key, name.toStdString());
    key.push_back(':');
    return key;
}

/// A value for a message: quoted, at most 40 characters.
QString shown(std::string_view value)
{
    QString text = QString::fromUtf8(value.data(), qsizetype(std::min<size_t>(value.size(), 120)));
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

CsvEventConverter::CsvEventConverter(const ColumnMapping& mapping, const ImportOptions& options,
                                     ImportDictionaries& dictionaries, Sessioniser& sessioniser,
                                     FileImportReport& report)
    : m_mapping(mapping)
    , m_onRowError(options.onRowError)
    , m_decimalComma(mapping.delimiter != ',')
    , m_dictionaries(dictionaries)
    , m_sessioniser(sessioniser)
    , m_report(report)
    , m_columns(mapping.header.size())
    , m_customer(mapping.column(ColumnRole::Customer))
    , m_time(mapping.column(ColumnRole::Time))
    , m_event(mapping.column(ColumnRole::Event))
    , m_channel(mapping.column(ColumnRole::Channel))
    , m_value(mapping.column(ColumnRole::Value))
    , m_session(mapping.column(ColumnRole::Session))
    , m_device(mapping.column(ColumnRole::Device))
{
    for (int column = 0; column < m_columns; ++column) {
        const ColumnRole role = mapping.roles[column];
        if (isPersonalData(role))
            m_personal.push_back({column, role, jsonKey(mapping.header[column])});
        else if (role == ColumnRole::Attribute)
            m_attributes.push_back({column, jsonKey(mapping.header[column])});
    }
}

void CsvEventConverter::convert(const CsvReader& reader, EventBatch& batch)
{
    ++m_report.rows;
    const std::vector<std::string_view>& fields = reader.fields();
    if (qsizetype(fields.size()) != m_columns)
        return reject(reader, batch, Problem::FieldCount, -1);

    // Check every value before anything is added, so a rejected row leaves no trace.
    const std::string_view customerKey = trimmed(fields[size_t(m_customer)]);
    if (customerKey.empty())
        return reject(reader, batch, Problem::EmptyCustomer, m_customer);
    const std::optional<qint64> time = m_mapping.timeFormat.parse(fields[size_t(m_time)]);
    if (!time)
        return reject(reader, batch, Problem::BadTime, m_time, fields[size_t(m_time)]);
    const std::string_view event = trimmed(fields[size_t(m_event)]);
    if (event.empty())
        return reject(reader, batch, Problem::EmptyEvent, m_event);

    const auto optionalText = [&](int column) -> std::string_view {
        return column >= 0 ? trimmed(fields[size_t(column)]) : std::string_view();
    };
    const std::string_view channel = optionalText(m_channel);
    const std::string_view device = optionalText(m_device);
    const std::string_view sessionKey = optionalText(m_session);
    const std::string_view valueText = optionalText(m_value);
    std::optional<double> value;
    if (!valueText.empty()) {
        value = parseNumber(valueText, m_decimalComma);
        if (!value)
            return reject(reader, batch, Problem::BadValue, m_value, valueText);
    }
    for (const int column : {m_customer, m_event, m_channel, m_device, m_session}) {
        if (column >= 0 && !isValidUtf8(fields[size_t(column)]))
            return reject(reader, batch, Problem::BadText, column);
    }
    for (const AttributeColumn& attribute : m_attributes) {
        if (!isValidUtf8(fields[size_t(attribute.column)]))
            return reject(reader, batch, Problem::BadText, attribute.column);
    }

    EventRow row;
    row.timeMs = *time;
    row.touchpointId = m_dictionaries.touchpoints.idOf(event, batch.touchpoints);
    row.channelId = channel.empty() ? 0 : m_dictionaries.channels.idOf(channel, batch.channels);
    row.deviceId = device.empty() ? 0 : m_dictionaries.devices.idOf(device, batch.devices);
    row.hasValue = value.has_value();
    row.value = value.value_or(0.0);

    const CustomerEntry& customer = m_dictionaries.customers.find(customerKey, batch.customers);
    row.customerId = customer.id;
    row.sessionId = m_session >= 0
                        ? m_sessioniser.addKeyed(customer.slot, customer.id, sessionKey, *time)
                        : m_sessioniser.add(customer.slot, customer.id, *time);

    const size_t attributesBegin = batch.text.size();
    const auto openAttribute = [&] {
        batch.text.push_back(batch.text.size() == attributesBegin ? '{' : ',');
    };
    for (const PersonalColumn& personal : m_personal) {
        const std::string_view text = trimmed(fields[size_t(personal.column)]);
        if (text.empty())
            continue;
        const std::string& stored = m_dictionaries.personalData.stored(personal.role, text);
        if (personal.role == ColumnRole::IpAddress) {
            openAttribute();
            batch.text += personal.jsonKey;
            appendJsonString(batch.text, stored);
        } else if (m_dictionaries.personalData.firstSighting(customer.id, personal.role, stored)) {
            batch.identities.push_back({customer.id, roleKey(personal.role), stored});
        }
    }
    for (const AttributeColumn& attribute : m_attributes) {
        const std::string_view text = trimmed(fields[size_t(attribute.column)]);
        if (text.empty())
            continue;
        openAttribute();
        batch.text += attribute.jsonKey;
        appendJsonString(batch.text, text);
    }
    if (batch.text.size() > attributesBegin)
        batch.text.push_back('}');
    row.attributesBegin = quint32(attributesBegin);
    row.attributesEnd = quint32(batch.text.size());
    batch.events.push_back(row);
    ++m_report.imported;
}

void CsvEventConverter::reject(const CsvReader& reader, EventBatch& batch, Problem problem,
                               int column, std::string_view found)
{
    const QString field = column >= 0 ? m_mapping.header[column] : QString();
    QString reason;
    QString message;
    switch (problem) {
    case Problem::FieldCount:
        reason = tr("wrong number of fields");
        message = tr("expected %1 fields as in the header, found %2")
                      .arg(m_columns)
                      .arg(reader.fields().size());
        break;
    case Problem::EmptyCustomer:
        reason = tr("empty customer id");
        message = tr("column \"%1\": expected a customer id, found an empty field").arg(field);
        break;
    case Problem::BadTime:
        reason = tr("bad time");
        message = tr("column \"%1\": expected %2, found %3")
                      .arg(field, m_mapping.timeFormat.describe(), shown(found));
        break;
    case Problem::EmptyEvent:
        reason = tr("empty event");
        message = tr("column \"%1\": expected an event name, found an empty field").arg(field);
        break;
    case Problem::BadValue:
        reason = tr("bad value");
        message = tr("column \"%1\": expected a number, found %2").arg(field, shown(found));
        break;
    case Problem::BadText:
        reason = tr("invalid UTF-8");
        message = tr("column \"%1\": expected UTF-8 text, found invalid bytes (save the file "
                     "as UTF-8)")
                      .arg(field);
        break;
    }
    Location location =
        column >= 0 ? reader.fieldLocation(column) : Location(reader.path(), reader.line(), 1);
    location.field = field;
    if (m_onRowError == OnRowError::Stop)
        throw Error(location, message);

    ++m_report.skipped;
    batch.issues.push_back(
        {Issue::Severity::Warning, location.line, location.column, field, message});
    for (SkippedRows& skipped : m_report.skippedByReason) {
        if (skipped.reason == reason) {
            ++skipped.count;
            return;
        }
    }
    m_report.skippedByReason.append({reason, 1, location, message});
}

} // namespace journeyscope
