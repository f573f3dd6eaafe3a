// Friction: exits without the goal (open journeys left out), drop-off between stages,
// repeats, loops, backtracks, dwell and delay medians, the score, and the heatmap matrices,
// on hand-built logs whose numbers are worked out below.

#include "core/base/error.h"
#include "core/journey/friction.h"

#include <cmath>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace journeyscope;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

constexpr qint64 second = 1000;

/*
 * Seven journeys (seconds; H Home, P Product, C Cart, B Buy; goal B within 1000 s; the
 * data end at 5010 s):
 *
 *   a  H0 P10 C40 B100        web                 converted
 *   b  H0 P20 H30 P50         web                 dropped off at P
 *   c  H0 P5 P7 C30           web, then app       dropped off at C
 *   d  P0 C60 P90             app                 dropped off at P
 *   e  H0                     web                 dropped off at H
 *   f  H5000 C5010            web                 open (5000 + 1000 > 5010)
 *   g  C0 B30 H50             web web email       converted, then on to H
 *
 * Stages: H Awareness, P Consideration, C and B Purchase.
 * All 14 gaps: 2 5 10 10 10 20 20 20 23 30 30 30 60 60: overall median 20 s.
 */
EventLog handBuilt(bool withStages = true)
{
    EventLog::Builder builder;
    const auto add = [&](const char* person, qint64 seconds, const char* touchpoint,
                         const char* channel) {
        builder.add(s(person), seconds * second, s(touchpoint), s(channel));
    };
    add("a", 0, "H", "web"), add("a", 10, "P", "web"), add("a", 40, "C", "web");
    add("a", 100, "B", "web");
    add("b", 0, "H", "web"), add("b", 20, "P", "web"), add("b", 30, "H", "web");
    add("b", 50, "P", "web");
    add("c", 0, "H", "web"), add("c", 5, "P", "app"), add("c", 7, "P", "app");
    add("c", 30, "C", "app");
    add("d", 0, "P", "app"), add("d", 60, "C", "app"), add("d", 90, "P", "app");
    add("e", 0, "H", "web");
    add("f", 5000, "H", "web"), add("f", 5010, "C", "web");
    add("g", 0, "C", "web"), add("g", 30, "B", "web"), add("g", 50, "H", "email");
    if (withStages) {
        builder.setStage(s("H"), s("Awareness"))
            .setStage(s("P"), s("Consideration"))
            .setStage(s("C"), s("Purchase"))
            .setStage(s("B"), s("Purchase"));
    }
    return std::move(builder).build();
}

Goal buyWithin1000s(const EventLog& log)
{
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(u"B"))};
    goal.windowMs = 1000 * second;
    return goal;
}

FrictionOptions anySupport()
{
    FrictionOptions options;
    options.minJourneys = 1;
    return options;
}

const FrictionMetrics& named(const std::vector<FrictionMetrics>& all, const QString& name)
{
    static const FrictionMetrics none;
    for (const FrictionMetrics& metrics : all) {
        if (metrics.name == name)
            return metrics;
    }
    return none;
}

