#pragma once

#include "core/journey/funnel.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {
class Feedback;
class PgConnection;
} // namespace journeyscope

namespace journeyscope::cli {

/// The steps of "A,B|C,D" (a step "B|C" is reached by either); throws Error naming --steps.
std::vector<std::vector<quint16>> funnelSteps(const EventLog& log, const QString& text);

/// The funnel by "channel" (of the first step) or by a customer attribute's values; throws
/// Error naming --breakdown.
FunnelBreakdown funnelBreakdown(const EventView& view, const FunnelOptions& options,
                                const QString& by, const QString& projectPath);

/// funnelBreakdown() of a warehouse project, counted there.
FunnelBreakdown warehouseFunnelBreakdown(PgConnection& connection, const WarehouseSource& source,
                                         const EventLog& names, const WarehouseFilter& filter,
                                         JourneyScope scope, const FunnelOptions& options,
                                         const QString& by, Feedback* feedback);

} // namespace journeyscope::cli
