#include "core/base/error.h"
#include "core/base/sha256.h"
#include "core/ingest/xesreader.h"
#include "core/ingest/xmlinputguard.h"
#include "tests/support/largeinput.h"
#include "tests/support/testsupport.h"
#include "tests/support/zlibreference.h"

#include <functional>
#include <initializer_list>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <zlib.h>

using namespace journeyscope;
using namespace journeyscope::test;

Q_DECLARE_METATYPE(QList<journeyscope::test::Piece>)

namespace {

// What reading a generated input of 200 MiB may add to the peak memory: a token of 16 MiB
// as the XML parser holds it, an event's 64 MiB (and AddressSanitizer's quarantine). A
// reader that took a whole 200 MiB token would need more than twice as much.
constexpr qint64 MaxPeakGrowthMiB = 256;
// An input well past the 16 MiB of a token and the 64 MiB of an event.
constexpr qint64 LargeInputBytes = qint64(200) << 20;

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

// "key=value" for each column the record has (a typed field even when empty), in column
// order, then "+key=value" for each extra field; " | " between.
QString render(const XesReader& reader)
{
    QStringList parts;
    const auto& fields = reader.fields();
    for (qsizetype i = 0; i < reader.columns().size(); ++i) {
        const FieldType type = reader.fieldType(int(i));
        if (fields[std::size_t(i)].empty() && type == FieldType::Text)
            continue;
        parts.append(reader.columns()[i] + xesTypeSuffix(type) + QLatin1Char('=') +
                     text(fields[std::size_t(i)]));
    }
    for (const ExtraField& extra : reader.extraFields())
        parts.append(QLatin1Char('+') + text(extra.name) + xesTypeSuffix(extra.type) +
                     QLatin1Char('=') + text(extra.value));
    return parts.join(QStringLiteral(" | "));
}

struct ReadResult
{
    QStringList columns;
    QStringList records;
    QString error;
    bool compressed = false;
};

ReadResult readAll(const QString& path, Sha256* sink = nullptr)
{
    ReadResult result;
    try {
        XesReader reader(path);
        reader.setHashSink(sink);
        reader.open();
        result.columns = reader.columns();
        result.compressed = reader.isCompressed();
        while (reader.next()) {
            if (reader.fields().size() != std::size_t(reader.columns().size())) {
                result.error = QStringLiteral("a record without one field per column");
                return result;
            }
            result.records.append(render(reader));
        }
        if (reader.bytesRead() != reader.fileSize())
            result.error = QStringLiteral("bytesRead() is not fileSize() at the end");
    } catch (const Error& error) {
        result.error = error.toString();
    }
    return result;
}

// "line:column" (1-based, counting UTF-16 code units) of the first \a needle in \a document.
QString positionOf(const QByteArray& document, const char* needle)
{
    const QString doc = QString::fromUtf8(document);
    const qsizetype at = doc.indexOf(QString::fromUtf8(needle));
    if (at < 0)
        return QStringLiteral("needle not found");
    const qsizetype line = doc.left(at).count(QLatin1Char('\n')) + 1;
    const qsizetype lineStart = doc.lastIndexOf(QLatin1Char('\n'), at - 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(at - lineStart + 1);
}

QByteArray xesHeader()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n";
}

// A log of \a events events, ten to a trace, each with concept:name "e<i>"; \a extra
// adds lines inside the event of that index.
QByteArray generatedLog(int events, const std::function<QByteArray(int)>& extra = {},
                        const std::function<QByteArray(int)>& traceExtra = {})
{
    QByteArray doc = xesHeader();
    for (int i = 0; i < events; ++i) {
        if (i % 10 == 0) {
            doc += "  <trace>\n    <string key=\"concept:name\" value=\"t" +
                   QByteArray::number(i / 10) + "\"/>\n";
            if (traceExtra)
                doc += traceExtra(i / 10);
        }
        doc += "    <event>\n      <string key=\"concept:name\" value=\"e" + QByteArray::number(i) +
               "\"/>\n";
        if (extra)
            doc += extra(i);
        doc += "    </event>\n";
        if (i % 10 == 9 || i == events - 1)
            doc += "  </trace>\n";
    }
    doc += "</log>\n";
    return doc;
}

/// A record as a second, simpler reading of a public log sees it: the attributes directly
/// in the event and directly in its trace ("case:" + key), sorted.
struct IndependentLog
{
    QStringList records;
    qint64 traces = 0;
    QSet<QString> activities;
    QString error;
};

IndependentLog readIndependently(const QByteArray& xml)
{
    IndependentLog log;
    QXmlStreamReader x(xml);
    int depth = 0;
    bool inTrace = false;
    bool inEvent = false;
    qint64 traceEvents = 0;
    QStringList traceFields;
    QStringList eventFields;
    const QHash<QString, QString> suffixes{
        {QStringLiteral("string"), QString()},
        {QStringLiteral("id"), QString()},
        {QStringLiteral("date"), QStringLiteral("<date>")},
        {QStringLiteral("int"), QStringLiteral("<int>")},
        {QStringLiteral("float"), QStringLiteral("<float>")},
        {QStringLiteral("boolean"), QStringLiteral("<boolean>")}};
    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = x.name().toString();
            const QString key = x.attributes().value(QLatin1String("key")).toString();
            const QString value = x.attributes().value(QLatin1String("value")).toString();
            if (depth == 2 && name == QLatin1String("trace")) {
                inTrace = true;
                traceEvents = 0;
                traceFields.clear();
            } else if (depth == 3 && inTrace && name == QLatin1String("event")) {
                inEvent = true;
                eventFields.clear();
            } else if (depth == 4 && inEvent && suffixes.contains(name)) {
                if (value.isEmpty() && suffixes[name].isEmpty())
                    continue;
                eventFields.append(key + suffixes[name] + QLatin1Char('=') + value);
                if (key == QLatin1String("concept:name"))
                    log.activities.insert(value);
            } else if (depth == 3 && inTrace && !inEvent && suffixes.contains(name)) {
                if (value.isEmpty() && suffixes[name].isEmpty())
                    continue;
                traceFields.append(QStringLiteral("case:") + key + suffixes[name] +
                                   QLatin1Char('=') + value);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 3 && inEvent) {
                QStringList fields = traceFields + eventFields;
                fields.sort();
                log.records.append(fields.join(QStringLiteral(" | ")));
                ++traceEvents;
                inEvent = false;
            } else if (depth == 2 && inTrace) {
                log.traces += traceEvents > 0 ? 1 : 0;
                inTrace = false;
            }
            --depth;
        }
    }
    if (x.hasError())
        log.error = x.errorString();
    return log;
}

