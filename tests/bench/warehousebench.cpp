// Warehouse benchmark: the same generated log in PostgreSQL and in a local project; the
// journey graph, a 5-step funnel, the top 20 variants and friction pushed down to PostgreSQL
// as SQL against the embedded engine (EventLog load, then the same analyses in memory), side
// by side, with a check that both give the same results; and the rows of a drop-off model
// (one per journey) counted in SQL against JourneyFeatures in memory.
//
//   bench_warehouse --uri postgresql://... [--events 10000000] [--runs 3] [--dir DIR]
//                   [--model-only] (the model's rows and the customers' features only)
//                   [--attributes-only] (a funnel by a customers table's plan, a plan's graph)
//
// run.sh warehouse starts a throwaway PostgreSQL cluster for it.

#include "core/journey/customerattributes.h"
#include "core/journey/eventloggraphcounter.h"
#include "core/journey/friction.h"
#include "core/journey/funnel.h"
#include "core/journey/journeygraph.h"
#include "core/journey/paths.h"
#include "core/journey/segmentation.h"
#include "core/predict/dropoffmodel.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousecustomerfeatures.h"
#include "core/warehouse/warehousefriction.h"
#include "core/warehouse/warehousefunnel.h"
#include "core/warehouse/warehousegraphcounter.h"
#include "core/warehouse/warehousemodelrows.h"
#include "core/warehouse/warehousevariants.h"
#include "tests/bench/benchtiming.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace journeyscope;
using namespace journeyscope::bench;

