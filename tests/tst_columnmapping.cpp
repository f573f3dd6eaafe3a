#include "core/base/error.h"
#include "core/ingest/columnmapping.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;

Q_DECLARE_METATYPE(journeyscope::ColumnRole)

namespace {

struct RoleRow
{
    ColumnRole role;
    const char* name;
    bool personal;
    bool single;
};

// Written from the mapping file format, independently of the table in columnmapping.cpp.
const RoleRow allRoles[] = {
    {ColumnRole::Attribute, "attribute", false, false},
    {ColumnRole::Ignore, "ignore", false, false},
    {ColumnRole::Customer, "customer", false, true},
    {ColumnRole::Time, "time", false, true},
    {ColumnRole::Event, "event", false, true},
    {ColumnRole::Channel, "channel", false, true},
    {ColumnRole::Value, "value", false, true},
    {ColumnRole::Session, "session", false, true},
    {ColumnRole::Device, "device", false, true},
    {ColumnRole::Email, "email", true, false},
    {ColumnRole::Phone, "phone", true, false},
    {ColumnRole::Name, "name", true, false},
    {ColumnRole::IpAddress, "ip", true, false},
};

TimestampFormat timeFormat(const QString& spec)
{
    QString error;
    const std::optional<TimestampFormat> format = TimestampFormat::fromSpec(spec, &error);
    if (!format)
        qFatal("bad time format in test data: %s", qPrintable(error));
    return *format;
}

QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','));
}

/// "name=role" for each override column, sorted by name.
QStringList describe(const QList<MappingOverrides::Column>& columns)
{
    QMap<QString, QString> byName;
    for (const MappingOverrides::Column& column : columns)
        byName.insert(column.column, roleName(column.role));
    QStringList lines;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value());
    return lines;
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleNames_data();
    void roleNames();
    void roleFromNameRejects_data();
    void roleFromNameRejects();
    void column();
    void findColumn_data();
    void findColumn();
    void toJson();
    void roundTrip_data();
    void roundTrip();
    void fromFileMinimal();
    void fromFileDelimiter_data();
    void fromFileDelimiter();
    void fromFileErrors_data();
    void fromFileErrors();
    void fromFileMissing();
    void append();
};

void TestColumnMapping::roleNames_data()
{
    QTest::addColumn<ColumnRole>("role");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("personal");
    QTest::addColumn<bool>("single");

    for (const RoleRow& row : allRoles)
        QTest::newRow(row.name) << row.role << QString::fromLatin1(row.name) << row.personal
                                << row.single;
}

void TestColumnMapping::roleNames()
{
    QFETCH(ColumnRole, role);
    QFETCH(QString, name);
    QFETCH(bool, personal);
    QFETCH(bool, single);

    QCOMPARE(roleName(role), name);
    QCOMPARE(roleFromName(name), std::optional<ColumnRole>(role));
    QCOMPARE(roleFromName(roleName(role)), std::optional<ColumnRole>(role));
    QCOMPARE(roleFromName(name.toUpper()), std::optional<ColumnRole>(role));
    QCOMPARE(isPersonalData(role), personal);
    QCOMPARE(isSingleColumnRole(role), single);
}

void TestColumnMapping::roleFromNameRejects_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("user");
    QTest::newRow("plural") << QStringLiteral("customers");
    QTest::newRow("prefix") << QStringLiteral("cust");
    QTest::newRow("ip address spelled out") << QStringLiteral("ipaddress");
    QTest::newRow("surrounding space") << QStringLiteral(" time");
    QTest::newRow("option spelling") << QStringLiteral("--customer");
}

void TestColumnMapping::roleFromNameRejects()
{
    QFETCH(QString, name);
    QCOMPARE(roleFromName(name), std::optional<ColumnRole>());
}

void TestColumnMapping::column()
{
    ColumnMapping mapping;
    mapping.header = split("a,b,c,d");
    mapping.roles = {ColumnRole::Email, ColumnRole::Customer, ColumnRole::Email, ColumnRole::Time};
    QCOMPARE(mapping.column(ColumnRole::Customer), 1);
    QCOMPARE(mapping.column(ColumnRole::Time), 3);
    QCOMPARE(mapping.column(ColumnRole::Email), 0); // the first one
    QCOMPARE(mapping.column(ColumnRole::Event), -1);
}

