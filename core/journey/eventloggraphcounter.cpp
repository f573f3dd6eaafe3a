#include "core/journey/eventloggraphcounter.h"

#include "core/base/sidebyside.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

namespace journeyscope {

namespace {

constexpr quint32 NoPerson = std::numeric_limits<quint32>::max();
constexpr int StartNode = 0; // in the compact numbering; End is the last node

/// Edge ids by (from, to): a dense matrix while nodes² is small, else a hash map.
class EdgeIndex
{
public:
    explicit EdgeIndex(int nodes)
        : m_nodes(quint64(nodes))
    {
        if (m_nodes * m_nodes <= DenseLimit)
            m_dense.assign(size_t(m_nodes * m_nodes), -1);
    }

    int find(int from, int to) const
    {
        if (!m_dense.empty())
            return m_dense[size_t(quint64(from) * m_nodes + quint64(to))];
        const auto it = m_sparse.find(key(from, to));
        return it == m_sparse.end() ? -1 : it->second;
    }

    /// The id of (from, to); \a next when new.
    int findOrAdd(int from, int to, int next)
    {
        if (!m_dense.empty()) {
            qint32& id = m_dense[size_t(quint64(from) * m_nodes + quint64(to))];
            if (id < 0)
                id = next;
            return id;
        }
        return m_sparse.emplace(key(from, to), next).first->second;
    }

private:
    static constexpr quint64 DenseLimit = quint64(1) << 22; // 16 MB of ids
    static quint64 key(int from, int to) { return (quint64(quint32(from)) << 32) | quint32(to); }

    quint64 m_nodes;
    std::vector<qint32> m_dense;
    std::unordered_map<quint64, qint32> m_sparse;
};

struct EdgeTally
{
    int from;
    int to;
    qint64 count = 0;
    qint64 customers = 0;
    quint32 lastPerson = NoPerson;
};

/// Runs \a pass(half, first person, end person, state) over the two halves (0 and 1) of
/// \a view's people side by side, each half with a state of its own made from \a initial.
template <typename State, typename Pass>
std::array<State, 2> overHalves(const EventView& view, const State& initial, Pass pass)
{
    std::array<State, 2> states{initial, initial};
    const PersonIndex middle = view.middlePerson();
    runSideBySide([&] { pass(0, PersonIndex(0), middle, states[0]); },
                  [&] { pass(1, middle, PersonIndex(view.log().personCount()), states[1]); });
    return states;
}

/// Events and people of each raw node, and of the whole view.
struct NodeTally
{
    std::vector<qint64> events, customers;
    std::vector<quint32> lastPerson;
    qint64 journeys = 0, people = 0, allEvents = 0;
};

/// The transitions of the kept events, and where journeys start, end and exit.
struct TransitionTally
{
    EdgeIndex index;
    std::vector<EdgeTally> edges;
    std::vector<qint64> starts, ends, exits; ///< per compact node

