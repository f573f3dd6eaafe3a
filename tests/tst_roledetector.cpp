#include "core/base/error.h"
#include "core/ingest/roledetector.h"

#include <QTest>
#include <string>
#include <vector>

using namespace journeyscope;

namespace {

const QString fileName = QStringLiteral("export.csv");

// Role names written out here, independently of roleName().
ColumnRole role(const QString& name)
{
    static const std::pair<const char*, ColumnRole> names[] = {
        {"attribute", ColumnRole::Attribute}, {"ignore", ColumnRole::Ignore},
        {"customer", ColumnRole::Customer},   {"time", ColumnRole::Time},
        {"event", ColumnRole::Event},         {"channel", ColumnRole::Channel},
        {"value", ColumnRole::Value},         {"session", ColumnRole::Session},
        {"device", ColumnRole::Device},       {"email", ColumnRole::Email},
        {"phone", ColumnRole::Phone},         {"name", ColumnRole::Name},
        {"ip", ColumnRole::IpAddress},        {"identifier", ColumnRole::Identifier},
        {"consent", ColumnRole::Consent},     {"event-date", ColumnRole::EventDate},
    };
    for (const auto& [text, value] : names) {
        if (name == QLatin1String(text))
            return value;
    }
    qFatal("unknown role in test data: %s", qPrintable(name));
    return ColumnRole::Attribute;
}

QString name(ColumnRole value)
{
    switch (value) {
    case ColumnRole::Attribute:
        return QStringLiteral("attribute");
    case ColumnRole::Ignore:
        return QStringLiteral("ignore");
    case ColumnRole::Customer:
        return QStringLiteral("customer");
    case ColumnRole::Time:
        return QStringLiteral("time");
    case ColumnRole::Event:
        return QStringLiteral("event");
    case ColumnRole::Channel:
        return QStringLiteral("channel");
    case ColumnRole::Value:
        return QStringLiteral("value");
    case ColumnRole::Session:
        return QStringLiteral("session");
    case ColumnRole::Device:
        return QStringLiteral("device");
    case ColumnRole::Email:
        return QStringLiteral("email");
    case ColumnRole::Phone:
        return QStringLiteral("phone");
    case ColumnRole::Name:
        return QStringLiteral("name");
    case ColumnRole::IpAddress:
        return QStringLiteral("ip");
    case ColumnRole::Identifier:
        return QStringLiteral("identifier");
    case ColumnRole::Consent:
        return QStringLiteral("consent");
    case ColumnRole::EventDate:
        return QStringLiteral("event-date");
    }
    return QStringLiteral("?");
}

/// "header name=role" per column, so that a failure shows which column is wrong.
QStringList describe(const ColumnMapping& mapping)
{
    QStringList lines;
    for (qsizetype i = 0; i < mapping.header.size(); ++i)
        lines.append(mapping.header[i] + QLatin1Char('=') + name(mapping.roles.value(i)));
    return lines;
}

QStringList expectedLines(const QStringList& header, const QString& roles)
{
    const QStringList names = roles.split(QLatin1Char(','));
    QStringList lines;
    for (qsizetype i = 0; i < header.size(); ++i)
        lines.append(header[i] + QLatin1Char('=') + name(role(names.value(i))));
    return lines;
}

QStringList splitLine(const QString& line)
{
    return line.split(QLatin1Char(','));
}

std::vector<std::vector<std::string>> sampleOf(const QStringList& rows)
{
    std::vector<std::vector<std::string>> sample;
    for (const QString& row : rows) {
        std::vector<std::string> fields;
        for (const QString& field : splitLine(row))
            fields.push_back(field.toStdString());
        sample.push_back(std::move(fields));
    }
    return sample;
}

QStringList lines(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* line : list)
        result.append(QString::fromUtf8(line));
    return result;
}

MappingOverrides::Column given(const char* column, ColumnRole role, const char* origin)
{
    return {QString::fromUtf8(column), role, QString::fromUtf8(origin)};
}

/// detectRoles() on a sample; an Error it throws fails the test (instead of ending the run).
RoleDetection detectIn(const QString& header, const QStringList& rows,
                       const MappingOverrides& overrides = {})
{
    try {
        return detectRoles(fileName, splitLine(header), sampleOf(rows), overrides);
    } catch (const Error& error) {
        QTest::qFail(qPrintable(QStringLiteral("unexpected error: ") + error.toString()), __FILE__,
                     __LINE__);
    }
    return {};
}

