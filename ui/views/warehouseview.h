#pragma once

#include "core/warehouse/warehousequery.h"
#include "ui/views/viewcontent.h"
#include "ui/views/viewfilter.h"
#include "ui/views/viewkind.h"
#include "ui/views/viewsettings.h"

#include <memory>

namespace journeyscope {

class Database;
class Feedback;
class PgConnection;

/// Where a warehouse project's events are, and how to get in.
struct WarehouseAccess
{
    WarehouseSource source;
    /// Asked for in the window when the server wants one; kept in memory only. Empty: none
    /// given, libpq looks in PGPASSWORD and ~/.pgpass.
    QString password;

    /// A new connection. Throws Error, PasswordNeeded when a password is what is missing.
    std::unique_ptr<PgConnection> connect() const;
};

/// The filter of the window's bar for a warehouse project over \a names; a segment or
/// persona is recomputed in the warehouse, an attribute's values are looked up in its
/// customers table. Throws Error naming the condition at fault (an unknown attribute,
/// channel, segment or persona).
WarehouseFilter warehouseFilterOf(const ViewFilter& filter, const EventLog& names,
                                  const Database& db, PgConnection& connection,
                                  const WarehouseSource& source, Feedback* feedback);

/**
 * computeView() for a warehouse project, whose events stay in the warehouse: the journey
 * map (without emotion), the journey graph, the funnel with its breakdown by channel,
 * the friction heatmap (by stage and channel, or by touchpoint and RFM segment), the paths
 * and the personas' numbers are counted there as SQL and presented as for an import; the
 * model view reads the project. \a names: the project's
 * touchpoints, channels and stages; \a eventsPerTouchpoint: theirs in the table (for the default
 * funnel); \a eventsEndMs: the time of its last event. Runs off the GUI thread; \a feedback cancels
 * the queries on the server. Throws Error or Canceled.
 */
ViewContent computeWarehouseView(ViewKind kind, const EventLog& names,
                                 const WarehouseAccess& access,
                                 const std::vector<qint64>& eventsPerTouchpoint, qint64 eventsEndMs,
                                 const QString& projectPath, const ViewFilter& filter,
                                 const ViewSettings& settings, const CanvasStyle& style,
                                 LayoutCache* cache, Feedback* feedback);

} // namespace journeyscope
