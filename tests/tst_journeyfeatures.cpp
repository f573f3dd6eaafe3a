// The features of a journey cut after some of its events, worked out by hand for one
// journey: counts, timing, sessions and their trend, intent, value, categories, shares.

#include "core/predict/journeyfeatures.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
/// 2025-01-06 was a Monday; 09:00 UTC.
constexpr qint64 Monday9 = 1736154000000;

/**
 * One customer, three sessions (gap 30 min): Monday 09:00 Home (web), 09:05 Product (web),
 * 09:10 Product (web, value 20); Wednesday 09:00 Product (app), 09:02 Cart (app);
 * Thursday 09:00 Product (email), 09:01 Cart (web), 09:02 Cart (web), 09:03 Buy (web, 50).
 * Stages: Home Awareness, Product Consideration, Cart and Buy Purchase.
 */
EventLog journeyLog()
{
    EventLog::Builder builder;
    const QString p = QStringLiteral("p");
    builder.add(p, Monday9, QStringLiteral("Home"), QStringLiteral("web"))
        .add(p, Monday9 + 5 * Minute, QStringLiteral("Product"), QStringLiteral("web"))
        .add(p, Monday9 + 10 * Minute, QStringLiteral("Product"), QStringLiteral("web"), 20)
        .add(p, Monday9 + 2 * Day, QStringLiteral("Product"), QStringLiteral("app"))
        .add(p, Monday9 + 2 * Day + 2 * Minute, QStringLiteral("Cart"), QStringLiteral("app"))
        .add(p, Monday9 + 3 * Day, QStringLiteral("Product"), QStringLiteral("email"))
        .add(p, Monday9 + 3 * Day + Minute, QStringLiteral("Cart"), QStringLiteral("web"))
        .add(p, Monday9 + 3 * Day + 2 * Minute, QStringLiteral("Cart"), QStringLiteral("web"))
        .add(p, Monday9 + 3 * Day + 3 * Minute, QStringLiteral("Buy"), QStringLiteral("web"), 50)
        .setStage(QStringLiteral("Home"), QStringLiteral("Awareness"))
        .setStage(QStringLiteral("Product"), QStringLiteral("Consideration"))
        .setStage(QStringLiteral("Cart"), QStringLiteral("Purchase"))
        .setStage(QStringLiteral("Buy"), QStringLiteral("Purchase"));
    return std::move(builder).build();
}

} // namespace

class TestJourneyFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns()
    {
        const EventLog log = journeyLog();
        const JourneyFeatures features(log);
        const FeatureTable table = features.emptyTable();
        QCOMPARE(table.columns.size(), 17 + 4 + 3 + 3); // fixed, visits, stages, channel shares
        QCOMPARE(table.columns[features.lastTouchpointColumn()], QStringLiteral("last touchpoint"));
        QVERIFY(table.categorical[size_t(features.lastTouchpointColumn())]);
        QVERIFY(table.columns.contains(QStringLiteral("visits: Cart")));
        QVERIFY(table.columns.contains(QStringLiteral("stage: Purchase")));
        QVERIFY(table.columns.contains(QStringLiteral("channel share: email")));
        QCOMPARE(std::count(table.categorical.begin(), table.categorical.end(), true), 3);
    }

    void valuesAtACut_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<double>("expected"); // NaN: missing

        const double missing = std::nan("");
        QTest::newRow("one event: no previous") << 1 << "hours since previous event" << missing;
        QTest::newRow("one event: no previous touchpoint") << 1 << "previous touchpoint" << missing;
        QTest::newRow("one session: no spike") << 1 << "engagement spike" << missing;
        QTest::newRow("events") << 5 << "events" << 5.0;
        QTest::newRow("sessions") << 5 << "sessions" << 2.0;
        QTest::newRow("days since first")
            << 5 << "days since first event" << double(2 * Day + 2 * Minute) / Day;
        QTest::newRow("hours since previous")
            << 4 << "hours since previous event" << double(2 * Day - 10 * Minute) / Hour;
        QTest::newRow("events in last session") << 5 << "events in last session" << 2.0;
        // Sessions start Mon 09:00, Wed 09:00, Thu 09:00: last gap 1 day over 2 days before.
        QTest::newRow("two sessions: no trend") << 5 << "session gap trend" << missing;
        QTest::newRow("gap trend") << 6 << "session gap trend" << 0.5;
        // Last session 4 events against (3 + 2) / 2 before.
        QTest::newRow("spike") << 9 << "engagement spike" << 4.0 / 2.5;
        QTest::newRow("most visits") << 6 << "most visits to one touchpoint" << 4.0;
        QTest::newRow("repeats") << 8 << "repeat visits" << 5.0;
        QTest::newRow("value before it comes") << 2 << "value so far" << 0.0;
        QTest::newRow("value") << 9 << "value so far" << 70.0;
        QTest::newRow("stage reached") << 3 << "stage reached" << 1.0;
        QTest::newRow("last touchpoint") << 5 << "last touchpoint" << 2.0;         // Cart
        QTest::newRow("previous touchpoint") << 5 << "previous touchpoint" << 1.0; // Product
        QTest::newRow("last channel") << 4 << "last channel" << 2.0;               // app
        QTest::newRow("hour") << 5 << "hour of day" << 9.0;
        QTest::newRow("weekday Monday") << 1 << "weekday" << 0.0;
        QTest::newRow("weekday Thursday") << 9 << "weekday" << 3.0;
        QTest::newRow("visits") << 8 << "visits: Cart" << 3.0;
        QTest::newRow("not yet visited") << 3 << "visits: Cart" << 0.0;
        QTest::newRow("stage events") << 9 << "stage: Purchase" << 4.0;
        QTest::newRow("channel share") << 9 << "channel share: web" << 6.0 / 9;
    }

    void valuesAtACut()
    {
        QFETCH(int, cut);
        QFETCH(QString, feature);
        QFETCH(double, expected);
        const EventLog log = journeyLog();
        const JourneyFeatures features(log);
        FeatureTable table = features.emptyTable();
        const Journey journey(0, quint32(0), log.eventCount());
        features.appendRows(journey, {cut}, table);
        QCOMPARE(table.rows(), 1);
        const qsizetype column = table.columns.indexOf(feature);
        QVERIFY2(column >= 0, qPrintable(feature));
        const float value = table.values[size_t(column)];
        if (std::isnan(expected))
            QVERIFY2(std::isnan(value), qPrintable(QString::number(value)));
        else
            QCOMPARE(value, float(expected));
    }

    void everyCutInOnePass()
    {
        // Rows for several cuts equal rows made one cut at a time.
        const EventLog log = journeyLog();
        const JourneyFeatures features(log);
        const Journey journey(0, quint32(0), log.eventCount());
        FeatureTable together = features.emptyTable();
        features.appendRows(journey, {1, 4, 9}, together);
        FeatureTable apart = features.emptyTable();
        for (const qsizetype cut : {1, 4, 9})
            features.appendRows(journey, {cut}, apart);
        QCOMPARE(together.rows(), 3);
        QCOMPARE(together.values.size(), apart.values.size());
        for (size_t i = 0; i < together.values.size(); ++i) {
            QVERIFY(together.values[i] == apart.values[i] ||
                    (std::isnan(together.values[i]) && std::isnan(apart.values[i])));
        }
    }
};

QTEST_GUILESS_MAIN(TestJourneyFeatures)
#include "tst_journeyfeatures.moc"
