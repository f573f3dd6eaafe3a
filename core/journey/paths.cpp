#include "core/journey/paths.h"

#include "core/base/error.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope {

namespace {

constexpr quint64 HashFactor = 0x9E3779B97F4A7C15ULL; // odd, so no touchpoint is lost

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: spreads the polynomial hash over the table's low bits.
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
}

/// Distinct touchpoint sequences, counted. A sequence is looked up by a 64-bit polynomial
/// hash and its length; on equal keys the stored copy is compared, so collisions only cost
/// time.
class VariantTable
{
public:
    struct Entry
    {
        quint64 hash;
        size_t offset; ///< into pool()
        quint32 length;
        qint64 count;
    };

    explicit VariantTable(const EventLog& log)
        : m_touchpoints(log.touchpoints().data())
        , m_slots(1024, 0)
    {}

    void add(const Journey& journey)
    {
        const qsizetype n = journey.size();
        quint64 hash = 0;
        for (qsizetype i = 0; i < n; ++i)
            hash = (hash + m_touchpoints[journey[i]] + 1) * HashFactor;
        size_t mask = m_slots.size() - 1;
        for (size_t slot = mix(hash + quint64(n)) & mask;; slot = (slot + 1) & mask) {
            const quint32 index = m_slots[slot];
            if (index == 0) {
                m_entries.push_back({hash, m_pool.size(), quint32(n), 1});
                for (qsizetype i = 0; i < n; ++i)
                    m_pool.push_back(m_touchpoints[journey[i]]);
                m_slots[slot] = quint32(m_entries.size());
                if (m_entries.size() * 2 > m_slots.size())
                    grow();
                return;
            }
            Entry& entry = m_entries[index - 1];
            if (entry.hash == hash && entry.length == quint32(n) && equal(entry, journey)) {
                ++entry.count;
                return;
            }
        }
    }

    const std::vector<Entry>& entries() const { return m_entries; }
    const std::vector<quint16>& pool() const { return m_pool; }

private:
    bool equal(const Entry& entry, const Journey& journey) const
    {
        const quint16* stored = m_pool.data() + entry.offset;
        for (qsizetype i = 0; i < journey.size(); ++i) {
            if (stored[i] != m_touchpoints[journey[i]])
                return false;
        }
        return true;
    }

    void grow()
    {
        std::vector<quint32> slots(m_slots.size() * 2, 0);
        const size_t mask = slots.size() - 1;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const Entry& entry = m_entries[i];
            size_t slot = mix(entry.hash + entry.length) & mask;
            while (slots[slot] != 0)
                slot = (slot + 1) & mask;
            slots[slot] = quint32(i + 1);
        }
        m_slots.swap(slots);
    }

    const quint16* m_touchpoints;
    std::vector<quint32> m_slots; ///< entry index + 1; 0: free
    std::vector<Entry> m_entries;
    std::vector<quint16> m_pool;
};

/// Each touchpoint's rank when touchpoints are sorted by name.
std::vector<quint32> nameRanks(const EventLog& log)
{
    const QStringList& names = log.touchpointNames();
    std::vector<quint32> order(size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return names[a].toUcs4() < names[b].toUcs4(); });
    std::vector<quint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = quint32(i);
    return rank;
}

double ratio(qint64 a, qint64 b)
{
    return b > 0 ? double(a) / double(b) : 0.0;
}

constexpr qint32 NoStep = -3; // after the end

QString kindName(SankeyNode::Kind kind)
{
    switch (kind) {
    case SankeyNode::Kind::Anchor:
        return QStringLiteral("anchor");
    case SankeyNode::Kind::Touchpoint:
        return QStringLiteral("touchpoint");
    case SankeyNode::Kind::Other:
        return QStringLiteral("other");
    case SankeyNode::Kind::End:
        return QStringLiteral("end");
    }
    return {};
}

} // namespace

QJsonObject VariantsResult::toJson() const
{
    QJsonArray topArray;
    for (const PathVariant& variant : top) {
        topArray.append(QJsonObject{
            {QStringLiteral("path"), QJsonArray::fromStringList(variant.path)},
            {QStringLiteral("count"), variant.count},
            {QStringLiteral("share"), variant.share},
            {QStringLiteral("cumulative_share"), variant.cumulativeShare},
        });
    }
    return QJsonObject{
        {QStringLiteral("variants"), variants},
        {QStringLiteral("journeys"), journeys},
        {QStringLiteral("top"), topArray},
    };
}

