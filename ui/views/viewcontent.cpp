#include "ui/views/viewcontent.h"

#include "core/journey/customerattributes.h"
#include "core/journey/mapnotes.h"
#include "core/layout/layoutcache.h"
#include "ui/canvas/emptystate.h"
#include "ui/canvas/funnelscene.h"
#include "ui/canvas/heatmapscene.h"
#include "ui/canvas/modelreportscene.h"
#include "ui/canvas/personascene.h"
#include "ui/canvas/sankeyscene.h"

#include <cmath>
#include <QGraphicsScene>

namespace journeyscope {

namespace {

/// Draws each kind of content with its canvas.
struct ContentDrawer
{
    QGraphicsScene& scene;
    const CanvasStyle& style;

    void operator()(const MapContent& content) const
    {
        drawJourneyMap(scene, content.map, content.overlay, style);
    }
    void operator()(const GraphContent& content) const
    {
        drawJourneyGraph(scene, content.graph, content.layout, style, content.colouring);
    }
    void operator()(const FunnelContent& content) const
    {
        drawFunnel(scene, content.funnel, content.breakdown, style);
    }
    void operator()(const HeatmapContent& content) const
    {
        drawFrictionHeatmap(scene, content.matrix, style);
    }
    void operator()(const PathsContent& content) const { drawSankey(scene, content.paths, style); }
    void operator()(const PersonasContent& content) const
    {
        drawPersonaCards(scene, content.cards, style);
    }
    void operator()(const ModelContent& content) const
    {
        drawModelReport(scene, content.model, content.model.title(), style);
    }
    void operator()(const MissingContent& content) const
    {
        drawEmptyState(scene, style, content.headline, content.hint);
    }
};

} // namespace

void drawView(QGraphicsScene& scene, const ViewContent& content, const CanvasStyle& style)
{
    scene.clear();
    std::visit(ContentDrawer{scene, style}, content);
}

MapContent mapContent(const EventView& events, const Goal& goal, const Database& db)
{
    const QString emotionSource = emotionColumn(customerAttributeNames(db));
    std::vector<double> emotionOfPerson;
    if (!emotionSource.isEmpty()) {
        for (const QString& value : customerAttribute(db, events.log(), emotionSource)) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            emotionOfPerson.push_back(ok ? number : std::nan(""));
        }
    }
    MapContent content = mapContent(buildJourneyMap(events, goal, emotionOfPerson),
                                    computeFriction(events, goal), db);
    content.overlay.emotionSource = emotionSource;
    return content;
}

MapContent mapContent(JourneyMapData map, FrictionReport friction, const Database& db)
{
    MapContent content;
    content.map = std::move(map);
    MapOverlay& overlay = content.overlay;
    overlay.friction = std::move(friction);
    if (const auto model = StoredModel::newest(db, {QStringLiteral("dropoff")})) {
        overlay.predictedRisk = model->metrics.value(QStringLiteral("stages")).toArray();
        overlay.model = model->title();
        overlay.modelNeedsRetraining = model->needsRetraining;
    }
    overlay.notes = loadMapNotes(db);
    return content;
}

GraphContent graphContent(JourneyGraph graph, const EventView& events, const Goal& goal,
                          GraphColouring::By colourBy, const CanvasStyle& style, LayoutCache* cache)
{
    GraphColouring colouring;
    colouring.by = colourBy;
    if (colourBy == GraphColouring::By::Friction)
        colouring.friction = computeFriction(events, goal);
    return graphContent(std::move(graph), events.log(), std::move(colouring), style, cache);
}

GraphContent graphContent(JourneyGraph graph, const EventLog& names, GraphColouring colouring,
                          const CanvasStyle& style, LayoutCache* cache)
{
    GraphContent content;
    const LayoutInput input = journeyGraphLayoutInput(graph, names, style);
    content.layout = cache != nullptr ? cache->layout(input) : layoutGraph(input);
    content.graph = std::move(graph);
    content.colouring = std::move(colouring);
    return content;
}

} // namespace journeyscope
