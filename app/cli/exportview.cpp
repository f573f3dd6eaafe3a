#include "app/cli/exportview.h"

#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/frictionmatrixoption.h"
#include "app/cli/funneloptions.h"
#include "app/cli/graphoptions.h"
#include "app/cli/modelchoice.h"
#include "app/cli/terminalprogress.h"
#include "core/journey/eventloggraphcounter.h"
#include "core/journey/friction.h"
#include "core/journey/journeygraph.h"
#include "core/journey/paths.h"
#include "core/journey/personas.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseanchorpaths.h"
#include "core/warehouse/warehousecustomerfeatures.h"
#include "core/warehouse/warehousefriction.h"
#include "core/warehouse/warehousefunnel.h"
#include "core/warehouse/warehousegraphcounter.h"
#include "core/warehouse/warehousejourneymap.h"
#include "core/warehouse/warehousetotals.h"
#include "ui/export/sceneexporter.h"
#include "ui/views/viewcontent.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::export)
};

const QStringList Views = {QStringLiteral("map"),    QStringLiteral("graph"),
                           QStringLiteral("funnel"), QStringLiteral("heatmap"),
                           QStringLiteral("paths"),  QStringLiteral("personas"),
                           QStringLiteral("model"),  QStringLiteral("pack")};
/// The views a pack holds by default, in order.
const QStringList PackViews = {QStringLiteral("map"), QStringLiteral("graph"),
                               QStringLiteral("heatmap"), QStringLiteral("funnel")};

/// The filters given, as a reader of the page wants them: "from 2025-01-01, channel web".
QString filtersText(const QCommandLineParser& parser)
{
    QStringList parts;
    for (const char* option :
         {"from", "to", "channel", "where", "segment", "persona", "through", "reaching", "by"}) {
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
                    Text::tr("expected dots per inch from 36 to 1200, found \"%1\"")
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
                Text::tr("expected light or dark, found \"%1\"").arg(theme));
}

using ColourBy = GraphColouring::By;

ColourBy colourByOption(const QCommandLineParser& parser)
{
    const QString by = parser.value(QStringLiteral("colour-by"));
    if (by == QLatin1String("time"))
        return ColourBy::Time;
    if (by == QLatin1String("friction"))
        return ColourBy::Friction;
    throw Error(Location(QStringLiteral("--colour-by")),
                Text::tr("expected time or friction, found \"%1\"").arg(by));
}

/// The paths view's anchor and direction, of --from-touchpoint or --to-touchpoint.
AnchorPathOptions anchorPathsOption(const QCommandLineParser& parser, const EventLog& log)
{
    const bool from = parser.isSet(QStringLiteral("from-touchpoint"));
    if (!from && !parser.isSet(QStringLiteral("to-touchpoint"))) {
        throw Error(Location(QStringLiteral("--from-touchpoint")),
                    Text::tr("the paths view needs an anchor: --from-touchpoint or "
                             "--to-touchpoint"));
    }
    const QString option =
        from ? QStringLiteral("from-touchpoint") : QStringLiteral("to-touchpoint");
    AnchorPathOptions options;
    options.anchor = touchpointNamed(log, parser.value(option), QStringLiteral("--") + option);
    options.direction = from ? PathDirection::From : PathDirection::To;
    return options;
}

