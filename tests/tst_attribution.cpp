// Attribution: first touch, last touch, linear and the Markov removal effect, on chains whose
// answers are worked out by hand, at orders 1 and 2.

#include "core/base/error.h"
#include "core/predict/attribution.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

namespace {

/// Journeys of channel touches ("A B" then a purchase when \a converted), one a person.
EventLog journeysOf(const std::vector<std::pair<QString, bool>>& paths)
{
    EventLog::Builder builder;
    int person = 0;
    for (const auto& [path, converted] : paths) {
        const QString name = QStringLiteral("p%1").arg(person++);
        qint64 t = 0;
        for (const QString& channel : path.split(QLatin1Char(' ')))
            builder.add(name, t += 1000, QStringLiteral("Visit"), channel);
        if (converted)
            builder.add(name, t += 1000, QStringLiteral("Buy"));
    }
    return std::move(builder).build();
}

Goal buy(const EventLog& log)
{
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
    goal.windowMs.reset();
    return goal;
}

const AttributionCredit& credit(const AttributionReport& report, const QString& name)
{
    static const AttributionCredit none;
    for (const AttributionCredit& c : report.credits) {
        if (c.name == name)
            return c;
    }
    return none;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestAttribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstOrderByHand()
    {
        // Start -> A 2/3, B 1/3; A -> B 1/2, none 1/2; B -> conversion 1.
        // P = 2/3 * 1/2 + 1/3 = 2/3. Without A: 1/3 (effect 1/2); without B: 0 (effect 1).
        const EventLog log = journeysOf({{QStringLiteral("A B"), true},
                                         {QStringLiteral("A"), false},
                                         {QStringLiteral("B"), true}});
        const AttributionReport report = attributeConversions(EventView(log), buy(log));
        QCOMPARE(report.paths, 3);
        QCOMPARE(report.conversions, 2);
        QCOMPARE(report.states, 2);
        QVERIFY(near(report.conversionProbability, 2.0 / 3));
        const AttributionCredit& a = credit(report, QStringLiteral("A"));
        const AttributionCredit& b = credit(report, QStringLiteral("B"));
        QVERIFY(near(a.removalEffect, 0.5));
        QVERIFY(near(b.removalEffect, 1.0));
        // Effects 1/2 and 1 share out 2 conversions: 2/3 and 4/3.
        QVERIFY(near(a.markov, 2.0 / 3));
        QVERIFY(near(b.markov, 4.0 / 3));
        QCOMPARE(report.credits[0].name, QStringLiteral("B"));
        // The heuristics, over the converted paths "A B" and "B".
        QCOMPARE(a.firstTouch, 1.0);
        QCOMPARE(b.firstTouch, 1.0);
        QCOMPARE(a.lastTouch, 0.0);
        QCOMPARE(b.lastTouch, 2.0);
        QCOMPARE(a.linear, 0.5);
        QCOMPARE(b.linear, 1.5);
        QCOMPARE(report.toJson()[QStringLiteral("credits")][0][QStringLiteral("markov")].toDouble(),
                 b.markov);
    }

    void higherOrderSeesWhereAPathCameFrom()
    {
        // A B converts, C B does not. Order 1 cannot tell the two B's apart: B -> conversion
        // 1/2; P = 1/2; without A or C 1/4 (effect 1/2 each), without B 0 (effect 1):
        // credits 1/4, 1/4, 1/2 of the one conversion.
        const EventLog log =
            journeysOf({{QStringLiteral("A B"), true}, {QStringLiteral("C B"), false}});
        const AttributionReport first = attributeConversions(EventView(log), buy(log));
        QVERIFY(near(credit(first, QStringLiteral("A")).markov, 0.25));
        QVERIFY(near(credit(first, QStringLiteral("C")).markov, 0.25));
        QVERIFY(near(credit(first, QStringLiteral("B")).markov, 0.5));
        // Order 2: states (A) (A B) (C) (C B); without A nothing converts, without C all
        // does: effects 1, 1 and 0, so A and B share the conversion and C gets none.
        AttributionOptions options;
        options.order = 2;
        const AttributionReport second = attributeConversions(EventView(log), buy(log), options);
        QCOMPARE(second.states, 4);
        QVERIFY(near(credit(second, QStringLiteral("A")).markov, 0.5));
        QVERIFY(near(credit(second, QStringLiteral("B")).markov, 0.5));
        QCOMPARE(credit(second, QStringLiteral("C")).markov, 0.0);
        QCOMPARE(credit(second, QStringLiteral("C")).removalEffect, 0.0);
    }

    void creditsAddUpToTheConversions()
    {
        const EventLog log = journeysOf({{QStringLiteral("A B C"), true},
                                         {QStringLiteral("B B A"), true},
                                         {QStringLiteral("C"), false},
                                         {QStringLiteral("A C B A"), true},
                                         {QStringLiteral("B C"), false}});
        for (int order = 1; order <= 3; ++order) {
            AttributionOptions options;
            options.order = order;
            const AttributionReport report =
                attributeConversions(EventView(log), buy(log), options);
            double markov = 0, first = 0, last = 0, linear = 0;
            for (const AttributionCredit& c : report.credits) {
                QVERIFY(c.markov >= 0);
                markov += c.markov;
                first += c.firstTouch;
                last += c.lastTouch;
                linear += c.linear;
            }
            QVERIFY(near(markov, 3));
            QCOMPARE(first, 3.0);
            QCOMPARE(last, 3.0);
            QVERIFY(near(linear, 3));
            // Deterministic.
            QCOMPARE(attributeConversions(EventView(log), buy(log), options).toJson(),
                     report.toJson());
        }
    }

    void touchpointLevelAndBadOrders()
    {
        const EventLog log = journeysOf({{QStringLiteral("A"), true}});
        AttributionOptions options;
        options.level = AttributionLevel::Touchpoint;
        const AttributionReport report = attributeConversions(EventView(log), buy(log), options);
        QCOMPARE(report.credits.size(), size_t(1)); // Visit; Buy is the goal
        QCOMPARE(report.credits[0].name, QStringLiteral("Visit"));
        QCOMPARE(report.credits[0].markov, 1.0);
        options.order = 4;
        QVERIFY_THROWS_EXCEPTION(Error, attributeConversions(EventView(log), buy(log), options));
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