VariantsResult computeVariants(const EventView& view, int top)
{
    const EventLog& log = view.log();
    VariantTable table(log);
    qint64 journeys = 0;
    view.forEachJourney([&](const Journey& journey) {
        ++journeys;
        table.add(journey);
    });
    const auto& entries = table.entries();
    const auto& pool = table.pool();

    const std::vector<quint32> rank = nameRanks(log);
    const auto before = [&](quint32 a, quint32 b) {
        const VariantTable::Entry& x = entries[a];
        const VariantTable::Entry& y = entries[b];
        if (x.count != y.count)
            return x.count > y.count;
        const quint32 common = std::min(x.length, y.length);
        for (quint32 i = 0; i < common; ++i) {
            const quint32 rx = rank[pool[x.offset + i]];
            const quint32 ry = rank[pool[y.offset + i]];
            if (rx != ry)
                return rx < ry;
        }
        return x.length < y.length;
    };
    std::vector<quint32> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t listed = top < 0 ? order.size() : std::min(order.size(), size_t(top));
    std::partial_sort(order.begin(), order.begin() + qsizetype(listed), order.end(), before);

    std::vector<PathVariant> ranked(listed);
    for (size_t i = 0; i < listed; ++i) {
        const VariantTable::Entry& entry = entries[order[i]];
        ranked[i].touchpoints.assign(pool.begin() + qsizetype(entry.offset),
                                     pool.begin() + qsizetype(entry.offset + entry.length));
        ranked[i].count = entry.count;
    }
    return presentVariants(log.touchpointNames(), journeys, qint64(entries.size()),
                           std::move(ranked));
}

VariantsResult presentVariants(const QStringList& touchpointNames, qint64 journeys, qint64 variants,
                               std::vector<PathVariant> ranked)
{
    VariantsResult result;
    result.journeys = journeys;
    result.variants = variants;
    qint64 cumulative = 0;
    for (PathVariant& variant : ranked) {
        variant.path.clear();
        for (const quint16 touchpoint : variant.touchpoints)
            variant.path.append(touchpointNames.value(touchpoint));
        cumulative += variant.count;
        variant.share = ratio(variant.count, journeys);
        variant.cumulativeShare = ratio(cumulative, journeys);
        result.top.push_back(std::move(variant));
    }
    return result;
}

QJsonObject AnchorPaths::toJson() const
{
    QJsonArray nodeArray;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const SankeyNode& node = nodes[i];
        nodeArray.append(QJsonObject{
            {QStringLiteral("id"), qint64(i)},
            {QStringLiteral("step"), node.step},
            {QStringLiteral("name"), node.name},
            {QStringLiteral("kind"), kindName(node.kind)},
            {QStringLiteral("count"), node.count},
        });
    }
    QJsonArray linkArray;
    for (const SankeyLink& link : links) {
        linkArray.append(QJsonObject{
            {QStringLiteral("source"), link.source},
            {QStringLiteral("target"), link.target},
            {QStringLiteral("count"), link.count},
        });
    }
    return QJsonObject{
        {QStringLiteral("anchor"), anchor},
        {QStringLiteral("direction"),
         direction == PathDirection::From ? QStringLiteral("from") : QStringLiteral("to")},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("journeys"), journeys},
        {QStringLiteral("with_anchor"), withAnchor},
        {QStringLiteral("nodes"), nodeArray},
        {QStringLiteral("links"), linkArray},
    };
}

AnchorPaths computeAnchorPaths(const EventView& view, const AnchorPathOptions& options)
{
    const EventLog& log = view.log();
    const QStringList& names = log.touchpointNames();
    if (options.anchor >= names.size())
        throw Error(QCoreApplication::translate("journeyscope::Paths",
                                                "Unknown anchor touchpoint %1; the log has %2")
                        .arg(options.anchor)
                        .arg(names.size()));
    const int steps = std::max(0, options.steps);
    const bool from = options.direction == PathDirection::From;
    const auto& touchpoints = log.touchpoints();

    // Per journey with the anchor, its touchpoints step by step (End, then NoStep).
    AnchorPathCounts counts;
    std::vector<qint32> rows;
    view.forEachJourney([&](const Journey& journey) {
        ++counts.journeys;
        qsizetype anchor = 0;
        while (anchor < journey.size() && touchpoints[journey[anchor]] != options.anchor)
            ++anchor;
        if (anchor == journey.size())
            return;
        ++counts.withAnchor;
        bool ended = false;
        for (qsizetype i = 1; i <= steps; ++i) {
            const qsizetype at = from ? anchor + i : anchor - i;
            if (ended) {
                rows.push_back(NoStep);
            } else if (at < 0 || at >= journey.size()) {
                rows.push_back(AnchorPathCounts::End);
                ended = true;
            } else {
                rows.push_back(touchpoints[journey[at]]);
            }
        }
    });
    // Each step's moves, from the step before (the anchor at step 1).
    counts.steps.resize(size_t(steps));
    const size_t journeys = size_t(counts.withAnchor);
    for (int s = 1; s <= steps; ++s) {
        std::map<std::pair<qint32, qint32>, qint64> moves;
        for (size_t j = 0; j < journeys; ++j) {
            const qint32* row = rows.data() + j * size_t(steps);
            if (row[s - 1] != NoStep)
                ++moves[{s == 1 ? qint32(options.anchor) : row[s - 2], row[s - 1]}];
        }
        for (const auto& [move, count] : moves)
            counts.steps[size_t(s - 1)].push_back({move.first, move.second, count});
    }
    return presentAnchorPaths(names, options, counts);
}

