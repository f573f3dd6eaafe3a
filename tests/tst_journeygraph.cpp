// The directly-follows journey graph: node and edge metrics computed by hand, scopes, stage
// level, goal exits, simplification, the JSON, CSV and DOT outputs, and agreement with a
// naive implementation on random logs and on a public event log.

#include "core/journey/eventlog.h"
#include "core/journey/journeygraph.h"
#include "tests/importtesthelpers.h"
#include "tests/support/casefile.h"

#include <algorithm>
#include <cmath>
#include <graphviz/cgraph.h>
#include <map>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <set>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Day = 24 * 3600 * Second;

struct Event
{
    const char* person;
    qint64 ms;
    const char* touchpoint;
};

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

EventLog logOf(std::initializer_list<Event> events,
               std::initializer_list<std::pair<const char*, const char*>> stages = {})
{
    EventLog::Builder builder;
    for (const Event& event : events)
        builder.add(str(event.person), event.ms, str(event.touchpoint));
    for (const auto& [touchpoint, stage] : stages)
        builder.setStage(str(touchpoint), str(stage));
    return std::move(builder).build();
}

QString numberOrDash(const std::optional<double>& value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

/// "name events customers starts ends exits" for every node, in graph order.
QStringList nodeRows(const JourneyGraph& graph)
{
    QStringList rows;
    for (const GraphNode& node : graph.nodes) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(node.name)
                        .arg(node.events)
                        .arg(node.customers)
                        .arg(node.starts)
                        .arg(node.ends)
                        .arg(node.exits));
    }
    return rows;
}

/// "from>to count customers probability median p90" for every edge, in graph order.
QStringList edgeRows(const JourneyGraph& graph)
{
    QStringList rows;
    for (const GraphEdge& edge : graph.edges) {
        rows.append(QStringLiteral("%1>%2 %3 %4 %5 %6 %7")
                        .arg(graph.nodes[size_t(edge.from)].name, graph.nodes[size_t(edge.to)].name)
                        .arg(edge.count)
                        .arg(edge.customers)
                        .arg(edge.probability)
                        .arg(numberOrDash(edge.medianSeconds), numberOrDash(edge.p90Seconds)));
    }
    return rows;
}

/// Every node can be reached from Start and can reach End over the graph's edges.
bool everyNodeOnAPath(const JourneyGraph& graph)
{
    const auto closure = [&](int root, bool forward) {
        std::vector<char> reached(graph.nodes.size(), 0);
        reached[size_t(root)] = 1;
        for (bool grew = true; grew;) {
            grew = false;
            for (const GraphEdge& edge : graph.edges) {
                const int from = forward ? edge.from : edge.to;
                const int to = forward ? edge.to : edge.from;
                if (reached[size_t(from)] && !reached[size_t(to)])
                    reached[size_t(to)] = grew = true;
            }
        }
        return reached;
    };
    const auto fromStart = closure(graph.startNode(), true);
    const auto toEnd = closure(graph.endNode(), false);
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        if (!fromStart[i] || !toEnd[i])
            return false;
    }
    return true;
}

// A second, naive implementation: journeys as lists of named steps, everything in maps.

struct Step
{
    QString node;
    qint64 ms;
};

struct NaiveJourney
{
    QString person;
    std::vector<Step> steps;
};

struct NaiveGraph
{
    std::map<QString, qint64> events, starts, ends;
    std::map<QString, std::set<QString>> customers;
    std::map<std::pair<QString, QString>, qint64> counts;
    std::map<std::pair<QString, QString>, std::set<QString>> edgeCustomers;
    std::map<std::pair<QString, QString>, std::vector<qint64>> durations;
    std::set<QString> people;
    qint64 journeys = 0;
};

NaiveGraph naiveGraph(const std::vector<NaiveJourney>& journeys, bool mergeRepeats)
{
    const QString start = QStringLiteral("Start"), end = QStringLiteral("End");
    NaiveGraph graph;
    for (const NaiveJourney& journey : journeys) {
        if (journey.steps.empty())
            continue;
        ++graph.journeys;
        graph.people.insert(journey.person);
        QString previous = start;
        qint64 previousMs = 0;
        for (const Step& step : journey.steps) {
            ++graph.events[step.node];
            graph.customers[step.node].insert(journey.person);
            if (mergeRepeats && step.node == previous) {
                previousMs = step.ms;
                continue;
            }
            const std::pair key(previous, step.node);
            ++graph.counts[key];
            graph.edgeCustomers[key].insert(journey.person);
            if (previous != start)
                graph.durations[key].push_back(step.ms - previousMs);
            previous = step.node;
            previousMs = step.ms;
        }
        ++graph.starts[journey.steps.front().node];
        ++graph.ends[previous];
        ++graph.counts[{previous, end}];
        graph.edgeCustomers[{previous, end}].insert(journey.person);
    }
    return graph;
}

double naivePercentile(std::vector<qint64> values, double percent)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(percent * double(values.size()) / 100.0));
    return double(values[size_t(std::max<qsizetype>(rank, 1) - 1)]) / 1000.0;
}

