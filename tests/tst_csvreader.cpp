#include "core/base/error.h"
#include "core/base/sha256.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/whitespacetablereader.h"
#include "tests/support/largeinput.h"
#include "tests/support/testsupport.h"

#include <initializer_list>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;

namespace {

using Records = QList<QStringList>;
using Lines = QList<qint64>;

Records rec(std::initializer_list<std::initializer_list<const char*>> rows)
{
    Records records;
    for (const auto& row : rows) {
        QStringList fields;
        for (const char* field : row)
            fields.append(QString::fromUtf8(field));
        records.append(fields);
    }
    return records;
}

// Literals with NUL bytes or hex escapes need their length spelled out.
QByteArray bytes(const char* data, qsizetype size)
{
    return QByteArray(data, size);
}

struct ReadResult
{
    Records records;
    Lines lines;
    char delimiter = 0;
    QString error;
};

ReadResult readAll(const QString& path, char delimiter,
                   std::size_t bufferBytes = CsvReader::DefaultBufferBytes)
{
    ReadResult result;
    try {
        CsvReader reader(path, delimiter, bufferBytes);
        reader.open();
        result.delimiter = reader.delimiter();
        while (reader.next()) {
            QStringList fields;
            for (const std::string_view field : reader.fields())
                fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
            result.records.append(fields);
            result.lines.append(reader.line());
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

// The fields of the last record, or the error, of a blank-separated table.
QString readTable(const QString& path, qsizetype* lastFields)
{
    try {
        WhitespaceTableReader reader(path);
        reader.open();
        while (reader.next())
            *lastFields = qsizetype(reader.fields().size());
    } catch (const Error& error) {
        return error.toString();
    }
    return QString();
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readRecords_data();
    void readRecords();
    void readRecordsInTinyBuffers_data() { readRecords_data(); }
    void readRecordsInTinyBuffers();

    void errors_data();
    void errors();
    void openFailures_data();
    void openFailures();
    void recordLimit_data();
    void recordLimit();
    void limits_data();
    void limits();
    void tableLimits_data();
    void tableLimits();
    void readTables_data();
    void readTables();

    void sniffDelimiter_data();
    void sniffDelimiter();
    void sniffOnOpen_data();
    void sniffOnOpen();

    void fieldLocation_data();
    void fieldLocation();
    void bytesRead();
    void doubledQuoteViewsStayValid();
    void hashSinkSeesWholeFile_data();
    void hashSinkSeesWholeFile();

private:
    QString writeInput(const QByteArray& content);

    QTemporaryDir m_dir;
};

void TestCsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCsvReader::writeInput(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("input.csv"));
    test::writeFile(path, content);
    return path;
}

void TestCsvReader::readRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << ',' << rec({{"a", "b"}, {"c", "d"}})
                        << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << ',' << rec({{"a", "b"}, {"c", "d"}})
                          << Lines{1, 2};
    QTest::newRow("lone CR") << QByteArray("a,b\rc,d\r") << ',' << rec({{"a", "b"}, {"c", "d"}})
                             << Lines{1, 2};
    QTest::newRow("mixed line ends")
        << QByteArray("a\r\nb\nc\rd\n\re") << ',' << rec({{"a"}, {"b"}, {"c"}, {"d"}, {"e"}})
        << Lines{1, 2, 3, 4, 6};
    QTest::newRow("last line without line end")
        << QByteArray("a,b\nc,d") << ',' << rec({{"a", "b"}, {"c", "d"}}) << Lines{1, 2};
    QTest::newRow("UTF-8 BOM") << bytes("\xEF\xBB\xBF"
                                        "a,b\nc,d\n",
                                        11)
                               << ',' << rec({{"a", "b"}, {"c", "d"}}) << Lines{1, 2};
    QTest::newRow("UTF-8 BOM then quoted field") << bytes("\xEF\xBB\xBF"
                                                          "\"a\",b\n",
                                                          9)
                                                 << ',' << rec({{"a", "b"}}) << Lines{1};
    QTest::newRow("only a BOM") << bytes("\xEF\xBB\xBF", 3) << ',' << rec({}) << Lines{};
    QTest::newRow("empty file") << QByteArray() << ',' << rec({}) << Lines{};
    QTest::newRow("quoted fields") << QByteArray("\"a\",\"b c\"\n\"\",d\n") << ','
                                   << rec({{"a", "b c"}, {"", "d"}}) << Lines{1, 2};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",x\n\"\"\"\"\n\"a\"\"\"\n") << ','
        << rec({{"say \"hi\"", "x"}, {"\""}, {"a\""}}) << Lines{1, 2, 3};
    QTest::newRow("several doubled-quote fields in one record")
        << QByteArray("\"a\"\"b\",c,\"d\"\"\"\"e\"\n") << ',' << rec({{"a\"b", "c", "d\"\"e"}})
        << Lines{1};
    QTest::newRow("delimiter inside quotes")
        << QByteArray("\"a,b\",c\n") << ',' << rec({{"a,b", "c"}}) << Lines{1};
    QTest::newRow("LF inside quotes") << QByteArray("\"a\nb\",c\nd,e\n") << ','
                                      << rec({{"a\nb", "c"}, {"d", "e"}}) << Lines{1, 3};
    QTest::newRow("CRLF inside quotes") << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << ','
                                        << rec({{"a\r\nb", "c"}, {"d", "e"}}) << Lines{1, 3};
    QTest::newRow("lone CR inside quotes")
        << QByteArray("\"a\rb\r\",c\rd\r") << ',' << rec({{"a\rb\r", "c"}, {"d"}}) << Lines{1, 4};
    QTest::newRow("only a line break inside quotes")
        << QByteArray("\"\n\"\nx\n") << ',' << rec({{"\n"}, {"x"}}) << Lines{1, 3};
    QTest::newRow("quoted field at the end of the file")
        << QByteArray("a,\"b\"") << ',' << rec({{"a", "b"}}) << Lines{1};
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("5\" screen,a\"\"b,c\"\n") << ',' << rec({{"5\" screen", "a\"\"b", "c\""}})
        << Lines{1};
    QTest::newRow("blank lines skipped but counted")
        << QByteArray("\n\na\n\r\n\rb\n\n") << ',' << rec({{"a"}, {"b"}}) << Lines{3, 6};
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\r") << ',' << rec({}) << Lines{};
    QTest::newRow("empty fields") << QByteArray(",,\na,\n,b\n,\n") << ','
                                  << rec({{"", "", ""}, {"a", ""}, {"", "b"}, {"", ""}})
                                  << Lines{1, 2, 3, 4};
    QTest::newRow("whitespace kept")
        << QByteArray(" a , b \n \n") << ',' << rec({{" a ", " b "}, {" "}}) << Lines{1, 2};
    QTest::newRow("ragged records") << QByteArray("a\nb,c,d\ne,f\n") << ','
                                    << rec({{"a"}, {"b", "c", "d"}, {"e", "f"}}) << Lines{1, 2, 3};
    QTest::newRow("multibyte UTF-8")
        << QByteArray("Zoë,東京,😀\n\"Ünïcödé, ja\",x\n") << ','
        << rec({{"Zoë", "東京", "😀"}, {"Ünïcödé, ja", "x"}}) << Lines{1, 2};
    QTest::newRow("semicolon") << QByteArray("a;b,c;\"d;e\"\n") << ';' << rec({{"a", "b,c", "d;e"}})
                               << Lines{1};
    QTest::newRow("tab") << QByteArray("a\tb c\t\"d\te\"\n") << '\t' << rec({{"a", "b c", "d\te"}})
                         << Lines{1};
    QTest::newRow("pipe") << QByteArray("a|b,c|\"d|e\"\n") << '|' << rec({{"a", "b,c", "d|e"}})
                          << Lines{1};
    QTest::newRow("sniffed semicolon")
        << QByteArray("name;city\n\"Doe, Jane\";\"Berlin, Mitte\"\n") << char(0)
        << rec({{"name", "city"}, {"Doe, Jane", "Berlin, Mitte"}}) << Lines{1, 2};
    QTest::newRow("sniffed tab after BOM")
        << bytes("\xEF\xBB\xBF"
                 "a\tb\n1\t2",
                 10)
        << char(0) << rec({{"a", "b"}, {"1", "2"}}) << Lines{1, 2};
    QTest::newRow("many fields") << QByteArray("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17\nx\n")
                                 << ','
                                 << rec({{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
                                          "12", "13", "14", "15", "16", "17"},
                                         {"x"}})
                                 << Lines{1, 2};
}

void TestCsvReader::readRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    const ReadResult result = readAll(writeInput(input), delimiter);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
}

