#include "core/ingest/timestampparser.h"

#include <QDateTime>
#include <QTest>
#include <string>
#include <vector>

using namespace journeyscope;

namespace {

// Expected values come from QDateTime, never from the parser under test.
qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

qint64 withOffset(int offsetMinutes, int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::OffsetFromUTC, offsetMinutes * 60)
        .toMSecsSinceEpoch();
}

TimestampFormat format(const QString& spec)
{
    QString error;
    const std::optional<TimestampFormat> parsed = TimestampFormat::fromSpec(spec, &error);
    if (!parsed)
        qFatal("bad spec in test data: %s", qPrintable(error));
    return *parsed;
}

std::optional<qint64> parseWith(const QString& spec, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return format(spec).parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

// Rows for the valid-value tests: spec, text, expected milliseconds.
void addValid(const char* name, const char* spec, const char* text, qint64 expected)
{
    QTest::newRow(name) << QString::fromUtf8(spec) << QString::fromUtf8(text) << expected;
}

void addInvalid(const char* name, const char* spec, const char* text)
{
    QTest::newRow(name) << QString::fromUtf8(spec) << QString::fromUtf8(text);
}

QStringList strings(std::initializer_list<const char*> values)
{
    QStringList list;
    for (const char* value : values)
        list.append(QString::fromUtf8(value));
    return list;
}

QStringList repeated(const char* value, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QString::fromUtf8(value));
    return list;
}

// detectTimestampFormat() over UTF-8 copies of \a samples; no \a share: the default.
TimestampDetection detectIn(const QStringList& samples, std::optional<double> share = {})
{
    std::vector<QByteArray> storage;
    for (const QString& sample : samples)
        storage.push_back(sample.toUtf8());
    std::vector<std::string_view> views;
    for (const QByteArray& bytes : storage)
        views.emplace_back(bytes.constData(), std::size_t(bytes.size()));
    return share ? detectTimestampFormat(views, *share) : detectTimestampFormat(views);
}

} // namespace

class TestTimestampParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void isoAgreesWithQDateTimeOverAllYears();
    void defaultIsIso();
    void patternKindWithoutPattern();
    void fromSpec_data();
    void fromSpec();
    void fromSpecErrors_data();
    void fromSpecErrors();
    void describe_data();
    void describe();
    void detect_data();
    void detect();
    void detectWithShare_data();
    void detectWithShare();
    void dayMonthEvidence_data();
    void dayMonthEvidence();
};

