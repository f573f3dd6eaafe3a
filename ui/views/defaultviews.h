#pragma once

#include "ui/views/viewcontent.h"
#include "ui/views/viewfilter.h"

#include <vector>

namespace journeyscope {

/// The views the window shows as tabs, in tab order.
enum class ViewKind { Map, Graph, Funnel, Heatmap, Paths, Personas, Model };

const std::vector<ViewKind>& allViewKinds();
/// "Journey map", "Journey graph", ... as the tab says.
QString viewTitle(ViewKind kind);

/**
 * What the window shows for \a kind of the journeys \a filter keeps, judged by the
 * project's goal: the touchpoint graph with its weakest transitions hidden; a funnel
 * through the busiest touchpoint of each stage to the goal; the paths into the goal; stages
 * by channel; the personas; the newest model. A view that needs what the project lacks (a
 * goal, a model) says so and how to add it. Runs off the GUI thread; opens the project
 * read-only. Throws Error.
 */
ViewContent defaultViewContent(ViewKind kind, const EventLog& log, const QString& projectPath,
                               const ViewFilter& filter, const CanvasStyle& style,
                               LayoutCache* cache = nullptr);

/**
 * The default funnel: for each stage up to the goal's, the touchpoint with the most events,
 * ending at the goal (its touchpoints as one step); stages after the goal's are left out.
 * Empty when the log has no stages or fewer than two steps result.
 */
std::vector<std::vector<quint16>> defaultFunnelSteps(const EventLog& log, const Goal& goal);

} // namespace journeyscope
