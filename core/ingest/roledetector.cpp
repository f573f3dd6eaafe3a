#include "core/ingest/roledetector.h"

#include "core/base/error.h"
#include "core/ingest/fieldparsers.h"

#include <algorithm>
#include <array>
#include <QFileInfo>
#include <QRegularExpression>

namespace journeyscope {

namespace {

constexpr double HeaderMatchShare = 0.5;

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::RoleDetector)
};

struct Synonyms
{
    ColumnRole role;
    std::vector<QLatin1StringView> names; ///< normalized header names, best first
};

// Header names seen in CRM, analytics (GA4, Segment, Amplitude, Mixpanel) and
// process-mining (XES-style "case:concept:name") exports.
const std::vector<Synonyms>& synonyms()
{
    using L = QLatin1StringView;
    static const std::vector<Synonyms> table = {
        {ColumnRole::Customer,
         {L("customerid"),   L("customer"),  L("userid"),          L("user"),
          L("clientid"),     L("visitorid"), L("anonymousid"),     L("distinctid"),
          L("userpseudoid"), L("caseid"),    L("caseconceptname"), L("case"),
          L("contactid"),    L("accountid"), L("personid"),        L("memberid"),
          L("cookieid"),     L("uid"),       L("customerkey"),     L("customernumber"),
          L("customerno"),   L("custid"),    L("shopperid"),       L("profileid"),
          L("leadid")}},
        {ColumnRole::Time,
         {L("timestamp"),
          L("timetimestamp"),
          L("eventtimestamp"),
          L("eventtime"),
          L("datetime"),
          L("time"),
          L("ts"),
          L("completetimestamp"),
          L("occurredat"),
          L("createdat"),
          L("timestamputc"),
          L("clienteventtime"),
          L("servertime"),
          L("receivedat"),
          L("sentat"),
          L("loggedat"),
          L("starttimestamp"),
          L("starttime"),
          L("eventdate"),
          L("date")}},
        {ColumnRole::Event,
         {L("event"), L("eventname"), L("eventtype"), L("touchpoint"), L("conceptname"),
          L("activity"), L("activityname"), L("activityid"), L("action"), L("eventaction"),
          L("step"), L("pagename"), L("page"), L("screenname"), L("screen"), L("interaction"),
          L("type")}},
        {ColumnRole::Channel,
         {L("channel"), L("channelname"), L("casechannel"), L("medium"), L("utmmedium"),
          L("platform"), L("trafficsource"), L("sourcemedium"), L("touchpointchannel"),
          L("channelgroup"), L("defaultchannelgroup")}},
        {ColumnRole::Value,
         {L("value"), L("amount"), L("revenue"), L("ordervalue"), L("purchasevalue"),
          L("eventvalue"), L("price"), L("total"), L("totalamount"), L("ordertotal"), L("sales")}},
        {ColumnRole::Session,
         {L("sessionid"), L("session"), L("visitid"), L("gasessionid"), L("sessionkey")}},
        {ColumnRole::Device, {L("device"), L("devicetype"), L("devicecategory"), L("deviceclass")}},
        {ColumnRole::Email,
         {L("email"), L("emailaddress"), L("mail"), L("useremail"), L("customeremail"),
          L("contactemail")}},
        {ColumnRole::Phone,
         {L("phone"), L("phonenumber"), L("mobile"), L("mobilephone"), L("telephone"), L("tel"),
          L("cellphone"), L("msisdn")}},
        {ColumnRole::Name,
         {L("name"), L("fullname"), L("firstname"), L("lastname"), L("customername"),
          L("contactname"), L("givenname"), L("surname"), L("familyname"), L("displayname")}},
        {ColumnRole::IpAddress,
         {L("ip"), L("ipaddress"), L("clientip"), L("remoteaddr"), L("remoteip"), L("ipv4"),
          L("ipv6"), L("userip")}},
        {ColumnRole::Consent,
         {L("consent"), L("analyticsconsent"), L("trackingconsent"), L("consentanalytics"),
          L("cookieconsent"), L("gdprconsent"), L("optin"), L("analyticsoptin")}},
    };
    return table;
}

