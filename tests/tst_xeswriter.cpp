#include "core/base/error.h"
#include "core/base/gzipfile.h"
#include "core/ingest/xesreader.h"
#include "core/ingest/xeswriter.h"
#include "tests/support/testsupport.h"

#include <limits>
#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

struct Trace
{
    QList<XesAttribute> attributes;
    QList<QList<XesAttribute>> events;
};
using Log = QList<Trace>;

XesAttribute attr(const char* key, const QString& value, FieldType type = FieldType::Text)
{
    return {QString::fromUtf8(key), value, type};
}

XesAttribute attr(const char* key, const char* value, FieldType type = FieldType::Text)
{
    return attr(key, QString::fromUtf8(value), type);
}

QString field(const QString& key, const QString& value, FieldType type)
{
    return key + xesTypeSuffix(type) + QLatin1Char('=') + value;
}

// Each event as "key<type>=value" parts, sorted: the trace's attributes under "case:", then
// the event's; what XesReader should give, worked out from the log itself.
QStringList expectedRecords(const Log& log)
{
    QStringList records;
    for (const Trace& trace : log) {
        for (const QList<XesAttribute>& event : trace.events) {
            QStringList parts;
            for (const XesAttribute& a : trace.attributes) {
                if (!a.value.isEmpty() || a.type != FieldType::Text)
                    parts.append(field(QStringLiteral("case:") + a.key, a.value, a.type));
            }
            for (const XesAttribute& a : event) {
                if (!a.value.isEmpty() || a.type != FieldType::Text)
                    parts.append(field(a.key, a.value, a.type));
            }
            parts.sort();
            records.append(parts.join(QStringLiteral(" | ")));
        }
    }
    return records;
}

// Every record through XesReader, columns and extra fields alike, as expectedRecords() does.
QStringList readRecords(const QString& path, QString* error = nullptr)
{
    QStringList records;
    try {
        XesReader reader(path);
        reader.open();
        while (reader.next()) {
            QStringList parts;
            for (qsizetype i = 0; i < reader.columns().size(); ++i) {
                const std::string_view value = reader.fields()[std::size_t(i)];
                const FieldType type = reader.fieldType(int(i));
                if (!value.empty() || type != FieldType::Text)
                    parts.append(field(reader.columns()[i], text(value), type));
            }
            for (const ExtraField& extra : reader.extraFields())
                parts.append(field(text(extra.name), text(extra.value), extra.type));
            parts.sort();
            records.append(parts.join(QStringLiteral(" | ")));
        }
    } catch (const Error& e) {
        if (error)
            *error = e.toString();
    }
    return records;
}

void writeLog(QIODevice& out, const Log& log, const QList<XesAttribute>& logAttributes = {})
{
    XesWriter writer(out);
    writer.beginLog(logAttributes);
    for (const Trace& trace : log) {
        writer.beginTrace(trace.attributes);
        for (const QList<XesAttribute>& event : trace.events)
            writer.event(event);
        writer.endTrace();
    }
    writer.endLog();
}

QByteArray written(const Log& log, const QList<XesAttribute>& logAttributes = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeLog(buffer, log, logAttributes);
    return buffer.data();
}

/// The attribute elements of a document as QXmlStreamReader reads them: "element key=value".
QStringList attributeElements(const QByteArray& xml, QString* error)
{
    QStringList elements;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == u"log" || name == u"trace" || name == u"event" || name == u"extension")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        elements.append(name.toString() + QLatin1Char(' ') +
                        attributes.value(QLatin1String("key")).toString() + QLatin1Char('=') +
                        attributes.value(QLatin1String("value")).toString());
    }
    *error = reader.errorString();
    return elements;
}

QString elementName(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return QStringLiteral("int");
    case FieldType::Float:
        return QStringLiteral("float");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Text:
        break;
    }
    return QStringLiteral("string");
}

// A device that takes \a capacity bytes, then refuses; counts the calls.
class CountingDevice : public QIODevice
{
public:
    explicit CountingDevice(qint64 capacity = std::numeric_limits<qint64>::max())
        : m_capacity(capacity)
    {}
    qint64 writes = 0;
    qint64 bytes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        ++writes;
        if (bytes + size > m_capacity) {
            setErrorString(QStringLiteral("disk full"));
            return -1;
        }
        bytes += size;
        return size;
    }

private:
    qint64 m_capacity;
};

