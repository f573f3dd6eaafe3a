#pragma once

#include "core/journey/paths.h"
#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;

namespace journeyscope {

/**
 * Draws paths from or to an anchor touchpoint as a Sankey diagram: a column per step, a
 * bar per touchpoint as tall as its journeys, ribbons as wide as the journeys going from
 * one to the next, "(other)" and the end in grey. No journey with the anchor: "No data for
 * this filter".
 */
void drawSankey(QGraphicsScene& scene, const AnchorPaths& paths, const CanvasStyle& style);

} // namespace journeyscope