void TestTimestampParser::parseValid_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    // ISO 8601 and relatives.
    addValid("iso date", "iso", "2024-03-01", utc(2024, 3, 1));
    addValid("iso slash date", "iso", "2024/03/01", utc(2024, 3, 1));
    addValid("iso single-digit month and day", "iso", "2024-3-1", utc(2024, 3, 1));
    addValid("iso T minutes", "iso", "2024-03-01T10:22", utc(2024, 3, 1, 10, 22));
    addValid("iso space minutes", "iso", "2024-03-01 10:22", utc(2024, 3, 1, 10, 22));
    addValid("iso several spaces", "iso", "2024-03-01   10:22", utc(2024, 3, 1, 10, 22));
    addValid("iso lower-case t and z", "iso", "2024-03-01t10:22:33z", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso seconds", "iso", "2024-03-01T10:22:33", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso real no offset", "iso", "2012-04-03 16:55:38", utc(2012, 4, 3, 16, 55, 38));
    addValid("iso slash with time", "iso", "2024/03/01 10:22:33", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso fraction 1 digit", "iso", "2024-03-01T10:22:33.5",
             utc(2024, 3, 1, 10, 22, 33, 500));
    addValid("iso fraction 2 digits", "iso", "2024-03-01T10:22:33.05",
             utc(2024, 3, 1, 10, 22, 33, 50));
    addValid("iso fraction 3 digits", "iso", "2024-03-01T10:22:33.123",
             utc(2024, 3, 1, 10, 22, 33, 123));
    addValid("iso fraction 9 digits truncates", "iso", "2024-03-01T10:22:33.123999999",
             utc(2024, 3, 1, 10, 22, 33, 123));
    addValid("iso comma fraction", "iso", "2024-03-01T10:22:33,25",
             utc(2024, 3, 1, 10, 22, 33, 250));
    addValid("iso Z", "iso", "2024-03-01T10:22:33Z", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso real Z fraction", "iso", "2025-01-01T10:22:33.123Z",
             utc(2025, 1, 1, 10, 22, 33, 123));
    addValid("iso minutes Z", "iso", "2024-03-01T10:22Z", utc(2024, 3, 1, 10, 22));
    addValid("iso UTC", "iso", "2024-03-01 10:22:33 UTC", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso utc no space", "iso", "2024-03-01T10:22:33utc", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso real offset fraction", "iso", "2011-10-11 13:45:40.276000+02:00",
             withOffset(120, 2011, 10, 11, 13, 45, 40, 276));
    addValid("iso real offset", "iso", "2010-12-30 14:32:00+01:00",
             withOffset(60, 2010, 12, 30, 14, 32));
    addValid("iso offset hhmm", "iso", "2024-03-01T10:22:33+0100",
             withOffset(60, 2024, 3, 1, 10, 22, 33));
    addValid("iso offset hh", "iso", "2024-03-01T10:22:33+01",
             withOffset(60, 2024, 3, 1, 10, 22, 33));
    addValid("iso offset negative half hour", "iso", "2024-03-01T10:22:33-05:30",
             withOffset(-330, 2024, 3, 1, 10, 22, 33));
    addValid("iso offset after space", "iso", "2024-03-01 10:22:33 +01:00",
             withOffset(60, 2024, 3, 1, 10, 22, 33));
    addValid("iso offset minutes only time", "iso", "2024-03-01T10:22+01:00",
             withOffset(60, 2024, 3, 1, 10, 22));
    addValid("iso fraction and -0100", "iso", "2024-03-01T10:22:33.5-0100",
             withOffset(-60, 2024, 3, 1, 10, 22, 33, 500));
    addValid("iso offset -00:00", "iso", "2024-03-01T10:22:33-00:00", utc(2024, 3, 1, 10, 22, 33));
    addValid("iso offset +18:00", "iso", "2024-03-01T10:22:33+18:00",
             withOffset(18 * 60, 2024, 3, 1, 10, 22, 33));
    addValid("iso offset -18:00", "iso", "2024-03-01T10:22:33-18:00",
             withOffset(-18 * 60, 2024, 3, 1, 10, 22, 33));
    addValid("iso offset crosses midnight", "iso", "2024-03-01T00:30:00+01:00",
             utc(2024, 2, 29, 23, 30));
    addValid("iso surrounding blanks", "iso", " \t 2024-03-01T10:22:33Z  ",
             utc(2024, 3, 1, 10, 22, 33));
    addValid("iso trailing blank after date", "iso", "2024-03-01 ", utc(2024, 3, 1));
    addValid("iso midnight", "iso", "2024-03-01T00:00:00", utc(2024, 3, 1));
    addValid("iso last millisecond of day", "iso", "2024-03-01T23:59:59.999",
             utc(2024, 3, 1, 23, 59, 59, 999));
    addValid("iso year 1", "iso", "0001-01-01T00:00:00Z", utc(1, 1, 1));
    addValid("iso year 9999", "iso", "9999-12-31T23:59:59.999Z",
             utc(9999, 12, 31, 23, 59, 59, 999));
    addValid("iso before 1970", "iso", "1969-12-31T23:59:59.5Z",
             utc(1969, 12, 31, 23, 59, 59, 500));
    addValid("iso Feb 29 leap year", "iso", "2024-02-29", utc(2024, 2, 29));
    addValid("iso Feb 29 year 2000", "iso", "2000-02-29", utc(2000, 2, 29));
    addValid("iso leap second", "iso", "2016-12-31T23:59:60Z", utc(2016, 12, 31, 23, 59, 59, 999));
    addValid("iso leap second fraction", "iso", "2016-12-31T23:59:60.5Z",
             utc(2016, 12, 31, 23, 59, 59, 999));

    // Epoch integers.
    addValid("epoch-s", "epoch-s", "1700000000", utc(2023, 11, 14, 22, 13, 20));
    addValid("epoch-s zero", "epoch-s", "0", utc(1970, 1, 1));
    addValid("epoch-s blanks", "epoch-s", "  1700000000 ", utc(2023, 11, 14, 22, 13, 20));
    addValid("epoch-s fraction", "epoch-s", "1700000000.5", utc(2023, 11, 14, 22, 13, 20, 500));
    addValid("epoch-s fraction truncates", "epoch-s", "1700000000.123999",
             utc(2023, 11, 14, 22, 13, 20, 123));
    addValid("epoch-s negative", "epoch-s", "-1", utc(1969, 12, 31, 23, 59, 59));
    addValid("epoch-s negative fraction", "epoch-s", "-1.5", utc(1969, 12, 31, 23, 59, 58, 500));
    // Sub-millisecond parts of negative values round toward negative infinity.
    addValid("epoch-s negative below ms", "epoch-s", "-0.0005", utc(1969, 12, 31, 23, 59, 59, 999));
    addValid("epoch-s negative below ms 2", "epoch-s", "-1.0001",
             utc(1969, 12, 31, 23, 59, 58, 999));
    addValid("epoch-s leading zeros", "epoch-s", "0001700000000", utc(2023, 11, 14, 22, 13, 20));
    addValid("epoch-ms", "epoch-ms", "1700000000123", utc(2023, 11, 14, 22, 13, 20, 123));
    addValid("epoch-ms negative", "epoch-ms", "-1", utc(1969, 12, 31, 23, 59, 59, 999));
    addValid("epoch-ms largest", "epoch-ms", "9223372036854775807", Q_INT64_C(9223372036854775807));
    addValid("epoch-us", "epoch-us", "1700000000123456", utc(2023, 11, 14, 22, 13, 20, 123));
    addValid("epoch-us below ms", "epoch-us", "999", 0);
    addValid("epoch-us negative exact", "epoch-us", "-1000", -1);
    addValid("epoch-us negative below ms", "epoch-us", "-1001", -2);
    addValid("epoch-us negative tiny", "epoch-us", "-1", -1);
    addValid("epoch-ns", "epoch-ns", "1700000000123456789", utc(2023, 11, 14, 22, 13, 20, 123));
    addValid("epoch-ns negative tiny", "epoch-ns", "-1", -1);
    addValid("epoch-ns largest", "epoch-ns", "9223372036854775807", Q_INT64_C(9223372036854));

    // Day/month dates with the year last.
    addValid("dmy slash", "dmy", "01/03/2024", utc(2024, 3, 1));
    addValid("dmy dash", "dmy", "01-03-2024", utc(2024, 3, 1));
    addValid("dmy dot", "dmy", "01.03.2024", utc(2024, 3, 1));
    addValid("dmy real dot time", "dmy", "1.3.2024 14:05", utc(2024, 3, 1, 14, 5));
    addValid("dmy single digits", "dmy", "24/2/2015 9:05", utc(2015, 2, 24, 9, 5));
    addValid("dmy seconds", "dmy", "01/03/2024 10:22:33", utc(2024, 3, 1, 10, 22, 33));
    addValid("dmy fraction", "dmy", "01/03/2024 10:22:33.5", utc(2024, 3, 1, 10, 22, 33, 500));
    addValid("dmy leap second", "dmy", "31/12/2016 23:59:60", utc(2016, 12, 31, 23, 59, 59, 999));
    addValid("dmy real PM", "dmy", "03/04/2024 10:00 PM", utc(2024, 4, 3, 22));
    addValid("dmy Feb 29 leap year", "dmy", "29/02/2024", utc(2024, 2, 29));
    addValid("dmy blanks", "dmy", "  01/03/2024 10:22  ", utc(2024, 3, 1, 10, 22));
    addValid("mdy real", "mdy", "2/24/2015 11:35", utc(2015, 2, 24, 11, 35));
    addValid("mdy real PM", "mdy", "03/04/2024 10:00 PM", utc(2024, 3, 4, 22));
    addValid("mdy dash", "mdy", "03-01-2024", utc(2024, 3, 1));
    addValid("mdy seconds", "mdy", "3/1/2024 10:22:33", utc(2024, 3, 1, 10, 22, 33));
    addValid("mdy last day", "mdy", "12/31/9999 23:59:59", utc(9999, 12, 31, 23, 59, 59));

    // 12-hour clock.
    addValid("12h 12 AM is midnight", "mdy", "03/01/2024 12:00 AM", utc(2024, 3, 1, 0, 0));
    addValid("12h 12:30 AM", "mdy", "03/01/2024 12:30 AM", utc(2024, 3, 1, 0, 30));
    addValid("12h 12 PM is noon", "mdy", "03/01/2024 12:00 PM", utc(2024, 3, 1, 12, 0));
    addValid("12h 12:59 PM", "mdy", "03/01/2024 12:59 PM", utc(2024, 3, 1, 12, 59));
    addValid("12h 1 AM", "mdy", "03/01/2024 1:00 AM", utc(2024, 3, 1, 1, 0));
    addValid("12h 1 PM", "mdy", "03/01/2024 1:00 PM", utc(2024, 3, 1, 13, 0));
    addValid("12h 11:59 AM", "mdy", "03/01/2024 11:59 AM", utc(2024, 3, 1, 11, 59));
    addValid("12h 11:59 PM", "mdy", "03/01/2024 11:59 PM", utc(2024, 3, 1, 23, 59));
    addValid("12h lower case", "mdy", "03/01/2024 10:00 pm", utc(2024, 3, 1, 22, 0));
    addValid("12h no space", "mdy", "03/01/2024 10:00PM", utc(2024, 3, 1, 22, 0));
    addValid("12h seconds", "dmy", "01/03/2024 10:00:05 pm", utc(2024, 3, 1, 22, 0, 5));

    // YYYYMMDD.
    addValid("yyyymmdd", "yyyymmdd", "20240301", utc(2024, 3, 1));
    addValid("yyyymmdd blanks", "yyyymmdd", " 20240301 ", utc(2024, 3, 1));
    addValid("yyyymmdd year 1", "yyyymmdd", "00010101", utc(1, 1, 1));
    addValid("yyyymmdd year 9999", "yyyymmdd", "99991231", utc(9999, 12, 31));
    addValid("yyyymmdd Feb 29", "yyyymmdd", "20240229", utc(2024, 2, 29));

    // Patterns: every directive.
    addValid("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "2024-03-01 10:22:33",
             utc(2024, 3, 1, 10, 22, 33));
    addValid("%d/%m/%Y single digits", "%d/%m/%Y", "1/3/2024", utc(2024, 3, 1));
    addValid("%y 00", "%d.%m.%y", "01.03.00", utc(2000, 3, 1));
    addValid("%y 24", "%d.%m.%y", "01.03.24", utc(2024, 3, 1));
    addValid("%y 68", "%d.%m.%y", "01.03.68", utc(2068, 3, 1));
    addValid("%y 69", "%d.%m.%y", "01.03.69", utc(1969, 3, 1));
    addValid("%y 99", "%d.%m.%y", "01.03.99", utc(1999, 3, 1));
    addValid("%e padded", "%B %e, %Y", "March  1, 2024", utc(2024, 3, 1));
    addValid("%e unpadded", "%B %e, %Y", "March 1, 2024", utc(2024, 3, 1));
    addValid("%e two digits", "%Y-%m-%e", "2024-03-24", utc(2024, 3, 24));
    addValid("%b", "%d %b %Y", "01 Mar 2024", utc(2024, 3, 1));
    addValid("%b lower case", "%d %b %Y", "01 mar 2024", utc(2024, 3, 1));
    addValid("%b upper case", "%d %b %Y", "01 MAR 2024", utc(2024, 3, 1));
    addValid("%b full name", "%d %b %Y", "01 March 2024", utc(2024, 3, 1));
    addValid("%B abbreviation", "%d %B %Y", "01 Mar 2024", utc(2024, 3, 1));
    addValid("%b no separators", "%d%b%Y", "01Mar2024", utc(2024, 3, 1));
    {
        static const char* const names[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
        for (int m = 1; m <= 12; ++m) {
            const QString full = QString::fromUtf8(names[m - 1]);
            QTest::addRow("%%B %s", names[m - 1])
                << QStringLiteral("%d %B %Y") << QStringLiteral("15 %1 2024").arg(full)
                << utc(2024, m, 15);
            QTest::addRow("%%b %s", names[m - 1])
                << QStringLiteral("%d %b %Y") << QStringLiteral("15 %1 2024").arg(full.left(3))
                << utc(2024, m, 15);
        }
    }
    addValid("%I %p AM", "%d/%m/%Y %I:%M %p", "01/03/2024 09:15 AM", utc(2024, 3, 1, 9, 15));
    addValid("%I %p 12 AM", "%d/%m/%Y %I:%M %p", "01/03/2024 12:15 am", utc(2024, 3, 1, 0, 15));
    addValid("%I %p 12 PM", "%d/%m/%Y %I:%M %p", "01/03/2024 12:15 PM", utc(2024, 3, 1, 12, 15));
    addValid("%I %p 1 PM", "%d/%m/%Y %I:%M %p", "01/03/2024 1:15 PM", utc(2024, 3, 1, 13, 15));
    addValid("%p before hour", "%p %I:%M %d/%m/%Y", "PM 11:15 01/03/2024", utc(2024, 3, 1, 23, 15));
    addValid("%F %T", "%F %T", "2024-03-01 10:22:33", utc(2024, 3, 1, 10, 22, 33));
    addValid("%FT%T.%f", "%FT%T.%f", "2024-03-01T10:22:33.5", utc(2024, 3, 1, 10, 22, 33, 500));
    addValid("%f truncates", "%H:%M:%S.%f %d/%m/%Y", "10:22:33.123456 01/03/2024",
             utc(2024, 3, 1, 10, 22, 33, 123));
    addValid("%S leap second", "%F %T", "2016-12-31 23:59:60", utc(2016, 12, 31, 23, 59, 59, 999));
    addValid("%z +hhmm", "%F %T %z", "2024-03-01 10:22:33 +0100",
             withOffset(60, 2024, 3, 1, 10, 22, 33));
    addValid("%z +hh:mm", "%F %T%z", "2024-03-01 10:22:33-05:30",
             withOffset(-330, 2024, 3, 1, 10, 22, 33));
    addValid("%z Z", "%F %T%z", "2024-03-01 10:22:33Z", utc(2024, 3, 1, 10, 22, 33));
    addValid("%%", "%Y-%m-%d%%", "2024-03-01%", utc(2024, 3, 1));
    addValid("compact pattern", "%Y%m%d%H%M", "202403011022", utc(2024, 3, 1, 10, 22));
    addValid("space matches several", "%d %m %Y", "01   03 2024", utc(2024, 3, 1));
    addValid("pattern blanks", "%d/%m/%Y", "  01/03/2024  ", utc(2024, 3, 1));
    addValid("non-ASCII literals", "%Y年%m月%d日", "2024年03月01日", utc(2024, 3, 1));
    addValid("%H 23:59", "%d/%m/%Y %H:%M", "01/03/2024 23:59", utc(2024, 3, 1, 23, 59));
}