// The same record through XesReader, with the extra fields' '+' dropped, sorted.
QString sortedRecord(const XesReader& reader)
{
    QStringList parts = render(reader).split(QStringLiteral(" | "), Qt::SkipEmptyParts);
    for (QString& part : parts) {
        if (part.startsWith(QLatin1Char('+')))
            part.remove(0, 1);
    }
    parts.sort();
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestXesReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readRecords_data();
    void readRecords();
    void columnsFromTheFirstEvents();
    void columnsAreTheSameOnEveryOpen();
    void recordsKeepFileOrder();
    void locations_data();
    void locations();
    void errors_data();
    void errors();
    void limits_data();
    void limits();
    void xmlErrorsAreTheParsersOwn_data();
    void xmlErrorsAreTheParsersOwn();
    void errorAfterRecords();
    void gzipErrors();
    void missingFile();
    void hashSinkSeesRawFile_data();
    void hashSinkSeesRawFile();
    void looksLikeXes_data();
    void looksLikeXes();

    void publicLogs_data();
    void publicLogs();
    void typedAmountsInRoadTraffic();

private:
    QString writeInput(const QByteArray& content, const QString& name = QStringLiteral("log.xes"));

    QTemporaryDir m_dir;
};

void TestXesReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXesReader::writeInput(const QByteArray& content, const QString& name)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, content);
    return path;
}

void TestXesReader::readRecords_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("records");

    QTest::newRow("one trace") << xesHeader() + R"(
  <trace>
    <string key="concept:name" value="c1"/>
    <event>
      <string key="concept:name" value="A"/>
      <date key="time:timestamp" value="2020-01-01T10:00:00.000+01:00"/>
    </event>
    <event>
      <string key="concept:name" value="B"/>
      <date key="time:timestamp" value="2020-01-01T11:30:00.000+01:00"/>
    </event>
  </trace>
</log>
)" << list({"case:concept:name", "concept:name", "time:timestamp"})
                               << list({"case:concept:name=c1 | concept:name=A | "
                                        "time:timestamp<date>=2020-01-01T10:00:00.000+01:00",
                                        "case:concept:name=c1 | concept:name=B | "
                                        "time:timestamp<date>=2020-01-01T11:30:00.000+01:00"});

    QTest::newRow("every type") << xesHeader() + R"(
  <trace><string key="concept:name" value="c"/>
    <event>
      <string key="s" value="text"/>
      <date key="d" value="2012-10-09T14:50:17+00:00"/>
      <int key="i" value="-42"/>
      <float key="f" value="2.5E3"/>
      <boolean key="b" value="true"/>
      <id key="id" value="b3c1ae20-0000-4000-8000-000000000001"/>
    </event>
  </trace>
</log>)" << list({"case:concept:name", "s", "d", "i", "f", "b", "id"})
                                << list({"case:concept:name=c | s=text | "
                                         "d<date>=2012-10-09T14:50:17+00:00 | i<int>=-42 | "
                                         "f<float>=2.5E3 | b<boolean>=true | "
                                         "id=b3c1ae20-0000-4000-8000-000000000001"});

    QTest::newRow("trace keys first, then event keys")
        << xesHeader() + R"(
  <trace>
    <string key="concept:name" value="c1"/>
    <event><string key="x" value="1"/></event>
  </trace>
  <trace>
    <string key="region" value="north"/>
    <string key="concept:name" value="c2"/>
    <event><string key="y" value="2"/><string key="x" value="3"/></event>
  </trace>
</log>)" << list({"case:concept:name", "case:region", "x", "y"})
        << list({"case:concept:name=c1 | x=1", "case:concept:name=c2 | "
                                               "case:region=north | x=3 | y=2"});

    QTest::newRow("traces without events") << xesHeader() + R"(
  <trace><string key="ghost" value="boo"/></trace>
  <trace/>
  <trace><string key="concept:name" value="real"/><event><string key="a" value="1"/></event></trace>
  <trace><string key="concept:name" value="empty"/></trace>
</log>)" << list({"case:concept:name", "a"})
                                           << list({"case:concept:name=real | a=1"});

    QTest::newRow("missing attributes") << xesHeader() + R"(
  <trace>
    <event><string key="a" value="1"/><string key="b" value="2"/></event>
    <event><string key="b" value="3"/></event>
    <event></event>
    <event><string key="c" value="4"/><string key="a" value="5"/></event>
  </trace>
</log>)" << list({"a", "b", "c"}) << list({"a=1 | b=2", "b=3", "", "a=5 | c=4"});

    QTest::newRow("nested attributes") << xesHeader() + R"(
  <trace>
    <string key="customer" value="Ann">
      <string key="tier" value="gold"/>
    </string>
    <event>
      <string key="a" value="x">
        <int key="b" value="1">
          <string key="c" value="deep"/>
        </int>
        <float key="d" value="0.5"/>
      </string>
      <string key="e" value="after"/>
    </event>
  </trace>
</log>)" << list({"case:customer", "case:customer.tier", "a", "a.b", "a.b.c", "a.d", "e"})
                                       << list({"case:customer=Ann | case:customer.tier=gold | "
                                                "a=x | a.b<int>=1 | a.b.c=deep | a.d<float>=0.5 | "
                                                "e=after"});

    QTest::newRow("lists") << xesHeader() + R"(
  <trace>
    <event>
      <list key="items">
        <string key="unit" value="kg"/>
        <values>
          <string key="item" value="apple"/>
          <int key="item" value="7"/>
          <list key="inner">
            <values><boolean key="x" value="false"/></values>
          </list>
          <string key="item" value="pear"><string key="colour" value="green"/></string>
        </values>
      </list>
      <list key="empty"><values/></list>
    </event>
  </trace>