void TestColumnMapping::findColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");

    const QString header = QStringLiteral("user_id,Timestamp,event name,case:concept:name,Ünit");
    QTest::newRow("exact") << header << QStringLiteral("user_id") << 0;
    QTest::newRow("upper-case query") << header << QStringLiteral("USER_ID") << 0;
    QTest::newRow("lower-case query") << header << QStringLiteral("timestamp") << 1;
    QTest::newRow("with space") << header << QStringLiteral("Event Name") << 2;
    QTest::newRow("colons") << header << QStringLiteral("CASE:CONCEPT:NAME") << 3;
    QTest::newRow("non-ascii case") << header << QStringLiteral("ünit") << 4;
    QTest::newRow("no partial match") << header << QStringLiteral("user") << -1;
    QTest::newRow("no normalisation") << header << QStringLiteral("userid") << -1;
    QTest::newRow("missing") << header << QStringLiteral("email") << -1;
    QTest::newRow("empty") << header << QString() << -1;
    QTest::newRow("#1") << header << QStringLiteral("#1") << 0;
    QTest::newRow("#3") << header << QStringLiteral("#3") << 2;
    QTest::newRow("#5 last") << header << QStringLiteral("#5") << 4;
    QTest::newRow("#6 out of range") << header << QStringLiteral("#6") << -1;
    QTest::newRow("#0") << header << QStringLiteral("#0") << -1;
    QTest::newRow("#-1") << header << QStringLiteral("#-1") << -1;
    QTest::newRow("# alone") << header << QStringLiteral("#") << -1;
    QTest::newRow("#x") << header << QStringLiteral("#x") << -1;
    QTest::newRow("#2x") << header << QStringLiteral("#2x") << -1;
    QTest::newRow("#99999999999") << header << QStringLiteral("#99999999999") << -1;
    QTest::newRow("number without #") << header << QStringLiteral("2") << -1;
    QTest::newRow("first of duplicates") << QStringLiteral("id,ID,x") << QStringLiteral("Id") << 0;
    QTest::newRow("empty header name") << QStringLiteral(",a") << QString() << 0;
}

void TestColumnMapping::findColumn()
{
    QFETCH(QString, header);
    QFETCH(QString, query);
    QFETCH(int, expected);

    ColumnMapping mapping;
    mapping.header = header.split(QLatin1Char(','));
    QCOMPARE(mapping.findColumn(query), expected);
}

void TestColumnMapping::toJson()
{
    ColumnMapping mapping;
    mapping.header = split("user_id,ts,email,junk");
    mapping.roles = {ColumnRole::Customer, ColumnRole::Time, ColumnRole::Email, ColumnRole::Ignore};
    mapping.reasons = QStringList(4, QString());
    mapping.timeFormat = timeFormat(QStringLiteral("epoch-ms"));
    mapping.delimiter = ';';

    // The example of the format in columnmapping.h, with this mapping's values.
    const QJsonObject expected =
        QJsonDocument::fromJson(QByteArrayLiteral(R"({"format":"csv","delimiter":";",
        "time_format":"epoch-ms", "columns":{"user_id":"customer","ts":"time",
        "email":"email","junk":"ignore"}})"))
            .object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(mapping.toJson(), expected);

    mapping.delimiter = '\t';
    QCOMPARE(mapping.toJson().value(QStringLiteral("delimiter")).toString(), QStringLiteral("tab"));
}

void TestColumnMapping::roundTrip_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<ColumnRole>>("roles");
    QTest::addColumn<QString>("timeFormat");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("byName"); ///< every column is written under its own name

    QList<ColumnRole> every;
    QStringList everyName;
    for (const RoleRow& row : allRoles) {
        every.append(row.role);
        everyName.append(QStringLiteral("col_") + QString::fromLatin1(row.name));
    }
    QTest::newRow("every role, comma, iso")
        << everyName << every << QStringLiteral("iso") << ',' << true;
    QTest::newRow("semicolon, dmy") << split("Kunde,Zeit,Aktion,Betrag")
                                    << QList<ColumnRole>{ColumnRole::Customer, ColumnRole::Time,
                                                         ColumnRole::Event, ColumnRole::Value}
                                    << QStringLiteral("dmy") << ';' << true;
    QTest::newRow("tab, epoch-us")
        << split("user_pseudo_id,event_timestamp,event_name")
        << QList<ColumnRole>{ColumnRole::Customer, ColumnRole::Time, ColumnRole::Event}
        << QStringLiteral("epoch-us") << '\t' << true;
    QTest::newRow("pipe, pattern")
        << split("case:concept:name,time:timestamp,concept:name,org:resource")
        << QList<ColumnRole>{ColumnRole::Customer, ColumnRole::Time, ColumnRole::Event,
                             ColumnRole::Name}
        << QStringLiteral("%d.%m.%Y %H:%M") << '|' << true;
    QTest::newRow("non-ascii names, mdy")
        << split("Kunden-Nr.,Datum/Uhrzeit,Ereignis,E-Mail")
        << QList<ColumnRole>{ColumnRole::Customer, ColumnRole::Time, ColumnRole::Event,
                             ColumnRole::Email}
        << QStringLiteral("mdy") << ',' << true;
    // Names that do not find their own column: the same name twice (also in another case),
    // and a name that reads as a column number.
    QTest::newRow("duplicate names")
        << split("id,ID,date,date,#1,")
        << QList<ColumnRole>{ColumnRole::Customer, ColumnRole::Attribute, ColumnRole::Time,
                             ColumnRole::Ignore,   ColumnRole::Event,     ColumnRole::Value}
        << QStringLiteral("iso") << ',' << false;
}

