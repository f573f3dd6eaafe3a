#pragma once

#include "core/journey/friction.h"
#include "core/journey/funnel.h"
#include "core/journey/journeygraph.h"
#include "core/journey/paths.h"
#include "core/journey/personas.h"
#include "core/layout/graphlayout.h"
#include "core/predict/storedmodel.h"
#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/journeygraphscene.h"
#include "ui/canvas/journeymapscene.h"

#include <variant>

class QGraphicsScene;

namespace journeyscope {

class Database;
class LayoutCache;

/*
 * What each view draws, computed apart from the drawing: the command line computes and
 * draws at once; the window computes on a worker thread and draws on its own. Both draw
 * through drawView(), so a view looks the same on screen and in every export.
 */

struct MapContent
{
    JourneyMapData map;
    MapOverlay overlay;
};

struct GraphContent
{
    JourneyGraph graph;
    GraphLayout layout;
    GraphColouring colouring;
};

struct FunnelContent
{
    FunnelResult funnel;
    FunnelBreakdown breakdown; ///< no groups: none asked for
};

struct HeatmapContent
{
    FrictionMatrix matrix;
};

struct PathsContent
{
    AnchorPaths paths;
};

struct PersonasContent
{
    std::vector<PersonaCard> cards;
};

struct ModelContent
{
    StoredModel model;
};

/// A view that cannot be drawn yet, and what would make it: "No model yet", "train one".
struct MissingContent
{
    QString headline;
    QString hint;
};

using ViewContent = std::variant<MapContent, GraphContent, FunnelContent, HeatmapContent,
                                 PathsContent, PersonasContent, ModelContent, MissingContent>;

/// Draws \a content into \a scene (cleared first).
void drawView(QGraphicsScene& scene, const ViewContent& content, const CanvasStyle& style);

/**
 * The journey map of \a events judged by \a goal, with what the project adds: friction,
 * the newest drop-off model's risk per stage, the team's notes and the emotion column of
 * the customer tables.
 */
MapContent mapContent(const EventView& events, const Goal& goal, const Database& db);
/// The journey map of \a map counted elsewhere (a warehouse), with \a friction and the
/// project's model and notes over it; no emotion.
MapContent mapContent(JourneyMapData map, FrictionReport friction, const Database& db);

/**
 * \a graph laid out as the graph view draws it in \a style, through \a cache when given.
 * \a colouring's friction is computed here (of \a events and \a goal) when it asks for it.
 */
GraphContent graphContent(JourneyGraph graph, const EventView& events, const Goal& goal,
                          GraphColouring::By colourBy, const CanvasStyle& style,
                          LayoutCache* cache = nullptr);
/// The same with \a colouring complete (its friction counted elsewhere); \a names: the
/// touchpoints and stages of the graph's log.
GraphContent graphContent(JourneyGraph graph, const EventLog& names, GraphColouring colouring,
                          const CanvasStyle& style, LayoutCache* cache = nullptr);

} // namespace journeyscope