RoleDetection detectIn(const char* header, std::initializer_list<const char*> rows,
                       const MappingOverrides& overrides = {})
{
    return detectIn(QString::fromUtf8(header), lines(rows), overrides);
}

/// The Error detectRoles() throws, or an empty message when it throws none.
Error detectError(const QString& header, const QStringList& rows,
                  const MappingOverrides& overrides = {})
{
    try {
        detectRoles(fileName, splitLine(header), sampleOf(rows), overrides);
    } catch (const Error& error) {
        return error;
    }
    return Error(QString());
}

TimestampFormat timeFormat(const char* spec)
{
    QString error;
    const std::optional<TimestampFormat> format =
        TimestampFormat::fromSpec(QString::fromUtf8(spec), &error);
    if (!format)
        qFatal("bad time format in test data: %s", qPrintable(error));
    return *format;
}

} // namespace

class TestRoleDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void reasons();
    void ambiguousDayMonthLeavesOrderOpen();
    void overrideMovesCustomerAwayFromDetectedColumn();
    void overrideByNumber();
    void laterOverrideWins();
    void overrideIgnoreLetsAnotherColumnBeTheTime();
    void overridePersonalData();
    void overrideTimeFormat();
    void overrideErrors_data();
    void overrideErrors();
    void missingColumns_data();
    void missingColumns();
    void timeColumnErrors_data();
    void timeColumnErrors();
    void normalizedHeader_data();
    void normalizedHeader();
};