void TestCsvReader::readRecordsInTinyBuffers()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);

    const QString path = writeInput(input);
    const ReadResult expected = readAll(path, delimiter);
    QCOMPARE(expected.error, QString());
    for (const std::size_t size : tinyBufferSizes) {
        const ReadResult result = readAll(path, delimiter, size);
        const QByteArray where = "buffer of " + QByteArray::number(qulonglong(size)) + " bytes";
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.delimiter == expected.delimiter, where.constData());
        QVERIFY2(result.records == expected.records, where.constData());
        QVERIFY2(result.lines == expected.lines, where.constData());
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("expected"); // %1 is the file's path

    const QString unterminated = QStringLiteral(
        "%1:%2: expected a closing quote for the field that starts here before the end of the "
        "file");
    const QString afterQuote = QStringLiteral(
        "%1:%2: expected a delimiter or the end of the line after the closing quote, found '%3'");
    const auto encoding = [](const char* name) {
        return QStringLiteral("%1: the file is encoded as %2 (it starts with a %2 byte-order "
                              "mark); save it as UTF-8 and try again")
            .arg(QStringLiteral("%1"), QLatin1String(name));
    };

    QTest::newRow("unterminated quote at line start")
        << QByteArray("a,b\n\"c,d\ne\n") << ',' << unterminated.arg(QStringLiteral("%1"), u"2:1");
    QTest::newRow("unterminated quote after multibyte characters")
        << QByteArray("x\né€,\"abc") << ',' << unterminated.arg(QStringLiteral("%1"), u"2:4");
    QTest::newRow("unterminated quote after a multi-line field")
        << QByteArray("\"a\nb\",\"c\nd") << ',' << unterminated.arg(QStringLiteral("%1"), u"2:4");
    QTest::newRow("unterminated quote after blank lines and CRLF")
        << QByteArray("a\r\n\r\n\r\n;\"b\r\n") << ';'
        << unterminated.arg(QStringLiteral("%1"), u"4:2");
    QTest::newRow("letter after closing quote")
        << QByteArray("\"a\"b,c\n") << ',' << afterQuote.arg(QStringLiteral("%1"), u"1:4", u"b");
    QTest::newRow("space after closing quote")
        << QByteArray("x\n\"a\" ,c\n") << ',' << afterQuote.arg(QStringLiteral("%1"), u"2:4", u" ");
    QTest::newRow("multibyte character after closing quote")
        << QByteArray("ü,\"a\"é\n") << ',' << afterQuote.arg(QStringLiteral("%1"), u"1:6", u"é");
    QTest::newRow("other delimiter after closing quote")
        << QByteArray("\"a\";b\n") << ',' << afterQuote.arg(QStringLiteral("%1"), u"1:4", u";");
    QTest::newRow("text after a multi-line quoted field")
        << QByteArray("x,\"a\r\nb\"c\n") << ','
        << afterQuote.arg(QStringLiteral("%1"), u"2:3", u"c");
    QTest::newRow("UTF-16 LE") << bytes("\xFF\xFE"
                                        "a\0,\0b\0",
                                        8)
                               << ',' << encoding("UTF-16");
    QTest::newRow("UTF-16 BE") << bytes("\xFE\xFF"
                                        "\0a\0,\0b",
                                        8)
                               << ',' << encoding("UTF-16");
    QTest::newRow("UTF-32 LE") << bytes("\xFF\xFE\0\0"
                                        "a\0\0\0",
                                        8)
                               << ',' << encoding("UTF-32");
    QTest::newRow("UTF-32 BE") << bytes("\0\0\xFE\xFF"
                                        "\0\0\0a",
                                        8)
                               << ',' << encoding("UTF-32");
    QTest::newRow("UTF-16 LE, sniffing") << bytes("\xFF\xFE"
                                                  "a\0",
                                                  4)
                                         << char(0) << encoding("UTF-16");
    QTest::newRow("quote as delimiter")
        << QByteArray("a\"b\n") << '"'
        << QStringLiteral("%1: the delimiter cannot be a quote or a line break");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QString, expected);

    const QString path = writeInput(input);
    expected = expected.arg(path);
    QCOMPARE(readAll(path, delimiter).error, expected);
    for (const std::size_t size : tinyBufferSizes) {
        const QString error = readAll(path, delimiter, size).error;
        QVERIFY2(error == expected,
                 qPrintable(QStringLiteral("buffer of %1 bytes: %2").arg(size).arg(error)));
    }
}