</log>)" << list({"items.unit", "items.0", "items.1", "items.2.0", "items.3", "items.3.colour"})
                           << list({"items.unit=kg | items.0=apple | items.1<int>=7 | "
                                    "items.2.0<boolean>=false | items.3=pear | "
                                    "items.3.colour=green"});

    QTest::newRow("log-level elements give no fields") << xesHeader() + R"(
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="trace"><string key="concept:name" value="UNKNOWN"/></global>
  <global scope="event">
    <string key="concept:name" value="UNKNOWN"/>
    <string key="org:resource" value="UNKNOWN"/>
  </global>
  <classifier name="Activity" keys="concept:name"/>
  <string key="origin" value="csv"><int key="nested" value="1"/></string>
  <trace><event><string key="concept:name" value="A"/></event></trace>
  <string key="late log attribute" value="ignored"/>
</log>)" << list({"concept:name"}) << list({"concept:name=A"});

    QTest::newRow("entities and unicode") << xesHeader() + R"(
  <trace>
    <string key="concept:name" value="Zoë &amp; Søren"/>
    <event>
      <string key="note" value="a &lt;b&gt; &quot;q&quot; &apos;s&apos; &#10;next&#9;tab"/>
      <string key="emoji" value="🎉 日本 &#x1F600;"/>
      <string key="clé" value="valeur"/>
    </event>
  </trace>
</log>)" << list({"case:concept:name", "note", "emoji", "clé"})
                                          << list({"case:concept:name=Zoë & Søren | "
                                                   "note=a <b> \"q\" 's' \nnext\ttab | "
                                                   "emoji=🎉 日本 😀 | clé=valeur"});

    QTest::newRow("empty values") << xesHeader() + R"(
  <trace><event>
    <string key="blank" value=""/>
    <int key="n" value=""/>
    <string key="a" value="1"/>
  </event></trace>
</log>)" << list({"blank", "n", "a"})
                                  << list({"n<int>= | a=1"});

    QTest::newRow("duplicate key: the last wins") << xesHeader() + R"(
  <trace><event>
    <string key="a" value="first"/>
    <int key="a" value="2"/>
  </event></trace>
</log>)" << list({"a"}) << list({"a<int>=2"});

    QTest::newRow("event attribute named like a trace one")
        << xesHeader() + R"(
  <trace><string key="concept:name" value="c1"/>
    <event><string key="case:concept:name" value="override"/></event>
    <event><string key="x" value="1"/></event>
  </trace>
</log>)" << list({"case:concept:name", "x"})
        << list({"case:concept:name=override", "case:concept:name=c1 | x=1"});

    QTest::newRow("events outside traces")
        << xesHeader() + R"(
  <event><string key="a" value="loose"/></event>
  <trace><string key="concept:name" value="c1"/><event><string key="a" value="in"/></event></trace>
  <event><string key="a" value="loose again"/></event>
</log>)" << list({"case:concept:name", "a"})
        << list({"a=loose", "case:concept:name=c1 | a=in", "a=loose again"});

    QTest::newRow("trace attribute after events") << xesHeader() + R"(
  <trace>
    <event><string key="a" value="1"/></event>
    <string key="late" value="L"/>
    <event><string key="a" value="2"/></event>
  </trace>
  <trace><event><string key="a" value="3"/></event></trace>
</log>)" << list({"case:late", "a"}) << list({"a=1", "case:late=L | a=2", "a=3"});

    QTest::newRow("unknown elements are skipped") << xesHeader() + R"(
  <trace>
    <event>
      <foo:bar xmlns:foo="urn:other"><string key="hidden" value="1"/></foo:bar>
      <container key="c"><string key="hidden2" value="2"/></container>
      <string key="seen" value="yes"/>
      <event><string key="nested event" value="no"/></event>
    </event>
    <trace><event><string key="nested trace" value="no"/></event></trace>
  </trace>
</log>)" << list({"seen"}) << list({"seen=yes"});

    QTest::newRow("comments, CDATA, processing instructions") << xesHeader() + R"(
  <!-- a comment -->
  <trace><?pi data?>
    <event><!-- x --><string key="a" value="1"/>text<![CDATA[<not an element/>]]><string key="b" value="2"/></event>
  </trace>
</log>)" << list({"a", "b"}) << list({"a=1 | b=2"});

    QTest::newRow("empty log") << QByteArray("<log xes.version=\"1.0\"/>") << QStringList()
                               << QStringList();

    QTest::newRow("no namespace, no declaration") << QByteArray(R"(<log>
  <string key="creator" value="Fluxicon Nitro"/>
  <trace><string key="concept:name" value="3"/>
    <event><string key="concept:name" value="register request"/></event>
  </trace>
</log>)") << list({"case:concept:name", "concept:name"})
                                                  << list({"case:concept:name=3 | "
                                                           "concept:name=register request"});

    QTest::newRow("prefixed namespace")
        << QByteArray(
               R"(<xes:log xmlns:xes="http://www.xes-standard.org/" xes.version="1.0">
  <xes:trace><xes:string key="concept:name" value="c"/>
    <xes:event><xes:int key="n" value="1"/></xes:event>
  </xes:trace>
</xes:log>)")
        << list({"case:concept:name", "n"}) << list({"case:concept:name=c | n<int>=1"});

    QTest::newRow("trailing comment and whitespace")
        << QByteArray("<log><trace><event><string key=\"a\" value=\"1\"/></event></trace></log>\n"
                      "<!-- end -->\n\n")
        << list({"a"}) << list({"a=1"});

    const QString utf16Document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><log><trace><event>"
                       "<string key=\"ä\" value=\"ö\"/></event></trace></log>");
    QTest::newRow("UTF-16 with byte-order mark")
        << QByteArray("\xff\xfe", 2) +
               QByteArray(reinterpret_cast<const char*>(utf16Document.utf16()),
                          utf16Document.size() * 2)
        << list({"ä"}) << list({"ä=ö"});
}

void TestXesReader::readRecords()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, records);

    const ReadResult plain = readAll(writeInput(xml));
    QCOMPARE(plain.error, QString());
    QVERIFY(!plain.compressed);
    QCOMPARE(plain.columns, columns);
    QCOMPARE(plain.records, records);

    // The same document gzipped gives the same records.
    const ReadResult gz = readAll(writeInput(zlibGzip(xml), QStringLiteral("log.xes.gz")));
    QCOMPARE(gz.error, QString());
    QVERIFY(gz.compressed);
    QCOMPARE(gz.columns, columns);
    QCOMPARE(gz.records, records);
}