void TestRoleDetector::detect_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<int>("timeKind");

    using Kind = TimestampFormat::Kind;

    // GA4 BigQuery export flattened to CSV: event_timestamp in microseconds beats the
    // event_date column; user_id is absent for most users, so it is not in this export.
    QTest::newRow("ga4")
        << QStringLiteral("event_date,event_timestamp,event_name,user_pseudo_id,"
                          "device_category,geo_country,ga_session_id")
        << lines({"20240301,1709288553123456,page_view,1234567890.1709288553,mobile,Germany,"
                  "1709288553",
                  "20240301,1709288560654321,scroll,1234567890.1709288553,mobile,Germany,"
                  "1709288553",
                  "20240302,1709370000000001,first_visit,987654321.1709370000,desktop,France,"
                  "1709370000"})
        << QStringLiteral("attribute,time,event,customer,device,attribute,session")
        << int(Kind::EpochMicros);

    // Segment: anonymousId, timestamp, event; the other times are attributes, the IP is
    // found by its values.
    QTest::newRow("segment")
        << QStringLiteral("messageId,anonymousId,type,event,timestamp,receivedAt,sentAt,"
                          "context_ip,properties_revenue")
        << lines({"ajs-next-1a2b,anon-7f3e,track,Product Viewed,2024-03-01T10:22:33.123Z,"
                  "2024-03-01T10:22:34.001Z,2024-03-01T10:22:33.500Z,192.168.0.1,19.99",
                  "ajs-next-1a2c,anon-7f3e,track,Order Completed,2024-03-01T10:25:01.000Z,"
                  "2024-03-01T10:25:02.000Z,2024-03-01T10:25:01.100Z,192.168.0.1,49.50",
                  "ajs-next-9f00,anon-0042,page,Home,2024-03-01T11:00:00.000Z,"
                  "2024-03-01T11:00:00.300Z,2024-03-01T11:00:00.050Z,2001:db8::1,"})
        << QStringLiteral("attribute,customer,attribute,event,time,attribute,attribute,ip,"
                          "value")
        << int(Kind::Iso);

    // Process mining: the helpdesk log as published.
    QTest::newRow("process mining CaseID")
        << QStringLiteral("CaseID,ActivityID,CompleteTimestamp")
        << lines({"2,1,2012-04-03 16:55:38", "2,8,2012-04-03 16:55:53", "2,6,2012-04-05 17:15:52",
                  "3,1,2010-10-29 18:14:06"})
        << QStringLiteral("customer,event,time") << int(Kind::Iso);

    // Process mining: XES attributes flattened to CSV.
    QTest::newRow("process mining xes")
        << QStringLiteral("case:channel,case:concept:name,case:deadline,case:department,"
                          "case:enddate,case:enddate_planned,case:group,case:responsible,"
                          "case:startdate,concept:instance,concept:name,lifecycle:transition,"
                          "org:group,org:resource,time:timestamp")
        << lines({"Internet,652823628,2015-09-30 00:00:00+02:00,General,"
                  "2015-09-24 00:00:00+02:00,2015-10-24 00:00:00+02:00,Group 1,Resource21,"
                  "2015-09-23 00:00:00+02:00,,T02 Check confirmation of receipt,complete,"
                  "Group 4,Resource10,2015-09-23 13:31:25.683000+02:00",
                  "Internet,652823628,2015-09-30 00:00:00+02:00,General,"
                  "2015-09-24 00:00:00+02:00,2015-10-24 00:00:00+02:00,Group 1,Resource21,"
                  "2015-09-23 00:00:00+02:00,,T06 Determine necessity of stop advice,complete,"
                  "Group 4,Resource10,2015-09-23 13:31:40+02:00",
                  "Desk,652824061,2015-10-05 00:00:00+02:00,General,,"
                  "2015-10-30 00:00:00+01:00,Group 2,Resource14,2015-09-29 00:00:00+02:00,,"
                  "Confirmation of receipt,complete,Group 2,Resource14,"
                  "2015-09-29 09:02:11.342000+02:00"})
        << QStringLiteral("channel,customer,attribute,attribute,attribute,attribute,attribute,"
                          "attribute,attribute,attribute,event,attribute,attribute,attribute,"
                          "time")
        << int(Kind::Iso);

    // A data frame written with its index: an unnamed first column, and both concept:name
    // and Activity; concept:name is the better-known event name.
    QTest::newRow("unnamed index column, concept:name and Activity")
        << QStringLiteral(",Case ID,Activity,Complete Timestamp,concept:name,lifecycle:transition")
        << lines({"0,Case 1,Register request,2011-01-01 08:00:00,Register request,complete",
                  "1,Case 1,Examine casually,2011-01-02 10:06:00,Examine casually,complete",
                  "2,Case 2,Register request,2011-01-03 09:13:00,Register request,complete"})
        << QStringLiteral("attribute,customer,attribute,time,event,attribute") << int(Kind::Iso);

    QTest::newRow("header spelling does not matter")
        << QStringLiteral("Customer ID,Event Name,TimeStamp")
        << lines({"C1,Login,2024-03-01 10:00:00", "C2,Logout,2024-03-01 11:00:00"})
        << QStringLiteral("customer,event,time") << int(Kind::Iso);

    // The other id is kept as an identifier of the same customer, to link records.
    QTest::newRow("best-ranked customer name wins")
        << QStringLiteral("user_id,customer_id,timestamp,event")
        << lines({"u1,c1,2024-03-01T10:00:00Z,login", "u2,c2,2024-03-01T10:05:00Z,login"})
        << QStringLiteral("identifier,customer,time,event") << int(Kind::Iso);

    QTest::newRow("personal data by header")
        << QStringLiteral("customer_id,timestamp,event,email,phone,first_name,last_name,"
                          "ip_address")
        << lines({"c1,2024-03-01T10:00:00Z,login,ann@example.com,+49 30 1234567,Ann,Lee,"
                  "10.0.0.1",
                  "c2,2024-03-01T10:05:00Z,login,bob@example.com,+49 30 7654321,Bob,Ray,"
                  "10.0.0.2"})
        << QStringLiteral("customer,time,event,email,phone,name,name,ip") << int(Kind::Iso);

    QTest::newRow("personal data by header whatever the values")
        << QStringLiteral("customer_id,timestamp,event,e_mail,mobile,full_name,client_ip")
        << lines({"c1,2024-03-01T10:00:00Z,login,unknown,0170 1234567,Lee,n/a",
                  "c2,2024-03-01T10:05:00Z,login,,,,"})
        << QStringLiteral("customer,time,event,email,phone,name,ip") << int(Kind::Iso);

    QTest::newRow("personal data by value")
        << QStringLiteral("customer_id,timestamp,event,contact,src,kontakt")
        << lines({"c1,2024-03-01T10:00:00Z,login,ann@example.com,192.168.0.10,+49 30 1234567",
                  "c2,2024-03-01T10:05:00Z,login,bob@example.org,10.1.2.3,+49 151 12345678",
                  "c3,2024-03-01T10:06:00Z,view,Carla.Diaz@mail.example.es,172.16.0.1,"
                  "+49 (89) 123456-7",
                  "c4,2024-03-01T10:07:00Z,view,,8.8.8.8,+49 40 9876543"})
        << QStringLiteral("customer,time,event,email,ip,phone") << int(Kind::Iso);

    // 80 % of the non-blank values are enough; 60 % are not.
    QTest::newRow("personal data by value threshold")
        << QStringLiteral("customer_id,timestamp,event,a,b")
        << lines({"c1,2024-03-01T10:00:00Z,login,ann@example.com,ann@example.com",
                  "c2,2024-03-01T10:05:00Z,login,bob@example.com,bob@example.com",
                  "c3,2024-03-01T10:06:00Z,view,cid@example.com,cid@example.com",
                  "c4,2024-03-01T10:07:00Z,view,dan@example.com,none",
                  "c5,2024-03-01T10:08:00Z,view,unknown,unknown"})
        << QStringLiteral("customer,time,event,email,attribute") << int(Kind::Iso);

    QTest::newRow("ordinary values are attributes")
        << QStringLiteral("customer_id,timestamp,event,qty,version,comment,clock")
        << lines({"c1,2024-03-01T10:00:00Z,buy,3,1.2.3,fine,10:22:33",
                  "c2,2024-03-01T10:05:00Z,buy,12,1.2.4,ok,10:25:00"})
        << QStringLiteral("customer,time,event,attribute,attribute,attribute,attribute")
        << int(Kind::Iso);

    // A time column with an unusual name is found by its values; small numbers and words
    // before it are not times.
    QTest::newRow("time by value")
        << QStringLiteral("customer_id,event,qty,note,wann")
        << lines({"c1,view,3,hello,2024-03-01T10:22:33Z", "c1,buy,1,,2024-03-01T10:30:00Z",
                  "c2,view,12,again,2024-03-02T08:00:00Z"})
        << QStringLiteral("customer,event,attribute,attribute,time") << int(Kind::Iso);

    QTest::newRow("epoch milliseconds by value")
        << QStringLiteral("customer_id,event,logged")
        << lines({"c1,view,1709288553123", "c1,buy,1709288600000", "c2,view,1709300000000"})
        << QStringLiteral("customer,event,time") << int(Kind::EpochMillis);

    QTest::newRow("a time header with other values is passed over")
        << QStringLiteral("customer_id,time,event,created_at")
        << lines({"c1,morning,view,2024-03-01T08:00:00Z", "c2,evening,view,2024-03-01T19:00:00Z"})
        << QStringLiteral("customer,attribute,event,time") << int(Kind::Iso);

    QTest::newRow("session, channel, device, value")
        << QStringLiteral("customer_id,timestamp,event,session_id,utm_medium,device_type,revenue")
        << lines({"c1,2024-03-01T10:00:00Z,view,s1,email,mobile,0",
                  "c1,2024-03-01T10:01:00Z,buy,s1,email,mobile,19.99"})
        << QStringLiteral("customer,time,event,session,channel,device,value") << int(Kind::Iso);

    QTest::newRow("value column blank in the sample")
        << QStringLiteral("customer_id,timestamp,event,revenue")
        << lines({"c1,2024-03-01T10:00:00Z,view,", "c1,2024-03-01T10:01:00Z,view,  "})
        << QStringLiteral("customer,time,event,value") << int(Kind::Iso);

    QTest::newRow("value column of words is an attribute")
        << QStringLiteral("customer_id,timestamp,event,amount")
        << lines({"c1,2024-03-01T10:00:00Z,view,n/a", "c1,2024-03-01T10:01:00Z,view,tbd",
                  "c2,2024-03-01T10:02:00Z,view,none"})
        << QStringLiteral("customer,time,event,attribute") << int(Kind::Iso);

    QTest::newRow("dot dates are day-first")
        << QStringLiteral("customer_id,date,event")
        << lines({"c1,03.04.2024,view", "c2,05.06.2024,view"})
        << QStringLiteral("customer,time,event") << int(Kind::DayMonthYear);

    QTest::newRow("a day over 12 settles day-first")
        << QStringLiteral("customer_id,date,event")
        << lines({"c1,03/04/2024,view", "c2,13/04/2024,view"})
        << QStringLiteral("customer,time,event") << int(Kind::DayMonthYear);

    QTest::newRow("a day over 12 settles month-first")
        << QStringLiteral("customer_id,date,event")
        << lines({"c1,03/04/2024,view", "c2,04/13/2024,view"})
        << QStringLiteral("customer,time,event") << int(Kind::MonthDayYear);

    QTest::newRow("short rows") << QStringLiteral("customer_id,timestamp,event,extra")
                                << lines({"c1,2024-03-01T10:00:00Z,view",
                                          "c2,2024-03-01T10:00:00Z,view,x"})
                                << QStringLiteral("customer,time,event,attribute")
                                << int(Kind::Iso);
}

