#pragma once

// What every benchmark measures with: medians of several runs, and the helper programs
// (the CLI that generates and imports) run to completion or the benchmark stops.

#include <algorithm>
#include <functional>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <vector>

namespace journeyscope::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// Median seconds of \a runs calls of \a work.
inline double timed(int runs, const std::function<void()>& work)
{
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return median(seconds);
}

inline void runOrDie(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
}

/**
 * The generated clickstream of \a events events (one customer per 10 events) in \a dir,
 * imported into the project \a name-<events>.journey there; both made by \a cli once and
 * kept for later runs. Returns the project and, in \a csv, the clickstream.
 */
inline QString generatedProject(const QString& cli, const QDir& dir, const QString& name,
                                qint64 events, QString* csv = nullptr)
{
    const QString clicks = dir.filePath(QStringLiteral("clicks-%1.csv").arg(events));
    if (!QFile::exists(clicks)) {
        runOrDie(cli, {QStringLiteral("generate"), QStringLiteral("-o"), clicks,
                       QStringLiteral("--customers"), QString::number(events / 10 + 10),
                       QStringLiteral("--events"), QString::number(events)});
    }
    const QString project = dir.filePath(QStringLiteral("%1-%2.journey").arg(name).arg(events));
    if (!QFile::exists(project))
        runOrDie(cli, {QStringLiteral("import"), project, clicks});
    if (csv)
        *csv = clicks;
    return project;
}

} // namespace journeyscope::bench
