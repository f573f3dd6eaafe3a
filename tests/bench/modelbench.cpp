// Model benchmark: on a generated clickstream of complete journeys (1M events by default),
// the drop-off model's features, training and evaluation (trainDropoffModel: features,
// XGBoost with early stopping, metrics, calibration, SHAP importance and risk per place),
// against pandas computing the same kind of features from the CSV and Debian's
// python3-xgboost training on the very matrix Journeyscope built. Prints medians and the
// ratio.
//
//   bench_model [--events 1000000] [--runs 3] [--peer-runs 3 (0: without Python)] [--dir DIR]

#include "core/predict/dropoffmodel.h"
#include "core/store/project.h"
#include "tests/bench/benchtiming.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace journeyscope;
using namespace journeyscope::bench;

namespace {

const QStringList GoalTouchpoints = {QStringLiteral("Order confirmation"),
                                     QStringLiteral("Store purchase")};
/// The generator's customers make about 13.8 events each over their whole journey.
constexpr double EventsPerCustomer = 13.8;

/// The rows as the Python side reads them: a JSON header, then float32 columns of
/// features, labels and journey start days, row after row.
void writeMatrix(const QString& path, const DropoffRows& rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QJsonArray categorical;
    for (const bool c : rows.features.categorical)
        categorical.append(c);
    const QByteArray header =
        QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows.features.rows()},
                                  {QStringLiteral("columns"),
                                   QJsonArray::fromStringList(rows.features.columns)},
                                  {QStringLiteral("categorical"), categorical}})
            .toJson(QJsonDocument::Compact);
    file.write(header + '\n');
    const auto width = size_t(rows.features.columns.size());
    std::vector<float> row(width + 2);
    for (size_t r = 0; r < size_t(rows.features.rows()); ++r) {
        std::copy_n(rows.features.values.data() + r * width, width, row.data());
        row[width] = rows.labels[r];
        row[width + 1] = float(double(rows.journeyStartMs[r]) / 86400000.0);
        file.write(reinterpret_cast<const char*>(row.data()), qint64(row.size() * sizeof(float)));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The drop-off model against pandas + XGBoost"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the generated log."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("peer-runs"), QStringLiteral("Runs of the Python script."),
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

    // Complete journeys: enough customers for the events, none cut off by the limit.
    const QString csv = dir.filePath(QStringLiteral("journeys-%1.csv").arg(events));
    if (!QFile::exists(csv)) {
        runOrDie(cli, {QStringLiteral("generate"), QStringLiteral("-o"), csv,
                       QStringLiteral("--customers"),
                       QString::number(qint64(double(events) / EventsPerCustomer) + 10),
                       QStringLiteral("--events"), QString::number(events)});
    }
    const QString projectPath = dir.filePath(QStringLiteral("model-%1.journey").arg(events));
    if (!QFile::exists(projectPath))
        runOrDie(cli, {QStringLiteral("import"), projectPath, csv});

    const auto project = Project::openForReading(projectPath);
    const EventLog log = EventLog::load(project->database());
    const EventView view(log);
    Goal goal;
    for (const QString& name : GoalTouchpoints)
        goal.touchpoints.push_back(quint16(log.touchpointIndex(name)));
    const qint64 dataEnd = *log.lastMs();

    DropoffRows rows;
    const double featureSeconds =
        timed(runs, [&] { rows = journeyRowsForTraining(view, goal, dataEnd, false, 1); });
    DropoffModel model;
    const double modelSeconds = timed(runs, [&] {
        model = trainDropoffModel(view, goal, PeopleContext(), DropoffModelOptions());
    });

    const QString matrix = dir.filePath(QStringLiteral("matrix-%1.bin").arg(events));
    writeMatrix(matrix, rows);
    std::vector<double> peerFeatures, peerTraining;
    QJsonObject peer;
    for (int i = 0; i < peerRuns; ++i) {
        QProcess python;
        python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(JOURNEYSCOPE_PYTHON_SCRIPT), csv, matrix,
                      GoalTouchpoints.join(QLatin1Char(','))});
        if (!python.waitForFinished(-1) || python.exitCode() != 0)
            qFatal("the Python script failed (are python3-pandas and python3-xgboost installed?)");
        peer = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        peerFeatures.push_back(peer.value(QStringLiteral("features_seconds")).toDouble());
        peerTraining.push_back(peer.value(QStringLiteral("training_seconds")).toDouble());
    }
    const double theirs = peerRuns > 0 ? median(peerFeatures) + median(peerTraining) : 0;

    std::printf("%lld events, %lld journeys, %lld rows (one cut per journey whose window "
                "closed); %d runs (Python %d), medians\n",
                qint64(log.eventCount()), qint64(log.personCount()), qint64(rows.labels.size()),
                runs, peerRuns);
    std::printf("  features                      %8.3f s   pandas  %8.3f s (%lld rows)\n",
                featureSeconds, peerRuns > 0 ? median(peerFeatures) : 0.0,
                qint64(peer.value(QStringLiteral("feature_rows")).toInteger()));
    std::printf("  features + training + eval    %8.3f s   (%d rounds, ROC-AUC %.3f)\n",
                modelSeconds, model.stored.settings.value(QStringLiteral("rounds")).toInt(),
                model.metrics.rocAuc);
    std::printf("  python3-xgboost, same matrix             %8.3f s   (%d rounds, ROC-AUC %.3f)\n",
                peerRuns > 0 ? median(peerTraining) : 0.0,
                peer.value(QStringLiteral("rounds")).toInt(),
                peer.value(QStringLiteral("auc")).toDouble());
    std::printf("  total  journeyscope %8.3f s   pandas + python3-xgboost %8.3f s   ratio %.1fx\n",
                modelSeconds, theirs, modelSeconds > 0 ? theirs / modelSeconds : 0.0);
    return 0;
}