void TestRoleDetector::detect()
{
    QFETCH(QString, header);
    QFETCH(QStringList, rows);
    QFETCH(QString, roles);
    QFETCH(int, timeKind);

    const QStringList columns = splitLine(header);
    const RoleDetection detection = detectIn(header, rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(detection.mapping.header, columns);
    QCOMPARE(detection.mapping.roles.size(), columns.size());
    QCOMPARE(detection.mapping.reasons.size(), columns.size());
    QCOMPARE(describe(detection.mapping), expectedLines(columns, roles));
    QCOMPARE(int(detection.mapping.timeFormat.kind()), timeKind);
    QVERIFY(!detection.timeOrderOpen);
    for (const QString& reason : detection.mapping.reasons)
        QVERIFY(!reason.isEmpty());
}

void TestRoleDetector::reasons()
{
    MappingOverrides overrides;
    overrides.columns = {given("note", ColumnRole::Ignore, "--ignore")};
    const RoleDetection detection =
        detectIn("customer_id,timestamp,event,contact,wann2,note",
                 {"c1,2024-03-01T10:00:00Z,view,ann@example.com,x,hello"}, overrides);
    const QStringList& reasons = detection.mapping.reasons;
    QVERIFY2(reasons[0].contains(QLatin1String("customer_id")), qPrintable(reasons[0]));
    QVERIFY2(reasons[3].contains(QLatin1String("email")), qPrintable(reasons[3]));
    QVERIFY2(reasons[4].contains(QLatin1String("attribute")), qPrintable(reasons[4]));
    QVERIFY2(reasons[5].contains(QLatin1String("--ignore")), qPrintable(reasons[5]));
    QCOMPARE(detection.mapping.roles[5], ColumnRole::Ignore);
}

void TestRoleDetector::ambiguousDayMonthLeavesOrderOpen()
{
    const RoleDetection detection =
        detectIn("customer_id,date,event", {"c1,03/04/2024,view", "c2,05/06/2024,buy"});
    QCOMPARE(describe(detection.mapping),
             expectedLines(splitLine(QStringLiteral("customer_id,date,event")),
                           QStringLiteral("customer,time,event")));
    QVERIFY(detection.timeOrderOpen);
    QCOMPARE(detection.timeOrderExample, QStringLiteral("03/04/2024"));

    // With times.
    const RoleDetection withTimes = detectIn(
        "customer_id,timestamp,event", {"c1,03/04/2024 10:22,view", "c2,05/06/2024 11:00,buy"});
    QVERIFY(withTimes.timeOrderOpen);
    QCOMPARE(withTimes.mapping.column(ColumnRole::Time), 1);

    // Found by its values under an unusual header.
    const RoleDetection byValue =
        detectIn("customer_id,event,Buchungstag", {"c1,view,03/04/2024", "c2,buy,05/06/2024"});
    QCOMPARE(byValue.mapping.column(ColumnRole::Time), 2);
    QVERIFY(byValue.timeOrderOpen);
    QCOMPARE(byValue.timeOrderExample, QStringLiteral("03/04/2024"));
}

void TestRoleDetector::overrideMovesCustomerAwayFromDetectedColumn()
{
    const char* header = "user_id,account_id,timestamp,event";
    const std::initializer_list<const char*> rows = {"u1,a1,2024-03-01T10:00:00Z,view"};

    // Detected on its own: user_id.
    QCOMPARE(detectIn(header, rows).mapping.column(ColumnRole::Customer), 0);

    MappingOverrides overrides;
    overrides.columns = {given("account_id", ColumnRole::Customer, "--customer")};
    const RoleDetection detection = detectIn(header, rows, overrides);
    QCOMPARE(describe(detection.mapping),
             expectedLines(splitLine(QString::fromUtf8(header)),
                           QStringLiteral("identifier,customer,time,event")));
    QVERIFY2(detection.mapping.reasons[1].contains(QLatin1String("--customer")),
             qPrintable(detection.mapping.reasons[1]));
}

void TestRoleDetector::overrideByNumber()
{
    MappingOverrides overrides;
    overrides.columns = {given("#2", ColumnRole::Event, "--event")};
    const RoleDetection detection = detectIn("customer_id,Aktion,timestamp,event",
                                             {"c1,Kauf,2024-03-01T10:00:00Z,purchase"}, overrides);
    QCOMPARE(describe(detection.mapping),
             expectedLines(splitLine(QStringLiteral("customer_id,Aktion,timestamp,event")),
                           QStringLiteral("customer,event,time,attribute")));
}

void TestRoleDetector::laterOverrideWins()
{
    // A mapping file says user_id, the command line account_id: the later one wins, and
    // user_id is not detected as the customer again.
    MappingOverrides overrides;
    overrides.columns = {given("user_id", ColumnRole::Customer, "map.json"),
                         given("ACCOUNT_ID", ColumnRole::Customer, "--customer")};
    const RoleDetection detection = detectIn("user_id,account_id,timestamp,event",
                                             {"u1,a1,2024-03-01T10:00:00Z,view"}, overrides);
    QCOMPARE(describe(detection.mapping),
             expectedLines(splitLine(QStringLiteral("user_id,account_id,timestamp,event")),
                           QStringLiteral("identifier,customer,time,event")));
}

void TestRoleDetector::overrideIgnoreLetsAnotherColumnBeTheTime()
{
    MappingOverrides overrides;
    overrides.columns = {given("timestamp", ColumnRole::Ignore, "--ignore")};
    const RoleDetection detection =
        detectIn("customer_id,timestamp,created_at,event",
                 {"c1,2024-03-01T10:00:00Z,2024-02-01T09:00:00Z,view"}, overrides);
    QCOMPARE(describe(detection.mapping),
             expectedLines(splitLine(QStringLiteral("customer_id,timestamp,created_at,event")),
                           QStringLiteral("customer,ignore,time,event")));
}

void TestRoleDetector::overridePersonalData()
{
    // Personal-data roles may be given to several columns, and beside detected ones.
    MappingOverrides overrides;
    overrides.columns = {given("vorname", ColumnRole::Name, "map.json"),
                         given("nachname", ColumnRole::Name, "map.json")};
    const RoleDetection detection =
        detectIn("customer_id,timestamp,event,vorname,nachname,email",
                 {"c1,2024-03-01T10:00:00Z,view,Ann,Lee,ann@example.com"}, overrides);
    QCOMPARE(describe(detection.mapping),
             expectedLines(
                 splitLine(QStringLiteral("customer_id,timestamp,event,vorname,nachname,email")),
                 QStringLiteral("customer,time,event,name,name,email")));
}

void TestRoleDetector::overrideTimeFormat()
{
    MappingOverrides overrides;
    overrides.timeFormat = timeFormat("mdy");
    const RoleDetection detection =
        detectIn("customer_id,date,event", {"c1,03/04/2024,view", "c2,05/06/2024,buy"}, overrides);
    QVERIFY(!detection.timeOrderOpen);
    QVERIFY(detection.mapping.timeFormat == timeFormat("mdy"));
}

void TestRoleDetector::overrideErrors_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("origin");

    QTest::newRow("missing name") << QStringLiteral("nope") << QStringLiteral("--customer");
    QTest::newRow("number out of range") << QStringLiteral("#9") << QStringLiteral("--time");
    QTest::newRow("#0") << QStringLiteral("#0") << QStringLiteral("--event");
    QTest::newRow("from a mapping file")
        << QStringLiteral("Kunde") << QStringLiteral("mapping.json");
}

