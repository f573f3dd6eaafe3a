#pragma once

#include "ui/views/viewcontent.h"
#include "ui/views/viewfilter.h"
#include "ui/views/viewkind.h"
#include "ui/views/viewsettings.h"

#include <optional>
#include <vector>

namespace journeyscope {

/**
 * What the window shows for \a kind of the journeys \a filter keeps, judged by the
 * project's goal and set up by \a settings; by default the touchpoint graph with its
 * weakest transitions hidden, a funnel through the busiest touchpoint of each stage to the
 * goal, the paths into the goal, stages by channel, the personas, the newest model. A view
 * that needs what the project lacks (a goal, a model) says so and how to add it. Runs off
 * the GUI thread; opens the project read-only. Throws Error (an unknown touchpoint of the
 * settings names the setting).
 */
ViewContent computeView(ViewKind kind, const EventLog& log, const QString& projectPath,
                        const ViewFilter& filter, const ViewSettings& settings,
                        const CanvasStyle& style, LayoutCache* cache = nullptr);

/**
 * The default funnel: for each stage up to the goal's, the touchpoint with the most events,
 * ending at the goal (its touchpoints as one step); stages after the goal's are left out.
 * Empty when the log has no stages or fewer than two steps result.
 */
std::vector<std::vector<quint16>> defaultFunnelSteps(const EventLog& log, const Goal& goal);
/// The same from the events per touchpoint counted elsewhere (a warehouse).
std::vector<std::vector<quint16>> defaultFunnelSteps(const EventLog& log,
                                                     const std::vector<qint64>& eventsPerTouchpoint,
                                                     const Goal& goal);

/// The funnel steps of touchpoint names; throws Error naming "funnel" for an unknown one.
std::vector<std::vector<quint16>> funnelStepIndices(const EventLog& log,
                                                    const std::vector<QStringList>& steps);

/// What the graph view draws: the level and detail of \a settings, the exits of \a goal.
GraphOptions graphViewOptions(const ViewSettings& settings, const std::optional<Goal>& goal);

/**
 * What the paths view follows: the anchor of \a settings, else into the goal's first
 * touchpoint, else from the touchpoint with the most events (\a eventsPerTouchpoint); nullopt
 * without touchpoints. Throws Error for an unknown anchor.
 */
std::optional<AnchorPathOptions> pathsViewOptions(const EventLog& log,
                                                  const std::vector<qint64>& eventsPerTouchpoint,
                                                  const std::optional<Goal>& goal,
                                                  const ViewSettings& settings);

/// What a view without a goal or a funnel without steps shows instead.
MissingContent missingGoal();
MissingContent missingFunnel();

} // namespace journeyscope
