#pragma once

#include "core/journey/friction.h"
#include "core/warehouse/warehousequery.h"

#include <QCommandLineParser>

namespace journeyscope {
class Feedback;
class PgConnection;
} // namespace journeyscope

namespace journeyscope::cli {

/**
 * The friction matrix of --matrix stage-channel|touchpoint-segment, the segments of
 * --segment-by rfm|ATTRIBUTE. Throws Error naming the option.
 */
FrictionMatrix frictionMatrixOption(const QCommandLineParser& parser, const EventView& view,
                                    const Goal& goal, const FrictionOptions& options,
                                    const QString& projectPath);

/**
 * frictionMatrixOption() for a warehouse project, counted there: by segment, only the RFM
 * segments (a warehouse project has no customer attributes). Throws Error naming the option.
 */
FrictionMatrix warehouseFrictionMatrixOption(const QCommandLineParser& parser,
                                             PgConnection& connection,
                                             const WarehouseSource& source, const EventLog& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             const Goal& goal, const FrictionOptions& options,
                                             Feedback* feedback);

} // namespace journeyscope::cli
