#pragma once

#include "core/journey/eventview.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

/// One distinct sequence of touchpoints, and the journeys that follow it.
struct PathVariant
{
    std::vector<quint16> touchpoints;
    QStringList path; ///< the touchpoints' names
    qint64 count = 0;
    double share = 0;           ///< count / journeys
    double cumulativeShare = 0; ///< share of this variant and of those ranked above it
};

/// The variants of a view's journeys.
struct VariantsResult
{
    qint64 journeys = 0;
    qint64 variants = 0; ///< distinct sequences
    std::vector<PathVariant> top;

    /// {"variants":N,"journeys":N,"top":[{"path":[S],"count":N,"share":X,
    /// "cumulative_share":X}]}
    QJsonObject toJson() const;
};

/**
 * Groups the journeys of \a view by their sequence of touchpoints and ranks the sequences:
 * most journeys first, ties by the touchpoints' names compared one by one in Unicode code
 * point order (a prefix first). Lists the first \a top of them (all when negative).
 */
VariantsResult computeVariants(const EventView& view, int top = 20);

/// The present step of variants, whoever counted them: \a ranked (their touchpoints and
/// counts, in rank order) named and given their shares of \a journeys.
VariantsResult presentVariants(const QStringList& touchpointNames, qint64 journeys, qint64 variants,
                               std::vector<PathVariant> ranked);

/// Which way from the anchor paths are followed.
enum class PathDirection {
    From, ///< the steps after the anchor
    To,   ///< the steps before it
};

/// What computeAnchorPaths() follows.
struct AnchorPathOptions
{
    quint16 anchor = 0; ///< touchpoint index
    PathDirection direction = PathDirection::From;
    int steps = 5;      ///< how many steps from the anchor
    int topPerStep = 8; ///< touchpoints named at each step; the others are pooled in "(other)"
};

/// A node of a Sankey diagram: journeys at one touchpoint (or bucket) at one step.
struct SankeyNode
{
    enum class Kind {
        Anchor,     ///< the anchor itself, at step 0
        Touchpoint, ///< one touchpoint
        Other,      ///< touchpoints outside the step's top ones: "(other)"
        End,        ///< the journey ends: "(end)" after the anchor, "(start)" before it
    };
    int step = 0; ///< 0: the anchor; 1, 2, ... after it, or -1, -2, ... before it
    Kind kind = Kind::Touchpoint;
    qint32 touchpoint = -1; ///< for Anchor and Touchpoint
    QString name;
    qint64 count = 0; ///< journeys
};

/// Journeys going from one node to the next in time order.
struct SankeyLink
{
    int source = 0; ///< index into nodes
    int target = 0;
    qint64 count = 0;
};

/// Paths from or to an anchor, as Sankey data.
struct AnchorPaths
{
    QString anchor;
    PathDirection direction = PathDirection::From;
    int steps = 0;
    qint64 journeys = 0;   ///< journeys looked at
    qint64 withAnchor = 0; ///< journeys that have the anchor
    /// In time order of steps; within a step the most journeys first, then "(other)", then
    /// the end node.
    std::vector<SankeyNode> nodes;
    /// Between nodes of consecutive steps, by source then most journeys first.
    std::vector<SankeyLink> links;

    /// {"anchor":S,"direction":"from"|"to","steps":N,"journeys":N,"with_anchor":N,
    /// "nodes":[{"id":N,"step":N,"name":S,"kind":"anchor"|"touchpoint"|"other"|"end",
    /// "count":N}],"links":[{"source":N,"target":N,"count":N}]}
    QJsonObject toJson() const;
};

/// Journeys that moved, at one step, from one value to the next.
struct AnchorStepMove
{
    qint32 from = 0; ///< the step before's touchpoint (the anchor at step 1)
    qint32 to = 0;   ///< this step's touchpoint, or AnchorPathCounts::End
    qint64 journeys = 0;
};

/// The aggregate step of computeAnchorPaths(), wherever the journeys are counted.
struct AnchorPathCounts
{
    /// The journey ends before this step ("(end)", or "(start)" before the anchor).
    static constexpr qint32 End = -2;

    qint64 journeys = 0;   ///< journeys looked at
    qint64 withAnchor = 0; ///< journeys that have the anchor
    /// Per step from 1: the moves into it, each (from, to) once, in any order.
    std::vector<std::vector<AnchorStepMove>> steps;
};

/// The present step of computeAnchorPaths(): nodes, pooling and links of \a counts over the
/// touchpoints \a names.
AnchorPaths presentAnchorPaths(const QStringList& names, const AnchorPathOptions& options,
                               const AnchorPathCounts& counts);

/**
 * Follows each journey of \a view that has the anchor from the anchor's first event: the
 * touchpoints of up to \a options.steps events after it (or before it), and an end node
 * where the journey stops. At each step the \a options.topPerStep most frequent touchpoints
 * (ties by name) have nodes of their own; the others are pooled.
 */
AnchorPaths computeAnchorPaths(const EventView& view, const AnchorPathOptions& options);

/// Where journeys are step by step: shares of journeys at each touchpoint at steps 1..N.
struct StepMatrix
{
    qint64 journeys = 0;
    /// Columns: the touchpoints seen at steps 1..N, the most frequent first (ties by name).
    std::vector<quint16> touchpoints;
    QStringList names;
    /// counts[step][column]: journeys whose (step + 1)-th event is at that touchpoint.
    std::vector<std::vector<qint64>> counts;
    /// ended[step]: journeys with fewer than step + 1 events. A step's counts and ended add
    /// up to journeys.
    std::vector<qint64> ended;

    int steps() const { return int(counts.size()); }
    /// counts[step][column] / journeys; 0 without journeys.
    double share(int step, int column) const;
    /// ended[step] / journeys; 0 without journeys.
    double endShare(int step) const;

    /// {"journeys":N,"touchpoints":[S],"rows":[{"step":N,"shares":[X],"end":X,
    /// "counts":[N],"ended":N}]}
    QJsonObject toJson() const;
};

/// The aggregate step of a step matrix: what is counted over the journeys, wherever they
/// are (in memory, in a warehouse).
struct StepMatrixCounts
{
    qint64 journeys = 0;
    /// byTouchpoint[step][touchpoint]: journeys whose (step + 1)-th event is there.
    std::vector<std::vector<qint64>> byTouchpoint;
    /// ended[step]: journeys with fewer than step + 1 events.
    std::vector<qint64> ended;
};

/// The present step of a step matrix, whoever counted it: the touchpoints seen as columns,
/// the most frequent first.
StepMatrix presentStepMatrix(const QStringList& touchpointNames, const StepMatrixCounts& counts);

/// The step matrix of the first \a steps events of the journeys of \a view.
StepMatrix computeStepMatrix(const EventView& view, int steps = 10);

} // namespace journeyscope
