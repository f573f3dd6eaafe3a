#pragma once

// Runs journeyscope-cli (the JOURNEYSCOPE_CLI define names it) as a script would.

#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace journeyscope::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JOURNEYSCOPE_CLI), arguments);
    if (!process.waitForFinished(120000))
        qWarning("journeyscope-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

/// Generates a shop's clickstream of \a customers into \a csv and imports it into
/// \a project; whether both commands succeeded.
inline bool importGeneratedShop(const QString& project, const QString& csv, int customers)
{
    return cli({QStringLiteral("generate"), QStringLiteral("-o"), csv,
                QStringLiteral("--customers"), QString::number(customers)})
                   .exitCode == 0 &&
           cli({QStringLiteral("import"), project, csv}).exitCode == 0;
}

/// The bundled sample's stages loaded into \a project and its goal set (an order); whether
/// both commands succeeded.
inline bool setSampleStagesAndGoal(const QString& project)
{
    const QString stagesCsv = sourceFile(QStringLiteral("resources/sample/stages.csv"));
    return cli({QStringLiteral("stages"), project, QStringLiteral("--load"), stagesCsv}).exitCode ==
               0 &&
           cli({QStringLiteral("goal"), project, QStringLiteral("--set"),
                QStringLiteral("Order confirmation,Store purchase")})
                   .exitCode == 0;
}

/**
 * The bundled sample as quickstart.sh makes it, at \a project: the clickstream imported,
 * its stages loaded, the goal set (an order) and a drop-off model trained; whether every
 * command succeeded.
 */
inline bool makeSampleProject(const QString& project)
{
    const QString sampleCsv = sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"));
    return cli({QStringLiteral("import"), project, sampleCsv}).exitCode == 0 &&
           setSampleStagesAndGoal(project) && cli({QStringLiteral("train"), project}).exitCode == 0;
}

} // namespace journeyscope::test
