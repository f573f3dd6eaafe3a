// A project whose events stay in PostgreSQL: the same generated log loaded into a
// throwaway cluster (tests/warehouse/pgcluster.sh, started by ctest as a fixture) and
// imported into a local project gives equal graphs, option by option; a hand-built table
// gives known counts; names holding SQL and quotes are quoted; a password is never stored.

#include "core/warehouse/pgconnection.h"
#include "tests/support/clirunner.h"

#include <algorithm>
#include <csignal>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// \a value with every array sorted: a warehouse numbers its touchpoints by name, an
/// import by first appearance, so the same nodes and edges may come in another order.
QJsonValue canonical(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = canonical(*it);
        return object;
    }
    if (value.isArray()) {
        QList<QByteArray> items;
        for (const QJsonValue& item : value.toArray())
            items.append(QJsonDocument::fromVariant(canonical(item).toVariant())
                             .toJson(QJsonDocument::Compact));
        std::sort(items.begin(), items.end());
        QJsonArray array;
        for (const QByteArray& item : items)
            array.append(QJsonDocument::fromJson("[" + item + "]").array().first());
        return array;
    }
    return value;
}

/// The first difference of two JSON documents, for a failure message.
QString firstDifference(const QJsonObject& a, const QJsonObject& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) == it.value())
            continue;
        if (it.value().isArray()) {
            const QJsonArray x = it.value().toArray(), y = b.value(it.key()).toArray();
            for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
                if (x[i] != y[i]) {
                    return it.key() + QStringLiteral(": ") +
                           QString::fromUtf8(QJsonDocument(x[i].toObject()).toJson()) +
                           QStringLiteral(" vs ") +
                           QString::fromUtf8(QJsonDocument(y[i].toObject()).toJson());
                }
            }
        }
        return it.key();
    }
    return QStringLiteral("(keys)");
}

} // namespace

class TestWarehouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_uri = qEnvironmentVariable("JOURNEYSCOPE_TEST_PG");
        if (m_uri.isEmpty())
            QSKIP("JOURNEYSCOPE_TEST_PG names no server: run through ctest, which starts one");
        QVERIFY(m_dir.isValid());
        m_connection = std::make_unique<PgConnection>(m_uri);
        // A schema of its own, dropped at the end; names that need quoting.
        m_connection->query("DROP SCHEMA IF EXISTS \"Shop data\" CASCADE");
        m_connection->query("CREATE SCHEMA \"Shop data\"");

        const QString csv = m_dir.filePath(QStringLiteral("shop.csv"));
        m_local = m_dir.filePath(QStringLiteral("local.journey"));
        QVERIFY(importGeneratedShop(m_local, csv, 1500));
        m_connection->query(
            "CREATE TABLE \"Shop data\".\"click stream\"(\"User id\" text, \"when\" timestamptz, "
            "event text, channel text, device text, value double precision, email text, "
            "campaign text)");
        QVERIFY(psql(
            QStringLiteral("\\copy \"Shop data\".\"click stream\" FROM '%1' CSV HEADER").arg(csv)));

        m_warehouse = m_dir.filePath(QStringLiteral("warehouse.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), m_warehouse, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.click stream"), QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--event"), QStringLiteral("event"), QStringLiteral("--channel"),
                 QStringLiteral("channel"), QStringLiteral("--value"), QStringLiteral("value"),
                 QStringLiteral("--json")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        const Run info = cli({QStringLiteral("info"), m_local, QStringLiteral("--json")});
        QCOMPARE(connect.json().value(QStringLiteral("events")).toInteger(),
                 info.json().value(QStringLiteral("events")).toInteger());
        QCOMPARE(connect.json().value(QStringLiteral("customers")).toInteger(),
                 info.json().value(QStringLiteral("customers")).toInteger());

        // The same stages and goal in both.
        const QString stages = sourceFile(QStringLiteral("resources/sample/stages.csv"));
        for (const QString& project : {m_local, m_warehouse}) {
            QCOMPARE(
                cli({QStringLiteral("stages"), project, QStringLiteral("--load"), stages}).exitCode,
                0);
            QCOMPARE(cli({QStringLiteral("goal"), project, QStringLiteral("--set"),
                          QStringLiteral("Order confirmation,Store purchase")})
                         .exitCode,
                     0);
        }
    }

    void cleanupTestCase()
    {
        if (m_connection)
            m_connection->query("DROP SCHEMA IF EXISTS \"Shop data\" CASCADE");
    }

    void graphEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("touchpoints") << QStringList();
        QTest::newRow("stages") << QStringList{QStringLiteral("--level"), QStringLiteral("stage")};
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session")};
        QTest::newRow("simplified")
            << QStringList{QStringLiteral("--nodes"), QStringLiteral("0.5"),
                           QStringLiteral("--edges"), QStringLiteral("0.3")};
        QTest::newRow("channels and dates")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("web,email"),
                           QStringLiteral("--from"),    QStringLiteral("2025-02-01"),
                           QStringLiteral("--to"),      QStringLiteral("2025-03-01")};
        QTest::newRow("stage sessions of one channel") << QStringList{
            QStringLiteral("--level"), QStringLiteral("stage"),     QStringLiteral("--by"),
            QStringLiteral("session"), QStringLiteral("--channel"), QStringLiteral("web"),
            QStringLiteral("--nodes"), QStringLiteral("0.7")};
        QTest::newRow("goal without window")
            << QStringList{QStringLiteral("--goal"), QStringLiteral("Cart"),
                           QStringLiteral("--window"), QStringLiteral("none")};
        QTest::newRow("goal within 3 days, by session") << QStringList{
            QStringLiteral("--goal"), QStringLiteral("Cart"), QStringLiteral("--window"),
            QStringLiteral("3d"),     QStringLiteral("--by"), QStringLiteral("session")};
    }

    void graphEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("graph"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("graph"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const QJsonObject a = canonical(warehouse.json()).toObject();
        const QJsonObject b = canonical(local.json()).toObject();
        QVERIFY(a.value(QStringLiteral("edges")).toArray().size() > 5);
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    // Variants are ranked alike to the last tie: equal as they come, not only as sets.
    void variantsEqualTheImportedOnes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("top 20") << QStringList();
        QTest::newRow("every variant")
            << QStringList{QStringLiteral("--top"), QStringLiteral("100000")};
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session"),
                                                 QStringLiteral("--top"), QStringLiteral("300")};
        QTest::newRow("a channel from a date")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("web"),
                           QStringLiteral("--from"), QStringLiteral("2025-03-01")};
    }

    void variantsEqualTheImportedOnes()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("paths"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("paths"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QVERIFY(warehouse.json().value(QStringLiteral("top")).toArray().size() >= 10);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // Funnels match to the median times and the drop-offs' next touchpoints.
    void funnelEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        const auto row = [](const char* name, QStringList options) {
            QTest::newRow(name) << options;
        };
        row("ordered in 30 days",
            {QStringLiteral("--steps"), QStringLiteral("Home page,Product page,Cart,Checkout")});
        row("ordered without window",
            {QStringLiteral("--steps"), QStringLiteral("Home page,Product page,Cart,Checkout"),
             QStringLiteral("--window"), QStringLiteral("none")});
        row("ordered, a step of two touchpoints, in 2 days",
            {QStringLiteral("--steps"),
             QStringLiteral("Search ad|Social ad,Product page,Cart,Checkout,Order confirmation"),
             QStringLiteral("--window"), QStringLiteral("2d")});
        row("ordered, a repeated step, one channel",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Product page,Cart"),
             QStringLiteral("--channel"), QStringLiteral("web")});
        row("strict", {QStringLiteral("--steps"), QStringLiteral("Product page,Cart"),
                       QStringLiteral("--order"), QStringLiteral("strict")});
        row("strict sessions in 10 minutes",
            {QStringLiteral("--steps"), QStringLiteral("Home page,Product page,Cart"),
             QStringLiteral("--order"), QStringLiteral("strict"), QStringLiteral("--window"),
             QStringLiteral("10m"), QStringLiteral("--by"), QStringLiteral("session")});
        row("strict, one touchpoint three times",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Product page,Product page"),
             QStringLiteral("--order"), QStringLiteral("strict"), QStringLiteral("--window"),
             QStringLiteral("1h")});
        row("one step", {QStringLiteral("--steps"), QStringLiteral("Cart")});
    }

    void funnelEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("funnel"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("funnel"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QVERIFY(warehouse.json()[QStringLiteral("steps")][0][QStringLiteral("count")].toInteger() >
                0);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // Friction's counts, rates, medians and scores match; channels come in another order,
    // as touchpoints do, so arrays are compared as sets.
    void frictionEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("the project's goal") << QStringList();
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session")};
        QTest::newRow("channels and dates")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("web,email"),
                           QStringLiteral("--from"),    QStringLiteral("2025-02-01"),
                           QStringLiteral("--to"),      QStringLiteral("2025-04-01")};
        QTest::newRow("a goal without window")
            << QStringList{QStringLiteral("--goal"), QStringLiteral("Cart"),
                           QStringLiteral("--window"), QStringLiteral("none")};
        QTest::newRow("a goal within 2 days, by session") << QStringList{
            QStringLiteral("--goal"), QStringLiteral("Cart"), QStringLiteral("--window"),
            QStringLiteral("2d"),     QStringLiteral("--by"), QStringLiteral("session")};
        QTest::newRow("other weights")
            << QStringList{QStringLiteral("--min-journeys"), QStringLiteral("5"),
                           QStringLiteral("--weights"), QStringLiteral("0.1,0.3,0.3,0.3")};
    }

    void frictionEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("friction"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("friction"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QVERIFY(warehouse.json()[QStringLiteral("touchpoints")][0][QStringLiteral("events")]
                    .toInteger() > 0);
        const QJsonObject a = canonical(warehouse.json()).toObject();
        const QJsonObject b = canonical(local.json()).toObject();
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    // Sessions from a column of the table, as an import takes them from a column of the file:
    // the same journeys by session, for the graph, the variants and friction (whose dwell
    // and delay stay within a session).
    void sessionColumnMatchesAnImport()
    {
        m_connection->query(
            "CREATE TABLE \"Shop data\".weekly AS SELECT \"User id\", \"when\", event, channel, "
            "'week ' || extract(isoyear FROM \"when\" AT TIME ZONE 'UTC') || '-' || "
            "extract(week FROM \"when\" AT TIME ZONE 'UTC') AS week FROM \"Shop data\".\"click "
            "stream\"");
        const QString csv = m_dir.filePath(QStringLiteral("weekly.csv"));
        QVERIFY(psql(QStringLiteral("\\copy \"Shop data\".weekly TO '%1' CSV HEADER").arg(csv)));
        const QString local = m_dir.filePath(QStringLiteral("weekly-local.journey"));
        const Run import =
            cli({QStringLiteral("import"), local, csv, QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--session"), QStringLiteral("week")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const QString warehouse = m_dir.filePath(QStringLiteral("weekly-warehouse.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), warehouse, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.weekly"), QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--event"), QStringLiteral("event"), QStringLiteral("--channel"),
                 QStringLiteral("channel"), QStringLiteral("--session"), QStringLiteral("week")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        for (const char* command : {"graph", "paths", "friction", "info"}) {
            QStringList arguments{QString::fromLatin1(command), QStringLiteral("PROJECT"),
                                  QStringLiteral("--json")};
            if (qstrcmp(command, "info") != 0)
                arguments << QStringLiteral("--by") << QStringLiteral("session");
            arguments[1] = warehouse;
            const Run a = cli(arguments);
            arguments[1] = local;
            const Run b = cli(arguments);
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.err + b.err).constData());
            QJsonObject x = canonical(a.json()).toObject();
            QJsonObject y = canonical(b.json()).toObject();
            if (qstrcmp(command, "info") == 0) {
                QVERIFY(x.value(QStringLiteral("sessions")).toInteger() > 1500);
                for (QJsonObject* object : {&x, &y}) {
                    for (const char* key :
                         {"sources", "warehouse", "merged_customers", "excluded_customers"})
                        object->remove(QString::fromLatin1(key));
                }
            }
            QVERIFY2(x == y, qPrintable(QString::fromLatin1(command) + QStringLiteral(": ") +
                                        firstDifference(x, y)));
        }
    }

    // Ctrl+C while the warehouse counts cancels the query on the server, not only the
    // command: a long scan does not go on burning the warehouse's time.
    void interruptCancelsTheQuery()
    {
        m_connection->query("CREATE TABLE \"Shop data\".big AS SELECT (i % 200000)::text AS who, "
                            "i::bigint * 1000 AS at, 'step ' || (i % 20) AS what FROM "
                            "generate_series(1, 3000000) AS i");
        const QString project = m_dir.filePath(QStringLiteral("big.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), project, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.big"), QStringLiteral("--customer"),
                 QStringLiteral("who"), QStringLiteral("--time"), QStringLiteral("at"),
                 QStringLiteral("--event"), QStringLiteral("what")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        const QByteArray running = "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                   "AND query LIKE 'WITH ev AS%'";

        QProcess graph;
        graph.start(QStringLiteral(JOURNEYSCOPE_CLI),
                    {QStringLiteral("graph"), project, QStringLiteral("--json")});
        QVERIFY(graph.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->query(running).integer(0, 0) == 1, 20000);
        ::kill(pid_t(graph.processId()), SIGINT);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(graph.waitForFinished(10000));
        QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(graph.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(graph.readAllStandardError()).trimmed(),
                 QStringLiteral("canceled"));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->query(running).integer(0, 0), qint64(0), 5000);
        m_connection->query("DROP TABLE \"Shop data\".big");
    }

    // Three journeys with names that hold SQL: Start -> x: 3; x -> y: 2; x -> z, y -> z,
    // y -> End: 1; z -> End: 2; the times of x -> y are 60 s and 180 s.
    void handBuiltTableGivesKnownCounts()
    {
        const QString x = QStringLiteral("x'); DROP TABLE hand; --");
        const QString y = QStringLiteral("\"y\"");
        const QString z = QStringLiteral("z\\");
        m_connection->query("CREATE TABLE \"Shop data\".hand(who int, at bigint, what text)");
        const QList<std::tuple<int, qint64, QString>> rows = {
            {1, 0, x},     {1, 60000, y}, {1, 120000, z}, {2, 0, x},
            {2, 30000, z}, {3, 0, x},     {3, 180000, y}};
        for (const auto& [who, at, what] : rows) {
            m_connection->query("INSERT INTO \"Shop data\".hand VALUES ($1, $2, $3)",
                                {QByteArray::number(who), QByteArray::number(at), what.toUtf8()});
        }
        const QString project = m_dir.filePath(QStringLiteral("hand.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), project, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.hand"), QStringLiteral("--customer"),
                 QStringLiteral("who"), QStringLiteral("--time"), QStringLiteral("at"),
                 QStringLiteral("--event"), QStringLiteral("what")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        const Run graph = cli({QStringLiteral("graph"), project, QStringLiteral("--json")});
        QVERIFY2(graph.exitCode == 0, graph.err.constData());
        QMap<QString, QJsonObject> edges;
        for (const QJsonValue& edge : graph.json().value(QStringLiteral("edges")).toArray()) {
            edges.insert(edge[QStringLiteral("from")].toString() + QStringLiteral(" > ") +
                             edge[QStringLiteral("to")].toString(),
                         edge.toObject());
        }
        const auto count = [&](const QString& from, const QString& to) {
            return edges.value(from + QStringLiteral(" > ") + to)
                .value(QStringLiteral("count"))
                .toInteger();
        };
        QCOMPARE(edges.size(), 6);
        QCOMPARE(count(QStringLiteral("Start"), x), 3);
        QCOMPARE(count(x, y), 2);
        QCOMPARE(count(x, z), 1);
        QCOMPARE(count(y, z), 1);
        QCOMPARE(count(y, QStringLiteral("End")), 1);
        QCOMPARE(count(z, QStringLiteral("End")), 2);
        const QJsonObject xy = edges.value(x + QStringLiteral(" > ") + y);
        QCOMPARE(xy.value(QStringLiteral("median_seconds")).toDouble(), 60.0); // lower middle
        QCOMPARE(xy.value(QStringLiteral("p90_seconds")).toDouble(), 180.0);
        QCOMPARE(xy.value(QStringLiteral("customers")).toInteger(), 2);
        // Nothing in a name ran.
        QCOMPARE(m_connection->query("SELECT count(*) FROM \"Shop data\".hand").integer(0, 0), 7);
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString project = QStringLiteral("PROJECT");
        const QStringList columns = {
            QStringLiteral("--table"),    QStringLiteral("Shop data.click stream"),
            QStringLiteral("--customer"), QStringLiteral("User id"),
            QStringLiteral("--time"),     QStringLiteral("when"),
            QStringLiteral("--event"),    QStringLiteral("event")};
        QTest::newRow("a password in the URI")
            << (QStringList{QStringLiteral("connect"), QStringLiteral("NEW"),
                            QStringLiteral("postgresql://journeyscope:secret@127.0.0.1/x")} +
                columns)
            << "URI: the connection string holds a password, which would be stored in the "
               "project file: give it in PGPASSWORD or ~/.pgpass instead";
        QTest::newRow("a missing table")
            << QStringList{QStringLiteral("connect"), QStringLiteral("NEW"),
                           QStringLiteral("URI"),     QStringLiteral("--table"),
                           QStringLiteral("nowhere"), QStringLiteral("--customer"),
                           QStringLiteral("a"),       QStringLiteral("--time"),
                           QStringLiteral("b"),       QStringLiteral("--event"),
                           QStringLiteral("c")}
            << "--table: the database refused a query: relation \"nowhere\" does not exist";
        QStringList missingColumn =
            QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI")} +
            columns;
        missingColumn[6] = QStringLiteral("user");
        QTest::newRow("a missing column")
            << missingColumn
            << "--customer: the database refused a query: column \"user\" does not exist";
        QStringList textTime =
            QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI")} +
            columns;
        textTime[8] = QStringLiteral("device");
        QTest::newRow("a time column of text")
            << textTime
            << "--time: the column \"device\" holds neither times (timestamp, timestamptz, date) "
               "nor whole numbers (milliseconds since 1970)";
        QTest::newRow("a segment")
            << QStringList{QStringLiteral("graph"), project, QStringLiteral("--segment"),
                           QStringLiteral("rfm:Champions")}
            << "--segment: needs imported customers, which a warehouse project does not have";
        QTest::newRow("paths other than variants")
            << QStringList{QStringLiteral("paths"), project, QStringLiteral("--matrix"),
                           QStringLiteral("5")}
            << "--matrix: on a warehouse project, paths lists variants only";
        QTest::newRow("a funnel in any order")
            << QStringList{QStringLiteral("funnel"),  project,
                           QStringLiteral("--steps"), QStringLiteral("Cart,Checkout"),
                           QStringLiteral("--order"), QStringLiteral("any")}
            << "--order: on a warehouse project, a funnel is ordered or strict";
        QTest::newRow("a friction matrix")
            << QStringList{QStringLiteral("friction"), project, QStringLiteral("--matrix"),
                           QStringLiteral("stage-channel")}
            << "--matrix: on a warehouse project, friction has no matrix yet";
        QTest::newRow("a command not yet pushed down")
            << QStringList{QStringLiteral("segments"), project}
            << "PROJECT: its events live in a database server, where so far only the command-line "
               "tool's info, graph, paths, funnel and friction read them";
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString created = m_dir.filePath(QStringLiteral("new.journey"));
        for (QString& argument : arguments) {
            if (argument == QLatin1String("PROJECT"))
                argument = m_warehouse;
            else if (argument == QLatin1String("NEW"))
                argument = created;
            else if (argument == QLatin1String("URI"))
                argument = m_uri;
        }
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err).trimmed(),
                 error.replace(QLatin1String("PROJECT"), m_warehouse));
        QVERIFY(!QFile::exists(created));
    }

    // info counts the events where they are, as an import counts them.
    void infoCountsAsAnImport()
    {
        const Run warehouse = cli({QStringLiteral("info"), m_warehouse, QStringLiteral("--json")});
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli({QStringLiteral("info"), m_local, QStringLiteral("--json")});
        for (const char* key :
             {"events", "customers", "sessions", "touchpoints", "channels", "first", "last"}) {
            const QString name = QString::fromLatin1(key);
            QVERIFY2(warehouse.json().value(name) == local.json().value(name), key);
        }
        QCOMPARE(warehouse.json()[QStringLiteral("warehouse")][QStringLiteral("table")].toString(),
                 QStringLiteral("Shop data.click stream"));
    }

    // The project holds where the events are, never a password or a customer.
    void projectHoldsNoSecret()
    {
        QFile file(m_warehouse);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Shop data.click stream"));
        QVERIFY(!bytes.contains("password"));
    }

private:
    /// Runs one psql command (a \\copy) against the test database; whether it succeeded.
    bool psql(const QString& command) const
    {
        QProcess process;
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-q"), QStringLiteral("-c"), command, m_uri});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning("psql: %s", process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_uri;
    QString m_local;
    QString m_warehouse;
    std::unique_ptr<PgConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