void TestColumnMapping::roundTrip()
{
    QFETCH(QStringList, header);
    QFETCH(QList<ColumnRole>, roles);
    QFETCH(QString, timeFormat);
    QFETCH(char, delimiter);
    QFETCH(bool, byName);

    ColumnMapping mapping;
    mapping.header = header;
    mapping.roles = roles;
    mapping.reasons = QStringList(header.size(), QString());
    mapping.timeFormat = ::timeFormat(timeFormat);
    mapping.delimiter = delimiter;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mapping.json"));
    test::writeFile(path, QJsonDocument(mapping.toJson()).toJson());

    const MappingOverrides overrides = MappingOverrides::fromFile(path);
    // Each entry names one column (as the role detector finds it), each column once, with
    // its role.
    QCOMPARE(overrides.columns.size(), header.size());
    QList<ColumnRole> resolved(header.size(), ColumnRole::Attribute);
    QList<bool> seen(header.size(), false);
    for (const MappingOverrides::Column& column : overrides.columns) {
        const int index = mapping.findColumn(column.column);
        QVERIFY2(index >= 0, qPrintable(column.column));
        QVERIFY2(!seen[index], qPrintable(column.column));
        seen[index] = true;
        resolved[index] = column.role;
    }
    QCOMPARE(resolved, roles);
    if (byName) {
        QStringList expected;
        for (qsizetype i = 0; i < header.size(); ++i)
            expected.append(header[i] + QLatin1Char('=') + roleName(roles[i]));
        expected.sort();
        QCOMPARE(describe(overrides.columns), expected);
    }
    for (const MappingOverrides::Column& column : overrides.columns)
        QCOMPARE(column.origin, path);
    QVERIFY(overrides.timeFormat.has_value());
    QCOMPARE(overrides.timeFormat->spec(), timeFormat);
    QVERIFY(*overrides.timeFormat == mapping.timeFormat);
    QCOMPARE(overrides.delimiter, delimiter);
}

void TestColumnMapping::fromFileMinimal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.json"));
    test::writeFile(path, QByteArrayLiteral(R"({"columns":{"Kunde":"CUSTOMER","Zeit":"time"}})"));
    const MappingOverrides overrides = MappingOverrides::fromFile(path);
    QCOMPARE(describe(overrides.columns),
             (QStringList{QStringLiteral("Kunde=customer"), QStringLiteral("Zeit=time")}));
    QVERIFY(!overrides.timeFormat.has_value());
    QCOMPARE(overrides.delimiter, char(0)); // sniffed
}

void TestColumnMapping::fromFileDelimiter_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<char>("expected");

    QTest::newRow("comma") << QByteArrayLiteral("\",\"") << ',';
    QTest::newRow("semicolon") << QByteArrayLiteral("\";\"") << ';';
    QTest::newRow("tab word") << QByteArrayLiteral("\"tab\"") << '\t';
    QTest::newRow("tab escape") << QByteArrayLiteral("\"\\t\"") << '\t';
    QTest::newRow("pipe") << QByteArrayLiteral("\"|\"") << '|';
    QTest::newRow("empty: sniff") << QByteArrayLiteral("\"\"") << char(0);
}