void TestTimestampParser::parseValid()
{
    QFETCH(QString, spec);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> ms = parseWith(spec, text);
    QVERIFY2(ms.has_value(), qPrintable(text));
    QCOMPARE(*ms, expected);
}

void TestTimestampParser::parseInvalid_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("text");

    const char* const everySpec[] = {"iso", "epoch-s", "epoch-ms", "epoch-us",      "epoch-ns",
                                     "dmy", "mdy",     "yyyymmdd", "%d/%m/%Y %H:%M"};
    for (const char* spec : everySpec) {
        QTest::addRow("%s empty", spec) << QString::fromUtf8(spec) << QString();
        QTest::addRow("%s blank", spec) << QString::fromUtf8(spec) << QStringLiteral("   ");
        QTest::addRow("%s junk", spec) << QString::fromUtf8(spec) << QStringLiteral("junk");
    }

    addInvalid("iso month 13", "iso", "2024-13-01");
    addInvalid("iso month 0", "iso", "2024-00-10");
    addInvalid("iso day 0", "iso", "2024-03-00");
    addInvalid("iso Feb 30", "iso", "2024-02-30");
    addInvalid("iso Feb 29 non-leap", "iso", "2023-02-29");
    addInvalid("iso Feb 29 1900", "iso", "1900-02-29");
    addInvalid("iso April 31", "iso", "2024-04-31");
    addInvalid("iso year 0", "iso", "0000-01-01");
    addInvalid("iso 5-digit year", "iso", "12024-03-01");
    addInvalid("iso 2-digit year", "iso", "24-03-01");
    addInvalid("iso mixed separators", "iso", "2024-03/01");
    addInvalid("iso hour 25", "iso", "2024-03-01T25:00");
    addInvalid("iso hour 24", "iso", "2024-03-01T24:00:00");
    addInvalid("iso minute 60", "iso", "2024-03-01T10:60");
    addInvalid("iso second 61", "iso", "2024-03-01T10:22:61");
    addInvalid("iso one-digit minute", "iso", "2024-03-01T10:2");
    addInvalid("iso T alone", "iso", "2024-03-01T");
    addInvalid("iso hour alone", "iso", "2024-03-01T10");
    addInvalid("iso dot without fraction", "iso", "2024-03-01T10:22:33.");
    addInvalid("iso fraction without seconds", "iso", "2024-03-01T10:22.5");
    addInvalid("iso trailing garbage", "iso", "2024-03-01T10:22:33Zjunk");
    addInvalid("iso trailing word", "iso", "2024-03-01T10:22:33 junk");
    addInvalid("iso garbage after date", "iso", "2024-03-01x");
    addInvalid("iso offset without time", "iso", "2024-03-01 +01:00");
    addInvalid("iso offset +19:00", "iso", "2024-03-01T10:22:33+19:00");
    addInvalid("iso offset +18:01", "iso", "2024-03-01T10:22:33+18:01");
    addInvalid("iso offset minutes 60", "iso", "2024-03-01T10:22:33+01:60");
    addInvalid("iso offset one digit", "iso", "2024-03-01T10:22:33+1");
    addInvalid("iso offset three digits", "iso", "2024-03-01T10:22:33+010");
    addInvalid("iso compact date", "iso", "20240301");
    addInvalid("iso day-first date", "iso", "01/03/2024");
    addInvalid("iso epoch", "iso", "1700000000");

    addInvalid("epoch-s exponent", "epoch-s", "1.7e9");
    addInvalid("epoch-s dot alone", "epoch-s", "1700000000.");
    addInvalid("epoch-s comma", "epoch-s", "1700000000,5");
    addInvalid("epoch-s trailing garbage", "epoch-s", "1700000000x");
    addInvalid("epoch-s inner space", "epoch-s", "17000 00000");
    addInvalid("epoch-s minus alone", "epoch-s", "-");
    addInvalid("epoch-s double minus", "epoch-s", "--1");
    addInvalid("epoch-s plus", "epoch-s", "+1700000000");
    addInvalid("epoch-s too large for ms", "epoch-s", "9223372036854776");
    addInvalid("epoch-s overflow", "epoch-s", "99999999999999999999");
    addInvalid("epoch-s iso", "epoch-s", "2024-03-01");
    addInvalid("epoch-ms fraction", "epoch-ms", "1700000000123.5");
    addInvalid("epoch-ms overflow", "epoch-ms", "9223372036854775808");
    addInvalid("epoch-us fraction", "epoch-us", "1700000000123456.0");
    addInvalid("epoch-ns overflow", "epoch-ns", "18446744073709551616");

    addInvalid("dmy day 32", "dmy", "32/01/2024");
    addInvalid("dmy month 13", "dmy", "01/13/2024");
    addInvalid("dmy Feb 30", "dmy", "30/02/2024");
    addInvalid("dmy Feb 29 non-leap", "dmy", "29/02/2023");
    addInvalid("dmy two-digit year", "dmy", "01/03/24");
    addInvalid("dmy five-digit year", "dmy", "01/03/20245");
    addInvalid("dmy mixed separators", "dmy", "01/03-2024");
    addInvalid("dmy three-digit day", "dmy", "001/03/2024");
    addInvalid("dmy hour 25", "dmy", "01/03/2024 25:00");
    addInvalid("dmy hour 24", "dmy", "01/03/2024 24:00");
    addInvalid("dmy T separator", "dmy", "01/03/2024T10:00");
    addInvalid("dmy time without space", "dmy", "01/03/202410:00");
    addInvalid("dmy trailing garbage", "dmy", "01/03/2024 10:00 junk");
    addInvalid("dmy space without time", "dmy", "01/03/2024 x");
    addInvalid("dmy offset", "dmy", "01/03/2024 10:00 +01:00");
    addInvalid("dmy iso", "dmy", "2024-03-01");
    addInvalid("mdy month 13", "mdy", "13/01/2024");
    addInvalid("mdy Feb 30", "mdy", "02/30/2024");
    addInvalid("mdy Feb 29 non-leap", "mdy", "02/29/2023");
    addInvalid("12h hour 0", "mdy", "03/01/2024 0:30 AM");
    addInvalid("12h hour 00", "mdy", "03/01/2024 00:30 AM");
    addInvalid("12h hour 13", "mdy", "03/01/2024 13:00 PM");
    addInvalid("12h bad marker", "mdy", "03/01/2024 10:00 XM");
    addInvalid("12h marker alone", "mdy", "03/01/2024 PM");
    addInvalid("12h marker twice", "mdy", "03/01/2024 10:00 PM PM");

    addInvalid("yyyymmdd 7 digits", "yyyymmdd", "2024031");
    addInvalid("yyyymmdd 9 digits", "yyyymmdd", "202403011");
    addInvalid("yyyymmdd month 13", "yyyymmdd", "20241301");
    addInvalid("yyyymmdd day 0", "yyyymmdd", "20240300");
    addInvalid("yyyymmdd Feb 29 non-leap", "yyyymmdd", "20230229");
    addInvalid("yyyymmdd year 0", "yyyymmdd", "00000101");
    addInvalid("yyyymmdd dashes", "yyyymmdd", "2024-03-01");
    addInvalid("yyyymmdd sign", "yyyymmdd", "-2024030");

    addInvalid("pattern literal mismatch", "%d/%m/%Y", "01-03-2024");
    addInvalid("pattern missing space", "%d %m %Y", "01032024");
    addInvalid("pattern trailing garbage", "%d/%m/%Y", "01/03/2024x");
    addInvalid("pattern text too short", "%d/%m/%Y %H:%M", "01/03/2024");
    addInvalid("pattern month 13", "%d/%m/%Y", "01/13/2024");
    addInvalid("pattern Feb 30", "%d/%m/%Y", "30/02/2024");
    addInvalid("pattern Feb 29 non-leap", "%d/%m/%Y", "29/02/2023");
    addInvalid("pattern %Y needs 4 digits", "%d/%m/%Y", "01/03/24");
    addInvalid("pattern %y needs 2 digits", "%d/%m/%y", "01/03/2024");
    addInvalid("pattern hour 24", "%F %H:%M", "2024-03-01 24:00");
    addInvalid("pattern minute 60", "%F %H:%M", "2024-03-01 10:60");
    addInvalid("pattern second 61", "%F %T", "2024-03-01 10:22:61");
    addInvalid("pattern %I 13", "%F %I:%M %p", "2024-03-01 13:00 PM");
    addInvalid("pattern %I 0", "%F %I:%M %p", "2024-03-01 0:00 AM");
    addInvalid("pattern bad %p", "%F %I:%M %p", "2024-03-01 10:00 XM");
    addInvalid("pattern unknown month name", "%d %b %Y", "01 Foo 2024");
    addInvalid("pattern cut month name", "%d %B %Y", "01 Ma 2024");
    addInvalid("pattern %f without digits", "%F %T.%f", "2024-03-01 10:22:33.");
    addInvalid("pattern offset +19:00", "%F %T %z", "2024-03-01 10:22:33 +19:00");
    addInvalid("pattern missing %", "%Y-%m-%d%%", "2024-03-01");
    addInvalid("pattern non-ASCII mismatch", "%Y年%m月%d日", "2024年03月01");
}

