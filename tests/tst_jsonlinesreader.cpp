#include "core/base/error.h"
#include "core/base/gzipfile.h"
#include "core/base/sha256.h"
#include "core/ingest/columnmapping.h"
#include "core/ingest/jsonlinesreader.h"
#include "tests/support/largeinput.h"
#include "tests/support/testsupport.h"

#include <initializer_list>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

using Records = QList<QStringList>;
using Lines = QList<qint64>;

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

Records rec(std::initializer_list<std::initializer_list<const char*>> rows)
{
    Records records;
    for (const auto& row : rows)
        records.append(strings(row));
    return records;
}

// Literals with NUL bytes or hex escapes need their length spelled out.
QByteArray bytes(const char* data, qsizetype size)
{
    return QByteArray(data, size);
}

QString typeSuffix(FieldType type)
{
    return type == FieldType::Text ? QString() : QStringLiteral(" (%1)").arg(typeName(type));
}

// The current record as "path=value (type)" for its non-empty fields in column order, then
// "+path=value" for its extra fields.
QStringList describe(const JsonLinesReader& reader)
{
    QStringList out;
    const auto& fields = reader.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].empty())
            continue;
        out.append(reader.columns()[qsizetype(i)] + QLatin1Char('=') + text(fields[i]) +
                   typeSuffix(reader.fieldType(int(i))));
    }
    for (const ExtraField& extra : reader.extraFields()) {
        out.append(QLatin1Char('+') + text(extra.name) + QLatin1Char('=') + text(extra.value) +
                   typeSuffix(extra.type));
    }
    return out;
}

struct ReadResult
{
    QStringList columns;
    Records records;
    Lines lines;
    QString error;
};

ReadResult readAll(const QString& path,
                   std::size_t bufferBytes = JsonLinesReader::DefaultBufferBytes)
{
    ReadResult result;
    try {
        JsonLinesReader reader(path, bufferBytes);
        reader.open();
        result.columns = reader.columns();
        while (reader.next()) {
            if (reader.fields().size() != std::size_t(reader.columns().size()))
                result.error = QStringLiteral("fields() and columns() differ in size");
            result.records.append(describe(reader));
            result.lines.append(reader.location(-1).line);
        }
    } catch (const Error& error) {
        result.error = error.toString();
    }
    return result;
}

const std::size_t tinyBufferSizes[] = {1, 2, 3, 7, 64};

// What reading a generated input of 200 MiB may add to the peak memory: the 64 MiB of a
// record at most and the buffer it grew from (and AddressSanitizer's quarantine). A reader
// that took the whole input would need more than twice as much.
constexpr qint64 MaxPeakGrowthMiB = 192;
// An input well past the 64 MiB of a record.
constexpr qint64 LargeInputBytes = qint64(200) << 20;

} // namespace

class TestJsonLinesReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void flatten_data();
    void flatten();
    void ga4_data();
    void ga4();
    void segment_data();
    void segment();
    void lineEnds_data();
    void lineEnds();
    void recordsInTinyBuffers_data();
    void recordsInTinyBuffers();
    void lineEndsInTinyBuffers_data() { lineEnds_data(); }
    void lineEndsInTinyBuffers();

    void columnsAndExtraFields_data();
    void columnsAndExtraFields();
    void location_data();
    void location();

    void errors_data();
    void errors();
    void errorsInTinyBuffers_data() { errors_data(); }
    void errorsInTinyBuffers();
    void recordLimit_data();
    void recordLimit();
    void limits_data();
    void limits();
    void manyExtraFields_data();
    void manyExtraFields();
    void openFailure();

    void gzipped_data();
    void gzipped();
    void hashSinkAndProgress_data();
    void hashSinkAndProgress();
    void looksLikeJsonLines_data();
    void looksLikeJsonLines();

private:
    static void addRecordColumns();
    static void flattenRows();
    static void ga4Rows();
    static void segmentRows();
    QString writeInput(const QByteArray& content,
                       const QString& name = QStringLiteral("input.jsonl"));
    QString writeGzip(const QByteArray& content);

    QTemporaryDir m_dir;
};

void TestJsonLinesReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestJsonLinesReader::writeInput(const QByteArray& content, const QString& name)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, content);
    return path;
}

QString TestJsonLinesReader::writeGzip(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("input.jsonl.gz"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    GzipWriter writer(file);
    if (!writer.open(QIODevice::WriteOnly) || writer.write(content) != content.size() ||
        !writer.finish())
        return {};
    return path;
}

// ---------------------------------------------------------------------------------------

void TestJsonLinesReader::addRecordColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Records>("records");
}

void TestJsonLinesReader::flatten_data()
{
    addRecordColumns();
    flattenRows();
}

void TestJsonLinesReader::ga4_data()
{
    addRecordColumns();
    ga4Rows();
}

void TestJsonLinesReader::segment_data()
{
    addRecordColumns();
    segmentRows();
}

