#include "app/cli/exportview.h"

#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/graphoptions.h"
#include "core/base/timeutil.h"
#include "core/journey/journeygraph.h"
#include "core/layout/graphlayout.h"
#include "ui/canvas/journeygraphscene.h"
#include "ui/export/sceneexporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>

namespace journeyscope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::export", text);
}

const QStringList Views = {QStringLiteral("graph")};

/// The filters given, as a reader of the page wants them: "from 2025-01-01, channel web".
QString filtersText(const QCommandLineParser& parser)
{
    QStringList parts;
    for (const char* option : {"from", "to", "channel", "where", "segment", "persona", "by"}) {
        const QString name = QLatin1String(option);
        if (parser.isSet(name))
            parts.append(name + QLatin1Char(' ') + parser.values(name).join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

int dpiOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
    if (!ok || dpi < 36 || dpi > 1200) {
        throw Error(Location(QStringLiteral("--dpi")),
                    tr("expected dots per inch from 36 to 1200, found \"%1\"")
                        .arg(parser.value(QStringLiteral("dpi"))));
    }
    return dpi;
}

CanvasStyle themeOption(const QCommandLineParser& parser)
{
    const QString theme = parser.value(QStringLiteral("theme"));
    if (theme == QLatin1String("light"))
        return CanvasStyle::light();
    if (theme == QLatin1String("dark"))
        return CanvasStyle::darkTheme();
    throw Error(Location(QStringLiteral("--theme")),
                tr("expected light or dark, found \"%1\"").arg(theme));
}

} // namespace

void addViewExportOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("view"),
         tr("Draw a view instead of writing the events: %1.").arg(Views.join(QStringLiteral(", "))),
         QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("dpi"), tr("Resolution of a PNG (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("theme"), tr("light (default) or dark."),
                      QStringLiteral("THEME"), QStringLiteral("light")});
    addGraphOptions(parser);
    addAnalysisOptions(parser, true);
}

bool drawsAView(const QStringList& arguments)
{
    return !arguments.isEmpty() && arguments.first() == QLatin1String("export") &&
           std::any_of(arguments.begin(), arguments.end(), [](const QString& argument) {
               return argument == QLatin1String("--view") ||
                      argument.startsWith(QLatin1String("--view="));
           });
}

int exportView(const QCommandLineParser& parser, const QString& projectPath, const QString& path)
{
    try {
        const QString view = parser.value(QStringLiteral("view"));
        if (!Views.contains(view)) {
            throw Error(
                Location(QStringLiteral("--view")),
                tr("expected %1, found \"%2\"").arg(Views.join(QStringLiteral(", ")), view));
        }
        const ExportFormat format = blamingOption(QStringLiteral("--format"), [&] {
            return exportFormatNamed(parser.value(QStringLiteral("format")));
        });
        const int dpi = dpiOption(parser);
        const CanvasStyle style = themeOption(parser);

        const EventLog log = loadEventLog(projectPath);
        const EventView events = analysisView(log, parser, projectPath);
        QGraphicsScene scene;
        const JourneyGraph graph =
            buildJourneyGraph(events, graphOptions(parser, log, projectPath));
        drawJourneyGraph(scene, graph, layoutGraph(journeyGraphLayoutInput(graph, log, style)),
                         style);

        PageStamp stamp;
        stamp.project = QFileInfo(projectPath).fileName();
        stamp.filters = filtersText(parser);
        if (log.firstMs() && log.lastMs()) {
            stamp.dataRange = tr("%1 to %2")
                                  .arg(formatIsoUtc(*log.firstMs()).left(10),
                                       formatIsoUtc(*log.lastMs()).left(10));
        }
        exportScene(scene, path, format, stamp, dpi);
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("view"), view},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("width_points"), scene.sceneRect().width()},
                       {QStringLiteral("height_points"), scene.sceneRect().height()}});
        } else {
            print(tr("Drew the %1 to %2").arg(view, path));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