void TestXesReader::columnsFromTheFirstEvents()
{
    const int sample = XesReader::ColumnSampleEvents;
    QCOMPARE(sample, 1000);
    // Event index 999 (the 1000th) brings "edge"; index 1000 "late"; trace 110 (events
    // 1100...) brings the trace key "region".
    const QByteArray xml = generatedLog(
        1200,
        [](int i) {
            if (i == 999)
                return QByteArray("      <int key=\"edge\" value=\"1\"/>\n");
            if (i >= 1000 && i % 2 == 0)
                return QByteArray("      <float key=\"late\" value=\"") + QByteArray::number(i) +
                       "\"/>\n";
            return QByteArray();
        },
        [](int trace) {
            return trace >= 110 ? QByteArray("    <string key=\"region\" value=\"r\"/>\n")
                                : QByteArray();
        });
    for (const bool compressed : {false, true}) {
        XesReader reader(compressed ? writeInput(zlibGzip(xml), QStringLiteral("sample.xes.gz"))
                                    : writeInput(xml, QStringLiteral("sample.xes")));
        reader.open();
        QCOMPARE(reader.columns(), list({"case:concept:name", "concept:name", "edge"}));
        int i = 0;
        while (reader.next()) {
            QStringList extras;
            for (const ExtraField& extra : reader.extraFields())
                extras.append(text(extra.name) + xesTypeSuffix(extra.type) + QLatin1Char('=') +
                              text(extra.value));
            QStringList expected;
            if (i >= 1100)
                expected.append(QStringLiteral("case:region=r"));
            if (i >= 1000 && i % 2 == 0)
                expected.append(QStringLiteral("late<float>=%1").arg(i));
            QCOMPARE(extras, expected);
            QCOMPARE(text(reader.fields()[1]), QStringLiteral("e%1").arg(i));
            QCOMPARE(text(reader.fields()[2]), i == 999 ? QStringLiteral("1") : QString());
            ++i;
        }
        QCOMPARE(i, 1200);
    }
}

void TestXesReader::columnsAreTheSameOnEveryOpen()
{
    const QByteArray xml = generatedLog(1500, [](int i) {
        return QByteArray("      <string key=\"k") + QByteArray::number(i % 1100) +
               "\" value=\"v\"/>\n";
    });
    const QString path = writeInput(xml);
    XesReader reader(path);
    reader.open();
    const QStringList first = reader.columns();
    QCOMPARE(first.size(), 2 + 1000);
    QStringList firstRecords;
    while (reader.next())
        firstRecords.append(render(reader));
    reader.open();
    QCOMPARE(reader.columns(), first);
    QStringList secondRecords;
    for (int i = 0; i < 10 && reader.next(); ++i)
        secondRecords.append(render(reader));
    reader.open(); // in the middle of the file
    QCOMPARE(reader.columns(), first);
    QStringList thirdRecords;
    while (reader.next())
        thirdRecords.append(render(reader));
    QCOMPARE(thirdRecords, firstRecords);
    QCOMPARE(secondRecords, firstRecords.mid(0, 10));
}

void TestXesReader::recordsKeepFileOrder()
{
    // Big enough for many gzip and XML parser blocks.
    const QByteArray xml = generatedLog(20000, [](int i) {
        return QByteArray("      <int key=\"i\" value=\"") + QByteArray::number(i) + "\"/>\n";
    });
    for (const QString& path :
         {writeInput(xml), writeInput(zlibGzip(xml), QStringLiteral("o.xes.gz"))}) {
        XesReader reader(path);
        reader.open();
        QCOMPARE(reader.columns(), list({"case:concept:name", "concept:name", "i"}));
        int i = 0;
        while (reader.next()) {
            QCOMPARE(text(reader.fields()[0]), QStringLiteral("t%1").arg(i / 10));
            QCOMPARE(text(reader.fields()[1]), QStringLiteral("e%1").arg(i));
            QCOMPARE(text(reader.fields()[2]), QString::number(i));
            QCOMPARE(reader.fieldType(2), FieldType::Integer);
            ++i;
        }
        QCOMPARE(i, 20000);
        QCOMPARE(reader.bytesRead(), reader.fileSize());
        QCOMPARE(reader.fileSize(), QFileInfo(path).size());
    }
}

void TestXesReader::locations_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("record");
    QTest::addColumn<QString>("key");    ///< empty: location(-1)
    QTest::addColumn<QString>("needle"); ///< the element the location is expected at

    const QByteArray xml = xesHeader() + R"(  <trace>
    <string key="concept:name" value="c1"/>
    <event>
      <string key="concept:name" value="A"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/>
    </event>
    <event>
      <string key="concept:name" value="Zoë 日本"/><!-- c --><int key="n" value="1"/>text<boolean key="b" value="true"/><![CDATA[x]]><float key="f" value="1"/>
      <string
          key="split" value="over lines"/>
      <string key="parent" value="p"><string key="child" value="c"/></string>
    </event>
  </trace>
</log>
)";
    const auto row = [&](const char* name, int record, const char* key, const char* needle) {
        QTest::newRow(name) << xml << record << QString::fromUtf8(key) << QString::fromUtf8(needle);
    };
    row("after whitespace", 0, "concept:name", R"(<string key="concept:name" value="A"/>)");
    row("right after another element", 0, "time:timestamp", R"(<date key="time:timestamp")");
    row("trace attribute", 1, "case:concept:name", R"(<string key="concept:name" value="c1"/>)");
    row("after a comment and non-ASCII", 1, "n", R"(<int key="n")");
    row("after text", 1, "b", R"(<boolean key="b")");
    row("after CDATA", 1, "f", R"(<float key="f")");
    row("tag over two lines", 1, "split", "<string\n          key=\"split\"");
    row("nested", 1, "parent.child", R"(<string key="child")");
    row("missing field: the event", 0, "n", "<event>");
    row("the record", 0, "", "<event>");
}