void TestColumnMapping::fromFileDelimiter()
{
    QFETCH(QByteArray, json);
    QFETCH(char, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.json"));
    test::writeFile(path, QByteArrayLiteral(R"({"columns":{},"delimiter":)") + json +
                              QByteArrayLiteral("}"));
    QCOMPARE(MappingOverrides::fromFile(path).delimiter, expected);
}

void TestColumnMapping::fromFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("field");     ///< Error::location().field
    QTest::addColumn<QStringList>("words"); ///< each must be in toString()

    const auto words = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* word : list)
            result.append(QString::fromUtf8(word));
        return result;
    };

    QTest::newRow("not JSON") << QByteArrayLiteral("user_id=customer\n") << QString()
                              << words({"JSON"});
    QTest::newRow("truncated JSON")
        << QByteArrayLiteral(R"({"columns":{"a":"customer")") << QString() << words({"JSON"});
    QTest::newRow("empty file") << QByteArray() << QString() << words({"JSON"});
    QTest::newRow("array") << QByteArrayLiteral(R"([{"columns":{}}])") << QString()
                           << words({"object", "columns"});
    QTest::newRow("missing columns") << QByteArrayLiteral(R"({"format":"csv","delimiter":","})")
                                     << QStringLiteral("columns") << words({"\"columns\""});
    QTest::newRow("columns not an object")
        << QByteArrayLiteral(R"({"columns":["user_id","customer"]})") << QStringLiteral("columns")
        << words({"\"columns\""});
    QTest::newRow("unknown role") << QByteArrayLiteral(
                                         R"({"columns":{"user_id":"customer","ts":"timestamp"}})")
                                  << QStringLiteral("ts")
                                  << words({"\"ts\"", "\"timestamp\"", "customer", "time"});
    QTest::newRow("role not a string") << QByteArrayLiteral(R"({"columns":{"user_id":3}})")
                                       << QStringLiteral("user_id") << words({"\"user_id\""});
    QTest::newRow("bad time_format")
        << QByteArrayLiteral(R"({"columns":{},"time_format":"yyyy-mm-dd"})")
        << QStringLiteral("time_format") << words({"time_format", "yyyy-mm-dd"});
    QTest::newRow("bad time_format pattern")
        << QByteArrayLiteral(R"({"columns":{},"time_format":"%H:%M"})")
        << QStringLiteral("time_format") << words({"time_format", "%H:%M"});
    QTest::newRow("time_format not a string")
        << QByteArrayLiteral(R"({"columns":{},"time_format":12})") << QStringLiteral("time_format")
        << words({"time_format"});
    QTest::newRow("bad delimiter")
        << QByteArrayLiteral(R"({"columns":{},"delimiter":"semicolon"})")
        << QStringLiteral("delimiter") << words({"delimiter", "semicolon"});
    QTest::newRow("non-ascii delimiter")
        << QByteArrayLiteral(R"({"columns":{},"delimiter":"§"})") << QStringLiteral("delimiter")
        << words({"delimiter", "§"});
    QTest::newRow("delimiter not a string") << QByteArrayLiteral(R"({"columns":{},"delimiter":59})")
                                            << QStringLiteral("delimiter") << words({"delimiter"});
}

void TestColumnMapping::fromFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, field);
    QFETCH(QStringList, words);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("my-mapping.json"));
    test::writeFile(path, content);
    try {
        MappingOverrides::fromFile(path);
        QFAIL("no error thrown");
    } catch (const Error& error) {
        const QString text = error.toString();
        QCOMPARE(error.location().file, path);
        QCOMPARE(error.location().field, field);
        QVERIFY2(text.startsWith(path + QStringLiteral(": ")), qPrintable(text));
        for (const QString& word : words)
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text));
    }
}

void TestColumnMapping::fromFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("does-not-exist.json"));
    try {
        MappingOverrides::fromFile(path);
        QFAIL("no error thrown");
    } catch (const Error& error) {
        QCOMPARE(error.location().file, path);
        QVERIFY2(error.toString().startsWith(path), qPrintable(error.toString()));
        QVERIFY(!error.message().isEmpty());
    }
}

void TestColumnMapping::append()
{
    MappingOverrides file;
    file.columns = {{QStringLiteral("a"), ColumnRole::Customer, QStringLiteral("map.json")}};
    file.timeFormat = timeFormat(QStringLiteral("dmy"));
    file.delimiter = ';';

    MappingOverrides options;
    options.columns = {{QStringLiteral("b"), ColumnRole::Customer, QStringLiteral("--customer")}};

    MappingOverrides merged = file;
    merged.append(options);
    QCOMPARE(merged.columns.size(), 2);
    QCOMPARE(merged.columns[0].column, QStringLiteral("a"));
    QCOMPARE(merged.columns[1].column, QStringLiteral("b"));
    QCOMPARE(merged.columns[1].origin, QStringLiteral("--customer"));
    // Unset options keep the file's choices.
    QVERIFY(merged.timeFormat == timeFormat(QStringLiteral("dmy")));
    QCOMPARE(merged.delimiter, ';');

    options.timeFormat = timeFormat(QStringLiteral("mdy"));
    options.delimiter = '\t';
    merged = file;
    merged.append(options);
    QVERIFY(merged.timeFormat == timeFormat(QStringLiteral("mdy")));
    QCOMPARE(merged.delimiter, '\t');
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