/// What \a view of the events shows, as the options ask.
ViewContent viewContent(const QString& view, const QCommandLineParser& parser, const EventLog& log,
                        const EventView& events, const QString& projectPath,
                        const CanvasStyle& style)
{
    if (view == QLatin1String("map")) {
        const Goal goal = requiredGoal(log, parser, projectPath);
        const auto project = Project::openForReading(projectPath);
        return mapContent(events, goal, project->database());
    }
    if (view == QLatin1String("graph")) {
        const GraphColouring::By colourBy = colourByOption(parser);
        const Goal goal = colourBy == GraphColouring::By::Friction
                              ? requiredGoal(log, parser, projectPath)
                              : Goal();
        return graphContent(buildJourneyGraph(events, graphOptions(parser, log, projectPath)),
                            events, goal, colourBy, style);
    }
    if (view == QLatin1String("paths"))
        return PathsContent{computeAnchorPaths(events, anchorPathsOption(parser, log))};
    if (view == QLatin1String("personas")) {
        const auto project = Project::openForReading(projectPath);
        const Goal goal = analysisGoal(log, parser, projectPath).value_or(Goal());
        return PersonasContent{listPersonas(project->database(), events, goal)};
    }
    if (view == QLatin1String("model")) {
        const auto project = Project::openForReading(projectPath);
        return ModelContent{chosenModel(project->database(), parser)};
    }
    if (view == QLatin1String("heatmap")) {
        const Goal goal = requiredGoal(log, parser, projectPath);
        return HeatmapContent{frictionMatrixOption(parser, events, goal, {}, projectPath)};
    }
    // The funnel.
    if (!parser.isSet(QStringLiteral("steps"))) {
        throw Error(Location(QStringLiteral("--steps")),
                    Text::tr("the funnel view needs its steps, such as \"Product page,Cart\""));
    }
    FunnelOptions options;
    options.steps = funnelSteps(log, parser.value(QStringLiteral("steps")));
    return FunnelContent{computeFunnel(events, options),
                         parser.isSet(QStringLiteral("breakdown"))
                             ? funnelBreakdown(events, options,
                                               parser.value(QStringLiteral("breakdown")),
                                               projectPath)
                             : FunnelBreakdown()};
}

/**
 * What \a view of a warehouse project shows, counted in the warehouse as the window counts
 * it: the map, the graph, the funnel, the heatmap by stage and channel, the paths, the
 * personas' numbers; the model from the project. Throws Error.
 */
ViewContent warehouseViewContent(const QString& view, const QCommandLineParser& parser,
                                 const EventLog& names, const WarehouseSource& source,
                                 PgConnection& connection, qint64 lastMs,
                                 const QString& projectPath, const CanvasStyle& style,
                                 Feedback* feedback)
{
    const auto project = Project::openForReading(projectPath);
    if (view == QLatin1String("model"))
        return ModelContent{chosenModel(project->database(), parser)};
    const WarehouseFilter filter = warehouseFilter(names, parser, projectPath);
    const JourneyScope scope = analysisScope(parser);
    if (view == QLatin1String("map")) {
        const Goal goal = requiredGoal(names, parser, projectPath);
        const qint64 dataEndMs = std::min(lastMs, filter.toMs.value_or(lastMs));
        const QString emotionSource = emotionColumn(source.customerAttributes);
        MapContent content =
            mapContent(presentJourneyMap(names, countWarehouseJourneyMap(connection, source, names,
                                                                         filter, goal, dataEndMs,
                                                                         emotionSource, feedback)),
                       countWarehouseFriction(connection, source, names, filter,
                                              JourneyScope::Customer, goal, {}, feedback),
                       project->database());
        content.overlay.emotionSource = emotionSource;
        return content;
    }
    if (view == QLatin1String("graph")) {
        GraphColouring colouring;
        colouring.by = colourByOption(parser);
        if (colouring.by == GraphColouring::By::Friction) {
            colouring.friction =
                countWarehouseFriction(connection, source, names, filter, scope,
                                       requiredGoal(names, parser, projectPath), {}, feedback);
        }
        const GraphVocabulary vocabulary = EventLogGraphCounter::vocabulary(names);
        const WarehouseGraphCounter counter(connection, source, vocabulary, filter, scope,
                                            feedback);
        return graphContent(
            buildJourneyGraph(vocabulary, counter, graphOptions(parser, names, projectPath)), names,
            colouring, style);
    }
    if (view == QLatin1String("heatmap")) {
        return HeatmapContent{
            warehouseFrictionMatrixOption(parser, connection, source, names, filter, scope,
                                          requiredGoal(names, parser, projectPath), {}, feedback)};
    }
    if (view == QLatin1String("personas")) {
        const Goal goal = analysisGoal(names, parser, projectPath).value_or(Goal{});
        return PersonasContent{listPersonas(
            project->database(),
            countWarehouseCustomerFeatures(connection, source, names, filter, goal, feedback)
                .features)};
    }
    if (view == QLatin1String("paths")) {
        return PathsContent{countWarehouseAnchorPaths(connection, source, names.touchpointNames(),
                                                      filter, scope,
                                                      anchorPathsOption(parser, names), feedback)};
    }
    // The funnel.
    if (!parser.isSet(QStringLiteral("steps"))) {
        throw Error(Location(QStringLiteral("--steps")),
                    Text::tr("the funnel view needs its steps, such as \"Product page,Cart\""));
    }
    FunnelOptions options;
    options.steps = funnelSteps(names, parser.value(QStringLiteral("steps")));
    return FunnelContent{
        countWarehouseFunnel(connection, source, names, filter, scope, options, feedback),
        parser.isSet(QStringLiteral("breakdown"))
            ? warehouseFunnelBreakdown(connection, source, names, filter, scope, options,
                                       parser.value(QStringLiteral("breakdown")), feedback)
            : FunnelBreakdown()};
}

} // namespace

void addViewExportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("view"),
                      Text::tr("Draw a view instead of writing the events: %1.")
                          .arg(Views.join(QStringLiteral(", "))),
                      QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("dpi"), Text::tr("Resolution of a PNG (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("theme"), Text::tr("light (default) or dark."),
                      QStringLiteral("THEME"), QStringLiteral("light")});
    addModelOption(parser);
    parser.addOption(
        {QStringLiteral("matrix"),
         Text::tr("The heatmap view: stages by channel (the default) or touchpoints by "
                  "segment."),
         QStringLiteral("stage-channel|touchpoint-segment"), QStringLiteral("stage-channel")});
    parser.addOption(
        {QStringLiteral("segment-by"),
         Text::tr("The heatmap's segments: RFM (the default) or a customer attribute's "
                  "values."),
         QStringLiteral("rfm|ATTRIBUTE"), QStringLiteral("rfm")});
    parser.addOption({QStringLiteral("from-touchpoint"),
                      Text::tr("The paths view: where journeys go after this touchpoint."),
                      QStringLiteral("TOUCHPOINT")});
    parser.addOption({QStringLiteral("to-touchpoint"),
                      Text::tr("The paths view: how journeys come to this touchpoint."),
                      QStringLiteral("TOUCHPOINT")});
    parser.addOption({QStringLiteral("views"),
                      Text::tr("The views of a pack, in order (default: %1; the funnel only with "
                               "--steps).")
                          .arg(PackViews.join(QLatin1Char(','))),
                      QStringLiteral("VIEWS")});
    parser.addOption(
        {QStringLiteral("steps"),
         Text::tr("The funnel view's steps, comma-separated; a step \"A|B\" is reached "
                  "by either."),
         QStringLiteral("A,B,C")});
    parser.addOption({QStringLiteral("breakdown"),
                      Text::tr("The funnel view per channel of the first step, or per value of a "
                               "customer attribute."),
                      QStringLiteral("channel|ATTRIBUTE")});
    parser.addOption(
        {QStringLiteral("colour-by"),
         Text::tr("The graph view's colours: median time of the edges (the default) or "
                  "friction of the nodes."),
         QStringLiteral("time|friction"), QStringLiteral("time")});
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

QString formatOption(const QCommandLineParser& parser, const QString& path)
{
    if (parser.isSet(QStringLiteral("format")))
        return parser.value(QStringLiteral("format"));
    QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    return QFileInfo(name).suffix();
}