void TestTimestampParser::parseInvalid()
{
    QFETCH(QString, spec);
    QFETCH(QString, text);
    const std::optional<qint64> ms = parseWith(spec, text);
    QVERIFY2(!ms.has_value(), qPrintable(QStringLiteral("parsed as %1").arg(ms.value_or(0))));
}

void TestTimestampParser::isoAgreesWithQDateTimeOverAllYears()
{
    // Every 13th day from year 1 to 9999 exercises the civil-date arithmetic across eras,
    // centuries and leap years.
    const TimestampFormat iso;
    const TimestampFormat dmy(TimestampFormat::Kind::DayMonthYear);
    const TimestampFormat compact(TimestampFormat::Kind::YearMonthDayCompact);
    int checked = 0;
    for (QDate date(1, 1, 1); date.isValid() && date.year() <= 9999; date = date.addDays(13)) {
        const qint64 expected = QDateTime(date, QTime(13, 7, 9, 42), Qt::UTC).toMSecsSinceEpoch();
        const std::string isoText =
            QString::asprintf("%04d-%02d-%02dT13:07:09.042Z", date.year(), date.month(), date.day())
                .toStdString();
        const std::string dmyText =
            QString::asprintf("%d/%d/%04d 1:07:09.042 PM", date.day(), date.month(), date.year())
                .toStdString();
        const std::string compactText =
            QString::asprintf("%04d%02d%02d", date.year(), date.month(), date.day()).toStdString();
        QCOMPARE(iso.parse(isoText), std::optional<qint64>(expected));
        QCOMPARE(dmy.parse(dmyText), std::optional<qint64>(expected));
        QCOMPARE(compact.parse(compactText),
                 std::optional<qint64>(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
        ++checked;
    }
    QVERIFY(checked > 280000);
}

void TestTimestampParser::defaultIsIso()
{
    const TimestampFormat format;
    QCOMPARE(format.kind(), TimestampFormat::Kind::Iso);
    QCOMPARE(format.spec(), QStringLiteral("iso"));
    QCOMPARE(format.parse("2024-03-01"), std::optional<qint64>(utc(2024, 3, 1)));
}

void TestTimestampParser::patternKindWithoutPattern()
{
    // Only fromSpec() gives a pattern; the bare kind parses nothing but still describes itself.
    const TimestampFormat format(TimestampFormat::Kind::Pattern);
    QCOMPARE(format.parse("2024-03-01"), std::optional<qint64>());
    QCOMPARE(format.parse(""), std::optional<qint64>());
    QVERIFY(!format.describe().isEmpty());
    QVERIFY(format.spec().isEmpty());
}

void TestTimestampParser::fromSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("canonical");

    using K = TimestampFormat::Kind;
    QTest::newRow("iso") << QStringLiteral("iso") << int(K::Iso) << QStringLiteral("iso");
    QTest::newRow("epoch-s") << QStringLiteral("epoch-s") << int(K::EpochSeconds)
                             << QStringLiteral("epoch-s");
    QTest::newRow("epoch-ms") << QStringLiteral("epoch-ms") << int(K::EpochMillis)
                              << QStringLiteral("epoch-ms");
    QTest::newRow("epoch-us") << QStringLiteral("epoch-us") << int(K::EpochMicros)
                              << QStringLiteral("epoch-us");
    QTest::newRow("epoch-ns") << QStringLiteral("epoch-ns") << int(K::EpochNanos)
                              << QStringLiteral("epoch-ns");
    QTest::newRow("dmy") << QStringLiteral("dmy") << int(K::DayMonthYear) << QStringLiteral("dmy");
    QTest::newRow("mdy") << QStringLiteral("mdy") << int(K::MonthDayYear) << QStringLiteral("mdy");
    QTest::newRow("yyyymmdd") << QStringLiteral("yyyymmdd") << int(K::YearMonthDayCompact)
                              << QStringLiteral("yyyymmdd");
    QTest::newRow("upper case and blanks")
        << QStringLiteral("  ISO ") << int(K::Iso) << QStringLiteral("iso");
    QTest::newRow("pattern") << QStringLiteral("%d/%m/%Y %H:%M") << int(K::Pattern)
                             << QStringLiteral("%d/%m/%Y %H:%M");
    QTest::newRow("pattern trimmed")
        << QStringLiteral(" %F %T ") << int(K::Pattern) << QStringLiteral("%F %T");
    QTest::newRow("pattern 12-hour")
        << QStringLiteral("%m/%d/%Y %I:%M:%S.%f %p %z") << int(K::Pattern)
        << QStringLiteral("%m/%d/%Y %I:%M:%S.%f %p %z");
    QTest::newRow("pattern names %e %y %%")
        << QStringLiteral("%e %b %y 100%%") << int(K::Pattern) << QStringLiteral("%e %b %y 100%%");
}

void TestTimestampParser::fromSpec()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(QString, canonical);
    QString error = QStringLiteral("untouched");
    const std::optional<TimestampFormat> format = TimestampFormat::fromSpec(spec, &error);
    QVERIFY2(format.has_value(), qPrintable(error));
    QCOMPARE(int(format->kind()), kind);
    QCOMPARE(format->spec(), canonical);
    const std::optional<TimestampFormat> again = TimestampFormat::fromSpec(format->spec(), nullptr);
    QVERIFY(again.has_value());
    QVERIFY(*again == *format);
    if (format->kind() != TimestampFormat::Kind::Pattern)
        QVERIFY(TimestampFormat(format->kind()) == *format);
}