Log sampleLog()
{
    return {
        {{attr("concept:name", "case 1"), attr("segment", "gold")},
         {{attr("concept:name", "Visit"),
           attr("time:timestamp", "2012-10-09T14:50:17.000+00:00", FieldType::Date),
           attr("items", "3", FieldType::Integer), attr("value", "19.95", FieldType::Float),
           attr("returning", "true", FieldType::Boolean)},
          {attr("concept:name", "Buy"),
           attr("time:timestamp", "2012-10-09T15:02:00.000+00:00", FieldType::Date)}}},
        {{attr("concept:name", "case 2")},
         {{attr("concept:name", "Visit"), attr("channel", "app")}}},
    };
}

} // namespace

Q_DECLARE_METATYPE(Log)

class TestXesWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readBack_data();
    void readBack();
    void header();
    void escaping_data();
    void escaping();
    void charactersXmlCannotHold_data();
    void charactersXmlCannotHold();
    void gzipRoundTrip();
    void writesInLargeBlocks();
    void writeFailureThrows();
    void publicLogRoundTrip_data();
    void publicLogRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestXesWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestXesWriter::readBack_data()
{
    QTest::addColumn<Log>("log");

    QTest::newRow("every type") << sampleLog();
    QTest::newRow("flattened keys stay flat")
        << Log{{{attr("customer.tier", "gold")},
                {{attr("items.0", "apple"), attr("items.1", "7", FieldType::Integer),
                  attr("a.b.c", "deep")}}}};
    QTest::newRow("awkward values")
        << Log{{{attr("concept:name", "Tom & Jerry <\"cartoon\"> 'quoted'")},
                {{attr("note", "line one\nline two\r\nthree\tcolumns"),
                  attr("unicode", "Zoë, Søren, 日本, Ελληνικά"), attr("emoji", "🎉👍🏽 done"),
                  attr("markup", "<event>]]></event> &amp; &#10;"), attr("spaces", "  padded  "),
                  attr("empty", ""), attr("key with \"quotes\" & <brackets>", "v")}}}};
    QTest::newRow("traces without events")
        << Log{{{attr("concept:name", "nothing")}, {}},
               {{attr("concept:name", "something")}, {{attr("a", "1")}}},
               {{}, {}}};
    QTest::newRow("trace without attributes")
        << Log{{{}, {{attr("concept:name", "A")}, {attr("concept:name", "B")}}}};
    QTest::newRow("empty log") << Log{};
}

void TestXesWriter::readBack()
{
    QFETCH(Log, log);

    const QByteArray xml =
        written(log, {attr("concept:name", "export"), attr("count", "3", FieldType::Integer)});
    const QString path = m_dir.filePath(QStringLiteral("written.xes"));
    test::writeFile(path, xml);

    QString error;
    QCOMPARE(readRecords(path, &error), expectedRecords(log));
    QCOMPARE(error, QString());

    // A second reading, with QXmlStreamReader: every attribute element, in order, unnested.
    QStringList expected{QStringLiteral("string concept:name=export"),
                         QStringLiteral("int count=3")};
    for (const Trace& trace : log) {
        for (const XesAttribute& a : trace.attributes)
            expected.append(elementName(a.type) + QLatin1Char(' ') + a.key + QLatin1Char('=') +
                            a.value);
        for (const auto& event : trace.events) {
            for (const XesAttribute& a : event)
                expected.append(elementName(a.type) + QLatin1Char(' ') + a.key + QLatin1Char('=') +
                                a.value);
        }
    }
    QCOMPARE(attributeElements(xml, &error), expected);
    QCOMPARE(error, QString());
    QCOMPARE(xml.count("<trace>"), log.size());
}

void TestXesWriter::header()
{
    const QByteArray xml = written({});
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                           "<log xes.version=\"1849-2016\" "
                           "xmlns=\"http://www.xes-standard.org/\">\n"));
    QVERIFY(xml.endsWith("</log>\n"));

    QXmlStreamReader reader(xml);
    QStringList extensions;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        QCOMPARE(reader.namespaceUri(), QStringLiteral("http://www.xes-standard.org/"));
        if (reader.name() == u"log")
            QCOMPARE(reader.attributes().value(QLatin1String("xes.version")).toString(),
                     QStringLiteral("1849-2016"));
        if (reader.name() == u"extension") {
            const QXmlStreamAttributes a = reader.attributes();
            extensions.append(a.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                              a.value(QLatin1String("prefix")).toString() + QLatin1Char(' ') +
                              a.value(QLatin1String("uri")).toString());
        }
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(extensions,
             QStringList({QStringLiteral("Concept concept "
                                         "http://www.xes-standard.org/concept.xesext"),
                          QStringLiteral("Time time http://www.xes-standard.org/time.xesext"),
                          QStringLiteral("Lifecycle lifecycle "
                                         "http://www.xes-standard.org/lifecycle.xesext"),
                          QStringLiteral("Organizational org "
                                         "http://www.xes-standard.org/org.xesext")}));

    const QString path = m_dir.filePath(QStringLiteral("header.xes"));
    test::writeFile(path, xml);
    QVERIFY(XesReader::looksLikeXes(path));
}

