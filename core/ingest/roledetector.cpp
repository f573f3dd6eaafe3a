#include "core/ingest/roledetector.h"

#include "core/base/error.h"
#include "core/ingest/fieldparsers.h"

#include <array>

namespace journeyscope {

namespace {

constexpr double HeaderMatchShare = 0.5;

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::RoleDetector", text);
}

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
    };
    return table;
}

int synonymRank(const Synonyms& entry, const QString& normalized)
{
    for (size_t i = 0; i < entry.names.size(); ++i) {
        if (normalized == entry.names[i])
            return int(i);
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

/// Whether values of a column whose header names \a role look the part. The header is strong
/// evidence, so half the sample is enough: rows that do not fit then fail with their line
/// and column instead of the whole column silently becoming an attribute.
bool fitsRole(ColumnRole role, const std::vector<std::string_view>& values)
{
    switch (role) {
    case ColumnRole::Time: {
        const TimestampDetection detection = detectTimestampFormat(values, HeaderMatchShare);
        return detection.format || detection.ambiguousDayMonth || detection.nonEmpty == 0;
    }
    case ColumnRole::Value: {
        const double share =
            shareOf(values, [](std::string_view v) { return parseNumber(v, true).has_value(); });
        return share < 0 || share >= HeaderMatchShare; // all blank in the sample: trust the header
    }
    default:
        return true;
    }
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
    RoleDetection detection;
    ColumnMapping& mapping = detection.mapping;
    mapping.header = header;
    const int columns = int(header.size());
    mapping.roles = QList<ColumnRole>(columns, ColumnRole::Attribute);
    mapping.reasons = QStringList(columns, tr("not recognised: kept as an attribute"));
    QList<bool> decided(columns, false);

    for (const MappingOverrides::Column& entry : overrides.columns) {
        const int index = mapping.findColumn(entry.column);
        if (index < 0) {
            throw Error(Location(file, 1, 1, entry.column),
                        tr("%1 names column \"%2\", which is not in the header; the columns "
                           "are %3")
                            .arg(entry.origin, entry.column, columnList(header)));
        }
        if (isSingleColumnRole(entry.role)) {
            // Only one column may have this role: the user's choice replaces an earlier one.
            for (int other = 0; other < columns; ++other) {
                if (other != index && mapping.roles[other] == entry.role) {
                    mapping.roles[other] = ColumnRole::Attribute;
                    mapping.reasons[other] = tr("not recognised: kept as an attribute");
                    decided[other] = false;
                }
            }
        }
        mapping.roles[index] = entry.role;
        mapping.reasons[index] = tr("given by %1").arg(entry.origin);
        decided[index] = true;
    }

    QList<QString> normalized;
    for (const QString& name : header)
        normalized.append(normalizedHeader(name));

    for (const Synonyms& entry : synonyms()) {
        if (isSingleColumnRole(entry.role) && mapping.column(entry.role) >= 0)
            continue;
        // Best-ranked header name first; a column whose values do not fit is passed over.
        std::vector<std::pair<int, int>> candidates; // (rank, column)
        for (int column = 0; column < columns; ++column) {
            const int rank = synonymRank(entry, normalized[column]);
            if (!decided[column] && rank >= 0)
                candidates.push_back({rank, column});
        }
        std::sort(candidates.begin(), candidates.end());
        for (const auto& [rank, column] : candidates) {
            if (!fitsRole(entry.role, columnValues(sample, column)))
                continue;
            mapping.roles[column] = entry.role;
            mapping.reasons[column] = tr("header \"%1\"").arg(header[column]);
            decided[column] = true;
            if (isSingleColumnRole(entry.role))
                break;
        }
    }

    // Values that give personal data away, whatever the header says.
    for (int column = 0; column < columns; ++column) {
        if (decided[column])
            continue;
        const auto values = columnValues(sample, column);
        if (shareOf(values, looksLikeEmail) >= 0.8) {
            mapping.roles[column] = ColumnRole::Email;
            mapping.reasons[column] = tr("values look like email addresses");
            decided[column] = true;
        } else if (shareOf(values, looksLikeIpAddress) >= 0.8) {
            mapping.roles[column] = ColumnRole::IpAddress;
            mapping.reasons[column] = tr("values look like IP addresses");
            decided[column] = true;
        } else if (shareOf(values, looksLikePhoneNumber) >= 0.8) {
            mapping.roles[column] = ColumnRole::Phone;
            mapping.reasons[column] = tr("values look like international phone numbers");
            decided[column] = true;
        }
    }

    // A time column with an unusual name: the first column whose values are all times
    // (in the user's time format, when one was given).
    if (mapping.column(ColumnRole::Time) < 0) {
        for (int column = 0; column < columns; ++column) {
            if (decided[column])
                continue;
            const auto values = columnValues(sample, column);
            bool times = false;
            if (overrides.timeFormat) {
                times = shareOf(values, [&](std::string_view v) {
                            return overrides.timeFormat->parse(v).has_value();
                        }) == 1.0;
            } else {
                const TimestampDetection detection = detectTimestampFormat(values);
                times = (detection.format && detection.parsed == detection.nonEmpty &&
                         detection.nonEmpty > 0) ||
                        detection.ambiguousDayMonth;
            }
            if (times) {
                mapping.roles[column] = ColumnRole::Time;
                mapping.reasons[column] = tr("values look like times");
                decided[column] = true;
                break;
            }
        }
    }

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
        if (mapping.column(need.role) >= 0)
            continue;
        QStringList examples;
        for (const Synonyms& entry : synonyms()) {
            if (entry.role == need.role) {
                for (size_t i = 0; i < std::min<size_t>(4, entry.names.size()); ++i)
                    examples.append(entry.names[i]);
            }
        }
        throw Error(Location(file, 1, 1),
                    tr("no %1 column: expected a column named like %2, or %3 COLUMN; the "
                       "columns are %4")
                        .arg(tr(need.what), examples.join(QStringLiteral(", ")),
                             optionFor(need.role), columnList(header)));
    }

    const int timeColumn = mapping.column(ColumnRole::Time);
    if (overrides.timeFormat) {
        mapping.timeFormat = *overrides.timeFormat;
    } else {
        const TimestampDetection times =
            detectTimestampFormat(columnValues(sample, timeColumn), HeaderMatchShare);
        if (times.format) {
            mapping.timeFormat = *times.format;
        } else if (times.ambiguousDayMonth) {
            detection.timeOrderOpen = true;
            detection.timeOrderExample = times.ambiguousExample;
        } else if (times.dayMonthConflict) {
            throw Error(Location(file, 1, 1, header[timeColumn]),
                        tr("column \"%1\" mixes day-first and month-first dates; give the "
                           "format with --time-format")
                            .arg(header[timeColumn]));
        } else if (times.nonEmpty > 0) {
            throw Error(Location(file, 1, 1, header[timeColumn]),
                        tr("column \"%1\": the values are not times in a known format; give "
                           "one with --time-format (for example \"%d.%m.%Y %H:%M\")")
                            .arg(header[timeColumn]));
        }
    }
    return detection;
}

} // namespace journeyscope