void TestRoleDetector::overrideErrors()
{
    QFETCH(QString, column);
    QFETCH(QString, origin);

    MappingOverrides overrides;
    overrides.columns = {{column, ColumnRole::Customer, origin}};
    const Error error = detectError(QStringLiteral("user_id,timestamp,event"),
                                    {QStringLiteral("u1,2024-03-01T10:00:00Z,view")}, overrides);
    const QString text = error.toString();
    QVERIFY2(text.startsWith(fileName + QStringLiteral(":1:1:")), qPrintable(text));
    QVERIFY2(text.contains(origin), qPrintable(text));
    QVERIFY2(text.contains(QLatin1Char('"') + column + QLatin1Char('"')), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"user_id\", \"timestamp\", \"event\"")),
             qPrintable(text));
    QCOMPARE(error.location().field, column);
}

void TestRoleDetector::missingColumns_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("option");

    QTest::newRow("no customer") << QStringLiteral("visitor,timestamp,event")
                                 << lines({"v1,2024-03-01T10:00:00Z,view"})
                                 << QStringLiteral("--customer");
    QTest::newRow("no time") << QStringLiteral("customer_id,event,note")
                             << lines({"c1,view,hello", "c2,buy,again"})
                             << QStringLiteral("--time");
    QTest::newRow("time header without times")
        << QStringLiteral("customer_id,time,event") << lines({"c1,soon,view", "c2,later,buy"})
        << QStringLiteral("--time");
    QTest::newRow("no event") << QStringLiteral("customer_id,timestamp,note")
                              << lines({"c1,2024-03-01T10:00:00Z,hello"})
                              << QStringLiteral("--event");
    QTest::newRow("nothing at all")
        << QStringLiteral("a,b,c") << lines({"1,2,3"}) << QStringLiteral("--customer");
}