namespace {

const QStringList Steps = {QStringLiteral("Home page"), QStringLiteral("Product page"),
                           QStringLiteral("Cart"), QStringLiteral("Checkout"),
                           QStringLiteral("Order confirmation")};

/// The goal of the friction scores: an order.
Goal orderGoal(const EventLog& names)
{
    Goal goal;
    goal.touchpoints = {quint16(names.touchpointIndex(Steps.last()))};
    return goal;
}

FunnelOptions funnelOptions(const EventLog& names)
{
    FunnelOptions options;
    for (const QString& step : Steps)
        options.steps.push_back({quint16(names.touchpointIndex(step))});
    return options;
}

/**
 * A customers table of the log's customers (a plan drawn from a hash of each id) in the
 * warehouse and imported into the local project; then a funnel broken down by plan and
 * the graph of one plan, pushed down and in memory. Whether both gave the same.
 */
bool benchAttributes(PgConnection& connection, const QString& uri, const QString& cli,
                     const QDir& dir, const QByteArray& table, const QString& localPath,
                     const EventLog& log, int runs)
{
    const QByteArray crm = table + "_crm";
    connection.query("DROP TABLE IF EXISTS " + crm);
    connection.query("CREATE TABLE " + crm +
                     " AS SELECT customer, (ARRAY['Basic', 'Pro', "
                     "'Team'])[1 + abs(hashtext(customer)) % 3] AS plan FROM (SELECT DISTINCT "
                     "customer FROM " +
                     table + ") AS c");
    const QString crmCsv = dir.filePath(QStringLiteral("crm.csv"));
    runOrDie(QStringLiteral("psql"),
             {QStringLiteral("-q"), QStringLiteral("-c"),
              QStringLiteral("\\copy %1 TO '%2' CSV HEADER").arg(QString::fromLatin1(crm), crmCsv),
              uri});
    runOrDie(cli,
             {QStringLiteral("import"), localPath, crmCsv, QStringLiteral("--format"),
              QStringLiteral("table"), QStringLiteral("--customer"), QStringLiteral("customer")});
    const QString warehousePath = dir.filePath(QStringLiteral("warehouse-crm.journey"));
    QFile::remove(warehousePath);
    runOrDie(cli,
             {QStringLiteral("connect"), warehousePath, uri, QStringLiteral("--table"),
              QString::fromLatin1(table), QStringLiteral("--customer"), QStringLiteral("customer"),
              QStringLiteral("--time"), QStringLiteral("ts"), QStringLiteral("--event"),
              QStringLiteral("event"), QStringLiteral("--channel"), QStringLiteral("channel"),
              QStringLiteral("--customers-table"), QString::fromLatin1(crm)});
    const auto warehouseProject = Project::openForReading(warehousePath);
    const WarehouseSource source = *WarehouseSource::read(warehouseProject->database());
    const EventLog names = EventLog::loadNames(warehouseProject->database());
    const auto localProject = Project::openForReading(localPath);

    FunnelBreakdown pushedBreakdown, localBreakdown;
    const double pushedFunnel = timed(runs, [&] {
        pushedBreakdown =
            countWarehouseFunnelByAttribute(connection, source, names, {}, JourneyScope::Customer,
                                            funnelOptions(names), QStringLiteral("plan"));
    });
    std::vector<QString> plans;
    const double funnelSeconds = timed(runs, [&] {
        plans = customerAttribute(localProject->database(), log, QStringLiteral("plan"));
        localBreakdown = computeFunnelByLabel(EventView(log), funnelOptions(log), plans);
        localBreakdown.by = QStringLiteral("plan");
    });

    const GraphVocabulary vocabulary = EventLogGraphCounter::vocabulary(names);
    WarehouseFilter pro;
    pro.attributeValues = {{QStringLiteral("plan"), {QStringLiteral("Pro")}}};
    JourneyGraph pushedGraph, localGraph;
    const double pushedGraphSeconds = timed(runs, [&] {
        const WarehouseGraphCounter counter(connection, source, vocabulary, pro,
                                            JourneyScope::Customer);
        pushedGraph = buildJourneyGraph(vocabulary, counter);
    });
    const double graphSeconds = timed(runs, [&] {
        EventFilter filter;
        filter.persons = std::make_shared<const std::vector<PersonIndex>>(personsLabelled(
            customerAttribute(localProject->database(), log, QStringLiteral("plan")),
            {QStringLiteral("Pro")}));
        localGraph = buildJourneyGraph(EventView(log, filter));
    });
    const auto entered = [](const FunnelBreakdown& breakdown) {
        QMap<QString, qint64> counts;
        for (const FunnelGroup& group : breakdown.groups)
            counts.insert(group.name, group.result.steps.empty() ? 0 : group.result.steps[0].count);
        return counts;
    };
    const auto customers = [](const JourneyGraph& graph) {
        qint64 total = 0;
        for (const GraphEdge& edge : graph.edges)
            total += edge.count;
        return total;
    };
    const bool same = pushedBreakdown.toJson() == localBreakdown.toJson() &&
                      customers(pushedGraph) == customers(localGraph);
    std::printf("  customers table: %lld customers with a plan\n",
                qint64(std::count_if(plans.begin(), plans.end(),
                                     [](const QString& plan) { return !plan.isEmpty(); })));
    std::printf("  funnel by plan %8.3f s   %8.3f s   (entered: Basic %lld, Pro %lld, Team %lld)\n",
                pushedFunnel, funnelSeconds,
                entered(pushedBreakdown).value(QStringLiteral("Basic")),
                entered(pushedBreakdown).value(QStringLiteral("Pro")),
                entered(pushedBreakdown).value(QStringLiteral("Team")));
    std::printf("  graph of Pro   %8.3f s   %8.3f s   (label lookup included in memory)\n",
                pushedGraphSeconds, graphSeconds);
    std::printf("  same results: %s\n", same ? "yes" : "NO");
    connection.query("DROP TABLE " + crm);
    return same;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Analyses pushed down to PostgreSQL against the embedded engine"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("uri"), QStringLiteral("The PostgreSQL database to use."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the generated log."),
                      QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: temporary)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("attributes-only"),
                      QStringLiteral("Only what a customers table decides: a funnel by plan "
                                     "and the graph of one plan.")});
    parser.addOption({QStringLiteral("model-only"),
                      QStringLiteral("Measure the model rows only, not the analyses.")});
    parser.process(app);
    const QString uri = parser.isSet(QStringLiteral("uri"))
                            ? parser.value(QStringLiteral("uri"))
                            : qEnvironmentVariable("JOURNEYSCOPE_TEST_PG");
    if (uri.isEmpty())
        qFatal("give --uri (tests/bench/run.sh warehouse starts a server)");
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                       : temporary.path());
    QDir().mkpath(dir.path());
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString cli = QStringLiteral(JOURNEYSCOPE_CLI);

    QString csv;
    const QString localPath = generatedProject(cli, dir, QStringLiteral("local"), events, &csv);

    // The table, loaded as a warehouse would hold it.
    PgConnection connection(uri);
    const QByteArray table = "bench_clicks_" + QByteArray::number(events);
    connection.query("DROP TABLE IF EXISTS " + table);
    connection.query("CREATE TABLE " + table +
                     "(customer text, ts timestamptz, event text, channel text, device text, "
                     "value double precision, email text, campaign text)");
    const double loadTableSeconds = timed(1, [&] {
        runOrDie(
            QStringLiteral("psql"),
            {QStringLiteral("-q"), QStringLiteral("-c"),
             QStringLiteral("\\copy %1 FROM '%2' CSV HEADER").arg(QString::fromLatin1(table), csv),
             uri});
        connection.query("ANALYZE " + table);
    });
    const QString warehousePath = dir.filePath(QStringLiteral("warehouse-%1.journey").arg(events));
    QFile::remove(warehousePath);
    runOrDie(cli, {QStringLiteral("connect"), warehousePath, uri, QStringLiteral("--table"),
                   QString::fromLatin1(table), QStringLiteral("--customer"),
                   QStringLiteral("customer"), QStringLiteral("--time"), QStringLiteral("ts"),
                   QStringLiteral("--event"), QStringLiteral("event"), QStringLiteral("--channel"),
                   QStringLiteral("channel"), QStringLiteral("--value"), QStringLiteral("value")});

    const auto warehouseProject = Project::openForReading(warehousePath);
    const std::optional<WarehouseSource> source =
        WarehouseSource::read(warehouseProject->database());
    const EventLog names = EventLog::loadNames(warehouseProject->database());
    const auto localProject = Project::openForReading(localPath);
    EventLog log;
    const double loadSeconds = timed(runs, [&] { log = EventLog::load(localProject->database()); });
    if (parser.isSet(QStringLiteral("attributes-only"))) {
        std::printf("%lld events, %lld customers; %d runs, medians; PostgreSQL %s\n",
                    qint64(log.eventCount()), qint64(log.personCount()), runs,
                    qPrintable(connection.query("SHOW server_version").text(0, 0)));
        std::printf("                 pushed down   embedded (in memory)\n");
        const bool same = benchAttributes(connection, uri, cli, dir, table, localPath, log, runs);
        connection.query("DROP TABLE " + table);
        return same ? 0 : 1;
    }

    // A drop-off model's rows under a 30-day goal: counted in SQL, or made in memory.
    Goal modelGoal = orderGoal(names);
    modelGoal.windowMs = qint64(30) * 24 * 3600 * 1000;
    const qint64 dataEndMs = log.lastMs().value_or(0);
    WarehouseModelRows pushedRows;
    const double pushedModelRows = timed(runs, [&] {
        pushedRows = warehouseRowsForTraining(connection, *source, names, {},
                                              JourneyScope::Customer, modelGoal, dataEndMs, {});
    });
    Goal localModelGoal = orderGoal(log);
    localModelGoal.windowMs = modelGoal.windowMs;
    DropoffRows localRows;
    const double modelRowsSeconds = timed(runs, [&] {
        localRows = journeyRowsForTraining(EventView(log), localModelGoal, dataEndMs, false, 1);
    });
    const auto dropped = [](const std::vector<float>& labels) {
        return std::count(labels.begin(), labels.end(), 1.0f);
    };
    const bool sameModelRows = pushedRows.rows.labels.size() == localRows.labels.size() &&
                               dropped(pushedRows.rows.labels) == dropped(localRows.labels);
    // Customer features (what segments and personas are made of): the same both ways.
    WarehouseCustomerFeatures pushedCustomers;
    const double pushedCustomerSeconds = timed(runs, [&] {
        pushedCustomers = countWarehouseCustomerFeatures(connection, *source, names, {}, modelGoal);
    });
    CustomerFeatures localCustomers;
    const double customerSeconds = timed(
        runs, [&] { localCustomers = computeCustomerFeatures(EventView(log), localModelGoal); });
    const auto eventsOf = [](const CustomerFeatures& features) {
        return std::accumulate(features.journeyLength.begin(), features.journeyLength.end(),
                               qint64(0));
    };
    const auto rfmSizes = [](const CustomerFeatures& features) {
        std::vector<qint64> sizes(RfmSegmentCount, 0);
        for (const int label : rfmSegmentation(features).labels)
            ++sizes[size_t(label)];
        return sizes;
    };
    const bool sameCustomers = pushedCustomers.features.size() == localCustomers.size() &&
                               eventsOf(pushedCustomers.features) == eventsOf(localCustomers) &&
                               rfmSizes(pushedCustomers.features) == rfmSizes(localCustomers);
    const bool sameRows = sameModelRows && sameCustomers;
    std::printf("%lld events, %lld customers; %d runs, medians; PostgreSQL %s\n",
                qint64(log.eventCount()), qint64(log.personCount()), runs,
                qPrintable(connection.query("SHOW server_version").text(0, 0)));
    std::printf("  table loaded with \\copy + ANALYZE in %.1f s\n", loadTableSeconds);
    std::printf("             pushed down   embedded (in memory)\n");
    std::printf("  load       %8s s   %8.3f s\n", "-", loadSeconds);
    std::printf("  model rows %8.3f s   %8.3f s   (%zu journeys, %lld dropped off; the same: %s)\n",
                pushedModelRows, modelRowsSeconds, pushedRows.rows.labels.size(),
                qint64(dropped(pushedRows.rows.labels)), sameModelRows ? "yes" : "NO");
    std::printf("  customers  %8.3f s   %8.3f s   (%lld customers' features; the same: %s)\n",
                pushedCustomerSeconds, customerSeconds, qint64(localCustomers.size()),
                sameCustomers ? "yes" : "NO");
    if (parser.isSet(QStringLiteral("model-only"))) {
        connection.query("DROP TABLE " + table);
        return sameRows ? 0 : 1;
    }

    // Pushed down: only the counts come back.
    const GraphVocabulary vocabulary = EventLogGraphCounter::vocabulary(names);
    const FunnelOptions funnel = funnelOptions(names);
    JourneyGraph warehouseGraph;
    FunnelResult warehouseFunnel;
    VariantsResult warehouseVariants;
    const double pushedGraph = timed(runs, [&] {
        const WarehouseGraphCounter counter(connection, *source, vocabulary, {},
                                            JourneyScope::Customer);
        warehouseGraph = buildJourneyGraph(vocabulary, counter);
    });
    const double pushedFunnel = timed(runs, [&] {
        warehouseFunnel =
            countWarehouseFunnel(connection, *source, names, {}, JourneyScope::Customer, funnel);
    });
    const double pushedVariants = timed(runs, [&] {
        warehouseVariants = countWarehouseVariants(connection, *source, names.touchpointNames(), {},
                                                   JourneyScope::Customer, 20);
    });
    FrictionReport warehouseFriction;
    const double pushedFriction = timed(runs, [&] {
        warehouseFriction = countWarehouseFriction(connection, *source, names, {},
                                                   JourneyScope::Customer, orderGoal(names), {});
    });

    // Embedded: the same analyses on the events in memory.
    const EventView view(log);
    const FunnelOptions localFunnel = funnelOptions(log);
    JourneyGraph localGraph;
    FunnelResult localFunnelResult;
    VariantsResult localVariants;
    const double graphSeconds = timed(runs, [&] { localGraph = buildJourneyGraph(view); });
    const double funnelSeconds =
        timed(runs, [&] { localFunnelResult = computeFunnel(view, localFunnel); });
    const double variantsSeconds = timed(runs, [&] { localVariants = computeVariants(view, 20); });
    FrictionReport localFriction;
    const double frictionSeconds =
        timed(runs, [&] { localFriction = computeFriction(view, orderGoal(log)); });

    // The same answers: graphs compared as counts per named edge and friction as scores per
    // named touchpoint (the order follows each source's touchpoint order), funnels and
    // variants as they are.
    const auto edgeCounts = [](const JourneyGraph& graph) {
        QMap<QString, qint64> counts;
        for (const GraphEdge& edge : graph.edges) {
            counts.insert(graph.nodes[size_t(edge.from)].name + QLatin1Char('>') +
                              graph.nodes[size_t(edge.to)].name,
                          edge.count);
        }
        return counts;
    };
    const auto scores = [](const FrictionReport& report) {
        QMap<QString, QString> scores;
        for (const FrictionMetrics& touchpoint : report.touchpoints)
            scores.insert(touchpoint.name, QString::number(touchpoint.score, 'g', 12));
        return scores;
    };
    const bool same = edgeCounts(warehouseGraph) == edgeCounts(localGraph) &&
                      scores(warehouseFriction) == scores(localFriction) &&
                      warehouseFunnel.toJson() == localFunnelResult.toJson() &&
                      warehouseVariants.toJson() == localVariants.toJson();

    const double pushed = pushedGraph + pushedFunnel + pushedVariants + pushedFriction;
    const double embedded = graphSeconds + funnelSeconds + variantsSeconds + frictionSeconds;
    std::printf("  graph      %8.3f s   %8.3f s\n", pushedGraph, graphSeconds);
    std::printf("  funnel     %8.3f s   %8.3f s\n", pushedFunnel, funnelSeconds);
    std::printf("  variants   %8.3f s   %8.3f s\n", pushedVariants, variantsSeconds);
    std::printf("  friction   %8.3f s   %8.3f s\n", pushedFriction, frictionSeconds);
    std::printf("  analyses   %8.3f s   %8.3f s (%.3f s with the load)   pushed down / "
                "embedded %.1fx\n",
                pushed, embedded, embedded + loadSeconds, pushed / embedded);
    std::printf("  same results: %s\n", same && sameRows ? "yes" : "NO");
    connection.query("DROP TABLE " + table);
    return same && sameRows ? 0 : 1;
}