/// Names of columns that hold another id of the same customer (CRM, analytics and app ids).
bool isIdentifierName(const QString& normalized)
{
    static const QStringList names = {
        QStringLiteral("userid"),       QStringLiteral("anonymousid"),
        QStringLiteral("userpseudoid"), QStringLiteral("visitorid"),
        QStringLiteral("distinctid"),   QStringLiteral("contactid"),
        QStringLiteral("customerid"),   QStringLiteral("accountid"),
        QStringLiteral("clientid"),     QStringLiteral("crmid"),
        QStringLiteral("leadid"),       QStringLiteral("memberid"),
        QStringLiteral("personid"),     QStringLiteral("profileid"),
        QStringLiteral("cookieid"),     QStringLiteral("appuserid"),
        QStringLiteral("externalid"),   QStringLiteral("customernumber")};
    return names.contains(normalized);
}

/// The rank of a column's name among \a entry's names, best 0; a match of only the last
/// part of a JSON path ("traits.email") ranks after every whole-name match; -1: none.
int synonymRank(const Synonyms& entry, const QString& name, const QString& lastPart)
{
    for (size_t i = 0; i < entry.names.size(); ++i) {
        if (name == entry.names[i])
            return int(i);
    }
    for (size_t i = 0; i < entry.names.size(); ++i) {
        if (!lastPart.isEmpty() && lastPart == entry.names[i])
            return 100 + int(i);
    }
    return -1;
}

std::vector<std::string_view> columnValues(const std::vector<std::vector<std::string>>& sample,
                                           int column)
{
    std::vector<std::string_view> values;
    values.reserve(sample.size());
    for (const auto& row : sample) {
        if (column < int(row.size()))
            values.push_back(row[size_t(column)]);
    }
    return values;
}

/// Share of the non-blank values for which \a test holds; -1 when all are blank.
template <typename Test> double shareOf(const std::vector<std::string_view>& values, Test test)
{
    int nonBlank = 0, passing = 0;
    for (std::string_view value : values) {
        value = trimmed(value);
        if (value.empty())
            continue;
        ++nonBlank;
        passing += test(value) ? 1 : 0;
    }
    return nonBlank == 0 ? -1.0 : double(passing) / nonBlank;
}

double nonBlankShare(const std::vector<std::string_view>& values)
{
    if (values.empty())
        return -1;
    const auto blank = std::count_if(values.begin(), values.end(),
                                     [](std::string_view v) { return trimmed(v).empty(); });
    return 1.0 - double(blank) / double(values.size());
}

/// Whether values of a column whose header names \a role look the part. The header is strong
/// evidence, so half the sample is enough: rows that do not fit then fail with their line
/// and column instead of the whole column silently becoming an attribute.
bool fitsRole(ColumnRole role, const std::vector<std::string_view>& values)
{
    switch (role) {
    case ColumnRole::Time: {
        const TimestampDetection detection = detectTimestampFormat(values, HeaderMatchShare);
        return detection.format || detection.ambiguousDayMonth || detection.dayMonthConflict ||
               detection.nonEmpty == 0;
    }
    case ColumnRole::Value: {
        const double share =
            shareOf(values, [](std::string_view v) { return parseNumber(v, true).has_value(); });
        return share < 0 || share >= HeaderMatchShare; // all blank in the sample: trust the header
    }
    case ColumnRole::Consent:
        return shareOf(values, [](std::string_view v) { return parseBoolean(v).has_value(); }) !=
               0.0;
    default:
        return true;
    }
}