void TestXesReader::locations()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, record);
    QFETCH(QString, key);
    QFETCH(QString, needle);

    // Every needle is unique in the document.
    QCOMPARE(xml.count(needle.toUtf8()), record == 0 && needle == QLatin1String("<event>") ? 2 : 1);
    const QString expected = positionOf(xml, needle.toUtf8().constData());

    for (const bool compressed : {false, true}) {
        const QString path = compressed ? writeInput(zlibGzip(xml), QStringLiteral("where.xes.gz"))
                                        : writeInput(xml, QStringLiteral("where.xes"));
        XesReader reader(path);
        reader.open();
        for (int i = 0; i <= record; ++i)
            QVERIFY(reader.next());
        const int column = key.isEmpty() ? -1 : int(reader.columns().indexOf(key));
        QVERIFY(key.isEmpty() || column >= 0);
        const Location location = reader.location(column);
        QCOMPARE(location.file, path);
        QCOMPARE(QStringLiteral("%1:%2").arg(location.line).arg(location.column), expected);
        QCOMPARE(location.field, key);
    }
}

void TestXesReader::errors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error"); ///< after "path:"

    QTest::newRow("mismatched tag") << QByteArray("<log><trace></log>")
                                    << QStringLiteral("1:18: Opening and ending tag mismatch.");
    QTest::newRow("not XML") << QByteArray("hello") << QStringLiteral("1:1: Start tag expected.");
    QTest::newRow("empty file") << QByteArray()
                                << QStringLiteral("1:1: Premature end of document.");
    QTest::newRow("truncated") << QByteArray("<log>\n<trace>\n<event>")
                               << QStringLiteral("3:7: Premature end of document.");
    QTest::newRow("extra content")
        << QByteArray("<log></log>x") << QStringLiteral("1:12: Extra content at end of document.");
    QTest::newRow("unquoted attribute") << QByteArray("<log>\n  <trace><string key=k/>")
                                        << QStringLiteral("2:22: Expected ''' or '\"', but got "
                                                          "'[a-zA-Z]'.");
    QTest::newRow("root is not log")
        << QByteArray("<?xml version=\"1.0\"?>\n<html lang=\"en\">\n<body/></html>")
        << QStringLiteral("2:16: expected an XES <log> element, found <html>");
    QTest::newRow("prefixed root")
        << QByteArray("<x:feed xmlns:x=\"urn:x\"/>")
        << QStringLiteral("1:25: expected an XES <log> element, found <x:feed>");
    QTest::newRow("attribute without key")
        << QByteArray("<log><trace><event><string value=\"x\"/></event></trace></log>")
        << QStringLiteral("1:20: the <string> attribute element has no key");
    QTest::newRow("attribute with an empty key")
        << QByteArray(
               "<log><trace>\n  <event>\n    <int key=\"\" value=\"1\"/></event></trace></log>")
        << QStringLiteral("3:5: the <int> attribute element has no key");
    QTest::newRow("event attribute without value")
        << QByteArray("<log><trace><event>\n<date key=\"time:timestamp\"/></event></trace></log>")
        << QStringLiteral("2:1: the <date> attribute element \"time:timestamp\" has no value");
    QTest::newRow("trace attribute without value")
        << QByteArray("<log>\n <trace>\n  <string key=\"concept:name\"/></trace></log>")
        << QStringLiteral("3:3: the <string> attribute element \"concept:name\" has no value");
    const QByteArray nested("<log><trace><event><string key=\"a\" value=\"1\"><float key=\"b\"/>"
                            "</string></event></trace></log>");
    QTest::newRow("nested attribute without value")
        << nested
        << positionOf(nested, "<float") +
               QStringLiteral(": the <float> attribute element \"b\" has no value");
    const QByteArray item(
        "<log><trace><event><list key=\"l\"><values><string key=\"x\" value=\"1\"/>"
        "<int/></values></list></event></trace></log>");
    QTest::newRow("list item without value")
        << item
        << positionOf(item, "<int/>") +
               QStringLiteral(": the <int> attribute element \"l.1\" has no value");
    QTest::newRow("list without key")
        << QByteArray("<log><trace><event><list><values/></list></event></trace></log>")
        << QStringLiteral("1:20: the <list> attribute element has no key");
}

void TestXesReader::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);

    for (const bool compressed : {false, true}) {
        const QString path = compressed ? writeInput(zlibGzip(xml), QStringLiteral("bad.xes.gz"))
                                        : writeInput(xml, QStringLiteral("bad.xes"));
        const ReadResult result = readAll(path);
        QCOMPARE(result.error, path + QLatin1Char(':') + error);

        // Small documents fail in open(); the reader then gives no records.
        XesReader reader(path);
        bool thrown = false;
        try {
            reader.open();
        } catch (const Error&) {
            thrown = true;
        }
        QVERIFY(thrown);
        QVERIFY(!reader.next());
    }
}

