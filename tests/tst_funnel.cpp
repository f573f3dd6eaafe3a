// Funnels: which events reach which steps under each order (the greedy earliest match,
// strict chains, any order), windows, ties in time, scopes, per-step metrics computed by
// hand, drop-off destinations, breakdowns, JSON and CSV, and agreement with a naive
// brute-force implementation on a public event log.

#include "core/base/timeutil.h"
#include "core/journey/funnel.h"
#include "tests/importtesthelpers.h"
#include "tests/support/casefile.h"

#include <cmath>
#include <functional>
#include <map>
#include <QDateTime>
#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(journeyscope::FunnelOrder)

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Day = 24 * 3600 * Second;

/// "31d", "2h", "1m" or seconds, in milliseconds.
qint64 parseTime(QStringView text)
{
    const QChar unit = text.back();
    const qint64 scale = unit == QLatin1Char('d')   ? Day
                         : unit == QLatin1Char('h') ? 3600 * Second
                         : unit == QLatin1Char('m') ? 60 * Second
                                                    : Second;
    return text.left(scale == Second ? text.size() : text.size() - 1).toLongLong() * scale;
}

/// A log from lines "person touchpoint@time[/channel] ...", times as parseTime() reads them.
EventLog logOf(const QStringList& lines)
{
    EventLog::Builder builder;
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QStringList event = parts[i].split(QLatin1Char('/'));
            const QStringList at = event[0].split(QLatin1Char('@'));
            builder.add(parts[0], parseTime(at[1]), at[0], event.value(1));
        }
    }
    return std::move(builder).build();
}

/// Steps from "A,B|C": step 2 is "B or C".
std::vector<std::vector<quint16>> stepsOf(const EventLog& log, const QString& text)
{
    std::vector<std::vector<quint16>> steps;
    for (const QString& step : text.split(QLatin1Char(','))) {
        steps.emplace_back();
        for (const QString& name : step.split(QLatin1Char('|'))) {
            const int index = log.touchpointIndex(name);
            if (index < 0)
                qFatal("unknown touchpoint in a test: %s", qPrintable(name));
            steps.back().push_back(quint16(index));
        }
    }
    return steps;
}

FunnelOptions optionsOf(const EventLog& log, const QString& steps,
                        FunnelOrder order = FunnelOrder::Ordered,
                        std::optional<qint64> windowMs = FunnelOptions::DefaultWindowMs)
{
    FunnelOptions options;
    options.steps = stepsOf(log, steps);
    options.order = order;
    options.windowMs = windowMs;
    return options;
}

QList<qint64> counts(const FunnelResult& result)
{
    QList<qint64> list;
    for (const FunnelStep& step : result.steps)
        list.append(step.count);
    return list;
}

QList<double> medians(const FunnelResult& result)
{
    QList<double> list;
    for (const FunnelStep& step : result.steps)
        list.append(step.medianSecondsFromPrevious);
    return list;
}

/// "name=count" of a step's drop-off destinations, then "left=N" when some left.
QStringList destinations(const FunnelStep& step)
{
    QStringList list;
    for (const FunnelNext& next : step.next)
        list.append(next.name + QLatin1Char('=') + QString::number(next.count));
    if (step.left > 0)
        list.append(QStringLiteral("left=") + QString::number(step.left));
    return list;
}

/// Every touchpoint the tests name, so that steps can name touchpoints a journey lacks.
const QString AllTouchpoints = QStringLiteral("zz A@0 B@0 C@0 D@0 X@0 Y@0");

// --- The naive implementation for the public log --------------------------------------

double naiveMedian(std::vector<qint64> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? double(values[n / 2])
                      : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2;
}

} // namespace

class TestFunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<QString>("journey");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<FunnelOrder>("order");
        QTest::addColumn<QString>("window");
        QTest::addColumn<QList<double>>("seconds"); // from the previous step, one a step reached
        QTest::addColumn<QString>("next");          // after the last step reached, or "left"

        const auto ordered = FunnelOrder::Ordered;
        const auto strict = FunnelOrder::Strict;
        const auto any = FunnelOrder::AnyOrder;
        const double day = 86400;
        // Ordered: the earliest step-1 event, then each step's earliest event after it.
        QTest::newRow("greedy earliest") << "A@0 B@10 A@20 C@50"
                                         << "A,C" << ordered << "30d" << QList<double>{0, 50} << "";
        QTest::newRow("events between") << "X@3 A@5 X@7 B@9"
                                        << "A,B" << ordered << "30d" << QList<double>{2, 4} << "";
        QTest::newRow("order matters") << "B@0 A@5"
                                       << "A,B" << ordered << "30d" << QList<double>{5} << "left";
        QTest::newRow("repeated steps")
            << "A@0 B@1 A@2"
            << "A,A,B" << ordered << "30d" << QList<double>{0, 2} << "left";
        QTest::newRow("repeated steps all")
            << "A@0 A@5 A@6 B@9"
            << "A,A,B" << ordered << "30d" << QList<double>{0, 5, 4} << "";
        QTest::newRow("step of two touchpoints")
            << "X@0 C@3 D@7"
            << "B|C,D" << ordered << "30d" << QList<double>{3, 4} << "";
        QTest::newRow("not entered") << "B@0 C@1"
                                     << "A,B" << ordered << "30d" << QList<double>{} << "";
        QTest::newRow("one event") << "A@0"
                                   << "A,B" << ordered << "30d" << QList<double>{0} << "left";
        // The next event is the one directly after, whatever it is.
        QTest::newRow("next is a step touchpoint")
            << "A@0 A@1 Y@2"
            << "A,B" << ordered << "30d" << QList<double>{0} << "A";
        // Windows: inclusive, from the first step, and a later start when that gets further.
        QTest::newRow("window cuts") << "A@0 B@31d"
                                     << "A,B" << ordered << "30d" << QList<double>{0} << "B";
        QTest::newRow("window edge")
            << "A@0 B@30d"
            << "A,B" << ordered << "30d" << QList<double>{0, 30 * day} << "";
        QTest::newRow("no window")
            << "A@0 B@31d"
            << "A,B" << ordered << "none" << QList<double>{0, 31 * day} << "";
        QTest::newRow("later start")
            << "A@0 A@20d B@45d"
            << "A,B" << ordered << "30d" << QList<double>{20 * day, 25 * day} << "";
        QTest::newRow("restart after a cut")
            << "A@0 B@40d A@50d B@55d"
            << "A,B" << ordered << "30d" << QList<double>{50 * day, 5 * day} << "";
        QTest::newRow("window from step 1")
            << "A@0 B@20d C@45d"
            << "A,B,C" << ordered << "30d" << QList<double>{0, 20 * day} << "C";
        QTest::newRow("uncut chain keeps the first start")
            << "A@0 B@1d A@2d"
            << "A,B,C" << ordered << "30d" << QList<double>{0, day} << "A";
        // Ties in time follow import order.
        QTest::newRow("tie in order") << "A@0 B@0"
                                      << "A,B" << ordered << "30d" << QList<double>{0, 0} << "";
        QTest::newRow("tie against order")
            << "B@0 A@0"
            << "A,B" << ordered << "30d" << QList<double>{0} << "left";

        // Strict: the earliest start of the longest chain of adjacent events.
        QTest::newRow("strict gap") << "A@0 X@1 B@2"
                                    << "A,B" << strict << "30d" << QList<double>{0} << "X";
        QTest::newRow("strict ordered ok")
            << "A@0 X@1 B@2"
            << "A,B" << ordered << "30d" << QList<double>{0, 2} << "";
        QTest::newRow("strict longest")
            << "A@0 B@1 X@2 A@3 B@4 C@5"
            << "A,B,C" << strict << "30d" << QList<double>{3, 1, 1} << "";
        QTest::newRow("strict earliest of equals")
            << "X@0 A@10 B@11 A@20 B@21"
            << "A,B,C" << strict << "30d" << QList<double>{10, 1} << "A";
        QTest::newRow("strict window")
            << "A@0 B@1d C@31d"
            << "A,B,C" << strict << "30d" << QList<double>{0, day} << "C";
        QTest::newRow("strict repeated")
            << "A@0 A@1 B@2"
            << "A,A,B" << strict << "30d" << QList<double>{0, 1, 1} << "";
        QTest::newRow("strict tie") << "B@0 A@0 B@0"
                                    << "A,B" << strict << "30d" << QList<double>{0, 0} << "";

        // Any order: step k is reached when the last of steps 1..k is.
        QTest::newRow("any reversed") << "C@0 B@1 A@2"
                                      << "A,B,C" << any << "none" << QList<double>{2, 0, 0} << "";
        QTest::newRow("any in order") << "A@0 B@10 C@20"
                                      << "A,B,C" << any << "none" << QList<double>{0, 10, 10} << "";
        QTest::newRow("any needs step 1") << "B@0 C@5"
                                          << "A,B,C" << any << "none" << QList<double>{} << "";
        QTest::newRow("any partial") << "B@0 X@1 A@3"
                                     << "A,B,C" << any << "none" << QList<double>{3, 0} << "left";
        QTest::newRow("any drop-off next") << "A@0 C@4 X@6"
                                           << "A,B,C" << any << "none" << QList<double>{0} << "C";
        QTest::newRow("any window")
            << "C@0 A@40d B@41d C@50d"
            << "A,B,C" << any << "30d" << QList<double>{40 * day, day, 9 * day} << "";
        QTest::newRow("any window alone")
            << "B@0 A@31d"
            << "A,B" << any << "30d" << QList<double>{31 * day} << "left";
        QTest::newRow("any best window")
            << "A@0 B@30d C@60d"
            << "A,B,C" << any << "30d" << QList<double>{0, 30 * day} << "C";
        // Steps sharing touchpoints take distinct events.
        QTest::newRow("any shared touchpoints")
            << "A@0 B@1"
            << "A|B,A" << any << "none" << QList<double>{1, 0} << "";
        QTest::newRow("any repeated") << "A@0 B@1 A@2"
                                      << "A,A" << any << "none" << QList<double>{0, 2} << "";
        QTest::newRow("any repeated once") << "A@0 B@1"
                                           << "A,A" << any << "none" << QList<double>{0} << "B";
    }

    void matching()
    {
        QFETCH(QString, journey);
        QFETCH(QString, steps);
        QFETCH(FunnelOrder, order);
        QFETCH(QString, window);
        QFETCH(QList<double>, seconds);
        QFETCH(QString, next);

        const EventLog log = logOf({QStringLiteral("p ") + journey, AllTouchpoints});
        const std::optional<qint64> windowMs =
            window == QLatin1String("none") ? std::nullopt : parseDuration(window);
        EventFilter onlyP;
        onlyP.persons = std::make_shared<std::vector<PersonIndex>>(std::vector<PersonIndex>{0});
        const FunnelResult result =
            computeFunnel(EventView(log, onlyP), optionsOf(log, steps, order, windowMs));

        QCOMPARE(result.journeys, 1);
        const qsizetype reached = seconds.size();
        QList<qint64> expectedCounts;
        for (size_t k = 0; k < result.steps.size(); ++k)
            expectedCounts.append(qsizetype(k) < reached ? 1 : 0);
        QCOMPARE(counts(result), expectedCounts);
        for (qsizetype k = 0; k < reached; ++k)
            QCOMPARE(result.steps[size_t(k)].medianSecondsFromPrevious, seconds[k]);
        for (size_t k = size_t(reached); k < result.steps.size(); ++k)
            QVERIFY(std::isnan(result.steps[k].medianSecondsFromPrevious));

        QString actualNext;
        qint64 drops = 0;
        for (size_t k = 0; k + 1 < result.steps.size(); ++k) {
            const FunnelStep& step = result.steps[k];
            drops += step.dropped;
            if (step.left > 0)
                actualNext = QStringLiteral("left");
            else if (!step.next.empty())
                actualNext = step.next.front().name;
        }
        QCOMPARE(actualNext, next);
        QCOMPARE(drops, reached > 0 && reached < qsizetype(result.steps.size()) ? 1 : 0);
    }

    void metricsOverJourneys_data()
    {
        QTest::addColumn<FunnelOrder>("order");
        QTest::addColumn<QList<qint64>>("expectedCounts");
        QTest::addColumn<QList<double>>("expectedMedians");
        QTest::addColumn<QStringList>("dropOff");

        // p1 A@0 B@10 A@20 C@50 | p2 X@0 A@100 B@160 | p3 C@0 A@10 | p4 B@0
        // Ordered: p1 A@0 C@50, p2 A@100, p3 A@10; step-1 seconds {0, 100, 10}.
        QTest::newRow("ordered") << FunnelOrder::Ordered << QList<qint64>{3, 1}
                                 << QList<double>{10, 50}
                                 << QStringList{QStringLiteral("B=1"), QStringLiteral("left=1")};
        // Strict: p1 from A@20 (20 s, then 30 s), p2 A@100 -> B, p3 A@10 then nothing.
        QTest::newRow("strict") << FunnelOrder::Strict << QList<qint64>{3, 1}
                                << QList<double>{20, 30}
                                << QStringList{QStringLiteral("B=1"), QStringLiteral("left=1")};
        // Any order: p3's C before A counts (step 2 at 0 s after A@10); p1 50 s.
        QTest::newRow("any") << FunnelOrder::AnyOrder << QList<qint64>{3, 2}
                             << QList<double>{10, 25} << QStringList{QStringLiteral("B=1")};
    }

    void metricsOverJourneys()
    {
        QFETCH(FunnelOrder, order);
        QFETCH(QList<qint64>, expectedCounts);
        QFETCH(QList<double>, expectedMedians);
        QFETCH(QStringList, dropOff);

        const EventLog log =
            logOf({QStringLiteral("p1 A@0 B@10 A@20 C@50"), QStringLiteral("p2 X@0 A@100 B@160"),
                   QStringLiteral("p3 C@0 A@10"), QStringLiteral("p4 B@0")});
        const FunnelResult result =
            computeFunnel(EventView(log), optionsOf(log, QStringLiteral("A,C"), order));
        QCOMPARE(result.journeys, 4);
        QCOMPARE(counts(result), expectedCounts);
        QCOMPARE(medians(result), expectedMedians);
        const FunnelStep& first = result.steps[0];
        const FunnelStep& second = result.steps[1];
        QCOMPARE(first.converted, second.count);
        QCOMPARE(first.dropped, first.count - second.count);
        QCOMPARE(first.conversionFromPrevious, double(first.count) / 4);
        QCOMPARE(first.conversionFromFirst, 1.0);
        QCOMPARE(second.conversionFromPrevious, double(second.count) / double(first.count));
        QCOMPARE(second.conversionFromFirst, double(second.count) / double(first.count));
        QCOMPARE(second.converted, 0);
        QCOMPARE(second.dropped, 0);
        QCOMPARE(destinations(first), dropOff);
        QVERIFY(destinations(second).isEmpty());
    }

    void dropOffDestinations()
    {
        // Dropped after A: next X three times, Y twice, A, W and Z once, and two left.
        const EventLog log = logOf({
            QStringLiteral("p1 A@0 X@1"),
            QStringLiteral("p2 A@0 X@1 C@2"),
            QStringLiteral("p3 A@0 X@1"),
            QStringLiteral("p4 A@0 Y@1"),
            QStringLiteral("p5 A@0 Y@1"),
            QStringLiteral("p6 A@0 Z@1"),
            QStringLiteral("p7 A@0 W@1"),
            QStringLiteral("p8 A@0 A@1 B@31d"),
            QStringLiteral("p9 A@0"),
            QStringLiteral("p10 Q@0 A@1"),
            QStringLiteral("p11 A@0 B@1 C@2"),
        });
        FunnelOptions options = optionsOf(log, QStringLiteral("A,B,C"));
        options.topNext = 3;
        FunnelResult result = computeFunnel(EventView(log), options);
        QCOMPARE(counts(result), (QList<qint64>{11, 1, 1}));
        QCOMPARE(result.steps[0].dropped, 10);
        QCOMPARE(result.steps[0].left, 2);
        // Ties by name: A before W and Z.
        QCOMPARE(destinations(result.steps[0]),
                 (QStringList{QStringLiteral("X=3"), QStringLiteral("Y=2"), QStringLiteral("A=1"),
                              QStringLiteral("left=2")}));
        QVERIFY(destinations(result.steps[1]).isEmpty());

        options.topNext = 10;
        result = computeFunnel(EventView(log), options);
        QCOMPARE(
            destinations(result.steps[0]),
            (QStringList{QStringLiteral("X=3"), QStringLiteral("Y=2"), QStringLiteral("A=1"),
                         QStringLiteral("W=1"), QStringLiteral("Z=1"), QStringLiteral("left=2")}));
        options.topNext = 0;
        result = computeFunnel(EventView(log), options);
        QCOMPARE(destinations(result.steps[0]), (QStringList{QStringLiteral("left=2")}));
    }

    void sessionScope()
    {
        // p's B comes two hours after A and X: a session of its own.
        const EventLog log =
            logOf({QStringLiteral("p A@0 X@1m B@2h"), QStringLiteral("q A@0 B@1m")});
        const FunnelOptions options = optionsOf(log, QStringLiteral("A,B"));

        const FunnelResult byCustomer = computeFunnel(EventView(log), options);
        QCOMPARE(byCustomer.journeys, 2);
        QCOMPARE(counts(byCustomer), (QList<qint64>{2, 2}));
        QCOMPARE(medians(byCustomer), (QList<double>{0, (7200 + 60) / 2.0}));

        const FunnelResult bySession =
            computeFunnel(EventView(log, {}, JourneyScope::Session), options);
        QCOMPARE(bySession.scope, JourneyScope::Session);
        QCOMPARE(bySession.journeys, 3);
        QCOMPARE(counts(bySession), (QList<qint64>{2, 1}));
        QCOMPARE(medians(bySession), (QList<double>{0, 60}));
        QCOMPARE(destinations(bySession.steps[0]), QStringList{QStringLiteral("X=1")});
        QCOMPARE(bySession.toJson().value(QStringLiteral("by")).toString(),
                 QStringLiteral("session"));
    }

    void breakdownByChannel()
    {
        const EventLog log = logOf({
            QStringLiteral("p1 A@0/web B@1/app"),
            QStringLiteral("p2 X@0/email A@1/app"),
            QStringLiteral("p3 A@0/web"),
            QStringLiteral("p4 B@0/web"),
            QStringLiteral("p5 A@0 B@1"),
        });
        const FunnelBreakdown breakdown =
            computeFunnelByChannel(EventView(log), optionsOf(log, QStringLiteral("A,B")));
        QCOMPARE(breakdown.by, QStringLiteral("channel"));
        // p4 never reaches step 1, so it has no channel; ties by name ("" first).
        QStringList rows;
        for (const FunnelGroup& group : breakdown.groups) {
            rows.append(QStringLiteral("%1:%2:%3:%4")
                            .arg(group.name)
                            .arg(group.result.journeys)
                            .arg(group.result.steps[0].count)
                            .arg(group.result.steps[1].count));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("web:2:2:1"), QStringLiteral(":1:1:1"),
                                    QStringLiteral("app:1:1:0")}));
        QCOMPARE(breakdown.groups[0].result.steps[0].conversionFromPrevious, 1.0);
        QCOMPARE(destinations(breakdown.groups[0].result.steps[0]),
                 QStringList{QStringLiteral("left=1")});
        const QString csv = breakdown.toCsv();
        QVERIFY(csv.startsWith(QStringLiteral("group,step,name,count,")));
        QVERIFY(csv.contains(QStringLiteral("\nweb,1,A,2,1,1,1,1,0,1,\n")));
        QCOMPARE(breakdown.toJson().value(QStringLiteral("groups")).toArray().size(), 3);
    }

    void breakdownByLabel()
    {
        const EventLog log = logOf({
            QStringLiteral("p1 A@0 B@1"),
            QStringLiteral("p2 X@0 A@1"),
            QStringLiteral("p3 A@0"),
            QStringLiteral("p4 B@0"),
            QStringLiteral("p5 A@0 B@5"),
        });
        // p4 and p5 lie past the labels: "".
        const std::vector<QString> labels = {QStringLiteral("gold"), QStringLiteral("gold"),
                                             QStringLiteral("basic")};
        const FunnelBreakdown breakdown =
            computeFunnelByLabel(EventView(log), optionsOf(log, QStringLiteral("A,B")), labels);
        QStringList rows;
        for (const FunnelGroup& group : breakdown.groups) {
            rows.append(
                QStringLiteral("%1:%2:%3:%4:%5")
                    .arg(group.name)
                    .arg(group.result.journeys)
                    .arg(group.result.steps[0].count)
                    .arg(group.result.steps[1].count)
                    .arg(std::isnan(group.result.steps[1].medianSecondsFromPrevious)
                             ? QStringLiteral("-")
                             : QString::number(group.result.steps[1].medianSecondsFromPrevious)));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("gold:2:2:1:1"), QStringLiteral(":2:1:1:5"),
                                    QStringLiteral("basic:1:1:0:-")}));
        QCOMPARE(breakdown.groups[1].result.steps[0].conversionFromPrevious, 0.5);

        // A session scope keeps each person's label.
        const FunnelBreakdown bySession =
            computeFunnelByLabel(EventView(log, {}, JourneyScope::Session),
                                 optionsOf(log, QStringLiteral("A,B")), labels);
        QCOMPARE(bySession.groups.size(), size_t(3));
        QCOMPARE(bySession.groups[0].result.journeys, 2);
    }

    void emptyViewAndBadOptions()
    {
        const EventLog log = logOf({QStringLiteral("p A@0 B@5")});
        EventFilter later;
        later.fromMs = Day;
        const FunnelResult result = computeFunnel(
            EventView(log, later), optionsOf(log, QStringLiteral("A,B"), FunnelOrder::AnyOrder));
        QCOMPARE(result.journeys, 0);
        QCOMPARE(counts(result), (QList<qint64>{0, 0}));
        for (const FunnelStep& step : result.steps) {
            QCOMPARE(step.conversionFromPrevious, 0.0);
            QCOMPARE(step.conversionFromFirst, 0.0);
            QVERIFY(std::isnan(step.medianSecondsFromPrevious));
            QCOMPARE(step.left, 0);
            QVERIFY(step.next.empty());
        }
        QVERIFY(result.toJson()
                    .value(QStringLiteral("steps"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("median_seconds_from_previous"))
                    .isNull());

        FunnelOptions options;
        QVERIFY_THROWS_EXCEPTION(Error, computeFunnel(EventView(log), options));
        options.steps = {{0}, {}};
        QVERIFY_THROWS_EXCEPTION(Error, computeFunnel(EventView(log), options));
        options.steps = {{0}, {2}};
        QVERIFY_THROWS_EXCEPTION(Error, computeFunnel(EventView(log), options));
        const EventLog empty = EventLog::Builder().build();
        options.steps = {{0}};
        QVERIFY_THROWS_EXCEPTION(Error, computeFunnel(EventView(empty), options));
    }

    void orderNames()
    {
        for (const FunnelOrder order :
             {FunnelOrder::Ordered, FunnelOrder::Strict, FunnelOrder::AnyOrder})
            QCOMPARE(funnelOrderFromName(funnelOrderName(order)), order);
        QCOMPARE(funnelOrderName(FunnelOrder::AnyOrder), QStringLiteral("any"));
        QVERIFY(!funnelOrderFromName(u"sideways"));
    }

    void jsonAndCsv()
    {
        const EventLog log =
            logOf({QStringLiteral("p1 A@0 B@10 A@20 C@50"), QStringLiteral("p2 X@0 A@100 B@160"),
                   QStringLiteral("p3 C@0 A@10"), QStringLiteral("p4 B@0")});
        const FunnelResult result =
            computeFunnel(EventView(log), optionsOf(log, QStringLiteral("A|X,C")));
        // With X in step 1: p2 enters at X@0 (drops off to A), p4 never.
        QCOMPARE(counts(result), (QList<qint64>{3, 1}));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("order")).toString(), QStringLiteral("ordered"));
        QCOMPARE(json.value(QStringLiteral("window_seconds")).toDouble(), 30.0 * 86400);
        QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("customer"));
        QCOMPARE(json.value(QStringLiteral("journeys")).toInteger(), 4);
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject first = steps[0].toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("A|X"));
        QCOMPARE(first.value(QStringLiteral("touchpoints")).toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("X")}));
        QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(first.value(QStringLiteral("converted")).toInteger(), 1);
        QCOMPARE(first.value(QStringLiteral("dropped")).toInteger(), 2);
        QCOMPARE(first.value(QStringLiteral("left")).toInteger(), 1);
        QCOMPARE(first.value(QStringLiteral("conversion_from_previous")).toDouble(), 0.75);
        QCOMPARE(first.value(QStringLiteral("conversion_from_first")).toDouble(), 1.0);
        QCOMPARE(first.value(QStringLiteral("median_seconds_from_previous")).toDouble(), 0.0);
        QCOMPARE(first.value(QStringLiteral("next")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                         {QStringLiteral("count"), 1}}}));
        const QJsonObject last = steps[1].toObject();
        QCOMPARE(last.value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(last.value(QStringLiteral("median_seconds_from_previous")).toDouble(), 50.0);
        QVERIFY(!last.contains(QStringLiteral("converted")));
        QVERIFY(!last.contains(QStringLiteral("next")));

        QCOMPARE(result.toCsv(),
                 QStringLiteral("step,name,count,converted,dropped,conversion_from_previous,"
                                "conversion_from_first,median_seconds_from_previous,left,next\n"
                                "1,A|X,3,1,2,0.75,1,0,1,A=1\n"
                                "2,C,1,,,0.333333333333333,0.333333333333333,50,,\n"));

        FunnelOptions noWindow = optionsOf(log, QStringLiteral("A,C"));
        noWindow.windowMs.reset();
        QVERIFY(computeFunnel(EventView(log), noWindow)
                    .toJson()
                    .value(QStringLiteral("window_seconds"))
                    .isNull());
    }

    void helpdeskAgreesWithNaive()
    {
        const QString csv = sharedDataFile(QStringLiteral("eventlogs/helpdesk_tax2017.csv"));
        if (csv.isEmpty())
            QSKIP("eventlogs/helpdesk_tax2017.csv from the shared datasets is not available");
        ImportFixture fixture;
        fixture.import({csv});
        const EventLog log = EventLog::load(fixture.open()->database());

        const QStringList stepNames = {QStringLiteral("1"), QStringLiteral("8"),
                                       QStringLiteral("6")};
        const qint64 window = 30 * Day;
        FunnelOptions options = optionsOf(log, stepNames.join(QLatin1Char(',')));
        options.topNext = 5;
        const FunnelResult result = computeFunnel(EventView(log), options);

        // Naive: per case, the lexicographically first tuple of event indices of the most
        // steps, in order and within the window from its first event.
        const auto cases = readCaseFile(csv);
        const int steps = int(stepNames.size());
        std::vector<qint64> reached(size_t(steps), 0);
        std::vector<std::vector<qint64>> deltas(static_cast<size_t>(steps));
        std::vector<std::map<QString, qint64>> next(static_cast<size_t>(steps));
        std::vector<qint64> left(size_t(steps), 0);
        for (const auto& [id, events] : cases) {
            const int n = int(events.size());
            std::vector<int> best;
            for (int depth = steps; depth >= 1 && best.empty(); --depth) {
                std::vector<int> tuple;
                std::function<bool(int)> extend = [&](int from) {
                    if (int(tuple.size()) == depth)
                        return true;
                    const size_t k = tuple.size();
                    for (int i = from; i < n; ++i) {
                        if (events[size_t(i)].activity != stepNames[qsizetype(k)])
                            continue;
                        if (k > 0 && events[size_t(i)].ms - events[size_t(tuple[0])].ms > window)
                            continue;
                        tuple.push_back(i);
                        if (extend(i + 1))
                            return true;
                        tuple.pop_back();
                    }
                    return false;
                };
                if (extend(0))
                    best = tuple;
            }
            qint64 previous = events.front().ms;
            for (size_t k = 0; k < best.size(); ++k) {
                ++reached[k];
                deltas[k].push_back(events[size_t(best[k])].ms - previous);
                previous = events[size_t(best[k])].ms;
            }
            const size_t depth = best.size();
            if (depth >= 1 && depth < size_t(steps)) {
                const int after = best.back() + 1;
                if (after < n)
                    ++next[depth - 1][events[size_t(after)].activity];
                else
                    ++left[depth - 1];
            }
        }

        QCOMPARE(result.journeys, qint64(cases.size()));
        QCOMPARE(result.steps.size(), size_t(steps));
        for (int k = 0; k < steps; ++k) {
            const FunnelStep& step = result.steps[size_t(k)];
            QCOMPARE(step.name, stepNames[k]);
            QCOMPARE(step.count, reached[size_t(k)]);
            QCOMPARE(step.medianSecondsFromPrevious, naiveMedian(deltas[size_t(k)]) / 1000);
            QCOMPARE(step.left, left[size_t(k)]);
            std::vector<std::pair<QString, qint64>> ranked(next[size_t(k)].begin(),
                                                           next[size_t(k)].end());
            std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            if (ranked.size() > 5)
                ranked.resize(5);
            QStringList expected;
            for (const auto& [name, count] : ranked)
                expected.append(name + QLatin1Char('=') + QString::number(count));
            if (left[size_t(k)] > 0)
                expected.append(QStringLiteral("left=") + QString::number(left[size_t(k)]));
            QCOMPARE(destinations(step), expected);
        }
        // The counts are not trivial: most enter, fewer finish.
        QVERIFY(reached[0] > 3000);
        QVERIFY(reached[2] < reached[1] && reached[1] < reached[0]);
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