/// How a column's values read, for storing them as attributes.
FieldType sampleType(const std::vector<std::string_view>& values)
{
    bool anyWord = false;
    const double booleans = shareOf(values, [&](std::string_view v) {
        const bool word = !(v == "0" || v == "1");
        const bool boolean = parseBoolean(v).has_value();
        anyWord = anyWord || (boolean && word);
        return boolean;
    });
    if (booleans == 1.0 && anyWord)
        return FieldType::Boolean;
    if (shareOf(values, [](std::string_view v) { return parseInteger(v).has_value(); }) == 1.0)
        return FieldType::Integer;
    if (shareOf(values, [](std::string_view v) { return parseNumber(v).has_value(); }) == 1.0)
        return FieldType::Float;
    return FieldType::Text;
}

bool allTimes(const std::vector<std::string_view>& values,
              const std::optional<TimestampFormat>& format)
{
    if (format) {
        return shareOf(values, [&](std::string_view v) { return format->parse(v).has_value(); }) ==
               1.0;
    }
    const TimestampDetection detection = detectTimestampFormat(values);
    return (detection.format && detection.parsed == detection.nonEmpty && detection.nonEmpty > 0) ||
           detection.ambiguousDayMonth;
}

QString columnList(const QStringList& header)
{
    QStringList quoted;
    for (const QString& name : header)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

QString optionFor(ColumnRole role)
{
    return QStringLiteral("--") + roleName(role);
}

/// "deals.csv" + "created_date" -> "Deal created": the thing the file lists, and what the
/// date says happened to it.
QString activityEventName(const QString& file, const QString& column)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]+"));
    QString entity;
    auto it = words.globalMatch(QFileInfo(file).completeBaseName());
    if (it.hasNext()) {
        entity = it.next().captured().toLower();
        if (entity.size() > 3 && entity.endsWith(QLatin1Char('s')) && !entity.endsWith(u"ss"))
            entity.chop(1);
    }
    static const QStringList dateWords = {QStringLiteral("date"),      QStringLiteral("time"),
                                          QStringLiteral("timestamp"), QStringLiteral("at"),
                                          QStringLiteral("on"),        QStringLiteral("dt"),
                                          QStringLiteral("ts"),        QStringLiteral("day")};
    QStringList verb;
    // Split "closedWonDate", "closed_won_date" and "Closed Won Date" alike.
    QString spaced = column;
    spaced.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")), QStringLiteral("\\1 \\2"));
    auto parts = words.globalMatch(spaced);
    while (parts.hasNext()) {
        const QString word = parts.next().captured().toLower();
        if (!dateWords.contains(word))
            verb.append(word);
    }
    QString name =
        (entity.isEmpty() ? QString() : entity + QLatin1Char(' ')) + verb.join(QLatin1Char(' '));
    name = name.trimmed();
    if (name.isEmpty())
        name = column;
    name[0] = name[0].toUpper();
    return name;
}

void assign(ColumnMapping& mapping, QList<bool>& decided, int column, ColumnRole role,
            const QString& reason)
{
    mapping.roles[column] = role;
    mapping.reasons[column] = reason;
    decided[column] = true;
}

} // namespace

QString normalizedHeader(QStringView name)
{
    QString normalized;
    normalized.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            normalized.append(c.toLower());
    }
    return normalized;
}

RoleDetection detectRoles(const QString& file, const QStringList& header,
                          const std::vector<std::vector<std::string>>& sample,
                          const MappingOverrides& overrides)
{
    return detectRoles(DetectionInput{file, header, sample, overrides});
}