void TestJsonLinesReader::flattenRows()
{

    QTest::newRow("flat strings") << QByteArray(R"({"a":"x","b":"y"})") << strings({"a", "b"})
                                  << rec({{"a=x", "b=y"}});
    QTest::newRow("nested objects")
        << QByteArray(R"({"properties":{"page":{"url":"x","title":"T"}},"id":"1"})")
        << strings({"properties.page.url", "properties.page.title", "id"})
        << rec({{"properties.page.url=x", "properties.page.title=T", "id=1"}});
    QTest::newRow("array of scalars")
        << QByteArray(R"({"tags":["a","b",3]})") << strings({"tags.0", "tags.1", "tags.2"})
        << rec({{"tags.0=a", "tags.1=b", "tags.2=3 (integer)"}});
    QTest::newRow("array of objects")
        << QByteArray(R"({"items":[{"sku":"A1","qty":2},{"sku":"B2"}]})")
        << strings({"items.0.sku", "items.0.qty", "items.1.sku"})
        << rec({{"items.0.sku=A1", "items.0.qty=2 (integer)", "items.1.sku=B2"}});
    QTest::newRow("arrays in arrays")
        << QByteArray(R"({"m":[[1,2],[],[{"x":true}]]})") << strings({"m.0.0", "m.0.1", "m.2.0.x"})
        << rec({{"m.0.0=1 (integer)", "m.0.1=2 (integer)", "m.2.0.x=true (boolean)"}});
    QTest::newRow("twelve elements number their paths in decimal")
        << QByteArray(R"({"a":[0,0,0,0,0,0,0,0,0,0,"ten","eleven"]})")
        << strings({"a.0", "a.1", "a.2", "a.3", "a.4", "a.5", "a.6", "a.7", "a.8", "a.9", "a.10",
                    "a.11"})
        << rec({{"a.0=0 (integer)", "a.1=0 (integer)", "a.2=0 (integer)", "a.3=0 (integer)",
                 "a.4=0 (integer)", "a.5=0 (integer)", "a.6=0 (integer)", "a.7=0 (integer)",
                 "a.8=0 (integer)", "a.9=0 (integer)", "a.10=ten", "a.11=eleven"}});
    QTest::newRow("null is missing but its path is a column")
        << QByteArray(R"({"a":null,"b":"x","c":[null]})") << strings({"a", "b", "c.0"})
        << rec({{"b=x"}});
    QTest::newRow("empty object and array give no field")
        << QByteArray(R"({"a":{},"b":[],"c":""})") << strings({"c"}) << rec({{}});
    QTest::newRow("integers") << QByteArray(R"({"n":42,"neg":-7,"zero":0,"negzero":-0})")
                              << strings({"n", "neg", "zero", "negzero"})
                              << rec({{"n=42 (integer)", "neg=-7 (integer)", "zero=0 (integer)",
                                       "negzero=-0 (integer)"}});
    QTest::newRow("integer beyond a double's 53 bits")
        << QByteArray(R"({"id":9007199254740993})") << strings({"id"})
        << rec({{"id=9007199254740993 (integer)"}});
    QTest::newRow("GA4 microsecond timestamp")
        << QByteArray(R"({"event_timestamp":1700000000123457})") << strings({"event_timestamp"})
        << rec({{"event_timestamp=1700000000123457 (integer)"}});
    QTest::newRow("64-bit limits, and beyond as text")
        << QByteArray(R"({"max":9223372036854775807,"min":-9223372036854775808,)"
                      R"("over":9223372036854775808,"under":-9223372036854775809})")
        << strings({"max", "min", "over", "under"})
        << rec({{"max=9223372036854775807 (integer)", "min=-9223372036854775808 (integer)",
                 "over=9223372036854775808", "under=-9223372036854775809"}});
    QTest::newRow("floats in their shortest round-trip form")
        << QByteArray(R"({"a":1.50,"b":1e3,"c":0.1,"d":-2.5E-3,"e":1.0,"f":0.30000000000000004,)"
                      R"("g":1e21,"h":5e-324})")
        << strings({"a", "b", "c", "d", "e", "f", "g", "h"})
        << rec({{"a=1.5 (float)", "b=1000 (float)", "c=0.1 (float)", "d=-0.0025 (float)",
                 "e=1 (float)", "f=0.30000000000000004 (float)", "g=1e+21 (float)",
                 "h=5e-324 (float)"}});
    QTest::newRow("float out of a double's range kept as text")
        << QByteArray(R"({"big":1E400})") << strings({"big"}) << rec({{"big=1E400"}});
    QTest::newRow("booleans") << QByteArray(R"({"t":true,"f":false})") << strings({"t", "f"})
                              << rec({{"t=true (boolean)", "f=false (boolean)"}});
    QTest::newRow("simple escapes") << QByteArray(R"({"s":"q\"b\\s\/n\nt\tr\rb\bf\f"})")
                                    << strings({"s"}) << rec({{"s=q\"b\\s/n\nt\tr\rb\bf\f"}});
    QTest::newRow("unicode escapes")
        << QByteArray(R"({"s":"caf\u00e9 \u6771\u4EAC \ud83d\ude00 \u0041"})") << strings({"s"})
        << rec({{"s=café 東京 😀 A"}});
    QTest::newRow("lone surrogates become U+FFFD")
        << QByteArray(R"({"a":"x\ud83d","b":"\ude00y","c":"\ud83d\u0041"})")
        << strings({"a", "b", "c"})
        << rec({{"a=x\xEF\xBF\xBD", "b=\xEF\xBF\xBDy",
                 "c=\xEF\xBF\xBD"
                 "A"}});
    QTest::newRow("raw UTF-8") << QByteArray(R"({"näme":"Zoë 東京 😀"})") << strings({"näme"})
                               << rec({{"näme=Zoë 東京 😀"}});
    QTest::newRow("escaped keys") << QByteArray(R"({"k\u00e9y":1,"a\"b":2})")
                                  << strings({"kéy", "a\"b"})
                                  << rec({{"kéy=1 (integer)", "a\"b=2 (integer)"}});
    QTest::newRow("escapes in several values of one record")
        << QByteArray(R"({"a":"1\n","b":2.50,"c":"\u00e9","d":"plain"})")
        << strings({"a", "b", "c", "d"}) << rec({{"a=1\n", "b=2.5 (float)", "c=é", "d=plain"}});
    QTest::newRow("whitespace around tokens")
        << QByteArray("  {\t\"a\" : 1 ,\r\"b\" : [ 1 , \"x\" ] , \"c\" : { } }  ")
        << strings({"a", "b.0", "b.1"}) << rec({{"a=1 (integer)", "b.0=1 (integer)", "b.1=x"}});
    QTest::newRow("repeated key: the last value wins")
        << QByteArray(R"({"a":1,"b":"x","a":"two"})") << strings({"a", "b"})
        << rec({{"a=two", "b=x"}});
    QTest::newRow("repeated key: a last null empties the field")
        << QByteArray(R"({"a":1,"a":null})") << strings({"a"}) << rec({{}});
    QTest::newRow("columns in order of first appearance")
        << QByteArray("{\"a\":1}\n{\"c\":2,\"a\":3}\n{\"b\":{\"d\":4}}\n")
        << strings({"a", "c", "b.d"})
        << rec({{"a=1 (integer)"}, {"a=3 (integer)", "c=2 (integer)"}, {"b.d=4 (integer)"}});
    QTest::newRow("same key in different records, different types")
        << QByteArray("{\"v\":1}\n{\"v\":\"1\"}\n{\"v\":1.5}\n{\"v\":true}\n") << strings({"v"})
        << rec({{"v=1 (integer)"}, {"v=1"}, {"v=1.5 (float)"}, {"v=true (boolean)"}});
    QTest::newRow("a path that is also a prefix")
        << QByteArray("{\"a\":\"x\"}\n{\"a\":{\"b\":\"y\"}}\n") << strings({"a", "a.b"})
        << rec({{"a=x"}, {"a.b=y"}});
    QTest::newRow("empty file") << QByteArray() << QStringList() << Records();
}

