#include "app/cli/graphoptions.h"

#include "app/cli/analysisoptions.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::graph)
};

double shareOption(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < 0 || value > 1) {
        throw Error(
            Location(QStringLiteral("--") + option),
            Text::tr("expected a share between 0 and 1, found \"%1\"").arg(parser.value(option)));
    }
    return value;
}

} // namespace

void addGraphOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("level"), Text::tr("Nodes are touchpoints or stages."),
                      QStringLiteral("touchpoint|stage"), QStringLiteral("touchpoint")});
    parser.addOption({QStringLiteral("nodes"),
                      Text::tr("Share of nodes to keep, by events (0 to 1; default 1)."),
                      QStringLiteral("SHARE"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("edges"),
         Text::tr("Share of edges to keep, by count (0 to 1; default 1); kept nodes stay "
                  "connected."),
         QStringLiteral("SHARE"), QStringLiteral("1")});
}

GraphOptions graphOptions(const QCommandLineParser& parser, const EventLog& log,
                          const QString& projectPath)
{
    const QString level = parser.value(QStringLiteral("level"));
    if (level != QLatin1String("touchpoint") && level != QLatin1String("stage")) {
        throw Error(Location(QStringLiteral("--level")),
                    Text::tr("expected touchpoint or stage, found \"%1\"").arg(level));
    }
    GraphOptions options;
    options.level = level == QLatin1String("stage") ? GraphLevel::Stage : GraphLevel::Touchpoint;
    options.goal = analysisGoal(log, parser, projectPath);
    options.nodeShare = shareOption(parser, QStringLiteral("nodes"));
    options.edgeShare = shareOption(parser, QStringLiteral("edges"));
    return options;
}

} // namespace journeyscope::cli
