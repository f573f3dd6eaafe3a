// Import benchmark: journeyscope-cli import against the sqlite3 shell's `.import --csv` into
// a plain table, on generated clickstreams of the given sizes. Prints the median wall time
// of several runs, events per second, peak resident memory and the speed ratio.
//
//   bench_import [--events 1000000,10000000] [--runs 3] [--dir DIR]

#include "tests/bench/benchtiming.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using journeyscope::bench::median;

namespace {

struct Measurement
{
    double seconds = 0;
    double peakMegabytes = 0;
};

/// Runs \a program with \a arguments, output discarded; wall time and the child's peak RSS.
Measurement run(const QString& program, const QStringList& arguments)
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", argv[0]);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("%s failed (status %d)", argv[0], status);
    return {seconds, usage.ru_maxrss / 1024.0};
}

struct Result
{
    double medianSeconds = 0;
    double peakMegabytes = 0;
    std::vector<double> seconds;
};

Result repeat(int runs, const std::function<Measurement()>& once)
{
    Result result;
    for (int i = 0; i < runs; ++i) {
        const Measurement m = once();
        result.seconds.push_back(m.seconds);
        result.peakMegabytes = std::max(result.peakMegabytes, m.peakMegabytes);
    }
    result.medianSeconds = median(result.seconds);
    return result;
}

QString runsText(const Result& result)
{
    QStringList parts;
    for (const double s : result.seconds)
        parts.append(QString::number(s, 'f', 2));
    return parts.join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import benchmark against sqlite3 .import"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Comma-separated event counts."),
                      QStringLiteral("N,..."), QStringLiteral("1000000,10000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Work folder for the generated files (default: temporary)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("journeyscope-cli to measure."),
                      QStringLiteral("PATH"), QStringLiteral(JOURNEYSCOPE_CLI)});
    parser.addOption({QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                      QStringLiteral("PATH"), QStringLiteral("/usr/bin/sqlite3")});
    parser.process(app);

    QTemporaryDir temporary;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                       : temporary.path());
    QDir().mkpath(dir.path());
    const QString cli = parser.value(QStringLiteral("cli"));
    const QString sqlite3 = parser.value(QStringLiteral("sqlite3"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (!QFile::exists(sqlite3))
        qFatal("the sqlite3 shell is missing (apt-get install sqlite3)");

    std::printf("%-10s %-11s %9s %12s %9s   %-11s %9s %12s %9s   %s\n", "events", "tool",
                "median s", "events/s", "peak MB", "peer", "median s", "events/s", "peak MB",
                "ratio");
    for (const QString& countText :
         parser.value(QStringLiteral("events")).split(QLatin1Char(','))) {
        const qint64 events = countText.toLongLong();
        const QString csv = dir.filePath(QStringLiteral("clicks-%1.csv").arg(events));
        if (!QFile::exists(csv)) {
            // About 14 events per customer: enough customers that no journey is cut short.
            run(cli, {QStringLiteral("generate"), QStringLiteral("-o"), csv,
                      QStringLiteral("--customers"), QString::number(events / 10 + 10),
                      QStringLiteral("--events"), QString::number(events)});
        }
        const QString project = dir.filePath(QStringLiteral("bench.journey"));
        const QString database = dir.filePath(QStringLiteral("bench.sqlite"));
        const Result ours = repeat(runs, [&] {
            QFile::remove(project);
            return run(cli, {QStringLiteral("import"), project, csv});
        });
        const Result peer = repeat(runs, [&] {
            QFile::remove(database);
            return run(sqlite3, {database, QStringLiteral(".import --csv %1 events").arg(csv)});
        });
        std::printf("%-10lld %-11s %9.2f %12.0f %9.0f   %-11s %9.2f %12.0f %9.0f   %.2fx\n", events,
                    "journeyscope", ours.medianSeconds, events / ours.medianSeconds,
                    ours.peakMegabytes, "sqlite3", peer.medianSeconds, events / peer.medianSeconds,
                    peer.peakMegabytes, peer.medianSeconds / ours.medianSeconds);
        std::printf("%-10s runs: journeyscope %s s; sqlite3 %s s; file %.0f MB\n", "",
                    qPrintable(runsText(ours)), qPrintable(runsText(peer)),
                    QFileInfo(csv).size() / 1e6);
        std::fflush(stdout);
        QFile::remove(database);

        // The same events as an XES log (exported from the project just imported).
        const QString xes = dir.filePath(QStringLiteral("clicks-%1.xes").arg(events));
        if (!QFile::exists(xes)) {
            run(cli, {QStringLiteral("export"), project, QStringLiteral("--format"),
                      QStringLiteral("xes"), QStringLiteral("-o"), xes});
        }
        QFile::remove(project);
        const Result fromXes = repeat(runs, [&] {
            QFile::remove(project);
            return run(cli, {QStringLiteral("import"), project, xes});
        });
        std::printf("%-10lld %-11s %9.2f %12.0f %9.0f   (XES, %.0f MB; CSV above: %.0f events/s)\n",
                    events, "xes import", fromXes.medianSeconds, events / fromXes.medianSeconds,
                    fromXes.peakMegabytes, QFileInfo(xes).size() / 1e6,
                    events / ours.medianSeconds);
        std::printf("%-10s runs: %s s\n", "", qPrintable(runsText(fromXes)));
        std::fflush(stdout);
        QFile::remove(project);
    }
    return 0;
}