    void add(int from, int to, PersonIndex person)
    {
        const int id = index.findOrAdd(from, to, int(edges.size()));
        if (size_t(id) == edges.size())
            edges.push_back({from, to});
        EdgeTally& edge = edges[size_t(id)];
        ++edge.count;
        if (edge.lastPerson != person) {
            edge.lastPerson = person;
            ++edge.customers;
        }
    }
};

/**
 * Walks the kept events of \a journey: onTransition(from, to, fromEvent, toEvent) for each
 * step, Start (fromEvent meaningless) first; returns the last node, or StartNode when no
 * event was kept.
 */
template <typename OnTransition>
int walk(const Journey& journey, const quint16* touchpoints, const qint32* nodeOf,
         bool mergeRepeats, OnTransition&& onTransition)
{
    int previous = StartNode;
    quint32 previousEvent = 0;
    for (qsizetype i = 0; i < journey.size(); ++i) {
        const quint32 event = journey[i];
        const int node = nodeOf[touchpoints[event]];
        if (node < 0)
            continue;
        if (!(mergeRepeats && node == previous))
            onTransition(previous, node, previousEvent, event);
        previous = node;
        previousEvent = event;
    }
    return previous;
}

/// ceil(percent / 100 * n), at least 1.
qint64 nearestRank(qint64 n, int percent)
{
    return std::max<qint64>((n * percent + 99) / 100, 1);
}

/**
 * The nearest-rank percentile \a percent of [begin, end) in seconds; reorders the range.
 * [begin, settled) holds the smallest values, the last of them in its sorted place: a lower
 * percentile found before.
 */
double percentileSeconds(qint64* begin, qint64* end, int percent, qint64* settled)
{
    qint64* nth = begin + nearestRank(end - begin, percent) - 1;
    if (nth >= settled)
        std::nth_element(settled, nth, end);
    return double(*nth) / 1000.0;
}

} // namespace

GraphVocabulary EventLogGraphCounter::vocabulary(const EventLog& log)
{
    return {log.touchpointNames(), log.stageNames(), log.touchpointStages()};
}

GraphNodeCounts EventLogGraphCounter::countNodes(const std::vector<qint32>& rawOfTouchpoint,
                                                 int rawCount) const
{
    // Pass 1: events and people of each raw node, journeys and people.
    const quint16* touchpoints = m_view.log().touchpoints().data();
    NodeTally emptyNodes;
    emptyNodes.events.assign(size_t(rawCount), 0);
    emptyNodes.customers.assign(size_t(rawCount), 0);
    emptyNodes.lastPerson.assign(size_t(rawCount), NoPerson);
    const auto nodeHalves = overHalves(
        m_view, emptyNodes, [&](int, PersonIndex first, PersonIndex end, NodeTally& tally) {
            quint32 lastJourneyPerson = NoPerson;
            m_view.forEachJourney(
                [&](const Journey& journey) {
                    ++tally.journeys;
                    const PersonIndex person = journey.person();
                    if (person != lastJourneyPerson) {
                        ++tally.people;
                        lastJourneyPerson = person;
                    }
                    tally.allEvents += journey.size();
                    for (qsizetype i = 0; i < journey.size(); ++i) {
                        const size_t raw = size_t(rawOfTouchpoint[touchpoints[journey[i]]]);
                        ++tally.events[raw];
                        if (tally.lastPerson[raw] != person) {
                            tally.lastPerson[raw] = person;
                            ++tally.customers[raw];
                        }
                    }
                },
                first, end);
        });
    // The halves hold different people: their counts add up.
    GraphNodeCounts counts;
    counts.events.assign(size_t(rawCount), 0);
    counts.customers.assign(size_t(rawCount), 0);
    for (const NodeTally& half : nodeHalves) {
        counts.journeys += half.journeys;
        counts.people += half.people;
        counts.allEvents += half.allEvents;
        for (size_t raw = 0; raw < size_t(rawCount); ++raw) {
            counts.events[raw] += half.events[raw];
            counts.customers[raw] += half.customers[raw];
        }
    }
    return counts;
}

GraphTransitionCounts
EventLogGraphCounter::countTransitions(const std::vector<qint32>& nodeOfTouchpoint, int nodeCount,
                                       bool mergeRepeats, const std::optional<Goal>& goal,
                                       std::optional<qint64> dataEndMs) const
{
    // Pass 2: transitions, starts, ends and exits over the kept events.
    const EventLog& log = m_view.log();
    const quint16* touchpoints = log.touchpoints().data();
    const int endNode = nodeCount - 1;
    const qint64 dataEnd = dataEndMs ? *dataEndMs : log.lastMs().value_or(0);
    const qint32* nodeOf = nodeOfTouchpoint.data();
    TransitionTally emptyTransitions{EdgeIndex(nodeCount), {}, {}, {}, {}};
    emptyTransitions.starts.assign(size_t(nodeCount), 0);
    emptyTransitions.ends.assign(size_t(nodeCount), 0);
    emptyTransitions.exits.assign(size_t(nodeCount), 0);
    auto transitionHalves = overHalves(
        m_view, emptyTransitions,
        [&](int, PersonIndex first, PersonIndex end, TransitionTally& tally) {
            m_view.forEachJourney(
                [&](const Journey& journey) {
                    const PersonIndex person = journey.person();
                    const int last = walk(journey, touchpoints, nodeOf, mergeRepeats,
                                          [&](int from, int to, quint32, quint32) {
                                              if (from == StartNode)
                                                  ++tally.starts[size_t(to)];
                                              tally.add(from, to, person);
                                          });
                    tally.add(last, endNode, person);
                    if (last == StartNode)
                        return;
                    ++tally.ends[size_t(last)];
                    if (goal && goal->outcome(log, journey, dataEnd) == Outcome::DroppedOff)
                        ++tally.exits[size_t(last)];
                },
                first, end);
        });
    // The second half merged into the first: the first half's edges keep their ids.
    TransitionTally& merged = transitionHalves[0];
    const TransitionTally& second = transitionHalves[1];
    std::vector<qint64> firstHalfCount;
    for (const EdgeTally& edge : merged.edges)
        firstHalfCount.push_back(edge.count);
    for (const EdgeTally& edge : second.edges) {
        const int id = merged.index.findOrAdd(edge.from, edge.to, int(merged.edges.size()));
        if (size_t(id) == merged.edges.size()) {
            merged.edges.push_back({edge.from, edge.to});
            firstHalfCount.push_back(0);
        }
        merged.edges[size_t(id)].count += edge.count;
        merged.edges[size_t(id)].customers += edge.customers; // different people
    }
    GraphTransitionCounts counts;
    counts.starts.assign(size_t(nodeCount), 0);
    counts.ends.assign(size_t(nodeCount), 0);
    counts.exits.assign(size_t(nodeCount), 0);
    for (size_t node = 0; node < size_t(nodeCount); ++node) {
        counts.starts[node] = merged.starts[node] + second.starts[node];
        counts.ends[node] = merged.ends[node] + second.ends[node];
        counts.exits[node] = merged.exits[node] + second.exits[node];
    }
    const std::vector<EdgeTally>& tallies = merged.edges;
    const EdgeIndex& index = merged.index;

    // Pass 3: the durations of each edge between events, in one array by edge; each half
    // fills its own part of every edge's range.
    std::vector<qint64> offsets(tallies.size() + 1, 0);
    for (size_t i = 0; i < tallies.size(); ++i) {
        const bool timed = tallies[i].from != StartNode && tallies[i].to != endNode;
        offsets[i + 1] = offsets[i] + (timed ? tallies[i].count : 0);
    }
    std::vector<qint64> durations(static_cast<size_t>(offsets.back()));
    if (!durations.empty()) {
        std::vector<qint64> firstCursor(offsets.begin(), offsets.end() - 1);
        std::vector<qint64> secondCursor(firstCursor);
        for (size_t i = 0; i < tallies.size(); ++i)
            secondCursor[i] += firstHalfCount[i];
        const std::array<std::vector<qint64>, 2> cursors{std::move(firstCursor),
                                                         std::move(secondCursor)};
        const qint64* times = log.times().data();
        overHalves(m_view, 0, [&](int half, PersonIndex first, PersonIndex end, int&) {
            std::vector<qint64> cursor = cursors[size_t(half)];
            m_view.forEachJourney(
                [&](const Journey& journey) {
                    walk(journey, touchpoints, nodeOf, mergeRepeats,
                         [&](int from, int to, quint32 fromEvent, quint32 toEvent) {
                             if (from != StartNode) {
                                 const size_t id = size_t(index.find(from, to));
                                 durations[size_t(cursor[id]++)] =
                                     times[toEvent] - times[fromEvent];
                             }
                         });
                },
                first, end);
        });
    }

    // The percentiles of each edge's own range: half of the durations on a second thread.
    counts.edges.resize(tallies.size());
    const auto percentiles = [&](size_t first, size_t end) {
        for (size_t id = first; id < end; ++id) {
            GraphEdgeCounts& edge = counts.edges[id];
            edge.from = tallies[id].from;
            edge.to = tallies[id].to;
            edge.count = tallies[id].count;
            edge.customers = tallies[id].customers;
            if (offsets[id + 1] > offsets[id]) {
                qint64* begin = durations.data() + offsets[id];
                qint64* stop = durations.data() + offsets[id + 1];
                edge.medianSeconds = percentileSeconds(begin, stop, 50, begin);
                edge.p90Seconds =
                    percentileSeconds(begin, stop, 90, begin + nearestRank(stop - begin, 50));
            }
        }
    };
    size_t split = 0;
    for (qint64 before = 0; split < tallies.size() && 2 * before < offsets.back(); ++split)
        before += offsets[split + 1] - offsets[split];
    runSideBySide([&] { percentiles(0, split); }, [&] { percentiles(split, tallies.size()); });
    return counts;
}

} // namespace journeyscope