void TestCsvReader::openFailures_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("missing file") << QStringLiteral("no-such-file.csv");
    QTest::newRow("directory") << QStringLiteral("a-directory");
}

void TestCsvReader::openFailures()
{
    QFETCH(QString, name);

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-directory")));
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(!file.open(QIODevice::ReadOnly));
    QVERIFY(!file.errorString().isEmpty());
    QCOMPARE(readAll(path, ',').error,
             QStringLiteral("%1: cannot open the file: %2").arg(path, file.errorString()));
}

void TestCsvReader::recordLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // error, or empty when the file reads

    const qsizetype max = qsizetype(CsvReader::MaxRecordBytes);
    QTest::newRow("one byte too long")
        << QByteArray("a\n") + QByteArray(max + 1, 'x') + QByteArray("\nb\n")
        << QStringLiteral("%1:2:1: the record is longer than 64 MiB; is a closing quote missing?");
    QTest::newRow("quoted field of exactly the maximum")
        << QByteArray("a\n\"") + QByteArray(max - 2, 'x') + QByteArray("\"\nb\n") << QString();
}

void TestCsvReader::recordLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    const QString path = writeInput(input);
    input.clear();
    if (expected.isEmpty()) {
        CsvReader reader(path, ',');
        reader.open();
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QCOMPARE(reader.fields().size(), std::size_t(1));
        QCOMPARE(reader.fields()[0].size(), CsvReader::MaxRecordBytes - 2);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), qint64(3));
        QVERIFY(!reader.next());
    } else {
        QCOMPARE(readAll(path, ',').error, expected.arg(path));
    }
}