/// Compares everything both implementations compute; fails the running test on a mismatch.
void compareWithNaive(const JourneyGraph& graph, const NaiveGraph& naive)
{
    QCOMPARE(graph.journeys, naive.journeys);
    QCOMPARE(graph.customers, qint64(naive.people.size()));
    QCOMPARE(graph.nodes.size(), naive.events.size() + 2);
    QCOMPARE(graph.nodes.front().name, QStringLiteral("Start"));
    QCOMPARE(graph.nodes.back().name, QStringLiteral("End"));
    for (size_t i = 1; i + 1 < graph.nodes.size(); ++i) {
        const GraphNode& node = graph.nodes[i];
        QVERIFY2(naive.events.count(node.name), qPrintable(node.name));
        QCOMPARE(node.events, naive.events.at(node.name));
        QCOMPARE(node.customers, qint64(naive.customers.at(node.name).size()));
        QCOMPARE(node.starts, naive.starts.count(node.name) ? naive.starts.at(node.name) : 0);
        QCOMPARE(node.ends, naive.ends.count(node.name) ? naive.ends.at(node.name) : 0);
    }
    std::map<QString, qint64> outgoing;
    for (const auto& [key, count] : naive.counts)
        outgoing[key.first] += count;
    QCOMPARE(graph.edges.size(), naive.counts.size());
    for (const GraphEdge& edge : graph.edges) {
        const std::pair key(graph.nodes[size_t(edge.from)].name, graph.nodes[size_t(edge.to)].name);
        const QString name = key.first + QStringLiteral(" -> ") + key.second;
        QVERIFY2(naive.counts.count(key), qPrintable(name));
        QCOMPARE(edge.count, naive.counts.at(key));
        QCOMPARE(edge.customers, qint64(naive.edgeCustomers.at(key).size()));
        QCOMPARE(edge.probability, double(edge.count) / double(outgoing.at(key.first)));
        if (naive.durations.count(key)) {
            QVERIFY2(edge.medianSeconds && edge.p90Seconds, qPrintable(name));
            QCOMPARE(*edge.medianSeconds, naivePercentile(naive.durations.at(key), 50));
            QCOMPARE(*edge.p90Seconds, naivePercentile(naive.durations.at(key), 90));
        } else {
            QVERIFY2(!edge.medianSeconds && !edge.p90Seconds, qPrintable(name));
        }
    }
}

} // namespace

class TestJourneyGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void touchpointMetrics()
    {
        // bob's two events share a time; carol has one event; dave loops on Home.
        const EventLog log = logOf({
            {"alice", 0, "Home"},
            {"alice", 10 * Second, "Product"},
            {"alice", 10 * Second, "Product"},
            {"alice", 70 * Second, "Cart"},
            {"bob", 5 * Second, "Home"},
            {"bob", 5 * Second, "Product"},
            {"carol", 100 * Second, "Cart"},
            {"dave", 0, "Home"},
            {"dave", 20 * Second, "Home"},
            {"dave", 80 * Second, "Product"},
        });
        const JourneyGraph graph = buildJourneyGraph(EventView(log));
        QCOMPARE(graph.journeys, 4);
        QCOMPARE(graph.customers, 4);
        QCOMPARE(graph.events, 10);
        QCOMPARE(nodeRows(graph),
                 (QStringList{QStringLiteral("Start 0 4 0 0 0"), QStringLiteral("Home 4 3 3 0 0"),
                              QStringLiteral("Product 4 3 0 2 0"), QStringLiteral("Cart 2 2 1 2 0"),
                              QStringLiteral("End 0 4 0 0 0")}));
        // Home -> Product took 10 s (alice), 0 s (bob) and 60 s (dave).
        QCOMPARE(edgeRows(graph), (QStringList{
                                      QStringLiteral("Start>Home 3 3 0.75 - -"),
                                      QStringLiteral("Start>Cart 1 1 0.25 - -"),
                                      QStringLiteral("Home>Home 1 1 0.25 20 20"),
                                      QStringLiteral("Home>Product 3 3 0.75 10 60"),
                                      QStringLiteral("Product>Product 1 1 0.25 0 0"),
                                      QStringLiteral("Product>Cart 1 1 0.25 60 60"),
                                      QStringLiteral("Product>End 2 2 0.5 - -"),
                                      QStringLiteral("Cart>End 2 2 1 - -"),
                                  }));
        QCOMPARE(graph.nodes[1].kind, GraphNode::Kind::Touchpoint);
        QCOMPARE(graph.nodes[1].index, log.touchpointIndex(u"Home"));
        QCOMPARE(graph.nodes.front().kind, GraphNode::Kind::Start);
        QCOMPARE(graph.nodes.back().kind, GraphNode::Kind::End);
        QCOMPARE(graph.hiddenEventShare, 0.0);
        QCOMPARE(graph.hiddenTransitionShare, 0.0);
        QCOMPARE(graph.nodeIndex(u"Cart"), 3);
        QCOMPARE(graph.edgeIndex(2, 4), 6);
        QCOMPARE(graph.edgeIndex(4, 2), -1);
    }

    void percentiles_data()
    {
        QTest::addColumn<QList<qint64>>("durationsMs");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("p90");
        QTest::newRow("one") << QList<qint64>{7000} << 7.0 << 7.0;
        // Nearest rank: the median of two is the lower one.
        QTest::newRow("two") << QList<qint64>{5000, 3000} << 3.0 << 5.0;
        QTest::newRow("three with a tie") << QList<qint64>{1000, 2000, 1000} << 1.0 << 2.0;
        // Ranks 5 and 9 of ten.
        QTest::newRow("ten") << QList<qint64>{4000, 10000, 1000, 7000, 2500,
                                              9000, 3000,  5000, 8000, 6000}
                             << 5.0 << 9.0;
        QTest::newRow("ten, milliseconds")
            << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 1500} << 0.005 << 0.009;
    }

    void percentiles()
    {
        QFETCH(QList<qint64>, durationsMs);
        QFETCH(double, median);
        QFETCH(double, p90);
        EventLog::Builder builder;
        for (qsizetype i = 0; i < durationsMs.size(); ++i) {
            const QString person = QString::number(i);
            builder.add(person, 0, QStringLiteral("A"))
                .add(person, durationsMs[i], QStringLiteral("B"));
        }
        const EventLog log = std::move(builder).build();
        const JourneyGraph graph = buildJourneyGraph(EventView(log));
        const int edge = graph.edgeIndex(graph.nodeIndex(u"A"), graph.nodeIndex(u"B"));
        QVERIFY(edge >= 0);
        QCOMPARE(graph.edges[size_t(edge)].count, durationsMs.size());
        QCOMPARE(*graph.edges[size_t(edge)].medianSeconds, median);
        QCOMPARE(*graph.edges[size_t(edge)].p90Seconds, p90);
    }

    void emptyView()
    {
        const EventLog empty = EventLog::Builder().build();
        const EventLog some = logOf({{"a", 0, "Home"}, {"a", Second, "Cart"}});
        EventFilter later;
        later.fromMs = Day;
        for (const EventView& view : {EventView(empty), EventView(some, later)}) {
            for (const GraphLevel level : {GraphLevel::Touchpoint, GraphLevel::Stage}) {
                GraphOptions options;
                options.level = level;
                options.nodeShare = 0.5;
                options.edgeShare = 0.5;
                const JourneyGraph graph = buildJourneyGraph(view, options);
                QCOMPARE(nodeRows(graph), (QStringList{QStringLiteral("Start 0 0 0 0 0"),
                                                       QStringLiteral("End 0 0 0 0 0")}));
                QVERIFY(graph.edges.empty());
                QCOMPARE(graph.journeys, 0);
                QCOMPARE(graph.events, 0);
                QCOMPARE(graph.hiddenEventShare, 0.0);
                QCOMPARE(graph.hiddenTransitionShare, 0.0);
                QCOMPARE(graph.toCsv(),
                         QByteArray("from,to,count,customers,probability,median_seconds,"
                                    "p90_seconds\r\n"));
            }
        }
    }

    void viewFilterApplies()
    {
        const EventLog log =
            logOf({{"a", 0, "Home"}, {"a", Second, "Cart"}, {"a", Day, "Home"}, {"b", 0, "Cart"}});
        EventFilter early;
        early.toMs = Day;
        EventFilter onlyB;
        onlyB.persons = std::make_shared<std::vector<PersonIndex>>(std::vector<PersonIndex>{1});
        QCOMPARE(edgeRows(buildJourneyGraph(EventView(log, early))),
                 (QStringList{QStringLiteral("Start>Home 1 1 0.5 - -"),
                              QStringLiteral("Start>Cart 1 1 0.5 - -"),
                              QStringLiteral("Home>Cart 1 1 1 1 1"),
                              QStringLiteral("Cart>End 2 2 1 - -")}));
        QCOMPARE(nodeRows(buildJourneyGraph(EventView(log, onlyB))),
                 (QStringList{QStringLiteral("Start 0 1 0 0 0"), QStringLiteral("Cart 1 1 1 1 0"),
                              QStringLiteral("End 0 1 0 0 0")}));
    }

    void sessionScope()
    {
        // erin's third event is two hours after the second: a new session.
        const EventLog log = logOf({{"erin", 0, "A"},
                                    {"erin", 60 * Second, "B"},
                                    {"erin", 7200 * Second, "A"},
                                    {"erin", 7210 * Second, "C"},
                                    {"finn", 0, "A"}});
        const JourneyGraph customers = buildJourneyGraph(EventView(log));
        QCOMPARE(customers.scope, JourneyScope::Customer);
        QCOMPARE(customers.journeys, 2);
        QCOMPARE(edgeRows(customers), (QStringList{
                                          QStringLiteral("Start>A 2 2 1 - -"),
                                          QStringLiteral("A>B 1 1 0.333333 60 60"),
                                          QStringLiteral("A>C 1 1 0.333333 10 10"),
                                          QStringLiteral("A>End 1 1 0.333333 - -"),
                                          QStringLiteral("B>A 1 1 1 7140 7140"),
                                          QStringLiteral("C>End 1 1 1 - -"),
                                      }));
        const JourneyGraph sessions = buildJourneyGraph(EventView(log, {}, JourneyScope::Session));
        QCOMPARE(sessions.scope, JourneyScope::Session);
        QCOMPARE(sessions.journeys, 3);
        QCOMPARE(sessions.customers, 2);
        // A starts three journeys of two people.
        QCOMPARE(nodeRows(sessions),
                 (QStringList{QStringLiteral("Start 0 2 0 0 0"), QStringLiteral("A 3 2 3 1 0"),
                              QStringLiteral("B 1 1 0 1 0"), QStringLiteral("C 1 1 0 1 0"),
                              QStringLiteral("End 0 2 0 0 0")}));
        QCOMPARE(edgeRows(sessions), (QStringList{
                                         QStringLiteral("Start>A 3 2 1 - -"),
                                         QStringLiteral("A>B 1 1 0.333333 60 60"),
                                         QStringLiteral("A>C 1 1 0.333333 10 10"),
                                         QStringLiteral("A>End 1 1 0.333333 - -"),
                                         QStringLiteral("B>End 1 1 1 - -"),
                                         QStringLiteral("C>End 1 1 1 - -"),
                                     }));
    }

    void stageLevel()
    {
        // gina: Awareness (Ad, Blog: one visit), Consideration, no stage, Consideration,
        // Purchase. hank: one Awareness visit of two events.
        const EventLog log = logOf(
            {
                {"gina", 0, "Ad"},
                {"gina", 10 * Second, "Blog"},
                {"gina", 40 * Second, "Product"},
                {"gina", 100 * Second, "Help"},
                {"gina", 160 * Second, "Product"},
                {"gina", 200 * Second, "Cart"},
                {"hank", 0, "Blog"},
                {"hank", 5 * Second, "Ad"},
            },
            {{"Ad", "Awareness"},
             {"Blog", "Awareness"},
             {"Product", "Consideration"},
             {"Cart", "Purchase"}});
        GraphOptions options;
        options.level = GraphLevel::Stage;
        const JourneyGraph graph = buildJourneyGraph(EventView(log), options);
        QCOMPARE(graph.level, GraphLevel::Stage);
        QCOMPARE(nodeRows(graph), (QStringList{
                                      QStringLiteral("Start 0 2 0 0 0"),
                                      QStringLiteral("Awareness 4 2 2 1 0"),
                                      QStringLiteral("Consideration 2 1 0 0 0"),
                                      QStringLiteral("Purchase 1 1 0 1 0"),
                                      QStringLiteral("(no stage) 1 1 0 0 0"),
                                      QStringLiteral("End 0 2 0 0 0"),
                                  }));
        QCOMPARE(graph.nodes[1].kind, GraphNode::Kind::Stage);
        QCOMPARE(graph.nodes[1].index, 0);
        QCOMPARE(graph.nodes[4].kind, GraphNode::Kind::NoStage);
        QCOMPARE(graph.nodes[4].index, -1);
        // Times run from the last event of a visit (Blog at 10 s) to the next one.
        QCOMPARE(edgeRows(graph), (QStringList{
                                      QStringLiteral("Start>Awareness 2 2 1 - -"),
                                      QStringLiteral("Awareness>Consideration 1 1 0.5 30 30"),
                                      QStringLiteral("Awareness>End 1 1 0.5 - -"),
                                      QStringLiteral("Consideration>Purchase 1 1 0.5 40 40"),
                                      QStringLiteral("Consideration>(no stage) 1 1 0.5 60 60"),
                                      QStringLiteral("Purchase>End 1 1 1 - -"),
                                      QStringLiteral("(no stage)>Consideration 1 1 1 60 60"),
                                  }));
        // The same log by touchpoint keeps the loops stages merge away.
        QCOMPARE(buildJourneyGraph(EventView(log)).nodes.size(), size_t(7));
    }

    void goalExits()
    {
        // Goal: Buy within 10 days. The data end on day 30 (eve's event).
        const EventLog log = logOf({
            {"p1", 0, "Home"},
            {"p1", Day, "Buy"}, // converted
            {"p2", 0, "Home"},
            {"p2", Day, "Product"}, // dropped off
            {"p3", 25 * Day, "Home"},
            {"p3", 26 * Day, "Product"}, // open: its window ends on day 35
            {"p4", 0, "Home"},
            {"p4", 12 * Day, "Buy"},  // dropped off: Buy came after the window
            {"p5", 30 * Day, "Home"}, // open
        });
        Goal goal;
        goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
        goal.windowMs = 10 * Day;
        GraphOptions options;
        options.goal = goal;
        QCOMPARE(nodeRows(buildJourneyGraph(EventView(log), options)),
                 (QStringList{QStringLiteral("Start 0 5 0 0 0"), QStringLiteral("Home 5 5 5 1 0"),
                              QStringLiteral("Buy 2 2 0 2 1"), QStringLiteral("Product 2 2 0 2 1"),
                              QStringLiteral("End 0 5 0 0 0")}));
        // Data ending on day 100: p3 and p5 dropped off too.
        options.dataEndMs = 100 * Day;
        QCOMPARE(nodeRows(buildJourneyGraph(EventView(log), options)),
                 (QStringList{QStringLiteral("Start 0 5 0 0 0"), QStringLiteral("Home 5 5 5 1 1"),
                              QStringLiteral("Buy 2 2 0 2 1"), QStringLiteral("Product 2 2 0 2 2"),
                              QStringLiteral("End 0 5 0 0 0")}));
        // Without a goal there are no exits.
        for (const GraphNode& node : buildJourneyGraph(EventView(log)).nodes)
            QCOMPARE(node.exits, 0);
    }

    void specialNamesStayUnique()
    {
        const EventLog log = logOf({{"a", 0, "Start"},
                                    {"a", Second, "[Start]"},
                                    {"a", 2 * Second, "End"},
                                    {"a", 3 * Second, "(no stage)"}},
                                   {{"Start", "End"}});
        const JourneyGraph graph = buildJourneyGraph(EventView(log));
        QCOMPARE(graph.nodes.front().name, QStringLiteral("[[Start]]"));
        QCOMPARE(graph.nodes.back().name, QStringLiteral("[End]"));
        QCOMPARE(edgeRows(graph).first(), QStringLiteral("[[Start]]>Start 1 1 1 - -"));
        QCOMPARE(edgeRows(graph).last(), QStringLiteral("(no stage)>[End] 1 1 1 - -"));
        const QJsonArray nodes = graph.toJson().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("start"));
        QCOMPARE(nodes.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("touchpoint"));
        QCOMPARE(nodes.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("end"));

        // By stage: a stage named "End" and the stage-less touchpoints, named "(no stage)".
        GraphOptions options;
        options.level = GraphLevel::Stage;
        const JourneyGraph stages = buildJourneyGraph(EventView(log), options);
        QCOMPARE(nodeRows(stages), (QStringList{
                                       QStringLiteral("Start 0 1 0 0 0"),
                                       QStringLiteral("End 1 1 1 0 0"),
                                       QStringLiteral("(no stage) 3 1 0 1 0"),
                                       QStringLiteral("[End] 0 1 0 0 0"),
                                   }));
        // A stage that is itself named "(no stage)".
        const EventLog odd = logOf({{"a", 0, "X"}, {"a", Second, "Y"}}, {{"X", "(no stage)"}});
        const JourneyGraph oddStages = buildJourneyGraph(EventView(odd), options);
        QCOMPARE(oddStages.nodes[1].name, QStringLiteral("(no stage)"));
        QCOMPARE(oddStages.nodes[2].name, QStringLiteral("[(no stage)]"));
        QCOMPARE(oddStages.nodes[2].kind, GraphNode::Kind::NoStage);
    }

    void simplifyByNodesAndEdges()
    {
        // Events: A 5, B 4, C 3, X 2 (14).
        const EventLog log = logOf({
            {"p1", 0, "A"},
            {"p1", Second, "X"},
            {"p1", 2 * Second, "B"},
            {"p2", 0, "A"},
            {"p2", Second, "B"},
            {"p3", 0, "A"},
            {"p3", Second, "C"},
            {"p3", 2 * Second, "C"},
            {"p4", 0, "A"},
            {"p4", Second, "X"},
            {"p5", 0, "C"},
            {"p6", 0, "A"},
            {"p6", Second, "B"},
            {"p6", 2 * Second, "B"},
        });
        // Three of four nodes: X goes, and p1's A -> X -> B becomes A -> B (2 s).
        GraphOptions options;
        options.nodeShare = 0.75;
        const JourneyGraph nodes = buildJourneyGraph(EventView(log), options);
        QCOMPARE(nodeRows(nodes),
                 (QStringList{QStringLiteral("Start 0 6 0 0 0"), QStringLiteral("A 5 5 5 1 0"),
                              QStringLiteral("B 4 3 0 3 0"), QStringLiteral("C 3 2 1 2 0"),
                              QStringLiteral("End 0 6 0 0 0")}));
        QCOMPARE(edgeRows(nodes), (QStringList{
                                      QStringLiteral("Start>A 5 5 0.833333 - -"),
                                      QStringLiteral("Start>C 1 1 0.166667 - -"),
                                      QStringLiteral("A>B 3 3 0.6 1 2"),
                                      QStringLiteral("A>C 1 1 0.2 1 1"),
                                      QStringLiteral("A>End 1 1 0.2 - -"),
                                      QStringLiteral("B>B 1 1 0.25 1 1"),
                                      QStringLiteral("B>End 3 3 0.75 - -"),
                                      QStringLiteral("C>C 1 1 0.333333 1 1"),
                                      QStringLiteral("C>End 2 2 0.666667 - -"),
                                  }));
        QCOMPARE(nodes.hiddenEventShare, 2.0 / 14.0);
        QCOMPARE(nodes.hiddenTransitionShare, 0.0);

        // ceil(0.25 * 9) = 3 strongest edges: Start>A 5, A>B 3, B>End 3; then C's strongest
        // in (A>C before Start>C, a tie broken by name, whatever the nodes' numbers) and out
        // (C>End, the loop aside). Hidden: Start>C, A>End, B>B and C>C, 4 of 18 transitions.
        options.edgeShare = 0.25;
        const JourneyGraph edges = buildJourneyGraph(EventView(log), options);
        QCOMPARE(edgeRows(edges), (QStringList{
                                      QStringLiteral("Start>A 5 5 0.833333 - -"),
                                      QStringLiteral("A>B 3 3 0.6 1 2"),
                                      QStringLiteral("A>C 1 1 0.2 1 1"),
                                      QStringLiteral("B>End 3 3 0.75 - -"),
                                      QStringLiteral("C>End 2 2 0.666667 - -"),
                                  }));
        QCOMPARE(edges.hiddenEventShare, 2.0 / 14.0);
        QCOMPARE(edges.hiddenTransitionShare, 4.0 / 18.0);
        QVERIFY(everyNodeOnAPath(edges));

        // No share keeps the most frequent node; p5 (C only) goes straight to End.
        options.nodeShare = 0;
        options.edgeShare = 1;
        const JourneyGraph one = buildJourneyGraph(EventView(log), options);
        QCOMPARE(nodeRows(one),
                 (QStringList{QStringLiteral("Start 0 6 0 0 0"), QStringLiteral("A 5 5 5 5 0"),
                              QStringLiteral("End 0 6 0 0 0")}));
        QCOMPARE(edgeRows(one), (QStringList{QStringLiteral("Start>A 5 5 0.833333 - -"),
                                             QStringLiteral("Start>End 1 1 0.166667 - -"),
                                             QStringLiteral("A>End 5 5 1 - -")}));
        QCOMPARE(one.hiddenEventShare, 9.0 / 14.0);

        // The same journeys with the touchpoints first seen in another order (numbered
        // apart, as a warehouse numbers them by name): the same nodes and edges are kept.
        const EventLog renumbered = logOf({
            {"p5", 0, "C"},
            {"p4", 0, "X"},
            {"p1", 0, "B"},
            {"p1", -Second, "X"},
            {"p1", -2 * Second, "A"},
            {"p2", 0, "A"},
            {"p2", Second, "B"},
            {"p3", 0, "A"},
            {"p3", Second, "C"},
            {"p3", 2 * Second, "C"},
            {"p4", -Second, "A"},
            {"p6", 0, "A"},
            {"p6", Second, "B"},
            {"p6", 2 * Second, "B"},
        });
        for (const double share : {0.25, 0.5, 0.75}) {
            options.nodeShare = 1;
            options.edgeShare = share;
            QStringList a = edgeRows(buildJourneyGraph(EventView(log), options));
            QStringList b = edgeRows(buildJourneyGraph(EventView(renumbered), options));
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
    }

    void simplifyKeepsNodesReachable()
    {
        // C and D loop strongly; the strongest edges in and out of each are the loop's,
        // so Start -> C and D -> End come back only to connect them.
        EventLog::Builder builder;
        for (int i = 0; i < 11; ++i) {
            builder.add(QStringLiteral("p"), 2 * i, QStringLiteral("C"))
                .add(QStringLiteral("p"), 2 * i + 1, QStringLiteral("D"));
        }
        builder.add(QStringLiteral("q"), 0, QStringLiteral("D"));
        const EventLog log = std::move(builder).build();
        GraphOptions options;
        options.edgeShare = 0;
        const JourneyGraph graph = buildJourneyGraph(EventView(log), options);
        QCOMPARE(edgeRows(graph), (QStringList{
                                      QStringLiteral("Start>C 1 1 0.5 - -"),
                                      QStringLiteral("C>D 11 1 1 0.001 0.001"),
                                      QStringLiteral("D>C 10 1 0.833333 0.001 0.001"),
                                      QStringLiteral("D>End 2 2 0.166667 - -"),
                                  }));
        QCOMPARE(graph.hiddenTransitionShare, 1.0 / 25.0); // Start>D
        QVERIFY(everyNodeOnAPath(graph));
    }

    void simplifyRandomLogs()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 30; ++round) {
            EventLog::Builder builder;
            const int touchpoints = 2 + int(random.bounded(12));
            for (int e = 0; e < 300; ++e) {
                // Skewed touchpoint frequencies, so that shares cut somewhere.
                const int t = int(random.bounded(touchpoints) * random.bounded(1.0));
                builder.add(QString::number(random.bounded(40)), random.bounded(100) * Second,
                            QStringLiteral("t%1").arg(t));
            }
            const EventLog log = std::move(builder).build();
            const EventView view(log);
            GraphOptions options;
            options.nodeShare = random.bounded(1.0);
            options.edgeShare = random.bounded(1.0);
            const JourneyGraph graph = buildJourneyGraph(view, options);
            QVERIFY(everyNodeOnAPath(graph));

            // The unsimplified graph of the kept nodes, from the journeys without the others.
            GraphOptions noEdgeCut = options;
            noEdgeCut.edgeShare = 1;
            const JourneyGraph nodesOnly = buildJourneyGraph(view, noEdgeCut);
            std::vector<NaiveJourney> journeys;
            view.forEachJourney([&](const Journey& journey) {
                NaiveJourney projected{QString::number(journey.person()), {}};
                for (qsizetype i = 0; i < journey.size(); ++i) {
                    const QString name = log.touchpointNames()[log.touchpoints()[journey[i]]];
                    if (graph.nodeIndex(name) >= 0)
                        projected.steps.push_back({name, log.times()[journey[i]]});
                }
                journeys.push_back(projected);
            });
            NaiveGraph naive = naiveGraph(journeys, false);
            // Journeys with no kept event go Start -> End.
            for (const NaiveJourney& journey : journeys) {
                if (journey.steps.empty()) {
                    ++naive.counts[{QStringLiteral("Start"), QStringLiteral("End")}];
                    naive.edgeCustomers[{QStringLiteral("Start"), QStringLiteral("End")}].insert(
                        journey.person);
                }
            }
            naive.journeys = graph.journeys;
            naive.people.clear();
            for (const NaiveJourney& journey : journeys)
                naive.people.insert(journey.person);
            compareWithNaive(nodesOnly, naive);
            if (QTest::currentTestFailed())
                return;

            // The kept nodes are the most frequent; hidden shares add up the dropped.
            const JourneyGraph full = buildJourneyGraph(view);
            qint64 keptEvents = 0, lowestKept = graph.events, highestDropped = 0;
            for (const GraphNode& node : full.nodes) {
                if (node.kind != GraphNode::Kind::Touchpoint)
                    continue;
                if (graph.nodeIndex(node.name) >= 0) {
                    keptEvents += node.events;
                    lowestKept = std::min(lowestKept, node.events);
                } else {
                    highestDropped = std::max(highestDropped, node.events);
                }
            }
            QVERIFY(lowestKept >= highestDropped);
            QCOMPARE(
                int(graph.nodes.size()) - 2,
                std::max(1, int(std::ceil(options.nodeShare * double(full.nodes.size() - 2)))));
            QCOMPARE(graph.hiddenEventShare,
                     double(graph.events - keptEvents) / double(graph.events));
            qint64 all = 0, shown = 0;
            for (const GraphEdge& edge : nodesOnly.edges)
                all += edge.count;
            for (const GraphEdge& edge : graph.edges) {
                shown += edge.count;
                const int same = nodesOnly.edgeIndex(edge.from, edge.to);
                QVERIFY(same >= 0);
                QCOMPARE(nodesOnly.edges[size_t(same)].count, edge.count);
                QCOMPARE(nodesOnly.edges[size_t(same)].probability, edge.probability);
            }
            QVERIFY(graph.edges.size() >=
                    size_t(std::ceil(options.edgeShare * double(nodesOnly.edges.size()))));
            QCOMPARE(graph.hiddenTransitionShare, double(all - shown) / double(all));
        }
    }

    void agreesWithNaiveOnRandomLogs_data()
    {
        QTest::addColumn<bool>("bySession");
        QTest::addColumn<bool>("byStage");
        QTest::addColumn<bool>("webOnly");
        for (const bool session : {false, true}) {
            for (const bool stage : {false, true}) {
                for (const bool web : {false, true}) {
                    QTest::addRow("%s %s%s", session ? "sessions" : "customers",
                                  stage ? "stages" : "touchpoints", web ? " web" : "")
                        << session << stage << web;
                }
            }
        }
    }

    void agreesWithNaiveOnRandomLogs()
    {
        QFETCH(bool, bySession);
        QFETCH(bool, byStage);
        QFETCH(bool, webOnly);
        struct Added
        {
            QString person;
            qint64 ms;
            QString touchpoint;
            QString channel;
        };
        const QStringList stageOf{QStringLiteral("S1"),
                                  QStringLiteral("S1"),
                                  QStringLiteral("S2"),
                                  QStringLiteral("S3"),
                                  QString(),
                                  QString()};
        QRandomGenerator random(42);
        std::vector<Added> added;
        for (int e = 0; e < 2000; ++e) {
            // Ten-minute steps over four hours: ties, and gaps that cut sessions.
            added.push_back({QString::number(random.bounded(60)),
                             qint64(random.bounded(24)) * 600 * Second,
                             QStringLiteral("t%1").arg(e < 6 ? e : random.bounded(6)),
                             random.bounded(3) ? QStringLiteral("web") : QStringLiteral("app")});
        }
        EventLog::Builder builder;
        for (const Added& event : added)
            builder.add(event.person, event.ms, event.touchpoint, event.channel);
        for (int t = 0; t < 6; ++t) {
            if (!stageOf[t].isEmpty())
                builder.setStage(QStringLiteral("t%1").arg(t), stageOf[t]);
        }
        const EventLog log = std::move(builder).build();

        // Each person's events by time, then order added; sessions cut after 30 minutes.
        std::map<QString, std::vector<Added>> byPerson;
        for (const Added& event : added)
            byPerson[event.person].push_back(event);
        std::vector<NaiveJourney> journeys;
        for (auto& [person, events] : byPerson) {
            std::stable_sort(events.begin(), events.end(),
                             [](const Added& a, const Added& b) { return a.ms < b.ms; });
            std::vector<NaiveJourney> sessions(1, NaiveJourney{person, {}});
            for (size_t i = 0; i < events.size(); ++i) {
                if (bySession && i > 0 && events[i].ms - events[i - 1].ms > 30 * 60 * Second)
                    sessions.push_back({person, {}});
                if (webOnly && events[i].channel != QStringLiteral("web"))
                    continue;
                const QString stage = stageOf[events[i].touchpoint.mid(1).toInt()];
                const QString node = !byStage
                                         ? events[i].touchpoint
                                         : (stage.isEmpty() ? QStringLiteral("(no stage)") : stage);
                sessions.back().steps.push_back({node, events[i].ms});
            }
            journeys.insert(journeys.end(), sessions.begin(), sessions.end());
        }
        const NaiveGraph naive = naiveGraph(journeys, byStage);

        EventFilter filter;
        if (webOnly)
            filter.channels = {quint8(log.channelIndex(u"web"))};
        GraphOptions options;
        options.level = byStage ? GraphLevel::Stage : GraphLevel::Touchpoint;
        const JourneyGraph graph = buildJourneyGraph(
            EventView(log, filter, bySession ? JourneyScope::Session : JourneyScope::Customer),
            options);
        QVERIFY(graph.nodes.size() > 3);
        compareWithNaive(graph, naive);
    }

    void json()
    {
        const EventLog log = logOf({{"a", 0, "Home"}, {"a", 1500, "Cart"}, {"b", 0, "Home"}});
        const QJsonObject json = buildJourneyGraph(EventView(log)).toJson();
        // Through text and back, as a script would read it.
        const QJsonObject read =
            QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
        QCOMPARE(read.value(QStringLiteral("level")).toString(), QStringLiteral("touchpoint"));
        QCOMPARE(read.value(QStringLiteral("by")).toString(), QStringLiteral("customer"));
        QCOMPARE(read.value(QStringLiteral("journeys")).toInteger(), 2);
        const QJsonArray nodes = read.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 4);
        QCOMPARE(nodes.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Home")},
                              {QStringLiteral("kind"), QStringLiteral("touchpoint")},
                              {QStringLiteral("events"), 2},
                              {QStringLiteral("customers"), 2},
                              {QStringLiteral("starts"), 2},
                              {QStringLiteral("ends"), 1},
                              {QStringLiteral("exits"), 0}}));
        const QJsonArray edges = read.value(QStringLiteral("edges")).toArray();
        QCOMPARE(edges.size(), 4);
        QCOMPARE(edges.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("Start")},
                              {QStringLiteral("to"), QStringLiteral("Home")},
                              {QStringLiteral("count"), 2},
                              {QStringLiteral("customers"), 2},
                              {QStringLiteral("probability"), 1},
                              {QStringLiteral("median_seconds"), QJsonValue::Null},
                              {QStringLiteral("p90_seconds"), QJsonValue::Null}}));
        QCOMPARE(edges.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("Home")},
                              {QStringLiteral("to"), QStringLiteral("Cart")},
                              {QStringLiteral("count"), 1},
                              {QStringLiteral("customers"), 1},
                              {QStringLiteral("probability"), 0.5},
                              {QStringLiteral("median_seconds"), 1.5},
                              {QStringLiteral("p90_seconds"), 1.5}}));
        QCOMPARE(read.value(QStringLiteral("hidden")).toObject(),
                 (QJsonObject{{QStringLiteral("events"), 0}, {QStringLiteral("transitions"), 0}}));
    }

    void csv()
    {
        const EventLog log = logOf({{"a", 0, "Say \"hi\""},
                                    {"a", 2500, "Caf\xc3\xa9, Bar"},
                                    {"b", 0, "Say \"hi\""},
                                    {"c", 0, "Caf\xc3\xa9, Bar"}});
        QCOMPARE(buildJourneyGraph(EventView(log)).toCsv(),
                 QByteArray("from,to,count,customers,probability,median_seconds,p90_seconds\r\n"
                            "Start,\"Say \"\"hi\"\"\",2,2,0.666666666666667,,\r\n"
                            "Start,\"Caf\xc3\xa9, Bar\",1,1,0.333333333333333,,\r\n"
                            "\"Say \"\"hi\"\"\",\"Caf\xc3\xa9, Bar\",1,1,0.5,2.5,2.5\r\n"
                            "\"Say \"\"hi\"\"\",End,1,1,0.5,,\r\n"
                            "\"Caf\xc3\xa9, Bar\",End,2,2,1,,\r\n"));
    }

    void dotParses()
    {
        // Names that need escaping in DOT: quotes, a backslash, a line break, braces.
        const QStringList names{QStringLiteral("Say \"hi\""), QStringLiteral("back\\slash"),
                                QStringLiteral("two\nlines"), QStringLiteral("}; digraph {"),
                                QStringLiteral("Caf\u00e9")};
        EventLog::Builder builder;
        for (int person = 0; person < 12; ++person) {
            for (int step = 0; step <= person % names.size(); ++step)
                builder.add(QString::number(person), step, names[step]);
        }
        const EventLog log = std::move(builder).build();
        const JourneyGraph graph = buildJourneyGraph(EventView(log));
        const QByteArray dot = graph.toDot();

        Agraph_t* parsed = agmemread(dot.constData());
        QVERIFY2(parsed, dot.constData());
        const auto release = qScopeGuard([&] { agclose(parsed); });
        QVERIFY(agisdirected(parsed));
        QCOMPARE(agnnodes(parsed), int(graph.nodes.size()));
        QCOMPARE(agnedges(parsed), int(graph.edges.size()));
        qint64 maxEvents = graph.journeys;
        for (const GraphNode& node : graph.nodes)
            maxEvents = std::max(maxEvents, node.events);
        for (size_t i = 0; i < graph.nodes.size(); ++i) {
            const GraphNode& node = graph.nodes[i];
            QByteArray id = "n" + QByteArray::number(qulonglong(i));
            Agnode_t* parsedNode = agnode(parsed, id.data(), 0);
            QVERIFY(parsedNode);
            // Graphviz keeps "\\" and "\n" as escapes for its labels.
            const qint64 amount =
                i == 0 || i + 1 == graph.nodes.size() ? graph.journeys : node.events;
            QString label = node.name;
            label.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            label += QStringLiteral("\\n") + QString::number(amount);
            QCOMPARE(QString::fromUtf8(agget(parsedNode, const_cast<char*>("label"))), label);
            const double width =
                QByteArray(agget(parsedNode, const_cast<char*>("penwidth"))).toDouble();
            QVERIFY(qAbs(width - (1 + 5.0 * double(amount) / double(maxEvents))) < 0.01);
        }
        qint64 maxCount = 0;
        for (const GraphEdge& edge : graph.edges)
            maxCount = std::max(maxCount, edge.count);
        for (const GraphEdge& edge : graph.edges) {
            QByteArray from = "n" + QByteArray::number(edge.from);
            QByteArray to = "n" + QByteArray::number(edge.to);
            Agedge_t* parsedEdge = agedge(parsed, agnode(parsed, from.data(), 0),
                                          agnode(parsed, to.data(), 0), nullptr, 0);
            QVERIFY(parsedEdge);
            QCOMPARE(QByteArray(agget(parsedEdge, const_cast<char*>("label"))),
                     QByteArray::number(edge.count));
            const double width =
                QByteArray(agget(parsedEdge, const_cast<char*>("penwidth"))).toDouble();
            QVERIFY(qAbs(width - (1 + 5.0 * double(edge.count) / double(maxCount))) < 0.01);
        }

        // The dot program, where installed, lays it out too.
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (program.isEmpty())
            return;
        QProcess process;
        process.start(program, {QStringLiteral("-Tsvg")});
        QVERIFY(process.waitForStarted());
        process.write(dot);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("<svg"));
    }

    void helpdeskAgreesWithNaive()
    {
        const QString csv = sharedDataFile(QStringLiteral("eventlogs/helpdesk_tax2017.csv"));
        if (csv.isEmpty())
            QSKIP("eventlogs/helpdesk_tax2017.csv from the shared datasets is not available");
        ImportFixture fixture;
        fixture.import({csv});
        auto project = fixture.open();
        const EventLog log = EventLog::load(project->database());
        const JourneyGraph graph = buildJourneyGraph(EventView(log));

        std::vector<NaiveJourney> journeys;
        for (const auto& [id, events] : readCaseFile(csv)) {
            NaiveJourney journey{id, {}};
            for (const CaseEvent& event : events)
                journey.steps.push_back({event.activity, event.ms});
            journeys.push_back(journey);
        }
        const NaiveGraph naive = naiveGraph(journeys, false);
        QCOMPARE(naive.journeys, 3804);
        compareWithNaive(graph, naive);
    }
};

QTEST_GUILESS_MAIN(TestJourneyGraph)
#include "tst_journeygraph.moc"
