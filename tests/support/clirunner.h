#pragma once

// Runs journeyscope-cli (the JOURNEYSCOPE_CLI define names it) as a script would.

#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <set>

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

/**
 * Writes \a crm, a customer table ("User id", plan, churned, seats, test group) of the
 * customers of the generated \a events, each one's values drawn from their id: every tenth
 * customer has no row, every seventh no plan, every nineteenth no group.
 */
inline bool writeCrmTable(const QString& events, const QString& crm)
{
    QFile in(events);
    QFile out(crm);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    in.readLine(); // the header
    std::set<QByteArray> customers;
    while (!in.atEnd())
        customers.insert(in.readLine().split(',').front());
    out.write("User id,plan,churned,seats,test group\n");
    const char* const plans[] = {"Basic", "Pro", "Team"};
    const char* const groups[] = {"control", "variant", "holdout"};
    int n = 0;
    for (const QByteArray& customer : customers) {
        ++n;
        if (n % 10 == 0)
            continue;
        const quint32 h = qHash(customer, 7);
        out.write(customer + ',' + (n % 7 == 0 ? "" : plans[h % 3]) + ',' +
                  (h / 3 % 4 == 0 ? "true" : "false") + ',' + QByteArray::number(1 + h / 12 % 40) +
                  ',' + (n % 19 == 0 ? "" : groups[h / 480 % 3]) + '\n');
    }
    return true;
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