// Inputs far past the limits, generated into a file: the clear error comes, and memory stays
// bounded; the largest inputs within the limits still read.
void TestCsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("fill"); // repeated count times after the head
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("expected"); // %1 is the file; empty: it reads
    QTest::addColumn<int>("lastFields");   // when it reads: the last record's fields

    const QString tooLong =
        QStringLiteral("%1:%2: the record is longer than 64 MiB; is a closing quote missing?");
    const QString tooMany =
        QStringLiteral("%1:%2: expected at most 65536 fields in a record, found more");
    const auto most = qint64(CsvReader::MaxFields);
    QTest::newRow("a line of 200 MiB without a line end")
        << QByteArray("a,b\n1,") << QByteArray("x") << LargeInputBytes << QByteArray()
        << tooLong.arg(u"%1", u"2:3") << 0;
    // The field that opened the quote is named, not where the reader gave up.
    QTest::newRow("a quoted field to the end of 200 MiB")
        << QByteArray("a,b\n1,\"") << QByteArray("x") << LargeInputBytes << QByteArray()
        << tooLong.arg(u"%1", u"2:3") << 0;
    QTest::newRow("a quoted field of 25 Mi lines")
        << QByteArray("a\n\"") << QByteArray("xxxxxx\r\n") << LargeInputBytes / 8 << QByteArray()
        << tooLong.arg(u"%1", u"2:1") << 0;
    QTest::newRow("a quoted field of doubled quotes")
        << QByteArray("a\n\"") << QByteArray("xxxxxx\"\"") << LargeInputBytes / 8
        << QByteArray("\"\n") << tooLong.arg(u"%1", u"2:1") << 0;
    QTest::newRow("one field more than the most")
        << QByteArray() << QByteArray(",") << most << QByteArray("\n")
        << tooMany.arg(u"%1", u"1:65537") << 0;
    QTest::newRow("one field more than the most, after the header")
        << QByteArray("a\nx") << QByteArray(",xy") << most << QByteArray()
        << tooMany.arg(QStringLiteral("%1"), QStringLiteral("2:%1").arg(3 * most)) << 0;
    QTest::newRow("the most fields") << QByteArray("a\n") << QByteArray(",") << most - 1
                                     << QByteArray("\n") << QString() << int(most);
}

