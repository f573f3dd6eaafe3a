#pragma once

#include "core/warehouse/warehousequery.h"

#include <QJsonObject>

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * The customers of the segment \a segmentKey ("rfm:..." or, with the KMeansModel of
 * \a segmentModel, "kmeans:..."), recomputed on every event of the warehouse as
 * personsInSegment() recomputes it on an import, ordered by id: what a segment or persona
 * filter keeps. Throws Error for a key the segmentation does not have.
 */
QStringList warehouseCustomersInSegment(PgConnection& connection, const WarehouseSource& source,
                                        const EventLog& names, const QString& segmentKey,
                                        const QJsonObject& segmentModel = {},
                                        Feedback* feedback = nullptr);

} // namespace journeyscope