/// Compares doubles where NaN must match NaN.
bool same(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

#define COMPARE_RATE(actual, expected)                                                             \
    QVERIFY2(same(actual, expected), qPrintable(QStringLiteral("%1 is %2, expected %3")            \
                                                    .arg(QStringLiteral(#actual))                  \
                                                    .arg(actual, 0, 'g', 17)                       \
                                                    .arg(expected, 0, 'g', 17)))

constexpr double NaN = FrictionMetrics::NaN;

double median(std::vector<qint64> values)
{
    if (values.empty())
        return NaN;
    std::sort(values.begin(), values.end());
    return (double(values[(values.size() - 1) / 2]) + double(values[values.size() / 2])) / 2;
}

} // namespace

class TestFriction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void touchpoints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("journeys");
        QTest::addColumn<qint64>("open");
        QTest::addColumn<qint64>("exits");
        QTest::addColumn<double>("exitRate");
        QTest::addColumn<qint64>("repeats");
        QTest::addColumn<qint64>("loops");
        QTest::addColumn<qint64>("stagedMoves");
        QTest::addColumn<qint64>("backtracks");
        QTest::addColumn<qint64>("dwells");
        QTest::addColumn<double>("dwell");
        QTest::addColumn<double>("delay");

        // H: exits only e (g ended at H but converted; f is open): 1 of 5 closed. Repeat:
        // b's second H; loop: b (H P H). Dwells 10 20 20 5 10; delays 10 (b) 20 (g).
        QTest::newRow("Home") << s("H") << 7LL << 6LL << 1LL << 1LL << 0.2 << 1LL << 1LL << 5LL
                              << 0LL << 5LL << 10.0 << 15.0;
        // P: exits b and d of 4; repeats b, c (back to back), d; loops b (P H P) and
        // d (P C P), not c; backtrack b P->H of 5 moves. Dwells 30 10 2 23 60; delays
        // 10 20 20 5 2 30.
        QTest::newRow("Product") << s("P") << 7LL << 4LL << 0LL << 2LL << 0.5 << 3LL << 2LL << 5LL
                                 << 1LL << 5LL << 23.0 << 15.0;
        // C: exit c of 4 closed (f open); backtrack d C->P of 3 moves. Dwells 60 30 30;
        // delays 30 23 60 10.
        QTest::newRow("Cart") << s("C") << 5LL << 5LL << 1LL << 1LL << 0.25 << 0LL << 0LL << 3LL
                              << 1LL << 3LL << 30.0 << 26.5;
        // B: both journeys converted; g's B->H comes after its goal, a new cycle: no staged
        // move. Dwell 20; delays 60 30.
        QTest::newRow("Buy") << s("B") << 2LL << 2LL << 0LL << 0LL << 0.0 << 0LL << 0LL << 0LL
                             << 0LL << 1LL << 20.0 << 45.0;
    }

    void touchpoints()
    {
        QFETCH(QString, name);
        const EventLog log = handBuilt();
        const FrictionReport report =
            computeFriction(EventView(log), buyWithin1000s(log), anySupport());
        QCOMPARE(report.journeys, 7);
        QCOMPARE(report.converted, 2);
        QCOMPARE(report.droppedOff, 4);
        QCOMPARE(report.open, 1);
        QCOMPARE(report.medianDwellSeconds, 20.0);
        QCOMPARE(report.touchpoints.size(), size_t(4));

        const FrictionMetrics& m = named(report.touchpoints, name);
        QCOMPARE(m.name, name);
        QTEST(m.events, "events");
        QTEST(m.journeys, "journeys");
        QTEST(m.openJourneys, "open");
        QTEST(m.exits, "exits");
        QFETCH(double, exitRate);
        COMPARE_RATE(m.exitRate, exitRate);
        QTEST(m.repeats, "repeats");
        COMPARE_RATE(m.repeatRate, double(m.repeats) / double(m.events));
        QTEST(m.loops, "loops");
        COMPARE_RATE(m.loopRate, double(m.loops) / double(m.journeys));
        QTEST(m.stagedMoves, "stagedMoves");
        QTEST(m.backtracks, "backtracks");
        COMPARE_RATE(m.backtrackRate, double(m.backtracks) / double(m.stagedMoves));
        QTEST(m.dwells, "dwells");
        QFETCH(double, dwell);
        QFETCH(double, delay);
        COMPARE_RATE(m.medianDwellSeconds, dwell);
        COMPARE_RATE(m.dwellRatio, dwell / 20);
        COMPARE_RATE(m.medianDelaySeconds, delay);
        COMPARE_RATE(m.delayRatio, delay / 20);
        QVERIFY(m.enoughData);
        COMPARE_RATE(m.score, FrictionWeights().score(m.exitRate, m.loopRate, m.backtrackRate,
                                                      m.dwellRatio));
    }

    void scoreByHand()
    {
        const EventLog log = handBuilt();
        const FrictionReport report =
            computeFriction(EventView(log), buyWithin1000s(log), anySupport());
        // Product: exit .5, loop .5, backtrack .2, dwell ratio 23 / 20 = 1.15.
        COMPARE_RATE(named(report.touchpoints, s("P")).score,
                     0.4 * 0.5 + 0.2 * 0.5 + 0.2 * 0.2 + 0.2 * (1.15 / 2.15));
        // Home: exit .2, loop 1/6, backtrack 0, dwell ratio .5.
        COMPARE_RATE(named(report.touchpoints, s("H")).score,
                     0.4 * 0.2 + 0.2 / 6 + 0.2 * 0 + 0.2 * (0.5 / 1.5));
        QCOMPARE(report.weights.formula(),
                 s("score = (0.4 * exit rate + 0.2 * loop rate + 0.2 * backtrack rate + "
                   "0.2 * d / (1 + d)) / (sum of the weights of the defined terms), "
                   "d = median dwell / overall median dwell"));

        // Worst first in JSON: P .447, C .287, H .18, B .125 (exit 0, loop 0, dwell .5; no
        // backtrack term).
        const QJsonObject json = report.toJson();
        QStringList order;
        for (const QJsonValue& touchpoint : json[s("touchpoints")].toArray())
            order.append(touchpoint[s("name")].toString());
        QCOMPARE(order, (QStringList{s("P"), s("C"), s("H"), s("B")}));
        COMPARE_RATE(named(report.touchpoints, s("B")).score, 0.2 * 0.5 / 0.8);
        QCOMPARE(json[s("touchpoints")][0][s("score")].toDouble(),
                 named(report.touchpoints, s("P")).score);
        QCOMPARE(json[s("weights")][s("exit")].toDouble(), 0.4);
        QCOMPARE(json[s("formula")].toString(), report.weights.formula());
        QCOMPARE(json[s("journeys")].toInteger(), 7);

        // Other weights: only the exit rate counts.
        FrictionOptions exitOnly = anySupport();
        exitOnly.weights = {1, 0, 0, 0};
        const FrictionReport exits = computeFriction(EventView(log), buyWithin1000s(log), exitOnly);
        for (const FrictionMetrics& m : exits.touchpoints)
            COMPARE_RATE(m.score, m.exitRate);
    }

    void undefinedTermsAreLeftOut()
    {
        const EventLog log = handBuilt();
        // B without a stage: no staged move from it, so no backtrack term.
        FrictionOptions options = anySupport();
        options.stages = StageModel{};
        options.stages->stages = {s("Awareness"), s("Consideration"), s("Purchase")};
        options.stages->setStage(s("H"), s("Awareness"));
        options.stages->setStage(s("P"), s("Consideration"));
        options.stages->setStage(s("C"), s("Purchase"));
        const FrictionReport report = computeFriction(EventView(log), buyWithin1000s(log), options);
        const FrictionMetrics& buy = named(report.touchpoints, s("B"));
        QCOMPARE(buy.stagedMoves, 0);
        COMPARE_RATE(buy.backtrackRate, NaN);
        // (.4 * 0 + .2 * 0 + .2 * 1 / (1 + 1)) / (.4 + .2 + .2)
        COMPARE_RATE(buy.score, 0.1 / 0.8);
        // C->B no longer counts for C: only d's C->P is a staged move, and a backtrack.
        QCOMPARE(named(report.touchpoints, s("C")).stagedMoves, 1);
        COMPARE_RATE(named(report.touchpoints, s("C")).backtrackRate, 1.0);

        // One one-event journey: no dwell at all, so no overall median either.
        EventFilter onlyE;
        onlyE.persons = std::make_shared<std::vector<PersonIndex>>(std::vector<PersonIndex>{4});
        const FrictionReport single =
            computeFriction(EventView(log, onlyE), buyWithin1000s(log), anySupport());
        const FrictionMetrics& home = named(single.touchpoints, s("H"));
        QCOMPARE(home.journeys, 1);
        QCOMPARE(home.dwells, 0);
        COMPARE_RATE(home.exitRate, 1.0);
        COMPARE_RATE(home.medianDwellSeconds, NaN);
        COMPARE_RATE(home.medianDelaySeconds, NaN);
        COMPARE_RATE(home.dwellRatio, NaN);
        COMPARE_RATE(single.medianDwellSeconds, NaN);
        COMPARE_RATE(home.score, 0.4 / 0.6); // exit 1, loop 0
        QVERIFY(single.toJson()[s("median_dwell_seconds")].isNull());
    }

    void refusesBadWeights_data()
    {
        QTest::addColumn<double>("loop");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << -0.1 << s("friction weights must be numbers of 0 or more");
        QTest::newRow("nan") << NaN << s("friction weights must be numbers of 0 or more");
        QTest::newRow("all zero") << 0.0 << s("at least one friction weight must be more than 0");
    }

    void refusesBadWeights()
    {
        QFETCH(double, loop);
        QFETCH(QString, message);
        const EventLog log = handBuilt();
        FrictionOptions options;
        options.weights = {0, loop, 0, 0};
        QCOMPARE(messageOf([&] { computeFriction(EventView(log), buyWithin1000s(log), options); }),
                 message);
        QCOMPARE(messageOf([&] {
                     frictionByStageAndChannel(EventView(log), buyWithin1000s(log), options);
                 }),
                 message);
    }

    void stages()
    {
        const EventLog log = handBuilt();
        const FrictionReport report =
            computeFriction(EventView(log), buyWithin1000s(log), anySupport());
        QCOMPARE(report.stages.size(), size_t(3));
        const FrictionMetrics& awareness = report.stages[0];
        QCOMPARE(awareness.name, s("Awareness"));
        // Closed journeys reaching Awareness: a b c e g; only e got no further.
        QCOMPARE(awareness.dropOffs, 1);
        COMPARE_RATE(awareness.dropOffRate, 0.2);
        COMPARE_RATE(awareness.exitRate, 0.2);
        QCOMPARE(awareness.loops, 1);
        // Consideration: closed a b c d; b never reached Purchase.
        const FrictionMetrics& consideration = report.stages[1];
        QCOMPARE(consideration.dropOffs, 1);
        COMPARE_RATE(consideration.dropOffRate, 0.25);
        QCOMPARE(consideration.loops, 2);

        // Purchase (C and B): a C B, c C, d C, f C, g C B; a loop needs a way out and back,
        // so none. Moves a C->B, d C->P (back), g C->B; g B->H comes after g's goal. Dwells
        // 60 30 30 20;
        // delays 30 60 23 60 10 30. It is the last stage: no drop-off rate.
        const FrictionMetrics& purchase = report.stages[2];
        QCOMPARE(purchase.events, 7);
        QCOMPARE(purchase.journeys, 5);
        QCOMPARE(purchase.openJourneys, 1);
        QCOMPARE(purchase.exits, 1);
        COMPARE_RATE(purchase.exitRate, 0.25);
        QCOMPARE(purchase.repeats, 0);
        QCOMPARE(purchase.loops, 0);
        QCOMPARE(purchase.stagedMoves, 3);
        COMPARE_RATE(purchase.backtrackRate, 1.0 / 3);
        COMPARE_RATE(purchase.medianDwellSeconds, 30.0);
        COMPARE_RATE(purchase.medianDelaySeconds, 30.0);
        QCOMPARE(purchase.dropOffs, 4);
        COMPARE_RATE(purchase.dropOffRate, NaN);

        const QJsonObject json = report.toJson();
        QCOMPARE(json[s("stages")][0][s("drop_off_rate")].toDouble(), 0.2);
        QVERIFY(json[s("stages")][2][s("drop_off_rate")].isNull());
        QVERIFY(!json[s("touchpoints")][0].toObject().contains(s("drop_off_rate")));

        // A stage model given in the options wins over the log's stages.
        FrictionOptions oneStage = anySupport();
        oneStage.stages = StageModel{};
        oneStage.stages->stages = {s("One"), s("Two"), s("Three")};
        for (const char* touchpoint : {"H", "P", "C", "B"})
            oneStage.stages->setStage(s(touchpoint), s("One"));
        const FrictionReport flat = computeFriction(EventView(log), buyWithin1000s(log), oneStage);
        QCOMPARE(flat.stages[0].journeys, 7);
        QCOMPARE(flat.stages[0].backtracks, 0);
        COMPARE_RATE(flat.stages[0].dropOffRate, 1.0); // 6 closed, none went further
        QCOMPARE(flat.stages[1].journeys, 0);
        COMPARE_RATE(flat.stages[1].exitRate, NaN);
        QVERIFY(!flat.stages[1].enoughData);
        for (const FrictionMetrics& m : flat.touchpoints)
            QCOMPARE(m.backtracks, 0);

        // A log without stages: no stage rows, no backtrack term.
        const EventLog unstaged = handBuilt(false);
        const FrictionReport none =
            computeFriction(EventView(unstaged), buyWithin1000s(unstaged), anySupport());
        QVERIFY(none.stages.empty());
        COMPARE_RATE(named(none.touchpoints, s("P")).backtrackRate, NaN);
    }

    void channels()
    {
        const EventLog log = handBuilt();
        const FrictionReport report =
            computeFriction(EventView(log), buyWithin1000s(log), anySupport());
        QCOMPARE(report.channels.size(), size_t(3));
        // web: a b c(H) e f g(C B); exits b and e of 5 closed; repeats b's H and P; c leaves
        // web for good, so no loop. Dwells 10 30 60 20 10 20 5 10 30 20.
        const FrictionMetrics& web = named(report.channels, s("web"));
        QCOMPARE(web.events, 14);
        QCOMPARE(web.journeys, 6);
        COMPARE_RATE(web.exitRate, 0.4);
        QCOMPARE(web.repeats, 2);
        QCOMPARE(web.loops, 0);
        COMPARE_RATE(web.medianDwellSeconds, 20.0);
        // app: c (P P C) and d (P C P), both end there. Dwells 2 23 60 30.
        const FrictionMetrics& app = named(report.channels, s("app"));
        QCOMPARE(app.events, 6);
        COMPARE_RATE(app.exitRate, 1.0);
        COMPARE_RATE(app.repeatRate, 2.0 / 6);
        COMPARE_RATE(app.medianDwellSeconds, 26.5);
        // email: g's last event; g converted.
        const FrictionMetrics& email = named(report.channels, s("email"));
        QCOMPARE(email.journeys, 1);
        COMPARE_RATE(email.exitRate, 0.0);
        COMPARE_RATE(email.medianDwellSeconds, NaN);
        COMPARE_RATE(email.medianDelaySeconds, 20.0);
    }

    void dataEndDecidesWhatIsOpen()
    {
        const EventLog log = handBuilt();
        FrictionOptions options = anySupport();
        options.dataEndMs = 10'000 * second; // f's window closed: f dropped off at C
        const FrictionReport report = computeFriction(EventView(log), buyWithin1000s(log), options);
        QCOMPARE(report.open, 0);
        QCOMPARE(report.droppedOff, 5);
        COMPARE_RATE(named(report.touchpoints, s("C")).exitRate, 2.0 / 5);

        // A view ending before f: its end is the data end, so e.g. b stays closed.
        EventFilter early;
        early.toMs = 1000 * second;
        const FrictionReport cut =
            computeFriction(EventView(log, early), buyWithin1000s(log), anySupport());
        QCOMPARE(cut.journeys, 6);
        QCOMPARE(cut.open, 6 - 2); // started at 0, window open until 1000 s > 999.999 s
    }

    void minimumSupport()
    {
        const EventLog log = handBuilt();
        const FrictionReport report = computeFriction(EventView(log), buyWithin1000s(log));
        QCOMPARE(report.minJourneys, 20);
        for (const FrictionMetrics& m : report.touchpoints) {
            QVERIFY(!m.enoughData);
            QVERIFY(std::isnan(m.score));
            QVERIFY(!std::isnan(m.exitRate)); // the counts are still reported
        }
        const QJsonObject json = report.toJson();
        QVERIFY(json[s("touchpoints")][0][s("score")].isNull());
        QCOMPARE(json[s("touchpoints")][0][s("enough_data")].toBool(), false);
        // Ordered by name when nothing has a score.
        QCOMPARE(json[s("touchpoints")][0][s("name")].toString(), s("B"));

        FrictionOptions five;
        five.minJourneys = 5;
        const FrictionReport some = computeFriction(EventView(log), buyWithin1000s(log), five);
        QVERIFY(named(some.touchpoints, s("H")).enoughData);  // 6 journeys
        QVERIFY(named(some.touchpoints, s("C")).enoughData);  // 5
        QVERIFY(!named(some.touchpoints, s("P")).enoughData); // 4
    }

    void emptyViews()
    {
        const EventLog empty = EventLog::Builder().build();
        const FrictionReport nothing = computeFriction(EventView(empty), Goal{});
        QCOMPARE(nothing.journeys, 0);
        QVERIFY(nothing.touchpoints.empty());
        QVERIFY(nothing.channels.empty());
        COMPARE_RATE(nothing.medianDwellSeconds, NaN);
        QVERIFY(nothing.toJson()[s("touchpoints")].toArray().isEmpty());

        const EventLog log = handBuilt();
        EventFilter nobody;
        nobody.persons = std::make_shared<std::vector<PersonIndex>>();
        const FrictionReport none =
            computeFriction(EventView(log, nobody), buyWithin1000s(log), anySupport());
        QCOMPARE(none.journeys, 0);
        QCOMPARE(none.touchpoints.size(), size_t(4));
        for (const FrictionMetrics& m : none.touchpoints) {
            QCOMPARE(m.events, 0);
            QVERIFY(!m.enoughData);
            COMPARE_RATE(m.exitRate, NaN);
            COMPARE_RATE(m.score, NaN);
        }
        const FrictionMatrix matrix =
            frictionByStageAndChannel(EventView(log, nobody), buyWithin1000s(log));
        QCOMPARE(matrix.cells.size(), size_t(9));
        QVERIFY(!matrix.cell(0, 0).enoughData);
    }

    void stageByChannel()
    {
        const EventLog log = handBuilt();
        FrictionOptions options;
        options.minJourneys = 2;
        const FrictionMatrix matrix =
            frictionByStageAndChannel(EventView(log), buyWithin1000s(log), options);
        QCOMPARE(matrix.rows, (QStringList{s("Awareness"), s("Consideration"), s("Purchase")}));
        QCOMPARE(matrix.columns, (QStringList{s("web"), s("app"), s("email")}));
        QCOMPARE(matrix.cells.size(), size_t(9));

        // Awareness x web: H on the web in a b(2) c e f; exit e of 4 closed.
        const FrictionMetrics& awarenessWeb = matrix.cell(0, 0);
        QCOMPARE(awarenessWeb.events, 6);
        QCOMPARE(awarenessWeb.journeys, 5);
        COMPARE_RATE(awarenessWeb.exitRate, 0.25);
        QVERIFY(awarenessWeb.enoughData);
        // Awareness x app: nothing; x email: g only, not enough, yet not 0.
        QCOMPARE(matrix.cell(0, 1).journeys, 0);
        COMPARE_RATE(matrix.cell(0, 1).exitRate, NaN);
        QVERIFY(!matrix.cell(0, 1).enoughData);
        QCOMPARE(matrix.cell(0, 2).journeys, 1);
        QVERIFY(!matrix.cell(0, 2).enoughData);
        COMPARE_RATE(matrix.cell(0, 2).score, NaN);
        // Consideration x app: c (P P), d (P, away to C, back to P: a loop); exit d of 2;
        // moves P->P, P->C, P->C: no backtrack; dwells 2 23 60.
        const FrictionMetrics& considerationApp = matrix.cell(1, 1);
        QCOMPARE(considerationApp.journeys, 2);
        COMPARE_RATE(considerationApp.exitRate, 0.5);
        COMPARE_RATE(considerationApp.loopRate, 0.5);
        COMPARE_RATE(considerationApp.backtrackRate, 0.0);
        COMPARE_RATE(considerationApp.medianDwellSeconds, 23.0);
        COMPARE_RATE(considerationApp.score, 0.4 * 0.5 + 0.2 * 0.5 + 0.2 * 0 + 0.2 * (1.15 / 2.15));
        // Purchase x web: a (C B), f (C, open), g (C B): none ended there without the goal.
        QCOMPARE(matrix.cell(2, 0).journeys, 3);
        COMPARE_RATE(matrix.cell(2, 0).exitRate, 0.0);
        // Purchase x app: c ends at C.
        COMPARE_RATE(matrix.cell(2, 1).exitRate, 0.5);

        const QJsonObject json = matrix.toJson();
        QCOMPARE(json[s("row_kind")].toString(), s("stage"));
        const QJsonObject emailCell = json[s("cells")][2].toObject();
        QCOMPARE(emailCell[s("row")].toString(), s("Awareness"));
        QCOMPARE(emailCell[s("column")].toString(), s("email"));
        QVERIFY(emailCell[s("score")].isNull());
        QCOMPARE(emailCell[s("enough_data")].toBool(), false);
        QCOMPARE(emailCell[s("journeys")].toInteger(), 1);
        QVERIFY(!emailCell.contains(s("name")));
    }

    void touchpointBySegment()
    {
        const EventLog log = handBuilt();
        // People a..g in the order they were added; f in no segment.
        const std::vector<QString> segments = {s("New"),   s("New"), s("New"),  s("Loyal"),
                                               s("Loyal"), s(""),    s("Loyal")};
        FrictionOptions options;
        options.minJourneys = 2;
        const FrictionMatrix matrix =
            frictionByTouchpointAndSegment(EventView(log), buyWithin1000s(log), segments, options);
        QCOMPARE(matrix.rows, (QStringList{s("H"), s("P"), s("C"), s("B")}));
        // Columns by name, whichever segment's customer came first.
        QCOMPARE(matrix.columns, (QStringList{s("Loyal"), s("New")}));
        // P x New: a b c, b ended there.
        QCOMPARE(matrix.cell(1, 1).journeys, 3);
        COMPARE_RATE(matrix.cell(1, 1).exitRate, 1.0 / 3);
        QVERIFY(matrix.cell(1, 1).enoughData);
        // P x Loyal: d alone: its rates, but not enough data for a score.
        QCOMPARE(matrix.cell(1, 0).journeys, 1);
        COMPARE_RATE(matrix.cell(1, 0).exitRate, 1.0);
        QVERIFY(!matrix.cell(1, 0).enoughData);
        COMPARE_RATE(matrix.cell(1, 0).score, NaN);
        // H x Loyal: e (exit) and g (converted).
        COMPARE_RATE(matrix.cell(0, 0).exitRate, 0.5);
        // C x New: a and c; f's open journey is in no segment.
        QCOMPARE(matrix.cell(2, 1).journeys, 2);
        QCOMPARE(matrix.cell(2, 1).openJourneys, 0);
        COMPARE_RATE(matrix.cell(2, 1).exitRate, 0.5);
        // Dwell ratios are against the whole view's median (20 s): C x New dwells 60 only.
        COMPARE_RATE(matrix.cell(2, 1).dwellRatio, 3.0);

        QCOMPARE(messageOf([&] {
                     frictionByTouchpointAndSegment(EventView(log), buyWithin1000s(log),
                                                    {s("New"), s("New"), s("Loyal")});
                 }),
                 s("3 segment labels for 7 people"));
    }

    void dwellStaysWithinSessions()
    {
        // H0 P10 | two hours later, a new session | H7210 P7230.
        EventLog::Builder builder;
        for (const auto& [seconds, touchpoint] :
             {std::pair(0, "H"), std::pair(10, "P"), std::pair(7210, "H"), std::pair(7230, "P")})
            builder.add(s("a"), seconds * second, s(touchpoint));
        const EventLog log = std::move(builder).build();
        const FrictionReport report = computeFriction(EventView(log), Goal{}, anySupport());
        // The gap of two hours is time away, not time at P.
        COMPARE_RATE(report.medianDwellSeconds, 15.0);
        const FrictionMetrics& home = named(report.touchpoints, s("H"));
        const FrictionMetrics& product = named(report.touchpoints, s("P"));
        QCOMPARE(home.dwells, 2);
        COMPARE_RATE(home.medianDwellSeconds, 15.0);
        COMPARE_RATE(home.medianDelaySeconds, NaN);
        QCOMPARE(product.dwells, 0);
        COMPARE_RATE(product.medianDwellSeconds, NaN);
        COMPARE_RATE(product.medianDelaySeconds, 15.0);
    }

    void mediansAreExact()
    {
        // Gaps from 0 ms to years, with many ties; brute force against the two-pass medians,
        // in a matrix with enough cells that its histograms are coarser than the report's.
        QRandomGenerator random(20240611);
        EventLog::Builder builder;
        const int people = 1500;
        const int touchpoints = 60;
        const int segmentCount = 40;
        std::vector<QString> segments;
        for (int p = 0; p < people; ++p) {
            qint64 time = 0;
            const int length = 1 + int(random.bounded(25));
            for (int i = 0; i < length; ++i) {
                const quint32 kind = random.bounded(10);
                qint64 gap = kind < 3   ? qint64(random.bounded(16))
                             : kind < 6 ? qint64(random.bounded(60)) * 1000
                             : kind < 9 ? qint64(random.bounded(100'000'000))
                                        : qint64(random.bounded(1 << 30)) << 10;
                time += gap;
                // One session a person, so that every gap, years long too, is a dwell.
                builder.add(QString::number(p), time, QString::number(random.bounded(touchpoints)),
                            i % 3 == 0 ? s("web") : s("app"), EventLog::NoValue, p);
            }
            segments.push_back(QString::number(random.bounded(segmentCount)));
        }
        const EventLog log = std::move(builder).build();
        const EventView view(log);

        // Brute force: dwells and delays per touchpoint and per (touchpoint, segment).
        const size_t cellsPerRow = size_t(segmentCount);
        std::vector<std::vector<qint64>> dwells(size_t(log.touchpointNames().size()));
        std::vector<std::vector<qint64>> delays(dwells.size());
        std::vector<std::vector<qint64>> cellDwells(dwells.size() * cellsPerRow);
        std::vector<std::vector<qint64>> cellDelays(cellDwells.size());
        std::vector<qint64> all;
        const FrictionMatrix matrix =
            frictionByTouchpointAndSegment(view, Goal{}, segments, anySupport());
        QCOMPARE(matrix.columns.size(), segmentCount);
        view.forEachJourney([&](const Journey& journey) {
            const size_t column =
                size_t(matrix.columns.indexOf(segments[size_t(journey.person())]));
            for (qsizetype i = 1; i < journey.size(); ++i) {
                if (log.sessions()[journey[i]] != log.sessions()[journey[i - 1]])
                    continue;
                const qint64 gap = log.times()[journey[i]] - log.times()[journey[i - 1]];
                const size_t from = log.touchpoints()[journey[i - 1]];
                const size_t to = log.touchpoints()[journey[i]];
                dwells[from].push_back(gap);
                delays[to].push_back(gap);
                cellDwells[from * cellsPerRow + column].push_back(gap);
                cellDelays[to * cellsPerRow + column].push_back(gap);
                all.push_back(gap);
            }
        });

        const FrictionReport report = computeFriction(view, Goal{}, anySupport());
        QCOMPARE(report.medianDwellSeconds, median(all) / 1000);
        for (size_t t = 0; t < dwells.size(); ++t) {
            COMPARE_RATE(report.touchpoints[t].medianDwellSeconds, median(dwells[t]) / 1000);
            COMPARE_RATE(report.touchpoints[t].medianDelaySeconds, median(delays[t]) / 1000);
        }
        for (size_t c = 0; c < cellDwells.size(); ++c) {
            COMPARE_RATE(matrix.cells[c].medianDwellSeconds, median(cellDwells[c]) / 1000);
            COMPARE_RATE(matrix.cells[c].medianDelaySeconds, median(cellDelays[c]) / 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestFriction)
#include "tst_friction.moc"