void TestCsvReader::limits()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, fill);
    QFETCH(qint64, count);
    QFETCH(QByteArray, tail);
    QFETCH(QString, expected);
    QFETCH(int, lastFields);

    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(test::writeLargeFile(path, {{head}, {fill, count}, {tail}}));
    test::resetPeakMemory();
    const qint64 before = test::peakMemoryMiB();
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readAll(path, ',');
    const qint64 peak = test::peakMemoryMiB();
    QFile::remove(path);
    if (expected.isEmpty()) {
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.last().size(), lastFields);
    } else {
        QCOMPARE(result.error, expected.arg(path));
    }
    QVERIFY2(peak - before < MaxPeakGrowthMiB + test::SanitizerSlackMiB,
             qPrintable(QStringLiteral("%1 MiB more at the peak").arg(peak - before)));
    qInfo("read in %lld ms, %lld MiB more at the peak", timer.elapsed(), peak - before);
}

// The blank-separated table reader keeps the same limits.
void TestCsvReader::tableLimits_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("fill");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected"); // %1 is the file; empty: it reads
    QTest::addColumn<int>("lastFields");

    const auto most = qint64(CsvReader::MaxFields);
    QTest::newRow("a line of 200 MiB")
        << QByteArray("id date\n1 ") << QByteArray("x") << LargeInputBytes
        << QStringLiteral("%1:2:1: the line is longer than 64 MiB") << 0;
    QTest::newRow("one field more than the most")
        << QByteArray("id date\n") << QByteArray(" x") << most + 1
        << QStringLiteral("%1:2:%2: expected at most 65536 fields in a line, found more")
               .arg(QStringLiteral("%1"), QString::number(2 * most + 2))
        << 0;
    QTest::newRow("the most fields")
        << QByteArray("id date\n") << QByteArray("x ") << most << QString() << int(most);
}

void TestCsvReader::tableLimits()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, fill);
    QFETCH(qint64, count);
    QFETCH(QString, expected);
    QFETCH(int, lastFields);

    const QString path = m_dir.filePath(QStringLiteral("large.txt"));
    QVERIFY(test::writeLargeFile(path, {{head}, {fill, count}, {QByteArray("\n")}}));
    test::resetPeakMemory();
    const qint64 before = test::peakMemoryMiB();
    qsizetype fields = 0;
    const QString error = readTable(path, &fields);
    const qint64 peak = test::peakMemoryMiB();
    QFile::remove(path);
    QCOMPARE(error, expected.isEmpty() ? QString() : expected.arg(path));
    if (expected.isEmpty())
        QCOMPARE(fields, qsizetype(lastFields));
    QVERIFY2(peak - before < MaxPeakGrowthMiB + test::SanitizerSlackMiB,
             qPrintable(QStringLiteral("%1 MiB more at the peak").arg(peak - before)));
}

void TestCsvReader::readTables_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("lastFields");

    // Found by fuzz_csvreader: a blank line after a record made the reader look for the next
    // line end where it had found the last one, for ever.
    QTest::newRow("blank line at the end")
        << QByteArray("23456\tbe\tome 00004 0.123456\tbe\tom.96\n\n") << 1 << 7;
    QTest::newRow("blank lines between, CRLF")
        << QByteArray("id date\r\n\r\n1 x\r\n  \r\n\n2 y z\r\n") << 2 << 3;
}