void TestTimestampParser::fromSpecErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions"); // besides the spec itself

    QTest::newRow("empty") << QString() << QStringLiteral("epoch-ms");
    QTest::newRow("unknown word") << QStringLiteral("isox") << QStringLiteral("yyyymmdd");
    QTest::newRow("epoch without unit") << QStringLiteral("epoch") << QStringLiteral("epoch-s");
    QTest::newRow("unknown directive") << QStringLiteral("%Y-%q-%d") << QStringLiteral("%q");
    QTest::newRow("lone percent") << QStringLiteral("%Y-%m-%d %") << QStringLiteral("%%");
    QTest::newRow("no year") << QStringLiteral("%m/%d") << QStringLiteral("no year");
    QTest::newRow("no month") << QStringLiteral("%Y %d") << QStringLiteral("no month");
    QTest::newRow("no day") << QStringLiteral("%Y-%m") << QStringLiteral("no day");
    QTest::newRow("only %%") << QStringLiteral("100%%") << QStringLiteral("no year");
    QTest::newRow("%I without %p")
        << QStringLiteral("%d/%m/%Y %I:%M") << QStringLiteral("%I without %p");
    QTest::newRow("%p without %I")
        << QStringLiteral("%d/%m/%Y %H:%M %p") << QStringLiteral("%p without %I");
    QTest::newRow("year twice") << QStringLiteral("%Y-%m-%d %y") << QStringLiteral("twice");
    QTest::newRow("%F and %d") << QStringLiteral("%F %d") << QStringLiteral("twice");
    QTest::newRow("minutes without hour") << QStringLiteral("%F %M") << QStringLiteral("no hour");
    QTest::newRow("seconds without minutes")
        << QStringLiteral("%F %H %S") << QStringLiteral("no minutes");
    QTest::newRow("fraction without seconds")
        << QStringLiteral("%F %H:%M.%f") << QStringLiteral("no seconds");
}