void TestXesWriter::escaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");

    QTest::newRow("plain") << QStringLiteral("abc 123") << QByteArray("abc 123");
    QTest::newRow("markup") << QStringLiteral("a&b<c>\"d\"'e'")
                            << QByteArray("a&amp;b&lt;c&gt;&quot;d&quot;'e'");
    QTest::newRow("line breaks and tab")
        << QStringLiteral("1\n2\r\n3\t4") << QByteArray("1&#10;2&#13;&#10;3&#9;4");
    QTest::newRow("entity text stays text") << QStringLiteral("&amp;") << QByteArray("&amp;amp;");
    QTest::newRow("non-ASCII") << QString::fromUtf8("é日") << QByteArray("\xc3\xa9\xe6\x97\xa5");
    QTest::newRow("emoji") << QString::fromUtf8("🎉") << QByteArray("\xf0\x9f\x8e\x89");
    QTest::newRow("C1 control and DEL kept")
        << QString::fromUtf8("\x7f\xc2\x85") << QByteArray("\x7f\xc2\x85");
}

void TestXesWriter::escaping()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);

    std::string out = "prefix:";
    XesWriter::appendEscaped(out, value);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("prefix:") + escaped);

    // And it reads back as it was.
    QXmlStreamReader reader(QByteArray("<a v=\"") + escaped + "\"/>");
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.attributes().value(QLatin1String("v")).toString(), value);
}

void TestXesWriter::charactersXmlCannotHold_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("readBack");

    const QString replacement(QChar(0xFFFD));
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x")
                         << replacement + QStringLiteral("x");
    QTest::newRow("C0 controls") << QStringLiteral("a\x01"
                                                   "b\x1f"
                                                   "c\x0b")
                                 << QStringLiteral("a") + replacement + QStringLiteral("b") +
                                        replacement + QStringLiteral("c") + replacement;
    QTest::newRow("noncharacters")
        << QString(QChar(0xFFFE)) + QChar(0xFFFF) << replacement + replacement;
    QTest::newRow("lone high surrogate")
        << QString(QChar(0xD83C)) + QStringLiteral("z") << replacement + QStringLiteral("z");
    QTest::newRow("lone low surrogate")
        << QStringLiteral("z") + QChar(0xDF89) << QStringLiteral("z") + replacement;
    QTest::newRow("reversed pair")
        << QString(QChar(0xDF89)) + QChar(0xD83C) << replacement + replacement;
}

// Characters XML 1.0 cannot hold, even as references, become U+FFFD: the file stays
// well-formed and the rest of the value survives.
void TestXesWriter::charactersXmlCannotHold()
{
    QFETCH(QString, value);
    QFETCH(QString, readBack);

    const Log log{{{}, {{XesAttribute{QStringLiteral("v"), value, FieldType::Text}}}}};
    const QByteArray xml = written(log);
    QString error;
    QCOMPARE(attributeElements(xml, &error), QStringList(QStringLiteral("string v=") + readBack));
    QCOMPARE(error, QString());
    const QString path = m_dir.filePath(QStringLiteral("controls.xes"));
    test::writeFile(path, xml);
    QCOMPARE(readRecords(path, &error), QStringList(QStringLiteral("v=") + readBack));
    QCOMPARE(error, QString());
}