void TestCsvReader::readTables()
{
    QFETCH(QByteArray, input);
    QFETCH(int, records);
    QFETCH(int, lastFields);

    WhitespaceTableReader reader(writeInput(input));
    reader.open();
    int read = 0;
    int fields = 0;
    while (reader.next()) {
        ++read;
        fields = int(reader.fields().size());
    }
    QCOMPARE(read, records);
    QCOMPARE(fields, lastFields);
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("expected");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with commas inside quotes")
        << QByteArray("\"Doe, Jane\";\"Berlin, Mitte\"\n\"Roe, Rick\";\"Paris, Centre\"\n") << ';';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
    QTest::newRow("single column") << QByteArray("name\nAlice\nBob\n") << ',';
    QTest::newRow("empty") << QByteArray() << ',';
    QTest::newRow("CRLF and blank lines") << QByteArray("a;b\r\n\r\nc;d\r\n") << ';';
    QTest::newRow("more lines beat more fields") << QByteArray("a;b;c;d\n1,2\n3,4\n") << ',';
    QTest::newRow("more fields break a tie in lines") << QByteArray("a,b;c;d\n") << ';';
    QTest::newRow("comma first in a full tie") << QByteArray("a,b;c\n") << ',';
    QTest::newRow("semicolon before tab in a full tie") << QByteArray("a\tb;c\n") << ';';
    QTest::newRow("incomplete last line ignored") << QByteArray("a;b\nc,d,e,f,g") << ';';
    QTest::newRow("line breaks inside quotes")
        << QByteArray("\"a|b|c|d\n1|2|3|4\n5|6|7|8\",x\n1,2\n") << ',';
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, expected);

    QCOMPARE(
        CsvReader::sniffDelimiter(std::string_view(sample.constData(), std::size_t(sample.size()))),
        expected);
}

void TestCsvReader::sniffOnOpen_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("expected");

    QTest::newRow("whole file without line end") << QByteArray("a;b;c") << ';';
    QTest::newRow("after a BOM") << bytes("\xEF\xBB\xBF"
                                          "a|b\n",
                                          7)
                                 << '|';
    QTest::newRow("empty file") << QByteArray() << ',';
    // Past 64 KiB the tab lines do not count; the first, complete lines use ';'.
    QByteArray longFile;
    while (longFile.size() < 70000)
        longFile += "a;b;c\n";
    for (int i = 0; i < 20000; ++i)
        longFile += "1\t2\t3\t4\n";
    QTest::newRow("only the first 64 KiB") << longFile << ';';
}

void TestCsvReader::sniffOnOpen()
{
    QFETCH(QByteArray, input);
    QFETCH(char, expected);

    const QString path = writeInput(input);
    QCOMPARE(readAll(path, 0).delimiter, expected);
    QCOMPARE(readAll(path, 0, 3).delimiter, expected);
}

void TestCsvReader::fieldLocation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("record"); // 0-based
    QTest::addColumn<int>("field");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    QTest::newRow("first field") << QByteArray("a,b\n") << 0 << 0 << qint64(1) << qint64(1);
    QTest::newRow("after two-byte characters")
        << QByteArray("äöü,x\n") << 0 << 1 << qint64(1) << qint64(5);
    QTest::newRow("after three- and four-byte characters")
        << QByteArray("東京,😀,x\n") << 0 << 2 << qint64(1) << qint64(6);
    QTest::newRow("after a BOM") << bytes("\xEF\xBB\xBF"
                                          "ab,x\n",
                                          8)
                                 << 0 << 1 << qint64(1) << qint64(4);
    QTest::newRow("quoted field") << QByteArray("a,\"b\"\n") << 0 << 1 << qint64(1) << qint64(3);
    QTest::newRow("after a multi-line quoted field")
        << QByteArray("\"a\nbé\",ü,x\n") << 0 << 2 << qint64(2) << qint64(7);
    QTest::newRow("after CRLF and lone CR inside quotes")
        << QByteArray("\"a\r\nb\rc\",x\n") << 0 << 1 << qint64(3) << qint64(4);
    QTest::newRow("next record after a multi-line field")
        << QByteArray("\"a\nb\"\n\nc,d\n") << 1 << 1 << qint64(4) << qint64(3);
    QTest::newRow("field after doubled quotes")
        << QByteArray("\"a\"\"b\",x\n") << 0 << 1 << qint64(1) << qint64(8);
}

