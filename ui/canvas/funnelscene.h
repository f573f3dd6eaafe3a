#pragma once

#include "core/journey/funnel.h"
#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;

namespace journeyscope {

/**
 * Draws a funnel: a QtCharts bar per step (one per group, in the group's colour, when
 * \a breakdown has groups), and under each step its conversion from the previous and the
 * first step with the median time, and where the journeys that dropped off went next. A
 * funnel that no journey entered draws "No data for this filter".
 */
void drawFunnel(QGraphicsScene& scene, const FunnelResult& funnel, const FunnelBreakdown& breakdown,
                const CanvasStyle& style);

} // namespace journeyscope