// Inputs past the limits, most of them generated into a file: the clear error comes where
// the part at fault starts, and memory and time stay bounded; the largest inputs within the
// limits still read.
void TestXesReader::limits_data()
{
    QTest::addColumn<QList<Piece>>("pieces");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("error");  ///< after "path:"; empty: it reads
    QTest::addColumn<int>("lastFields"); ///< when it reads: the last record's fields

    const QByteArray inEvent = xesHeader() + "<trace><event>";
    const QByteArray close = "</event></trace></log>\n";
    const QString tooLong = QStringLiteral(
        ": expected an element, text or comment of at most 16 MiB, found a longer one");
    QTest::newRow("an attribute value of 200 MiB")
        << QList<Piece>{{inEvent + "<string key=\"a\" value=\""},
                        {"x", LargeInputBytes},
                        {"\"/>" + close}}
        << false << QStringLiteral("3:15") + tooLong << 0;
    QTest::newRow("gzip data inflating to an attribute value of 200 MiB")
        << QList<Piece>{{inEvent + "<string key=\"a\" value=\""},
                        {"x", LargeInputBytes},
                        {"\"/>" + close}}
        << true << QStringLiteral("3:15") + tooLong << 0;
    // Cut inside a character: still the limit, not the encoding.
    QTest::newRow("an attribute value of 18 MiB of two-byte characters")
        << QList<Piece>{{inEvent + "<string key=\"a\" value=\""},
                        {"\xC3\xA9", qint64(9) << 20},
                        {"\"/>" + close}}
        << false << QStringLiteral("3:15") + tooLong << 0;
    QTest::newRow("text of 200 MiB") << QList<Piece>{{inEvent}, {"x", LargeInputBytes}, {close}}
                                     << false << QStringLiteral("3:15") + tooLong << 0;
    QTest::newRow("a comment of 200 MiB")
        << QList<Piece>{{xesHeader() + "<!--"}, {"x", LargeInputBytes}, {"--></log>"}} << false
        << QStringLiteral("3:1") + tooLong << 0;
    // QXmlStreamReader itself stops a name at 4096 characters.
    QTest::newRow("an element name of 20 MiB")
        << QList<Piece>{{xesHeader() + "<"}, {"a", qint64(20) << 20}, {"/></log>"}} << false
        << QStringLiteral("3:4100: Expected '>' or '/', but got '[a-zA-Z]'.") << 0;

    // XML attributes on one element: the parser compares each with all before it.
    const auto attributes = [&](int count) {
        QByteArray element = "<string key=\"k\" value=\"v\"";
        for (int i = 2; i < count; ++i)
            element += " a" + QByteArray::number(i) + "=\"\"";
        return QList<Piece>{{inEvent + element + "/>" + close}};
    };
    const QString tooManyAttributes =
        QStringLiteral("3:15: expected at most 256 attributes on an element, found more");
    QTest::newRow("the most attributes on an element")
        << attributes(256) << false << QString() << 1;
    QTest::newRow("one attribute more than the most")
        << attributes(257) << false << tooManyAttributes << 0;
    QTest::newRow("100000 attributes on an element, which would take minutes")
        << attributes(100000) << false << tooManyAttributes << 0;

    // The billion laughs: each entity ten of the one before.
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE log [\n<!ENTITY a \"lol\">\n";
    for (char entity = 'b'; entity <= 'j'; ++entity) {
        const QByteArray previous = QByteArray("&") + char(entity - 1) + ';';
        laughs += QByteArray("<!ENTITY ") + entity + " \"" + previous.repeated(10) + "\">\n";
    }
    laughs += "]>\n<log><trace><event><string key=\"x\" value=\"&j;\"/></event></trace></log>\n";
    QTest::newRow("a DOCTYPE with entities")
        << QList<Piece>{{laughs}} << false
        << QStringLiteral("1:22: expected a DOCTYPE without declarations (an XES log needs "
                          "none), found one with an internal subset")
        << 0;
    QTest::newRow("a DOCTYPE without declarations")
        << QList<Piece>{{"<!DOCTYPE log SYSTEM \"x[1].dtd\">\n<log><trace><event><string "
                         "key=\"x\" value=\"1\"/></event></trace></log>\n"}}
        << false << QString() << 1;

    // <log> counts one, <trace> two, <event> three: the 254th nested attribute is too deep.
    const QByteArray nested = "<string key=\"a\" value=\"1\">";
    QTest::newRow("attributes nested 300 deep")
        << QList<Piece>{{inEvent}, {nested, 300}, {"</string>", 300}, {close}} << false
        << QStringLiteral("3:%1: expected elements nested at most 256 deep, found deeper")
               .arg(15 + 253 * nested.size())
        << 0;
    QTest::newRow("unknown elements nested 300 deep")
        << QList<Piece>{{xesHeader()}, {"<x>", 300}, {"</x>", 300}, {"</log>"}} << false
        << QStringLiteral("3:%1: expected elements nested at most 256 deep, found deeper")
               .arg(1 + 255 * 3)
        << 0;

    // One attribute element a line, from line 4.
    const auto event = [&](int count) {
        QByteArray lines = inEvent + "\n";
        for (int i = 0; i < count; ++i)
            lines += "<int key=\"k" + QByteArray::number(i) + "\" value=\"1\"/>\n";
        return QList<Piece>{{lines + close}};
    };
    const int most = int(MaxFields);
    QTest::newRow("the most attributes in an event") << event(most) << false << QString() << most;
    QTest::newRow("one attribute more than the most in an event")
        << event(most + 1) << false
        << QStringLiteral("%1:1: expected at most 65536 attributes for an event and its trace, "
                          "found more")
               .arg(4 + most)
        << 0;

    // Five values of 15 MiB: the fifth takes the event past 64 MiB.
    QList<Piece> large{{inEvent + "\n"}};
    for (int i = 0; i < 5; ++i)
        large += QList<Piece>{{"<string key=\"s" + QByteArray::number(i) + "\" value=\""},
                              {"x", qint64(15) << 20},
                              {"\"/>\n"}};
    large += Piece{close};
    QTest::newRow("an event of 75 MiB")
        << large << false
        << QStringLiteral("8:1: expected the keys and values of an event's attributes, with its "
                          "trace's, to take at most 64 MiB, found more")
        << 0;
}

void TestXesReader::limits()
{
    QFETCH(QList<Piece>, pieces);
    QFETCH(bool, gzip);
    QFETCH(QString, error);
    QFETCH(int, lastFields);

    const QString path = m_dir.filePath(QStringLiteral("large.xes"));
    QVERIFY(test::writeLargeFile(path, pieces, gzip));
    test::resetPeakMemory();
    const qint64 before = test::peakMemoryMiB();
    QElapsedTimer timer;
    timer.start();
    int fields = -1;
    QString message;
    try {
        XesReader reader(path);
        reader.open();
        while (reader.next()) {
            fields = 0;
            for (const std::string_view field : reader.fields())
                fields += field.empty() ? 0 : 1;
        }
    } catch (const Error& caught) {
        message = caught.toString();
    }
    const qint64 peak = test::peakMemoryMiB();
    QFile::remove(path);
    if (error.isEmpty()) {
        QCOMPARE(message, QString());
        QCOMPARE(fields, lastFields);
    } else {
        QCOMPARE(message, path + QLatin1Char(':') + error);
    }
    QVERIFY2(peak - before < MaxPeakGrowthMiB + test::SanitizerSlackMiB,
             qPrintable(QStringLiteral("%1 MiB more at the peak").arg(peak - before)));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    qInfo("read in %lld ms, %lld MiB more at the peak", timer.elapsed(), peak - before);
}

void TestXesReader::xmlErrorsAreTheParsersOwn_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("eventsBefore");

    const QByteArray good = generatedLog(1200);
    QTest::newRow("cut in the learning events") << good.left(good.size() / 3) << -1;
    QTest::newRow("cut after them") << good.left(good.size() * 9 / 10) << -1;
    QByteArray bad = good;
    bad.replace("<event>\n      <string key=\"concept:name\" value=\"e1100\"/>",
                "<event>\n      <string key=\"concept:name\" value=\"e1100\"/ >");
    QTest::newRow("broken tag after them") << bad << 1100;
    QByteArray amp = good;
    amp.replace("value=\"e17\"", "value=\"e&17\"");
    QTest::newRow("bare ampersand") << amp << -1;
}