void TestJsonLinesReader::flatten()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, columns);
    QFETCH(Records, records);

    const ReadResult result = readAll(writeInput(input));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.columns, columns);
    QCOMPARE(result.records, records);
}

void TestJsonLinesReader::ga4Rows()
{

    QTest::newRow("event_params of each value type")
        << QByteArray(R"({"event_name":"page_view","event_timestamp":"1700000000123456",)"
                      R"("user_pseudo_id":"123.456","user_id":null,"event_params":[)"
                      R"({"key":"page_location","value":{"string_value":"https://x.test/"}},)"
                      R"({"key":"ga_session_id","value":{"int_value":"1700000000"}},)"
                      R"({"key":"engagement_time_msec","value":{"int_value":1200}},)"
                      R"({"key":"ratio","value":{"float_value":0.50}},)"
                      R"({"key":"value","value":{"double_value":"12.25"}},)"
                      R"({"key":"score","value":{"double_value":3}}]})")
        << strings({"event_name", "event_timestamp", "user_pseudo_id", "user_id",
                    "event_params.page_location", "event_params.ga_session_id",
                    "event_params.engagement_time_msec", "event_params.ratio", "event_params.value",
                    "event_params.score"})
        << rec({{"event_name=page_view", "event_timestamp=1700000000123456",
                 "user_pseudo_id=123.456", "event_params.page_location=https://x.test/",
                 "event_params.ga_session_id=1700000000 (integer)",
                 "event_params.engagement_time_msec=1200 (integer)",
                 "event_params.ratio=0.5 (float)", "event_params.value=12.25 (float)",
                 "event_params.score=3 (float)"}});
    QTest::newRow("BigQuery writes every value member, nulls included")
        << QByteArray(R"({"event_params":[{"key":"n","value":{"string_value":null,)"
                      R"("int_value":"5","float_value":null,"double_value":null}}]})")
        << strings({"event_params.n"}) << rec({{"event_params.n=5 (integer)"}});
    QTest::newRow("user_properties keep set_timestamp_micros")
        << QByteArray(R"({"user_properties":[{"key":"plan","value":{"string_value":"pro",)"
                      R"("set_timestamp_micros":"1700000000000000"}}]})")
        << strings({"user_properties.plan", "user_properties.plan.set_timestamp_micros"})
        << rec({{"user_properties.plan=pro",
                 "user_properties.plan.set_timestamp_micros=1700000000000000"}});
    QTest::newRow("a parameter without a value is a missing field")
        << QByteArray(R"({"event_params":[{"key":"k","value":{"string_value":null}}]})")
        << strings({"event_params.k"}) << rec({{}});
    QTest::newRow("string_value stays text even when numeric")
        << QByteArray(R"({"event_params":[{"key":"k","value":{"string_value":"42"}}]})")
        << strings({"event_params.k"}) << rec({{"event_params.k=42"}});
    QTest::newRow("an int_value that is not an integer stays text")
        << QByteArray(R"({"event_params":[{"key":"k","value":{"int_value":"abc"}}]})")
        << strings({"event_params.k"}) << rec({{"event_params.k=abc"}});
    QTest::newRow("item_params inside items")
        << QByteArray(R"({"items":[{"item_id":"A","item_params":[)"
                      R"({"key":"color","value":{"string_value":"red"}}]}]})")
        << strings({"items.0.item_id", "items.0.item_params.color"})
        << rec({{"items.0.item_id=A", "items.0.item_params.color=red"}});
    QTest::newRow("an array not all key/value stays numbered")
        << QByteArray(R"({"event_params":[{"key":"a","value":{"string_value":"x"}},{"o":1}]})")
        << strings({"event_params.0.key", "event_params.0.value.string_value", "event_params.1.o"})
        << rec({{"event_params.0.key=a", "event_params.0.value.string_value=x",
                 "event_params.1.o=1 (integer)"}});
    QTest::newRow("a value without a GA4 member stays numbered")
        << QByteArray(R"({"p":[{"key":"a","value":{"text":"x"}}]})")
        << strings({"p.0.key", "p.0.value.text"}) << rec({{"p.0.key=a", "p.0.value.text=x"}});
    QTest::newRow("event_timestamp as a number")
        << QByteArray(R"({"event_name":"click","event_timestamp":1700000000123456})")
        << strings({"event_name", "event_timestamp"})
        << rec({{"event_name=click", "event_timestamp=1700000000123456 (integer)"}});
}

void TestJsonLinesReader::ga4()
{
    flatten();
}

