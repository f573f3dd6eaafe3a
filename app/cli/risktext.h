#pragma once

#include <QJsonArray>
#include <QString>

namespace journeyscope::cli {

/**
 * The predicted risk per place (PlaceRisk as JSON), one line each, at most \a limit:
 * "  Cart: 64.0 % predicted (61.2 % observed), 230 journeys; what drives it: hours since
 * last event (52.3 on average), ...".
 */
QString riskByPlaceText(const QJsonArray& places, int limit);

} // namespace journeyscope::cli