void TestXesWriter::gzipRoundTrip()
{
    Log log;
    for (int t = 0; t < 500; ++t) {
        Trace trace{{attr("concept:name", QStringLiteral("case %1").arg(t))}, {}};
        for (int e = 0; e < 20; ++e)
            trace.events.append({attr("concept:name", QStringLiteral("step %1").arg(e % 7)),
                                 attr("n", QString::number(t * 20 + e), FieldType::Integer),
                                 attr("note", "ß & <>")});
        log.append(trace);
    }
    const QByteArray plain = written(log);

    const QString path = m_dir.filePath(QStringLiteral("export.xes.gz"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GzipWriter gzip(file);
        QVERIFY(gzip.open(QIODevice::WriteOnly));
        writeLog(gzip, log);
        QVERIFY(gzip.finish());
    }
    GzipFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.isCompressed());
    QVERIFY(file.readAll() == plain);
    QVERIFY(!file.hasError());
    QVERIFY(file.fileSize() < plain.size() / 5);

    QString error;
    const QStringList records = readRecords(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(records.size(), 10000);
    QCOMPARE(records, expectedRecords(log));
}

void TestXesWriter::writesInLargeBlocks()
{
    Log log;
    for (int t = 0; t < 1000; ++t) {
        Trace trace{{attr("concept:name", QString::number(t))}, {}};
        for (int e = 0; e < 10; ++e)
            trace.events.append(
                {attr("concept:name", "A"), attr("org:resource", "web"),
                 attr("time:timestamp", "2020-01-01T00:00:00.000+00:00", FieldType::Date)});
        log.append(trace);
    }
    CountingDevice device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    writeLog(device, log);
    // About 1.8 MB: a handful of writes, not one per attribute (41,000 elements).
    QVERIFY2(device.bytes > 1500000, qPrintable(QString::number(device.bytes)));
    QVERIFY2(device.writes <= device.bytes / (200 << 10) + 2,
             qPrintable(QString::number(device.writes)));
    QCOMPARE(device.bytes, written(log).size());
}

void TestXesWriter::writeFailureThrows()
{
    CountingDevice device(1000);
    QVERIFY(device.open(QIODevice::WriteOnly));
    try {
        writeLog(device, sampleLog());
        QFAIL("no error");
    } catch (const Error& error) {
        QCOMPARE(error.toString(), QStringLiteral("cannot write the XES log: disk full"));
    }
}

void TestXesWriter::publicLogRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("running example") << QStringLiteral("eventlogs/running-example.xes");
    QTest::newRow("road traffic") << QStringLiteral("eventlogs/roadtraffic100traces.xes");
    QTest::newRow("helpdesk") << QStringLiteral("eventlogs/helpdesk.xes.gz");
}

// A public log read, written back trace by trace and read again gives the same records.
void TestXesWriter::publicLogRoundTrip()
{
    QFETCH(QString, file);
    const QString path = test::sharedDataFile(file);
    if (path.isEmpty())
        QSKIP(qPrintable(QStringLiteral("public dataset %1 not found beside the checkout "
                                        "(../shared/data)")
                             .arg(file)));

    QString error;
    const QStringList original = readRecords(path, &error);
    QCOMPARE(error, QString());
    QVERIFY(!original.isEmpty());

    // Traces back from the records: consecutive records of one case:concept:name.
    Log log;
    XesReader reader(path);
    reader.open();
    QString currentCase;
    const auto attributesOf = [&](bool caseAttributes) {
        QList<XesAttribute> attributes;
        const auto add = [&](const QString& name, std::string_view value, FieldType type) {
            if (name.startsWith(QLatin1String("case:")) != caseAttributes)
                return;
            attributes.append({caseAttributes ? name.mid(5) : name, text(value), type});
        };
        for (qsizetype i = 0; i < reader.columns().size(); ++i) {
            const std::string_view value = reader.fields()[std::size_t(i)];
            if (!value.empty() || reader.fieldType(int(i)) != FieldType::Text)
                add(reader.columns()[i], value, reader.fieldType(int(i)));
        }
        for (const ExtraField& extra : reader.extraFields())
            add(text(extra.name), extra.value, extra.type);
        return attributes;
    };
    const int caseColumn = int(reader.columns().indexOf(QStringLiteral("case:concept:name")));
    QVERIFY(caseColumn >= 0);
    while (reader.next()) {
        const QString caseName = text(reader.fields()[std::size_t(caseColumn)]);
        if (log.isEmpty() || caseName != currentCase) {
            log.append({attributesOf(true), {}});
            currentCase = caseName;
        }
        log.back().events.append(attributesOf(false));
    }

    const QString copy = m_dir.filePath(QStringLiteral("copy.xes"));
    test::writeFile(copy, written(log));
    QCOMPARE(readRecords(copy, &error), original);
    QCOMPARE(error, QString());
}

QTEST_GUILESS_MAIN(TestXesWriter)
#include "tst_xeswriter.moc"
