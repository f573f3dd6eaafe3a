// Analysis benchmark: load a 10M-event project into the EventLog, then the journey graph, a
// 5-step funnel, the top variants and friction; the same analyses in pandas on the same CSV.
// Prints medians of several runs, bytes per event and the ratios.
//
//   bench_analyses [--events 10000000] [--runs 3] [--peer-runs 3 (0: without pandas)] [--dir DIR]

#include "core/journey/friction.h"
#include "core/journey/funnel.h"
#include "core/journey/journeygraph.h"
#include "core/journey/paths.h"
#include "core/store/project.h"
#include "tests/bench/benchtiming.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace journeyscope;
using namespace journeyscope::bench;

namespace {

const QString GoalTouchpoint = QStringLiteral("Order confirmation");
const QStringList Steps = {QStringLiteral("Home page"), QStringLiteral("Product page"),
                           QStringLiteral("Cart"), QStringLiteral("Checkout"), GoalTouchpoint};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Journey analyses against pandas"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the generated log."),
                      QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("peer-runs"), QStringLiteral("Runs of the pandas script."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: temporary)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                       : temporary.path());
    QDir().mkpath(dir.path());
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int peerRuns = parser.value(QStringLiteral("peer-runs")).toInt();
    const QString cli = QStringLiteral(JOURNEYSCOPE_CLI);

    QString csv;
    const QString projectPath =
        generatedProject(cli, dir, QStringLiteral("analyses"), events, &csv);

    const auto project = Project::openForReading(projectPath);
    EventLog log;
    const double loadSeconds = timed(runs, [&] { log = EventLog::load(project->database()); });
    const double perEvent = double(log.memoryBytes()) / double(log.eventCount());

    const EventView view(log);
    journeyscope::Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(GoalTouchpoint))};
    FunnelOptions funnel;
    for (const QString& step : Steps)
        funnel.steps.push_back({quint16(log.touchpointIndex(step))});
    GraphOptions graphOptions;
    graphOptions.goal = goal;

    FunnelResult funnelResult;
    const double graphSeconds = timed(runs, [&] { buildJourneyGraph(view, graphOptions); });
    const double funnelSeconds = timed(runs, [&] { funnelResult = computeFunnel(view, funnel); });
    const double variantsSeconds = timed(runs, [&] { computeVariants(view, 20); });
    const double frictionSeconds = timed(runs, [&] { computeFriction(view, goal); });
    const double ours = graphSeconds + funnelSeconds + variantsSeconds + frictionSeconds;

    // pandas, on the same CSV.
    std::vector<double> peerAnalyses, peerLoads;
    QJsonObject peer;
    for (int i = 0; i < peerRuns; ++i) {
        QProcess python;
        python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(JOURNEYSCOPE_PANDAS_SCRIPT), csv, Steps.join(QLatin1Char(',')),
                      GoalTouchpoint});
        if (!python.waitForFinished(-1) || python.exitCode() != 0)
            qFatal("the pandas script failed (is python3-pandas installed?)");
        peer = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        peerAnalyses.push_back(peer.value(QStringLiteral("analyses_seconds")).toDouble());
        const QJsonObject seconds = peer.value(QStringLiteral("seconds")).toObject();
        peerLoads.push_back(seconds.value(QStringLiteral("load")).toDouble() +
                            seconds.value(QStringLiteral("sort")).toDouble());
    }
    const double theirs = peerRuns > 0 ? median(peerAnalyses) : 0;

    std::printf("%lld events, %lld customers; %d runs (pandas %d), medians\n",
                qint64(log.eventCount()), qint64(log.personCount()), runs, peerRuns);
    std::printf("  load      %8.3f s   (pandas read_csv + sort %8.3f s)   %.1f bytes/event\n",
                loadSeconds, peerRuns > 0 ? median(peerLoads) : 0.0, perEvent);
    std::printf("  graph     %8.3f s\n  funnel    %8.3f s\n  variants  %8.3f s\n"
                "  friction  %8.3f s\n",
                graphSeconds, funnelSeconds, variantsSeconds, frictionSeconds);
    std::printf("  analyses  %8.3f s   pandas %8.3f s   ratio %.0fx\n", ours, theirs,
                theirs / ours);
    QStringList counts, peerCounts;
    for (const FunnelStep& step : funnelResult.steps)
        counts.append(QString::number(step.count));
    for (const QJsonValue& count : peer.value(QStringLiteral("funnel")).toArray())
        peerCounts.append(QString::number(count.toInteger()));
    std::printf("  funnel counts: journeyscope %s; pandas %s\n", qPrintable(counts.join(u' ')),
                qPrintable(peerCounts.join(u' ')));
    return 0;
}
