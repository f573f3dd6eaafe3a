// Filter benchmark: on a project of generated complete journeys (1M events by default) with
// stages, a goal, a drop-off model and notes, the journey map as the window redraws it after
// a filter change: the filter resolved, the map's numbers and overlay computed, the scene
// drawn. The window's goal is 200 ms a change. Prints medians.
//
//   bench_filter [--events 1000000] [--runs 5] [--dir DIR]

#include "core/store/project.h"
#include "tests/bench/benchtiming.h"
#include "ui/views/computeview.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QTemporaryDir>

using namespace journeyscope;
using namespace journeyscope::bench;

namespace {

/// The generator's customers make about 13.8 events each over their whole journey.
constexpr double EventsPerCustomer = 13.8;
constexpr double TargetSeconds = 0.200;

/// A project of \a events generated events with everything the map shows.
QString makeProject(const QDir& dir, qint64 events)
{
    const QString cli = QStringLiteral(JOURNEYSCOPE_CLI);
    const QString path = dir.filePath(QStringLiteral("filter-%1.journey").arg(events));
    if (QFile::exists(path))
        return path;
    const QString csv = dir.filePath(QStringLiteral("filter-%1.csv").arg(events));
    runOrDie(cli,
             {QStringLiteral("generate"), QStringLiteral("-o"), csv, QStringLiteral("--customers"),
              QString::number(qint64(double(events) / EventsPerCustomer) + 10),
              QStringLiteral("--events"), QString::number(events)});
    runOrDie(cli, {QStringLiteral("import"), path, csv});
    runOrDie(cli, {QStringLiteral("stages"), path, QStringLiteral("--load"),
                   QStringLiteral(JOURNEYSCOPE_SOURCE_DIR "/resources/sample/stages.csv")});
    runOrDie(cli, {QStringLiteral("goal"), path, QStringLiteral("--set"),
                   QStringLiteral("Order confirmation,Store purchase")});
    runOrDie(cli, {QStringLiteral("train"), path});
    runOrDie(cli,
             {QStringLiteral("notes"), path, QStringLiteral("--add"),
              QStringLiteral("Purchase:pain=Delivery cost shown late"), QStringLiteral("--add"),
              QStringLiteral("Purchase:opportunity=Show it on the product page")});
    QFile::remove(csv);
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The journey map redrawn after a filter change"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the generated log."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: temporary)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                       : temporary.path());
    QDir().mkpath(dir.path());
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString path = makeProject(dir, parser.value(QStringLiteral("events")).toLongLong());

    const auto project = Project::openForReading(path);
    const EventLog log = EventLog::load(project->database());
    const CanvasStyle style = CanvasStyle::light();

    std::vector<std::pair<const char*, ViewFilter>> filters(4);
    filters[0].first = "every customer";
    filters[1].first = "channel web";
    filters[1].second.channels = {QStringLiteral("web")};
    filters[2].first = "segment Champions";
    filters[2].second.people.segmentKey = QStringLiteral("rfm:Champions");
    filters[3].first = "one month, channel app";
    filters[3].second.from = QDate(2025, 3, 1);
    filters[3].second.to = QDate(2025, 3, 31);
    filters[3].second.channels = {QStringLiteral("app")};

    std::printf("journey map redrawn after a filter change, %lld events of %lld customers; "
                "%d runs, medians (goal %.3f s)\n",
                qint64(log.eventCount()), qint64(log.personCount()), runs, TargetSeconds);
    for (const auto& [name, filter] : filters) {
        const double seconds = timed(runs, [&] {
            QGraphicsScene scene;
            drawView(scene, computeView(ViewKind::Map, log, path, filter, ViewSettings(), style),
                     style);
        });
        std::printf("  %-24s %8.3f s   %s\n", name, seconds,
                    seconds <= TargetSeconds ? "within the goal" : "OVER THE GOAL");
    }
    return 0;
}
