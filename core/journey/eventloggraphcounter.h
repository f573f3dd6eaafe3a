#pragma once

#include "core/journey/graphcounts.h"

namespace journeyscope {

/// Counts a journey graph over an EventView in memory, on two threads (half the people
/// each).
class EventLogGraphCounter : public GraphCounter
{
public:
    explicit EventLogGraphCounter(const EventView& view)
        : m_view(view)
    {}

    JourneyScope scope() const override { return m_view.scope(); }
    GraphNodeCounts countNodes(const std::vector<qint32>& rawOfTouchpoint,
                               int rawCount) const override;
    GraphTransitionCounts countTransitions(const std::vector<qint32>& nodeOfTouchpoint,
                                           int nodeCount, bool mergeRepeats,
                                           const std::optional<Goal>& goal,
                                           std::optional<qint64> dataEndMs) const override;

    /// The names of \a log's touchpoints and stages.
    static GraphVocabulary vocabulary(const EventLog& log);

private:
    const EventView& m_view;
};

} // namespace journeyscope
