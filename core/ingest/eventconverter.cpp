#include "core/ingest/eventconverter.h"

#include "core/ingest/fieldparsers.h"
#include "core/ingest/identityresolver.h"
#include "core/ingest/recordsource.h"

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::EventConverter)
};

std::string jsonKey(std::string_view name)
{
    std::string key;
    appendJsonString(key, name);
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

/// JSON's number grammar, which is stricter than what exports write ("1.", ".5", "+1").
bool isJsonNumber(std::string_view text)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == text.size();
}

} // namespace

EventConverter::EventConverter(const ColumnMapping& mapping, ImportKind kind,
                               const ImportOptions& options, ImportDictionaries& dictionaries,
                               IdentityResolver& identities, Sessioniser& sessioniser,
                               FileImportReport& report)
    : m_mapping(mapping)
    , m_kind(kind)
    , m_onRowError(options.onRowError)
    , m_decimalComma(mapping.delimiter != ',')
    , m_dictionaries(dictionaries)
    , m_identities(identities)
    , m_sessioniser(sessioniser)
    , m_report(report)
    , m_columnCount(mapping.header.size())
    , m_customer(mapping.column(ColumnRole::Customer))
    , m_time(mapping.column(ColumnRole::Time))
    , m_event(mapping.column(ColumnRole::Event))
    , m_channel(mapping.column(ColumnRole::Channel))
    , m_value(mapping.column(ColumnRole::Value))
    , m_session(mapping.column(ColumnRole::Session))
    , m_device(mapping.column(ColumnRole::Device))
    , m_consent(mapping.column(ColumnRole::Consent))
    , m_blankNumbers(size_t(m_columnCount), 0)
{
    for (int column = 0; column < m_columnCount; ++column) {
        const ColumnRole role = mapping.roles[column];
        const FieldType type = mapping.types.value(column, FieldType::Text);
        Column entry{column, role, type, jsonKey(mapping.header[column].toStdString())};
        if (isPersonalData(role) || role == ColumnRole::Identifier)
            m_personal.push_back(std::move(entry));
        else if (role == ColumnRole::Attribute)
            m_attributes.push_back(std::move(entry));
        else if (role == ColumnRole::EventDate)
            m_dates.push_back(std::move(entry));
    }
    m_dateEvents.assign(m_dates.size(), 0);
}

CustomerEntry EventConverter::customerFor(std::string_view key, EventBatch& batch)
{
    bool created = false;
    const CustomerEntry customer = m_dictionaries.customers.find(key, batch.customers, &created);
    if (created) {
        // Someone met earlier with this key as another id is the same person.
        const std::string stored = m_dictionaries.customers.storedKey(key);
        if (const qint64 holder = m_identities.identifierHolder(stored))
            m_identities.linkToKey(customer.id, holder, stored);
    }
    return customer;
}