AnchorPaths presentAnchorPaths(const QStringList& names, const AnchorPathOptions& options,
                               const AnchorPathCounts& counts)
{
    const int steps = std::max(0, options.steps);
    const bool from = options.direction == PathDirection::From;
    AnchorPaths result;
    result.anchor = names.value(options.anchor);
    result.direction = options.direction;
    result.steps = steps;
    result.journeys = counts.journeys;
    result.withAnchor = counts.withAnchor;

    // Nodes of each step (index 0: the anchor): the top touchpoints, other, end.
    struct StepNodes
    {
        std::vector<SankeyNode> nodes;
        std::vector<qint32> localOf; ///< per touchpoint; other touchpoints: `other`
        qint32 other = -1;
        qint32 end = -1;
        qsizetype base = 0; ///< index of nodes[0] in the result
    };
    std::vector<StepNodes> stepNodes(size_t(steps) + 1);
    {
        SankeyNode anchorNode;
        anchorNode.kind = SankeyNode::Kind::Anchor;
        anchorNode.touchpoint = options.anchor;
        anchorNode.name = result.anchor;
        anchorNode.count = result.withAnchor;
        stepNodes[0].nodes.push_back(anchorNode);
    }
    const auto movesOf = [&](int s) -> const std::vector<AnchorStepMove>& {
        static const std::vector<AnchorStepMove> none;
        return size_t(s - 1) < counts.steps.size() ? counts.steps[size_t(s - 1)] : none;
    };
    std::vector<qint64> perTouchpoint(size_t(names.size()));
    for (int s = 1; s <= steps; ++s) {
        StepNodes& step = stepNodes[size_t(s)];
        const int signedStep = from ? s : -s;
        std::fill(perTouchpoint.begin(), perTouchpoint.end(), 0);
        qint64 ends = 0;
        for (const AnchorStepMove& move : movesOf(s)) {
            if (move.to >= 0)
                perTouchpoint[size_t(move.to)] += move.journeys;
            else
                ends += move.journeys;
        }
        std::vector<quint16> seen;
        for (size_t t = 0; t < perTouchpoint.size(); ++t) {
            if (perTouchpoint[t] > 0)
                seen.push_back(quint16(t));
        }
        std::sort(seen.begin(), seen.end(), [&](quint16 a, quint16 b) {
            return perTouchpoint[a] != perTouchpoint[b] ? perTouchpoint[a] > perTouchpoint[b]
                                                        : names[a] < names[b];
        });
        step.localOf.assign(perTouchpoint.size(), -1);
        qint64 other = 0;
        for (size_t i = 0; i < seen.size(); ++i) {
            if (i < size_t(std::max(0, options.topPerStep))) {
                step.localOf[seen[i]] = qint32(step.nodes.size());
                step.nodes.push_back({signedStep, SankeyNode::Kind::Touchpoint, seen[i],
                                      names[seen[i]], perTouchpoint[seen[i]]});
            } else {
                other += perTouchpoint[seen[i]];
            }
        }
        if (other > 0) {
            step.other = qint32(step.nodes.size());
            for (size_t i = size_t(std::max(0, options.topPerStep)); i < seen.size(); ++i)
                step.localOf[seen[i]] = step.other;
            step.nodes.push_back(
                {signedStep, SankeyNode::Kind::Other, -1, QStringLiteral("(other)"), other});
        }
        if (ends > 0) {
            step.end = qint32(step.nodes.size());
            step.nodes.push_back({signedStep, SankeyNode::Kind::End, -1,
                                  from ? QStringLiteral("(end)") : QStringLiteral("(start)"),
                                  ends});
        }
    }
    // Nodes in time order of steps.
    for (int i = 0; i <= steps; ++i) {
        StepNodes& step = stepNodes[size_t(from ? i : steps - i)];
        step.base = qsizetype(result.nodes.size());
        result.nodes.insert(result.nodes.end(), step.nodes.begin(), step.nodes.end());
    }

    // Links between consecutive steps, counted densely per pair of steps.
    for (int s = 1; s <= steps; ++s) {
        const StepNodes& previous = stepNodes[size_t(s) - 1];
        const StepNodes& current = stepNodes[size_t(s)];
        const size_t width = current.nodes.size();
        std::vector<qint64> pairCounts(previous.nodes.size() * width, 0);
        for (const AnchorStepMove& move : movesOf(s)) {
            const qint32 there = s == 1 ? 0 : previous.localOf[size_t(move.from)];
            const qint32 local = move.to < 0 ? current.end : current.localOf[size_t(move.to)];
            pairCounts[size_t(there) * width + size_t(local)] += move.journeys;
        }
        for (size_t p = 0; p < previous.nodes.size(); ++p) {
            for (size_t c = 0; c < width; ++c) {
                const qint64 count = pairCounts[p * width + c];
                if (count == 0)
                    continue;
                const int a = int(previous.base + qsizetype(p));
                const int b = int(current.base + qsizetype(c));
                result.links.push_back({from ? a : b, from ? b : a, count});
            }
        }
    }
    // Sources are numbered in time order, so this also orders the steps.
    std::stable_sort(result.links.begin(), result.links.end(),
                     [](const SankeyLink& x, const SankeyLink& y) {
                         return x.source != y.source ? x.source < y.source : x.count > y.count;
                     });
    return result;
}

