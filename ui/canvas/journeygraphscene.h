#pragma once

#include "core/journey/friction.h"
#include "core/journey/journeygraph.h"
#include "core/layout/graphlayout.h"
#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;
class QPointF;

namespace journeyscope {

class EventLog;

/**
 * What Graphviz needs to lay out \a graph as the journey graph view draws it: boxes sized
 * to their labels in \a style's fonts, ranked by stage (Start first, End last, stage-less
 * touchpoints after the stages) and ordered by touchpoint within a stage.
 */
LayoutInput journeyGraphLayoutInput(const JourneyGraph& graph, const EventLog& log,
                                    const CanvasStyle& style);

/// What the journey graph's colours show.
struct GraphColouring
{
    enum class By {
        Time,     ///< edges by median time; node borders by the share of journeys ending there
        Friction, ///< nodes filled by their friction score; edges neutral
    };
    By by = By::Time;
    /// By::Friction: friction of the graph's view and goal; nodes find theirs by name.
    FrictionReport friction;
};

/**
 * Draws the journey graph: nodes with their customers, edges as wide as their count, the
 * strongest labelled with count, probability and median time, loops back dashed, coloured
 * as \a colouring says, and a notice of what simplification hides. An empty graph draws
 * "No data for this filter".
 */
void drawJourneyGraph(QGraphicsScene& scene, const JourneyGraph& graph, const GraphLayout& layout,
                      const CanvasStyle& style, const GraphColouring& colouring = {});

/// The item data key under which a touchpoint node of the graph holds the touchpoint's name.
constexpr int GraphTouchpointKey = 0x4a55;

/// The touchpoint of the node under \a point of a scene drawn by drawJourneyGraph, or "".
QString graphTouchpointAt(const QGraphicsScene& scene, const QPointF& point);

} // namespace journeyscope
