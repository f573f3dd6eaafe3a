#pragma once

// Runs journeyscope-cli (the JOURNEYSCOPE_CLI define names it) as a script would.

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

} // namespace journeyscope::test