void EventConverter::convert(const RecordSource& source, EventBatch& batch)
{
    ++m_report.rows;
    const std::vector<std::string_view>& fields = source.fields();
    if (qsizetype(fields.size()) != m_columnCount)
        return reject(source, batch, Problem::FieldCount, -1);
    const auto field = [&](int column) -> std::string_view {
        return column >= 0 ? trimmed(fields[size_t(column)]) : std::string_view();
    };

    // Check every value before anything is added, so a rejected record leaves no trace.
    std::string_view customerKey = field(m_customer);
    if (m_kind == ImportKind::CustomerTable && m_customer < 0) {
        // A table of customers without an id column: each row is its own customer.
        m_key = "row " + std::to_string(source.location(-1).line);
        customerKey = m_key;
    }
    if (customerKey.empty())
        return reject(source, batch, Problem::EmptyCustomer, m_customer);

    const bool events = m_kind == ImportKind::Events;
    std::optional<qint64> time;
    if (events && m_time >= 0) {
        time = m_mapping.timeFormat.parse(fields[size_t(m_time)]);
        if (!time)
            return reject(source, batch, Problem::BadTime, m_time, fields[size_t(m_time)]);
    }
    std::optional<qint64> dates[64];
    bool anyDate = false;
    for (size_t i = 0; i < m_dates.size() && i < std::size(dates); ++i) {
        const std::string_view text = field(m_dates[i].index);
        if (text.empty())
            continue;
        dates[i] = m_mapping.timeFormat.parse(text);
        if (!dates[i])
            return reject(source, batch, Problem::BadTime, m_dates[i].index, text);
        anyDate = true;
    }
    if (events && !m_dates.empty() && !anyDate)
        return reject(source, batch, Problem::NoDate, m_dates.front().index);
    const std::string_view event = field(m_event);
    // A record without an event that carries ids or contact data (a Segment identify call)
    // links identities and adds no event.
    const bool identityOnly =
        events && m_dates.empty() && event.empty() &&
        std::any_of(m_personal.begin(), m_personal.end(), [&](const Column& personal) {
            return personal.role != ColumnRole::IpAddress && !field(personal.index).empty();
        });
    if (events && m_dates.empty() && event.empty() && !identityOnly)
        return reject(source, batch, Problem::EmptyEvent, m_event);

    const std::string_view channel = field(m_channel);
    const std::string_view device = field(m_device);
    const std::string_view sessionKey = field(m_session);
    const std::string_view valueText = field(m_value);
    std::optional<double> value;
    if (!valueText.empty()) {
        value = parseNumber(valueText, m_decimalComma);
        if (!value)
            return reject(source, batch, Problem::BadValue, m_value, valueText);
    }
    std::optional<bool> consent;
    if (const std::string_view text = field(m_consent); !text.empty()) {
        consent = parseBoolean(text);
        if (!consent)
            return reject(source, batch, Problem::BadConsent, m_consent, text);
    }
    for (const int column : {m_customer, m_event, m_channel, m_device, m_session}) {
        if (column >= 0 && !isValidUtf8(fields[size_t(column)]))
            return reject(source, batch, Problem::BadText, column);
    }
    for (const Column& attribute : m_attributes) {
        if (!isValidUtf8(fields[size_t(attribute.index)]))
            return reject(source, batch, Problem::BadText, attribute.index);
    }
    for (const ExtraField& extra : source.extraFields()) {
        if (!isValidUtf8(extra.name) || !isValidUtf8(extra.value))
            return reject(source, batch, Problem::BadText, -1);
    }

    const CustomerEntry customer = customerFor(customerKey, batch);
    const qint64 customerId = customer.id;
    for (const Column& personal : m_personal) {
        const std::string_view text = field(personal.index);
        if (text.empty())
            continue;
        if (personal.role == ColumnRole::Identifier) {
            // Another customer's key: the same person.
            if (const qint64 other = m_dictionaries.customers.idOf(text);
                other && other != customerId)
                m_identities.linkToKey(customerId, other, m_dictionaries.customers.storedKey(text));
        }
        if (personal.role == ColumnRole::IpAddress)
            continue; // kept with the event below
        // Identifiers are stored like keys, so that one customer's key and another's
        // identifier compare.
        const std::string stored = personal.role == ColumnRole::Identifier
                                       ? m_dictionaries.customers.storedKey(text)
                                       : m_dictionaries.personalData.stored(personal.role, text);
        if (m_identities.observe(customerId, personal.role, stored))
            batch.identities.push_back({customerId, identityKind(personal.role), stored});
    }
    if (consent)
        batch.consent.push_back({customerId, time.value_or(0), time.has_value(), *consent});

    // Attributes: of the customer in a customer table, of each event otherwise.
    const size_t attributesBegin = batch.text.size();
    for (const Column& personal : m_personal) {
        const std::string_view text = field(personal.index);
        if (personal.role == ColumnRole::IpAddress && !text.empty()) {
            appendAttribute(batch.text, attributesBegin, personal.jsonKey,
                            m_dictionaries.personalData.stored(personal.role, text),
                            FieldType::Text);
        }
    }
    for (const Column& attribute : m_attributes) {
        const std::string_view text = field(attribute.index);
        if (text.empty()) {
            if (attribute.type == FieldType::Integer || attribute.type == FieldType::Float)
                ++m_blankNumbers[size_t(attribute.index)];
            continue;
        }
        appendAttribute(batch.text, attributesBegin, attribute.jsonKey, text,
                        source.fieldType(attribute.index) != FieldType::Text
                            ? source.fieldType(attribute.index)
                            : attribute.type);
    }
    for (const ExtraField& extra : source.extraFields()) {
        if (!extra.value.empty())
            appendAttribute(batch.text, attributesBegin, jsonKey(extra.name), extra.value,
                            extra.type);
    }
    if (batch.text.size() > attributesBegin)
        batch.text.push_back('}');
    const auto attributesEnd = quint32(batch.text.size());

    if (identityOnly) {
        batch.text.resize(attributesBegin);
        ++m_report.imported;
        return;
    }
    if (!events) {
        if (attributesEnd > attributesBegin) {
            batch.customerAttributes.push_back(
                {customerId, quint32(attributesBegin), attributesEnd});
        }
        ++m_report.imported;
        return;
    }

    EventRow row;
    row.customerId = customerId;
    row.channelId = channel.empty() ? 0
                                    : nameId(m_dictionaries.channels, channel, batch.channels,
                                             source, m_channel);
    row.deviceId = device.empty() ? 0 : m_dictionaries.devices.idOf(device, batch.devices);
    row.attributesBegin = quint32(attributesBegin);
    row.attributesEnd = attributesEnd;
    const auto addEvent = [&](qint64 at, qint32 touchpoint, bool withValue) {
        row.timeMs = at;
        row.touchpointId = touchpoint;
        row.hasValue = withValue && value.has_value();
        row.value = row.hasValue ? *value : 0.0;
        row.sessionId = m_session >= 0
                            ? m_sessioniser.addKeyed(customer.slot, customerId, sessionKey, at)
                            : m_sessioniser.add(customer.slot, customerId, at);
        batch.events.push_back(row);
        ++m_report.events;
    };
    ++m_report.imported;
    if (m_dates.empty()) {
        addEvent(*time,
                 nameId(m_dictionaries.touchpoints, event, batch.touchpoints, source, m_event),
                 true);
        return;
    }
    // An activity row: one event per filled date; the value goes with the first of them.
    bool valueGiven = false;
    for (size_t i = 0; i < m_dates.size() && i < std::size(dates); ++i) {
        if (!dates[i])
            continue;
        if (!m_dateEvents[i]) {
            m_dateEvents[i] = nameId(m_dictionaries.touchpoints,
                                     m_mapping.eventNames.value(m_dates[i].index).toStdString(),
                                     batch.touchpoints, source, m_dates[i].index);
        }
        addEvent(*dates[i], m_dateEvents[i], !valueGiven);
        valueGiven = true;
    }
}