void TestRoleDetector::missingColumns()
{
    QFETCH(QString, header);
    QFETCH(QStringList, rows);
    QFETCH(QString, option);

    const Error error = detectError(header, rows);
    const QString text = error.toString();
    QVERIFY2(text.startsWith(fileName + QStringLiteral(":1:1:")), qPrintable(text));
    QVERIFY2(text.contains(option + QStringLiteral(" ")), qPrintable(text));
    QStringList quoted;
    for (const QString& column : splitLine(header))
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    QVERIFY2(text.contains(quoted.join(QStringLiteral(", "))), qPrintable(text));
}

void TestRoleDetector::timeColumnErrors_data()
{
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("both day orders") << lines({"c1,13/04/2024,view", "c2,04/13/2024,view"});
    QTest::newRow("not times") << lines({"c1,soon,view", "c2,later,view"});
}

void TestRoleDetector::timeColumnErrors()
{
    QFETCH(QStringList, rows);

    // The user names the time column, so the detector must read its values.
    MappingOverrides overrides;
    overrides.columns = {given("date", ColumnRole::Time, "--time")};
    const Error error = detectError(QStringLiteral("customer_id,date,event"), rows, overrides);
    const QString text = error.toString();
    QVERIFY2(text.startsWith(fileName + QStringLiteral(":1:1:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("--time-format")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"date\"")), qPrintable(text));
    QCOMPARE(error.location().field, QStringLiteral("date"));
}

void TestRoleDetector::normalizedHeader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("xes") << QStringLiteral("Case:Concept:Name")
                         << QStringLiteral("caseconceptname");
    QTest::newRow("snake case") << QStringLiteral("user_pseudo_id")
                                << QStringLiteral("userpseudoid");
    QTest::newRow("camel case") << QStringLiteral("anonymousId") << QStringLiteral("anonymousid");
    QTest::newRow("spaces") << QStringLiteral(" Complete Timestamp ")
                            << QStringLiteral("completetimestamp");
    QTest::newRow("digits kept") << QStringLiteral("IPv4") << QStringLiteral("ipv4");
    QTest::newRow("symbols dropped") << QStringLiteral("Amount (€)") << QStringLiteral("amount");
    QTest::newRow("non-ascii letters")
        << QStringLiteral("Ereignis-Übersicht") << QStringLiteral("ereignisübersicht");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << QStringLiteral("#:_-") << QString();
}

void TestRoleDetector::normalizedHeader()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(journeyscope::normalizedHeader(name), expected);
}

QTEST_GUILESS_MAIN(TestRoleDetector)
#include "tst_roledetector.moc"
