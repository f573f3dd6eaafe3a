#include "ui/views/computeview.h"

#include "core/base/error.h"
#include "core/journey/segmentation.h"
#include "core/store/project.h"

#include <algorithm>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::DefaultViews)
};

} // namespace

MissingContent missingGoal()
{
    return {Text::tr("No goal set"),
            Text::tr("This view judges journeys by a goal: set one (journeyscope-cli goal PROJECT "
                     "--set \"Order confirmation\")")};
}

MissingContent missingFunnel()
{
    return {Text::tr("No funnel yet"),
            Text::tr("A funnel needs stages and a goal: load stages "
                     "(journeyscope-cli stages PROJECT --load FILE) and set "
                     "a goal.")};
}

namespace {

/// The touchpoint named \a name; throws Error located at \a setting.
quint16 touchpointCalled(const EventLog& log, const QString& name, const char* setting)
{
    const int index = log.touchpointIndex(name);
    if (index < 0) {
        throw Error(Location(QLatin1String(setting)),
                    Text::tr("no touchpoint \"%1\" in the project").arg(name));
    }
    return quint16(index);
}

} // namespace

std::vector<std::vector<quint16>> funnelStepIndices(const EventLog& log,
                                                    const std::vector<QStringList>& steps)
{
    std::vector<std::vector<quint16>> indices;
    for (const QStringList& step : steps) {
        indices.emplace_back();
        for (const QString& name : step)
            indices.back().push_back(touchpointCalled(log, name, "funnel"));
    }
    return indices;
}

std::vector<std::vector<quint16>> defaultFunnelSteps(const EventLog& log, const Goal& goal)
{
    return defaultFunnelSteps(log, log.eventsPerTouchpoint(), goal);
}

std::vector<std::vector<quint16>>
defaultFunnelSteps(const EventLog& log, const std::vector<qint64>& events, const Goal& goal)
{
    int goalStage = int(log.stageNames().size()) - 1;
    for (const quint16 touchpoint : goal.touchpoints) {
        if (const int stage = log.touchpointStages()[touchpoint]; stage >= 0)
            goalStage = std::min(goalStage, stage);
    }
    std::vector<std::vector<quint16>> steps;
    for (int stage = 0; stage <= goalStage; ++stage) {
        int busiest = -1;
        for (size_t t = 0; t < events.size(); ++t) {
            if (log.touchpointStages()[t] == stage && !goal.isGoal(quint16(t)) && events[t] > 0 &&
                (busiest < 0 || events[t] > events[size_t(busiest)]))
                busiest = int(t);
        }
        if (busiest >= 0)
            steps.push_back({quint16(busiest)});
    }
    if (!goal.touchpoints.empty())
        steps.push_back(goal.touchpoints);
    if (steps.size() < 2)
        steps.clear();
    return steps;
}

GraphOptions graphViewOptions(const ViewSettings& settings, const std::optional<Goal>& goal)
{
    GraphOptions options;
    options.goal = goal;
    options.level = settings.graphLevel;
    options.nodeShare = settings.nodeShare;
    options.edgeShare = settings.edgeShare;
    return options;
}

std::optional<AnchorPathOptions> pathsViewOptions(const EventLog& log,
                                                  const std::vector<qint64>& eventsPerTouchpoint,
                                                  const std::optional<Goal>& goal,
                                                  const ViewSettings& settings)
{
    AnchorPathOptions options;
    options.direction = settings.pathsDirection;
    if (!settings.pathsAnchor.isEmpty()) {
        options.anchor = touchpointCalled(log, settings.pathsAnchor, "paths");
    } else if (goal && !goal->touchpoints.empty()) {
        options.anchor = goal->touchpoints.front();
        options.direction = PathDirection::To;
    } else {
        if (eventsPerTouchpoint.empty())
            return std::nullopt;
        options.anchor =
            quint16(std::max_element(eventsPerTouchpoint.begin(), eventsPerTouchpoint.end()) -
                    eventsPerTouchpoint.begin());
    }
    return options;
}

ViewContent computeView(ViewKind kind, const EventLog& log, const QString& projectPath,
                        const ViewFilter& filter, const ViewSettings& settings,
                        const CanvasStyle& style, LayoutCache* cache)
{
    const auto project = Project::openForReading(projectPath);
    const Database& db = project->database();
    const EventView events(log, filter.resolve(log, db));
    const std::optional<ProjectGoal> stored = ProjectGoal::read(db);
    const std::optional<Goal> goal =
        stored ? std::optional<Goal>(stored->resolve(log, db)) : std::nullopt;

    switch (kind) {
    case ViewKind::Map:
        if (!goal)
            return missingGoal();
        return mapContent(events, *goal, db);
    case ViewKind::Graph: {
        const GraphOptions options = graphViewOptions(settings, goal);
        GraphColouring colouring;
        colouring.by = settings.colourBy;
        if (colouring.by == GraphColouring::By::Friction) {
            if (!goal)
                return missingGoal();
            colouring.friction = computeFriction(events, *goal);
        }
        return graphContent(buildJourneyGraph(events, options), log, colouring, style, cache);
    }
    case ViewKind::Funnel: {
        FunnelOptions options;
        options.steps = settings.funnelSteps.empty()
                            ? defaultFunnelSteps(log, goal.value_or(Goal()))
                            : funnelStepIndices(log, settings.funnelSteps);
        if (options.steps.empty())
            return missingFunnel();
        return FunnelContent{computeFunnel(events, options),
                             computeFunnelByChannel(events, options)};
    }
    case ViewKind::Heatmap:
        if (!goal)
            return missingGoal();
        if (settings.heatmapBySegment) {
            return HeatmapContent{
                frictionByTouchpointAndSegment(events, *goal, rfmSegmentOfPerson(events, *goal))};
        }
        return HeatmapContent{frictionByStageAndChannel(events, *goal)};
    case ViewKind::Paths: {
        const std::optional<AnchorPathOptions> options =
            pathsViewOptions(log, log.eventsPerTouchpoint(), goal, settings);
        if (!options)
            return PathsContent{};
        return PathsContent{computeAnchorPaths(events, *options)};
    }
    case ViewKind::Personas:
        return PersonasContent{listPersonas(db, events, goal.value_or(Goal()))};
    case ViewKind::Model:
        if (const auto newest =
                StoredModel::newest(db, {QStringLiteral("dropoff"), QStringLiteral("label")}))
            return ModelContent{*newest};
        return MissingContent{Text::tr("No model yet"),
                              Text::tr("Train one to see how well it predicts drop-off "
                                       "(journeyscope-cli train PROJECT).")};
    }
    return MissingContent{};
}

} // namespace journeyscope