RoleDetection detectRoles(const DetectionInput& input)
{
    const QString& file = input.file;
    const QStringList& header = input.columns;
    const auto& sample = input.sample;
    const MappingOverrides& overrides = input.overrides;
    const bool events = input.kind == ImportKind::Events;

    RoleDetection detection;
    ColumnMapping& mapping = detection.mapping;
    mapping.header = header;
    const int columns = int(header.size());
    mapping.roles = QList<ColumnRole>(columns, ColumnRole::Attribute);
    mapping.reasons = QStringList(columns, Text::tr("not recognised: kept as an attribute"));
    mapping.types = QList<FieldType>(columns, FieldType::Text);
    mapping.eventNames = QStringList(columns);
    QList<bool> decided(columns, false);

    for (const MappingOverrides::Column& entry : overrides.columns) {
        const int index = mapping.findColumn(entry.column);
        if (index < 0) {
            throw Error(Location(file, 1, 1, entry.column),
                        Text::tr("%1 names column \"%2\", which is not in the header; the columns "
                                 "are %3")
                            .arg(entry.origin, entry.column, columnList(header)));
        }
        if (isSingleColumnRole(entry.role)) {
            // Only one column may have this role: the user's choice replaces an earlier one.
            for (int other = 0; other < columns; ++other) {
                if (other != index && mapping.roles[other] == entry.role) {
                    mapping.roles[other] = ColumnRole::Attribute;
                    mapping.reasons[other] = Text::tr("not recognised: kept as an attribute");
                    decided[other] = false;
                }
            }
        }
        assign(mapping, decided, index, entry.role, Text::tr("given by %1").arg(entry.origin));
    }

    QStringList normalized, lastParts;
    for (const QString& name : header) {
        normalized.append(normalizedHeader(name));
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        lastParts.append(dot > 0 ? normalizedHeader(QStringView(name).mid(dot + 1)) : QString());
    }

    static const QList<ColumnRole> customerTableRoles = {
        ColumnRole::Customer, ColumnRole::Email,     ColumnRole::Phone,
        ColumnRole::Name,     ColumnRole::IpAddress, ColumnRole::Consent};
    for (const Synonyms& entry : synonyms()) {
        if (!events && !customerTableRoles.contains(entry.role))
            continue;
        if (isSingleColumnRole(entry.role) && mapping.column(entry.role) >= 0)
            continue;
        // Best-ranked header name first; a column whose values do not fit is passed over.
        std::vector<std::pair<int, int>> candidates; // (rank, column)
        for (int column = 0; column < columns; ++column) {
            const int rank = synonymRank(entry, normalized[column], lastParts[column]);
            if (!decided[column] && rank >= 0)
                candidates.push_back({rank, column});
        }
        std::sort(candidates.begin(), candidates.end());
        bool found = false;
        if (entry.role == ColumnRole::Customer && !candidates.empty()) {
            // The best-named id that nearly every record has; else the most filled one (a
            // user id only logged-in visitors have is not the key: the anonymous id is).
            int chosen = -1;
            double bestFill = -1;
            for (const auto& [rank, column] : candidates) {
                const double fill = nonBlankShare(columnValues(sample, column));
                if (fill >= 0.9) {
                    chosen = column;
                    break;
                }
                if (fill > bestFill) {
                    bestFill = fill;
                    chosen = column;
                }
            }
            assign(mapping, decided, chosen, entry.role,
                   Text::tr("header \"%1\"").arg(header[chosen]));
            continue;
        }
        for (const auto& [rank, column] : candidates) {
            if (!fitsRole(entry.role, columnValues(sample, column)))
                continue;
            assign(mapping, decided, column, entry.role,
                   Text::tr("header \"%1\"").arg(header[column]));
            found = true;
            if (isSingleColumnRole(entry.role))
                break;
        }
        // Value columns come with many names ("dollar_value", "order_amount"): a name that
        // contains a value word will do when its values are numbers.
        if (!found && entry.role == ColumnRole::Value && events) {
            static const QStringList valueWords = {
                QStringLiteral("value"), QStringLiteral("amount"), QStringLiteral("revenue"),
                QStringLiteral("price"), QStringLiteral("spend"),  QStringLiteral("sales")};
            for (int column = 0; column < columns && !found; ++column) {
                const auto values = columnValues(sample, column);
                if (!decided[column] &&
                    std::any_of(
                        valueWords.begin(), valueWords.end(),
                        [&](const QString& word) { return normalized[column].contains(word); }) &&
                    shareOf(values, [](std::string_view v) {
                        return parseNumber(v, true).has_value();
                    }) >= HeaderMatchShare) {
                    assign(mapping, decided, column, ColumnRole::Value,
                           Text::tr("header \"%1\" names an amount").arg(header[column]));
                    found = true;
                }
            }
        }
    }

    // Other ids of the same customer, linked to it (a user id beside an anonymous id).
    if (mapping.column(ColumnRole::Customer) >= 0) {
        for (int column = 0; column < columns; ++column) {
            if (!decided[column] &&
                (isIdentifierName(normalized[column]) || isIdentifierName(lastParts[column]))) {
                assign(mapping, decided, column, ColumnRole::Identifier,
                       Text::tr("header \"%1\": another id of the customer").arg(header[column]));
            }
        }
    }

    // Values that give personal data away, whatever the header says.
    for (int column = 0; column < columns; ++column) {
        if (decided[column])
            continue;
        const auto values = columnValues(sample, column);
        if (shareOf(values, looksLikeEmail) >= 0.8) {
            assign(mapping, decided, column, ColumnRole::Email,
                   Text::tr("values look like email addresses"));
        } else if (shareOf(values, looksLikeIpAddress) >= 0.8) {
            assign(mapping, decided, column, ColumnRole::IpAddress,
                   Text::tr("values look like IP addresses"));
        } else if (shareOf(values, looksLikePhoneNumber) >= 0.8) {
            assign(mapping, decided, column, ColumnRole::Phone,
                   Text::tr("values look like international phone numbers"));
        }
    }

    // A table without a header: the first column is the customer, the last decimal column
    // the value (the usual layout of transaction exports).
    if (input.headerless && mapping.column(ColumnRole::Customer) < 0) {
        for (int column = 0; column < columns; ++column) {
            if (!decided[column] && nonBlankShare(columnValues(sample, column)) == 1.0) {
                assign(mapping, decided, column, ColumnRole::Customer,
                       Text::tr("first column of a table without a header"));
                break;
            }
        }
    }
    if (input.headerless && events && mapping.column(ColumnRole::Value) < 0) {
        for (int column = columns - 1; column >= 0; --column) {
            const auto values = columnValues(sample, column);
            if (!decided[column] && shareOf(values, [](std::string_view v) {
                                        return v.find('.') != std::string_view::npos &&
                                               parseNumber(v).has_value();
                                    }) == 1.0) {
                assign(mapping, decided, column, ColumnRole::Value,
                       Text::tr("last decimal column of a table without a header"));
                break;
            }
        }
    }

    if (events) {
        // A time column with an unusual name: the first column whose values are all times.
        if (mapping.column(ColumnRole::Time) < 0) {
            for (int column = 0; column < columns; ++column) {
                if (!decided[column] &&
                    allTimes(columnValues(sample, column), overrides.timeFormat)) {
                    assign(mapping, decided, column, ColumnRole::Time,
                           Text::tr("values look like times"));
                    break;
                }
            }
        }
        // No event column: an activity table (two or more dates: deals, cases, orders) or a
        // transaction table (a date and a value), where each date marks an event. A lone
        // date without a value is more likely a clickstream missing its event column.
        if (mapping.column(ColumnRole::Event) < 0 && mapping.column(ColumnRole::EventDate) < 0) {
            QList<int> dates;
            for (int column = 0; column < columns; ++column) {
                if (mapping.roles[column] == ColumnRole::Time ||
                    (!decided[column] &&
                     allTimes(columnValues(sample, column), overrides.timeFormat)))
                    dates.append(column);
            }
            const bool transactions = dates.size() == 1 && mapping.column(ColumnRole::Value) >= 0;
            if (dates.size() >= 2 || transactions) {
                QStringList described;
                for (const int column : dates) {
                    assign(mapping, decided, column, ColumnRole::EventDate,
                           Text::tr("a date in a table without an event column"));
                    mapping.eventNames[column] = transactions
                                                     ? Text::tr("Purchase")
                                                     : activityEventName(file, header[column]);
                    described.append(QStringLiteral("\"%1\" -> \"%2\"")
                                         .arg(header[column], mapping.eventNames[column]));
                }
                detection.notes.append(
                    Text::tr("no event column: each date column gives an event (%1)")
                        .arg(described.join(QStringLiteral(", "))));
            }
        }
        for (const auto& [columnName, eventName] : overrides.eventNames) {
            const int column = mapping.findColumn(columnName);
            if (column < 0 || mapping.roles[column] != ColumnRole::EventDate) {
                throw Error(
                    Location(file, 1, 1, columnName),
                    Text::tr("an event name is given for \"%1\", which is not a date column of "
                             "an activity table")
                        .arg(columnName));
            }
            mapping.eventNames[column] = eventName;
        }

        const bool activity = mapping.column(ColumnRole::EventDate) >= 0;
        struct Required
        {
            ColumnRole role;
            const char* what;
        };
        const Required required[] = {
            {ColumnRole::Customer, QT_TRANSLATE_NOOP("journeyscope::RoleDetector", "customer id")},
            {ColumnRole::Time, QT_TRANSLATE_NOOP("journeyscope::RoleDetector", "time")},
            {ColumnRole::Event, QT_TRANSLATE_NOOP("journeyscope::RoleDetector", "event")},
        };
        for (const Required& need : required) {
            if (mapping.column(need.role) >= 0 || (activity && need.role != ColumnRole::Customer))
                continue;
            QStringList examples;
            for (const Synonyms& entry : synonyms()) {
                if (entry.role == need.role) {
                    for (size_t i = 0; i < std::min<size_t>(4, entry.names.size()); ++i)
                        examples.append(entry.names[i]);
                }
            }
            throw Error(Location(file, 1, 1),
                        Text::tr("no %1 column: expected a column named like %2, or %3 COLUMN; the "
                                 "columns are %4")
                            .arg(Text::tr(need.what), examples.join(QStringLiteral(", ")),
                                 optionFor(need.role), columnList(header)));
        }

        // The format of the time column, or of all the date columns together.
        std::vector<std::string_view> times;
        QString timeColumnName;
        for (int column = 0; column < columns; ++column) {
            if (mapping.roles[column] == ColumnRole::Time ||
                mapping.roles[column] == ColumnRole::EventDate) {
                const auto values = columnValues(sample, column);
                times.insert(times.end(), values.begin(), values.end());
                if (timeColumnName.isEmpty())
                    timeColumnName = header[column];
            }
        }
        if (overrides.timeFormat) {
            mapping.timeFormat = *overrides.timeFormat;
        } else {
            const TimestampDetection found = detectTimestampFormat(times, HeaderMatchShare);
            if (found.format) {
                mapping.timeFormat = *found.format;
            } else if (found.ambiguousDayMonth) {
                detection.timeOrderOpen = true;
                detection.timeOrderExample = found.ambiguousExample;
            } else if (found.dayMonthConflict) {
                throw Error(
                    Location(file, 1, 1, timeColumnName),
                    Text::tr("column \"%1\" mixes day-first and month-first dates; give the "
                             "format with --time-format")
                        .arg(timeColumnName));
            } else if (found.nonEmpty > 0) {
                throw Error(
                    Location(file, 1, 1, timeColumnName),
                    Text::tr("column \"%1\": the values are not times in a known format; give "
                             "one with --time-format (for example \"%d.%m.%Y %H:%M\")")
                        .arg(timeColumnName));
            }
        }
    }

    for (int column = 0; column < columns; ++column) {
        const ColumnRole role = mapping.roles[column];
        mapping.types[column] = role == ColumnRole::Time || role == ColumnRole::EventDate
                                    ? FieldType::Date
                                    : sampleType(columnValues(sample, column));
    }
    return detection;
}

} // namespace journeyscope