// Whatever breaks the XML, the message and place are QXmlStreamReader's own, read over the
// same bytes in one piece.
void TestXesReader::xmlErrorsAreTheParsersOwn()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, eventsBefore);

    QXmlStreamReader reference(xml);
    while (!reference.atEnd())
        reference.readNext();
    QVERIFY(reference.hasError());
    const QString path = writeInput(xml, QStringLiteral("broken.xes"));
    const QString expected = QStringLiteral("%1:%2:%3: %4")
                                 .arg(path)
                                 .arg(reference.lineNumber())
                                 .arg(std::max<qint64>(reference.columnNumber(), 1))
                                 .arg(reference.errorString());
    QCOMPARE(readAll(path).error, expected);

    if (eventsBefore >= 0) {
        // Past the events open() reads, the records before the problem come first.
        XesReader reader(path);
        reader.open();
        int records = 0;
        try {
            while (reader.next())
                ++records;
            QFAIL("no error");
        } catch (const Error& error) {
            QCOMPARE(error.toString(), expected);
        }
        QCOMPARE(records, eventsBefore);
    }
}

void TestXesReader::errorAfterRecords()
{
    const QByteArray xml = generatedLog(1500, [](int i) {
        return i == 1234 ? QByteArray("      <string key=\"oops\"/>\n") : QByteArray();
    });
    const QString path = writeInput(xml);
    XesReader reader(path);
    reader.open(); // the problem is past the events open() reads
    int records = 0;
    try {
        while (reader.next())
            ++records;
        QFAIL("no error");
    } catch (const Error& error) {
        QCOMPARE(error.location().file, path);
        QCOMPARE(error.toString(),
                 path + QLatin1Char(':') + positionOf(xml, "<string key=\"oops\"/>") +
                     QStringLiteral(": the <string> attribute element \"oops\" has no value"));
        QCOMPARE(error.location().field, QStringLiteral("oops"));
    }
    QCOMPARE(records, 1234);
}

void TestXesReader::gzipErrors()
{
    const QByteArray xml = generatedLog(3000);
    const QByteArray gz = zlibGzip(xml);

    // Truncated: the XML parser sees a premature end where the inflated bytes stop; the
    // error says why.
    {
        const qsizetype cut = gz.size() * 2 / 3;
        const QByteArray prefix = zlibGunzip(gz.left(cut)).data;
        QVERIFY(prefix.size() > 0 && prefix.size() < xml.size());
        QVERIFY(xml.startsWith(prefix));
        QXmlStreamReader reference(prefix);
        while (!reference.atEnd())
            reference.readNext();
        QCOMPARE(reference.error(), QXmlStreamReader::PrematureEndOfDocumentError);
        const QString path = writeInput(gz.left(cut), QStringLiteral("cut.xes.gz"));
        QCOMPARE(readAll(path).error,
                 QStringLiteral("%1:%2:%3: the gzip data ends early, at byte offset %4: "
                                "unexpected end of file (is the file truncated?)")
                     .arg(path)
                     .arg(reference.lineNumber())
                     .arg(std::max<qint64>(reference.columnNumber(), 1))
                     .arg(cut));
    }
    // A wrong CRC is only known after the last byte of XML: the error comes at the end.
    {
        QByteArray bad = gz;
        bad[bad.size() - 8] = char(bad[bad.size() - 8] ^ 0x20);
        QXmlStreamReader reference(xml);
        while (!reference.atEnd())
            reference.readNext();
        QVERIFY(!reference.hasError());
        const QString path = writeInput(bad, QStringLiteral("crc.xes.gz"));
        QCOMPARE(readAll(path).error,
                 QStringLiteral("%1:%2:%3: the gzip data is corrupt at byte offset %4: "
                                "incorrect data check")
                     .arg(path)
                     .arg(reference.lineNumber())
                     .arg(std::max<qint64>(reference.columnNumber(), 1))
                     .arg(bad.size() - 4));
    }
    // Damage in the middle: zlib's message, never a record that was not in the file.
    {
        QByteArray bad = gz;
        for (qsizetype i = gz.size() / 2; i < gz.size() / 2 + 16; ++i)
            bad[i] = char(bad[i] ^ 0x5a);
        const QString path = writeInput(bad, QStringLiteral("middle.xes.gz"));
        const ReadResult result = readAll(path);
        QVERIFY2(
            result.error.contains(QStringLiteral(": the gzip data is corrupt at byte offset ")),
            qPrintable(result.error));
        QVERIFY(result.records.size() < 3000);
    }
}

void TestXesReader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.xes"));
    const ReadResult result = readAll(path);
    QVERIFY2(result.error.startsWith(path + QStringLiteral(": cannot open the file: ")),
             qPrintable(result.error));
}

void TestXesReader::hashSinkSeesRawFile_data()
{
    QTest::addColumn<QByteArray>("raw");

    const QByteArray xml = generatedLog(2500);
    QTest::newRow("plain") << xml;
    QTest::newRow("gzip") << zlibGzip(xml);
    QTest::newRow("trailing whitespace and comment") << xml + "\n<!-- bye -->\n   \n";
    QTest::newRow("concatenated gzip members")
        << zlibGzip(xml.left(5000)) + zlibGzip(xml.mid(5000, 100000)) + zlibGzip(xml.mid(105000));
}

