// A warehouse project in the window: it opens as an imported one does, its map, graph,
// funnel, friction heatmap and paths are counted in PostgreSQL (the throwaway cluster ctest
// starts) and equal those of the same events imported, as do the personas' numbers, a graph
// of a segment chosen in the filter bar and the heatmap by segment; a server that wants a
// password asks for it in the window, again when it is wrong, and never stores it.

#include "core/warehouse/pgconnection.h"
#include "tests/support/clirunner.h"
#include "tests/support/windowrunner.h"
#include "ui/filterbar.h"
#include "ui/projectviews.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr int DrawTimeoutMs = 120000;

/// The graph as counts per named node and edge: the two sources number touchpoints apart.
QMap<QString, qint64> graphCounts(const JourneyGraph& graph)
{
    QMap<QString, qint64> counts;
    for (const GraphNode& node : graph.nodes)
        counts.insert(node.name, node.customers);
    for (const GraphEdge& edge : graph.edges) {
        counts.insert(graph.nodes[size_t(edge.from)].name + QStringLiteral(" > ") +
                          graph.nodes[size_t(edge.to)].name,
                      edge.count);
    }
    return counts;
}

} // namespace

class TestWarehouseViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_uri = qEnvironmentVariable("JOURNEYSCOPE_TEST_PG");
        if (m_uri.isEmpty())
            QSKIP("JOURNEYSCOPE_TEST_PG names no server: run through ctest, which starts one");
        QStandardPaths::setTestModeEnabled(true); // settings of its own
        QVERIFY(m_dir.isValid());
        m_connection = std::make_unique<PgConnection>(m_uri);
        m_connection->query("DROP SCHEMA IF EXISTS window_data CASCADE");
        m_connection->query("CREATE SCHEMA window_data");
        m_connection->query("CREATE TABLE window_data.clicks(customer text, ts timestamptz, event "
                            "text, channel text, device text, value double precision, email "
                            "text, campaign text)");
        m_connection->query("CREATE TABLE window_data.crm(customer text, plan text, churned "
                            "boolean, seats integer, \"test group\" text)");
        m_connection->query("GRANT USAGE ON SCHEMA window_data TO journeyscope_secret");
        m_connection->query("GRANT SELECT ON window_data.clicks, window_data.crm TO "
                            "journeyscope_secret");

        const QString csv = m_dir.filePath(QStringLiteral("shop.csv"));
        QVERIFY(importGeneratedShop(local(), csv, 400));
        const QString crm = m_dir.filePath(QStringLiteral("crm.csv"));
        QVERIFY(writeCrmTable(csv, crm));
        QCOMPARE(
            cli({QStringLiteral("import"), local(), crm, QStringLiteral("--format"),
                 QStringLiteral("table"), QStringLiteral("--customer"), QStringLiteral("User id")})
                .exitCode,
            0);
        for (const auto& [table, file] :
             {std::pair(QStringLiteral("clicks"), csv), std::pair(QStringLiteral("crm"), crm)}) {
            QProcess psql;
            psql.start(
                QStringLiteral("psql"),
                {QStringLiteral("-q"), QStringLiteral("-c"),
                 QStringLiteral("\\copy window_data.%1 FROM '%2' CSV HEADER").arg(table, file),
                 m_uri});
            QVERIFY(psql.waitForFinished(60000) && psql.exitCode() == 0);
        }
        QVERIFY(connectProject(warehouse(), m_uri));

        // The same table through a role whose password the server asks for.
        qputenv("PGPASSWORD", "test-only");
        const bool connected = connectProject(secret(), secretUri());
        qunsetenv("PGPASSWORD");
        QVERIFY(connected);
        for (const QString& project : {local(), warehouse(), secret()})
            QVERIFY(setSampleStagesAndGoal(project));
    }

    void cleanupTestCase()
    {
        if (m_connection)
            m_connection->query("DROP SCHEMA IF EXISTS window_data CASCADE");
    }

    // The map, the graph, the default funnel, the heatmap and the paths drawn from the
    // warehouse are those of the import.
    void graphAndFunnelEqualAnImport()
    {
        const auto fromWarehouse = openWindow(warehouse());
        QVERIFY(fromWarehouse);
        const auto fromImport = openWindow(local());
        QVERIFY(fromImport);
        for (const ViewKind kind : {ViewKind::Map, ViewKind::Graph, ViewKind::Funnel,
                                    ViewKind::Heatmap, ViewKind::Paths}) {
            for (const auto* window : {fromWarehouse.get(), fromImport.get()}) {
                window->views()->showView(kind);
                QTRY_VERIFY2_WITH_TIMEOUT(window->views()->isDrawn(kind),
                                          qPrintable(viewTitle(kind)), DrawTimeoutMs);
            }
        }
        const auto contentOf = [](const MainWindow& window, ViewKind kind) -> const ViewContent& {
            return *window.views()->content(kind);
        };
        const auto& a = std::get<GraphContent>(contentOf(*fromWarehouse, ViewKind::Graph));
        const auto& b = std::get<GraphContent>(contentOf(*fromImport, ViewKind::Graph));
        QVERIFY(a.graph.edges.size() > 5);
        QCOMPARE(graphCounts(a.graph), graphCounts(b.graph));
        QVERIFY(!a.layout.nodes.empty());
        const auto& x = std::get<FunnelContent>(contentOf(*fromWarehouse, ViewKind::Funnel));
        const auto& y = std::get<FunnelContent>(contentOf(*fromImport, ViewKind::Funnel));
        QVERIFY(x.funnel.steps.size() >= 3);
        QCOMPARE(x.funnel.toJson(), y.funnel.toJson());
        QVERIFY(!x.breakdown.groups.empty());
        QCOMPARE(x.breakdown.toJson(), y.breakdown.toJson());
        const auto& m = std::get<MapContent>(contentOf(*fromWarehouse, ViewKind::Map));
        const auto& n = std::get<MapContent>(contentOf(*fromImport, ViewKind::Map));
        QCOMPARE(m.map.journeys, n.map.journeys);
        QCOMPARE(m.map.stages.size(), n.map.stages.size());
        for (size_t s = 0; s < m.map.stages.size(); ++s) {
            QCOMPARE(m.map.stages[s].customers, n.map.stages[s].customers);
            QCOMPARE(m.map.stages[s].actions.size(), n.map.stages[s].actions.size());
        }
        QCOMPARE(m.overlay.friction.stages.size(), n.overlay.friction.stages.size());
        // Heatmap cells by name: the two sources order channels apart.
        const auto cells = [&](const MainWindow& window) {
            const auto& matrix =
                std::get<HeatmapContent>(contentOf(window, ViewKind::Heatmap)).matrix;
            QMap<QString, QString> scores;
            for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
                for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
                    scores.insert(matrix.rows[r] + QStringLiteral(" / ") + matrix.columns[c],
                                  QString::number(matrix.cell(r, c).score, 'g', 12));
                }
            }
            return scores;
        };
        QVERIFY(cells(*fromWarehouse).size() >= 10);
        QCOMPARE(cells(*fromWarehouse), cells(*fromImport));
        const auto& p = std::get<PathsContent>(contentOf(*fromWarehouse, ViewKind::Paths));
        const auto& q = std::get<PathsContent>(contentOf(*fromImport, ViewKind::Paths));
        QVERIFY(p.paths.links.size() >= 10);
        QCOMPARE(p.paths.toJson(), q.paths.toJson());
    }

    // The personas' numbers are counted in the warehouse and equal the import's, and so
    // do a graph of a segment chosen in the filter bar and the heatmap by segment; the model
    // view reads the project.
    void personasAndSegmentsEqualAnImport()
    {
        for (const QString& project : {local(), warehouse()}) {
            QCOMPARE(cli({QStringLiteral("segments"), project, QStringLiteral("--k"),
                          QStringLiteral("rfm"), QStringLiteral("--save-personas")})
                         .exitCode,
                     0);
        }
        const auto fromWarehouse = openWindow(warehouse());
        QVERIFY(fromWarehouse);
        const auto fromImport = openWindow(local());
        QVERIFY(fromImport);
        const auto numbers = [](const MainWindow& window) {
            QStringList cards;
            for (const PersonaCard& card :
                 std::get<PersonasContent>(*window.views()->content(ViewKind::Personas)).cards) {
                cards.append(card.persona.name + QStringLiteral(": ") +
                             (card.segment
                                  ? QString::fromUtf8(QJsonDocument(segmentToJson(*card.segment))
                                                          .toJson(QJsonDocument::Compact))
                                  : QStringLiteral("none")));
            }
            return cards;
        };
        ViewFilter segment;
        segment.people.segmentKey = QStringLiteral("rfm:At risk");
        segment.peopleLabel = QStringLiteral("At risk");
        for (const auto* window : {fromWarehouse.get(), fromImport.get()}) {
            window->views()->showView(ViewKind::Personas);
            QTRY_VERIFY_WITH_TIMEOUT(window->views()->isDrawn(ViewKind::Personas), DrawTimeoutMs);
        }
        QVERIFY(numbers(*fromWarehouse).size() >= 4);
        QCOMPARE(numbers(*fromWarehouse), numbers(*fromImport));

        compareGraphs(*fromWarehouse, *fromImport, segment);
        if (QTest::currentTestFailed())
            return;

        // The heatmap by touchpoint and RFM segment of everyone, cell by cell.
        for (const auto* window : {fromWarehouse.get(), fromImport.get()}) {
            ProjectViews* views = window->views();
            views->setFilter(ViewFilter());
            ViewSettings bySegment = views->settings();
            bySegment.heatmapBySegment = true;
            views->changeSettings(bySegment, QStringLiteral("heatmap by segment"));
            views->showView(ViewKind::Heatmap);
            QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Heatmap), DrawTimeoutMs);
        }
        const auto cells = [](const MainWindow& window) {
            const auto& matrix =
                std::get<HeatmapContent>(*window.views()->content(ViewKind::Heatmap)).matrix;
            QMap<QString, QString> scores;
            for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
                for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
                    const FrictionMetrics& cell = matrix.cell(r, c);
                    scores.insert(
                        matrix.rows[r] + QStringLiteral(" / ") + matrix.columns[c],
                        QStringLiteral("%1 %2").arg(cell.journeys).arg(cell.score, 0, 'g', 12));
                }
            }
            return scores;
        };
        QCOMPARE(std::get<HeatmapContent>(*fromWarehouse->views()->content(ViewKind::Heatmap))
                     .matrix.columnKind,
                 QStringLiteral("segment"));
        QVERIFY(cells(*fromWarehouse).size() >= 40);
        QCOMPARE(cells(*fromWarehouse), cells(*fromImport));

        ProjectViews* views = fromWarehouse->views();
        views->showView(ViewKind::Model);
        QTRY_VERIFY_WITH_TIMEOUT(views->content(ViewKind::Model) != nullptr, DrawTimeoutMs);
        QVERIFY(std::get_if<MissingContent>(views->content(ViewKind::Model))); // none trained
    }

    // The filter bar offers the customers table's attributes as an import's offers its
    // customers' attributes, and a graph of one plan chosen there equals the import's.
    void attributesFilterAsOnAnImport()
    {
        const auto fromWarehouse = openWindow(warehouse());
        QVERIFY(fromWarehouse);
        const auto fromImport = openWindow(local());
        QVERIFY(fromImport);
        const auto offered = [](const MainWindow& window) {
            QStringList items;
            const QComboBox* box = window.filterBar()->attributeBox();
            for (int i = 0; i < box->count(); ++i)
                items.append(box->itemText(i));
            return items;
        };
        QTRY_VERIFY_WITH_TIMEOUT(offered(*fromWarehouse).size() > 4, DrawTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(offered(*fromImport).size() > 4, DrawTimeoutMs);
        QCOMPARE(offered(*fromWarehouse), offered(*fromImport));

        ViewFilter pro;
        pro.people.attributeValues = {{QStringLiteral("plan"), {QStringLiteral("Pro")}}};
        pro.peopleLabel = QStringLiteral("plan = Pro");
        compareGraphs(*fromWarehouse, *fromImport, pro);
    }

    // A server that wants a password: the window asks, asks again when it is wrong, then
    // draws; the project file holds no password.
    void asksForThePassword()
    {
        QStringList asked;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked.append(dialog->labelText());
            dialog->setTextValue(asked.size() == 1 ? QStringLiteral("wrong")
                                                   : QStringLiteral("test-only"));
            dialog->accept();
        });
        answer.start();
        const auto window = openWindow(secret());
        QVERIFY(window);
        window->views()->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(window->views()->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        answer.stop();
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked[0].contains(QStringLiteral("no password supplied")), qPrintable(asked[0]));
        QVERIFY2(asked[1].contains(QStringLiteral("password authentication failed")),
                 qPrintable(asked[1]));

        QFile file(secret());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("test-only"));
    }

    // The table gains a touchpoint: the window cannot draw the graph until File › Refresh
    // from Warehouse takes it in, says what it found, and draws it. (Last: the rows it adds
    // are taken out at its end.)
    void refreshesFromTheWindow()
    {
        const auto removeRows = qScopeGuard(
            [&] { m_connection->query("DELETE FROM window_data.clicks WHERE event = 'Chatbot'"); });
        m_connection->query("INSERT INTO window_data.clicks(customer, ts, event, channel) SELECT "
                            "customer, max(ts) + interval '1 minute', 'Chatbot', 'web' FROM "
                            "window_data.clicks GROUP BY customer ORDER BY 1 LIMIT 3");
        const auto window = openWindow(warehouse());
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->refreshAction()->isEnabled(), DrawTimeoutMs);
        ProjectViews* views = window->views();
        views->showView(ViewKind::Graph);
        // It stops at the name it does not know, says so, and does not try again unasked.
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy(), DrawTimeoutMs);
        QVERIFY(!views->isDrawn(ViewKind::Graph));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("refresh")));
        QTest::qWait(500);
        QVERIFY(!views->isBusy());

        window->refreshAction()->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox*>()) != nullptr,
                                 DrawTimeoutMs);
        QVERIFY2(box->text().contains(QStringLiteral("Chatbot")), qPrintable(box->text()));
        box->accept();
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        const auto& graph = std::get<GraphContent>(*views->content(ViewKind::Graph)).graph;
        QVERIFY(std::any_of(graph.nodes.begin(), graph.nodes.end(), [](const GraphNode& node) {
            return node.name == QLatin1String("Chatbot") && node.customers == 3;
        }));
        // An imported project has nothing to refresh.
        const auto imported = openWindow(local());
        QVERIFY(imported);
        QVERIFY(!imported->refreshAction()->isEnabled());
    }