void TestJsonLinesReader::segmentRows()
{

    QTest::newRow("track") << QByteArray(
                                  R"({"type":"track","event":"Order Completed","userId":"u1",)"
                                  R"("properties":{"total":9.5}})")
                           << strings({"type", "event", "userId", "properties.total"})
                           << rec({{"type=track", "event=Order Completed", "userId=u1",
                                    "properties.total=9.5 (float)"}});
    QTest::newRow("page with a name")
        << QByteArray(R"({"type":"page","name":"Home","properties":{"path":"/"}})")
        << strings({"type", "name", "properties.path", "event"})
        << rec({{"type=page", "name=Home", "properties.path=/", "event=Page: Home"}});
    QTest::newRow("page without a name")
        << QByteArray(R"({"type":"page","properties":{"path":"/pricing"}})")
        << strings({"type", "properties.path", "event"})
        << rec({{"type=page", "properties.path=/pricing", "event=Page: /pricing"}});
    QTest::newRow("page with an empty name")
        << QByteArray(R"({"type":"page","name":"","properties":{"path":"/a"}})")
        << strings({"type", "name", "properties.path", "event"})
        << rec({{"type=page", "properties.path=/a", "event=Page: /a"}});
    QTest::newRow("page with neither name nor path")
        << QByteArray(R"({"type":"page","anonymousId":"a1"})")
        << strings({"type", "anonymousId", "event"})
        << rec({{"type=page", "anonymousId=a1", "event=Page"}});
    QTest::newRow("page's own event key is replaced")
        << QByteArray(R"({"event":"x","type":"page","name":"Home"})")
        << strings({"event", "type", "name"})
        << rec({{"event=Page: Home", "type=page", "name=Home"}});
    QTest::newRow("screen with a name")
        << QByteArray(R"({"type":"screen","name":"Checkout","userId":"u1"})")
        << strings({"type", "name", "userId", "event"})
        << rec({{"type=screen", "name=Checkout", "userId=u1", "event=Screen: Checkout"}});
    QTest::newRow("screen without a name")
        << QByteArray(R"({"type":"screen"})") << strings({"type", "event"})
        << rec({{"type=screen", "event=Screen"}});
    QTest::newRow("identify")
        << QByteArray(R"({"type":"identify","userId":"u1","anonymousId":"a1",)"
                      R"("traits":{"email":"a@b.test"}})")
        << strings({"type", "userId", "anonymousId", "traits.email", "event"})
        << rec({{"type=identify", "userId=u1", "anonymousId=a1", "traits.email=a@b.test"}});
    QTest::newRow("group") << QByteArray(R"({"type":"group","groupId":"g1","userId":"u1"})")
                           << strings({"type", "groupId", "userId", "event"})
                           << rec({{"type=group", "groupId=g1", "userId=u1"}});
    QTest::newRow("alias") << QByteArray(R"({"type":"alias","previousId":"a1","userId":"u1"})")
                           << strings({"type", "previousId", "userId", "event"})
                           << rec({{"type=alias", "previousId=a1", "userId=u1"}});
    QTest::newRow("a mixed export")
        << QByteArray("{\"type\":\"identify\",\"userId\":\"u1\"}\n"
                      "{\"type\":\"page\",\"name\":\"Home\",\"userId\":\"u1\"}\n"
                      "{\"type\":\"track\",\"event\":\"Signed Up\",\"userId\":\"u1\"}\n")
        << strings({"type", "userId", "event", "name"})
        << rec({{"type=identify", "userId=u1"},
                {"type=page", "userId=u1", "event=Page: Home", "name=Home"},
                {"type=track", "userId=u1", "event=Signed Up"}});
    QTest::newRow("track without an event")
        << QByteArray(R"({"type":"track"})") << strings({"type", "event"}) << rec({{"type=track"}});
    QTest::newRow("another type is not Segment's")
        << QByteArray(R"({"type":"purchase","name":"x"})") << strings({"type", "name"})
        << rec({{"type=purchase", "name=x"}});
    QTest::newRow("a nested type is not Segment's")
        << QByteArray(R"({"context":{"type":"page"},"name":"x"})")
        << strings({"context.type", "name"}) << rec({{"context.type=page", "name=x"}});
}

void TestJsonLinesReader::segment()
{
    flatten();
}

void TestJsonLinesReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("LF") << QByteArray("{\"a\":\"x\"}\n{\"a\":\"y\"}\n") << rec({{"a=x"}, {"a=y"}})
                        << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("{\"a\":\"x\"}\r\n{\"a\":\"y\"}\r\n")
                          << rec({{"a=x"}, {"a=y"}}) << Lines{1, 2};
    QTest::newRow("CRLF after a number")
        << QByteArray("{\"a\":1}\r\n{\"a\":2.5}\r\n") << rec({{"a=1 (integer)"}, {"a=2.5 (float)"}})
        << Lines{1, 2};
    QTest::newRow("last line without line end")
        << QByteArray("{\"a\":\"x\"}\n{\"a\":\"y\"}") << rec({{"a=x"}, {"a=y"}}) << Lines{1, 2};
    QTest::newRow("last line ending in CR only")
        << QByteArray("{\"a\":\"x\"}\r") << rec({{"a=x"}}) << Lines{1};
    QTest::newRow("UTF-8 BOM") << bytes("\xEF\xBB\xBF{\"a\":\"x\"}\n", 13) << rec({{"a=x"}})
                               << Lines{1};
    QTest::newRow("BOM then blank lines")
        << bytes("\xEF\xBB\xBF\n\r\n{\"a\":\"x\"}", 15) << rec({{"a=x"}}) << Lines{3};
    QTest::newRow("blank lines skipped but counted")
        << QByteArray("\n{\"a\":\"x\"}\n\n  \t\n\r\n{\"a\":\"y\"}\n\n") << rec({{"a=x"}, {"a=y"}})
        << Lines{2, 6};
    QTest::newRow("only blank lines") << QByteArray("\n \r\n\t\n") << rec({}) << Lines{};
    QTest::newRow("files joined with cat: a BOM starting a later line")
        << bytes("\xEF\xBB\xBF{\"a\":\"x\"}\n\xEF\xBB\xBF{\"a\":\"y\"}\n", 26)
        << rec({{"a=x"}, {"a=y"}}) << Lines{1, 2};
    QTest::newRow("only a BOM") << bytes("\xEF\xBB\xBF", 3) << rec({}) << Lines{};
    QTest::newRow("a long record among short ones")
        << QByteArray("{\"a\":\"x\"}\n{\"a\":\"" + QByteArray(200, 'y') + "\"}\n{\"a\":\"z\"}\n")
        << rec({{"a=x"}, {QByteArray("a=" + QByteArray(200, 'y')).constData()}, {"a=z"}})
        << Lines{1, 2, 3};
}

void TestJsonLinesReader::lineEnds()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    const ReadResult result = readAll(writeInput(input));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
}

void TestJsonLinesReader::lineEndsInTinyBuffers()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    const QString path = writeInput(input);
    for (const std::size_t bufferBytes : tinyBufferSizes) {
        const ReadResult result = readAll(path, bufferBytes);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, records);
        QCOMPARE(result.lines, lines);
    }
}

void TestJsonLinesReader::recordsInTinyBuffers_data()
{
    addRecordColumns();
    flattenRows();
    ga4Rows();
    segmentRows();
}

void TestJsonLinesReader::recordsInTinyBuffers()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, columns);
    QFETCH(Records, records);

    const QString path = writeInput(input);
    for (const std::size_t bufferBytes : tinyBufferSizes) {
        const ReadResult result = readAll(path, bufferBytes);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.columns, columns);
        QCOMPARE(result.records, records);
    }
}

// ---------------------------------------------------------------------------------------

void TestJsonLinesReader::columnsAndExtraFields_data()
{
    QTest::addColumn<int>("lateRecord");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("lateFields");

    QTest::newRow("keys first met in record 1000 are columns")
        << 1000 << strings({"a", "late", "gone"}) << strings({"a=1000 (integer)", "late=x"});
    QTest::newRow("keys first met in record 1001 are extra fields, but not a null")
        << 1001 << strings({"a"}) << strings({"a=1001 (integer)", "+late=x"});
    QTest::newRow("keys first met in record 1500")
        << 1500 << strings({"a"}) << strings({"a=1500 (integer)", "+late=x"});
}

