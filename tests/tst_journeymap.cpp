// The journey map's numbers on a hand-built log: touchpoints per stage with their volumes
// and main channel, journeys reaching each stage, their conversion, time in the stage and
// the emotion mean; and which column holds emotions.

#include "core/journey/journeymap.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

namespace {

constexpr qint64 Hour = 3600 * 1000;

/**
 * A: Ad (social) 0h, Product (web) 1h, Product (app) 3h, Buy (web) 5h — converts.
 * B: Ad (social) 0h, Product (web) 2h — drops off (window 30 days passed by the end).
 * C: Product (web) 0h — its window is still open at the end (C starts last).
 * Stages: Ad Awareness, Product Consideration, Buy Purchase; Help has none (D: Help only).
 */
EventLog mapLog()
{
    EventLog::Builder builder;
    const qint64 day = 24 * Hour;
    builder.add(QStringLiteral("A"), 0, QStringLiteral("Ad"), QStringLiteral("social"))
        .add(QStringLiteral("A"), Hour, QStringLiteral("Product"), QStringLiteral("web"))
        .add(QStringLiteral("A"), 3 * Hour, QStringLiteral("Product"), QStringLiteral("app"))
        .add(QStringLiteral("A"), 5 * Hour, QStringLiteral("Buy"), QStringLiteral("web"))
        .add(QStringLiteral("B"), 0, QStringLiteral("Ad"), QStringLiteral("social"))
        .add(QStringLiteral("B"), 2 * Hour, QStringLiteral("Product"), QStringLiteral("web"))
        .add(QStringLiteral("D"), 40 * day, QStringLiteral("Help"), QStringLiteral("web"))
        .add(QStringLiteral("C"), 60 * day, QStringLiteral("Product"), QStringLiteral("web"))
        .setStage(QStringLiteral("Ad"), QStringLiteral("Awareness"))
        .setStage(QStringLiteral("Product"), QStringLiteral("Consideration"))
        .setStage(QStringLiteral("Buy"), QStringLiteral("Purchase"));
    return std::move(builder).build();
}

} // namespace

class TestJourneyMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersByHand()
    {
        const EventLog log = mapLog();
        Goal goal;
        goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
        // Emotions of A, B, C, D in the log's person order.
        std::vector<double> emotion(size_t(log.personCount()), std::nan(""));
        for (PersonIndex p = 0; p < PersonIndex(log.personCount()); ++p) {
            const QString key = log.personKeys()[p];
            emotion[p] = key == QLatin1String("A")   ? 9
                         : key == QLatin1String("B") ? 3
                                                     : std::nan("");
        }
        const JourneyMapData map = buildJourneyMap(EventView(log), goal, emotion);
        QCOMPARE(map.journeys, 4);
        QCOMPARE(map.converted, 1);
        QCOMPARE(map.stages.size(), size_t(4)); // three stages and "(no stage)" for Help
        const MapStage& awareness = map.stages[0];
        QCOMPARE(awareness.name, QStringLiteral("Awareness"));
        QCOMPARE(awareness.customers, 2);
        QCOMPARE(awareness.conversion, 0.5); // A converted, B dropped off
        QCOMPARE(awareness.emotion, 6.0);    // (9 + 3) / 2
        QCOMPARE(awareness.touchpoints.front().mainChannel, QStringLiteral("social"));
        const MapStage& consideration = map.stages[1];
        QCOMPARE(consideration.customers, 3);
        // C is open: of A and B, one converted.
        QCOMPARE(consideration.conversion, 0.5);
        // Days in the stage: A 2 h, B 0, C 0; the lower middle of three is 0.
        QCOMPARE(consideration.medianDaysInStage, 0.0);
        const MapTouchpoint& product = consideration.touchpoints.front();
        QCOMPARE(product.name, QStringLiteral("Product"));
        QCOMPARE(product.events, 4);
        QCOMPARE(product.customers, 3);
        QCOMPARE(product.mainChannel, QStringLiteral("web")); // 3 web, 1 app
        QCOMPARE(map.stages[2].customers, 1);
        QCOMPARE(map.stages[2].conversion, 1.0);
        QCOMPARE(map.stages[3].name, QStringLiteral("(no stage)"));
        QCOMPARE(map.stages[3].touchpoints.front().name, QStringLiteral("Help"));
        QVERIFY(std::isnan(map.stages[3].emotion));
    }

    /// The actions of each stage: first visits, repeats as one step, at most three steps.
    void actionsByHand()
    {
        EventLog::Builder builder;
        const auto add = [&](const char* person, const QStringList& touchpoints) {
            qint64 time = 0;
            for (const QString& touchpoint : touchpoints)
                builder.add(QLatin1String(person), time += Hour, touchpoint, QStringLiteral("web"));
        };
        const QString home = QStringLiteral("Home"), search = QStringLiteral("Search"),
                      product = QStringLiteral("Product"), cart = QStringLiteral("Cart"),
                      pay = QStringLiteral("Pay");
        add("P1", {home, search, search, product, cart, pay});
        add("P2", {home, search, product, cart});
        add("P3", {search, product, home, product, cart, home}); // comes back to Browse
        add("P4", {home, cart, pay, cart});
        for (const QString& touchpoint : {home, search, product})
            builder.setStage(touchpoint, QStringLiteral("Browse"));
        for (const QString& touchpoint : {cart, pay})
            builder.setStage(touchpoint, QStringLiteral("Buy"));
        const EventLog log = std::move(builder).build();
        const JourneyMapData map = buildJourneyMap(EventView(log), Goal());
        QCOMPARE(map.stages.size(), size_t(2));

        const std::vector<MapAction>& browse = map.stages[0].actions;
        QCOMPARE(browse.size(), size_t(3));
        QCOMPARE(browse[0].steps, (QStringList{home, search, product}));
        QCOMPARE(browse[0].journeys, 2);
        QVERIFY(!browse[0].more);
        QCOMPARE(browse[1].steps, QStringList{home});
        QCOMPARE(browse[1].journeys, 1);
        QCOMPARE(browse[2].steps, (QStringList{search, product, home}));
        QVERIFY(browse[2].more); // ... Product again before Cart

        const std::vector<MapAction>& buy = map.stages[1].actions;
        QCOMPARE(buy.size(), size_t(3));
        QCOMPARE(buy[0].steps, QStringList{cart});
        QCOMPARE(buy[0].journeys, 2); // P2, and P3 whose later Browse visit is not Buy's
        QCOMPARE(buy[1].steps, (QStringList{cart, pay}));
        QCOMPARE(buy[2].steps, (QStringList{cart, pay, cart}));
        QVERIFY(!buy[2].more);
    }

    void emptyView()
    {
        const EventLog log = mapLog();
        EventFilter none;
        none.fromMs = qint64(1) << 50;
        const JourneyMapData map = buildJourneyMap(EventView(log, none), Goal());
        QCOMPARE(map.journeys, 0);
        QCOMPARE(map.stages.size(), size_t(3)); // "(no stage)" only when Help has events

        QCOMPARE(map.stages[0].customers, 0);
        QVERIFY(std::isnan(map.stages[0].conversion));
    }

    void emotionColumn_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csat") << QStringList{QStringLiteral("plan"), QStringLiteral("CSAT_score")}
                              << QStringLiteral("CSAT_score");
        QTest::newRow("csat before nps")
            << QStringList{QStringLiteral("nps"), QStringLiteral("csat")} << QStringLiteral("csat");
        QTest::newRow("sentiment")
            << QStringList{QStringLiteral("Sentiment")} << QStringLiteral("Sentiment");
        QTest::newRow("none") << QStringList{QStringLiteral("plan"), QStringLiteral("seats")}
                              << QString();
    }

    void emotionColumn()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, expected);
        QCOMPARE(journeyscope::emotionColumn(names), expected);
    }
};

QTEST_GUILESS_MAIN(TestJourneyMap)
#include "tst_journeymap.moc"