private:
    /// Draws the graph of \a filter in both windows; their counts are equal.
    static void compareGraphs(const MainWindow& fromWarehouse, const MainWindow& fromImport,
                              const ViewFilter& filter)
    {
        for (const auto* window : {&fromWarehouse, &fromImport}) {
            window->views()->setFilter(filter);
            window->views()->showView(ViewKind::Graph);
            QTRY_VERIFY_WITH_TIMEOUT(window->views()->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        }
        const auto& a =
            std::get<GraphContent>(*fromWarehouse.views()->content(ViewKind::Graph)).graph;
        const auto& b = std::get<GraphContent>(*fromImport.views()->content(ViewKind::Graph)).graph;
        QVERIFY(a.edges.size() > 5);
        QCOMPARE(graphCounts(a), graphCounts(b));
    }

    QString local() const { return m_dir.filePath(QStringLiteral("local.journey")); }
    QString warehouse() const { return m_dir.filePath(QStringLiteral("warehouse.journey")); }
    QString secret() const { return m_dir.filePath(QStringLiteral("secret.journey")); }
    QString secretUri() const
    {
        return QString(m_uri).replace(QStringLiteral("//journeyscope@"),
                                      QStringLiteral("//journeyscope_secret@"));
    }

    static bool connectProject(const QString& project, const QString& uri)
    {
        const Run run =
            cli({QStringLiteral("connect"), project, uri, QStringLiteral("--table"),
                 QStringLiteral("window_data.clicks"), QStringLiteral("--customer"),
                 QStringLiteral("customer"), QStringLiteral("--time"), QStringLiteral("ts"),
                 QStringLiteral("--event"), QStringLiteral("event"), QStringLiteral("--channel"),
                 QStringLiteral("channel"), QStringLiteral("--value"), QStringLiteral("value"),
                 QStringLiteral("--customers-table"), QStringLiteral("window_data.crm"),
                 QStringLiteral("--customers-id"), QStringLiteral("customer")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }

    QTemporaryDir m_dir;
    QString m_uri;
    std::unique_ptr<PgConnection> m_connection;
};

QTEST_MAIN(TestWarehouseViews)
#include "tst_warehouseviews.moc"
