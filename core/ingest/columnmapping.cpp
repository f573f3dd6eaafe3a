#include "core/ingest/columnmapping.h"

#include "core/base/error.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace journeyscope {

namespace {

struct RoleName
{
    ColumnRole role;
    QLatin1StringView name;
};

constexpr RoleName roleNames[] = {
    {ColumnRole::Attribute, QLatin1StringView("attribute")},
    {ColumnRole::Ignore, QLatin1StringView("ignore")},
    {ColumnRole::Customer, QLatin1StringView("customer")},
    {ColumnRole::Time, QLatin1StringView("time")},
    {ColumnRole::Event, QLatin1StringView("event")},
    {ColumnRole::Channel, QLatin1StringView("channel")},
    {ColumnRole::Value, QLatin1StringView("value")},
    {ColumnRole::Session, QLatin1StringView("session")},
    {ColumnRole::Device, QLatin1StringView("device")},
    {ColumnRole::Email, QLatin1StringView("email")},
    {ColumnRole::Phone, QLatin1StringView("phone")},
    {ColumnRole::Name, QLatin1StringView("name")},
    {ColumnRole::IpAddress, QLatin1StringView("ip")},
    {ColumnRole::Identifier, QLatin1StringView("identifier")},
    {ColumnRole::Consent, QLatin1StringView("consent")},
    {ColumnRole::EventDate, QLatin1StringView("event-date")},
};

constexpr QLatin1StringView typeNames[] = {QLatin1StringView("text"), QLatin1StringView("integer"),
                                           QLatin1StringView("float"), QLatin1StringView("boolean"),
                                           QLatin1StringView("date")};

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ColumnMapping)
};

QString delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return QStringLiteral("tab");
    if (delimiter == ' ')
        return QStringLiteral("whitespace");
    return QString(QLatin1Char(delimiter));
}

} // namespace

QString roleName(ColumnRole role)
{
    for (const RoleName& entry : roleNames) {
        if (entry.role == role)
            return entry.name;
    }
    return {};
}

const char* roleKey(ColumnRole role)
{
    for (const RoleName& entry : roleNames) {
        if (entry.role == role)
            return entry.name.data();
    }
    return "";
}

std::optional<ColumnRole> roleFromName(QStringView name)
{
    for (const RoleName& entry : roleNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.role;
    }
    return std::nullopt;
}

bool isPersonalData(ColumnRole role)
{
    return role == ColumnRole::Email || role == ColumnRole::Phone || role == ColumnRole::Name ||
           role == ColumnRole::IpAddress;
}

bool isSingleColumnRole(ColumnRole role)
{
    return role != ColumnRole::Attribute && role != ColumnRole::Ignore && !isPersonalData(role) &&
           role != ColumnRole::Identifier && role != ColumnRole::EventDate;
}

bool isLinkingIdentity(ColumnRole role)
{
    return role == ColumnRole::Email || role == ColumnRole::Phone || role == ColumnRole::Identifier;
}

QString typeName(FieldType type)
{
    return typeNames[int(type)];
}

std::optional<FieldType> typeFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(typeNames)); ++i) {
        if (name.compare(typeNames[i], Qt::CaseInsensitive) == 0)
            return FieldType(i);
    }
    return std::nullopt;
}

int ColumnMapping::column(ColumnRole role) const
{
    return int(roles.indexOf(role));
}

