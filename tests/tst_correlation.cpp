// Which touchpoints and customer attributes go with converting: odds ratios with +1
// smoothing on a hand-built log, open journeys left out, nothing after the goal counted,
// the minimum support, the order and the words.

#include "core/predict/correlation.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

class TestCorrelation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddsRatiosByHand()
    {
        constexpr qint64 Day = 24 * 3600 * 1000;
        EventLog::Builder builder;
        std::vector<QString> plans;
        int person = 0;
        const auto journeys = [&](int count, QStringList steps, const QString& plan,
                                  qint64 start = 0) {
            for (int i = 0; i < count; ++i, ++person) {
                const QString name = QStringLiteral("p%1").arg(person, 3, 10, QLatin1Char('0'));
                for (qsizetype s = 0; s < steps.size(); ++s)
                    builder.add(name, start + s * 60'000, steps[s]);
                plans.push_back(plan);
            }
        };
        const QString h = QStringLiteral("Home"), r = QStringLiteral("Reviews"),
                      b = QStringLiteral("Buy"), n = QStringLiteral("Newsletter");
        journeys(30, {h, r, b}, QStringLiteral("Pro"));
        journeys(10, {h, r}, QStringLiteral("Basic"));
        journeys(10, {h, b}, {});
        journeys(50, {h}, {});
        journeys(5, {h, b, n}, {}); // Newsletter after the purchase: not counted
        journeys(5, {h, n}, {});
        journeys(3, {h, r}, QStringLiteral("Pro"), 100 * Day); // still open: left out
        const EventLog log = std::move(builder).build();
        Goal goal;
        goal.touchpoints = {quint16(log.touchpointIndex(b))};

        const CorrelationReport report =
            correlateWithConversion(EventView(log), goal, {{QStringLiteral("plan"), plans}});
        QCOMPARE(report.journeys, 110);
        QCOMPARE(report.converted, 45);
        QCOMPARE(report.minimumSupport, 3); // 2 % of 110, rounded up
        // Home: every journey (none without it); Buy: the goal. Neither is listed.
        QStringList names;
        for (const ConversionCorrelation& c : report.correlations)
            names.append(c.name);
        QCOMPARE(names, (QStringList{QStringLiteral("plan=Pro"), QStringLiteral("Reviews"),
                                     QStringLiteral("plan=Basic"), QStringLiteral("Newsletter")}));

        // Reviews: did 30 converted + 10 not; did not 15 converted + 55 not.
        const ConversionCorrelation& reviews = report.correlations[1];
        QCOMPARE(reviews.withConverted, 30);
        QCOMPARE(reviews.withOther, 10);
        QCOMPARE(reviews.withoutConverted, 15);
        QCOMPARE(reviews.withoutOther, 55);
        QVERIFY(std::abs(reviews.oddsRatio - 31.0 * 56 / (11.0 * 16)) < 1e-12);
        const double spread = 1.96 * std::sqrt(1.0 / 31 + 1.0 / 11 + 1.0 / 16 + 1.0 / 56);
        QVERIFY(std::abs(reviews.low - reviews.oddsRatio / std::exp(spread)) < 1e-9);
        QVERIFY(std::abs(reviews.high - reviews.oddsRatio * std::exp(spread)) < 1e-9);
        // An odds ratio compares odds, not chances: the sentence says odds and gives both
        // conversion rates, 30 of 40 and 15 of 70.
        QCOMPARE(reviews.conversionRateWith(), 0.75);
        QCOMPARE(reviews.conversionRateWithout(), 15.0 / 70);
        QCOMPARE(reviews.sentence(),
                 QStringLiteral("Customers who reached Reviews: odds of converting 9.9 times "
                                "higher (75.0 % of them converted, against 21.4 % of the "
                                "others)"));

        // Newsletter before a goal only in the 5 who did not buy: 1 x 61 / (6 x 46).
        const ConversionCorrelation& newsletter = report.correlations[3];
        QCOMPARE(newsletter.withConverted, 0);
        QCOMPARE(newsletter.withOther, 5);
        QVERIFY(std::abs(newsletter.oddsRatio - 61.0 / 276) < 1e-12);
        // 0 of 5 against 45 of 105: 1 / 0.221 = 4.5 times lower odds.
        QCOMPARE(newsletter.sentence(),
                 QStringLiteral("Customers who reached Newsletter: odds of converting 4.5 times "
                                "lower (0.0 % of them converted, against 42.9 % of the others)"));

        // plan=Pro: 30 of 30 converted; the rest 15 of 80: 31 x 66 / (1 x 16).
        QVERIFY(std::abs(report.correlations[0].oddsRatio - 31.0 * 66 / 16) < 1e-12);
        // 30 of 30 against 15 of 80: the odds 128 times higher, the rate 5.3 times; the
        // sentence must not pass the first off as the second.
        QCOMPARE(report.correlations[0].sentence(),
                 QStringLiteral("Customers with plan=Pro: odds of converting 128 times higher "
                                "(100.0 % of them converted, against 18.8 % of the others)"));
        QVERIFY(!report.correlations[0].sentence().contains(QStringLiteral("likely")));
        const QJsonObject pro = report.toJson()[QStringLiteral("correlations")][0].toObject();
        QCOMPARE(pro[QStringLiteral("conversion_rate_did")].toDouble(), 1.0);
        QCOMPARE(pro[QStringLiteral("conversion_rate_did_not")].toDouble(), 15.0 / 80);
        QCOMPARE(
            report.toJson()[QStringLiteral("correlations")][1][QStringLiteral("name")].toString(),
            QStringLiteral("Reviews"));
    }

    void minimumSupport()
    {
        // 10 journeys; 2 % would be 1, and at least 1 must not have done it either.
        EventLog::Builder builder;
        for (int i = 0; i < 10; ++i) {
            builder.add(QStringLiteral("p%1").arg(i), 0, QStringLiteral("Home"));
            if (i == 0)
                builder.add(QStringLiteral("p%1").arg(i), 1000, QStringLiteral("Rare"));
            if (i < 5)
                builder.add(QStringLiteral("p%1").arg(i), 2000, QStringLiteral("Buy"));
        }
        const EventLog log = std::move(builder).build();
        Goal goal;
        goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
        goal.windowMs.reset();
        const CorrelationReport report = correlateWithConversion(EventView(log), goal);
        QCOMPARE(report.minimumSupport, 1);
        QCOMPARE(report.correlations.size(), size_t(1)); // Rare, done once; Home by everyone
        QCOMPARE(report.correlations[0].name, QStringLiteral("Rare"));
        QVERIFY(correlateWithConversion(EventView(EventLog()), goal).correlations.empty());
    }
};

QTEST_GUILESS_MAIN(TestCorrelation)
#include "tst_correlation.moc"
