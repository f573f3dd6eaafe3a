#pragma once

#include <QString>
#include <vector>

namespace journeyscope {

/// The views the window shows as tabs, in tab order.
enum class ViewKind { Map, Graph, Funnel, Heatmap, Paths, Personas, Model };

const std::vector<ViewKind>& allViewKinds();
/// "Journey map", "Journey graph", ... as the tab says.
QString viewTitle(ViewKind kind);

} // namespace journeyscope
