#pragma once

#include "core/journey/graphcounts.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * Counts a journey graph inside the warehouse: LAG() and LEAD() over each journey's
 * events find the transitions, GROUP BY counts them, and ROW_NUMBER() picks the
 * nearest-rank percentiles of their times; only the counts travel.
 */
class WarehouseGraphCounter : public GraphCounter
{
public:
    WarehouseGraphCounter(PgConnection& connection, const WarehouseSource& source,
                          const GraphVocabulary& names, WarehouseFilter filter, JourneyScope scope,
                          Feedback* feedback = nullptr);

    JourneyScope scope() const override { return m_scope; }
    GraphNodeCounts countNodes(const std::vector<qint32>& rawOfTouchpoint,
                               int rawCount) const override;
    GraphTransitionCounts countTransitions(const std::vector<qint32>& nodeOfTouchpoint,
                                           int nodeCount, bool mergeRepeats,
                                           const std::optional<Goal>& goal,
                                           std::optional<qint64> dataEndMs) const override;

private:
    PgConnection& m_connection;
    const WarehouseSource& m_source;
    const GraphVocabulary& m_names;
    WarehouseFilter m_filter;
    JourneyScope m_scope;
    Feedback* m_feedback;
};

} // namespace journeyscope
