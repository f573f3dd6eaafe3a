#include "core/base/timeutil.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

class TestTimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsoUtc_data();
    void formatIsoUtc();
    void parseDuration_data();
    void parseDuration();
    void formatDuration_data();
    void formatDuration();
    void formatDurationRoundTrip();
    void readableDuration_data();
    void readableDuration();
};

void TestTimeUtil::formatIsoUtc_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    // Hand-computed: 2024-03-01 is day 19783 after 1970-01-01 (1709251200 s).
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000Z");
    QTest::newRow("1 ms") << qint64(1) << QStringLiteral("1970-01-01T00:00:00.001Z");
    QTest::newRow("one day") << Day << QStringLiteral("1970-01-02T00:00:00.000Z");
    QTest::newRow("2024-03-01 with ms")
        << qint64(1'709'288'553'123) << QStringLiteral("2024-03-01T10:22:33.123Z");
    QTest::newRow("2024-03-01 whole second")
        << qint64(1'709'288'553'000) << QStringLiteral("2024-03-01T10:22:33.000Z");
    QTest::newRow("2024-03-01 10 ms")
        << qint64(1'709'288'553'010) << QStringLiteral("2024-03-01T10:22:33.010Z");
    QTest::newRow("leap day 2000")
        << qint64(951'782'400'000) << QStringLiteral("2000-02-29T00:00:00.000Z");
    QTest::newRow("end of 1999") << qint64(946'684'799'999)
                                 << QStringLiteral("1999-12-31T23:59:59.999Z");
    QTest::newRow("2038 signed 32-bit limit")
        << qint64(2'147'483'647'000) << QStringLiteral("2038-01-19T03:14:07.000Z");
    QTest::newRow("-1 ms") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999Z");
    QTest::newRow("-1 s") << -Second << QStringLiteral("1969-12-31T23:59:59.000Z");
    QTest::newRow("-1.5 s") << qint64(-1500) << QStringLiteral("1969-12-31T23:59:58.500Z");
    QTest::newRow("-1 day") << -Day << QStringLiteral("1969-12-31T00:00:00.000Z");
    QTest::newRow("-1 day - 1 ms") << -Day - 1 << QStringLiteral("1969-12-30T23:59:59.999Z");
    QTest::newRow("1900-01-01") << qint64(-2'208'988'800'000)
                                << QStringLiteral("1900-01-01T00:00:00.000Z");
}

void TestTimeUtil::formatIsoUtc()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(journeyscope::formatIsoUtc(ms), expected);
}

void TestTimeUtil::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const auto ok = [](const char* text, qint64 expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << true << expected;
    };
    const auto bad = [](const char* name, const char* text) {
        QTest::newRow(name) << QString::fromUtf8(text) << false << qint64(0);
    };

    ok("30m", 30 * Minute);
    ok("90s", 90 * Second);
    ok("1.5h", 90 * Minute);
    ok("2d", 2 * Day);
    ok("45", 45 * Minute); // a bare number is minutes
    ok("0", 0);
    ok("0.5", 30 * Second);
    ok("500ms", 500);
    ok("1500ms", 1500);
    ok("0ms", 0);
    ok("10min", 10 * Minute);
    ok("1h", Hour);
    ok("0.5s", 500);
    ok("2.5ms", 3); // rounded to the nearest millisecond
    ok(" 30m ", 30 * Minute);
    ok("30 m", 30 * Minute);
    ok("30M", 30 * Minute);
    ok("10MIN", 10 * Minute);
    ok("500MS", 500);
    ok("2D", 2 * Day);
    ok("3650d", 3650 * Day); // just under ten years

    bad("empty", "");
    bad("blank", "   ");
    bad("letters", "abc");
    bad("unit only", "m");
    bad("ms only", "ms");
    bad("min only", "min");
    bad("negative", "-5m");
    bad("negative bare", "-1");
    bad("unknown unit y", "11y");
    bad("unknown unit w", "2w");
    bad("plural unit", "5mins");
    bad("two units", "1h30m");
    bad("decimal comma", "1,5h");
    bad("absurd days", "3700d");
    bad("absurd hours", "100000h");
    bad("absurd minutes", "1e10");
    bad("nan", "nan");
    bad("inf", "inf");
    bad("unit first", "m30");
}

void TestTimeUtil::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const std::optional<qint64> ms = journeyscope::parseDuration(text);
    QCOMPARE(ms.has_value(), valid);
    if (valid)
        QCOMPARE(*ms, expected);
}

void TestTimeUtil::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << qint64(0) << QStringLiteral("0ms");
    QTest::newRow("1 ms") << qint64(1) << QStringLiteral("1ms");
    QTest::newRow("999 ms") << qint64(999) << QStringLiteral("999ms");
    QTest::newRow("1 s") << Second << QStringLiteral("1s");
    QTest::newRow("1.5 s") << qint64(1500) << QStringLiteral("1500ms");
    QTest::newRow("59 s") << 59 * Second << QStringLiteral("59s");
    QTest::newRow("90 s") << 90 * Second << QStringLiteral("90s");
    QTest::newRow("1 min") << Minute << QStringLiteral("1m");
    QTest::newRow("30 min") << 30 * Minute << QStringLiteral("30m");
    QTest::newRow("90 min") << 90 * Minute << QStringLiteral("90m");
    QTest::newRow("1 h") << Hour << QStringLiteral("1h");
    QTest::newRow("36 h") << 36 * Hour << QStringLiteral("36h");
    QTest::newRow("1 d") << Day << QStringLiteral("1d");
    QTest::newRow("2 d") << 2 * Day << QStringLiteral("2d");
    QTest::newRow("1 d 1 ms") << Day + 1 << QStringLiteral("86400001ms");
}

void TestTimeUtil::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(journeyscope::formatDuration(ms), expected);
}

void TestTimeUtil::formatDurationRoundTrip()
{
    // Every value parseDuration() accepts is written back exactly; a spread of values
    // from 0 to ten years, with each unit's multiples and their neighbours.
    QList<qint64> values;
    for (qint64 ms = 0; ms <= 2 * Hour; ms += 997)
        values.append(ms);
    for (const qint64 unit : {Second, Minute, Hour, Day}) {
        for (qint64 n = 1; n <= 100; ++n) {
            values.append(n * unit);
            values.append(n * unit + 1);
            values.append(n * unit - 1);
        }
    }
    values.append(3650 * Day);
    values.append(3650 * Day - 1);
    for (const qint64 ms : values) {
        const QString text = journeyscope::formatDuration(ms);
        const std::optional<qint64> parsed = journeyscope::parseDuration(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, ms);
    }
}

void TestTimeUtil::readableDuration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0.0 << QStringLiteral("0.0 s");
    QTest::newRow("7.785 s") << 7.785 << QStringLiteral("7.8 s");
    QTest::newRow("59.9 s") << 59.9 << QStringLiteral("59.9 s");
    QTest::newRow("1 min") << 60.0 << QStringLiteral("1.0 min");
    QTest::newRow("97 s") << 97.444 << QStringLiteral("1.6 min");
    QTest::newRow("16 h") << 57105.9 << QStringLiteral("15.9 h");
    QTest::newRow("1 d") << 86400.0 << QStringLiteral("1.0 d");
    QTest::newRow("16.3 d") << 1.40739e6 << QStringLiteral("16.3 d");
    QTest::newRow("NaN") << std::nan("") << QStringLiteral("-");
}

void TestTimeUtil::readableDuration()
{
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(journeyscope::readableDuration(seconds), expected);
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