void TestTimestampParser::fromSpecErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!TimestampFormat::fromSpec(spec, &error).has_value());
    QVERIFY2(error.contains(QLatin1Char('"') + spec.trimmed() + QLatin1Char('"')),
             qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!TimestampFormat::fromSpec(spec, nullptr).has_value()); // no error wanted: no crash
}

void TestTimestampParser::describe_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("example"); // must appear in describe() and parse

    QTest::newRow("iso") << QStringLiteral("iso") << QStringLiteral("2024-03-01T10:22:33Z");
    QTest::newRow("epoch-s") << QStringLiteral("epoch-s") << QStringLiteral("1709288553");
    QTest::newRow("epoch-ms") << QStringLiteral("epoch-ms") << QStringLiteral("1709288553000");
    QTest::newRow("epoch-us") << QStringLiteral("epoch-us") << QStringLiteral("1709288553000000");
    QTest::newRow("epoch-ns") << QStringLiteral("epoch-ns")
                              << QStringLiteral("1709288553000000000");
    QTest::newRow("dmy") << QStringLiteral("dmy") << QStringLiteral("24/03/2024 14:22");
    QTest::newRow("mdy") << QStringLiteral("mdy") << QStringLiteral("03/24/2024 2:22 PM");
    QTest::newRow("yyyymmdd") << QStringLiteral("yyyymmdd") << QStringLiteral("20240324");
    QTest::newRow("pattern") << QStringLiteral("%d %b %Y %I:%M:%S.%f %p %z")
                             << QStringLiteral("24 Mar 2024 02:22:33.123 PM +00:00");
    QTest::newRow("pattern %e %B %y %T %%")
        << QStringLiteral("%e %B %y %T %%") << QStringLiteral("24 March 24 14:22:33 %");
    QTest::newRow("pattern %F %H:%M")
        << QStringLiteral("%F %H:%M") << QStringLiteral("2024-03-24 14:22");
}

