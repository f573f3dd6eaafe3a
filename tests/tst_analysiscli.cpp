// The analysis commands of journeyscope-cli end to end, on a hand-built log whose numbers
// are worked out by hand in the comments.

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope::test;

namespace {

// C1: Home 10:00, Product 10:01, Cart 10:03, Buy 10:06 (web)
// C2: Home 10:00, Product 10:02, Home 10:03 (app)
// C3: Ad 09:00, Home 09:10, Product 09:11, Cart 09:20 (web)
// C4: Home 08:00 (app)
constexpr char Events[] = "customer_id,timestamp,event,channel\n"
                          "C1,2025-01-01T10:00:00Z,Home,web\n"
                          "C1,2025-01-01T10:01:00Z,Product,web\n"
                          "C1,2025-01-01T10:03:00Z,Cart,web\n"
                          "C1,2025-01-01T10:06:00Z,Buy,web\n"
                          "C2,2025-01-02T10:00:00Z,Home,app\n"
                          "C2,2025-01-02T10:02:00Z,Product,app\n"
                          "C2,2025-01-02T10:03:00Z,Home,app\n"
                          "C3,2025-01-03T09:00:00Z,Ad,web\n"
                          "C3,2025-01-03T09:10:00Z,Home,web\n"
                          "C3,2025-01-03T09:11:00Z,Product,web\n"
                          "C3,2025-01-03T09:20:00Z,Cart,web\n"
                          "C4,2025-01-04T08:00:00Z,Home,app\n";
// A CRM export: plan and churn for three of the four.
constexpr char Customers[] = "customer_id,plan,churn\n"
                             "C1,Pro,false\n"
                             "C2,Basic,true\n"
                             "C3,Pro,true\n";

QJsonObject byName(const QJsonArray& array, const QString& name)
{
    for (const QJsonValue& value : array) {
        if (value[QStringLiteral("name")].toString() == name)
            return value.toObject();
    }
    return {};
}

QJsonObject edge(const QJsonObject& graph, const QString& from, const QString& to)
{
    for (const QJsonValue& value : graph[QStringLiteral("edges")].toArray()) {
        if (value[QStringLiteral("from")].toString() == from &&
            value[QStringLiteral("to")].toString() == to)
            return value.toObject();
    }
    return {};
}

QList<qint64> counts(const QJsonObject& funnel)
{
    QList<qint64> list;
    for (const QJsonValue& step : funnel[QStringLiteral("steps")].toArray())
        list.append(step[QStringLiteral("count")].toInteger());
    return list;
}

} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString events = m_dir.filePath(QStringLiteral("events.csv"));
        const QString customers = m_dir.filePath(QStringLiteral("customers.csv"));
        writeFile(events, Events);
        writeFile(customers, Customers);
        QCOMPARE(cli({QStringLiteral("import"), project(), events}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), project(), customers, QStringLiteral("--format"),
                      QStringLiteral("table")})
                     .exitCode,
                 0);
    }

    void everyAnalysisHasHelpAndJson()
    {
        for (const char* command :
             {"graph", "funnel", "paths", "stages", "friction", "segments", "personas", "goal",
              "train", "models", "correlate", "attribute"}) {
            const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("--json"), command);
        }
    }

    void graph()
    {
        const Run run = cli({QStringLiteral("graph"), project(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject graph = run.json();
        QCOMPARE(graph[QStringLiteral("journeys")].toInt(), 4);
        const QJsonArray nodes = graph[QStringLiteral("nodes")].toArray();
        // Home: one event each for C1, C3, C4 and two for C2.
        QCOMPARE(byName(nodes, QStringLiteral("Home"))[QStringLiteral("events")].toInt(), 5);
        QCOMPARE(byName(nodes, QStringLiteral("Home"))[QStringLiteral("customers")].toInt(), 4);
        // Journeys ending at Home without reaching a goal: no goal set, so no exits.
        QCOMPARE(byName(nodes, QStringLiteral("Home"))[QStringLiteral("exits")].toInt(), 0);
        QCOMPARE(
            edge(graph, QStringLiteral("Start"), QStringLiteral("Home"))[QStringLiteral("count")]
                .toInt(),
            3);
        // Home -> Product: C1 60 s, C2 120 s, C3 60 s; out of Home: 3 to Product, 2 to End.
        const QJsonObject homeProduct =
            edge(graph, QStringLiteral("Home"), QStringLiteral("Product"));
        QCOMPARE(homeProduct[QStringLiteral("count")].toInt(), 3);
        QCOMPARE(homeProduct[QStringLiteral("customers")].toInt(), 3);
        QCOMPARE(homeProduct[QStringLiteral("probability")].toDouble(), 0.6);
        QCOMPARE(homeProduct[QStringLiteral("median_seconds")].toDouble(), 60.0);
        QCOMPARE(homeProduct[QStringLiteral("p90_seconds")].toDouble(), 120.0);
        // Product -> Cart: 120 s and 540 s.
        const QJsonObject productCart =
            edge(graph, QStringLiteral("Product"), QStringLiteral("Cart"));
        QCOMPARE(productCart[QStringLiteral("count")].toInt(), 2);
        QCOMPARE(productCart[QStringLiteral("median_seconds")].toDouble(), 120.0);
        QCOMPARE(productCart[QStringLiteral("p90_seconds")].toDouble(), 540.0);
        QCOMPARE(edge(graph, QStringLiteral("Home"), QStringLiteral("End"))[QStringLiteral("count")]
                     .toInt(),
                 2);

        // With Buy as the goal (no window), C2 and C4 exit at Home and C3 at Cart.
        const QJsonObject withGoal =
            cli({QStringLiteral("graph"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--window"), QStringLiteral("none"),
                 QStringLiteral("--json")})
                .json();
        const QJsonArray goalNodes = withGoal[QStringLiteral("nodes")].toArray();
        QCOMPARE(byName(goalNodes, QStringLiteral("Home"))[QStringLiteral("exits")].toInt(), 2);
        QCOMPARE(byName(goalNodes, QStringLiteral("Cart"))[QStringLiteral("exits")].toInt(), 1);
        QCOMPARE(byName(goalNodes, QStringLiteral("Buy"))[QStringLiteral("exits")].toInt(), 0);
    }

    void graphCsvAndDot()
    {
        const Run csv = cli({QStringLiteral("graph"), project(), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("from,to,count,customers,probability,median_seconds,p90_seconds"));
        QVERIFY(lines.contains("Home,Product,3,3,0.6,60,120") ||
                lines.contains("Home,Product,3,3,0.6,60,120\r"));
        const Run dot = cli({QStringLiteral("graph"), project(), QStringLiteral("--dot")});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith("digraph"));
        QVERIFY(dot.out.contains("Product"));
    }

    void stageGraph()
    {
        const QString staged = copyOfProject(QStringLiteral("staged.journey"));
        const Run set = cli({QStringLiteral("stages"), staged, QStringLiteral("--set"),
                             QStringLiteral("Ad=Awareness"), QStringLiteral("--set"),
                             QStringLiteral("Home=Awareness"), QStringLiteral("--set"),
                             QStringLiteral("Product=Consideration"), QStringLiteral("--set"),
                             QStringLiteral("Cart=Purchase"), QStringLiteral("--set"),
                             QStringLiteral("Buy=Purchase"), QStringLiteral("--json")});
        QCOMPARE(set.exitCode, 0);
        const QJsonArray stages = set.json()[QStringLiteral("stages")].toArray();
        QCOMPARE(stages.size(), 5);
        QCOMPARE(stages[2][QStringLiteral("touchpoints")].toArray().size(), 2);

        const QJsonObject graph = cli({QStringLiteral("graph"), staged, QStringLiteral("--level"),
                                       QStringLiteral("stage"), QStringLiteral("--json")})
                                      .json();
        // Visits: Awareness -> Consideration for C1, C2, C3; back to Awareness for C2.
        QCOMPARE(edge(graph, QStringLiteral("Awareness"),
                      QStringLiteral("Consideration"))[QStringLiteral("count")]
                     .toInt(),
                 3);
        QCOMPARE(edge(graph, QStringLiteral("Consideration"),
                      QStringLiteral("Awareness"))[QStringLiteral("count")]
                     .toInt(),
                 1);
        QCOMPARE(edge(graph, QStringLiteral("Consideration"),
                      QStringLiteral("Purchase"))[QStringLiteral("count")]
                     .toInt(),
                 2);
        // C1's Cart and Buy are one visit of Purchase.
        QVERIFY(edge(graph, QStringLiteral("Purchase"), QStringLiteral("Purchase")).isEmpty());

        // --csv writes what --load reads: the same model in another project.
        const Run csv = cli({QStringLiteral("stages"), staged, QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("touchpoint,stage\r\nAd,Awareness\r\nHome,Awareness\r\n"));
        const QString mapping = m_dir.filePath(QStringLiteral("stages.csv"));
        writeFile(mapping, csv.out);
        const QString loaded = copyOfProject(QStringLiteral("loaded.journey"));
        const Run load = cli({QStringLiteral("stages"), loaded, QStringLiteral("--load"), mapping,
                              QStringLiteral("--json")});
        QCOMPARE(load.exitCode, 0);
        // Only the stages that have touchpoints come back, in their order.
        QCOMPARE(load.json()[QStringLiteral("stages")].toArray(),
                 QJsonArray({stages[0], stages[1], stages[2]}));

        writeFile(mapping, "touchpoint,stage\nAd,A\nBasket,B\n");
        const Run unknown =
            cli({QStringLiteral("stages"), loaded, QStringLiteral("--load"), mapping});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(QString::fromUtf8(unknown.err.trimmed()),
                 mapping + QStringLiteral(":3:1: the project has no touchpoint \"Basket\""));

        const Run bad = cli({QStringLiteral("stages"), staged, QStringLiteral("--set"),
                             QStringLiteral("Home=Nowhere")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("Nowhere"), bad.err.constData());
    }

    void funnel_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("ordered") << QStringList{} << QList<qint64>{4, 3, 2, 1};
        // C1's Buy comes 6 minutes after Home; C3's Cart 10 minutes after it.
        QTest::newRow("5-minute window")
            << QStringList{QStringLiteral("--window"), QStringLiteral("5m")}
            << QList<qint64>{4, 3, 1, 0};
        QTest::newRow("strict") << QStringList{QStringLiteral("--order"), QStringLiteral("strict")}
                                << QList<qint64>{4, 3, 2, 1};
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session")}
                                  << QList<qint64>{4, 3, 2, 1};
        QTest::newRow("channel app")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("app")}
            << QList<qint64>{2, 1, 0, 0};
        QTest::newRow("plan Pro") << QStringList{QStringLiteral("--where"),
                                                 QStringLiteral("plan=pro")}
                                  << QList<qint64>{2, 2, 2, 1};
        QTest::newRow("from Jan 2")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-02")}
            << QList<qint64>{3, 2, 1, 0};
    }

    void funnel()
    {
        QFETCH(QStringList, options);
        QFETCH(QList<qint64>, expected);
        const Run run =
            cli(QStringList{QStringLiteral("funnel"), project(), QStringLiteral("--steps"),
                            QStringLiteral("Home,Product,Cart,Buy"), QStringLiteral("--json")} +
                options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(counts(run.json()), expected);
    }

    void funnelDropOffsAndBreakdown()
    {
        const QJsonObject funnel =
            cli({QStringLiteral("funnel"), project(), QStringLiteral("--steps"),
                 QStringLiteral("Home,Product,Cart"), QStringLiteral("--json")})
                .json();
        // Of Product's three, C2 did not reach Cart: it went back Home.
        const QJsonObject product = funnel[QStringLiteral("steps")].toArray()[1].toObject();
        QCOMPARE(product[QStringLiteral("dropped")].toInt(), 1);
        QCOMPARE(product[QStringLiteral("next")].toArray()[0][QStringLiteral("name")].toString(),
                 QStringLiteral("Home"));
        // C4 left after Home.
        QCOMPARE(funnel[QStringLiteral("steps")].toArray()[0][QStringLiteral("left")].toInt(), 1);

        const QJsonObject byPlan =
            cli({QStringLiteral("funnel"), project(), QStringLiteral("--steps"),
                 QStringLiteral("Home,Product,Cart"), QStringLiteral("--breakdown"),
                 QStringLiteral("plan"), QStringLiteral("--json")})
                .json();
        QCOMPARE(byPlan[QStringLiteral("by")].toString(), QStringLiteral("plan"));
        const QJsonArray groups = byPlan[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), 3); // Pro (C1, C3), Basic (C2), none (C4)
        QCOMPARE(counts(byName(groups, QStringLiteral("Pro"))), (QList<qint64>{2, 2, 2}));
        QCOMPARE(counts(byName(groups, QStringLiteral("Basic"))), (QList<qint64>{1, 1, 0}));
        QCOMPARE(counts(byName(groups, QString())), (QList<qint64>{1, 0, 0}));

        const Run csv = cli({QStringLiteral("funnel"), project(), QStringLiteral("--steps"),
                             QStringLiteral("Home,Product"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("step,name,count,"));
    }

    void paths()
    {
        const QJsonObject variants =
            cli({QStringLiteral("paths"), project(), QStringLiteral("--json")}).json();
        QCOMPARE(variants[QStringLiteral("variants")].toInt(), 4);
        const QJsonArray top = variants[QStringLiteral("top")].toArray();
        QCOMPARE(top.size(), 4);
        // One journey each: ties go by the names, a prefix first.
        QCOMPARE(top[0][QStringLiteral("path")].toArray().first().toString(), QStringLiteral("Ad"));
        QCOMPARE(top[1][QStringLiteral("path")].toArray().size(), 1);
        QCOMPARE(top[3][QStringLiteral("cumulative_share")].toDouble(), 1.0);

        const Run csv = cli({QStringLiteral("paths"), project(), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("count,share,cumulative_share,path\r\n"
                                   "1,0.25,0.25,Ad > Home > Product > Cart\r\n"));
        QCOMPARE(csv.out.count('\n'), 5);

        const QJsonObject sankey =
            cli({QStringLiteral("paths"), project(), QStringLiteral("--from-touchpoint"),
                 QStringLiteral("Product"), QStringLiteral("--steps"), QStringLiteral("2"),
                 QStringLiteral("--json")})
                .json();
        QCOMPARE(sankey[QStringLiteral("with_anchor")].toInt(), 3);
    }

    void friction()
    {
        const Run run =
            cli({QStringLiteral("friction"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--window"), QStringLiteral("none"),
                 QStringLiteral("--min-journeys"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json();
        QCOMPARE(report[QStringLiteral("converted")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("dropped_off")].toInt(), 3);
        const QJsonArray touchpoints = report[QStringLiteral("touchpoints")].toArray();
        // Home: C2 and C4 end there without Buy, of the four who reached it.
        QCOMPARE(
            byName(touchpoints, QStringLiteral("Home"))[QStringLiteral("exit_rate")].toDouble(),
            0.5);
        // C2 came back to Home after Product: a loop for one of four.
        QCOMPARE(
            byName(touchpoints, QStringLiteral("Home"))[QStringLiteral("loop_rate")].toDouble(),
            0.25);
        QCOMPARE(
            byName(touchpoints, QStringLiteral("Cart"))[QStringLiteral("exit_rate")].toDouble(),
            0.5);
        QCOMPARE(
            byName(touchpoints, QStringLiteral("Product"))[QStringLiteral("exit_rate")].toDouble(),
            0.0);
        QVERIFY(report[QStringLiteral("formula")].toString().contains(QStringLiteral("exit")));

        const Run csv =
            cli({QStringLiteral("friction"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--window"), QStringLiteral("none"),
                 QStringLiteral("--min-journeys"), QStringLiteral("1"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QVERIFY(lines[0].startsWith("kind,name,score,enough_data,events,journeys,open_journeys,"
                                    "exits,exit_rate,"));
        // Home: 5 events, 4 journeys, none open, 2 exits, exit rate 0.5.
        bool homeRow = false;
        for (const QByteArray& line : lines)
            homeRow = homeRow ||
                      (line.startsWith("touchpoint,Home,") && line.contains(",true,5,4,0,2,0.5,"));
        QVERIFY2(homeRow, csv.out.constData());

        const Run bySegment =
            cli({QStringLiteral("friction"), project(), QStringLiteral("--matrix"),
                 QStringLiteral("touchpoint-segment"), QStringLiteral("--segment-by"),
                 QStringLiteral("plan"), QStringLiteral("--json")});
        QCOMPARE(bySegment.exitCode, 0);
        // Segments by name, whichever customer came first.
        QCOMPARE(bySegment.json()[QStringLiteral("columns")].toArray(),
                 (QJsonArray{QStringLiteral("Basic"), QStringLiteral("Pro")}));

        const Run matrix = cli({QStringLiteral("friction"), project(), QStringLiteral("--matrix"),
                                QStringLiteral("stage-channel"), QStringLiteral("--json")});
        QCOMPARE(matrix.exitCode, 0);
        QCOMPARE(matrix.json()[QStringLiteral("column_kind")].toString(),
                 QStringLiteral("channel"));
    }

    void outcomeColumnAsGoal()
    {
        // Not churning is success: C1 converted; C2 and C3 dropped off; C4 has no record.
        const QJsonObject report =
            cli({QStringLiteral("friction"), project(), QStringLiteral("--outcome"),
                 QStringLiteral("churn=false"), QStringLiteral("--json")})
                .json();
        QCOMPARE(report[QStringLiteral("converted")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("dropped_off")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("open")].toInt(), 1);

        const QString withGoal = copyOfProject(QStringLiteral("goal.journey"));
        QCOMPARE(cli({QStringLiteral("goal"), withGoal, QStringLiteral("--outcome"),
                      QStringLiteral("churn=false")})
                     .exitCode,
                 0);
        const QJsonObject stored =
            cli({QStringLiteral("goal"), withGoal, QStringLiteral("--json")}).json();
        QCOMPARE(stored[QStringLiteral("outcome_attribute")].toString(), QStringLiteral("churn"));
        QCOMPARE(cli({QStringLiteral("friction"), withGoal, QStringLiteral("--json")})
                     .json()[QStringLiteral("converted")]
                     .toInt(),
                 1);

        const Run unknown = cli(
            {QStringLiteral("goal"), withGoal, QStringLiteral("--outcome"), QStringLiteral("nps")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(
            unknown.err.trimmed(),
            QByteArray("--outcome: no customer attribute \"nps\"; the attributes are churn, plan"));
        // The refused goal left the stored one as it was.
        QCOMPARE(cli({QStringLiteral("goal"), withGoal, QStringLiteral("--json")}).json(), stored);
    }

    void touchpointGoalIsStored()
    {
        const QString withGoal = copyOfProject(QStringLiteral("touchpointgoal.journey"));
        QCOMPARE(cli({QStringLiteral("goal"), withGoal, QStringLiteral("--set"),
                      QStringLiteral("Buy"), QStringLiteral("--window"), QStringLiteral("none")})
                     .exitCode,
                 0);
        const QJsonObject goal =
            cli({QStringLiteral("goal"), withGoal, QStringLiteral("--json")}).json();
        QCOMPARE(goal[QStringLiteral("touchpoints")].toArray(), QJsonArray{QStringLiteral("Buy")});
        QVERIFY(goal[QStringLiteral("window")].isNull());
        const QJsonObject report =
            cli({QStringLiteral("friction"), withGoal, QStringLiteral("--json")}).json();
        QCOMPARE(report[QStringLiteral("converted")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("dropped_off")].toInt(), 3);
    }

    void segmentsAndPersonas()
    {
        const QString withPersonas = copyOfProject(QStringLiteral("personas.journey"));
        const Run first = cli({QStringLiteral("segments"), withPersonas, QStringLiteral("--k"),
                               QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        const QJsonArray segments = first.json()[QStringLiteral("segments")].toArray();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0][QStringLiteral("customers")].toInt() +
                     segments[1][QStringLiteral("customers")].toInt(),
                 4);
        // Seeded: the same clusters every time.
        QCOMPARE(cli({QStringLiteral("segments"), withPersonas, QStringLiteral("--k"),
                      QStringLiteral("2"), QStringLiteral("--json")})
                     .out,
                 first.out);

        const QJsonObject rfm =
            cli({QStringLiteral("segments"), withPersonas, QStringLiteral("--k"),
                 QStringLiteral("rfm"), QStringLiteral("--json")})
                .json();
        qint64 rfmCustomers = 0;
        for (const QJsonValue& segment : rfm[QStringLiteral("segments")].toArray())
            rfmCustomers += segment[QStringLiteral("customers")].toInteger();
        QCOMPARE(rfmCustomers, 4);

        const Run csv = cli({QStringLiteral("segments"), withPersonas, QStringLiteral("--k"),
                             QStringLiteral("2"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("key,name,customers,share,"));
        QCOMPARE(csv.out.count('\n'), 3);

        QCOMPARE(cli({QStringLiteral("segments"), withPersonas, QStringLiteral("--k"),
                      QStringLiteral("2"), QStringLiteral("--save-personas")})
                     .exitCode,
                 0);
        const QJsonArray personas =
            cli({QStringLiteral("personas"), withPersonas, QStringLiteral("--json")})
                .json()[QStringLiteral("personas")]
                .toArray();
        QCOMPARE(personas.size(), 2);
        const QJsonObject persona = personas[0].toObject();
        const QString id = QString::number(persona[QStringLiteral("id")].toInteger());
        const int members = persona[QStringLiteral("numbers")][QStringLiteral("customers")].toInt();
        QCOMPARE(members, segments[0][QStringLiteral("customers")].toInt());

        // Edited words stay linked to the segment; its numbers are recomputed.
        QCOMPARE(cli({QStringLiteral("personas"), withPersonas, QStringLiteral("--edit"), id,
                      QStringLiteral("--name"), QStringLiteral("Weekend planners"),
                      QStringLiteral("--goals"), QStringLiteral("Plan ahead; Save time")})
                     .exitCode,
                 0);
        const QJsonObject edited =
            cli({QStringLiteral("personas"), withPersonas, QStringLiteral("--json")})
                .json()[QStringLiteral("personas")]
                .toArray()[0]
                .toObject();
        QCOMPARE(edited[QStringLiteral("name")].toString(), QStringLiteral("Weekend planners"));
        QCOMPARE(edited[QStringLiteral("goals")].toArray(),
                 (QJsonArray{QStringLiteral("Plan ahead"), QStringLiteral("Save time")}));
        QCOMPARE(edited[QStringLiteral("numbers")], persona[QStringLiteral("numbers")]);

        // The persona filter keeps exactly its segment's customers.
        const QJsonObject filtered =
            cli({QStringLiteral("paths"), withPersonas, QStringLiteral("--persona"), id,
                 QStringLiteral("--json")})
                .json();
        QCOMPARE(filtered[QStringLiteral("journeys")].toInt(), members);

        QCOMPARE(cli({QStringLiteral("personas"), withPersonas, QStringLiteral("--delete"), id})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("personas"), withPersonas, QStringLiteral("--json")})
                     .json()[QStringLiteral("personas")]
                     .toArray()
                     .size(),
                 1);
    }

    void autoStages()
    {
        const QString staged = copyOfProject(QStringLiteral("auto.journey"));
        const Run proposal = cli({QStringLiteral("stages"), staged, QStringLiteral("--auto"),
                                  QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(proposal.exitCode, 0);
        const QJsonObject json = proposal.json();
        QCOMPARE(json[QStringLiteral("stages")].toArray().size(), 3);
        // Ad opens the only journey it is in: position 0, so the first stage.
        QVERIFY(json[QStringLiteral("stages")][0][QStringLiteral("touchpoints")].toArray().contains(
            QStringLiteral("Ad")));
        QCOMPARE(json[QStringLiteral("touchpoints")].toArray().size(), 5);
        // Shown, not stored, until accepted.
        QCOMPARE(cli({QStringLiteral("stages"), staged, QStringLiteral("--json")})
                     .json()[QStringLiteral("stages")]
                     .toArray()
                     .size(),
                 5);
        QCOMPARE(cli({QStringLiteral("stages"), staged, QStringLiteral("--auto"),
                      QStringLiteral("3"), QStringLiteral("--accept")})
                     .exitCode,
                 0);
        const QJsonArray stored = cli({QStringLiteral("stages"), staged, QStringLiteral("--json")})
                                      .json()[QStringLiteral("stages")]
                                      .toArray();
        QCOMPARE(stored.size(), 3);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const QJsonObject proposed = json[QStringLiteral("stages")][i].toObject();
            QCOMPARE(stored[i][QStringLiteral("name")], proposed[QStringLiteral("name")]);
            QStringList storedTouchpoints, proposedTouchpoints;
            for (const QJsonValue& t : stored[i][QStringLiteral("touchpoints")].toArray())
                storedTouchpoints.append(t.toString());
            for (const QJsonValue& t : proposed[QStringLiteral("touchpoints")].toArray())
                proposedTouchpoints.append(t.toString());
            storedTouchpoints.sort();
            proposedTouchpoints.sort();
            QCOMPARE(storedTouchpoints, proposedTouchpoints);
        }
    }

    void correlate()
    {
        // Goal Buy, no window: only C1 converts. churn=false is C1 alone: (1+1)(3+1) / (0+1)(0+1)
        // = 8. Cart (C1, C3): (1+1)(2+1) / (1+1)(0+1) = 3. Home: everyone, so not listed.
        const Run run = cli({QStringLiteral("correlate"), project(), QStringLiteral("--goal"),
                             QStringLiteral("Buy"), QStringLiteral("--window"),
                             QStringLiteral("none"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[QStringLiteral("journeys")].toInt(), 4);
        QCOMPARE(json[QStringLiteral("converted")].toInt(), 1);
        const QJsonArray correlations = json[QStringLiteral("correlations")].toArray();
        QCOMPARE(correlations[0][QStringLiteral("name")].toString(), QStringLiteral("churn=false"));
        QCOMPARE(correlations[0][QStringLiteral("odds_ratio")].toDouble(), 8.0);
        const QJsonObject cart = byName(correlations, QStringLiteral("Cart"));
        QCOMPARE(cart[QStringLiteral("odds_ratio")].toDouble(), 3.0);
        QCOMPARE(cart[QStringLiteral("sentence")].toString(),
                 QStringLiteral("Customers who reached Cart: odds of converting 3.0 times higher "
                                "(50.0 % of them converted, against 0.0 % of the others)"));
        QVERIFY(byName(correlations, QStringLiteral("Home")).isEmpty());

        const Run noGoal = cli({QStringLiteral("correlate"), project()});
        QCOMPARE(noGoal.exitCode, 1);
        QVERIFY(noGoal.err.startsWith("--goal: no goal"));
    }

    void attribute()
    {
        // Only C1 converts, after three web touches: web gets the one conversion.
        const Run run =
            cli({QStringLiteral("attribute"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--window"), QStringLiteral("none"),
                 QStringLiteral("--order"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[QStringLiteral("paths")].toInt(), 4);
        QCOMPARE(json[QStringLiteral("conversions")].toInt(), 1);
        const QJsonObject web =
            byName(json[QStringLiteral("credits")].toArray(), QStringLiteral("web"));
        QCOMPARE(web[QStringLiteral("markov")].toDouble(), 1.0);
        QCOMPARE(web[QStringLiteral("linear")].toDouble(), 1.0);
        QCOMPARE(web[QStringLiteral("removal_effect")].toDouble(), 1.0);
        QCOMPARE(byName(json[QStringLiteral("credits")].toArray(),
                        QStringLiteral("app"))[QStringLiteral("markov")]
                     .toDouble(),
                 0.0);
        const Run badOrder =
            cli({QStringLiteral("attribute"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--order"), QStringLiteral("5")});
        QCOMPARE(badOrder.err.trimmed(), QByteArray("--order: expected 1, 2 or 3, found \"5\""));
    }

    void next()
    {
        // Journeys by first event: C1, C2, C3, C4. Learnt: C1 and C2; tested: C3 (three
        // steps to predict) and C4 (a single event, nothing to predict).
        const Run run = cli({QStringLiteral("next"), project(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[QStringLiteral("training_journeys")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("test_journeys")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("predictions")].toInt(), 3);
        QVERIFY(json.contains(QStringLiteral("top1")) && json.contains(QStringLiteral("top3")));
        QCOMPARE(
            cli({QStringLiteral("next"), project(), QStringLiteral("--order"), QStringLiteral("0")})
                .exitCode,
            1);
    }

    void experiment()
    {
        // Goal Buy: C1 converts. plan as the assignment, Basic the control: Pro 1 of 2
        // (C1, C3), Basic 0 of 1 (C2), C4 has no plan.
        const Run run =
            cli({QStringLiteral("experiment"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--window"), QStringLiteral("none"),
                 QStringLiteral("--assignment"), QStringLiteral("plan"),
                 QStringLiteral("--control"), QStringLiteral("Basic"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[QStringLiteral("unassigned")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("groups")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("Basic"));
        QCOMPARE(json[QStringLiteral("groups")][1][QStringLiteral("rate")].toDouble(), 0.5);
        QCOMPARE(json[QStringLiteral("comparisons")][0][QStringLiteral("absolute_lift")].toDouble(),
                 0.5);
        const Run missing =
            cli({QStringLiteral("experiment"), project(), QStringLiteral("--goal"),
                 QStringLiteral("Buy"), QStringLiteral("--assignment"), QStringLiteral("plan")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith("--control: no customers with an outcome in the control "
                                       "group \"control\""));
    }

    void trainAndListModels()
    {
        // 300 customers; those on the Free plan churn, one in ten of the others too.
        const QByteArray csv = churnTable(300);
        const QString crm = m_dir.filePath(QStringLiteral("crm.csv"));
        writeFile(crm, csv);
        const QString project = m_dir.filePath(QStringLiteral("crm.journey"));
        QCOMPARE(cli({QStringLiteral("import"), project, crm, QStringLiteral("--format"),
                      QStringLiteral("table")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("models"), project}).out.trimmed(),
            QByteArray(
                "No models yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one."));

        const Run train = cli({QStringLiteral("train"), project, QStringLiteral("--label"),
                               QStringLiteral("churn"), QStringLiteral("--json")});
        QCOMPARE(train.exitCode, 0);
        const QJsonObject json = train.json();
        QCOMPARE(json[QStringLiteral("model")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("cases")].toInt(), 60);
        QCOMPARE(json[QStringLiteral("training_rows")].toInt(), 240);
        QVERIFY(json[QStringLiteral("auc")].toDouble() > 0.8);
        QVERIFY(json.contains(QStringLiteral("pr_auc")));

        const QJsonArray models = cli({QStringLiteral("models"), project, QStringLiteral("--json")})
                                      .json()[QStringLiteral("models")]
                                      .toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0][QStringLiteral("target")].toString(), QStringLiteral("churn"));
        QCOMPARE(models[0][QStringLiteral("metrics")][QStringLiteral("auc")].toDouble(),
                 json[QStringLiteral("auc")].toDouble());

        const Run unknown = cli(
            {QStringLiteral("train"), project, QStringLiteral("--label"), QStringLiteral("nps")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.trimmed(),
                 QByteArray("--label: no customer column \"nps\"; the columns are churn, plan, "
                            "seats"));
        // Without --label the model is of drop-off, which needs a goal.
        const Run noGoal = cli({QStringLiteral("train"), project});
        QCOMPARE(noGoal.exitCode, 1);
        QVERIFY(noGoal.err.startsWith("--goal: no goal"));
    }

    void errorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown step")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--steps"),
                           QStringLiteral("Home,Produkt")}
            << QByteArray("--steps: no touchpoint \"Produkt\"; did you mean");
        QTest::newRow("bad window")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--steps"),
                           QStringLiteral("Home"), QStringLiteral("--window"),
                           QStringLiteral("soon")}
            << QByteArray("--window: expected a duration such as 30d or 12h, or none");
        QTest::newRow("bad scope")
            << QStringList{QStringLiteral("graph"), QStringLiteral("--by"), QStringLiteral("visit")}
            << QByteArray("--by: expected customer or session");
        QTest::newRow("unknown channel")
            << QStringList{QStringLiteral("paths"), QStringLiteral("--channel"),
                           QStringLiteral("fax")}
            << QByteArray("--channel: no channel \"fax\"; the channels are");
        QTest::newRow("unknown attribute")
            << QStringList{QStringLiteral("paths"), QStringLiteral("--where"),
                           QStringLiteral("tier=gold")}
            << QByteArray("--where: no customer attribute \"tier\"");
        QTest::newRow("unknown segment")
            << QStringList{QStringLiteral("paths"), QStringLiteral("--segment"),
                           QStringLiteral("rfm:Royals")}
            << QByteArray("--segment: no segment \"rfm:Royals\"");
        QTest::newRow("unknown touchpoint to pass through")
            << QStringList{QStringLiteral("paths"), QStringLiteral("--through"),
                           QStringLiteral("Nowhere")}
            << QByteArray("--through: no touchpoint \"Nowhere\" in the project");
        QTest::newRow("unknown stage to reach")
            << QStringList{QStringLiteral("paths"), QStringLiteral("--reaching"),
                           QStringLiteral("Nirvana")}
            << QByteArray("--reaching: no stage \"Nirvana\"");
        QTest::newRow("unknown persona")
            << QStringList{QStringLiteral("paths"), QStringLiteral("--persona"),
                           QStringLiteral("999")}
            << QByteArray("--persona: no persona 999");
        QTest::newRow("bad weights")
            << QStringList{QStringLiteral("friction"), QStringLiteral("--weights"),
                           QStringLiteral("1,2")}
            << QByteArray("--weights: expected four numbers E,L,B,D of 0 or more");
        QTest::newRow("negative weight")
            << QStringList{QStringLiteral("friction"), QStringLiteral("--weights"),
                           QStringLiteral("1,-1,0,0")}
            << QByteArray("--weights: expected four numbers E,L,B,D of 0 or more");
        QTest::newRow("bad date") << QStringList{QStringLiteral("graph"), QStringLiteral("--from"),
                                                 QStringLiteral("yesterday")}
                                  << QByteArray("--from: expected a date");
        QTest::newRow("too many stages")
            << QStringList{QStringLiteral("stages"), QStringLiteral("--auto"), QStringLiteral("9")}
            << QByteArray("--auto: auto-staging makes 3 to 7 stages, not 9");
        QTest::newRow("too few touchpoints")
            << QStringList{QStringLiteral("stages"), QStringLiteral("--auto"), QStringLiteral("6")}
            << QByteArray("--auto: 6 stages need at least 6 touchpoints with events, not 5");
    }

    void errorsNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        arguments.insert(1, project());
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith(expected), run.err.constData());
    }

private:
    QString project() const { return m_dir.filePath(QStringLiteral("shop.journey")); }

    QString copyOfProject(const QString& name) const
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        QFile::copy(project(), copy);
        return copy;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysiscli.moc"