void TestXesReader::hashSinkSeesRawFile()
{
    QFETCH(QByteArray, raw);

    const QString path = writeInput(raw, QStringLiteral("hashed.xes"));
    Sha256 sink;
    const ReadResult result = readAll(path, &sink);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), 2500);
    QCOMPARE(Sha256::toHex(sink.result()),
             QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

void TestXesReader::looksLikeXes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("xes");

    QTest::newRow("XES namespace") << xesHeader() + "</log>" << true;
    QTest::newRow("gzipped") << zlibGzip(generatedLog(100)) << true;
    QTest::newRow("old namespace")
        << QByteArray("<log xmlns=\"http://code.deckfour.org/xes\"><trace/></log>") << true;
    QTest::newRow("xes.version only") << QByteArray("<log xes.version=\"1.0\"/>") << true;
    QTest::newRow("bare log, attribute child")
        << QByteArray("<?xml version='1.0' encoding='UTF-8'?>\n<log>\n  <string key=\"creator\" "
                      "value=\"Fluxicon Nitro\"/>\n")
        << true;
    QTest::newRow("bare log, extension child")
        << QByteArray("<log><extension name=\"Concept\"/>") << true;
    QTest::newRow("bare log, other child")
        << QByteArray("<log><entry when=\"now\"/></log>") << false;
    QTest::newRow("bare empty log") << QByteArray("<log/>") << false;
    QTest::newRow("other root") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>")
                                << false;
    QTest::newRow("CSV") << QByteArray("case,activity,time\n1,A,2020-01-01\n") << false;
    QTest::newRow("JSON Lines") << QByteArray("{\"log\": 1}\n") << false;
    QTest::newRow("gzipped CSV") << zlibGzip("case,activity\n1,A\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("root after a long comment")
        << QByteArray("<!--") + QByteArray(2000, 'x') + "-->" + xesHeader() + "</log>" << false;
}

void TestXesReader::looksLikeXes()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, xes);

    QCOMPARE(XesReader::looksLikeXes(writeInput(content, QStringLiteral("sniff"))), xes);
    QVERIFY(!XesReader::looksLikeXes(m_dir.filePath(QStringLiteral("absent"))));
}

void TestXesReader::publicLogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<qint64>("traces");
    QTest::addColumn<qint64>("activities");

    QTest::newRow("running example")
        << QStringLiteral("eventlogs/running-example.xes") << qint64(42) << qint64(6) << qint64(8);
    QTest::newRow("road traffic") << QStringLiteral("eventlogs/roadtraffic100traces.xes")
                                  << qint64(390) << qint64(100) << qint64(10);
    QTest::newRow("helpdesk") << QStringLiteral("eventlogs/helpdesk.xes.gz") << qint64(21348)
                              << qint64(4580) << qint64(14);
    QTest::newRow("receipt") << QStringLiteral("eventlogs/receipt.xes.gz") << qint64(8577)
                             << qint64(1434) << qint64(27);
}

void TestXesReader::publicLogs()
{
    QFETCH(QString, file);
    QFETCH(qint64, events);
    QFETCH(qint64, traces);
    QFETCH(qint64, activities);

    const QString path = test::sharedDataFile(file);
    if (path.isEmpty())
        QSKIP(qPrintable(QStringLiteral("public dataset %1 not found beside the checkout "
                                        "(../shared/data)")
                             .arg(file)));

    // Second method: the decompressed bytes through QXmlStreamReader.
    QByteArray raw = test::readFile(path);
    QVERIFY(!raw.isEmpty());
    const bool compressed = file.endsWith(QLatin1String(".gz"));
    const QByteArray xml = compressed ? zlibGunzip(raw).data : raw;
    const IndependentLog independent = readIndependently(xml);
    QCOMPARE(independent.error, QString());
    QCOMPARE(qint64(independent.records.size()), events);
    QCOMPARE(independent.traces, traces);
    QCOMPARE(qint64(independent.activities.size()), activities);

    XesReader reader(path);
    Sha256 sink;
    reader.setHashSink(&sink);
    reader.open();
    QCOMPARE(reader.isCompressed(), compressed);
    const int activity = int(reader.columns().indexOf(QStringLiteral("concept:name")));
    const int traceName = int(reader.columns().indexOf(QStringLiteral("case:concept:name")));
    QVERIFY(activity >= 0);
    QVERIFY(traceName >= 0);
    QStringList records;
    QSet<QString> names;
    QSet<QString> traceNames;
    while (reader.next()) {
        records.append(sortedRecord(reader));
        names.insert(text(reader.fields()[std::size_t(activity)]));
        traceNames.insert(text(reader.fields()[std::size_t(traceName)]));
    }
    QCOMPARE(qint64(records.size()), events);
    QCOMPARE(qint64(traceNames.size()), traces);
    QCOMPARE(qint64(names.size()), activities);
    QCOMPARE(records, independent.records);
    QCOMPARE(Sha256::toHex(sink.result()),
             QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

void TestXesReader::typedAmountsInRoadTraffic()
{
    const QString path = test::sharedDataFile(QStringLiteral("eventlogs/roadtraffic100traces.xes"));
    if (path.isEmpty())
        QSKIP("public dataset eventlogs/roadtraffic100traces.xes not found beside the checkout "
              "(../shared/data)");
    // Counted with grep over the file: 157 <float key="amount">, 100 <int key="points">,
    // 390 <date key="time:timestamp">; the first amount is 35.0.
    XesReader reader(path);
    reader.open();
    const int amount = int(reader.columns().indexOf(QStringLiteral("amount")));
    const int points = int(reader.columns().indexOf(QStringLiteral("points")));
    const int time = int(reader.columns().indexOf(QStringLiteral("time:timestamp")));
    QVERIFY(amount >= 0 && points >= 0 && time >= 0);
    int amounts = 0;
    int pointCount = 0;
    int times = 0;
    QString firstAmount;
    while (reader.next()) {
        if (!reader.fields()[std::size_t(amount)].empty()) {
            QCOMPARE(reader.fieldType(amount), FieldType::Float);
            if (amounts++ == 0)
                firstAmount = text(reader.fields()[std::size_t(amount)]);
        }
        if (!reader.fields()[std::size_t(points)].empty()) {
            QCOMPARE(reader.fieldType(points), FieldType::Integer);
            ++pointCount;
        }
        if (!reader.fields()[std::size_t(time)].empty()) {
            QCOMPARE(reader.fieldType(time), FieldType::Date);
            ++times;
        }
    }
    QCOMPARE(amounts, 157);
    QCOMPARE(pointCount, 100);
    QCOMPARE(times, 390);
    QCOMPARE(firstAmount, QStringLiteral("35.0"));
}

QTEST_GUILESS_MAIN(TestXesReader)
#include "tst_xesreader.moc"
