// View benchmark: a 150-node cyclic journey graph laid out (Graphviz through gvc, cycles kept
// out of the ranking) and drawn into its scene, against dot's default settings on the same
// graph; then the stakeholder pack (map, graph, heatmap, funnel) of a generated shop drawn
// and written as PDF. Prints medians.
//
//   bench_views [--nodes 150] [--runs 5] [--peer-runs 1 (0: without dot's defaults)]

#include "core/journey/friction.h"
#include "core/journey/funnel.h"
#include "core/journey/journeygraph.h"
#include "core/journey/journeymap.h"
#include "core/journey/segmentation.h"
#include "core/layout/graphlayout.h"
#include "core/layout/graphvizcontext.h"
#include "core/sample/clickstreamgenerator.h"
#include "core/store/project.h"
#include "tests/bench/benchtiming.h"
#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/funnelscene.h"
#include "ui/canvas/heatmapscene.h"
#include "ui/canvas/journeygraphscene.h"
#include "ui/canvas/journeymapscene.h"
#include "ui/export/sceneexporter.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <graphviz/gvc.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QTemporaryDir>

using namespace journeyscope;
using namespace journeyscope::bench;

namespace {

/// Journeys over \a touchpoints touchpoints in five stages that wander back and forth, so
/// the graph has as many cycles as real journey graphs and about 3 edges a node.
EventLog cyclicLog(int touchpoints)
{
    EventLog::Builder builder;
    SeededRandom random(42);
    std::vector<QString> names;
    for (int t = 0; t < touchpoints; ++t) {
        names.push_back(QStringLiteral("Touchpoint %1").arg(t));
        builder.setStage(names.back(), QStringLiteral("Stage %1").arg(t * 5 / touchpoints));
    }
    // Each touchpoint leads on to three others, one of them behind it.
    std::vector<std::array<int, 3>> next(static_cast<size_t>(touchpoints));
    for (int t = 0; t < touchpoints; ++t) {
        next[size_t(t)] = {(t + 1 + int(random.below(3))) % touchpoints,
                           (t + 2 + int(random.below(8))) % touchpoints,
                           int(random.below(quint64(touchpoints)))};
    }
    for (int person = 0; person < 3000; ++person) {
        int at = int(random.below(quint64(touchpoints / 5)));
        qint64 time = qint64(person) * 3'600'000;
        const QString key = QStringLiteral("p%1").arg(person);
        for (int step = 0; step < 12; ++step) {
            builder.add(key, time += 60'000, names[size_t(at)]);
            at = next[size_t(at)][size_t(random.below(3))];
        }
    }
    return std::move(builder).build();
}

/// dot with its defaults on the same graph: every edge ranks, no limits.
void layoutWithDotDefaults(const LayoutInput& input)
{
    Agraph_t* graph = agopen(const_cast<char*>("peer"), Agdirected, nullptr);
    agsafeset(graph, const_cast<char*>("rankdir"), const_cast<char*>("LR"), const_cast<char*>(""));
    std::vector<Agnode_t*> nodes;
    for (size_t i = 0; i < input.nodes.size(); ++i)
        nodes.push_back(agnode(graph, QByteArray::number(qulonglong(i)).data(), 1));
    for (const LayoutInput::Edge& edge : input.edges)
        agedge(graph, nodes[size_t(edge.from)], nodes[size_t(edge.to)], nullptr, 1);
    gvLayout(graphvizContext(), graph, "dot");
    gvFreeLayout(graphvizContext(), graph);
    agclose(graph);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Layout, scenes and the stakeholder pack"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("Touchpoints of the graph."),
                      QStringLiteral("N"), QStringLiteral("150")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("peer-runs"),
                      QStringLiteral("Runs of dot with its default settings."), QStringLiteral("N"),
                      QStringLiteral("1")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int peerRuns = parser.value(QStringLiteral("peer-runs")).toInt();
    const CanvasStyle style = CanvasStyle::light();

    const EventLog cyclic = cyclicLog(parser.value(QStringLiteral("nodes")).toInt());
    const JourneyGraph graph = buildJourneyGraph(EventView(cyclic), {});
    LayoutInput input;
    double layoutSeconds = 0;
    const double graphSeconds = timed(runs, [&] {
        QElapsedTimer layoutTimer;
        input = journeyGraphLayoutInput(graph, cyclic, style);
        layoutTimer.start();
        const GraphLayout layout = layoutGraph(input);
        layoutSeconds = double(layoutTimer.nsecsElapsed()) / 1e9;
        QGraphicsScene scene;
        drawJourneyGraph(scene, graph, layout, style);
    });
    const double peerSeconds =
        peerRuns > 0 ? timed(peerRuns, [&] { layoutWithDotDefaults(input); }) : 0.0;

    // The pack of a generated shop of 2,000 customers.
    QTemporaryDir dir;
    ClickstreamOptions shop;
    EventLog::Builder builder;
    ClickstreamGenerator generator(shop);
    GeneratedEvent event;
    while (generator.next(event)) {
        builder.add(QString::fromUtf8(event.customer.data(), qsizetype(event.customer.size())),
                    event.timeMs,
                    QString::fromUtf8(event.touchpoint.data(), qsizetype(event.touchpoint.size())),
                    QString::fromUtf8(event.channel.data(), qsizetype(event.channel.size())),
                    event.value);
    }
    const EventLog log = std::move(builder).build();
    const EventView view(log);
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(u"Order confirmation"))};
    FunnelOptions funnel;
    for (const char16_t* step : {u"Product page", u"Cart", u"Checkout", u"Order confirmation"})
        funnel.steps.push_back({quint16(log.touchpointIndex(step))});
    GraphOptions simplified;
    simplified.goal = goal;
    simplified.nodeShare = 0.6;
    simplified.edgeShare = 0.4;
    const QString pack = dir.filePath(QStringLiteral("pack.pdf"));
    const double packSeconds = timed(runs, [&] {
        const JourneyGraph shopGraph = buildJourneyGraph(view, simplified);
        QGraphicsScene mapScene, graphScene, heatmapScene, funnelScene;
        MapOverlay overlay;
        overlay.friction = computeFriction(view, goal);
        drawJourneyMap(mapScene, buildJourneyMap(view, goal), overlay, style);
        drawJourneyGraph(graphScene, shopGraph,
                         layoutGraph(journeyGraphLayoutInput(shopGraph, log, style)), style);
        drawFrictionHeatmap(heatmapScene, frictionByStageAndChannel(view, goal), style);
        drawFunnel(funnelScene, computeFunnel(view, funnel), {}, style);
        exportPack({&mapScene, &graphScene, &heatmapScene, &funnelScene}, pack, PageStamp());
    });

    std::printf("%zu-node cyclic journey graph, %zu edges; %d runs (dot defaults %d), medians\n",
                graph.nodes.size(), graph.edges.size(), runs, peerRuns);
    std::printf("  layout                 %8.3f s\n", layoutSeconds);
    std::printf("  layout + scene build   %8.3f s   dot with its defaults %8.3f s   ratio %.0fx\n",
                graphSeconds, peerSeconds, graphSeconds > 0 ? peerSeconds / graphSeconds : 0.0);
    std::printf("stakeholder pack (map, graph, heatmap, funnel of %lld events): analyses, layout, "
                "scenes and PDF %8.3f s\n",
                qint64(log.eventCount()), packSeconds);
    return 0;
}