void TestCsvReader::fieldLocation()
{
    QFETCH(QByteArray, input);
    QFETCH(int, record);
    QFETCH(int, field);
    QFETCH(qint64, line);
    QFETCH(qint64, column);

    const QString path = writeInput(input);
    for (const std::size_t size : {CsvReader::DefaultBufferBytes, std::size_t(1), std::size_t(5)}) {
        CsvReader reader(path, ',', size);
        reader.open();
        for (int i = 0; i <= record; ++i)
            QVERIFY(reader.next());
        const Location location = reader.fieldLocation(field);
        QCOMPARE(location.file, path);
        QCOMPARE(location.line, line);
        QCOMPARE(location.column, column);
    }
}

void TestCsvReader::bytesRead()
{
    const QByteArray input = "\xEF\xBB\xBF"
                             "a,b\r\n\n\"c\nd\"\n\ne";
    const QString path = writeInput(input);
    CsvReader reader(path, ',');
    reader.open();
    QCOMPARE(reader.fileSize(), qint64(input.size()));
    QCOMPARE(reader.bytesRead(), qint64(3)); // the BOM
    QVERIFY(reader.next());
    QCOMPARE(reader.bytesRead(), qint64(8));
    QVERIFY(reader.next());
    QCOMPARE(reader.bytesRead(), qint64(15));
    QVERIFY(reader.next());
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
    QVERIFY(!reader.next());
    QCOMPARE(reader.bytesRead(), qint64(input.size()));

    // With a tiny buffer the count only grows and ends at the file's size.
    CsvReader tiny(path, ',', 2);
    tiny.open();
    qint64 previous = tiny.bytesRead();
    while (tiny.next()) {
        QVERIFY(tiny.bytesRead() >= previous);
        QVERIFY(tiny.bytesRead() <= input.size());
        previous = tiny.bytesRead();
    }
    QCOMPARE(tiny.bytesRead(), qint64(input.size()));
}

void TestCsvReader::doubledQuoteViewsStayValid()
{
    // Many long undoubled fields in one record make the copy storage grow several times;
    // every view must still show its own text.
    QByteArray input;
    QStringList expected;
    for (int i = 0; i < 50; ++i) {
        const QByteArray text = QByteArray(i * 37, char('a' + i % 26));
        input += (i ? "," : "") + ("\"" + text + "\"\"" + QByteArray::number(i) + "\"");
        expected.append(QString::fromLatin1(text + "\"" + QByteArray::number(i)));
    }
    input += "\n";
    const ReadResult result = readAll(writeInput(input), ',');
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, Records{expected});
}

void TestCsvReader::hashSinkSeesWholeFile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("bufferBytes");

    QByteArray big;
    for (int i = 0; i < 60000; ++i)
        big += "user" + QByteArray::number(i) + ",\"page\n" + QByteArray::number(i % 7) + "\"\r\n";
    big += "\n\n";
    const QByteArray bom = "\xEF\xBB\xBF"
                           "a,b\n\nc";
    QTest::newRow("BOM and no line end") << bom << ',' << int(CsvReader::DefaultBufferBytes);
    QTest::newRow("BOM, tiny buffer, sniffed") << bom << char(0) << 1;
    QTest::newRow("over 1 MiB, trailing blank lines")
        << big << ',' << int(CsvReader::DefaultBufferBytes);
    QTest::newRow("over 1 MiB, sniffed, small buffer") << big << char(0) << 1000;
    QTest::newRow("empty") << QByteArray() << char(0) << int(CsvReader::DefaultBufferBytes);
}

void TestCsvReader::hashSinkSeesWholeFile()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(int, bufferBytes);

    const QString path = writeInput(input);
    Sha256 sink;
    CsvReader reader(path, delimiter, std::size_t(bufferBytes));
    reader.setHashSink(&sink);
    reader.open();
    while (reader.next()) {
    }
    const Sha256::Digest digest = sink.result();
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size())),
             QCryptographicHash::hash(input, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
