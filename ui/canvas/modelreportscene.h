#pragma once

#include "core/predict/storedmodel.h"
#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;

namespace journeyscope {

/**
 * Draws a stored model's report with QtCharts from the figures kept with it (held-out
 * data): the ROC and precision-recall curves, calibration (predicted against observed per
 * bin), lift by decile, and what drives it (mean |SHAP| of the ten strongest features),
 * under a headline with ROC-AUC and the sentence for a workshop audience.
 */
void drawModelReport(QGraphicsScene& scene, const StoredModel& model, const QString& title,
                     const CanvasStyle& style);

} // namespace journeyscope
