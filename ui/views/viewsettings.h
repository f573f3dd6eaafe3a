#pragma once

#include "core/journey/journeygraph.h"
#include "core/journey/paths.h"
#include "ui/canvas/journeygraphscene.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;

/// How the window's views are set up beyond the filter; each view reads its part. Kept in
/// the project, so a prepared workshop opens as it was left.
struct ViewSettings
{
    static constexpr double DefaultEdgeShare = 0.1; ///< the rest makes a hairball

    // The journey graph.
    GraphLevel graphLevel = GraphLevel::Touchpoint;
    double nodeShare = 1.0;
    double edgeShare = DefaultEdgeShare;
    GraphColouring::By colourBy = GraphColouring::By::Time;
    /// The funnel's steps, each one or more touchpoint names; empty: the default funnel.
    std::vector<QStringList> funnelSteps;
    /// The paths' anchor touchpoint; "": the goal's first touchpoint (else the busiest).
    QString pathsAnchor;
    PathDirection pathsDirection = PathDirection::To;
    /// The friction heatmap: touchpoints by RFM segment instead of stages by channel.
    bool heatmapBySegment = false;

    bool operator==(const ViewSettings& other) const = default;

    QJsonObject toJson() const;
    /// Settings from \a json; what is missing or unreadable keeps its default.
    static ViewSettings fromJson(const QJsonObject& json);
    /// The project's settings (defaults when it has none). Throws Error.
    static ViewSettings read(const Database& db);
    /// Stores \a settings in the caller's transaction. Throws Error.
    static void write(Database& db, const ViewSettings& settings);
};

} // namespace journeyscope