int exportView(const QCommandLineParser& parser, const QString& projectPath, const QString& path)
{
    try {
        const QString view = parser.value(QStringLiteral("view"));
        if (!Views.contains(view)) {
            throw Error(
                Location(QStringLiteral("--view")),
                Text::tr("expected %1, found \"%2\"").arg(Views.join(QStringLiteral(", ")), view));
        }
        const ExportFormat format = blamingOption(QStringLiteral("--format"), [&] {
            return exportFormatNamed(formatOption(parser, path));
        });
        const int dpi = dpiOption(parser);
        const CanvasStyle style = themeOption(parser);

        QStringList drawn{view};
        if (view == QLatin1String("pack")) {
            if (format != ExportFormat::Pdf) {
                throw Error(Location(QStringLiteral("--format")),
                            Text::tr("a pack is a PDF of several pages"));
            }
            drawn = parser.isSet(QStringLiteral("views"))
                        ? splitNames(parser.value(QStringLiteral("views")))
                        : PackViews;
            if (!parser.isSet(QStringLiteral("views")) && !parser.isSet(QStringLiteral("steps")))
                drawn.removeAll(QStringLiteral("funnel"));
            for (const QString& name : drawn) {
                if (!Views.contains(name) || name == QLatin1String("pack")) {
                    throw Error(Location(QStringLiteral("--views")),
                                Text::tr("expected some of %1, found \"%2\"")
                                    .arg(PackViews.join(QStringLiteral(", ")), name));
                }
            }
        }

        std::vector<std::unique_ptr<QGraphicsScene>> scenes;
        PageStamp stamp;
        if (const std::optional<WarehouseSource> source = warehouseSource(projectPath)) {
            // Counted in the warehouse; only the counts travel.
            const EventLog names = loadEventNames(projectPath);
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(source->connection);
            const WarehouseEventCounts counts =
                countWarehouseEvents(connection, *source, names.touchpointNames(), &interruptible);
            for (const QString& name : drawn) {
                scenes.push_back(std::make_unique<QGraphicsScene>());
                drawView(*scenes.back(),
                         warehouseViewContent(name, parser, names, *source, connection,
                                              counts.lastMs.value_or(0), projectPath, style,
                                              &interruptible),
                         style);
            }
            stamp.dataRange = dataRangeOf(counts.firstMs, counts.lastMs);
        } else {
            const EventLog log = loadEventLog(projectPath);
            const EventView events = analysisView(log, parser, projectPath);
            for (const QString& name : drawn) {
                scenes.push_back(std::make_unique<QGraphicsScene>());
                drawView(*scenes.back(), viewContent(name, parser, log, events, projectPath, style),
                         style);
            }
            stamp.dataRange = dataRangeOf(log);
        }
        stamp.project = QFileInfo(projectPath).fileName();
        stamp.filters = filtersText(parser);
        // The model version behind the map's risk lane or the model report.
        if (drawn.contains(QStringLiteral("model")) || drawn.contains(QStringLiteral("map"))) {
            const auto project = Project::openForReading(projectPath);
            if (drawn.contains(QStringLiteral("model"))) {
                stamp.model = chosenModel(project->database(), parser).title();
            } else if (const auto latest =
                           StoredModel::newest(project->database(), {QStringLiteral("dropoff")})) {
                stamp.model = latest->title();
            }
        }
        if (view == QLatin1String("pack")) {
            std::vector<QGraphicsScene*> pages;
            for (const auto& scene : scenes)
                pages.push_back(scene.get());
            exportPack(pages, path, stamp);
        } else {
            exportScene(*scenes.front(), path, format, stamp, dpi);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("view"), view},
                       {QStringLiteral("views"), QJsonArray::fromStringList(drawn)},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("width_points"), scenes.front()->sceneRect().width()},
                       {QStringLiteral("height_points"), scenes.front()->sceneRect().height()}});
        } else {
            print(Text::tr("Drew the %1 to %2").arg(drawn.join(QStringLiteral(", ")), path));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