void TestTimestampParser::describe()
{
    QFETCH(QString, spec);
    QFETCH(QString, example);
    const TimestampFormat format = ::format(spec);
    const QString description = format.describe();
    QVERIFY2(description.contains(example), qPrintable(description));
    if (format.kind() == TimestampFormat::Kind::Pattern)
        QVERIFY2(description.contains(spec), qPrintable(description));
    QVERIFY2(parseWith(spec, example).has_value(), qPrintable(example));
}

void TestTimestampParser::detect_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("spec"); // empty: no format
    QTest::addColumn<int>("nonEmpty");
    QTest::addColumn<int>("parsed");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<QString>("example");

    const QString none;
    QTest::newRow("iso with offsets")
        << strings({"2011-10-11 13:45:40.276000+02:00", "2010-12-30 14:32:00+01:00"})
        << QStringLiteral("iso") << 2 << 2 << false << false << QString();
    QTest::newRow("iso Z") << strings({"2025-01-01T10:22:33.123Z", "2025-01-02T00:00:00Z"})
                           << QStringLiteral("iso") << 2 << 2 << false << false << QString();
    QTest::newRow("iso no offset")
        << strings({"2012-04-03 16:55:38", "2012-04-03"}) << QStringLiteral("iso") << 2 << 2
        << false << false << QString();
    QTest::newRow("epoch seconds")
        << strings({"1700000000", "1700000123", "631152000"}) << QStringLiteral("epoch-s") << 3 << 3
        << false << false << QString();
    QTest::newRow("epoch seconds with fraction")
        << strings({"1700000000.5", "1700000001.25"}) << QStringLiteral("epoch-s") << 2 << 2
        << false << false << QString();
    QTest::newRow("epoch millis") << strings({"1700000000123", "1700000000456"})
                                  << QStringLiteral("epoch-ms") << 2 << 2 << false << false
                                  << QString();
    QTest::newRow("epoch micros") << strings({"1700000000123456", "1700000000456789"})
                                  << QStringLiteral("epoch-us") << 2 << 2 << false << false
                                  << QString();
    QTest::newRow("epoch nanos") << strings({"1700000000123456789", "1700000000456789012"})
                                 << QStringLiteral("epoch-ns") << 2 << 2 << false << false
                                 << QString();
    QTest::newRow("epoch before 1990")
        << strings({"100000", "600000000"}) << none << 2 << 0 << false << false << QString();
    QTest::newRow("epoch after 2100")
        << strings({"4200000000", "4300000000"}) << none << 2 << 0 << false << false << QString();
    QTest::newRow("epoch mixed units") << strings({"1700000000", "1700000000123"}) << none << 2 << 1
                                       << false << false << QString();
    {
        QStringList small;
        for (int i = 1; i <= 1000; ++i)
            small.append(QString::number(i));
        QTest::newRow("small integers")
            << small << none << 1000 << 0 << false << false << QString();
    }
    QTest::newRow("prices") << strings({"12.50", "3.99", "100.00", "0.5"}) << none << 4 << 0
                            << false << false << QString();
    QTest::newRow("yyyymmdd") << strings({"20240301", "20240229", "19991231"})
                              << QStringLiteral("yyyymmdd") << 3 << 3 << false << false
                              << QString();
    QTest::newRow("8-digit non-dates") << strings({"12345678", "20241301", "20230229"}) << none << 3
                                       << 0 << false << false << QString();
    QTest::newRow("month first by evidence")
        << strings({"2/24/2015 11:35", "3/1/2015 9:00", "3/2/2015 10:00"}) << QStringLiteral("mdy")
        << 3 << 3 << false << false << QString();
    QTest::newRow("day first by evidence")
        << strings({"01/03/2015", "24/02/2015"}) << QStringLiteral("dmy") << 2 << 2 << false
        << false << QString();
    QTest::newRow("ambiguous slash") << strings({"03/04/2024 10:00 PM", "01/02/2024"}) << none << 2
                                     << 2 << true << false << QStringLiteral("03/04/2024 10:00 PM");
    QTest::newRow("ambiguous dash") << strings({"01-03-2024", "02-03-2024"}) << none << 2 << 2
                                    << true << false << QStringLiteral("01-03-2024");
    QTest::newRow("dot dates day first")
        << strings({"1.3.2024 14:05", "2.3.2024 09:00"}) << QStringLiteral("dmy") << 2 << 2 << false
        << false << QString();
    QTest::newRow("dots and ambiguous slashes")
        << strings({"1.3.2024", "01/03/2024"}) << none << 2 << 2 << true << false
        << QStringLiteral("01/03/2024");
    QTest::newRow("both orders seen") << strings({"13/01/2024", "01/13/2024", "01/02/2024"}) << none
                                      << 3 << 3 << false << true << QString();
    QTest::newRow("blank values ignored")
        << strings({"", "  ", "2024-03-01", "\t"}) << QStringLiteral("iso") << 1 << 1 << false
        << false << QString();
    QTest::newRow("all blank") << strings({"", " "}) << none << 0 << 0 << false << false
                               << QString();
    QTest::newRow("no samples") << QStringList() << none << 0 << 0 << false << false << QString();
    QTest::newRow("exactly 90 percent")
        << repeated("2024-03-01", 9) + strings({"junk"}) << QStringLiteral("iso") << 10 << 9
        << false << false << QString();
    QTest::newRow("below 90 percent") << repeated("2024-03-01", 8) + strings({"junk", "n/a"})
                                      << none << 10 << 8 << false << false << QString();
    QTest::newRow("ambiguous below 90 percent")
        << strings({"01/02/2024", "x", "y"}) << none << 3 << 1 << false << false << QString();
    QTest::newRow("iso best but below 90 percent")
        << strings({"2024-03-01", "2024-03-02", "01/03/2024"}) << none << 3 << 2 << false << false
        << QString();
    QTest::newRow("iso 95 percent")
        << repeated("2024-03-01T10:00Z", 19) + strings({"20240301"}) << QStringLiteral("iso") << 20
        << 19 << false << false << QString();
    QTest::newRow("words") << strings({"click", "view", "purchase"}) << none << 3 << 0 << false
                           << false << QString();
}