double StepMatrix::share(int step, int column) const
{
    return ratio(counts[size_t(step)][size_t(column)], journeys);
}

double StepMatrix::endShare(int step) const
{
    return ratio(ended[size_t(step)], journeys);
}

QJsonObject StepMatrix::toJson() const
{
    QJsonArray rows;
    for (int s = 0; s < steps(); ++s) {
        QJsonArray shareArray;
        QJsonArray countArray;
        for (size_t c = 0; c < touchpoints.size(); ++c) {
            shareArray.append(share(s, int(c)));
            countArray.append(counts[size_t(s)][c]);
        }
        rows.append(QJsonObject{
            {QStringLiteral("step"), s + 1},
            {QStringLiteral("shares"), shareArray},
            {QStringLiteral("end"), endShare(s)},
            {QStringLiteral("counts"), countArray},
            {QStringLiteral("ended"), ended[size_t(s)]},
        });
    }
    return QJsonObject{
        {QStringLiteral("journeys"), journeys},
        {QStringLiteral("touchpoints"), QJsonArray::fromStringList(names)},
        {QStringLiteral("rows"), rows},
    };
}

StepMatrix presentStepMatrix(const QStringList& names, const StepMatrixCounts& counts)
{
    StepMatrix result;
    result.journeys = counts.journeys;
    result.ended = counts.ended;
    const size_t depth = counts.byTouchpoint.size();
    const size_t width = size_t(names.size());
    std::vector<qint64> totals(width, 0);
    for (const std::vector<qint64>& step : counts.byTouchpoint) {
        for (size_t t = 0; t < width && t < step.size(); ++t)
            totals[t] += step[t];
    }
    for (size_t t = 0; t < width; ++t) {
        if (totals[t] > 0)
            result.touchpoints.push_back(quint16(t));
    }
    std::sort(result.touchpoints.begin(), result.touchpoints.end(), [&](quint16 a, quint16 b) {
        return totals[a] != totals[b] ? totals[a] > totals[b] : names[a] < names[b];
    });
    for (const quint16 touchpoint : result.touchpoints)
        result.names.append(names[touchpoint]);
    result.counts.assign(depth, std::vector<qint64>(result.touchpoints.size(), 0));
    for (size_t s = 0; s < depth; ++s) {
        for (size_t c = 0; c < result.touchpoints.size(); ++c)
            result.counts[s][c] = counts.byTouchpoint[s][result.touchpoints[c]];
    }
    return result;
}

StepMatrix computeStepMatrix(const EventView& view, int steps)
{
    const EventLog& log = view.log();
    const size_t depth = size_t(std::max(0, steps));
    StepMatrixCounts counts;
    counts.byTouchpoint.assign(depth, std::vector<qint64>(size_t(log.touchpointNames().size())));
    counts.ended.assign(depth, 0);
    const auto& touchpoints = log.touchpoints();
    view.forEachJourney([&](const Journey& journey) {
        ++counts.journeys;
        const size_t length = size_t(journey.size());
        for (size_t s = 0; s < std::min(length, depth); ++s)
            ++counts.byTouchpoint[s][touchpoints[journey[qsizetype(s)]]];
        for (size_t s = length; s < depth; ++s)
            ++counts.ended[s];
    });
    return presentStepMatrix(log.touchpointNames(), counts);
}

} // namespace journeyscope