void EventConverter::appendAttribute(std::string& text, size_t objectBegin, std::string_view key,
                                     std::string_view value, FieldType type)
{
    text.push_back(text.size() == objectBegin ? '{' : ',');
    text += key;
    switch (type) {
    case FieldType::Boolean:
        if (const std::optional<bool> boolean = parseBoolean(value)) {
            text += *boolean ? "true" : "false";
            return;
        }
        break;
    case FieldType::Integer:
    case FieldType::Float:
        if (isJsonNumber(value)) {
            text += value;
            return;
        }
        if (const std::optional<double> number = parseNumber(value, m_decimalComma)) {
            text += std::to_string(*number);
            return;
        }
        break;
    default:
        break;
    }
    appendJsonString(text, value);
}

qint32 EventConverter::nameId(NameDictionary& dictionary, std::string_view name,
                              std::vector<DictionaryRow>& added, const RecordSource& source,
                              int column)
{
    if (const qint32 id = dictionary.idOf(name, added))
        return id;
    Location location = source.location(column);
    location.field = m_mapping.header[column];
    const QString message =
        &dictionary == &m_dictionaries.channels
            ? Text::tr("column \"%1\": expected at most %2 different channels in a project, "
                       "found one more, %3: map a column with fewer values as the channel")
            : Text::tr("column \"%1\": expected at most %2 different events in a project, "
                       "found one more, %3");
    throw Error(location,
                message.arg(location.field, QString::number(dictionary.capacity()), shown(name)));
}

void EventConverter::reject(const RecordSource& source, EventBatch& batch, Problem problem,
                            int column, std::string_view found)
{
    const QString field = column >= 0 ? m_mapping.header[column] : QString();
    QString reason;
    QString message;
    switch (problem) {
    case Problem::FieldCount:
        reason = Text::tr("wrong number of fields");
        message = Text::tr("expected %1 fields as in the header, found %2")
                      .arg(m_columnCount)
                      .arg(source.fields().size());
        break;
    case Problem::EmptyCustomer:
        reason = Text::tr("empty customer id");
        message =
            Text::tr("column \"%1\": expected a customer id, found an empty field").arg(field);
        break;
    case Problem::BadTime:
        reason = Text::tr("bad time");
        message = Text::tr("column \"%1\": expected %2, found %3")
                      .arg(field, m_mapping.timeFormat.describe(), shown(found));
        break;
    case Problem::NoDate:
        reason = Text::tr("no date");
        message = Text::tr("expected a date in at least one of the date columns, found none");
        break;
    case Problem::EmptyEvent:
        reason = Text::tr("empty event");
        message =
            Text::tr("column \"%1\": expected an event name, found an empty field").arg(field);
        break;
    case Problem::BadValue:
        reason = Text::tr("bad value");
        message = Text::tr("column \"%1\": expected a number, found %2").arg(field, shown(found));
        break;
    case Problem::BadConsent:
        reason = Text::tr("bad consent");
        message = Text::tr("column \"%1\": expected yes or no (true/false, 1/0, granted/denied), "
                           "found %2")
                      .arg(field, shown(found));
        break;
    case Problem::BadText:
        reason = Text::tr("invalid UTF-8");
        message = column >= 0
                      ? Text::tr("column \"%1\": expected UTF-8 text, found invalid bytes (save "
                                 "the file as UTF-8)")
                            .arg(field)
                      : Text::tr("expected UTF-8 text, found invalid bytes (save the file as "
                                 "UTF-8)");
        break;
    }
    Location location = source.location(column);
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

QStringList EventConverter::notes() const
{
    QStringList notes;
    for (size_t column = 0; column < m_blankNumbers.size(); ++column) {
        if (m_blankNumbers[column] > 0) {
            notes.append(Text::tr("column \"%1\": %2 blank values read as missing, not as 0")
                             .arg(m_mapping.header[int(column)])
                             .arg(m_blankNumbers[column]));
        }
    }
    return notes;
}

} // namespace journeyscope