void TestTimestampParser::detect()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, spec);
    QFETCH(int, nonEmpty);
    QFETCH(int, parsed);
    QFETCH(bool, ambiguous);
    QFETCH(bool, conflict);
    QFETCH(QString, example);

    const TimestampDetection detection = detectIn(samples);
    QCOMPARE(detection.format.has_value(), !spec.isEmpty());
    if (detection.format)
        QCOMPARE(detection.format->spec(), spec);
    QCOMPARE(detection.nonEmpty, nonEmpty);
    QCOMPARE(detection.parsed, parsed);
    QCOMPARE(detection.ambiguousDayMonth, ambiguous);
    QCOMPARE(detection.dayMonthConflict, conflict);
    QCOMPARE(detection.ambiguousExample, example);
}

void TestTimestampParser::detectWithShare_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("spec"); // empty: no format
    QTest::addColumn<int>("parsed");
    QTest::addColumn<bool>("ambiguous");

    const QString none;
    const QStringList junk4 = strings({"junk", "n/a", "?", "-"});
    QTest::newRow("half reached") << repeated("2024-03-01", 6) + junk4 << 0.5
                                  << QStringLiteral("iso") << 6 << false;
    QTest::newRow("half exactly") << repeated("1700000000", 4) + junk4 << 0.5
                                  << QStringLiteral("epoch-s") << 4 << false;
    QTest::newRow("half missed") << repeated("2024-03-01", 3) + junk4 << 0.5 << none << 3 << false;
    QTest::newRow("half ambiguous dates")
        << strings({"01/02/2024", "x"}) << 0.5 << none << 1 << true;
    QTest::newRow("half day first")
        << strings({"13/02/2024", "x"}) << 0.5 << QStringLiteral("dmy") << 1 << false;
    QTest::newRow("share 0 but nothing parses") << strings({"x", "y"}) << 0.0 << none << 0 << false;
    QTest::newRow("63 of 70 at 0.9") << repeated("2024-03-01", 63) + repeated("x", 7) << 0.9
                                     << QStringLiteral("iso") << 63 << false;
    QTest::newRow("62 of 70 at 0.9")
        << repeated("2024-03-01", 62) + repeated("x", 8) << 0.9 << none << 62 << false;
    QTest::newRow("all required") << repeated("20240301", 9) + strings({"x"}) << 1.0 << none << 9
                                  << false;
}

void TestTimestampParser::detectWithShare()
{
    QFETCH(QStringList, samples);
    QFETCH(double, share);
    QFETCH(QString, spec);
    QFETCH(int, parsed);
    QFETCH(bool, ambiguous);

    const TimestampDetection detection = detectIn(samples, share);
    QCOMPARE(detection.format.has_value(), !spec.isEmpty());
    if (detection.format)
        QCOMPARE(detection.format->spec(), spec);
    QCOMPARE(detection.nonEmpty, int(samples.size()));
    QCOMPARE(detection.parsed, parsed);
    QCOMPARE(detection.ambiguousDayMonth, ambiguous);
}

void TestTimestampParser::dayMonthEvidence_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<bool>("monthFirst");
    QTest::addColumn<QString>("example");

    QTest::newRow("nothing") << QStringList() << false << false << QString();
    QTest::newRow("ambiguous only")
        << strings({"03/04/2024", "01/02/2024"}) << false << false << QStringLiteral("03/04/2024");
    QTest::newRow("day first slash")
        << strings({"13/04/2024"}) << true << false << QStringLiteral("13/04/2024");
    QTest::newRow("day first dot")
        << strings({"13.4.2024"}) << true << false << QStringLiteral("13.4.2024");
    QTest::newRow("day first dash with time")
        << strings({"13-04-2024 10:00"}) << true << false << QStringLiteral("13-04-2024 10:00");
    QTest::newRow("month first") << strings({"04/13/2024 1:00 PM"}) << false << true
                                 << QStringLiteral("04/13/2024 1:00 PM");
    QTest::newRow("both, first example kept")
        << strings({"03/04/2024", "13/04/2024", "04/13/2024", "05/06/2024"}) << true << true
        << QStringLiteral("03/04/2024");
    QTest::newRow("blanks trimmed")
        << strings({"  13/04/2024  "}) << true << false << QStringLiteral("13/04/2024");
    QTest::newRow("not such dates ignored")
        << strings({"", "2024-03-01", "junk", "20240301", "1/2/24", "13/04-2024", "13/04/2024x"})
        << false << false << QString();
    QTest::newRow("impossible dates ignored")
        << strings({"32/01/2024", "13/13/2024", "02/30/2024", "30/02/2024", "29/02/2023"}) << false
        << false << QString();
    QTest::newRow("Feb 29 leap year")
        << strings({"29/02/2024"}) << true << false << QStringLiteral("29/02/2024");
}

void TestTimestampParser::dayMonthEvidence()
{
    QFETCH(QStringList, values);
    QFETCH(bool, dayFirst);
    QFETCH(bool, monthFirst);
    QFETCH(QString, example);

    DayMonthEvidence evidence;
    for (const QString& value : values) {
        const QByteArray bytes = value.toUtf8();
        evidence.add(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    }
    QCOMPARE(evidence.dayFirstSeen(), dayFirst);
    QCOMPARE(evidence.monthFirstSeen(), monthFirst);
    QCOMPARE(evidence.example(), example);
}

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