void TestJsonLinesReader::columnsAndExtraFields()
{
    QFETCH(int, lateRecord);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, lateFields);

    QByteArray input;
    for (int record = 1; record <= lateRecord + 1; ++record) {
        if (record == lateRecord)
            input += "{\"a\":" + QByteArray::number(record) + ",\"late\":\"x\",\"gone\":null}\n";
        else
            input += "{\"a\":" + QByteArray::number(record) + "}\n";
    }
    const QString path = writeInput(input);
    JsonLinesReader reader(path);
    for (int pass = 0; pass < 2; ++pass) {
        // The same columns on every open.
        reader.open();
        QCOMPARE(reader.columns(), columns);
        int record = 0;
        while (reader.next()) {
            ++record;
            if (record == lateRecord) {
                QCOMPARE(describe(reader), lateFields);
            } else {
                QCOMPARE(describe(reader),
                         QStringList{QStringLiteral("a=%1 (integer)").arg(record)});
                QVERIFY(reader.extraFields().empty());
            }
        }
        QCOMPARE(record, lateRecord + 1);
    }
}

void TestJsonLinesReader::location_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("record"); // 0-based
    QTest::addColumn<QString>("column");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("character");

    const QByteArray unicode = R"({"name":"Zoë","city":"東京","n":5})";
    QTest::newRow("first value") << unicode << 0 << QStringLiteral("name") << qint64(1)
                                 << qint64(9);
    QTest::newRow("after two-byte characters")
        << unicode << 0 << QStringLiteral("city") << qint64(1) << qint64(22);
    QTest::newRow("after three-byte characters")
        << unicode << 0 << QStringLiteral("n") << qint64(1) << qint64(31);
    QTest::newRow("nested value") << QByteArray(R"({"p":{"q":{"r":true}}})") << 0
                                  << QStringLiteral("p.q.r") << qint64(1) << qint64(16);
    QTest::newRow("array element") << QByteArray(R"({"t":[ "a", "b" ]})") << 0
                                   << QStringLiteral("t.1") << qint64(1) << qint64(13);
    QTest::newRow("float formatted elsewhere") << QByteArray(R"({"a":"é","x":1.50})") << 0
                                               << QStringLiteral("x") << qint64(1) << qint64(14);
    QTest::newRow("missing field: column 1") << QByteArray("{\"a\":1,\"b\":2}\n{\"a\":3}\n") << 1
                                             << QStringLiteral("b") << qint64(2) << qint64(1);
    QTest::newRow("null field: column 1")
        << QByteArray(R"({"a":null,"b":1})") << 0 << QStringLiteral("a") << qint64(1) << qint64(1);
    QTest::newRow("BOM not counted")
        << bytes("\xEF\xBB\xBF{\"a\":1}", 10) << 0 << QStringLiteral("a") << qint64(1) << qint64(6);
    QTest::newRow("second CRLF line after a blank one")
        << QByteArray("{\"a\":1}\r\n\r\n  {\"a\":22}\r\n") << 1 << QStringLiteral("a") << qint64(3)
        << qint64(8);
    QTest::newRow("GA4 parameter: where its value is")
        << QByteArray(R"({"event_params":[{"key":"k","value":{"int_value":7}}]})") << 0
        << QStringLiteral("event_params.k") << qint64(1) << qint64(50);
    QTest::newRow("Segment page event: where its name is")
        << QByteArray(R"({"type":"page","name":"Home"})") << 0 << QStringLiteral("event")
        << qint64(1) << qint64(23);
    QTest::newRow("Segment page event without a name: where its type is")
        << QByteArray(R"({"type":"page"})") << 0 << QStringLiteral("event") << qint64(1)
        << qint64(9);
}

void TestJsonLinesReader::location()
{
    QFETCH(QByteArray, input);
    QFETCH(int, record);
    QFETCH(QString, column);
    QFETCH(qint64, line);
    QFETCH(qint64, character);

    const QString path = writeInput(input);
    JsonLinesReader reader(path);
    reader.open();
    for (int i = 0; i <= record; ++i)
        QVERIFY(reader.next());
    const int index = int(reader.columns().indexOf(column));
    QVERIFY(index >= 0);
    const Location where = reader.location(index);
    QCOMPARE(where.file, path);
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, character);
    QCOMPARE(where.field, column);

    const Location recordStart = reader.location(-1);
    QCOMPARE(recordStart.line, line);
    QCOMPARE(recordStart.column, qint64(1));
    QCOMPARE(recordStart.field, QString());
}

// ---------------------------------------------------------------------------------------

void TestJsonLinesReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error"); // after the file's directory

    const auto row = [](const char* name, const QByteArray& input, const char* error) {
        QTest::newRow(name) << input << QString::fromUtf8(error);
    };
    row("unclosed object", R"({"a":1)",
        "input.jsonl:1:7: expected ',' or '}' after a member of the object, found the end of "
        "the line");
    row("missing colon", R"({"a" 1})", "input.jsonl:1:6: expected ':' after the key, found '1'");
    row("unquoted key", R"({a:1})", "input.jsonl:1:2: expected a key in double quotes, found 'a'");
    row("single-quoted key", R"({'a':1})",
        "input.jsonl:1:2: expected a key in double quotes, found '''");
    row("trailing comma in an object", R"({"a":1,})",
        "input.jsonl:1:8: expected a key in double quotes, found '}'");
    row("trailing comma in an array", R"({"a":[1,]})",
        "input.jsonl:1:9: expected a value (an object, array, string, number, true, false or "
        "null), found ']'");
    row("misspelt true", R"({"a":tru})",
        "input.jsonl:1:6: expected a value (an object, array, string, number, true, false or "
        "null), found 'tru'");
    row("JavaScript undefined", R"({"a":undefined})",
        "input.jsonl:1:6: expected a value (an object, array, string, number, true, false or "
        "null), found 'undefined'");
    row("NaN", R"({"a":NaN})",
        "input.jsonl:1:6: expected a value (an object, array, string, number, true, false or "
        "null), found 'NaN'");
    row("missing value", R"({"a":})",
        "input.jsonl:1:6: expected a value (an object, array, string, number, true, false or "
        "null), found '}'");
    row("unclosed string", R"({"a":"x})",
        "input.jsonl:1:9: expected '\"' to close the string, found the end of the line");
    row("unclosed string before CRLF", "{\"a\":\"x}\r\n",
        "input.jsonl:1:9: expected '\"' to close the string, found the end of the line");
    row("leading zero", R"({"a":01})",
        "input.jsonl:1:7: expected ',' or '}' after a member of the object, found '1'");
    row("plus sign", R"({"a":+1})",
        "input.jsonl:1:6: expected a value (an object, array, string, number, true, false or "
        "null), found '+'");
    row("lone minus", R"({"a":-})", "input.jsonl:1:7: expected a digit after '-', found '}'");
    row("no digit after the point", R"({"a":1.})",
        "input.jsonl:1:8: expected a digit after the decimal point, found '}'");
    row("no digit in the exponent", R"({"a":1e+})",
        "input.jsonl:1:9: expected a digit in the exponent, found '}'");
    row("unknown escape", R"({"a":"\x"})",
        "input.jsonl:1:8: expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or "
        "\\uXXXX) after '\\', found 'x'");
    row("backslash at the end of the line", R"({"a":"\)",
        "input.jsonl:1:8: expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or "
        "\\uXXXX) after '\\', found the end of the line");
    row("bad hexadecimal digit", R"({"a":"\u12G4"})",
        "input.jsonl:1:11: expected four hexadecimal digits after '\\u', found 'G4'");
    row("short unicode escape", R"({"a":"\u12"})",
        "input.jsonl:1:11: expected four hexadecimal digits after '\\u', found '\"'");
    row("raw tab in a string", "{\"a\":\"x\ty\"}",
        "input.jsonl:1:8: expected an escape sequence such as \\t instead of the control "
        "character U+0009 in the string");
    row("unclosed array", R"({"a":[1,2})",
        "input.jsonl:1:10: expected ',' or ']' after an element of the array, found '}'");
    row("text after the record", R"({"a":1} x)",
        "input.jsonl:1:9: expected the end of the line after the record's closing '}', found "
        "'x'");
    row("two records on one line", R"({"a":1}{"b":2})",
        "input.jsonl:1:8: expected the end of the line after the record's closing '}', found "
        "'{'");
    row("pretty-printed JSON", "{\n  \"a\": 1\n}\n",
        "input.jsonl:1:2: expected a key in double quotes, found the end of the line");
    row("an array record", "[1,2]\n",
        "input.jsonl:1:1: expected a JSON object ('{') for the record, found an array");
    row("a string record", "\"x\"\n",
        "input.jsonl:1:1: expected a JSON object ('{') for the record, found a string");
    row("a number record", "-42\n",
        "input.jsonl:1:1: expected a JSON object ('{') for the record, found a number");
    row("a true record", "true\n",
        "input.jsonl:1:1: expected a JSON object ('{') for the record, found 'true'");
    row("a null record", "null\n",
        "input.jsonl:1:1: expected a JSON object ('{') for the record, found 'null'");
    row("an indented array record", "  [1]\n",
        "input.jsonl:1:3: expected a JSON object ('{') for the record, found an array");
    row("a CSV file", "a,b\n1,2\n",
        "input.jsonl:1:1: expected a JSON object ('{') for the record, found 'a'");
    row("error on line 3: column in characters", "{\"a\":1}\n\n{\"é\":\"ü\",x}\n",
        "input.jsonl:3:10: expected a key in double quotes, found 'x'");
    row("Latin-1 in a string", "{\"a\":\"\xE9t\xE9\"}",
        "input.jsonl:1:7: expected UTF-8 text, found the byte 0xE9 (is the file in another "
        "encoding?)");
    row("Latin-1 after UTF-8", "{\"a\":\"é\xFF\"}",
        "input.jsonl:1:8: expected UTF-8 text, found the byte 0xFF (is the file in another "
        "encoding?)");
    row("overlong UTF-8", "{\"a\":\"\xC0\xAF\"}",
        "input.jsonl:1:7: expected UTF-8 text, found the byte 0xC0 (is the file in another "
        "encoding?)");
    row("UTF-8 encoded surrogate", "{\"a\":\"\xED\xA0\x80\"}",
        "input.jsonl:1:7: expected UTF-8 text, found the byte 0xED (is the file in another "
        "encoding?)");
    row("UTF-8 beyond U+10FFFF", "{\"a\":\"\xF4\x90\x80\x80\"}",
        "input.jsonl:1:7: expected UTF-8 text, found the byte 0xF4 (is the file in another "
        "encoding?)");
    row("UTF-8 cut at the end of the line", "{\"a\":\"\xC3\n",
        "input.jsonl:1:7: expected UTF-8 text, found the byte 0xC3 (is the file in another "
        "encoding?)");
    row("invalid UTF-8 in a key", "{\"\xFF\":1}",
        "input.jsonl:1:3: expected UTF-8 text, found the byte 0xFF (is the file in another "
        "encoding?)");
    row("invalid UTF-8 outside strings", "{\xFF}",
        "input.jsonl:1:2: expected UTF-8 text, found the byte 0xFF (is the file in another "
        "encoding?)");
    row("non-ASCII character outside strings", "{\"a\":1,é}",
        "input.jsonl:1:8: expected a key in double quotes, found 'é'");
    row("nesting too deep", "{\"a\":" + QByteArray(300, '[') + "\n",
        "input.jsonl:1:261: expected at most 256 levels of nested objects and arrays, found "
        "more");
    row("UTF-16 file", bytes("\xFF\xFE{\0}\0", 6),
        "input.jsonl: the file is encoded as UTF-16 (it starts with a UTF-16 byte-order mark); "
        "save it as UTF-8 and try again");
    row("UTF-32 file", bytes("\xFF\xFE\0\0{\0\0\0", 8),
        "input.jsonl: the file is encoded as UTF-32 (it starts with a UTF-32 byte-order mark); "
        "save it as UTF-8 and try again");
    // Found by fuzz_jsonlinesreader: gzip data cut just after a match whose distance is too
    // far back. With little room to inflate into, zlib had read the distance but not yet
    // checked it when the input ran out, and the file was said to be truncated instead.
    row("gzip cut after a bad distance",
        bytes("\x1F\x8B\x08\x00\x00\x00\x00\x00\x02\x03\xAB\x16\x2A\xA9\x2C\x48\x55\xB2"
              "\x52\x2A\x48\x4C\x4F\x55\xD2\x51\xCA\x4B\xCC\x55\xB2\x52\x2A\x48\x4C\x4F"
              "\x55\xD2\x51\xCA\x4B\x3C\x38\x00\x09\x00",
              46),
        "input.jsonl: the gzip data is corrupt at byte offset 46: invalid distance too far back");

    // Past the records open() reads ahead: the error comes from next().
    QByteArray late;
    for (int i = 0; i < 1001; ++i)
        late += "{\"a\":1}\n";
    late += "{\"a\":1,}\n";
    row("error on line 1002", late,
        "input.jsonl:1002:8: expected a key in double quotes, found '}'");
}

void TestJsonLinesReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const ReadResult result = readAll(writeInput(input));
    QCOMPARE(result.error, m_dir.path() + QLatin1Char('/') + error);
}

void TestJsonLinesReader::errorsInTinyBuffers()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const QString path = writeInput(input);
    for (const std::size_t bufferBytes : tinyBufferSizes)
        QCOMPARE(readAll(path, bufferBytes).error, m_dir.path() + QLatin1Char('/') + error);
}

void TestJsonLinesReader::recordLimit_data()
{
    QTest::addColumn<int>("valueBytes");
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<QString>("error"); // empty: reads

    // The record {"a":"…"} is the value plus 8 bytes.
    const int limit = int(JsonLinesReader::MaxRecordBytes);
    const QString tooLong = QStringLiteral(
        "input.jsonl:2:1: the record is longer than 64 MiB; is the file JSON Lines (one object "
        "per line)?");
    QTest::newRow("exactly the limit") << limit - 8 << QByteArray("\n") << QString();
    QTest::newRow("exactly the limit before CRLF") << limit - 8 << QByteArray("\r\n") << QString();
    QTest::newRow("one byte over") << limit - 7 << QByteArray("\n") << tooLong;
    QTest::newRow("one byte over at the end of the file") << limit - 7 << QByteArray() << tooLong;
}

void TestJsonLinesReader::recordLimit()
{
    QFETCH(int, valueBytes);
    QFETCH(QByteArray, lineEnd);
    QFETCH(QString, error);

    QByteArray input = "{\"a\":1}\n{\"a\":\"";
    input.append(QByteArray(valueBytes, 'x'));
    input.append("\"}");
    input.append(lineEnd);
    const QString path = writeInput(input);
    input.clear();

    const ReadResult result = readAll(path);
    if (error.isEmpty()) {
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records[1].value(0).size(), valueBytes + 2);
    } else {
        QCOMPARE(result.error, m_dir.path() + QLatin1Char('/') + error);
    }
}

// Inputs far past the limits, generated into a file: the clear error comes, and memory stays
// bounded; the largest inputs within the limits still read.
void TestJsonLinesReader::limits_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("fill"); // repeated count times after the head
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("error");  // after the file's directory; empty: it reads
    QTest::addColumn<int>("lastFields"); // when it reads: the last record's fields

    const QString tooLong = QStringLiteral(
        "input.jsonl:2:1: the record is longer than 64 MiB; is the file JSON Lines (one object "
        "per line)?");
    QTest::newRow("a line of 200 MiB without a line end")
        << QByteArray("{\"a\":1}\n{\"a\":\"") << QByteArray("x") << LargeInputBytes << QByteArray()
        << false << tooLong << 0;
    QTest::newRow("gzip data inflating to a line of 200 MiB")
        << QByteArray("{\"a\":1}\n{\"a\":\"") << QByteArray("x") << LargeInputBytes
        << QByteArray("\"}\n") << true << tooLong << 0;

    // {"a":[0,0,...]}: the array is one value, each element one more.
    const auto most = qint64(JsonLinesReader::MaxFields);
    const QString tooMany =
        QStringLiteral("input.jsonl:1:%1: expected at most 65536 values in the record, found more");
    QTest::newRow("one value more than the most")
        << QByteArray("{\"a\":[") << QByteArray("0,") << most - 1 << QByteArray("0]}\n") << false
        << tooMany.arg(7 + 2 * (most - 1)) << 0;
    QTest::newRow("the most values") << QByteArray("{\"a\":[") << QByteArray("0,") << most - 2
                                     << QByteArray("0]}\n") << false << QString() << int(most - 1);
    // Empty arrays give no field, but hold memory all the same.
    QTest::newRow("empty arrays count as values")
        << QByteArray("{\"a\":[") << QByteArray("[],") << most << QByteArray("[]]}\n") << false
        << tooMany.arg(7 + 3 * (most - 1)) << 0;

    // A key of 1 MiB over an array: each element's path repeats it, and 64 of them are too
    // many.
    const qint64 key = qint64(1) << 20;
    qint64 paths = 0;
    qint64 element = 0;
    for (;; ++element) {
        paths += key + 1 + QByteArray::number(element).size();
        if (paths > qint64(JsonLinesReader::MaxRecordBytes))
            break;
    }
    QTest::newRow("a long key over many values")
        << "{\"" + QByteArray(key, 'k') + "\":[" << QByteArray("0,") << qint64(99)
        << QByteArray("0]}\n") << false
        << QStringLiteral("input.jsonl:1:%1: expected at most 64 MiB of field names (dotted "
                          "paths) in the record, found more")
               .arg(6 + key + 2 * element)
        << 0;
}

void TestJsonLinesReader::limits()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, fill);
    QFETCH(qint64, count);
    QFETCH(QByteArray, tail);
    QFETCH(bool, gzip);
    QFETCH(QString, error);
    QFETCH(int, lastFields);

    const QString path = m_dir.filePath(QStringLiteral("input.jsonl"));
    QVERIFY(test::writeLargeFile(path, {{head}, {fill, count}, {tail}}, gzip));
    test::resetPeakMemory();
    const qint64 before = test::peakMemoryMiB();
    const ReadResult result = readAll(path);
    const qint64 peak = test::peakMemoryMiB();
    QFile::remove(path);
    if (error.isEmpty()) {
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.last().size(), lastFields);
    } else {
        QCOMPARE(result.error, m_dir.path() + QLatin1Char('/') + error);
    }
    QVERIFY2(peak - before < MaxPeakGrowthMiB + test::SanitizerSlackMiB,
             qPrintable(QStringLiteral("%1 MiB more at the peak").arg(peak - before)));
}

void TestJsonLinesReader::manyExtraFields_data()
{
    QTest::addColumn<int>("keys");

    QTest::newRow("40: past a short list") << 40;
    // Looked up one by one in a list, these would take seconds. (With "a" and the five
    // repeats, the record holds the most values.)
    QTest::newRow("65530") << 65530;
}

