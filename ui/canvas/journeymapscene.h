#pragma once

#include "core/journey/friction.h"
#include "core/journey/journeymap.h"
#include "core/journey/mapnotes.h"
#include "ui/canvas/canvasstyle.h"

#include <QJsonArray>

class QGraphicsScene;
class QPointF;

namespace journeyscope {

/// What the map shows beside the journeys themselves.
struct MapOverlay
{
    FrictionReport friction;    ///< of the same view and goal
    QJsonArray predictedRisk;   ///< a drop-off model's risk per stage (PlaceRisk JSON), or []
    QString model;              ///< "drop-off model 3", or ""
    QString emotionSource;      ///< the column the emotion curve comes from, or ""
    std::vector<MapNote> notes; ///< what the team wrote on the map
    /// A customer the model learnt from was erased since: it needs retraining.
    bool modelNeedsRetraining = false;
};

/**
 * Draws the journey map: a column per stage and lanes for the touchpoints (chips sized by
 * customers, coloured by their main channel), the customers' most common actions, the customers who
 * reached the stage with their conversion and time in it, friction and drop-off, the predicted
 * drop-off risk and what drives it, the emotion curve from the data (or set by hand, or where to
 * get one), the pain points (the touchpoints of most friction, and the team's notes) and the
 * opportunities the team noted. No journeys: "No data for this filter".
 */
void drawJourneyMap(QGraphicsScene& scene, const JourneyMapData& map, const MapOverlay& overlay,
                    const CanvasStyle& style);

/// The item data key under which a stage header of the map holds its stage's name.
constexpr int MapStageNameKey = 0x4a53;

/// The item data key under which a note written by the team holds the note's id.
constexpr int MapNoteIdKey = 0x4a54;

/// The stage of the map column under \a point of a scene drawn by drawJourneyMap, or "".
QString mapStageAt(const QGraphicsScene& scene, const QPointF& point);
/// The id of the team's note under \a point of a scene drawn by drawJourneyMap, or 0.
qint64 mapNoteAt(const QGraphicsScene& scene, const QPointF& point);

} // namespace journeyscope
