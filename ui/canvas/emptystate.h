#pragma once

#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;

namespace journeyscope {

/// What a view shows when its filter leaves nothing: a headline and a hint, centred on a
/// page-sized scene, never a blank page.
void drawEmptyState(QGraphicsScene& scene, const CanvasStyle& style, const QString& headline,
                    const QString& hint);

} // namespace journeyscope