// Keys first met after the records that make the columns are extra fields: a repeated key
// keeps its place with the last value, a null removes it, a value after the null comes last.
void TestJsonLinesReader::manyExtraFields()
{
    QFETCH(int, keys);

    QByteArray input;
    for (int record = 0; record < JsonLinesReader::ColumnRecords; ++record)
        input += "{\"a\":1}\n";
    QByteArray late = "{\"a\":2";
    QStringList expected{QStringLiteral("a=2 (integer)")};
    for (int key = 0; key < keys; ++key) {
        late += ",\"k" + QByteArray::number(key) + "\":" + QByteArray::number(key);
        if (key != 7)
            expected.append(QStringLiteral("+k%1=%1 (integer)").arg(key));
    }
    late += ",\"k5\":\"again\",\"k7\":null,\"k6\":null,\"k6\":null,\"k7\":\"back\"}\n";
    expected.replace(6, QStringLiteral("+k5=again"));
    expected.removeAt(7);
    expected.append(QStringLiteral("+k7=back"));
    const QString path = writeInput(input + late);

    QElapsedTimer timer;
    timer.start();
    JsonLinesReader reader(path);
    reader.open();
    for (int record = 0; record < JsonLinesReader::ColumnRecords; ++record)
        QVERIFY(reader.next());
    QVERIFY(reader.next());
    QCOMPARE(describe(reader), expected);
    QVERIFY(!reader.next());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestJsonLinesReader::openFailure()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.jsonl"));
    const ReadResult result = readAll(path);
    QCOMPARE(result.error,
             path + QStringLiteral(": cannot open the file: No such file or directory"));
    QVERIFY(!JsonLinesReader::looksLikeJsonLines(path));
}

// ---------------------------------------------------------------------------------------

void TestJsonLinesReader::gzipped_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("records")
        << QByteArray("{\"type\":\"page\",\"name\":\"Home\"}\r\n\n{\"id\":9007199254740993}\n")
        << rec({{"type=page", "name=Home", "event=Page: Home"}, {"id=9007199254740993 (integer)"}})
        << Lines{1, 3};
    QTest::newRow("BOM inside") << bytes("\xEF\xBB\xBF{\"a\":\"x\"}\n", 13) << rec({{"a=x"}})
                                << Lines{1};
    QByteArray many;
    Records manyRecords;
    Lines manyLines;
    for (int i = 1; i <= 3000; ++i) {
        many +=
            "{\"n\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(i % 97, 'p') + "\"}\n";
        QStringList fields{QStringLiteral("n=%1 (integer)").arg(i)};
        if (i % 97)
            fields.append(QStringLiteral("pad=") + QString(i % 97, QLatin1Char('p')));
        manyRecords.append(fields);
        manyLines.append(i);
    }
    QTest::newRow("more than one inflated block") << many << manyRecords << manyLines;
}

void TestJsonLinesReader::gzipped()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    const QString path = writeGzip(input);
    QVERIFY(!path.isEmpty());
    QVERIFY(test::readFile(path).startsWith("\x1f\x8b"));
    for (const std::size_t bufferBytes : {JsonLinesReader::DefaultBufferBytes, std::size_t(7)}) {
        const ReadResult result = readAll(path, bufferBytes);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, records);
        QCOMPARE(result.lines, lines);
    }
    QVERIFY(JsonLinesReader::looksLikeJsonLines(path));
}

void TestJsonLinesReader::hashSinkAndProgress_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<Lines>(
        "progress"); // bytesRead() after open() and each record; empty: not checked

    // BOM 3 bytes, then lines of 11, 1, 11 and 7 bytes.
    const QByteArray records = "\xEF\xBB\xBF{\"a\":\"x\"}\r\n\n{\"a\":\"y\"}\r\n{\"b\":1}";
    QTest::newRow("plain") << records << false << Lines{3, 14, 26, 33};
    QTest::newRow("gzip: the compressed bytes") << records << true << Lines{};
    QByteArray many;
    for (int i = 0; i < 1500; ++i)
        many += "{\"i\":" + QByteArray::number(i) + "}\n";
    QTest::newRow("more than the records read ahead") << many << false << Lines{};
}

void TestJsonLinesReader::hashSinkAndProgress()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, compressed);
    QFETCH(Lines, progress);

    const QString path = compressed ? writeGzip(input) : writeInput(input);
    QVERIFY(!path.isEmpty());
    const QByteArray file = test::readFile(path);
    Sha256 sink;
    JsonLinesReader reader(path, 16);
    reader.setHashSink(&sink);
    reader.open();
    QCOMPARE(reader.fileSize(), file.size());
    Lines seen{reader.bytesRead()};
    while (reader.next()) {
        QVERIFY(reader.bytesRead() >= seen.last());
        seen.append(reader.bytesRead());
    }
    QCOMPARE(reader.bytesRead(), file.size());
    if (!progress.isEmpty())
        QCOMPARE(seen, progress);
    // Once, although open() reads the first records twice.
    QCOMPARE(Sha256::toHex(sink.result()), Sha256::toHex(Sha256::hash(file)));
}

void TestJsonLinesReader::looksLikeJsonLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");

    QTest::newRow("one object a line") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << true;
    QTest::newRow("a single record without line end") << QByteArray("{\"a\":[1,{}]}") << true;
    QTest::newRow("BOM and blank lines first")
        << bytes("\xEF\xBB\xBF\r\n\n{\"a\":1}\r\n", 16) << true;
    QTest::newRow("a bad later line does not matter") << QByteArray("{\"a\":1}\n{oops\n") << true;
    QTest::newRow("first line not an object") << QByteArray("{\"a\":}\n") << false;
    QTest::newRow("pretty-printed JSON") << QByteArray("{\n  \"a\": 1\n}\n") << false;
    QTest::newRow("JSON array") << QByteArray("[{\"a\":1}]\n") << false;
    QTest::newRow("indented object") << QByteArray("  {\"a\":1}\n") << false;
    QTest::newRow("CSV") << QByteArray("a,b\n1,2\n") << false;
    QTest::newRow("XES") << QByteArray("<?xml version=\"1.0\"?>\n<log/>\n") << false;
    QTest::newRow("empty file") << QByteArray() << false;
    QTest::newRow("only blank lines") << QByteArray("\n\n") << false;
    QTest::newRow("Latin-1 in the first line") << QByteArray("{\"a\":\"\xE9\"}\n") << false;
    QTest::newRow("UTF-16") << bytes("\xFF\xFE{\0}\0", 6) << false;
}

void TestJsonLinesReader::looksLikeJsonLines()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);

    QCOMPARE(JsonLinesReader::looksLikeJsonLines(writeInput(input)), expected);
}

QTEST_GUILESS_MAIN(TestJsonLinesReader)
#include "tst_jsonlinesreader.moc"
