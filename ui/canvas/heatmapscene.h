#pragma once

#include "core/journey/friction.h"
#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;

namespace journeyscope {

/**
 * Draws a friction matrix as a heatmap: a cell per row and column coloured by its friction
 * score on the colour-blind-safe ramp with the score and the journeys in it written on it,
 * cells with too few journeys greyed and marked, row and column names, a title and the
 * legend with the score's formula. A matrix without cells draws "No data for this filter".
 */
void drawFrictionHeatmap(QGraphicsScene& scene, const FrictionMatrix& matrix,
                         const CanvasStyle& style);

} // namespace journeyscope
