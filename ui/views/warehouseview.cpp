#include "ui/views/warehouseview.h"

#include "core/base/error.h"
#include "core/journey/eventloggraphcounter.h"
#include "core/journey/personas.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseanchorpaths.h"
#include "core/warehouse/warehousecustomerfeatures.h"
#include "core/warehouse/warehousefriction.h"
#include "core/warehouse/warehousefunnel.h"
#include "core/warehouse/warehousegraphcounter.h"
#include "core/warehouse/warehousejourneymap.h"
#include "core/warehouse/warehousepeople.h"
#include "ui/views/computeview.h"

#include <algorithm>

namespace journeyscope {

std::unique_ptr<PgConnection> WarehouseAccess::connect() const
{
    return std::make_unique<PgConnection>(source.connection, password);
}

WarehouseFilter warehouseFilterOf(const ViewFilter& filter, const EventLog& names,
                                  const Database& db, PgConnection& connection,
                                  const WarehouseSource& source, Feedback* feedback)
{
    const EventFilter resolved = filter.resolveEvents(names);
    WarehouseFilter out;
    out.fromMs = resolved.fromMs;
    out.toMs = resolved.toMs;
    for (const quint8 channel : resolved.channels)
        out.channels.append(names.channelNames().value(channel));
    selectWarehousePeople(connection, source, names, db, filter.people, out, feedback);
    return out;
}

ViewContent computeWarehouseView(ViewKind kind, const EventLog& names,
                                 const WarehouseAccess& access,
                                 const std::vector<qint64>& eventsPerTouchpoint, qint64 eventsEndMs,
                                 const QString& projectPath, const ViewFilter& filter,
                                 const ViewSettings& settings, const CanvasStyle& style,
                                 LayoutCache* cache, Feedback* feedback)
{
    const auto project = Project::openForReading(projectPath);
    const Database& db = project->database();
    const std::optional<ProjectGoal> stored = ProjectGoal::read(db);
    const std::optional<Goal> goal =
        stored ? std::optional<Goal>(resolveWarehouseGoal(*stored, names, access.source))
               : std::nullopt;
    if (kind == ViewKind::Model)
        return computeView(kind, names, projectPath, {}, settings, style, cache);

    const std::unique_ptr<PgConnection> connection = access.connect();
    const WarehouseFilter where =
        warehouseFilterOf(filter, names, db, *connection, access.source, feedback);
    if (kind == ViewKind::Personas) {
        if (loadPersonas(db).empty())
            return PersonasContent{};
        return PersonasContent{
            listPersonas(db, countWarehouseCustomerFeatures(*connection, access.source, names,
                                                            where, goal.value_or(Goal()), feedback)
                                 .features)};
    }
    if (kind == ViewKind::Paths) {
        const std::optional<AnchorPathOptions> options =
            pathsViewOptions(names, eventsPerTouchpoint, goal, settings);
        if (!options)
            return PathsContent{};
        return PathsContent{countWarehouseAnchorPaths(*connection, access.source,
                                                      names.touchpointNames(), where,
                                                      JourneyScope::Customer, *options, feedback)};
    }
    if (kind == ViewKind::Heatmap) {
        if (!goal)
            return missingGoal();
        if (settings.heatmapBySegment) {
            return HeatmapContent{countWarehouseTouchpointSegmentFriction(
                *connection, access.source, names, where, JourneyScope::Customer, *goal, {},
                feedback)};
        }
        return HeatmapContent{countWarehouseStageChannelFriction(
            *connection, access.source, names, where, JourneyScope::Customer, *goal, {}, feedback)};
    }
    if (kind == ViewKind::Map) {
        if (!goal)
            return missingGoal();
        qint64 dataEndMs = eventsEndMs;
        if (where.toMs)
            dataEndMs = std::min(dataEndMs, *where.toMs);
        const QString emotionSource = emotionColumn(access.source.customerAttributes);
        JourneyMapCounts counts = countWarehouseJourneyMap(
            *connection, access.source, names, where, *goal, dataEndMs, emotionSource, feedback);
        MapContent content =
            mapContent(presentJourneyMap(names, std::move(counts)),
                       countWarehouseFriction(*connection, access.source, names, where,
                                              JourneyScope::Customer, *goal, {}, feedback),
                       db);
        content.overlay.emotionSource = emotionSource;
        return content;
    }
    if (kind == ViewKind::Graph) {
        const GraphVocabulary vocabulary = EventLogGraphCounter::vocabulary(names);
        const WarehouseGraphCounter counter(*connection, access.source, vocabulary, where,
                                            JourneyScope::Customer, feedback);
        const GraphOptions options = graphViewOptions(settings, goal);
        GraphColouring colouring;
        colouring.by = settings.colourBy;
        if (colouring.by == GraphColouring::By::Friction) {
            if (!goal)
                return missingGoal();
            colouring.friction =
                countWarehouseFriction(*connection, access.source, names, where,
                                       JourneyScope::Customer, *goal, {}, feedback);
        }
        return graphContent(buildJourneyGraph(vocabulary, counter, options), names, colouring,
                            style, cache);
    }

    FunnelOptions options;
    options.steps = settings.funnelSteps.empty()
                        ? defaultFunnelSteps(names, eventsPerTouchpoint, goal.value_or(Goal()))
                        : funnelStepIndices(names, settings.funnelSteps);
    if (options.steps.empty())
        return missingFunnel();
    return FunnelContent{countWarehouseFunnel(*connection, access.source, names, where,
                                              JourneyScope::Customer, options, feedback),
                         countWarehouseFunnelByChannel(*connection, access.source, names, where,
                                                       JourneyScope::Customer, options, feedback)};
}

} // namespace journeyscope