int ColumnMapping::findColumn(QStringView nameOrNumber) const
{
    if (nameOrNumber.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const int number = nameOrNumber.mid(1).toInt(&ok);
        return ok && number >= 1 && number <= header.size() ? number - 1 : -1;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].compare(nameOrNumber, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    QJsonObject names;
    QJsonObject typeObject;
    for (int i = 0; i < header.size(); ++i) {
        // A name that does not find this column (a repeated name, or one like "#3") is
        // written as the column's number, so that fromFile() maps every column back.
        const QString key =
            findColumn(header[i]) == i ? header[i] : QStringLiteral("#%1").arg(i + 1);
        columns.insert(key, roleName(roles[i]));
        if (roles[i] == ColumnRole::EventDate)
            names.insert(key, eventNames.value(i));
        if (types.value(i, FieldType::Text) != FieldType::Text)
            typeObject.insert(key, typeName(types[i]));
    }
    QJsonObject json{
        {QStringLiteral("format"), format},
        {QStringLiteral("time_format"), timeFormat.spec()},
        {QStringLiteral("columns"), columns},
    };
    if (format == QLatin1String("csv") || format == QLatin1String("table"))
        json.insert(QStringLiteral("delimiter"), delimiterName(delimiter));
    if (!names.isEmpty())
        json.insert(QStringLiteral("event_names"), names);
    if (!typeObject.isEmpty())
        json.insert(QStringLiteral("types"), typeObject);
    return json;
}

MappingOverrides MappingOverrides::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Location(path), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw Error(Location(path), Text::tr("not a JSON mapping file (%1 at byte %2)")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    }
    if (!document.isObject())
        throw Error(Location(path), Text::tr("expected a JSON object with a \"columns\" object"));
    const QJsonObject root = document.object();
    MappingOverrides overrides;

    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isObject()) {
        throw Error(
            Location(path, 0, 0, QStringLiteral("columns")),
            Text::tr("field \"columns\": expected an object mapping column names to roles"));
    }
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
        const std::optional<ColumnRole> role = roleFromName(it.value().toString());
        if (!role) {
            QStringList names;
            for (const RoleName& entry : roleNames)
                names.append(entry.name);
            throw Error(
                Location(path, 0, 0, it.key()),
                Text::tr("column \"%1\": unknown role \"%2\"; expected one of %3")
                    .arg(it.key(), it.value().toString(), names.join(QStringLiteral(", "))));
        }
        overrides.columns.append({it.key(), *role, path});
    }

    const QJsonValue timeFormat = root.value(QStringLiteral("time_format"));
    if (timeFormat.isString()) {
        QString error;
        overrides.timeFormat = TimestampFormat::fromSpec(timeFormat.toString(), &error);
        if (!overrides.timeFormat)
            throw Error(Location(path, 0, 0, QStringLiteral("time_format")),
                        Text::tr("field \"time_format\": %1").arg(error));
    } else if (!timeFormat.isUndefined() && !timeFormat.isNull()) {
        throw Error(Location(path, 0, 0, QStringLiteral("time_format")),
                    Text::tr("field \"time_format\": expected a string such as \"iso\""));
    }
    const QJsonValue delimiterValue = root.value(QStringLiteral("delimiter"));
    if (!delimiterValue.isString() && !delimiterValue.isUndefined() && !delimiterValue.isNull())
        throw Error(Location(path, 0, 0, QStringLiteral("delimiter")),
                    Text::tr("field \"delimiter\": expected one character or \"tab\""));
    const QString delimiter = delimiterValue.toString();
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
        overrides.delimiter = '\t';
    else if (delimiter == QLatin1String("whitespace"))
        overrides.delimiter = ' ';
    else if (delimiter.size() == 1 && delimiter[0].unicode() < 128)
        overrides.delimiter = char(delimiter[0].unicode());
    else if (!delimiter.isEmpty())
        throw Error(Location(path, 0, 0, QStringLiteral("delimiter")),
                    Text::tr("field \"delimiter\": expected one character or \"tab\", found \"%1\"")
                        .arg(delimiter));
    const QJsonValue eventNames = root.value(QStringLiteral("event_names"));
    if (!eventNames.isUndefined() && !eventNames.isObject()) {
        throw Error(Location(path, 0, 0, QStringLiteral("event_names")),
                    Text::tr("field \"event_names\": expected an object mapping date columns to "
                             "event names"));
    }
    const QJsonObject names = eventNames.toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            throw Error(Location(path, 0, 0, it.key()),
                        Text::tr("field \"event_names\": column \"%1\": expected an event name")
                            .arg(it.key()));
        }
        overrides.eventNames.append({it.key(), it.value().toString().trimmed()});
    }
    return overrides;
}

void MappingOverrides::append(const MappingOverrides& other)
{
    columns.append(other.columns);
    eventNames.append(other.eventNames);
    if (other.timeFormat)
        timeFormat = other.timeFormat;
    if (other.delimiter)
        delimiter = other.delimiter;
}

} // namespace journeyscope
